package quantity

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/zhpipe/zhpipe/pipeline/numeral"
	"github.com/zhpipe/zhpipe/pipeline/timex"
)

// extractMaskedByRunes is ExtractMasked's loop as it was: every rune
// decoded by utf8 and asked startsNumber.
func extractMaskedByRunes(s string, dates []timex.Expr) []Quantity {
	masked := make([]bool, len(s)+1)
	for _, e := range dates {
		if e.Kind == timex.Duration {
			continue
		}
		for k := max(e.Start, 0); k < min(e.End, len(s)); k++ {
			masked[k] = true
		}
	}
	var out []Quantity
	for i := 0; i < len(s); {
		r, sz := utf8.DecodeRuneInString(s[i:])
		if masked[i] || !startsNumber(s, i, r) {
			i += sz
			continue
		}
		q, end, ok := at(s, i)
		if !ok || anyMasked(masked, q.Start, end) {
			i += sz
			if _, n := numeral.Prefix(s[i-sz:]); n > sz {
				i = i - sz + n
			}
			continue
		}
		out = append(out, q)
		i = end
	}
	return out
}

// TestRuneAt compares runeAt with utf8.DecodeRuneInString at every byte
// of random strings of valid and broken UTF-8 (surrogates, overlong and
// cut sequences among them).
func TestRuneAt(t *testing.T) {
	rng := rand.New(rand.NewSource(23))
	pieces := []string{"年", "三", "〇", "○", "５", "a", "7", "\xed\xa0\x80", "\xe0\x80\x80", "\xe0\xa0\x80", "\xef\xbf\xbf", "\xe4\xb8", "\xe4", "\x80", "\xf0\x9f\x98\x80", "\xc3\xa9", "\xff"}
	for trial := 0; trial < 3000; trial++ {
		var b strings.Builder
		for k := rng.Intn(8); k >= 0; k-- {
			if rng.Intn(3) == 0 {
				b.WriteByte(byte(rng.Intn(256)))
			} else {
				b.WriteString(pieces[rng.Intn(len(pieces))])
			}
		}
		s := b.String()
		for i := range len(s) {
			r, n := runeAt(s, i)
			wr, wn := utf8.DecodeRuneInString(s[i:])
			if r != wr || n != wn {
				t.Fatalf("runeAt(%q, %d) = %q %d; utf8 gives %q %d", s, i, r, n, wr, wn)
			}
		}
	}
}

// TestMayStartNumber checks that startsNumber holds at no rune that
// mayStartNumber rejects, whatever comes before it.
func TestMayStartNumber(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if mayStartNumber(r) {
			continue
		}
		s := string(r)
		if startsNumber(s, 0, r) || startsNumber("约"+s, len("约"), r) {
			t.Fatalf("startsNumber holds at %q, which mayStartNumber rejects", r)
		}
	}
}

// TestExtractMaskedAsByRunes compares ExtractMasked with the loop that
// decodes every rune, on the benchmark texts and random mixtures of
// numerals, units, dates and broken UTF-8.
func TestExtractMaskedAsByRunes(t *testing.T) {
	texts := []string{mixedNews, strings.Repeat("這份戰略計畫正文長達23頁,明確了三大支柱、30項目標和103條推薦政策行動,約40%。", 3)}
	words := []string{"三", "十", "廿", "數", "几", "幾", "百", "千", "万", "亿", "2024", "40", "3.5", "１２", "〇", "○", "两", "年", "月", "日", "元", "美元", "%", "多", "个", "項", "人", "第", "约", "超过", "，", "。", "\n", " ", "a", "\xe4\xb8", "\xff", "百分之", "號"}
	rng := rand.New(rand.NewSource(29))
	for trial := 0; trial < 2000; trial++ {
		var b strings.Builder
		for k := rng.Intn(30); k >= 0; k-- {
			b.WriteString(words[rng.Intn(len(words))])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		_, dates := timex.GuessReferenceExprs(s)
		if got, want := ExtractMasked(s, dates), extractMaskedByRunes(s, dates); !reflect.DeepEqual(got, want) {
			t.Fatalf("ExtractMasked(%q) = %+v; by runes %+v", s, got, want)
		}
	}
}
