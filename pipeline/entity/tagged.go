package entity

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/zhpipe/zhpipe/dict/lexicon"
)

// genericOrg reports whether a tagger's organization is a common noun of
// the lexicon (中心, 半导体厂, 联盟), or of the text's region (国安 in
// Taiwan text), rather than a name. A bare suffix such
// as 议会 or 委员会 stays: it usually means one body named before.
func (x *Extractor) genericOrg(s *scan, sp Span) bool {
	text := s.text
	if x.lex.RegionalGeneric[text[sp.Start:sp.End]][s.region] {
		return true // 国安 in Taiwan text: national security
	}
	generic := false
	x.trie.matchAt(text[:sp.End], sp.Start, func(end int, hs []hit) {
		if end != sp.End {
			return
		}
		for _, h := range hs {
			if a := x.affix(h); a != nil && (a.Kind == lexicon.GenericNoun || a.Kind == lexicon.OrgSubunit) {
				generic = true
			}
		}
	})
	return generic
}

// weakName reports whether a person candidate may give way to a longer
// tagger span around it: rule-built names (达恩·蒂 in 达恩·蒂雄) and
// two-character Chinese names of the lexicon (李希 in 李希林).
func (x *Extractor) weakName(c *cand) bool {
	switch c.prio {
	case prioPerson:
		return !strings.ContainsRune(x.lex.People[c.person].Full, '·')
	case prioDotted, prioTitleName, prioSurname, prioWeakName:
		return true
	}
	return false
}

// ruleName reports whether c is a name that a title, an honorific or a
// credit line marks (the title rules' candidates, demoted below the tagger).
func ruleName(c *cand) bool {
	return c.typ == Person && (c.prio == prioWeakName || c.prio == prioTitleName || c.prio == prioSurname)
}

// taggedCands adds the tagger's spans to cands. A tagger span wins over
// the places and organizations it strictly contains (北京市文化局 over 北京市,
// 中国致公党 over 中国) unless a stronger candidate crosses its edges.
func (x *Extractor) taggedCands(s *scan, cands []*cand) []*cand {
	text := s.text
	sortByStart(cands)
	starts := make([]int, len(cands))
	for i, c := range cands {
		starts[i] = c.start
	}
	var out []*cand
	for _, sp := range x.tagger.Tag(text) {
		if sp.Start < 0 || sp.End > len(text) || sp.Start >= sp.End || sp.Type < Person || sp.Type > Place {
			continue
		}
		if sp.Type == Organization && x.genericOrg(s, sp) {
			continue // before it is mended: 道指 glued to 报道 is still the Dow
		}
		tagged := sp
		var ok bool
		if sp, ok = x.cleanSpan(s, sp); !ok {
			continue
		}
		// One-character spans are abbreviations (中美, 江主席): places and
		// people only.
		if !utf8.ValidString(text[sp.Start:sp.End]) || isASCIILetter(runeBefore(text, sp.Start)) ||
			(utf8.RuneCountInString(text[sp.Start:sp.End]) < 2 && sp.Type == Organization) {
			continue
		}
		if sp.Type == Organization && sp != tagged && x.genericOrg(s, sp) {
			continue // mended into a generic noun (an unmended span was tested above)
		}
		if latin := strings.IndexFunc(text[sp.Start:sp.End], func(r rune) bool { return !isASCIILetter(r) }); latin < 0 && sp.End-sp.Start <= 2 ||
			latin > 0 && latin <= 2 && sp.Type == Organization {
			continue // AI; AI劳动力研究中心 (but IBM公司 stays)
		}
		if x.articles && sp.Type == Organization && hasSuffixAny(text[sp.Start:sp.End], hotelHeads) {
			sp.Type = Place // 凯悦酒店: a venue
		}
		t := s.newCand(sp.Start, sp.End, sp.Type, prioTagger)
		form := text[sp.Start:sp.End]
		if inner, ok := strings.CutPrefix(form, "《"); ok && sp.Type == Organization && strings.HasSuffix(inner, "》") &&
			!strings.ContainsAny(strings.TrimSuffix(inner, "》"), "《》") && len(inner) > len("》") {
			// 《政府公报》: a publication in title marks; the name is inside them.
			t.inner, form = true, strings.TrimSuffix(inner, "》")
		}
		switch sp.Type {
		case Person:
			t.person = int32(x.exact(form, hitPerson))
		case Organization:
			t.org = int32(x.exact(form, hitOrg))
			x.regionalIdentity(s, t)
		case Place:
			t.place = int32(x.exact(form, hitPlace))
			if i, ok := x.lex.Abbrev[form]; ok && t.place < 0 {
				t.place = int32(i) // 华 is 中国
			}
		}
		contains, crossed, person, within, endsInName, base := false, false, false, false, false, false
		for i := sort.SearchInts(starts, sp.Start-maxCandBytes); i < len(cands) && cands[i].start < sp.End; i++ {
			c := cands[i]
			if c.end <= sp.Start {
				continue
			}
			inside := c.start >= sp.Start && c.end <= sp.End && c.end-c.start < sp.End-sp.Start
			around := c.start <= sp.Start && c.end >= sp.End && c.end-c.start > sp.End-sp.Start
			if sp.Type != Person && c.typ == Person && c.end == sp.End && c.start > sp.Start && c.prio >= prioPerson {
				endsInName = true // 美国川普: a place and a person, no organization
			}
			switch {
			case around && c.typ == Place && c.prio >= prioPlace:
				within = true // 南 and 韩 inside the lexicon's 南韩
			case (around || c.surname && c.start == sp.Start && c.end == sp.End && c.typ != sp.Type) && ruleName(c):
				within = true // 长城 and 郑 inside 马天津 and 郑立德 after or before a title
			case inside && (c.typ == Place || c.typ == Organization) && c.prio <= prioOrgExt:
				contains = true
			case inside && c.typ == Person && sp.Type == Person && x.weakName(c):
				contains, person = true, true
			case !inside && c.prio > prioTagger:
				crossed = true
			}
			if c.run && c.get().baseEnd > 0 && c.start == sp.Start && sp.End >= c.get().baseEnd && sp.End < c.end && sp.Type != Person &&
				(sp.End == c.get().baseEnd || sp.Type == Place) {
				base = true // 湖北省 of 湖北 + 省人民政府: the run's own place
			}
		}
		switch {
		case endsInName, base, x.placeNotName(form, sp.Type):
			t.prio = prioTaggerInside
		case sp.Type == Organization && x.placeThenOwnOrg(s, sp):
			t.prio = prioTaggerInside // 华盛顿 + 美国贸易代表办公室: where the office is
		case contains && !crossed && person:
			t.prio = prioTaggerName
		case contains && !crossed:
			t.prio = prioTaggerWins
		case within:
			t.prio = prioTaggerInside
		}
		out = append(out, t)
	}
	return append(cands, out...)
}

// placeThenOwnOrg reports whether a tagger's organization is a place and an
// organization of the lexicon of that place's own country (于华盛顿美国商务部
// 进行: the department, in Washington; 新界西南立法会选举: the
// Legislative Council's election in the New Territories South West
// constituency),
// rather than one organization (赞比亚中国银行 is the Bank of China in
// Zambia, 杭州浙江大学 the university in Hangzhou).
func (x *Extractor) placeThenOwnOrg(s *scan, sp Span) bool {
	for _, p := range s.starting(sp.Start) {
		if p.h.kind != hitPlace || p.end >= sp.End {
			continue
		}
		country := x.lex.Places[p.h.idx].Country
		for _, o := range s.starting(p.end) {
			if o.h.kind == hitOrg && o.end == sp.End && country != "" && x.lex.Orgs[o.h.idx].Scope == country &&
				(x.countryStarts(s, o.start) || x.lex.Places[p.h.idx].Kind == lexicon.District) {
				return true
			}
		}
	}
	return false
}

// countryStarts reports whether a lexicon country starts at pos: the
// organization after a place names its country (美国贸易代表办公室), as a
// national body does and a city's university (杭州 + 浙江大学) does not.
func (x *Extractor) countryStarts(s *scan, pos int) bool {
	for _, h := range s.starting(pos) {
		if h.h.kind == hitPlace && x.lex.Places[h.h.idx].Kind == lexicon.Country {
			return true
		}
	}
	return false
}

// placeNotName reports whether a tagger's person or organization is
// exactly a place of the lexicon and no person or organization of it: a
// country the tagger does not know takes the reading of a name before a
// title (萨摩亚总理卡洛, 汤加首相莫阿纳) or, with Options.Articles, of
// an organization in a list (叙利亚、朝鲜、也门). The lexicon's place then
// wins.
func (x *Extractor) placeNotName(form string, typ Type) bool {
	if typ == Place || (typ == Organization && !x.articles) || utf8.RuneCountInString(form) < 2 {
		return false
	}
	idx := x.exactAll(form)
	return idx[hitPlace] >= 0 && idx[hitPerson] < 0 && idx[hitOrg] < 0
}
