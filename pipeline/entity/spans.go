package entity

import (
	"unicode"
	"unicode/utf8"

	"github.com/zhpipe/zhpipe/dict/lexicon"
)

// cleanSpan mends or rejects a tagger's span before it competes with the
// rules: it drops the spaces at its edges (李华 followed by a space), a
// weekday glued to a name (耿爽周 before 三), a style before a name
// (拿督斯里 of 拿督斯里莫哈), and rejects a name that a title word crosses
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
	return sp, true
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
