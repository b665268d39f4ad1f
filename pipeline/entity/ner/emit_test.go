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

// TestLexFlagsSame compares the model's lexicon flags, whose first look-up
// comes from the dense lexFirst table, with the plain lexFlags on random
// text, for a model whose lexicon has words of one to five characters,
// some of them prefixes of others.
func TestLexFlagsSame(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 4))
	var entries []Entry
	for i := range 60 {
		w := []rune(randomText(rng, 1+i%5))
		entries = append(entries, Entry{Word: string(w), Label: Label(1 + i%3)})
		entries = append(entries, Entry{Word: string(w) + string(w[:1]), Label: Label(1 + (i+1)%3)})
	}
	m, err := trainSynthetic(t).WithLexicon(entries)
	if err != nil {
		t.Fatal(err)
	}
	if len(m.lexFirst) == 0 {
		t.Fatal("no lexFirst table after Decode")
	}
	var s scratch
	marked := 0
	for trial := range 2000 {
		text := randomText(rng, 1+rng.IntN(40))
		if trial%3 == 0 && len(entries) > 0 {
			text += entries[rng.IntN(len(entries))].Word + randomText(rng, 2)
		}
		m.prepare(text, &s)
		n := len(s.runes)
		want := make([]uint16, n)
		lexFlags(&m.lex, maxLexLen, s.runes, want)
		if got := s.lf[:n]; !slices.Equal(got, want) {
			t.Fatalf("trial %d, %q: lexicon flags %v; want %v", trial, text, got, want)
		}
		for _, f := range want {
			if f != 0 {
				marked++
			}
		}
	}
	if marked == 0 {
		t.Fatal("no position had a lexicon flag: the test proves nothing")
	}
}
