package entity

import (
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/zhpipe/zhpipe/dict/lexicon"
)

// Candidate priorities: when candidates overlap, the higher priority wins,
// then the longer span, then the earlier one.
const (
	prioTaggerInside = 59 // a tagger span inside a lexicon place
	prioPlace        = 60
	prioWeakName     = 61 // a title or surname rule's name, or a suffix run, when a tagger is present
	prioTagger       = 62
	prioLongPlace    = 63 // 波兰共和国
	prioSurname      = 65
	prioTitleName    = 70
	prioOrg          = 75
	prioPerson       = 80
	prioOrgExt       = 85
	prioTaggerWins   = 86 // a tagger span that contains places or organizations
	prioDotted       = 90
	prioBracket      = 95
	prioTaggerName   = 96 // a tagger name around a rule's name (达恩·蒂雄 around 达恩·蒂)
)

// maxCandBytes bounds the length of a rule or lexicon candidate, for
// searching the candidates that overlap a span.
const maxCandBytes = 256

// cand is a candidate mention.
type cand struct {
	start, end int
	typ        Type
	prio       int
	person     int // lexicon person index, -1 if none
	org        int // lexicon org index, -1 if none
	place      int // lexicon place index, -1 if none
	english    string
	initials   []string // Latin initials of a dotted name (A in 马尔科·A·卢比奥)
	lastPart   string   // last part of a dotted name (卢比奥)
	body       bool     // a bare government body (商务部)
	run        bool     // an organization read as a name run ending in a suffix
	key        string   // identity key, set by link
	adminOf    *cand    // for an administration: its person mention
}

func newCand(start, end int, typ Type, prio int) *cand {
	return &cand{start: start, end: end, typ: typ, prio: prio, person: -1, org: -1, place: -1}
}

// lexHit is a lexicon form found in the text.
type lexHit struct {
	start, end int
	h          hit
}

// scan holds the lexicon forms found in one text.
type scan struct {
	text  string
	hits  []lexHit // by start, then end
	ends  []lexHit // the same, by end
	reach []int    // reach[k]: the furthest end of the places among hits[:k+1]
}

func (x *Extractor) scan(text string) *scan {
	s := &scan{text: text}
	for i := 0; i < len(text); {
		x.trie.matchAt(text, i, func(end int, hs []hit) {
			for _, h := range hs {
				s.hits = append(s.hits, lexHit{i, end, h})
			}
		})
		_, size := utf8.DecodeRuneInString(text[i:])
		i += size
	}
	s.ends = append([]lexHit(nil), s.hits...)
	sort.SliceStable(s.ends, func(i, j int) bool { return s.ends[i].end < s.ends[j].end })
	s.reach = make([]int, len(s.hits))
	far := 0
	for k, h := range s.hits {
		if h.h.kind == hitPlace && utf8.RuneCountInString(text[h.start:h.end]) >= 2 {
			far = max(far, h.end)
		}
		s.reach[k] = far
	}
	return s
}

// starting returns the hits that start at pos.
func (s *scan) starting(pos int) []lexHit {
	lo := sort.Search(len(s.hits), func(i int) bool { return s.hits[i].start >= pos })
	hi := lo
	for hi < len(s.hits) && s.hits[hi].start == pos {
		hi++
	}
	return s.hits[lo:hi]
}

// ending returns the hits that end at pos.
func (s *scan) ending(pos int) []lexHit {
	lo := sort.Search(len(s.ends), func(i int) bool { return s.ends[i].end >= pos })
	hi := lo
	for hi < len(s.ends) && s.ends[hi].end == pos {
		hi++
	}
	return s.ends[lo:hi]
}

func (x *Extractor) affix(h hit) *lexicon.Affix {
	if h.kind != hitAffix {
		return nil
	}
	return &x.lex.Affixes[h.idx]
}

// affixAt returns the longest affix of one of the kinds that starts (or, if
// atEnd, ends) at pos, and whether there is one.
func (x *Extractor) affixAt(s *scan, pos int, atEnd bool, kinds ...lexicon.AffixKind) (lexHit, bool) {
	hs := s.starting(pos)
	if atEnd {
		hs = s.ending(pos)
	}
	var best lexHit
	found := false
	for _, h := range hs {
		a := x.affix(h.h)
		if a == nil {
			continue
		}
		for _, k := range kinds {
			if a.Kind == k && (!found || h.end-h.start > best.end-best.start) {
				best, found = h, true
			}
		}
	}
	return best, found
}

// exact returns the lexicon entry of kind whose form is exactly s, or -1.
func (x *Extractor) exact(s string, kind hitKind) int {
	idx := -1
	x.trie.matchAt(s, 0, func(end int, hs []hit) {
		if end != len(s) {
			return
		}
		for _, h := range hs {
			if h.kind == kind {
				idx = int(h.idx)
				return
			}
		}
	})
	return idx
}

func runeBefore(text string, i int) rune {
	if i <= 0 {
		return utf8.RuneError
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return r
}

func runeAt(text string, i int) rune {
	if i >= len(text) {
		return utf8.RuneError
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return r
}

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
			c := newCand(h.start, h.end, Person, prioPerson)
			c.person = int(h.h.idx)
			out = append(out, c)
		case hitOrg:
			if x.startsInsidePlace(s, h) || titleOrUnitFollows(text, h.end) {
				continue // 国会 in 中国会员, 财政部 in 财政部长, 农业部 in 农业部门
			}
			c := newCand(h.start, h.end, Organization, prioOrg)
			c.org = int(h.h.idx)
			if _, ok := x.affixAt(s, h.start, false, lexicon.OrgBody); ok {
				if b, _ := x.affixAt(s, h.start, false, lexicon.OrgBody); b.end == h.end {
					c.body = true
				}
			}
			out = append(out, c)
		case hitPlace:
			if utf8.RuneCountInString(text[h.start:h.end]) < 2 || isDemonym(text, h.end) || inNotPlace(text, h) {
				continue
			}
			c := newCand(h.start, h.end, Place, prioPlace)
			c.place = int(h.h.idx)
			out = append(out, c)
			if x.lex.Places[h.h.idx].Kind == lexicon.Country {
				if e := longCountryName(text, h.end); e > 0 {
					l := newCand(h.start, e, Place, prioLongPlace)
					l.place = int(h.h.idx)
					out = append(out, l)
				}
			}
		case hitAffix:
			if x.startsInsidePlace(s, h) || titleOrUnitFollows(text, h.end) {
				continue
			}
			if a := x.affix(h.h); a.Kind == lexicon.OrgBody && x.exact(text[h.start:h.end], hitOrg) < 0 {
				c := newCand(h.start, h.end, Organization, prioOrg)
				c.body = true
				out = append(out, c)
			}
		}
	}
	return out
}

// titleOrUnitFollows reports whether the organization name ending at end
// is the first part of a title or a common noun: 财政部长, 农业部门.
func titleOrUnitFollows(text string, end int) bool {
	return strings.ContainsRune("长長门門", runeAt(text, end))
}

// notPlaces are words that contain a place name but name no such place:
// 发展中国家 holds 中国, 沿海地区 holds 海地, 中非合作 is China–Africa.
var notPlaces = []string{"发展中国家", "發展中國家", "发展中国", "發展中國", "海地区", "海地區", "大马士革", "大馬士革", "马里奥", "馬里奧", "俄国家", "俄國家", "中非合作", "中非關係", "中非关系"}

// inNotPlace reports whether the place hit h lies inside one of notPlaces.
func inNotPlace(text string, h lexHit) bool {
	for _, w := range notPlaces {
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
	k := sort.Search(len(s.hits), func(i int) bool { return s.hits[i].start >= h.start })
	if k == 0 {
		return false
	}
	far := s.reach[k-1] // the furthest end of a place that starts before h
	return far > h.start && far < h.end
}

// titleEndsAt reports whether a title word ends at pos.
func (x *Extractor) titleEndsAt(s *scan, pos int) bool {
	_, ok := x.affixAt(s, pos, true, lexicon.TitleCore, lexicon.TitleQualifier)
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

// translitRun returns the end of the run of name characters starting at i
// (at most max runes, stopping before a stop word) and its rune count.
func translitRun(text string, i, max int) (int, int) {
	n := 0
	for i < len(text) && n < max {
		if n > 0 && hasStopWord(text[i:]) {
			break
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if isHyphen(r) && n > 0 && translit.has(runeAt(text, i+size)) {
			i += size // 让-马克
			continue
		}
		if !translit.has(r) {
			break
		}
		i += size
		n++
	}
	return i, n
}

// isHyphen reports whether r joins two parts of one given name (让-马克).
func isHyphen(r rune) bool { return r == '-' || r == '‐' || r == '－' }

func hasStopWord(s string) bool {
	for _, w := range nameStopWords {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// latinRun returns the end of the run of ASCII letters starting at i (with
// one trailing '.', as in "A.") and the letters.
func latinRun(text string, i int) (int, string) {
	j := i
	for j < len(text) && isASCIILetter(rune(text[j])) {
		j++
	}
	letters := text[i:j]
	if j > i && j < len(text) && text[j] == '.' {
		j++
	}
	return j, letters
}

// dottedCands finds transliterated names whose parts are joined by dots,
// with initials: 马尔科·A·卢比奥, 迈克尔·J·克拉茨奥斯, JD·万斯.
func (x *Extractor) dottedCands(s *scan) []*cand {
	text := s.text
	var out []*cand
	titleEnds := func(p int) bool { return x.titleEndsAt(s, p) }
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isDot(r) {
			i += size
			continue
		}
		// First part, backwards from the dot.
		start := i
		if isASCIILetter(runeBefore(text, i)) {
			for start > 0 && isASCIILetter(rune(text[start-1])) {
				start--
			}
		} else {
			for n := 0; n < 6 && start > 0; n++ {
				if titleEnds(start) && n > 0 {
					break
				}
				pr, psize := utf8.DecodeLastRuneInString(text[:start])
				if isHyphen(pr) && n > 0 && translit.has(runeBefore(text, start-psize)) {
					start -= psize // 让-马克
					pr, psize = utf8.DecodeLastRuneInString(text[:start])
				}
				if !translit.has(pr) {
					break
				}
				start -= psize
			}
		}
		if start == i || !nameBoundary(text, start, titleEnds(start)) {
			i += size
			continue
		}
		parts := []string{text[start:i]}
		var initials []string
		if isASCIILetter(runeAt(text, start)) && len(parts[0]) <= 3 {
			initials = append(initials, parts[0])
		}
		end := i
		lastHan := false
		for {
			r, size := utf8.DecodeRuneInString(text[end:])
			if !isDot(r) {
				break
			}
			p := end + size
			if isASCIILetter(runeAt(text, p)) {
				e, letters := latinRun(text, p)
				parts = append(parts, letters)
				if len(letters) <= 3 {
					initials = append(initials, letters)
				}
				end, lastHan = e, false
				continue
			}
			e, n := translitRun(text, p, 8)
			if n == 0 {
				break
			}
			// Prefer a known name's end inside the run (卢比奥访华).
			x.trie.matchAt(text, p, func(le int, hs []hit) {
				for _, h := range hs {
					if h.kind == hitPerson && le <= e && le > p {
						e = le
					}
				}
			})
			parts = append(parts, text[p:e])
			end, lastHan = e, true
		}
		if len(parts) < 2 || !lastHan {
			// A chain that fails fails from any later dot in it too
			// (A·A·A·…): go on after it, so the scan stays linear.
			i = max(end, i+size)
			continue
		}
		// A lexicon name around it is the better reading (让-马克·埃罗).
		for p := start; p >= 0 && p > start-maxCandBytes; p-- {
			for _, h := range s.starting(p) {
				if h.h.kind == hitPerson && h.end >= end && h.end-h.start > end-start {
					start, end = h.start, h.end
				}
			}
		}
		c := newCand(start, end, Person, prioDotted)
		c.initials = initials
		c.lastPart = parts[len(parts)-1]
		var noInit []string
		for _, p := range parts {
			if !contains(initials, p) {
				noInit = append(noInit, p)
			}
		}
		for _, form := range []string{text[start:end], strings.Join(noInit, "·"), c.lastPart} {
			if c.person = x.exact(form, hitPerson); c.person >= 0 {
				break
			}
		}
		out = append(out, c)
		i = end
	}
	return out
}

// nameBoundary reports whether a name may start at start: after a
// non-Han character, a stop character, a conjunction or a title. Otherwise
// the name goes on to the left with characters the rules do not know, and
// is left to the tagger (会见阿沛·阿旺晋美).
func nameBoundary(text string, start int, afterTitle bool) bool {
	r := runeBefore(text, start)
	return start == 0 || afterTitle || !isHan(r) || stopChars.has(r) || strings.ContainsRune("和与與及同、", r)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// orgWords in a bracketed original mark an organization, not a person.
var orgWords = []string{"Inc", "Corp", "Company", "Agency", "Office", "Department", "Organization",
	"Organisation", "Bank", "University", "Institute", "Council", "Committee", "Commission", "Group",
	"Party", "Association", "Fund", "Ministry", "Bureau", "Administration", "Foundation", "Center",
	"Centre", "Union", "Ltd", "LLC", "Labs", "Court", "Forum"}

// bracketCands finds names followed by their original in brackets:
// 塞克斯（David Sacks）. The brackets are not part of the mention.
func (x *Extractor) bracketCands(s *scan, dotted []*cand) []*cand {
	text := s.text
	var out []*cand
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r != '（' && r != '(' {
			i += size
			continue
		}
		j := i + size
		k := j
		for k < len(text) {
			c := text[k]
			if isASCIILetter(rune(c)) || c == ' ' || c == '.' || c == '-' || c == '\'' {
				k++
				continue
			}
			break
		}
		cr, _ := utf8.DecodeRuneInString(text[k:])
		orig := strings.TrimSpace(text[j:k])
		words := strings.Fields(orig)
		if (cr != '）' && cr != ')') || len(words) < 2 || len(words) > 5 || !isUpper(orig[0]) || hasAny(words, orgWords) {
			i += size
			continue
		}
		var named *cand
		for _, d := range dotted {
			if d.end == i {
				named = d
			}
		}
		if named == nil {
			start := i
			for n := 0; n < 8 && start > 0; n++ {
				pr, psize := utf8.DecodeLastRuneInString(text[:start])
				if !translit.has(pr) {
					break
				}
				start -= psize
			}
			if utf8.RuneCountInString(text[start:i]) < 2 {
				i += size
				continue
			}
			named = newCand(start, i, Person, prioBracket)
			named.person = x.exact(text[start:i], hitPerson)
			out = append(out, named)
		}
		named.english = strings.Join(words, " ")
		i = k
	}
	return out
}

func isUpper(b byte) bool { return b >= 'A' && b <= 'Z' }

func hasAny(words, set []string) bool {
	for _, w := range words {
		if contains(set, strings.Trim(w, ".,")) {
			return true
		}
	}
	return false
}

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

// startsName reports whether a lexicon person, organization or place
// starts at pos.
func (x *Extractor) startsName(s *scan, pos int) bool {
	for _, h := range s.starting(pos) {
		switch h.h.kind {
		case hitPerson, hitOrg, hitPlace:
			return true
		}
	}
	return false
}

// startsKnown reports whether a lexicon person, organization or place or a
// title word starts at pos.
func (x *Extractor) startsKnown(s *scan, pos int) bool {
	for _, h := range s.starting(pos) {
		switch h.h.kind {
		case hitPerson, hitOrg, hitPlace:
			return true
		case hitAffix:
			if k := x.affix(h.h).Kind; k == lexicon.TitleCore || k == lexicon.TitleQualifier {
				return true
			}
		}
	}
	return false
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

// resolve keeps the best of overlapping candidates and returns the kept ones
// in text order, with the occupancy of the text.
func resolve(cands []*cand, n int) ([]*cand, []bool) {
	sort.SliceStable(cands, func(i, j int) bool {
		a, b := cands[i], cands[j]
		if a.prio != b.prio {
			return a.prio > b.prio
		}
		if la, lb := a.end-a.start, b.end-b.start; la != lb {
			return la > lb
		}
		return a.start < b.start
	})
	used := make([]bool, n)
	var kept []*cand
	for _, c := range cands {
		if c.start < 0 || c.end > n || c.start >= c.end || overlaps(used, c.start, c.end) {
			continue
		}
		for i := c.start; i < c.end; i++ {
			used[i] = true
		}
		kept = append(kept, c)
	}
	sortByStart(kept)
	return kept, used
}

func overlaps(used []bool, start, end int) bool {
	for i := start; i < end; i++ {
		if used[i] {
			return true
		}
	}
	return false
}

func sortByStart(cs []*cand) {
	sort.SliceStable(cs, func(i, j int) bool {
		if cs[i].start != cs[j].start {
			return cs[i].start < cs[j].start
		}
		return cs[i].end > cs[j].end
	})
}

// Extract finds the entities of text (the working text: width-folded and
// Simplified, though Traditional works too) and returns them ordered by ID:
// people, organizations, administrations, then places, each in order of
// first mention.
func (x *Extractor) Extract(text string) []Entity {
	return x.extract(text)
}

func (x *Extractor) extract(text string) []Entity {
	s := x.scan(text)
	dotted := x.dottedCands(s)
	var cands []*cand
	cands = append(cands, x.lexiconCands(s)...)
	cands = append(cands, x.orgExtensionCands(s)...)
	cands = append(cands, dotted...)
	cands = append(cands, x.bracketCands(s, dotted)...)
	names := x.titleNameCands(s)
	if x.tagger != nil {
		// The tagger knows names better than the title rules do.
		for _, c := range names {
			c.prio = prioWeakName
		}
		for _, c := range cands {
			if c.run {
				c.prio = prioWeakName
			}
		}
		cands = append(cands, names...)
		cands = x.taggedCands(text, cands)
	} else {
		cands = append(cands, names...)
	}
	kept, used := resolve(cands, len(text))
	kept = x.findAgain(text, kept, used)
	admins := x.administrations(s, kept)
	return x.link(s, kept, admins)
}

// genericOrg reports whether a tagger's organization is a common noun of
// the lexicon (中心, 半导体厂, 联盟) rather than a name. A bare suffix such
// as 议会 or 委员会 stays: it usually means one body named before.
func (x *Extractor) genericOrg(text string, sp Span) bool {
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

// taggedCands adds the tagger's spans to cands. A tagger span wins over
// the places and organizations it strictly contains (北京市文化局 over 北京市,
// 中国致公党 over 中国) unless a stronger candidate crosses its edges.
func (x *Extractor) taggedCands(text string, cands []*cand) []*cand {
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
		// One-character spans are abbreviations (中美, 江主席): places and
		// people only.
		if !utf8.ValidString(text[sp.Start:sp.End]) || isASCIILetter(runeBefore(text, sp.Start)) ||
			(utf8.RuneCountInString(text[sp.Start:sp.End]) < 2 && sp.Type == Organization) {
			continue
		}
		if sp.Type == Organization && x.genericOrg(text, sp) {
			continue
		}
		if latin := strings.IndexFunc(text[sp.Start:sp.End], func(r rune) bool { return !isASCIILetter(r) }); latin < 0 && sp.End-sp.Start <= 2 ||
			latin > 0 && latin <= 2 && sp.Type == Organization {
			continue // AI; AI劳动力研究中心 (but IBM公司 stays)
		}
		t := newCand(sp.Start, sp.End, sp.Type, prioTagger)
		form := text[sp.Start:sp.End]
		switch sp.Type {
		case Person:
			t.person = x.exact(form, hitPerson)
		case Organization:
			t.org = x.exact(form, hitOrg)
		case Place:
			t.place = x.exact(form, hitPlace)
			if i, ok := x.lex.Abbrev[form]; ok && t.place < 0 {
				t.place = i // 华 is 中国
			}
		}
		contains, crossed, person, within := false, false, false, false
		for i := sort.SearchInts(starts, sp.Start-maxCandBytes); i < len(cands) && cands[i].start < sp.End; i++ {
			c := cands[i]
			if c.end <= sp.Start {
				continue
			}
			inside := c.start >= sp.Start && c.end <= sp.End && c.end-c.start < sp.End-sp.Start
			around := c.start <= sp.Start && c.end >= sp.End && c.end-c.start > sp.End-sp.Start
			switch {
			case around && c.typ == Place && c.prio >= prioPlace:
				within = true // 南 and 韩 inside the lexicon's 南韩
			case inside && (c.typ == Place || c.typ == Organization) && c.prio <= prioOrgExt:
				contains = true
			case inside && c.typ == Person && sp.Type == Person && x.weakName(c):
				contains, person = true, true
			case !inside && c.prio > prioTagger:
				crossed = true
			}
		}
		switch {
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

// findAgain adds the other occurrences of people's names that only a rule
// found (克拉茨奥斯 after 迈克尔·J·克拉茨奥斯); the lexicon finds its own.
func (x *Extractor) findAgain(text string, kept []*cand, used []bool) []*cand {
	type form struct {
		s   string
		src *cand
	}
	var forms []form
	seen := map[string]bool{}
	for _, c := range kept {
		if c.typ != Person || c.prio == prioPerson || c.prio == prioTagger || c.prio == prioTaggerName {
			continue // the lexicon and the tagger find their own repeats
		}
		for _, f := range []string{text[c.start:c.end], c.lastPart} {
			if utf8.RuneCountInString(f) >= 2 && !seen[f] {
				seen[f] = true
				forms = append(forms, form{f, c})
			}
		}
	}
	// Longer forms first, so a full name is not cut into its last part.
	sort.SliceStable(forms, func(i, j int) bool { return len(forms[i].s) > len(forms[j].s) })
	for _, f := range forms {
		for off := 0; ; {
			k := strings.Index(text[off:], f.s)
			if k < 0 {
				break
			}
			a, b := off+k, off+k+len(f.s)
			off = b
			if overlaps(used, a, b) || isDot(runeBefore(text, a)) || isDot(runeAt(text, b)) ||
				translit.has(runeBefore(text, a)) {
				continue
			}
			for i := a; i < b; i++ {
				used[i] = true
			}
			c := newCand(a, b, Person, f.src.prio)
			c.person = f.src.person
			c.key = "alias"
			c.adminOf = f.src // the mention it repeats; see link
			kept = append(kept, c)
		}
	}
	sortByStart(kept)
	return kept
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

// group is an entity being built.
type group struct {
	key   string
	typ   Type
	cands []*cand
}

// link groups mentions into entities and builds the result.
func (x *Extractor) link(s *scan, kept, admins []*cand) []Entity {
	text := s.text
	alias := map[string]string{}
	for _, c := range kept {
		switch {
		case c.key == "alias":
			// set below from the mention it repeats
		case c.typ == Person && c.person >= 0:
			c.key = "P:lex:" + x.lex.People[c.person].ID
		case c.typ == Person && c.lastPart != "":
			c.key = "P:name:" + foldString(c.lastPart)
		case c.typ == Person:
			c.key = "P:name:" + foldString(text[c.start:c.end])
		case c.typ == Organization && c.org >= 0:
			c.key = "O:lex:" + x.lex.Orgs[c.org].ID
		case c.typ == Organization:
			c.key = "O:name:" + foldString(text[c.start:c.end])
		case c.place >= 0:
			c.key = "L:lex:" + strconv.Itoa(c.place)
		default:
			c.key = "L:name:" + foldString(text[c.start:c.end])
		}
		if c.typ == Person && c.lastPart != "" {
			alias["P:name:"+foldString(c.lastPart)] = c.key
		}
	}
	for _, c := range kept {
		if c.key == "alias" {
			c.key = c.adminOf.key
			c.adminOf = nil
		}
	}
	// A bare body refers back to the last organization ending with it.
	for i, c := range kept {
		if !c.body {
			continue
		}
		form := text[c.start:c.end]
		for j := i - 1; j >= 0; j-- {
			p := kept[j]
			if p.typ == Organization && p.end-p.start > len(form) && strings.HasSuffix(text[p.start:p.end], form) {
				c.key = p.key
				break
			}
		}
	}
	for _, c := range kept {
		if k, ok := alias[c.key]; ok && k != c.key {
			c.key = k
		}
	}
	for _, a := range admins {
		a.key = "O:admin:" + a.adminOf.key
	}
	all := append(append([]*cand(nil), kept...), admins...)
	sortByStart(all)
	var groups []*group
	byKey := map[string]*group{}
	for _, c := range all {
		g := byKey[c.key]
		if g == nil {
			g = &group{key: c.key, typ: c.typ}
			byKey[c.key] = g
			groups = append(groups, g)
		}
		g.cands = append(g.cands, c)
	}
	// IDs are numbered per type; administrations have their own series
	// (A1, A2) so that the organizations an article names are O1, O2, …
	// without gaps wherever administrations are listed.
	ids := map[string]string{}
	count := map[string]int{}
	prefix := map[Type]string{Person: "P", Organization: "O", Place: "L"}
	for _, g := range groups {
		p := prefix[g.typ]
		if strings.HasPrefix(g.key, "O:admin:") {
			p = "A"
		}
		count[p]++
		ids[g.key] = p + strconv.Itoa(count[p])
	}
	personEnds := personEnds(kept)
	var out []Entity
	for _, g := range groups {
		e := x.entity(text, g, ids[g.key])
		if g.typ == Person {
			e.Titles = x.titles(s, g, personEnds)
		}
		for _, c := range g.cands {
			if c.adminOf != nil {
				e.LinkedPerson = ids[c.adminOf.key]
			}
		}
		out = append(out, e)
	}
	order := func(e Entity) int {
		switch {
		case e.Type == Person:
			return 0
		case e.LinkedPerson != "":
			return 2
		case e.Type == Organization:
			return 1
		}
		return 3
	}
	sort.SliceStable(out, func(i, j int) bool { return order(out[i]) < order(out[j]) })
	return out
}

func foldString(s string) string {
	return strings.Map(fold, s)
}

// entity builds the Entity of a group: mentions, name, Simplified, English.
func (x *Extractor) entity(text string, g *group, id string) Entity {
	e := Entity{ID: id, Type: g.typ}
	var full *cand
	for _, c := range g.cands {
		e.Mentions = append(e.Mentions, Mention{Start: c.start, End: c.end, Text: text[c.start:c.end]})
		if full == nil || utf8.RuneCountInString(text[c.start:c.end]) > utf8.RuneCountInString(text[full.start:full.end]) {
			full = c
		}
	}
	e.Name = text[full.start:full.end]
	for i, m := range e.Mentions {
		if m.Start == full.start && m.End == full.end {
			e.NameMention = i
			break
		}
	}
	e.Simplified = e.Name
	if x.simplify != nil {
		e.Simplified = x.simplify(e.Name)
	}
	for _, c := range g.cands {
		if c.english != "" && e.English == "" {
			e.English = c.english
		}
	}
	switch {
	case g.typ == Person:
		if p := firstIndex(g.cands, func(c *cand) int { return c.person }); p >= 0 {
			lp := x.lex.People[p]
			e.LexiconID = lp.ID
			e.English = withInitials(lp.English, " ", full.initials, ".", lp.English)
			switch {
			case strings.ContainsFunc(e.Name, isDot):
				e.Simplified = withInitials(lp.Full, "·", full.initials, "", lp.Full)
			case lp.Short != "":
				e.Simplified = lp.Short
			default:
				e.Simplified = lp.Full
			}
		}
	case g.typ == Organization:
		if o := firstIndex(g.cands, func(c *cand) int { return c.org }); o >= 0 {
			e.LexiconID = x.lex.Orgs[o].ID
			e.English = x.lex.Orgs[o].English
		}
	case g.typ == Place:
		if p := firstIndex(g.cands, func(c *cand) int { return c.place }); p >= 0 {
			e.English = x.lex.Places[p].English
		}
	}
	return e
}

func firstIndex(cs []*cand, f func(*cand) int) int {
	for _, c := range cs {
		if i := f(c); i >= 0 {
			return i
		}
	}
	return -1
}

// withInitials inserts the initials that name lacks before its last part
// (parts joined by sep): "Marco Rubio" + A → "Marco A. Rubio".
func withInitials(name, sep string, initials []string, mark, known string) string {
	parts := strings.Split(name, sep)
	if len(parts) < 2 || len(initials) == 0 {
		return name
	}
	var add []string
	for _, in := range initials {
		if !strings.Contains(known, in) {
			add = append(add, in+mark)
		}
	}
	if len(add) == 0 {
		return name
	}
	out := append(append(append([]string(nil), parts[:len(parts)-1]...), add...), parts[len(parts)-1])
	return strings.Join(out, sep)
}

// personEnds returns the end offsets of all person mentions, sorted.
func personEnds(kept []*cand) []int {
	var ends []int
	for _, c := range kept {
		if c.typ == Person {
			ends = append(ends, c.end)
		}
	}
	sort.Ints(ends)
	return ends
}

// titleSeparators join the titles of one person (总统科技事务助理、白宫…主任;
// 科技助理兼…特别顾问).
const titleSeparators runeSet = "、兼暨/／"

// titles collects the titles written before the group's mentions.
func (x *Extractor) titles(s *scan, g *group, ends []int) []Title {
	var out []Title
	seen := map[string]bool{}
	for _, c := range g.cands {
		stop := 0
		if i := sort.SearchInts(ends, c.start+1); i > 0 {
			stop = ends[i-1] // the last person mention ending at or before c
		}
		for _, t := range x.titlesBefore(s, c.start, stop) {
			if !seen[t.Text] {
				seen[t.Text] = true
				out = append(out, t)
			}
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// titlesBefore reads the chain of titles that ends at pos, not crossing stop.
func (x *Extractor) titlesBefore(s *scan, pos, stop int) []Title {
	text := s.text
	type piece struct{ start, end int }
	var pieces []piece
	end := pos
	for end > stop {
		core, ok := x.affixAt(s, end, true, lexicon.TitleCore)
		if !ok {
			break
		}
		p := end
		for n := 0; p > stop && n < 24; n++ {
			r, size := utf8.DecodeLastRuneInString(text[:p])
			if !isHan(r) || stopChars.has(r) || titleSeparators.has(r) {
				break
			}
			p -= size
		}
		if p > core.start {
			p = core.start
		}
		pieces = append(pieces, piece{p, end})
		r, size := utf8.DecodeLastRuneInString(text[:p])
		if p <= stop || !titleSeparators.has(r) {
			break
		}
		end = p - size
	}
	if len(pieces) == 0 {
		return nil
	}
	// The leftmost piece has no separator before it: it starts at its first
	// place, organization or title word (会见美国总统 → 美国总统).
	first := &pieces[len(pieces)-1]
	anchor := -1
	for p := first.start; p < first.end; p++ {
		for _, h := range s.starting(p) {
			if h.end > first.end {
				continue
			}
			switch h.h.kind {
			case hitPlace, hitOrg, hitAffix:
				if h.h.kind == hitAffix {
					if k := x.affix(h.h).Kind; k != lexicon.TitleCore && k != lexicon.TitleQualifier {
						continue
					}
				}
				anchor = p
			}
			if anchor >= 0 {
				break
			}
		}
		if anchor >= 0 {
			break
		}
	}
	if anchor > first.start {
		first.start = anchor
	}
	var out []Title
	for i := len(pieces) - 1; i >= 0; i-- {
		pc := pieces[i]
		t := Title{Start: pc.start, End: pc.end}
		if q, ok := x.affixAt(s, pc.start, false, lexicon.TitleQualifier); ok && q.end < pc.end {
			t.Qualifier = text[q.start:q.end]
			t.Start = q.end
		}
		t.Text = text[t.Start:t.End]
		if utf8.RuneCountInString(t.Text) >= 2 {
			out = append(out, t)
		}
	}
	return out
}
