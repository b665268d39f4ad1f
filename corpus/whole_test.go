package corpus

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/zhpipe/zhpipe/internal/shared"
)

// TestWholeSample checks detection's shortcut: when the scoring sample is
// all of the input, the candidate's kept decoding must be exactly what
// decoding the whole input again (decodeMultibyte) gives. Inputs: the
// encodings fixtures and random texts in GBK, GB18030 and Big5 with CR, LF
// and CRLF line endings and ASCII.
func TestWholeSample(t *testing.T) {
	var inputs [][]byte
	if dir := shared.Dir(); dir != "" {
		files, _ := filepath.Glob(filepath.Join(dir, "fixtures", "encodings", "*"))
		for _, f := range files {
			if raw, err := os.ReadFile(f); err == nil {
				inputs = append(inputs, raw)
			}
		}
	}
	rng := rand.New(rand.NewPCG(7, 8))
	simp, trad := []rune(commonSimplified), []rune(commonTraditional)
	extras := []string{"\r\n", "\r", "\n", "a1 ", "，", "。", "「", "」"}
	for i := range 300 {
		enc := []Encoding{GBK, GB18030, Big5}[i%3]
		chars := simp
		if enc == Big5 {
			chars = trad
		}
		var b strings.Builder
		for range 1 + rng.IntN(400) {
			if rng.IntN(5) == 0 {
				b.WriteString(extras[rng.IntN(len(extras))])
			} else {
				b.WriteRune(chars[rng.IntN(len(chars))])
			}
		}
		if enc == GB18030 {
			b.WriteString("𠀀")
		}
		inputs = append(inputs, encode(t, encoderOf(enc), b.String()))
	}
	checked := 0
	for _, raw := range inputs {
		for _, enc := range []Encoding{GBK, Big5} {
			c := &candidate{enc: enc}
			if !c.rate(raw, sampleSize) || c.whole == nil {
				continue
			}
			checked++
			got := normalizeUTF8(c.whole)
			want, wantEnc, err := decodeMultibyte(raw, c.enc, true)
			if err != nil || got != want || wantEnc != c.enc {
				t.Fatalf("%s: kept decoding %q (%s) differs from decodeMultibyte %q (%s, %v)", enc, clip(got, 80), c.enc, clip(want, 80), wantEnc, err)
			}
		}
	}
	if checked < 300 {
		t.Errorf("only %d candidates kept their decoding", checked)
	}
}

// TestTallyFastPath holds tally.add's inline three-byte decoding to a
// tally made rune by rune with utf8.DecodeRune, on random byte strings
// (valid, invalid, surrogate and overlong sequences included).
func TestTallyFastPath(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	pieces := []string{"的", "國", "，", "\u3000", "a", "é", "\xe1\x80", "\xed\xa0\x80", "\xe0\x80\x80", "\xef\xbf\xbd", "\xee\x80\x80", "\xff", "😀", "\xe4\xb8", "\xc2\x85", "ㄅ", "가", "\x80"}
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(8) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		p := []byte(b.String())
		var got, want tally
		got.add(p)
		for i := 0; i < len(p); {
			if p[i] < utf8.RuneSelf {
				i++
				continue
			}
			r, n := utf8.DecodeRune(p[i:])
			want.addRune(r, commonHan())
			i += n
		}
		if got != want {
			t.Fatalf("tally of %q: %+v, rune by rune %+v", p, got, want)
		}
	}
}
