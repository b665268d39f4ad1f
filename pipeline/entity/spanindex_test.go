package entity

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestSpanIndexPlacesInside: placesInside over the stretch spanIndex
// gives answers as it does over all the candidates (the same verdict and
// the same places), on random candidates in random order.
func TestSpanIndexPlacesInside(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	const text = "中华人民共和国外交部亚东太平洋司司长今天会见了台湾大学医学院的代表团成员"
	n := len(text)
	types := []Type{Place, Place, Organization, Person}
	for round := range 3000 {
		var kept []*cand
		for range rng.IntN(12) {
			a := rng.IntN(n)
			b := a + rng.IntN(min(n-a, 15)+1)
			kept = append(kept, newCand(a, b, types[rng.IntN(len(types))], 0))
		}
		x := newSpanIndex(kept)
		for range 20 {
			a := rng.IntN(n)
			b := a + 1 + rng.IntN(min(n-a, 12))
			full := text[rng.IntN(3)*3 : 30]
			want, wantOK := placesInside(text, kept, a, b, full)
			got, gotOK := placesInside(text, x.overlapping(a, b), a, b, full)
			sortByStart(want)
			sortByStart(got)
			if gotOK != wantOK || !slices.Equal(got, want) {
				t.Fatalf("round %d, [%d,%d): indexed %v %v, all %v %v", round, a, b, len(got), gotOK, len(want), wantOK)
			}
		}
	}
}
