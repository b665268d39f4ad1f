package timex

// numericDate parses 2025-07-23, 2025/7/23, 2025.7.23, 20240307,
// 3/3/2015, 10/31/74, 2/15 at i.
func (p *parser) numericDate(i int, b *pt) int {
	if i > 0 && i != p.guardOff && (isASCIIDigit(p.r(i-1)) || p.r(i-1) == '.' || p.r(i-1) == '/' || p.r(i-1) == '-' && isASCIIDigit(p.r(i-2))) {
		return i
	}
	digits := func(k int) (int, int) {
		v, n := 0, 0
		for k+n < p.n() && isASCIIDigit(p.t.at(k+n)) && n < 9 {
			v = v*10 + int(p.t.at(k+n)-'0')
			n++
		}
		return v, n
	}
	a, na := digits(i)
	if na == 0 {
		return i
	}
	k := i + na
	valid := func(y, m, d int) bool { return m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m) }
	if na == 8 && !isASCIIDigit(p.r(k)) && !isHan(p.r(k)) || na == 8 && isHan(p.r(k)) {
		y, m, d := a/10000, a/100%100, a%100
		if valid(y, m, d) && y >= 1900 && y <= 2100 {
			b.y, b.mo, b.d, b.yExplicit = y, m, d, true
			b.setFirst(1)
			return k
		}
		return i
	}
	sep := p.r(k)
	if p.whole && na == 4 && (k == p.n() || !isHan(sep) && !isASCIIDigit(sep) && sep != '-' && sep != '/' && sep != '.' && sep != ' ' && sep != ':') && a >= 1000 && a <= 2999 {
		b.y, b.yExplicit = a, true // a bare year
		b.setFirst(1)
		return k
	}
	if p.whole && sep == ' ' && na == 4 {
		// 2022 11 23
		m, nm := digits(k + 1)
		if nm >= 1 && nm <= 2 && p.r(k+1+nm) == ' ' {
			d, nd := digits(k + 2 + nm)
			if nd >= 1 && nd <= 2 && valid(a, m, d) {
				b.y, b.mo, b.d, b.yExplicit = a, m, d, true
				b.setFirst(1)
				return k + 2 + nm + nd
			}
		}
	}
	if p.whole && na <= 2 && (sep == '-' || sep == '·') {
		// 09-01, 6·30
		m, nm := digits(k + 1)
		if nm >= 1 && nm <= 2 && !isASCIIDigit(p.r(k+1+nm)) && p.r(k+1+nm) != '-' && valid(p.ref().Year(), a, m) {
			b.mo, b.d = a, m
			b.setFirst(2)
			return k + 1 + nm
		}
	}
	if sep != '-' && sep != '/' && sep != '.' {
		return i
	}
	m, nm := digits(k + 1)
	if nm == 0 || nm > 2 {
		return i
	}
	k2 := k + 1 + nm
	if na == 4 {
		y := a
		if y < 1000 || y > 2999 {
			return i
		}
		if p.r(k2) == sep || (sep == '.' && p.r(k2) == '-') {
			d, nd := digits(k2 + 1)
			if nd == 4 && p.r(k2+5) == ':' {
				d, nd = d/100, 2 // 2018-12-1209:03: the day, then a time
			}
			if nd > 2 && sep == '.' && p.r(k2) == '-' {
				// 1999.08-2002.02: a month, then a range.
				b.y, b.mo, b.yExplicit = y, m, true
				b.setFirst(1)
				return k2
			}
			if nd > 2 {
				return i
			}
			if nd == 0 || !valid(y, m, d) {
				return i
			}
			b.y, b.mo, b.d, b.yExplicit = y, m, d, true
			b.setFirst(1)
			end := k2 + 1 + nd
			if p.r(end) == '-' && isASCIIDigit(p.r(end+1)) && (p.r(end+2) == ':' || p.r(end+3) == ':') {
				end++ // 2021-09-12-11:23: a date, then its time
			}
			return end
		}
		if m >= 1 && m <= 12 && (sep == '-' || sep == '.' || sep == '/') && !isASCIIDigit(p.r(k2)) && !isHan(p.r(k2)) || m >= 1 && m <= 12 && p.r(k2) == '-' && sep == '.' {
			b.y, b.mo, b.yExplicit = y, m, true
			b.setFirst(1)
			return k2
		}
		return i
	}
	if sep != '/' || na > 2 {
		return i
	}
	// M/D/YYYY, M/D/YY, M/D (Duckling's US order).
	if p.r(k2) == '/' {
		y, ny := digits(k2 + 1)
		if ny == 2 {
			y = p.twoDigitYear(y)
		} else if ny != 4 {
			return i
		}
		if !valid(y, a, m) {
			return i
		}
		b.y, b.mo, b.d, b.yExplicit = y, a, m, true
		b.setFirst(1)
		return k2 + 1 + ny
	}
	if a >= 1 && a <= 12 && m >= 1 && m <= 31 {
		k3, w := p.anyOf(k2, dayWords)
		if w == "" && !p.whole {
			return i // 1/4 is a fraction as often as a date
		}
		b.mo, b.d = a, m
		b.setFirst(2)
		return k3
	}
	return i
}
