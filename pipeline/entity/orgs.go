package entity

import (
	"strings"
	"unicode/utf8"

	"github.com/zhpipe/zhpipe/dict/lexicon"
)

// orgExtensionCands builds organizations named after a place or a known
// organization: 美国 + 白宫科技政策办公室, 美国 + 商务部, 世贸组织 + 争端解决机制.
func (x *Extractor) orgExtensionCands(s *scan) []*cand {
	text := s.text
	var out []*cand
	for _, b := range s.hits {
		if b.h.kind != hitPlace && b.h.kind != hitOrg {
			continue
		}
		if isASCIILetter(runeBefore(text, b.start)) {
			continue
		}
		var country string
		if b.h.kind == hitPlace {
			p := x.lex.Places[b.h.idx]
			if p.Kind == lexicon.Country {
				country = p.Country
			}
			// A country's own body or national organization.
			for _, o := range s.starting(b.end) {
				switch o.h.kind {
				case hitOrg:
					if country != "" && x.lex.Orgs[o.h.idx].Scope == country {
						c := newCand(b.start, o.end, Organization, prioOrgExt)
						c.org = int(o.h.idx)
						out = append(out, c)
					}
				case hitAffix:
					if x.affix(o.h).Kind == lexicon.OrgBody && country != "" {
						c := newCand(b.start, o.end, Organization, prioOrgExt)
						c.org = x.exact(text[b.start:o.end], hitOrg)
						out = append(out, c)
					}
				}
			}
		}
		// A run of name characters ending in a suffix: the first suffix
		// ends it (世贸组织 + 争端解决机制), and the run may not cross a
		// conjunction or another name (中国共产党同各民主党 is two names).
		kinds := []lexicon.AffixKind{lexicon.OrgSuffix}
		if b.h.kind == hitOrg {
			kinds = append(kinds, lexicon.OrgSubunit)
		}
		best, suffixLen := -1, 0
		for p, n := b.end, 0; p < len(text) && n < 12 && best < 0; n++ {
			r, size := utf8.DecodeRuneInString(text[p:])
			if !isHan(r) || strictStops.has(r) || (p > b.end && x.startsName(s, p)) || (p == b.end && x.startsPlace(s, p)) ||
				(r == '第' && numeralChars.has(runeAt(text, p+size))) {
				break // 华盛顿 + 美国贸易代表办公室 is a place and an organization; 第十届理事会 is a session
			}
			p += size
			if a, ok := x.affixAt(s, p, true, kinds...); ok && a.start >= b.end {
				// 北京大学 has nothing between place and suffix; a one-rune
				// suffix needs a name before it and is no suffix in 部长, 部门.
				oneRune := utf8.RuneCountInString(text[a.start:a.end]) == 1
				before := utf8.RuneCountInString(text[b.end:a.start])
				if (!oneRune || (before > 0 && before <= 2)) && !(oneRune && strings.ContainsRune("长長员員门門委", runeAt(text, p))) {
					best, suffixLen = p, utf8.RuneCountInString(text[a.start:a.end])
				}
			}
		}
		if best > 0 && !x.isGeneric(text[b.end:best]) {
			c := newCand(b.start, best, Organization, prioOrgExt)
			c.org = x.exact(text[b.start:best], hitOrg)
			// A run may be a tagger's better reading; but a known
			// organization's unit with a long suffix (美国国务院 +
			// 发言人办公室) stands.
			c.run = c.org < 0 && (b.h.kind == hitPlace || suffixLen < 3)
			out = append(out, c)
		}
	}
	return out
}

// administrations finds administrations named after a person: 川普政府.
func (x *Extractor) administrations(s *scan, kept []*cand) []*cand {
	var out []*cand
	for _, c := range kept {
		if c.typ != Person {
			continue
		}
		if a, ok := x.affixAt(s, c.end, false, lexicon.Administration); ok {
			ad := newCand(c.start, a.end, Organization, prioOrgExt)
			ad.adminOf = c
			out = append(out, ad)
		}
	}
	return out
}

// isGeneric reports whether s is a common noun of the lexicon that looks
// like an organization's name (电信公司 in 美国电信公司: US telecom companies).
func (x *Extractor) isGeneric(s string) bool {
	generic := false
	x.trie.matchAt(s, 0, func(end int, hs []hit) {
		if end != len(s) {
			return
		}
		for _, h := range hs {
			if a := x.affix(h); a != nil && a.Kind == lexicon.GenericNoun {
				generic = true
			}
		}
	})
	return generic
}

// missionHeads end the name of a country's mission abroad.
var missionHeads = []string{"大使馆", "大使館", "使馆", "使館", "总领事馆", "總領事館", "领事馆", "領事館",
	"代表处", "代表處", "办事处", "辦事處", "使团", "使團", "代表团", "代表團"}

// missionCands finds a country's missions abroad: 英驻法使馆, 中国驻美大使馆,
// 日本驻华大使馆: a country (or its one-character abbreviation), 驻, a place
// (or an abbreviation), and a mission's head.
func (x *Extractor) missionCands(s *scan) []*cand {
	text := s.text
	var out []*cand
	for _, zhu := range []string{"驻", "駐"} {
		for off := 0; ; {
			k := strings.Index(text[off:], zhu)
			if k < 0 {
				break
			}
			at := off + k
			off = at + len(zhu)
			start := x.countryEndingAt(s, at)
			if start < 0 {
				continue
			}
			p := x.placeStartingAt(s, off)
			if p < 0 {
				continue
			}
			for _, h := range missionHeads {
				if strings.HasPrefix(text[p:], h) {
					out = append(out, newCand(start, p+len(h), Organization, prioOrgExt))
					break
				}
			}
		}
	}
	return out
}

// countryEndingAt returns the start of the country (a lexicon country or a
// one-character abbreviation) that ends at pos, or -1.
func (x *Extractor) countryEndingAt(s *scan, pos int) int {
	best := -1
	for _, h := range s.ending(pos) {
		if h.h.kind == hitPlace && x.lex.Places[h.h.idx].Kind == lexicon.Country && (best < 0 || h.start < best) {
			best = h.start
		}
	}
	if best < 0 {
		r, size := utf8.DecodeLastRuneInString(s.text[:pos])
		if _, ok := x.lex.Abbrev[string(r)]; ok && size > 0 {
			best = pos - size
		}
	}
	return best
}

// placeStartingAt returns the end of the place (of the lexicon, or a
// one-character abbreviation) that starts at pos, or -1.
func (x *Extractor) placeStartingAt(s *scan, pos int) int {
	best := -1
	for _, h := range s.starting(pos) {
		if h.h.kind == hitPlace && h.end > best {
			best = h.end
		}
	}
	if best < 0 {
		r, size := utf8.DecodeRuneInString(s.text[pos:])
		if _, ok := x.lex.Abbrev[string(r)]; ok {
			best = pos + size
		}
	}
	return best
}
