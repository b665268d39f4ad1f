package entity

import (
	"unicode"
	"unicode/utf8"

	"github.com/zhpipe/zhpipe/dict/lexicon"
)

// cleanSpan mends or rejects a tagger's span before it competes with the
// rules: it drops the spaces at its edges (李华 followed by a space), a
// weekday glued to a name (耿爽周 before 三), a style before a name
// (拿督斯里 of 拿督斯里阿末), and rejects a name that a title word crosses
// (拿督斯 of 拿督斯里) or that starts with a weekday (周一已).
func (x *Extractor) cleanSpan(s *scan, sp Span) (Span, bool) {
	text := s.text
	for sp.Start < sp.End {
		r, size := utf8.DecodeRuneInString(text[sp.Start:])
		if !unicode.IsSpace(r) {
			break
		}
		sp.Start += size
	}
	for sp.End > sp.Start {
		r, size := utf8.DecodeLastRuneInString(text[:sp.End])
		if !unicode.IsSpace(r) {
			break
		}
		sp.End -= size
	}
	if sp.Start >= sp.End {
		return sp, false
	}
	// A title word that starts in a name and ends after it. (An
	// organization or place before a title stays: MSRA and People's Daily
	// read 外交部 in 外交部长 and 加利福尼亚州 in 加利福尼亚州长.)
	for p := sp.Start; p < sp.End && sp.Type == Person; {
		_, size := utf8.DecodeRuneInString(text[p:])
		for _, h := range s.starting(p) {
			if a := x.affix(h.h); a != nil && isTitleKind(a.Kind) && h.end > sp.End {
				return sp, false
			}
		}
		p += size
	}
	if sp.Type == Person {
		form := text[sp.Start:sp.End]
		last, lastSize := utf8.DecodeLastRuneInString(form)
		first, _ := utf8.DecodeRuneInString(form)
		switch {
		case placeEnds.has(last) && utf8.RuneCountInString(form) >= 3 && sp.End-lastSize > sp.Start:
			sp.Type = Place // 罗彼得罗夫斯克州: a place's name ends so, a person's does not
			return sp, true
		case translitFollows(text, sp.End) && allTranslit(form) && utf8.RuneCountInString(form) == 2:
			return sp, false // 伊莎 of 伊莎贝拉: the start of a longer transliteration
		case stopChars.has(first) && x.surnameLen(text, sp.Start) == 0 && utf8.RuneCountInString(form) <= 2:
			return sp, false // 让和 of 让和平
		}
		if weekdayAt(text, sp.Start) && weekdayOnly(text[sp.Start:sp.End]) {
			return sp, false // 周日, 周一已; but 周一良 is a name
		}
		if r, size := utf8.DecodeLastRuneInString(text[:sp.End]); (r == '周' || r == '週') && weekdayAt(text, sp.End-size) && sp.End-size > sp.Start {
			sp.End -= size
		}
		for _, h := range s.starting(sp.Start) {
			if a := x.affix(h.h); a != nil && a.Kind == lexicon.TitleStyle && h.end < sp.End && h.end > sp.Start {
				sp.Start = h.end
			}
		}
	}
	if sp.Type == Place {
		// 俄莫斯科州: a country's one-character abbreviation glued to a
		// place of the lexicon is no part of it.
		r, size := utf8.DecodeRuneInString(text[sp.Start:])
		if _, ok := x.lex.Abbrev[string(r)]; ok && sp.Start+size < sp.End && x.startsPlace(s, sp.Start+size) {
			sp.Start += size
		}
	}
	return sp, true
}

// placeEnds end the names of administrative areas (州, 省, 县 ...), never a
// person's (市 is left out: 村山富市).
const placeEnds runeSet = "州省县縣区區镇鎮乡鄉"

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
