package timex

import (
	"math/rand"
	"strings"
	"testing"
	"time"
)

// cnaCodeByRunes is cnaCode as it was: every rune read through at.
func (p *parser) cnaCodeByRunes() (time.Time, bool) {
	for i := 0; i+7 <= p.n(); i++ {
		p.work++
		if !isASCIIDigit(p.t.at(i)) {
			continue
		}
		if d, _, ok := p.cnaCodeAt(i); ok {
			return d, true
		}
	}
	return time.Time{}, false
}

// TestCNACodeAsByRunes compares cnaCode (its date and its count of
// steps) with the loop that reads every rune, on random texts of digits,
// CNA codes, Han text and runes outside the plane.
func TestCNACodeAsByRunes(t *testing.T) {
	words := []string{"1141209", "1130320", "0890101", "2025", "7", "1", "中央社", "記者", "電", "。", "\n", "𠮷", "a", ".", "11412091", "台北"}
	rng := rand.New(rand.NewSource(31))
	for trial := 0; trial < 3000; trial++ {
		var b strings.Builder
		for k := rng.Intn(12); k >= 0; k-- {
			b.WriteString(words[rng.Intn(len(words))])
		}
		s := b.String()
		p, q := newParser(s, Reference{}), newParser(s, Reference{})
		d, ok := p.cnaCode()
		wd, wok := q.cnaCodeByRunes()
		if ok != wok || !d.Equal(wd) || p.work != q.work {
			t.Fatalf("cnaCode(%q) = %v %v (%d steps); by runes %v %v (%d steps)", s, d, ok, p.work, wd, wok, q.work)
		}
	}
}
