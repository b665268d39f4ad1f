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
			if !isHan(r) || strictStops.has(r) || (p > b.end && x.startsName(s, p)) || (p == b.end && x.startsPlace(s, p)) {
				break // 华盛顿 + 美国贸易代表办公室 is a place and an organization
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
