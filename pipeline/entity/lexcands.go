package entity

import (
	"strings"
	"unicode/utf8"

	"github.com/zhpipe/zhpipe/dict/lexicon"
)

// lexiconCands turns lexicon hits into candidates.
func (x *Extractor) lexiconCands(s *scan) []*cand {
	text := s.text
	var out []*cand
	for _, h := range s.hits {
		before, after := runeBefore(text, h.start), runeAt(text, h.end)
		first, last := runeAt(text, h.start), runeBefore(text, h.end)
		// A form glued to Latin letters is part of a compound (AI北约), and a
		// Latin form inside a Latin word is not that form (Meta in Metadata).
		if isASCIILetter(before) || (isASCIIAlnum(first) && isASCIIAlnum(before)) || (isASCIIAlnum(last) && isASCIIAlnum(after)) {
			continue
		}
		switch h.h.kind {
		case hitPerson:
			if isDot(before) || isDot(after) {
				continue // part of a dotted name; the dotted rule reads it whole
			}
			if x.shortForeignForm(text, h) && ((translit.has(after) && !hasStopWord(text[h.end:])) ||
				!(nameBoundary(text, h.start, x.titleEndsAt(s, h.start)) || x.nameEndBoundary(s, h.end))) {
				continue // two characters of a longer word (米雷 in 卡米雷斯, 万斯 in 亿万斯年)
			}
			c := s.newCand(h.start, h.end, Person, prioPerson)
			c.person = h.h.idx
			out = append(out, c)
		case hitOrg:
			if x.startsInsidePlace(s, h) || titleOrUnitFollows(text, h.end) {
				continue // 国会 in 中国会员, 财政部 in 财政部长, 农业部 in 农业部门
			}
			if industryFollows(text, h.end) {
				continue // 中国银行 in 中国银行业
			}
			c := s.newCand(h.start, h.end, Organization, prioOrg)
			c.org = h.h.idx
			x.regionalIdentity(s, c)
			if _, ok := x.affixAt(s, h.start, false, lexicon.OrgBody); ok {
				if b, _ := x.affixAt(s, h.start, false, lexicon.OrgBody); b.end == h.end {
					c.body = true
				}
			}
			out = append(out, c)
		case hitPlace:
			if utf8.RuneCountInString(text[h.start:h.end]) < 2 || isDemonym(text, h.end) || inNotPlace(text, h) ||
				x.capitalCut(s, h) {
				continue
			}
			c := s.newCand(h.start, h.end, Place, prioPlace)
			c.place = h.h.idx
			out = append(out, c)
			if x.lex.Places[h.h.idx].Kind == lexicon.Country {
				if e := longCountryName(text, h.end); e > 0 {
					l := s.newCand(h.start, e, Place, prioLongPlace)
					l.place = h.h.idx
					out = append(out, l)
				}
			}
		case hitAffix:
			if x.startsInsidePlace(s, h) || titleOrUnitFollows(text, h.end) {
				continue
			}
			if a := x.affix(h.h); a.Kind == lexicon.OrgBody && x.exact(text[h.start:h.end], hitOrg) < 0 {
				c := s.newCand(h.start, h.end, Organization, prioOrg)
				c.body = true
				x.regionalIdentity(s, c)
				out = append(out, c)
			}
		}
	}
	return out
}

// industryFollows reports whether an organization's name ending at end is
// the first part of a common noun: 中国银行业 (an industry), 民主党派,
// 共青团员 (a member), 伊斯兰国家.
func industryFollows(text string, end int) bool {
	switch runeBefore(text, end) {
	case '行':
		return strings.ContainsRune("业業界", runeAt(text, end))
	case '党', '黨':
		return strings.ContainsRune("派员員", runeAt(text, end)) // 民主党派: the democratic parties; 民主党员: a member
	case '团', '團', '社':
		return strings.ContainsRune("员員", runeAt(text, end)) // 共青团员, 九三学社社员: a member
	case '国', '國':
		return runeAt(text, end) == '家' // 伊斯兰国家: Islamic countries, not the group
	}
	return false
}

// regionalIdentity gives a bare body's name the identity it has in text of
// the scan's region (外交部 in Taiwan text is Taiwan's): see
// lexicon.Regional. It reports whether it did.
func (x *Extractor) regionalIdentity(s *scan, c *cand) bool {
	if s.region == "" {
		return false
	}
	if i, ok := x.lex.Regional[s.text[c.start:c.end]][s.region]; ok {
		c.org, c.regional = int32(i), true
		return true
	}
	return false
}

// regionalCands finds the bare names that only text of the scan's region
// reads as one body (总统府 and 国军 in Taiwan text, 特区政府 in Hong Kong
// text), where no lexicon entry already names them.
func (x *Extractor) regionalCands(s *scan) []*cand {
	if s.region == "" {
		return nil
	}
	text := s.text
	var out []*cand
	rf := x.regionalFor[s.region]
	if rf == nil {
		rf = x.newRegionalForms(s.region)
	}
	forms, ids := rf.ix.forms, rf.ids
	for i, starts := range rf.ix.find(text, nil) {
		form, idx, off := forms[i], ids[i], 0
		for _, start := range starts {
			if start < off {
				continue // overlaps the one before
			}
			end := start + len(form)
			off = end
			if x.exact(form, hitOrg) >= 0 || titleOrUnitFollows(text, end) ||
				x.startsInsidePlace(s, lexHit{start: start, end: end}) {
				continue // the lexicon candidate carries the identity; 国防部长
			}
			c := s.newCand(start, end, Organization, prioOrg)
			c.org, c.regional, c.body = int32(idx), true, true
			out = append(out, c)
		}
	}
	return out
}

// regionalForms are the bare names one region reads as its own bodies.
type regionalForms struct {
	ix  *occurIndex // the forms, in the order of Extractor.regional
	ids []int       // their organizations in the region
}

// newRegionalForms returns the bare names region reads as its bodies.
func (x *Extractor) newRegionalForms(region string) *regionalForms {
	var forms []string
	var ids []int
	for _, form := range x.regional {
		if idx, ok := x.lex.Regional[form][region]; ok {
			forms, ids = append(forms, form), append(ids, idx)
		}
	}
	return &regionalForms{ix: newOccurIndex(forms), ids: ids}
}

// titleOrUnitFollows reports whether the organization name ending at end
// is the first part of a title or a common noun: 财政部长, 农业部门.
func titleOrUnitFollows(text string, end int) bool {
	return strings.ContainsRune("长長门門", runeAt(text, end))
}

// notPlaces are words that contain a place name but name no such place:
// 发展中国家 holds 中国, 沿海地区 holds 海地, 中非合作 is China–Africa,
// 东海岸 (a coast) holds 东海.
var notPlaces = []string{"发展中国家", "發展中國家", "发展中国", "發展中國", "海地区", "海地區", "马里奥", "馬里奧", "俄国家", "俄國家",
	"中非合作", "中非關係", "中非关系", "东海岸", "東海岸"}

// inNotPlace reports whether the place hit h lies inside one of notPlaces.
func inNotPlace(text string, h lexHit) bool {
	form := text[h.start:h.end]
	for _, w := range notPlaces {
		if !strings.Contains(w, form) {
			continue // w, were it around h, would hold its form
		}
		for lo := max(0, h.end-len(w)); lo <= h.start && lo+len(w) <= len(text); lo++ {
			if text[lo:lo+len(w)] == w {
				return true
			}
		}
	}
	return false
}

// isDemonym reports whether a place ending at end is the first part of a
// word for its people (美国人, not 美国人民 or 全国人大).
func isDemonym(text string, end int) bool {
	rest := text[end:]
	return (strings.HasPrefix(rest, "人") && !strings.HasPrefix(rest, "人民") && !strings.HasPrefix(rest, "人大")) ||
		strings.HasPrefix(rest, "籍")
}

// countryForms end the long form of a country's name (波兰共和国,
// 南斯拉夫联盟共和国).
var countryForms = []string{"共和国", "共和國", "王国", "王國", "合众国", "合眾國", "大公国", "大公國", "酋长国", "酋長國"}

// longCountryName returns the end of the long form of a country's name that
// continues at end (at most 6 runes more), or 0.
func longCountryName(text string, end int) int {
	best := 0
	for p, n := end, 0; p < len(text) && n < 6; n++ {
		r, size := utf8.DecodeRuneInString(text[p:])
		if !isHan(r) || strictStops.has(r) {
			break
		}
		p += size
		for _, f := range countryForms {
			if strings.HasSuffix(text[end:p], f) {
				best = p
			}
		}
	}
	return best
}

// startsInsidePlace reports whether h starts strictly inside a place of the
// lexicon and ends after it (国会 in 中国会员).
func (x *Extractor) startsInsidePlace(s *scan, h lexHit) bool {
	k := s.firstStarting(h.start)
	if k == 0 {
		return false
	}
	far := s.reach[k-1] // the furthest end of a place that starts before h
	return far > h.start && far < h.end
}

// titleEndsAt reports whether a title word ends at pos.
func (x *Extractor) titleEndsAt(s *scan, pos int) bool {
	_, ok := x.affixAt(s, pos, true, lexicon.TitleCore, lexicon.TitleProfession, lexicon.TitleCredit, lexicon.TitleStyle, lexicon.TitleQualifier)
	return ok
}

// nameEndBoundary reports whether a name may end at end: before a non-Han
// character, a character that follows names, a stop word or an
// administration word (川普政府).
func (x *Extractor) nameEndBoundary(s *scan, end int) bool {
	r := runeAt(s.text, end)
	if end >= len(s.text) || !isHan(r) || nameFollowers.has(r) || hasStopWord(s.text[end:]) {
		return true
	}
	_, ok := x.affixAt(s, end, false, lexicon.Administration)
	return ok
}

// shortForeignForm reports whether h is a two-rune form of a foreign
// person's name (卡尼, 米雷), which could be part of a longer one.
func (x *Extractor) shortForeignForm(text string, h lexHit) bool {
	return utf8.RuneCountInString(text[h.start:h.end]) == 2 && strings.ContainsRune(x.lex.People[h.h.idx].Full, '·')
}

// guardOK reports whether a lexicon form that is also the middle of common
// words (lexicon.Guarded: 港大, 统一部) may be read at h: only where the
// segmenter's words start and end with it, so never when the words are
// unknown. Other forms are always read.
func (x *Extractor) guardOK(s *scan, h lexHit) bool {
	if !h.h.guarded {
		return true
	}
	return s.nw > 0 && (h.start == 0 || s.wordEndsAt(h.start)) && s.wordEndsAt(h.end)
}

// capitalCut reports whether a place hit starts with the 都 of 首都 (the
// capital) while another place follows that 都: 首都柏林 is the capital
// Berlin, not 首 + 都柏林 (Dublin); 首都都灵 alike.
func (x *Extractor) capitalCut(s *scan, h lexHit) bool {
	text := s.text
	if runeAt(text, h.start) != '都' || runeBefore(text, h.start) != '首' {
		return false
	}
	return x.startsPlace(s, h.start+len("都"))
}
