package entity

import (
	"slices"
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
						c.org = o.h.idx
						out = append(out, c)
					}
				case hitAffix:
					if x.affix(o.h).Kind == lexicon.OrgBody && country != "" {
						c := newCand(b.start, o.end, Organization, prioOrgExt)
						c.org = int32(x.exact(text[b.start:o.end], hitOrg))
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
		if x.articles {
			kinds = append(kinds, lexicon.OrgGovernment)
		}
		best, suffixLen, checked, gov := -1, 0, false, false
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
				// After a known organization, a unit's name may be
				// longer when the segmenter reads it as nouns
				// (海关总署 + 缉私局, 卫生福利部 + 疾病管制署).
				oneRune := utf8.RuneCountInString(text[a.start:a.end]) == 1
				before := utf8.RuneCountInString(text[b.end:a.start])
				short := before > 0 && before <= 2 && s.wordEndsAt(p)
				unit := b.h.kind == hitOrg && before > 2 && before <= 6 && s.nounsOnly(b.end, p)
				if (!oneRune || short || unit) && !(oneRune && strings.ContainsRune("长長员員门門委", runeAt(text, p))) {
					best, suffixLen, checked = p, utf8.RuneCountInString(text[a.start:a.end]), unit
					gov = x.affix(a.h).Kind == lexicon.OrgGovernment
				}
			}
		}
		if best > 0 && !x.isGeneric(text[b.end:best]) {
			c := newCand(b.start, best, Organization, prioOrgExt)
			c.org = int32(x.exact(text[b.start:best], hitOrg))
			// A run may be a tagger's better reading; but a known
			// organization's unit with a long suffix (美国国务院 +
			// 发言人办公室) stands.
			c.run = c.org < 0 && (b.h.kind == hitPlace || suffixLen < 3) && !checked
			if gov {
				c.set().baseEnd = b.end // the tagger's place gives way (see taggedCands)
			}
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
			ad.set().adminOf = c
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
			at := s.index(zhu, off)
			if at < 0 {
				break
			}
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

// abbrevBodyCands finds a country's body written after the country's
// one-character abbreviation, with the abbreviation's 国 shared by a body
// that starts with 国: 英国防部 (英国 + 国防部), 美国土安全部, 韩国防部. The
// body takes the identity of its full name (美国国土安全部), from the lexicon
// or, for a body it lacks, by name. A body named 国会 is left out: 美国会 is
// far more often 美国 + 会 (will).
func (x *Extractor) abbrevBodyCands(s *scan) []*cand {
	text := s.text
	var out []*cand
	for _, g := range []string{"国", "國"} {
		for off := 0; ; {
			at := s.index(g, off)
			if at < 0 {
				break
			}
			off = at + len(g)
			r, size := utf8.DecodeLastRuneInString(text[:at])
			pi, ok := x.lex.Abbrev[string(r)]
			if !ok || size == 0 {
				continue
			}
			p := x.lex.Places[pi]
			country := string(r) + g // 美国, or 美國 before 國務院
			if p.Kind != lexicon.Country || !slices.Contains(p.Forms, country) {
				continue
			}
			start := at - size
			best := -1
			var bestCand *cand
			for _, h := range s.starting(at) {
				form := text[h.start:h.end]
				if h.end <= best || form == "国会" || form == "國會" || titleOrUnitFollows(text, h.end) {
					continue
				}
				full := country + form
				org := x.exact(full, hitOrg)
				body := h.h.kind == hitAffix && x.affix(h.h).Kind == lexicon.OrgBody
				if org < 0 && !body {
					continue
				}
				c := newCand(start, h.end, Organization, prioOrgExt)
				c.org, c.set().canon = int32(org), full
				best, bestCand = h.end, c
			}
			if bestCand != nil {
				out = append(out, bestCand)
			}
		}
	}
	sortByStart(out)
	return out
}

// quotedOrgIntros may stand right before a quoted organization's name:
// verbs of founding and joining (成立「食品安全会报」).
var quotedOrgIntros = []string{"成立", "设立", "設立", "组建", "組建", "组成", "組成", "加入", "参加", "參加"}

// quotedOrgHeads end a quoted organization's name besides the lexicon's
// suffixes: 会报 (a coordinating council in Taiwan's government).
var quotedOrgHeads = []string{"会报", "會報"}

// orgQuoteOpen open the quotes quotedOrgCands reads.
var orgQuoteOpen = newRuneSet("「“『")

// quotedOrgCands finds organizations named in quotes right after a known
// organization or a verb of founding or joining: 行政院「食品安全会报」,
// 成立“数字经济工作小组”. The quoted text, of Chinese characters only,
// ends with an organization's head; the mention leaves the quotes out.
func (x *Extractor) quotedOrgCands(s *scan) []*cand {
	text := s.text
	var out []*cand
	for i := 0; i < len(text); {
		p := s.next(markQuote, i)
		if p < 0 {
			break
		}
		_, size := utf8.DecodeRuneInString(text[p:])
		open, start := p, p+size
		i = start
		end := -1
		n := 0
		for j := start; j < len(text) && n <= 16; {
			q, qs := utf8.DecodeRuneInString(text[j:])
			if quoteClose.has(q) {
				end = j
				break
			}
			if !isHan(q) {
				break
			}
			j += qs
			n++
		}
		if end < 0 || n < 4 || n > 16 {
			continue
		}
		head := hasSuffixAny(text[start:end], quotedOrgHeads)
		if !head {
			if a, ok := x.affixAt(s, end, true, lexicon.OrgSuffix, lexicon.OrgSubunit); ok && a.start > start &&
				utf8.RuneCountInString(text[a.start:a.end]) >= 2 && !x.isGeneric(text[start:end]) {
				head = true
			}
		}
		if !head || !(x.orgEndsAt(s, open) || prefixBefore(text, open, quotedOrgIntros)) {
			continue
		}
		c := newCand(start, end, Organization, prioOrgExt)
		c.org = int32(x.exact(text[start:end], hitOrg))
		out = append(out, c)
	}
	return out
}

// orgEndsAt reports whether an organization of the lexicon, or a body,
// ends at pos.
func (x *Extractor) orgEndsAt(s *scan, pos int) bool {
	for _, h := range s.ending(pos) {
		if h.h.kind == hitOrg || (h.h.kind == hitAffix && x.affix(h.h).Kind == lexicon.OrgBody) {
			return true
		}
	}
	return false
}

// prefixBefore reports whether one of words ends text[:i].
func prefixBefore(text string, i int, words []string) bool {
	for _, w := range words {
		if strings.HasSuffix(text[:i], w) {
			return true
		}
	}
	return false
}
