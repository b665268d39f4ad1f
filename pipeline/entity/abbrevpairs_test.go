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

// TestOrgAbbrevsAgainSameAsPlain compares orgAbbrevsAgain, which starts at
// the first word after the first full name and tests a word's first rune
// against a short list, with the plain loop over every word
// (orgAbbrevsAgainRef), on random texts of full names, abbreviations and
// other words, with random words and tags.
func TestOrgAbbrevsAgainSameAsPlain(t *testing.T) {
	x := newTestExtractor(t, Options{})
	fulls := []string{"亚东太平洋司", "台湾大学医学院", "中国石油天然气集团公司", "国家发展和改革委员会", "香港贸易发展局", "消费者委员会"}
	parts := append([]string{"亚太司", "台大医院", "台大医学院", "中石油", "发改委", "国家发改委", "贸发局", "消委会", "的", "，", "表示", "中国", "香港", "\xe4"}, fulls...)
	tags := []string{"j", "n", "nt", "ns", "v"}
	rnd := rand.New(rand.NewPCG(7, 21))
	added := 0
	for range 3000 {
		var b strings.Builder
		var wl WordList
		var kept []*cand
		for range rnd.IntN(12) {
			p := parts[rnd.IntN(len(parts))]
			start := b.Len()
			b.WriteString(p)
			if slices.Contains(fulls, p) {
				kept = append(kept, newCand(start, b.Len(), Organization, prioOrg))
			}
			// One word, or a word per rune, or two halves.
			switch rnd.IntN(3) {
			case 0:
				wl.Add(start, b.Len(), tags[rnd.IntN(len(tags))])
			case 1:
				for i, r := range p {
					wl.Add(start+i, start+i+utf8.RuneLen(r), tags[rnd.IntN(len(tags))])
				}
			default:
				h := len(p) / 2
				for !utf8.RuneStart(p[h]) {
					h--
				}
				if h > 0 {
					wl.Add(start, start+h, tags[rnd.IntN(len(tags))])
				}
				wl.Add(start+h, b.Len(), tags[rnd.IntN(len(tags))])
			}
		}
		text := b.String()
		s := x.scan(text, Hints{Words: &wl})
		used, usedRef := newOccupancy(len(text)), newOccupancy(len(text))
		keptRef := make([]*cand, len(kept))
		for i, c := range kept {
			cc := *c
			keptRef[i] = &cc
		}
		got := x.orgAbbrevsAgain(s, kept, used)
		want := x.orgAbbrevsAgainRef(s, keptRef, usedRef)
		if describeCands(got) != describeCands(want) {
			t.Fatalf("%q: orgAbbrevsAgain = %s; want %s", text, describeCands(got), describeCands(want))
		}
		for i := 0; i < len(text); i++ {
			if used.has(i) != usedRef.has(i) {
				t.Fatalf("%q: used at %d differs", text, i)
			}
		}
		added += len(got) - len(kept)
	}
	if added < 100 {
		t.Fatalf("%d abbreviations added in all; want more", added)
	}
}

// orgAbbrevsAgainRef is orgAbbrevsAgain as it was: every word looked at.
func (x *Extractor) orgAbbrevsAgainRef(s *scan, kept []*cand, used occupancy) []*cand {
	if s.nw == 0 {
		return kept
	}
	text := s.text
	type full struct {
		c      *cand
		name   string
		starts []rune // characters an abbreviation may start with
	}
	var fulls []full
	names := map[string]bool{}
	for _, c := range kept {
		if c.typ != Organization {
			continue
		}
		name := text[c.start:c.end]
		names[name] = true
		if c.inner || c.key == "alias" || c.regional || utf8.RuneCountInString(name) < 5 || !hanOnly(name) {
			continue
		}
		f := full{c: c, name: name, starts: []rune{runeAt(text, c.start)}}
		for _, h := range s.starting(c.start) {
			if (h.h.kind == hitPlace || h.h.kind == hitOrg) && h.end < c.end && c.end-h.end >= 3*3 {
				f.starts = append(f.starts, runeAt(text, h.end))
			}
		}
		fulls = append(fulls, f)
	}
	if len(fulls) == 0 {
		return kept
	}
	// The full names by the characters an abbreviation of them may start
	// with, in kept order: abbreviatesParts accepts no other, and looking
	// only at these keeps the pass linear in the text.
	byFirst := map[rune][]int{}
	for i, f := range fulls {
		for k, r := range f.starts {
			if !slices.Contains(f.starts[:k], r) {
				byFirst[r] = append(byFirst[r], i)
			}
		}
	}
	var add []*cand
	drop := map[*cand]bool{} // places an abbreviation takes the place of
	var spans *spanIndex     // kept by position, made at the first fit
	for k := 0; k < s.nw; k++ {
		a := s.wstart(k)
		if a < fulls[0].c.end {
			continue
		}
		if r, size := utf8.DecodeRuneInString(text[a:]); r != utf8.RuneError && a+size <= s.wend(k) && len(byFirst[r]) == 0 {
			continue // every form here starts with r, which starts no abbreviation
		}
		for j := k; j < s.nw && j < k+3; j++ {
			if j > k && s.wstart(j) != s.wend(j-1) {
				break
			}
			b := s.wend(j)
			form := text[a:b]
			if len(form) > 4*utf8.UTFMax {
				break // more than four characters, whatever they are
			}
			n := utf8.RuneCountInString(form)
			if n > 4 {
				break
			}
			last, _ := utf8.DecodeLastRuneInString(form)
			if n < 3 || !orgAbbrevHeads.has(last) || !hanOnly(form) || names[form] {
				continue
			}
			// A head word of its own that the full name does not write
			// names another body (台大医院 is no 台湾大学医学院).
			lastWord := text[s.wstart(j):b]
			headWord := j > k && utf8.RuneCountInString(lastWord) >= 2 && s.pos(j) != "j"
			if !s.abbrevWords(k, j+1) {
				continue
			}
			var src *cand
			fits := 0
			first, _ := utf8.DecodeRuneInString(form)
			for _, fi := range byFirst[first] {
				f := fulls[fi]
				if f.c.end > a || !abbreviatesParts(form, f.name, f.starts) || (headWord && !strings.Contains(f.name, lastWord)) || !takesParts(form, f.name) {
					continue
				}
				if src == nil || src.key != f.c.key {
					fits++
				}
				src = f.c
			}
			if fits != 1 {
				continue
			}
			if spans == nil {
				spans = newSpanIndex(kept)
			}
			inside, ok := placesInside(text, spans.overlapping(a, b), a, b, text[src.start:src.end])
			if !ok || (len(inside) == 0 && overlaps(used, a, b)) {
				continue
			}
			for _, p := range inside {
				drop[p] = true
			}
			used.mark(a, b)
			c := newCand(a, b, Organization, int(src.prio))
			c.org = src.org
			c.key = "alias"
			c.set().adminOf = src
			add = append(add, c)
			break
		}
	}
	if len(add) == 0 {
		return kept
	}
	out := kept[:0]
	for _, c := range kept {
		if !drop[c] {
			out = append(out, c)
		}
	}
	kept = append(out, add...)
	sortByStart(kept)
	return kept
}
