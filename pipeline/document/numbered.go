package document

import (
	"strings"
	"unicode/utf8"
)

// numberedReports finds reports named by their issuer and number
// without brackets: 審計署署長第六十四號報告書, 某委員會第3/24-25號報告:
// 第 and a number (digits or Chinese numerals, / and - inside), 號, and
// 報告書 or 報告, the issuer running back over Han characters to
// punctuation, a stop word or a word that cannot be part of a name. A
// number without an issuer (的第5號報告) names no document here.
func numberedReports(f string, words Words) []candidate {
	var out []candidate
	for pos := 0; ; {
		k := index(f[pos:], "号报告")
		if k < 0 {
			break
		}
		at := pos + k
		pos = at + len("号报告")
		end := pos
		if strings.HasPrefix(f[end:], "书") {
			end += len("书")
		} else if r, _ := utf8.DecodeRuneInString(f[end:]); strings.ContainsRune("会厅人团员局处室组", r) {
			continue // 第3號報告會: a meeting
		}
		// The number, back to 第.
		j, digits := at, 0
		for j > 0 {
			r, n := utf8.DecodeLastRuneInString(f[:j])
			if !isNumeral(r) && r != '/' && r != '-' {
				break
			}
			if isNumeral(r) {
				digits++
			}
			j -= n
		}
		if digits == 0 || !strings.HasSuffix(f[:j], "第") {
			continue
		}
		j -= len("第")
		// The issuer.
		s, runes := j, 0
		floor := wordFloor(f, words, j, false)
		for s > floor && !stopAt(f, s) && runes < maxBareName {
			r, n := utf8.DecodeLastRuneInString(f[:s])
			if !isHan(r) {
				break
			}
			s -= n
			runes++
		}
		if runes < 2 || cutsWord(words, s) {
			continue
		}
		out = append(out, candidate{start: s, end: end, ts: s, te: end, kind: BareTitle, docKind: "report"})
	}
	return out
}
