package order

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// DateSpan is a normalized date expression in the text, as the timex stage
// gives it: text[Start:End] is the expression and Value its ISO-8601 value
// (2025-01-23, 2025-01, 2025).
type DateSpan struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Value string `json:"value"`
}

// Patterns of the built-in fallback date parser; the timex stage replaces
// it when the caller passes date spans.
var (
	reDateArabic  = regexp.MustCompile(`([0-9０-９]{4})\s*年\s*([0-9０-９]{1,2})\s*月(?:\s*([0-9０-９]{1,2})\s*[日号號])?`)
	reDateChinese = regexp.MustCompile(`([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月(?:([一二三四五六七八九十]{1,3})[日号號])?`)
	reDateISO     = regexp.MustCompile(`([0-9]{4})[-/.]([0-9]{1,2})[-/.]([0-9]{1,2})`)
)

// findDates is the fallback date parser: full dates and year-months in
// Arabic or Chinese numerals, and YYYY-MM-DD / YYYY/M/D. Invalid calendar
// dates (2月30日) are skipped. The result is sorted by Start.
func findDates(text string) []DateSpan {
	var out []DateSpan
	add := func(s, e int, y, m, d int, hasDay bool) {
		if m < 1 || m > 12 || y < 1 {
			return
		}
		v := pad(y, 4) + "-" + pad(m, 2)
		if hasDay {
			t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
			if d < 1 || t.Day() != d {
				return
			}
			v += "-" + pad(d, 2)
		}
		out = append(out, DateSpan{Start: s, End: e, Value: v})
	}
	for _, m := range near(text, "年", 4*3+2, 40, reDateArabic, isDigitOrSpace, nil) {
		if digitBefore(text, m[0]) {
			continue
		}
		y, _ := strconv.Atoi(asciiDigits(text[m[2]:m[3]]))
		mo, _ := strconv.Atoi(asciiDigits(text[m[4]:m[5]]))
		d := 0
		if m[6] >= 0 {
			d, _ = strconv.Atoi(asciiDigits(text[m[6]:m[7]]))
		}
		add(m[0], m[1], y, mo, d, m[6] >= 0)
	}
	for _, m := range near(text, "年", 4*3, 40, reDateChinese, func(r rune) bool { return cnDigit(r) >= 0 }, nil) {
		y := 0
		for _, r := range text[m[2]:m[3]] {
			y = y*10 + cnDigit(r)
		}
		mo, ok := cnNumber(text[m[4]:m[5]])
		if !ok {
			continue
		}
		d := 0
		if m[6] >= 0 {
			if d, ok = cnNumber(text[m[6]:m[7]]); !ok {
				continue
			}
		}
		add(m[0], m[1], y, mo, d, m[6] >= 0)
	}
	for _, m := range isoCandidates(text) {
		if digitBefore(text, m[0]) || (m[1] < len(text) && text[m[1]] >= '0' && text[m[1]] <= '9') {
			continue
		}
		y, _ := strconv.Atoi(text[m[2]:m[3]])
		mo, _ := strconv.Atoi(text[m[4]:m[5]])
		d, _ := strconv.Atoi(text[m[6]:m[7]])
		add(m[0], m[1], y, mo, d, true)
	}
	sortDates(out)
	return out
}

// near runs re, which must match starting at most back bytes before an
// occurrence of anchor and within ahead bytes after it, only around the
// anchors: the regexp engine is slow on long Han text, and dates are rare.
// When before is not nil, the rune before the anchor must satisfy it;
// when after is not nil, the text after the anchor must (a cheap test
// that re, which must then start with the anchor, cannot match
// otherwise).
// Matches are returned as FindAllStringSubmatchIndex would, in order,
// without overlaps.
func near(text, anchor string, back, ahead int, re *regexp.Regexp, before func(rune) bool, after func(string) bool) [][]int {
	var out [][]int
	done := 0
	for pos := 0; ; {
		k := strings.Index(text[pos:], anchor)
		if k < 0 {
			break
		}
		a := pos + k
		pos = a + len(anchor)
		if r, _ := utf8.DecodeLastRuneInString(text[:a]); before != nil && !before(r) {
			continue
		}
		if after != nil && !after(text[pos:]) {
			continue
		}
		lo := max(done, a-back)
		for lo > 0 && lo < len(text) && !utf8.RuneStart(text[lo]) {
			lo++
		}
		hi := min(len(text), pos+ahead)
		for hi < len(text) && !utf8.RuneStart(text[hi]) {
			hi++
		}
		if lo > a {
			continue
		}
		m := re.FindStringSubmatchIndex(text[lo:hi])
		if m == nil || lo+m[0] > a {
			continue
		}
		for i := range m {
			if m[i] >= 0 {
				m[i] += lo
			}
		}
		out = append(out, m)
		done = m[1]
		if pos < done {
			pos = done
		}
	}
	return out
}

// isoCandidates finds YYYY-MM-DD and YYYY/M/D dates.
func isoCandidates(text string) [][]int {
	var out [][]int
	for i := 4; i < len(text); i++ {
		c := text[i]
		if c != '-' && c != '/' && c != '.' {
			continue
		}
		if !isDigits(text[i-4 : i]) {
			continue
		}
		hi := min(len(text), i+7)
		if m := reDateISO.FindStringSubmatchIndex(text[i-4 : hi]); m != nil && m[0] == 0 {
			for j := range m {
				m[j] += i - 4
			}
			out = append(out, m)
			i = m[1] - 1
		}
	}
	return out
}

func isDigitOrSpace(r rune) bool {
	return (r >= '0' && r <= '9') || (r >= '０' && r <= '９') || r == ' ' || r == '\t' || r == '\u3000'
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func sortDates(d []DateSpan) {
	for i := 1; i < len(d); i++ {
		for j := i; j > 0 && d[j].Start < d[j-1].Start; j-- {
			d[j], d[j-1] = d[j-1], d[j]
		}
	}
}

func digitBefore(text string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return (r >= '0' && r <= '9') || (r >= '０' && r <= '９')
}

func pad(n, width int) string {
	s := strconv.Itoa(n)
	for len(s) < width {
		s = "0" + s
	}
	return s
}

// asciiDigits folds full-width digits to ASCII.
func asciiDigits(s string) string {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		switch {
		case r >= '０' && r <= '９':
			b = append(b, byte('0'+r-'０'))
		default:
			b = utf8.AppendRune(b, r)
		}
	}
	return string(b)
}

// cnDigit returns the value of a Chinese digit, or -1.
func cnDigit(r rune) int {
	switch r {
	case '〇', '○', '零':
		return 0
	case '一', '壹':
		return 1
	case '二', '两', '兩', '贰', '貳':
		return 2
	case '三', '叁', '參':
		return 3
	case '四', '肆':
		return 4
	case '五', '伍':
		return 5
	case '六', '陆', '陸':
		return 6
	case '七', '柒':
		return 7
	case '八', '捌':
		return 8
	case '九', '玖':
		return 9
	}
	return -1
}

// cnNumber reads a Chinese numeral below 100,000,000 (二十三, 七百零八,
// 一〇八): with multipliers 十 百 千 万, or as a plain digit string.
func cnNumber(s string) (int, bool) {
	if s == "" || utf8.RuneCountInString(s) > 12 {
		return 0, false
	}
	total, section, digit := 0, 0, -1
	plain := true
	for _, r := range s {
		if d := cnDigit(r); d >= 0 {
			if digit >= 0 && plain {
				digit = digit*10 + d // 一〇八: positional digits
				continue
			}
			digit = d
			continue
		}
		plain = false
		mult := 0
		switch r {
		case '十', '拾':
			mult = 10
		case '百', '佰':
			mult = 100
		case '千', '仟':
			mult = 1000
		case '万', '萬':
			if digit >= 0 {
				section += digit
			}
			total += section * 10000
			section, digit = 0, -1
			continue
		default:
			return 0, false
		}
		if digit < 0 {
			if mult != 10 {
				return 0, false
			}
			digit = 1 // 十二 = 12
		}
		if digit > 9 {
			return 0, false
		}
		section += digit * mult
		digit = -1
	}
	if digit >= 0 {
		section += digit
	}
	return total + section, true
}
