package ner

import (
	"math/rand/v2"
	"os"
	"testing"
)

// checkPairLexicon verifies that the pair table carries, for every pair of
// numbered characters whose first character is a lexicon key, exactly the
// value the lexicon table gives their two-character word key, and no
// lexicon value for any other pair. It returns the number of pairs that
// carry one.
func checkPairLexicon(t *testing.T, m *Model) int {
	t.Helper()
	chars := len(m.uni) / (5 * numTags)
	runes := numberedRunes(m.pageIndex, m.pages, chars)
	found := 0
	for a, ra := range runes {
		if ra < 0 {
			continue
		}
		h1 := wordKey(wordSeed, ra)
		_, first := m.lex.get(lexKey(h1))
		for b, rb := range runes {
			if rb < 0 {
				continue
			}
			var want uint64
			if first {
				want, _ = m.lex.get(lexKey(wordKey(h1, rb)))
			}
			v, _ := m.pairs.get(pairKey(uint32(a), uint32(b)))
			if got := v >> pairLexShift & (1<<pairLexBits - 1); got != want {
				t.Fatalf("pair %q: lexicon value %#x in the pair table; the lexicon gives %#x", string([]rune{ra, rb}), got, want)
			}
			if want != 0 {
				found++
			}
		}
	}
	return found
}

// TestPairLexicon checks the lexicon values of the pair table of a
// synthetic model with a lexicon added (WithLexicon rebuilds the table)
// and of the shipped model.
func TestPairLexicon(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 7))
	var entries []Entry
	for i := range 80 {
		entries = append(entries, Entry{Word: randomText(rng, 2+i%4), Label: Label(1 + i%3)})
	}
	m, err := trainSynthetic(t).WithLexicon(entries)
	if err != nil {
		t.Fatal(err)
	}
	if n := checkPairLexicon(t, m); n == 0 {
		t.Error("synthetic model: no pair carries a lexicon value: the test proves nothing")
	}
	if testing.Short() {
		t.Skip("skipping the shipped model (-short)")
	}
	b, err := os.ReadFile("../../../dict/nermodel/model.bin")
	if err != nil {
		t.Skipf("skipping the shipped model: %v", err)
	}
	if m, err = Decode(b); err != nil {
		t.Fatal(err)
	}
	n := checkPairLexicon(t, m)
	t.Logf("shipped model: %d pairs carry a lexicon value", n)
	if n == 0 {
		t.Error("shipped model: no pair carries a lexicon value")
	}
}
