package entity

import (
	"strings"
	"unicode/utf8"

	"github.com/zhpipe/zhpipe/dict/lexicon"
)

// listOrgs finds the organizations listed with a found one, joined by 、
// (民联党、复兴联盟党、南方军政府等): an item of three to eight Han characters
// that ends with an organization's head (党, 局, 委员会, 政府 ...) is one
// too, if the segmenter's words in it are all nouns or unknown words (市政府
// 发动工会 is a clause). The first item of a list starts at a word
// boundary, after a word that is no noun (其中民联党: 其中 is a pronoun).
// Without words nothing is read. Items already taken by another mention are
// left alone, but for places inside them (南方 of 南方军政府).
func (x *Extractor) listOrgs(s *scan, kept []*cand, used occupancy) []*cand {
	if s.nw == 0 {
		return kept
	}
	text := s.text
	const sep = "、"
	var added []*cand
	queue := []*cand{}
	for _, c := range kept {
		if c.typ == Organization {
			queue = append(queue, c)
		}
	}
	// Candidates dropped for an item are marked, and taken out at the end.
	var ix *candIndex // made when first needed
	dropped := map[*cand]bool{}
	done := map[[2]int]bool{} // items added: an item found again is not added twice
	for len(queue) > 0 {
		c := queue[0]
		queue = queue[1:]
		var items [][2]int
		if strings.HasPrefix(text[c.end:], sep) {
			if a, b, ok := x.itemAfter(text, c.end+len(sep)); ok {
				items = append(items, [2]int{a, b})
			}
		}
		if strings.HasSuffix(text[:c.start], sep) {
			if a, b, ok := x.itemBefore(s, c.start-len(sep)); ok {
				items = append(items, [2]int{a, b})
			}
		}
		for _, it := range items {
			a, b := it[0], it[1]
			if done[it] || !x.orgHeadAt(s, a, b) || !s.nounWords(a, b) {
				continue
			}
			if ix == nil {
				ix = newCandIndex(kept)
			}
			if !placesOnlyInside(ix, dropped, used, a, b) {
				continue
			}
			done[it] = true
			dropInside(ix, dropped, a, b) // 南方 of 南方军政府
			used.mark(a, b)
			n := newCand(a, b, Organization, prioOrg)
			n.org = int32(x.exact(text[a:b], hitOrg))
			added = append(added, n)
			queue = append(queue, n)
		}
	}
	if len(added) == 0 {
		return kept
	}
	if len(dropped) > 0 {
		out := kept[:0]
		for _, c := range kept {
			if !dropped[c] {
				out = append(out, c)
			}
		}
		kept = out
	}
	kept = append(kept, added...)
	sortByStart(kept)
	return kept
}

// listEnds end an item of a list on its right: the next item, 等, a
// conjunction, punctuation.
var listEnds = []string{"、", "等", "和", "及", "与", "與", "以及"}

// itemAfter reads the list item that starts at i: three to eight Han
// characters up to 、, 等, a conjunction or punctuation.
func (x *Extractor) itemAfter(text string, i int) (int, int, bool) {
	p := i
	for n := 0; n < 9; n++ {
		if p >= len(text) {
			return i, p, n >= 3
		}
		r, size := utf8.DecodeRuneInString(text[p:])
		if !isHan(r) || hasPrefixAny(text[p:], listEnds) {
			return i, p, n >= 3 && n <= 8
		}
		if stopChars.has(r) {
			return 0, 0, false
		}
		p += size
	}
	return 0, 0, false
}

// itemBefore reads the list item that ends at end: after a 、 of the list,
// or, for the first item, from the start of the words after the last word
// that is no noun.
func (x *Extractor) itemBefore(s *scan, end int) (int, int, bool) {
	text := s.text
	p := end
	for n := 0; n < 9; n++ {
		if strings.HasSuffix(text[:p], "、") {
			return p, end, n >= 3 && n <= 8
		}
		r, size := utf8.DecodeLastRuneInString(text[:p])
		if p == 0 || !isHan(r) {
			return p, end, n >= 3 && n <= 8
		}
		if stopChars.has(r) {
			return 0, 0, false
		}
		if k := s.wordAt(p - size); k >= 0 && s.wend(k) == p && n >= 3 && !nounLike(s.pos(k)) {
			return p, end, n <= 8 // the first item, after 其中
		}
		p -= size
	}
	return 0, 0, false
}

// nounLike reports whether a word's tag is a noun's or an unknown word's
// (the segmenter tags many names x).
func nounLike(pos string) bool {
	return strings.HasPrefix(pos, "n") || pos == "x" || pos == "j"
}

// orgHeadChars end organizations' names in lists; so do the lexicon's
// suffixes and bodies, and 政府.
var listHeadChars = newRuneSet("党黨会會局部院署委")

// orgHeadAt reports whether text[a:b] ends with an organization's head.
func (x *Extractor) orgHeadAt(s *scan, a, b int) bool {
	text := s.text
	if listHeadChars.has(runeBefore(text, b)) || strings.HasSuffix(text[a:b], "政府") {
		return true
	}
	for _, h := range s.ending(b) {
		if af := x.affix(h.h); af != nil && h.start > a && (af.Kind == lexicon.OrgSuffix || af.Kind == lexicon.OrgSubunit || af.Kind == lexicon.OrgBody) {
			return true
		}
	}
	return false
}

// placesOnlyInside reports whether text[a:b] is free but for places that
// lie wholly inside it (of the candidates ix holds, less those dropped).
func placesOnlyInside(ix *candIndex, dropped map[*cand]bool, used occupancy, a, b int) bool {
	if !overlaps(used, a, b) {
		return true
	}
	ok := true
	ix.near(a, b, func(c *cand) bool {
		if c.start < b && c.end > a && (c.typ != Place || c.start < a || c.end > b) && !dropped[c] {
			ok = false
		}
		return ok
	})
	return ok
}

// dropInside marks dropped the candidates that lie wholly inside text[a:b].
func dropInside(ix *candIndex, dropped map[*cand]bool, a, b int) {
	ix.near(a, b, func(c *cand) bool {
		if c.start >= a && c.end <= b {
			dropped[c] = true
		}
		return true
	})
}

// nounWords reports whether text[a:b] is made of whole words that are all
// nouns or unknown words.
func (s *scan) nounWords(a, b int) bool {
	k := s.wordAt(a)
	if k < 0 || s.wstart(k) != a {
		return false
	}
	for ; k < s.nw && s.wend(k) <= b; k++ {
		if !nounLike(s.pos(k)) {
			return false
		}
		if s.wend(k) == b {
			return true
		}
	}
	return false
}
