package document

import (
	"fmt"
	"math/rand/v2"
	"reflect"
	"sort"
	"testing"
)

// linkAbbreviationsRef is linkAbbreviations as first written: every pair
// of documents, titles folded for each comparison.
func linkAbbreviationsRef(docs []Document) []Document {
	merged := make([]bool, len(docs))
	for a := range docs {
		for b := range docs {
			if a == b || merged[a] || merged[b] || docs[a].Parent != "" || len(docs[a].Aliases) > 0 || !abbreviates(docs[a].Title, docs[b].Title) {
				continue
			}
			merged[a] = true
			docs[b].Aliases = append(docs[b].Aliases, docs[a].Title)
			for _, m := range docs[a].Mentions {
				switch m.Kind {
				case Titled, QuotedTitle:
					m.Kind = AliasTitled
				default:
					m.Kind = AliasBare
				}
				docs[b].Mentions = append(docs[b].Mentions, m)
			}
			sort.SliceStable(docs[b].Mentions, func(i, j int) bool { return docs[b].Mentions[i].Start < docs[b].Mentions[j].Start })
		}
	}
	out := docs[:0]
	for i, d := range docs {
		if !merged[i] {
			out = append(out, d)
		}
	}
	return out
}

// TestLinkAbbreviationsSameAsRef: the indexed linkAbbreviations links the
// same documents in the same way as the all-pairs version, on random
// titles (Simplified and Traditional characters of law titles, so that
// abbreviations, chains of them and folding occur).
func TestLinkAbbreviationsSameAsRef(t *testing.T) {
	linked := 0
	chars := []rune("国國家安全保护護法条例條規规定计划計劃")
	kinds := []MentionKind{Titled, QuotedTitle, AliasBare}
	for round := range 2000 {
		n := round % 8
		mk := func() []Document {
			r := rand.New(rand.NewPCG(uint64(round), 11))
			docs := make([]Document, n)
			for i := range docs {
				title := make([]rune, r.IntN(9))
				for k := range title {
					title[k] = chars[r.IntN(len(chars))]
				}
				if i > 0 && r.IntN(2) == 0 {
					// An abbreviation of an earlier title: its first and
					// last characters and some of those between.
					full := []rune(docs[r.IntN(i)].Title)
					title = title[:0]
					for k, c := range full {
						if k == 0 || k == len(full)-1 || r.IntN(3) == 0 {
							title = append(title, c)
						}
					}
				}
				docs[i] = Document{ID: fmt.Sprintf("D%d", i+1), Title: string(title)}
				if r.IntN(6) == 0 {
					docs[i].Parent = "D1"
				}
				if r.IntN(8) == 0 {
					docs[i].Aliases = []string{"甲"}
				}
				for range 1 + r.IntN(2) {
					s := r.IntN(200)
					docs[i].Mentions = append(docs[i].Mentions, Mention{Start: s, End: s + 3, Kind: kinds[r.IntN(len(kinds))]})
				}
			}
			return docs
		}
		got, want := linkAbbreviations(mk()), linkAbbreviationsRef(mk())
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("round %d: indexed %+v\nall pairs %+v", round, got, want)
		}
		linked += n - len(got)
	}
	if linked == 0 {
		t.Fatal("no abbreviation linked: the test compares nothing")
	}
}
