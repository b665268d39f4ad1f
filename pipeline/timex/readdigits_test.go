package timex

import (
	"math/rand"
	"strings"
	"testing"
)

// TestReadNumberDigits compares readNumber, which reads a plain run of
// ASCII digits itself, with readNumberPrefix (numeral.Prefix) at every
// position of random texts of digits (ASCII and full-width), Chinese
// numerals, points, commas and other runes, runs of up to 60 digits
// included, and at every rune of startMay alone.
func TestReadNumberDigits(t *testing.T) {
	pieces := []string{"0", "1", "2", "5", "9", "０", "７", "2024", "000", "123456789012345", "9007199254740993",
		"一", "十", "万", "亿", "两", "〇", "壹", "廿", "百", "千", "零", "九", "仨", "俩", "半", "几", "数", "第", "五四", "十一", "一", "点", "點", ".", "．", ",", "，", "年", "月", "日", "号", "%", "多", "余", "-", " ", "\n", "个", "a", "𠀋", "·", "：", ":"}
	rng := rand.New(rand.NewSource(5))
	fast := 0
	for n := 0; n < 30000; n++ {
		var sb strings.Builder
		for k := 1 + rng.Intn(10); k > 0; k-- {
			sb.WriteString(pieces[rng.Intn(len(pieces))])
		}
		if n%50 == 0 {
			sb.WriteString(strings.Repeat("8", 10+rng.Intn(50)))
			sb.WriteString(pieces[rng.Intn(len(pieces))])
		}
		s := sb.String()
		p := newParser(s, Reference{})
		for i := 0; i < p.n(); i++ {
			v, j, d, ok := p.readNumber(i)
			v2, j2, d2, ok2 := p.readNumberPrefix(i)
			if v != v2 || j != j2 || d != d2 || ok != ok2 {
				t.Fatalf("%q rune %d: readNumber %v %d %d %v, readNumberPrefix %v %d %d %v", s, i, v, j, d, ok, v2, j2, d2, ok2)
			}
			if ok && d > 0 && d == j-i {
				fast++
			}
		}
	}
	// Every rune of startMay alone, before a rune that ends a numeral and
	// before one that may go on with it.
	for r := range startMay.members() {
		for _, after := range []string{"", "个", "年", "点", "点五", ".5", ",000", "，", "十", "0"} {
			s := string(r) + after
			p := newParser(s, Reference{})
			v, j, d, ok := p.readNumber(0)
			v2, j2, d2, ok2 := p.readNumberPrefix(0)
			if v != v2 || j != j2 || d != d2 || ok != ok2 {
				t.Fatalf("%q: readNumber %v %d %d %v, readNumberPrefix %v %d %d %v", s, v, j, d, ok, v2, j2, d2, ok2)
			}
		}
	}
	if fast < 10000 {
		t.Errorf("only %d digit runs read; want more", fast)
	}
}
