package corpus

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

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
