package entity

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestAbbrevPairsSameAsPlain compares abbrevPairs, which tests the cheap
// conditions first and reads each word's span once, with the plain loop
// (abbrevPairsRef) on random texts of abbreviations and other characters,
// with random words, tags and places already kept.
func TestAbbrevPairsSameAsPlain(t *testing.T) {
	x := newTestExtractor(t, Options{})
	chars := []string{"美", "日", "中", "俄", "台", "华", "英", "法", "的", "和", "贸易", "a", "，"}
	tags := []string{"j", "j", "j", "n", "v", ""}
	rnd := rand.New(rand.NewPCG(6, 6))
	added := 0
	for range 4000 {
		var b strings.Builder
		var wl WordList
		for range rnd.IntN(14) {
			start := b.Len()
			for range 1 + rnd.IntN(2)*rnd.IntN(3) {
				b.WriteString(chars[rnd.IntN(len(chars))])
			}
			wl.Add(start, b.Len(), tags[rnd.IntN(len(tags))])
		}
		text := b.String()
		s := x.scan(text, Hints{Words: &wl})
		var kept []*cand
		for i := 0; i < len(text); {
			_, size := utf8.DecodeRuneInString(text[i:])
			if rnd.IntN(6) == 0 {
				kept = append(kept, newCand(i, i+size, []Type{Place, Person}[rnd.IntN(2)], prioTagger))
			}
			i += size
		}
		used, usedRef := newOccupancy(len(text)), newOccupancy(len(text))
		for _, c := range kept {
			if rnd.IntN(2) == 0 {
				used.mark(c.start, c.end)
				usedRef.mark(c.start, c.end)
			}
		}
		got := x.abbrevPairs(s, slices.Clone(kept), used)
		want := x.abbrevPairsRef(s, slices.Clone(kept), usedRef)
		if describeCands(got) != describeCands(want) {
			t.Fatalf("%q: abbrevPairs = %s; want %s", text, describeCands(got), describeCands(want))
		}
		for i := 0; i < len(text); i++ {
			if used.has(i) != usedRef.has(i) {
				t.Fatalf("%q: used at %d differs", text, i)
			}
		}
		added += len(got) - len(kept)
	}
	if added < 100 {
		t.Fatalf("%d places added in all; want more pairs", added)
	}
}

// describeCands writes the candidates' spans, types and places.
func describeCands(cs []*cand) string {
	var b strings.Builder
	for _, c := range cs {
		fmt.Fprintf(&b, "%d:%d:%v:%d ", c.start, c.end, c.typ, c.place)
	}
	return b.String()
}

// abbrevPairsRef is abbrevPairs as it was: every word's tags read first.
func (x *Extractor) abbrevPairsRef(s *scan, kept []*cand, used occupancy) []*cand {
	text := s.text
	single := map[int]bool{} // starts of kept one-character places
	for _, c := range kept {
		if c.typ == Place && c.end-c.start == utf8.RuneLen(runeAt(text, c.start)) {
			single[c.start] = true
		}
	}
	var add []*cand
	for k := 0; k+1 < s.nw; k++ {
		aStart, aEnd := s.words.Span(k)
		bStart, bEnd := s.words.Span(k + 1)
		if aEnd != bStart || s.pos(k) != "j" || s.pos(k+1) != "j" {
			continue
		}
		ra, sa := utf8.DecodeRuneInString(text[aStart:])
		rb, sb := utf8.DecodeRuneInString(text[bStart:])
		if sa != aEnd-aStart || sb != bEnd-bStart {
			continue // each word one character
		}
		pa, okA := x.lex.Abbrev[string(ra)]
		pb, okB := x.lex.Abbrev[string(rb)]
		if !okA || !okB || pa == pb {
			continue
		}
		for _, w := range []struct {
			start, end, place int
		}{{aStart, aEnd, pa}, {bStart, bEnd, pb}} {
			if single[w.start] || overlaps(used, w.start, w.end) {
				continue
			}
			used.mark(w.start, w.end)
			c := newCand(w.start, w.end, Place, prioTagger)
			c.place = int32(w.place)
			add = append(add, c)
		}
	}
	if len(add) == 0 {
		return kept
	}
	kept = append(kept, add...)
	sortByStart(kept)
	return kept
}

// TestAbbrevRunes checks the set of one-character abbreviations against
// the lexicon's map for every rune of the Basic Multilingual Plane and
// beyond.
func TestAbbrevRunes(t *testing.T) {
	x := newTestExtractor(t, Options{})
	n := 0
	for r := rune(0); r < 0x30000; r++ {
		_, want := x.lex.Abbrev[string(r)]
		if got := x.abbrevRunes.has(r); got != want {
			t.Fatalf("abbrevRunes.has(%q) = %v; want %v", r, got, want)
		}
		if want {
			n++
		}
	}
	if n < 20 {
		t.Fatalf("%d abbreviations; want the lexicon's", n)
	}
}
