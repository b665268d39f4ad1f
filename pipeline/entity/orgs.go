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
		best := -1
		for p, n := b.end, 0; p < len(text) && n < 12 && best < 0; n++ {
			r, size := utf8.DecodeRuneInString(text[p:])
			if !isHan(r) || strictStops.has(r) || (p > b.end && x.startsName(s, p)) {
				break
			}
			p += size
			if a, ok := x.affixAt(s, p, true, kinds...); ok && a.start >= b.end {
				// 北京大学 has nothing between place and suffix; a one-rune
				// suffix needs a name before it and is no suffix in 部长, 部门.
				oneRune := utf8.RuneCountInString(text[a.start:a.end]) == 1
				before := utf8.RuneCountInString(text[b.end:a.start])
				if (!oneRune || (before > 0 && before <= 2)) && !(oneRune && strings.ContainsRune("长長员員门門委", runeAt(text, p))) {
					best = p
				}
			}
		}
		if best > 0 {
			c := newCand(b.start, best, Organization, prioOrgExt)
			c.org = x.exact(text[b.start:best], hitOrg)
			c.run = c.org < 0
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
