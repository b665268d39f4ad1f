package entity

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// followerAtRef is followerAt as a search of text for each word in turn.
func followerAtRef(text string) []int {
	var out []int
	for _, w := range mediaRunFollowers {
		for off := 0; ; {
			k := strings.Index(text[off:], w)
			if k < 0 {
				break
			}
			out = append(out, off+k)
			off += k + len(w)
		}
	}
	return out
}

// TestFollowerAtSameAsSearch compares followerAt with a search for each
// word in turn, on random text of the words, their first and second
// runes, other characters and invalid bytes, with the places scan notes
// and without them.
func TestFollowerAtSameAsSearch(t *testing.T) {
	x := newTestExtractor(t, Options{})
	rng := rand.New(rand.NewPCG(8, 3))
	pieces := append(slices.Clone(mediaRunFollowers), "记", "者", "总", "编", "社", "长", "東海日報", "，", "\n", "a", "\xe8", "\xe8\xae", "\xff")
	found := 0
	for trial := range 2000 {
		var b strings.Builder
		for range rng.IntN(30) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		text := b.String()
		want := followerAtRef(text)
		for _, s := range []*scan{{text: text}, x.scan(text, Hints{})} {
			if got := followerAt(s); !slices.Equal(got, want) && !(len(got) == 0 && len(want) == 0) {
				t.Fatalf("trial %d, %q (marked %v): followerAt = %v; want %v", trial, text, s.marked, got, want)
			}
		}
		found += len(want)
	}
	if found == 0 {
		t.Fatal("no follower found: the test proves nothing")
	}
}
