package timex

import (
	"math/rand"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/zhpipe/zhpipe/pipeline/numeral"
)

// TestReadNumberWindow compares readNumber, which hands numeral.Prefix
// the folded runes up to the end of the numeral and a few more, with
// numeral.Prefix on the whole rest of the folded text, at every rune of
// random texts of numerals, points, commas, digit groups and other runes,
// numerals longer than numeral.MaxRunes and texts ending inside a
// number included.
func TestReadNumberWindow(t *testing.T) {
	pieces := []string{"1", "2", "0", "9", "３", "一", "二", "十", "百", "千", "万", "亿", "两", "〇", "零", "廿", "点", "點", ".", "．",
		",", "，", ",000", "，５００", ",12", "年", "月", "个", "多", "余", "a", " ", "\n", "𠀋", "\xff", "—", "５", "几"}
	// Numerals that reach numeral.MaxRunes with a point or a comma, which
	// Prefix reads past.
	long := strings.Repeat("1", numeral.MaxRunes-1)
	texts := []string{long + ",000", long + ",0001", long + ",000年", long + "点5", long + "点", long + ".5x", "1" + long + ",000"}
	rng := rand.New(rand.NewSource(7))
	for n := 0; n < 3000; n++ {
		var sb strings.Builder
		parts := 1 + rng.Intn(12)
		if n%100 == 0 {
			parts = 80
		}
		for k := 0; k < parts; k++ {
			sb.WriteString(pieces[rng.Intn(len(pieces))])
		}
		texts = append(texts, sb.String())
	}
	for _, s := range texts {
		p := newParser(s, Reference{})
		var folded []rune
		for _, r := range s {
			folded = append(folded, fold(r))
		}
		for i := range folded {
			rest := string(folded[i:])
			wantV, nb := numeral.Prefix(rest)
			wantJ := i + utf8.RuneCountInString(rest[:nb])
			v, j, _, ok := p.readNumber(i)
			if ok != (nb > 0) || ok && (v != wantV || j != wantJ) {
				t.Fatalf("readNumber(%q, %d) = %v, %d, %v; want %v, %d, %v", s, i, v, j, ok, wantV, wantJ, nb > 0)
			}
		}
	}
}
