package timex

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/zhpipe/zhpipe/pipeline/numeral"
)

// canStartBySets is canStart by the sets its classes are made of (as it
// was before startclass.go).
func (p *parser) canStartBySets(i int) bool {
	r := p.r(i)
	if r < 0x80 {
		return isASCIIDigit(r) || r == 'Q' || r == 'q' || strings.ContainsRune(monthInitials, r) && p.r(i+1) >= 'a' && p.r(i+1) <= 'z' && !isASCIILetter(p.r(i-1))
	}
	if !startMay.has(r) {
		return false
	}
	if startSet.has(r) {
		return true
	}
	if startPairFirst.has(r) && startPairSecond.has(p.r(i+1)) && startPairSet[[2]rune{r, p.r(i + 1)}] {
		return true
	}
	_, ok := numeralRune(r)
	if ok {
		return true
	}
	return strings.ContainsRune(startOther, r)
}

// TestStartClassAgrees compares canStart and deadStart, which read the
// start classes, with the same questions asked of the sets, at every
// position of random texts of the runes of startMay, the runes that may
// follow them (the second runes of startPairs, the start words, numerals,
// startAmountRunes, startQuarterRunes) and other runes, then on every
// rune of the Basic Multilingual Plane before each of a few runes.
func TestStartClassAgrees(t *testing.T) {
	var alpha []rune
	for r := range startMay.members() {
		alpha = append(alpha, r)
	}
	for _, w := range append(strings.Fields(startPairs), startWords()...) {
		alpha = append(alpha, []rune(w)...)
	}
	alpha = append(alpha, []rune(startAmountRunes+startQuarterRunes+"0123456789aZJMa的人是在了国𠀋，。 \n")...)
	var vocab []string
	vocab = append(vocab, strings.Fields(startPairs)...)
	vocab = append(vocab, startWords()...)
	rng := rand.New(rand.NewSource(11))
	checked, live := 0, 0
	check := func(s string) {
		p := newParser(s, Reference{})
		for i := 0; i <= p.n(); i++ {
			a, b := p.canStart(i), p.canStartBySets(i)
			if a != b {
				t.Fatalf("%q rune %d: canStart %v, by the sets %v", s, i, a, b)
			}
			if !a {
				continue
			}
			c, d := p.deadStart(i), p.deadStartBySets(i)
			if c != d {
				t.Fatalf("%q rune %d: deadStart %v, by the sets %v", s, i, c, d)
			}
			checked++
			if !c {
				live++
			}
		}
	}
	for n := 0; n < 20000; n++ {
		var sb strings.Builder
		for k := 1 + rng.Intn(12); k > 0; k-- {
			if rng.Intn(3) == 0 {
				sb.WriteString(vocab[rng.Intn(len(vocab))])
			} else {
				sb.WriteRune(alpha[rng.Intn(len(alpha))])
			}
		}
		check(sb.String())
	}
	var sb strings.Builder
	for r := rune(0x80); r < 0x10000; r++ {
		if r >= 0xD800 && r < 0xE000 {
			continue
		}
		for _, next := range "年一分半首Q前个" {
			sb.Reset()
			sb.WriteRune(r)
			sb.WriteRune(next)
			check(sb.String())
		}
	}
	if checked < 100000 || live < checked/10 || live > checked*9/10 {
		t.Errorf("%d positions canStart accepts, %d of them live; want more and a mix", checked, live)
	}
	t.Logf("%d positions canStart accepts, %d of them not dead", checked, live)
}

// TestNumStartsIsNumeralStarts compares numStarts with numeral.Starts on
// every rune (and a few that are none).
func TestNumStartsIsNumeralStarts(t *testing.T) {
	n := 0
	for r := rune(-2); r <= 0x110001; r++ {
		if numStarts(r) != numeral.Starts(r) {
			t.Fatalf("numStarts(%U) = %v, numeral.Starts %v", r, numStarts(r), numeral.Starts(r))
		}
		if numStarts(r) {
			n++
		}
	}
	if n < 20 {
		t.Errorf("only %d numeral runes", n)
	}
}
