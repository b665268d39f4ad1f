package document

import (
	"strings"
	"unicode/utf8"
)

// statementTitle finds the title of a statement page: a text that opens
// with a block of header lines (short, no sentence inside) holding a
// date and ending in the line that says who makes the statement
// (國務卿某某發表聲明, 某部的聲明), before the body. The title is the
// longest header line above that line that is not a date and is written
// in Han characters only, of ten characters or more (the issuer's lines,
// 某國國務院 or a place with its English name, are shorter or mixed).
func statementTitle(f string, lines []lineSpan) []candidate {
	date, best := false, -1
	for q, l := range lines {
		if q > 10 {
			break
		}
		h := f[l.s:l.e]
		if !headerLine(h) {
			break
		}
		if dateLine(h) {
			date = true
			continue
		}
		if strings.HasSuffix(h, "声明") && q > 0 {
			if !date || best < 0 || q+1 >= len(lines) || headerLine(f[lines[q+1].s:lines[q+1].e]) {
				return nil // no date, no title, or no body right after
			}
			b := lines[best]
			return []candidate{{start: b.s, end: b.e, ts: b.s, te: b.e, kind: LineTitle, docKind: "announcement"}}
		}
		n := utf8.RuneCountInString(h)
		if n < 10 || !allHan(h) {
			continue
		}
		if best < 0 || n > utf8.RuneCountInString(f[lines[best].s:lines[best].e]) {
			best = q
		}
	}
	return nil
}

// allHan reports whether s is made of Han characters only.
func allHan(s string) bool {
	for _, r := range s {
		if !isHan(r) {
			return false
		}
	}
	return s != ""
}
