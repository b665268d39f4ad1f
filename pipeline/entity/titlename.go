package entity

import (
	"unicode/utf8"

	"github.com/zhpipe/zhpipe/dict/lexicon"
)

// titleNameCands finds names right after a title that neither the lexicon
// nor the dotted rule knows: 副总统范斯, 发言人汪文斌.
func (x *Extractor) titleNameCands(s *scan) []*cand {
	text := s.text
	var out []*cand
	seen := map[int]bool{}
	for _, h := range s.hits {
		if a := x.affix(h.h); a == nil || a.Kind != lexicon.TitleCore || seen[h.end] {
			continue
		}
		e := h.end
		seen[e] = true
		if x.startsKnown(s, e) || isDot(runeAt(text, e)) {
			continue
		}
		if end, n := translitRun(text, e, 6); n >= 2 && !isDot(runeAt(text, end)) {
			out = append(out, newCand(e, end, Person, prioTitleName))
			continue
		}
		if !surnames.has(runeAt(text, e)) {
			continue
		}
		for _, k := range []int{3, 2} {
			if end, ok := chineseName(text, e, k); ok {
				out = append(out, newCand(e, end, Person, prioSurname))
				break
			}
		}
	}
	return out
}

// chineseName reports whether the k runes at i form a name (all Han, no stop
// character) followed by a character that may follow a name.
func chineseName(text string, i, k int) (int, bool) {
	p := i
	for n := 0; n < k; n++ {
		r, size := utf8.DecodeRuneInString(text[p:])
		if !isHan(r) || stopChars.has(r) || (n > 0 && nameFollowers.has(r)) {
			return 0, false
		}
		p += size
	}
	if p < len(text) && !nameFollowers.has(runeAt(text, p)) {
		return 0, false
	}
	return p, true
}
