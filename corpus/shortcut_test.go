package corpus

import (
	"errors"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/traditionalchinese"

	"github.com/zhpipe/zhpipe/internal/shared"
)

// TestMaxGain checks the bound the shortcut rests on: no Big5 sequence
// decodes to characters whose positive part of the score (twice the tier
// of a common character, 1 for punctuation) exceeds maxGain, and each is
// two bytes long.
func TestMaxGain(t *testing.T) {
	ranks := commonHan()
	dec := traditionalchinese.Big5.NewDecoder()
	var out [16]byte
	checked := 0
	for lead := 0x80; lead <= 0xFF; lead++ {
		for trail := 0x40; trail <= 0xFF; trail++ {
			n, st := grammarBig5.seq([]byte{byte(lead), byte(trail), 'a', 'a'})
			if st != seqOK {
				continue
			}
			if n != 2 {
				// The bound counts sequences as two bytes at least.
				t.Fatalf("Big5 sequence % x of %d bytes", []byte{byte(lead), byte(trail)}, n)
			}
			seq := []byte{byte(lead), byte(trail)}
			nDst, _, err := dec.Transform(out[:], seq, true)
			if err != nil {
				continue
			}
			gain := 0
			for _, r := range string(out[:nDst]) {
				switch rank := ranks.get(r); {
				case rank != 0:
					gain += 2 * int(rank&tierMask)
				case isPunct(r):
					gain++
				}
			}
			if gain > maxGain {
				t.Errorf("% x decodes to %q, gain %d > %d", seq, out[:nDst], gain, maxGain)
			}
			checked++
		}
	}
	if checked < 13000 {
		t.Errorf("only %d Big5 sequences checked", checked)
	}
}

// detectInputs returns the encodings fixtures and random texts in GBK, GB18030 and Big5 (some cut short,
// some with a stray byte, some mixing the two scripts).
func detectInputs(t *testing.T) [][]byte {
	var inputs [][]byte
	if dir := shared.Dir(); dir != "" {
		files, _ := filepath.Glob(filepath.Join(dir, "fixtures", "encodings", "*"))
		for _, f := range files {
			if raw, err := os.ReadFile(f); err == nil {
				inputs = append(inputs, raw)
			}
		}
	}
	rng := rand.New(rand.NewPCG(11, 12))
	simp, trad := []rune(commonSimplified), []rune(commonTraditional)
	extras := []string{"\r\n", "\n", "a1 ", "，", "。", "「", "」", "、"}
	for i := range 600 {
		enc := []Encoding{GBK, GB18030, Big5}[i%3]
		if i%5 == 0 {
			enc = GBK
		}
		chars := simp
		if enc == Big5 {
			chars = trad
		}
		switch {
		case i%7 == 0:
			chars = append(append([]rune(nil), simp[:200]...), trad[:200]...)
		case i%5 == 0:
			chars = []rune(sentences) // GBK text Big5 may decode to the end
		}
		var b strings.Builder
		for range 1 + rng.IntN(600) {
			if rng.IntN(5) == 0 {
				b.WriteString(extras[rng.IntN(len(extras))])
			} else {
				b.WriteRune(chars[rng.IntN(len(chars))])
			}
		}
		if enc == GB18030 {
			b.WriteString("𠀀")
		}
		raw, err := encoderOf(enc).NewEncoder().Bytes([]byte(b.String()))
		if err != nil {
			continue // a character the encoding lacks
		}
		switch i % 11 {
		case 3:
			raw = raw[:len(raw)-1] // maybe cut inside the last character
		case 5:
			raw[rng.IntN(len(raw))] = byte(0x80 + rng.IntN(0x80))
		}
		inputs = append(inputs, raw)
	}
	return inputs
}

// sentences are news phrases in characters whose GBK bytes also read as
// Big5 (as mojibake) when drawn at random.
const sentences = "新华社北京电国务院今天召开常务会议研究进一步促进经济发展的措施本报记者报道中国政府和国家"

// TestDetectShortcut compares detection with Big5's bounded scoring to the
// full computation: same text, encoding and error on every input, with the
// whole input as the sample and with small samples.
func TestDetectShortcut(t *testing.T) {
	defer func() { detectShortcut = true }()
	inputs := detectInputs(t)
	if len(inputs) < 500 {
		t.Fatalf("only %d inputs", len(inputs))
	}
	cut := 0 // inputs whose Big5 candidate, viable in full, gave up early
	for _, raw := range inputs {
		detectShortcut = true
		if g := (&candidate{enc: GBK}); g.rate(raw, sampleSize) && beatenBy(g) {
			c := &candidate{enc: Big5, bound: g.tally.score(), bounded: true}
			if full := (&candidate{enc: Big5}); !c.rate(raw, sampleSize) && full.rate(raw, sampleSize) {
				cut++
			}
		}
		for _, sample := range []int{sampleSize, 64, 3} {
			detectShortcut = true
			text, enc, err := detectSample(raw, sample)
			detectShortcut = false
			wantText, wantEnc, wantErr := detectSample(raw, sample)
			if text != wantText || enc != wantEnc || errString(err) != errString(wantErr) {
				t.Fatalf("sample %d of % x…: shortcut gives %q %s %v, full scoring %q %s %v", sample, clipBytes(raw),
					clip(text, 40), enc, err, clip(wantText, 40), wantEnc, wantErr)
			}
		}
	}
	if cut < 10 {
		t.Errorf("the bound cut Big5's scoring short on only %d inputs", cut)
	}
	t.Logf("%d inputs, Big5 scoring cut short on %d", len(inputs), cut)
}

func errString(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Error()
	}
	if err != nil {
		return err.Error()
	}
	return ""
}

// TestBoundedStops checks that the bound does cut the work short: the
// Big5 candidate of GBK text gives up before decoding all of it.
func TestBoundedStops(t *testing.T) {
	var b strings.Builder
	for range 40 {
		b.WriteString("新华社北京电，国务院今天召开常务会议，研究进一步促进经济发展的措施。\n")
	}
	raw := encode(t, encoderOf(GBK), b.String())
	g := &candidate{enc: GBK}
	if !g.rate(raw, sampleSize) || !beatenBy(g) {
		t.Fatalf("GBK candidate not taken: %+v", g.tally)
	}
	full := &candidate{enc: Big5}
	fullOK := full.rate(raw, sampleSize)
	c := &candidate{enc: Big5, bound: g.tally.score(), bounded: true}
	if c.rate(raw, sampleSize) {
		t.Fatalf("bounded Big5 candidate viable, score %d against GBK's %d", c.tally.score(), g.tally.score())
	}
	if fullOK && full.tally.score() > g.tally.score() {
		t.Fatalf("Big5 outscores GBK on GBK text: %d > %d", full.tally.score(), g.tally.score())
	}
	t.Logf("bounded scoring read %d of %d characters", c.tally.nonASCII, full.tally.nonASCII)
	if c.tally.nonASCII >= full.tally.nonASCII/2 {
		t.Errorf("bounded scoring read %d of %d characters", c.tally.nonASCII, full.tally.nonASCII)
	}
}
