package entity

import "unicode/utf8"

// abbrevPairs adds the places of a pair of one-character abbreviations
// that the segmenter reads as two abbreviations (j) side by side: 美日
// (the US and Japan) in 美日贸易协议, 台美 in 台美双方, 中俄. A character a
// tagger already found stays as it is; pairs naming one place (中华) are
// none. Without the segmenter's words nothing is added.
func (x *Extractor) abbrevPairs(s *scan, kept []*cand, used occupancy) []*cand {
	text := s.text
	var single map[int]bool // starts of kept one-character places, made when needed
	var bStart, bEnd int
	if s.nw > 0 {
		bStart, bEnd = s.words.Span(0)
	}
	var add []*cand
	for k := 0; k+1 < s.nw; k++ {
		aStart, aEnd := bStart, bEnd
		bStart, bEnd = s.words.Span(k + 1)
		// Two words of one character each, abbreviations, then their tags
		// (the cheaper tests first).
		if aEnd != bStart || aEnd-aStart > utf8.UTFMax || bEnd-bStart > utf8.UTFMax {
			continue // not two words side by side of one character each
		}
		ra, sa := decodeAt(text, aStart)
		rb, sb := decodeAt(text, bStart)
		if sa != aEnd-aStart || sb != bEnd-bStart || !x.abbrevRunes.has(ra) || !x.abbrevRunes.has(rb) ||
			s.pos(k) != "j" || s.pos(k+1) != "j" {
			continue // each word one character, an abbreviation, tagged j
		}
		pa, okA := x.lex.Abbrev[string(ra)]
		pb, okB := x.lex.Abbrev[string(rb)]
		if !okA || !okB || pa == pb {
			continue
		}
		if single == nil {
			single = map[int]bool{}
			for _, c := range kept {
				if c.typ == Place && c.end-c.start == utf8.RuneLen(runeAt(text, c.start)) {
					single[c.start] = true
				}
			}
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
