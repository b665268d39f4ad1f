package entity

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zhpipe/zhpipe/dict/lexicon"
)

// cleanSpan mends or rejects a tagger's span before it competes with the
// rules: it drops the spaces and punctuation at its edges (李华 followed by a
// space, “美商会), rejects a span with unpaired brackets, and drops a
// weekday glued to a name (耿爽周 before 三), a style before a name
// (拿督斯里 of 拿督斯里阿末), and rejects a name that a title word crosses
// (拿督斯 of 拿督斯里) or that starts with a weekday (周一已).
func (x *Extractor) cleanSpan(s *scan, sp Span) (Span, bool) {
	text := s.text
	// Spaces at the edges go; punctuation too, while the span's brackets and
	// quotes do not pair (“美商会 → 美商会; “幸福工程”组委会 stays).
	for sp.Start < sp.End {
		r, size := utf8.DecodeRuneInString(text[sp.Start:])
		if !unicode.IsSpace(r) && (!unicode.IsPunct(r) || balanced(text[sp.Start:sp.End])) {
			break
		}
		sp.Start += size
	}
	for sp.End > sp.Start {
		r, size := utf8.DecodeLastRuneInString(text[:sp.End])
		if !unicode.IsSpace(r) && (!unicode.IsPunct(r) || balanced(text[sp.Start:sp.End])) {
			break
		}
		sp.End -= size
	}
	if sp.Start >= sp.End || !balanced(text[sp.Start:sp.End]) {
		return sp, false // ABC）北京办事处, 美国《东海日报
	}

	// A Latin word cut out of a longer one (Honol of Honolulu).
	if isASCIILetter(runeAt(text, sp.Start)) && isASCIILetter(runeBefore(text, sp.Start)) ||
		isASCIILetter(runeBefore(text, sp.End)) && isASCIILetter(runeAt(text, sp.End)) {
		return sp, false
	}
	// A gloss: a Latin span inside brackets of Latin only after a Chinese
	// name, its original (檀香山,夏威夷州(Honolulu, Hawaii)).
	if inLatinGloss(text, sp) {
		return sp, false
	}
	// A Latin word inside a Latin phrase (States of "the United States").
	if latinWord(text[sp.Start:sp.End]) && (latinNeighbour(runeBefore(text, sp.Start), runeBefore(text, sp.Start-1)) ||
		latinNeighbour(runeAt(text, sp.End), runeAt(text, sp.End+1))) {
		return sp, false
	}
	// Part of a law's title: 《国安法》.
	if runeBefore(text, sp.Start) == '《' && runeAt(text, sp.End) == '法' {
		return sp, false
	}
	// A title word that starts in a name and ends after it. (An
	// organization or place before a title stays: MSRA and People's Daily
	// read 外交部 in 外交部长 and 加利福尼亚州 in 加利福尼亚州长.)
	for p := sp.Start; p < sp.End && sp.Type == Person; {
		_, size := utf8.DecodeRuneInString(text[p:])
		for _, h := range s.starting(p) {
			if h.h.kind == hitAffix && isTitleKind(h.h.akind) && h.end > sp.End {
				return sp, false
			}
		}
		p += size
	}
	// The original of a name in brackets after it: 贝森特（Scott Bessent）.
	if latinWord(strings.ReplaceAll(text[sp.Start:sp.End], " ", "")) && strings.ContainsRune("（(", runeBefore(text, sp.Start)) &&
		x.nameEndsAt(s, sp.Start-utf8.RuneLen(runeBefore(text, sp.Start))) {
		return sp, false
	}
	if sp.Type == Person {
		form := text[sp.Start:sp.End]
		if x.exact(form, hitPlace) >= 0 && dateline(text, sp.End) {
			sp.Type = Place // 华盛顿5日专电: a dateline's place
			return sp, true
		}
		last, lastSize := utf8.DecodeLastRuneInString(form)
		first, _ := utf8.DecodeRuneInString(form)
		switch {
		case placeEnds.has(last) && utf8.RuneCountInString(form) >= 3 && sp.End-lastSize > sp.Start,
			allHan(form) && hasSuffixAny(form, translitPlaceEnds) && utf8.RuneCountInString(form) >= 4:
			sp.Type = Place // 罗彼得罗夫斯克(州): a place's name ends so, a person's does not
			return sp, true
		case translitFollows(text, sp.End) && allTranslit(form) && utf8.RuneCountInString(form) == 2:
			return sp, false // 伊莎 of 伊莎贝拉: the start of a longer transliteration
		case stopChars.has(first) && x.surnameLen(text, sp.Start) == 0 && utf8.RuneCountInString(form) <= 2:
			return sp, false // 让和 of 让和平
		case s.wordTail(sp.Start):
			return sp, false // 程丹江 of 工程/n 丹江口: the name's first character ends a word
		case numeralChars.has(last) && numeralNext(text, sp.End):
			return sp, false // 雷霆二 of 雷霆二〇二五: a code name and its year
		}
		if r, size := utf8.DecodeLastRuneInString(form); nameTailAdverbs.has(r) && utf8.RuneCountInString(form) >= 3 && s.ownWord(sp.End-size, sp.End) {
			sp.End -= size // 林郑又 of 林郑又说: the adverb after the name
			form = text[sp.Start:sp.End]
		}
		if weekdayAt(text, sp.Start) && weekdayOnly(text[sp.Start:sp.End]) {
			return sp, false // 周日, 周一已; but 周一良 is a name
		}
		if r, size := utf8.DecodeLastRuneInString(text[:sp.End]); (r == '周' || r == '週') && weekdayAt(text, sp.End-size) && sp.End-size > sp.Start {
			sp.End -= size
		}
		for _, h := range s.starting(sp.Start) {
			if h.h.kind == hitAffix && h.h.akind == lexicon.TitleStyle && h.end < sp.End && h.end > sp.Start {
				sp.Start = h.end
			}
		}
		// 斯里法迪拉 of 拿督斯里法迪拉: a style that starts before the
		// span and ends inside it.
		for p := sp.Start; p < sp.End; {
			_, size := utf8.DecodeRuneInString(text[p:])
			p += size
			for _, h := range s.ending(p) {
				if h.h.kind == hitAffix && h.h.akind == lexicon.TitleStyle && h.start < sp.Start && h.end < sp.End {
					sp.Start = h.end
				}
			}
		}
	}
	if sp.Type == Organization {
		// One character glued before a known organization that ends the
		// span (问波音公司, 深民主党): the organization alone; but not a
		// country's abbreviation (中国民主党, 乌国防部), an administrative
		// level (省社科院) or a name's start.
		r, size := utf8.DecodeRuneInString(text[sp.Start:])
		_, abbrev := x.lex.Abbrev[string(r)]
		if !abbrev && !translit.has(r) && !orgQualifiers.has(r) && !x.startsKnown(s, sp.Start) && x.orgSpans(s, sp.Start+size, sp.End) {
			sp.Start += size
		}
		// 国安会会同: a known organization with its last character twice.
		last, size := utf8.DecodeLastRuneInString(text[:sp.End])
		if e := sp.End - size; e > sp.Start && runeBefore(text, e) == last && x.knownOrg(s, text[sp.Start:e]) {
			sp.End = e
		}
	}
	if sp.Type == Organization {
		var ok bool
		if sp, ok = x.orgBeforeTitle(s, sp); !ok {
			return sp, false
		}
		if sp, ok = s.fitWords(sp); !ok || !balanced(text[sp.Start:sp.End]) || x.clauseInOrg(s, sp) {
			return sp, false
		}
		if hasSuffixAny(text[sp.Start:sp.End], lawHeads) {
			return sp, false // 国家安全法 of 《国家安全法》: a law
		}
	}
	if sp.Type == Place {
		// 彻斯特广场 of 曼彻斯特广场: a place of the lexicon that the span cuts
		// at its start is part of it.
		if st := x.placeCutAt(s, sp); st >= 0 {
			sp.Start = st
		}
		// 俄莫斯科州: a country's one-character abbreviation glued to a
		// place of the lexicon is no part of it.
		r, size := utf8.DecodeRuneInString(text[sp.Start:])
		if _, ok := x.lex.Abbrev[string(r)]; ok && sp.Start+size < sp.End && x.startsPlace(s, sp.Start+size) {
			sp.Start += size
		}
		// 广东连州市: a province of the lexicon, then a city or county of
		// it; the lexicon finds the province, the span keeps the city.
		for _, h := range s.starting(sp.Start) {
			if h.h.kind != hitPlace || h.end >= sp.End || x.lex.Places[h.h.idx].Kind != lexicon.Province {
				continue
			}
			rest := text[h.end:sp.End]
			if last, _ := utf8.DecodeLastRuneInString(rest); utf8.RuneCountInString(rest) >= 3 && (placeEnds.has(last) || last == '市') {
				sp.Start = h.end
				break
			}
		}
	}
	return sp, true
}

// orgQualifiers name the level or place of an organization when they stand
// before its name (省社科院, 市政府).
var orgQualifiers = newRuneSet("省市县縣区區州乡鄉镇鎮村国國中华華全总總")

// balanced reports whether the brackets and title marks in s are paired
// (东山矿业（集团）公司 is; ABC）北京办事处 is not).
func balanced(s string) bool {
	depth := 0
	for _, r := range s {
		switch r {
		case '（', '(', '《', '〈', '「', '『', '“', '[', '【':
			depth++
		case '）', ')', '》', '〉', '」', '』', '”', ']', '】':
			depth--
			if depth < 0 {
				return false
			}
		}
	}
	return depth == 0
}

// latinWord reports whether s is made of ASCII letters only.
func latinWord(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isASCIILetter(rune(s[i])) {
			return false
		}
	}
	return s != ""
}

// latinNeighbour reports whether a space then a Latin letter stand next to
// a span (the neighbour and the one beyond it, in reading direction away
// from the span); an initial's full stop counts as a letter (K. Gershon).
func latinNeighbour(next, beyond rune) bool {
	return next == ' ' && (isASCIILetter(beyond) || beyond == '.')
}

// placeEnds end the names of administrative areas (州, 省, 县 ...), never a
// person's (市 is left out: 村山富市).
var placeEnds = newRuneSet("州省县縣区區镇鎮乡鄉")

// translitPlaceEnds end transliterated names of places, not of people, in
// names of four characters or more: -sk (鄂木斯克; but 马斯克 is Musk),
// -grad (列宁格勒), -burg (叶卡捷琳堡).
var translitPlaceEnds = []string{"斯克", "格勒", "堡"}

// translitFollows reports whether two more transliteration characters
// follow at i, with no stop word (卡特 + 里娜, not 克林顿 + 希望).
func translitFollows(text string, i int) bool {
	r, size := utf8.DecodeRuneInString(text[i:])
	return translit.has(r) && translit.has(runeAt(text, i+size)) && !hasStopWord(text[i:])
}

// allTranslit reports whether every rune of s is a transliteration character.
func allTranslit(s string) bool {
	for _, r := range s {
		if !translit.has(r) {
			return false
		}
	}
	return s != ""
}

// knownOrg reports whether form is an organization of the lexicon, a
// government body, or a bare name the text's region reads as one body.
func (x *Extractor) knownOrg(s *scan, form string) bool {
	if x.exact(form, hitOrg) >= 0 {
		return true
	}
	if _, ok := x.lex.Regional[form][s.region]; ok && s.region != "" {
		return true
	}
	body := false
	x.trie.matchAt(form, 0, func(end int, hs []hit) {
		for _, h := range hs {
			if end == len(form) && h.kind == hitAffix && x.affix(h).Kind == lexicon.OrgBody {
				body = true
			}
		}
	})
	return body
}

// orgSpans reports whether a lexicon organization spans exactly start:end.
func (x *Extractor) orgSpans(s *scan, start, end int) bool {
	for _, h := range s.starting(start) {
		if h.end == end && h.h.kind == hitOrg {
			return true
		}
	}
	return false
}

// nameEndsAt reports whether a person of the lexicon, or a transliterated
// name run, ends at pos.
func (x *Extractor) nameEndsAt(s *scan, pos int) bool {
	for _, h := range s.ending(pos) {
		if h.h.kind == hitPerson {
			return true
		}
	}
	_, n := translitRunBack(s.text, pos, 6)
	return n >= 2
}

// startsPlace reports whether a lexicon place of two or more runes starts at pos.
func (x *Extractor) startsPlace(s *scan, pos int) bool {
	for _, h := range s.starting(pos) {
		if h.h.kind == hitPlace && utf8.RuneCountInString(s.text[h.start:h.end]) >= 2 {
			return true
		}
	}
	return false
}

// weekdayOnly reports whether s, which starts with a weekday, is no more
// than the weekday and function words (周一, 周一已).
func weekdayOnly(s string) bool {
	for i, r := range s {
		if i >= len("周一") && !stopChars.has(r) {
			return false
		}
	}
	return true
}

// lawHeads end the names of laws, which a tagger may read as organizations
// inside their titles (《国家安全法》, 《维护国家安全条例》).
var lawHeads = []string{"法", "法案", "条例", "條例"}

// orgBeforeTitle mends a tagger's organization that is part of a title: it
// starts with a title's qualifier (前, 时任), a title word follows it, and
// no organization's head ends it (前入境处总入境事务 of 前入境处总入境事务
// 主任: 入境处 is the body, the rest the title). The span becomes the known organization
// after the qualifier, or is dropped when there is none.
func (x *Extractor) orgBeforeTitle(s *scan, sp Span) (Span, bool) {
	text := s.text
	q, ok := x.affixAt(s, sp.Start, false, lexicon.TitleQualifier)
	if !ok || q.end >= sp.End {
		return sp, true
	}
	if _, ok := x.affixAt(s, sp.End, false, lexicon.TitleCore); !ok || x.orgHeadEndsAt(s, sp.Start, sp.End) {
		return sp, true
	}
	start := q.end
	best := -1
	for _, h := range s.starting(start) {
		if h.end < sp.End && h.end > best && (h.h.kind == hitOrg || x.knownOrg(s, text[h.start:h.end])) {
			best = h.end
		}
	}
	if best < 0 {
		return sp, false
	}
	return Span{Start: start, End: best, Type: sp.Type}, true
}

// orgHeadEndsAt reports whether an organization of the lexicon, or an
// organization suffix, unit or body, ends at end after start.
func (x *Extractor) orgHeadEndsAt(s *scan, start, end int) bool {
	for _, h := range s.ending(end) {
		if h.start < start {
			continue
		}
		if h.h.kind == hitOrg {
			return true
		}
		if a := x.affix(h.h); a != nil {
			switch a.Kind {
			case lexicon.OrgSuffix, lexicon.OrgSubunit, lexicon.OrgBody:
				return true
			}
		}
	}
	return false
}

// placeCutAt returns the start of a place of the lexicon (two runes or
// more) that starts before a tagger's span and ends inside it (曼彻斯特 of
// 彻斯特广场), or -1. When another place ends where the span starts, the
// span follows it and cuts nothing (江苏 + 丹阳 is no 苏丹 + 阳).
func (x *Extractor) placeCutAt(s *scan, sp Span) int {
	for _, h := range s.ending(sp.Start) {
		if h.h.kind == hitPlace && utf8.RuneCountInString(s.text[h.start:h.end]) >= 2 {
			return -1
		}
	}
	k := s.firstStarting(sp.Start)
	for i := k - 1; i >= 0 && sp.Start-s.hits[i].start <= maxCandBytes; i-- {
		h := s.hits[i]
		if h.h.kind == hitPlace && h.end > sp.Start && h.end < sp.End && utf8.RuneCountInString(s.text[h.start:h.end]) >= 2 {
			return h.start
		}
	}
	return -1
}

// inLatinGloss reports whether a span of Latin letters lies inside brackets
// that hold no Chinese and follow a Chinese character: the original of the
// names before them (檀香山,夏威夷州(Honolulu, Hawaii)).
func inLatinGloss(text string, sp Span) bool {
	if !isASCIILetter(runeAt(text, sp.Start)) {
		return false
	}
	open := -1
	for i := sp.Start; i > 0; {
		r, size := utf8.DecodeLastRuneInString(text[:i])
		i -= size
		if r == '(' || r == '（' {
			open = i
			break
		}
		if isHan(r) || r == ')' || r == '）' || i < sp.Start-maxCandBytes {
			return false
		}
	}
	if open < 0 || !isHan(runeBefore(text, open)) {
		return false
	}
	for i := sp.Start; i < len(text) && i < sp.End+maxCandBytes; {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == ')' || r == '）' {
			return true
		}
		if isHan(r) || r == '(' || r == '（' {
			return false
		}
		i += size
	}
	return false
}

// nameTailAdverbs are adverbs that a tagger's name may swallow from the
// clause after it (林郑又说, 王小明也表示).
var nameTailAdverbs = newRuneSet("又也就还還都则則并並已亦")

// numeralNext reports whether a digit or a Chinese numeral (〇, 二…)
// starts at i.
func numeralNext(text string, i int) bool {
	r := runeAt(text, i)
	return r >= '0' && r <= '9' || r >= '０' && r <= '９' || numeralChars.has(r) || r == '○'
}
