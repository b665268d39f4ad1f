package timex

import "strings"

// Dates in Western order inside Chinese text, as pages translated from or
// laid out for English write them: a month name, the day and the year
// (March 5, 2024; Aug. 27, 2020; 八月 27, 2020), the day first
// (5 March 2024) or a month and year (March 2024); and the year, month
// and day joined by commas (2017,12,16), as credit lines type them.

// englishMonths are the English month names and their abbreviations.
var englishMonths = map[string]int{
	"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
	"may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
	"september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
	"december": 12, "dec": 12,
}

// monthInitials are the capital initials of the English month names
// (a small may or march is a word of English, not a month).
const monthInitials = "JFMASOND"

func isASCIILetter(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }

// englishMonth reads an English month name at i, a whole word (an
// abbreviation may take a full stop), and returns its number and end.
func (p *parser) englishMonth(i int) (int, int) {
	if isASCIILetter(p.r(i-1)) || !strings.ContainsRune(monthInitials, p.r(i)) {
		return 0, i
	}
	k := i
	for k < p.n() && isASCIILetter(p.t.at(k)) && k-i < 9 {
		k++
	}
	if isASCIILetter(p.r(k)) {
		return 0, i
	}
	m, ok := englishMonths[strings.ToLower(string(p.t.appendRunes(nil, i, k)))]
	if !ok {
		return 0, i
	}
	if k-i <= 4 && p.r(k) == '.' {
		k++
	}
	return m, k
}

// spaces skips ASCII and ideographic spaces at k.
func (p *parser) spaces(k int) int {
	for p.r(k) == ' ' || p.r(k) == '\u3000' {
		k++
	}
	return k
}

// asciiNumber reads at most max ASCII digits at k, a whole number.
func (p *parser) asciiNumber(k, max int) (int, int) {
	v, n := 0, 0
	for isASCIIDigit(p.r(k + n)) {
		if n == max {
			return 0, k
		}
		v = v*10 + int(p.r(k+n)-'0')
		n++
	}
	return v, k + n
}

// westernYear reads the year after a Western-order month and day at k: a
// comma or space, then four digits (1000 to 2999) standing alone.
func (p *parser) westernYear(k int) (int, int) {
	j := k
	if p.r(j) == ',' || p.r(j) == '，' {
		j++
	}
	j = p.spaces(j)
	if j == k {
		return 0, k
	}
	y, e := p.asciiNumber(j, 4)
	if e-j != 4 || y < 1000 || y > 2999 || isASCIILetter(p.r(e)) {
		return 0, k
	}
	return y, e
}

// westernDate parses a date in Western order at i.
func (p *parser) westernDate(i int, b *pt) int {
	if isASCIIDigit(p.r(i - 1)) {
		return i
	}
	mo, k := p.englishMonth(i)
	han := false
	if mo == 0 {
		// 八月 27, 2020: a Chinese month name, a space, the day.
		c := newPt()
		if k2 := p.month(i, &c); k2 > i && !c.rel && p.r(k2) == ' ' {
			mo, k, han = c.mo, k2, true
		}
	}
	if mo > 0 {
		k1 := p.spaces(k)
		if k1 == k && !han && p.r(k-1) != '.' {
			return i
		}
		if !han && k1 > k {
			// March 2024: the month of a year.
			if y, e := p.asciiNumber(k1, 4); e-k1 == 4 && y >= 1000 && y <= 2999 && !isASCIILetter(p.r(e)) {
				b.y, b.mo, b.yExplicit = y, mo, true
				b.setFirst(1)
				return e
			}
		}
		d, k2 := p.asciiNumber(k1, 2)
		if k2 == k1 || d < 1 || d > 31 || isASCIILetter(p.r(k2)) && !ordinalSuffix(p, k2) {
			return i
		}
		if ordinalSuffix(p, k2) {
			k2 += 2
		}
		if y, k3 := p.westernYear(k2); y > 0 && d <= daysIn(y, mo) {
			b.y, b.mo, b.d, b.yExplicit = y, mo, d, true
			b.setFirst(1)
			return k3
		}
		if han || d > daysIn(2000, mo) {
			return i // 八月 27 alone: the month, then a number
		}
		b.mo, b.d = mo, d
		b.setFirst(2)
		return k2
	}
	// 5 March 2024: the day, a space, an English month name.
	d, k1 := p.asciiNumber(i, 2)
	if k1 == i || d < 1 || d > 31 {
		return i
	}
	k2 := p.spaces(k1)
	if k2 == k1 {
		return i
	}
	if mo, k3 := p.englishMonth(k2); mo > 0 {
		if y, k4 := p.westernYear(k3); y > 0 && d <= daysIn(y, mo) {
			b.y, b.mo, b.d, b.yExplicit = y, mo, d, true
			b.setFirst(1)
			return k4
		}
		if d <= daysIn(2000, mo) {
			b.mo, b.d = mo, d
			b.setFirst(2)
			return k3
		}
	}
	return i
}

// ordinalSuffix reports an English ordinal suffix (5th, 1st, 22nd, 3rd)
// at k, a whole word.
func ordinalSuffix(p *parser, k int) bool {
	s := strings.ToLower(string([]rune{p.r(k), p.r(k + 1)}))
	return (s == "st" || s == "nd" || s == "rd" || s == "th") && !isASCIILetter(p.r(k+2))
}

// commaDate parses 2017,12,16 at i: a four-digit year, a month and a day
// joined by ASCII commas, standing alone (no group of three digits, as a
// number's thousands would be).
func (p *parser) commaDate(i int, b *pt) int {
	if isASCIIDigit(p.r(i-1)) || p.r(i-1) == ',' || p.r(i-1) == '.' {
		return i
	}
	y, k := p.asciiNumber(i, 4)
	if k-i != 4 || y < 1900 || y > 2100 || p.r(k) != ',' {
		return i
	}
	m, k2 := p.asciiNumber(k+1, 2)
	if k2 == k+1 || m < 1 || m > 12 || p.r(k2) != ',' {
		return i
	}
	d, k3 := p.asciiNumber(k2+1, 2)
	if k3 == k2+1 || d < 1 || d > daysIn(y, m) || p.r(k3) == ',' && isASCIIDigit(p.r(k3+1)) || p.r(k3) == '.' && isASCIIDigit(p.r(k3+1)) {
		return i
	}
	b.y, b.mo, b.d, b.yExplicit = y, m, d, true
	b.setFirst(1)
	return k3
}
