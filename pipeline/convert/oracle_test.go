package convert

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/zhpipe/zhpipe/internal/shared"
)

// TestOracle compares Convert with OpenCC 1.4.2's own C++ on random text
// built from dictionary keys, their prefixes, seed-article text, IDS and
// compatibility ideographs. It needs the oracle built by
// bench/convert/opencc-oracle.sh: set ZHPIPE_OPENCC_ORACLE to its directory
// (holding the `occ` binary and OpenCC's compiled dictionaries and configs).
// ZHPIPE_OPENCC_ORACLE_N sets the inputs per config (default 3000).
func TestOracle(t *testing.T) {
	dir := os.Getenv("ZHPIPE_OPENCC_ORACLE")
	if dir == "" {
		t.Skip("set ZHPIPE_OPENCC_ORACLE to the directory built by bench/convert/opencc-oracle.sh")
	}
	n := 3000
	if v, err := strconv.Atoi(os.Getenv("ZHPIPE_OPENCC_ORACLE_N")); err == nil && v > 0 {
		n = v
	}
	l := textLoader()
	for _, name := range Configs() {
		if _, err := l.Converter(name); err != nil {
			t.Fatal(err)
		}
	}
	var keys []string
	names := make([]string, 0, len(l.dicts))
	for name := range l.dicts {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		for _, e := range l.dicts[name].entries {
			keys = append(keys, e.key, e.first())
		}
	}
	seed := ""
	if d := shared.Dir(); d != "" {
		if b, err := os.ReadFile(filepath.Join(d, "fixtures", "seed", "article.txt")); err == nil {
			seed = string(b)
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	inputs := make([]string, n)
	for i := range inputs {
		inputs[i] = randomText(rng, keys, seed)
	}
	// Whole lines of the seed article, and the article itself.
	inputs = append(inputs, strings.Split(seed, "\n")...)
	inputs = append(inputs, seed)
	total, diffs, threw := 0, 0, 0
	for _, name := range Configs() {
		c, _ := l.Converter(name)
		outs, err := runOracle(filepath.Join(dir, "occ"), filepath.Join(dir, name+".json"), inputs)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for i, in := range inputs {
			total++
			if outs[i] == nil {
				threw++ // OpenCC threw: not comparable
				continue
			}
			if got := c.Convert(in); got != *outs[i] {
				diffs++
				if diffs <= 20 {
					t.Errorf("%s.Convert(%q) = %q; OpenCC 1.4.2 gives %q", name, in, got, *outs[i])
				}
			}
		}
	}
	t.Logf("%d inputs × %d configs = %d: %d differences from OpenCC 1.4.2 (%d where OpenCC threw)", len(inputs), len(Configs()), total, diffs, threw)
	if total-threw < total/2 {
		t.Errorf("OpenCC threw on %d of %d conversions; the comparison is void", threw, total)
	}
}

// randomText mixes dictionary keys and values, their prefixes, seed text,
// ASCII, IDS operators and compatibility ideographs.
func randomText(rng *rand.Rand, keys []string, seed string) string {
	var b strings.Builder
	for range 1 + rng.IntN(8) {
		switch rng.IntN(12) {
		case 0, 1, 2, 3:
			b.WriteString(keys[rng.IntN(len(keys))])
		case 4:
			k := []rune(keys[rng.IntN(len(keys))])
			b.WriteString(string(k[:1+rng.IntN(len(k))]))
		case 5:
			if seed != "" {
				r := []rune(seed[rng.IntN(len(seed)-64):])
				start := 1
				b.WriteString(string(r[start : start+1+rng.IntN(12)]))
			}
		case 6:
			b.WriteString([]string{"⿰", "⿱", "⿲", "⿳", "⿾", "⿿", "⿻"}[rng.IntN(7)])
		case 7:
			b.WriteRune(rune(0xF900 + rng.IntN(0x1DA)))
		case 8:
			b.WriteString([]string{" ", "a", "1", "，", "。", "\n", "“", "—", "Ⅻ"}[rng.IntN(9)])
		case 9:
			b.WriteRune(rune(0x2F800 + rng.IntN(0x21E)))
		case 10:
			// Runs of IDS operators and ideographs: nested and broken sequences.
			for range 1 + rng.IntN(6) {
				if rng.IntN(2) == 0 {
					b.WriteRune(rune(0x2FF0 + rng.IntN(16)))
				} else {
					b.WriteString(keys[rng.IntN(len(keys))])
				}
			}
		case 11:
			// Any code point but NUL and surrogates.
			r := rune(1 + rng.IntN(0x10FFFF))
			if r >= 0xD800 && r <= 0xDFFF {
				r = 0x4E00
			}
			b.WriteRune(r)
		}
	}
	s := b.String()
	if !utf8.ValidString(s) {
		return "字"
	}
	return s
}

// runOracle converts inputs with the occ harness: records are a 4-byte
// little-endian length and the bytes; 0xFFFFFFFF marks an exception.
func runOracle(bin, config string, inputs []string) ([]*string, error) {
	var in bytes.Buffer
	for _, s := range inputs {
		binary.Write(&in, binary.LittleEndian, uint32(len(s)))
		in.WriteString(s)
	}
	cmd := exec.Command(bin, config)
	cmd.Stdin = &in
	var out, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("%s %s: %v: %s", bin, config, err, stderr.String())
	}
	res := make([]*string, 0, len(inputs))
	b := out.Bytes()
	for len(b) >= 4 {
		m := binary.LittleEndian.Uint32(b)
		b = b[4:]
		if m == 0xFFFFFFFF {
			res = append(res, nil)
			continue
		}
		if int(m) > len(b) {
			return nil, fmt.Errorf("short oracle output")
		}
		s := string(b[:m])
		res = append(res, &s)
		b = b[m:]
	}
	if len(res) != len(inputs) {
		return nil, fmt.Errorf("oracle gave %d outputs for %d inputs", len(res), len(inputs))
	}
	return res, nil
}
