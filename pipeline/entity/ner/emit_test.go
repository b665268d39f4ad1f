package ner

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// randomText mixes the characters of the synthetic training set (whose
// features the model has) with digits, letters, punctuation, spaces and
// characters the model never saw.
func randomText(rng *rand.Rand, n int) string {
	var pool []rune
	for _, s := range synthetic()[:20] {
		pool = append(pool, []rune(s.Text)...)
	}
	pool = append(pool, []rune("０１2３abcＸＹ，。、 \t\n龘乂·")...)
	var b strings.Builder
	for range n {
		b.WriteRune(pool[rng.IntN(len(pool))])
	}
	return b.String()
}

// TestEmissionsSame compares the word-lane sums of emissions with the
// plain sums of emissionsRef on random text, row for row.
func TestEmissionsSame(t *testing.T) {
	m := trainSynthetic(t)
	rng := rand.New(rand.NewPCG(5, 8))
	var s scratch
	for trial := range 500 {
		text := randomText(rng, 1+rng.IntN(60))
		m.prepare(text, &s)
		n := len(s.runes)
		m.emissionsRef(&s, n)
		want := slices.Clone(s.em[:n*numTags])
		clear(s.em)
		m.emissions(&s, n)
		if got := s.em[:n*numTags]; !slices.Equal(got, want) {
			t.Fatalf("trial %d, %q: emissions = %v; want %v", trial, text, got, want)
		}
	}
}
