package convert

import (
	"bytes"
	"fmt"
	"maps"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/zhpipe/zhpipe/dict/opencc"
	"github.com/zhpipe/zhpipe/internal/shared"
)

// textData is OpenCC's text data in the repository: the source of the
// compiled tables and the reference they are checked against.
var textData = os.DirFS(filepath.Join("..", "..", "dict", "opencc", "data"))

// textLoader returns a Loader that parses and builds the text dictionaries.
func textLoader() *Loader { return NewLoaderFS(textData) }

// TestCompiledUpToDate fails when dict/opencc/data/opencc.bin is not what
// the text dictionaries compile to (run make dict-opencc-compile).
func TestCompiledUpToDate(t *testing.T) {
	want, err := Compile(textData)
	if err != nil {
		t.Fatal(err)
	}
	if got := opencc.Compiled(); got != string(want) {
		t.Errorf("dict/opencc/data/opencc.bin (%d bytes) is stale: the text dictionaries compile to %d other bytes; run make dict-opencc-compile", len(got), len(want))
	}
	again, err := Compile(textData)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(again, want) {
		t.Errorf("Compile is not deterministic")
	}
}

// TestCompiledSameAsText converts with every config through the compiled
// tables and through the text dictionaries: every key and value of every
// dictionary alone and next to others, random mixes of them, OpenCC's test
// cases, the seed article and the encoding fixtures give the same output
// and the same alignment.
func TestCompiledSameAsText(t *testing.T) {
	cl, tl := NewLoader(), textLoader()
	for _, name := range Configs() {
		if _, err := tl.Converter(name); err != nil {
			t.Fatal(err)
		}
	}
	var keys []string
	for _, name := range slices.Sorted(maps.Keys(tl.dicts)) {
		for _, e := range tl.dicts[name].entries {
			keys = append(keys, e.key, e.first())
		}
	}
	// Every key alone (between separators no key starts with) and next
	// to other keys, fifty to an input.
	inputs := []string{"", "\xff", "a\x00b", "⿰氵⿱", "⿰"}
	for i := 0; i < len(keys); i += 50 {
		chunk := keys[i:min(i+50, len(keys))]
		inputs = append(inputs, strings.Join(chunk, "|"), strings.Join(chunk, ""))
	}
	seed, err := os.ReadFile(filepath.Join("..", "..", "testdata", "seed-article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	inputs = append(inputs, string(seed))
	inputs = append(inputs, strings.Split(string(seed), "\n")...)
	rng := rand.New(rand.NewPCG(3, 4))
	for range 5000 {
		inputs = append(inputs, randomText(rng, keys, string(seed)))
	}
	if d := shared.Dir(); d != "" {
		for _, tc := range loadTestCases(t) {
			inputs = append(inputs, tc.Input)
		}
		files, _ := filepath.Glob(filepath.Join(d, "fixtures", "encodings", "*"))
		for _, f := range files {
			if b, err := os.ReadFile(f); err == nil && utf8.Valid(b) {
				inputs = append(inputs, string(b))
			}
		}
	} else {
		t.Log("../shared not found: OpenCC's test cases and the fixtures are left out")
	}
	for _, name := range Configs() {
		c, err := cl.Converter(name)
		if err != nil {
			t.Fatal(err)
		}
		ref, _ := tl.Converter(name)
		bad := 0
		for _, in := range inputs {
			got, gp := c.ConvertAligned(in)
			want, wp := ref.ConvertAligned(in)
			if got != want || !slices.Equal(gp, wp) || c.Convert(in) != want {
				if bad++; bad <= 5 {
					t.Errorf("%s: compiled converts %q to %q (%d pieces); text dictionaries to %q (%d pieces)", name, trim(in), trim(got), len(gp), trim(want), len(wp))
				}
			}
		}
		if bad > 0 {
			t.Errorf("%s: %d of %d inputs differ", name, bad, len(inputs))
		}
	}
}

func trim(s string) string {
	if len(s) > 80 {
		return s[:80] + "…"
	}
	return s
}

// TestChanges checks Converter.Changes from the compiled tables against
// converting every code point alone with the text dictionaries.
func TestChanges(t *testing.T) {
	cl, tl := NewLoader(), textLoader()
	for _, name := range Configs() {
		c, err := cl.Converter(name)
		if err != nil {
			t.Fatal(err)
		}
		ref, err := tl.Converter(name)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for r := rune(0); r <= utf8.MaxRune; r++ {
			if r >= 0xD800 && r <= 0xDFFF {
				continue
			}
			s := string(r)
			want := ref.Convert(s) != s
			if !want && ref.mayChange(r) == false && !c.Changes(r) {
				continue
			}
			if got := c.Changes(r); got != want {
				t.Fatalf("%s.Changes(%q) = %v; want %v", name, r, got, want)
			}
			if want {
				n++
			}
		}
		if n == 0 {
			t.Errorf("%s changes no code point", name)
		}
	}
}

// TestCompiledRejectsCorrupt checks that a damaged compiled file gives an
// error, never a panic.
func TestCompiledRejectsCorrupt(t *testing.T) {
	good := opencc.Compiled()
	if _, err := openCompiled(good[:10]); err == nil {
		t.Errorf("openCompiled(truncated) = nil error")
	}
	if _, err := openCompiled("NOTOPENCC" + good[9:]); err == nil {
		t.Errorf("openCompiled(bad magic) = nil error")
	}
	cs, err := openCompiled(good)
	if err != nil {
		t.Fatal(err)
	}
	sec := cs.sections["dict/TSCharacters"]
	b := []byte(good)
	// A cell pointing past the values.
	for i := sec[0] + sectionHdr; i < sec[0]+sec[1]; i += 8 {
		b[i+3] = 0xff
	}
	bad, err := openCompiled(string(b))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bad.dict("TSCharacters"); err == nil {
		t.Errorf("dict(damaged TSCharacters) = nil error")
	}
	if _, err := cs.dict("NoSuchDictionary"); err == nil {
		t.Errorf("dict(NoSuchDictionary) = nil error")
	}
}

func ExampleConverter_Changes() {
	t2s, _ := New("t2s")
	fmt.Println(t2s.Changes('國'), t2s.Changes('国'), t2s.Changes('a'))
	// Output: true false false
}

// TestConvertAlignedFunc checks that the pieces handed over as they come
// are those of ConvertAligned, on texts long enough to be handed over in
// several batches, with and without segmentation and normalization.
func TestConvertAlignedFunc(t *testing.T) {
	seed, err := os.ReadFile(filepath.Join("..", "..", "testdata", "seed-article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat(string(seed), 3)
	inputs := []string{"", "國", long, "\uF900" + long, strings.Repeat("a\xff執行緒", 3000)}
	l := NewLoader()
	for _, name := range Configs() {
		c, err := l.Converter(name)
		if err != nil {
			t.Fatal(err)
		}
		for _, in := range inputs {
			want, wantPieces := c.ConvertAligned(in)
			var got []Piece
			var outs strings.Builder
			out := c.ConvertAlignedFunc(in, func(p Piece, o string) {
				got = append(got, p)
				outs.WriteString(o)
			})
			if out != want || !slices.Equal(got, wantPieces) || outs.String() != want {
				t.Errorf("%s: ConvertAlignedFunc(%.30q) = %.30q, %d pieces; ConvertAligned gives %.30q, %d pieces", name, in, out, len(got), want, len(wantPieces))
			}
		}
	}
}

// TestConvertAlignedFuncReused converts texts of different lengths one
// after another from two goroutines, so that each call reuses buffers that
// an earlier (often longer) conversion filled, with every config: output,
// pieces and the bytes handed with them must be ConvertAligned's.
func TestConvertAlignedFuncReused(t *testing.T) {
	seed, err := os.ReadFile(filepath.Join("..", "..", "testdata", "seed-article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	inputs := []string{string(seed), "國", "", "\uF900軟體與記憶體" + string(seed[:len(seed)/2]), "a\xff執行緒", "后来的皇后"}
	l := NewLoader()
	for _, name := range Configs() {
		c, err := l.Converter(name)
		if err != nil {
			t.Fatal(err)
		}
		want := make([]string, len(inputs))
		wantPieces := make([][]Piece, len(inputs))
		for i, in := range inputs {
			want[i], wantPieces[i] = c.ConvertAligned(in)
		}
		var wg sync.WaitGroup
		for g := 0; g < 2; g++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for round := 0; round < 10; round++ {
					for k := range inputs {
						i := (k + g + round) % len(inputs)
						var got []Piece
						var outs strings.Builder
						out := c.ConvertAlignedFunc(inputs[i], func(p Piece, o string) {
							got = append(got, p)
							outs.WriteString(o)
						})
						if out != want[i] || !slices.Equal(got, wantPieces[i]) || outs.String() != want[i] {
							t.Errorf("%s: ConvertAlignedFunc(%.30q) = %.30q, %d pieces; ConvertAligned gives %.30q, %d pieces", name, inputs[i], out, len(got), want[i], len(wantPieces[i]))
							return
						}
					}
				}
			}()
		}
		wg.Wait()
	}
}
