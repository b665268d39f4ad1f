package timex

import (
	"strings"
	"time"
)

// lunarForcedWords are what forces a lunar reading.
var lunarForcedWords = newWordSet("农历", "阴历")

// ordinalUnitWords are units after an ordinal (第三天).
var ordinalUnitWords = newWordSet("天", "年")

// point parses a calendar/clock point starting at i: the fields from year
// down to second, in Chinese order. It returns the end, or i when nothing
// matched, or -1 when the text at i must not be read as a time at all.
func (p *parser) point(i int, b *pt) int {
	if j := p.numericDate(i, b); j > i {
		return p.afterDate(j, b)
	}
	if p.whole {
		if k, ok := p.word(i, "第"); ok {
			if n, k2, _, ok := p.integer(k); ok && n >= 1 {
				if k3, w := p.anyOf(k2, ordinalUnitWords); w != "" {
					if w == "天" {
						d := p.ref.AddDate(0, 0, n-1)
						b.y, b.mo, b.d = d.Year(), int(d.Month()), d.Day()
					} else {
						b.y = p.ref.Year() + n - 1
					}
					b.rel = true
					b.setFirst(1)
					if w == "天" {
						return p.afterDate(k3, b)
					}
					return k3
				}
			}
		}
	}
	lunarForced := false
	j0 := i
	if k, w := p.anyOf(i, lunarForcedWords); w != "" {
		j0, lunarForced = k, true
	}
	j := p.year(j0, b)
	gotYear := j > j0
	if k := p.lunar(j, b, lunarForced); k > j {
		return p.afterDate(k, b)
	}
	if !gotYear {
		j = i
		if k := p.vagueNoYear(i, b); k > i {
			return k
		}
	} else {
		if k := p.holiday(j, b); k > j {
			return p.afterDate(k, b)
		}
		if k := p.lunarHoliday(j, b); k > j {
			return p.afterDate(k, b)
		}
		if k := p.vague(j, b); k > j {
			return k
		}
		if k := p.yearOrdinal(j, b); k > j {
			return p.afterDate(k, b)
		}
	}
	j2 := p.month(j, b)
	gotMonth := j2 > j
	if gotMonth {
		if k := p.vague(j2, b); k > j2 {
			return k
		}
		if k := p.nthWeekday(j2, b); k > j2 {
			return p.afterDate(k, b)
		}
		if k := p.monthOrdinal(j2, b); k > j2 {
			return k
		}
		j = j2
	}
	j2 = p.day(j, b)
	gotDay := j2 > j
	if !gotDay && !gotMonth {
		j2 = p.relDay(j, b)
		if j2 == j {
			j2 = p.week(j, b)
		}
		if j2 == j {
			j2 = p.holiday(j, b)
		}
		if j2 == j {
			j2 = p.lunarHoliday(j, b)
		}
	}
	if gotDay {
		// 6月1日周六: a weekday after a date adds nothing.
		k := j2
		for p.r(k) == ',' || p.r(k) == ' ' || p.r(k) == '(' || p.r(k) == '（' {
			k++
		}
		tmp := newPt()
		if k2 := p.week(k, &tmp); k2 > k && tmp.weekday {
			if p.r(k2) == ')' || p.r(k2) == '）' {
				k2++
			}
			j2 = k2
		}
	}
	if b.weekday && j2 > j {
		// 周日, 二月十号: the explicit date wins over the weekday.
		k := j2
		for p.r(k) == ',' || p.r(k) == ' ' || p.r(k) == '、' {
			k++
		}
		if k > j2 {
			c := newPt()
			if k2 := p.month(k, &c); k2 > k {
				if k3 := p.day(k2, &c); k3 > k2 {
					// The year in which that date falls on that weekday.
					wd := time.Date(b.y, time.Month(b.mo), b.d, 0, 0, 0, 0, time.UTC).Weekday()
					for _, dy := range []int{0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5, -6, 6} {
						y := p.ref.Year() + dy
						if c.d <= daysIn(y, c.mo) && time.Date(y, time.Month(c.mo), c.d, 0, 0, 0, 0, time.UTC).Weekday() == wd {
							c.y = y
							break
						}
					}
					*b = c
					j2 = k3
				}
			}
		}
	}
	j = j2
	return p.afterDate(j, b)
}

// afterDate parses a part of day and a clock time after the date fields.
func (p *parser) afterDate(j int, b *pt) int {
	k := j
	for k < p.n() && (p.t.rs[k] == ' ' || p.t.rs[k] == ',' || p.t.rs[k] == '的') && k > 0 && !b.empty() {
		k++
	}
	k2 := p.partOfDay(k, b)
	k3 := p.clock(k2, b)
	if k3 < 0 {
		if k2 > k {
			// 下午 alone is still a part of day.
			return k2
		}
		if b.empty() {
			return -1
		}
		return j
	}
	if k3 > k2 {
		return k3
	}
	if k2 > k {
		return k2
	}
	return j
}

// nthWeekday parses (的)第N个星期X after a month: 十月第一个星期一.
func (p *parser) nthWeekday(j int, b *pt) int {
	k, _ := p.word(j, "的")
	k, ok := p.word(k, "第")
	if !ok {
		return j
	}
	n, k2, _, ok := p.integer(k)
	if !ok || n < 1 || n > 5 {
		return j
	}
	k2, _ = p.word(k2, "个")
	k3, w := p.anyOf(k2, weekWords)
	wd, ok := weekday(p.r(k3))
	if w == "" || !ok {
		return j
	}
	y := b.y
	if y < 0 {
		y = p.ref.Year()
		if p.future && b.mo < int(p.ref.Month()) {
			y++
		}
	}
	d := nthWeekday(y, b.mo, time.Weekday(wd%7), n, p.ref.Location())
	if int(d.Month()) != b.mo {
		return j
	}
	b.y, b.d = y, d.Day()
	b.yExplicit = true
	b.setFirst(3)
	return k3 + 1
}

// firstMonday returns the Monday that starts week 1 of a month or year:
// the first Monday on or after its first day.
func firstMonday(t time.Time) time.Time {
	for t.Weekday() != time.Monday {
		t = t.AddDate(0, 0, 1)
	}
	return t
}

// weekOrdinal parses (的)第N(个)周 at j and returns week n.
func (p *parser) weekOrdinal(j int) (int, int) {
	k, _ := p.word(j, "的")
	k, ok := p.word(k, "第")
	if !ok {
		return 0, j
	}
	n, k2, _, ok := p.integer(k)
	if !ok || n < 1 || n > 53 {
		return 0, j
	}
	k2, _ = p.word(k2, "个")
	k3, w := p.anyOf(k2, weekWords)
	if w == "" {
		return 0, j
	}
	if _, isDay := weekday(p.r(k3)); isDay {
		return 0, j
	}
	if p.r(k3) == '年' {
		return 0, j
	}
	return n, k3
}

func (b *pt) setWeek(monday time.Time) {
	b.custom, b.from, b.until, b.grain = true, monday, monday.AddDate(0, 0, 7), Week
	y, wk := monday.ISOWeek()
	b.value = isoWeek(y, wk)
}

// edgeWords are the first or last days or months of a period.
var edgeWords = newWordSet("前", "最后", "后", "头")

// monthOrdinal parses 第2周, 前4天, 最后五天 after a month.
func (p *parser) monthOrdinal(j int, b *pt) int {
	y := b.y
	if y < 0 {
		y = p.ref.Year()
	}
	first := time.Date(y, time.Month(b.mo), 1, 0, 0, 0, 0, p.ref.Location())
	if n, k := p.weekOrdinal(j); n > 0 && n <= 5 {
		b.setWeek(firstMonday(first).AddDate(0, 0, 7*(n-1)))
		b.y = y
		return k
	}
	k, w := p.anyOf(j, edgeWords)
	if w == "" {
		return j
	}
	n, k2, _, ok := p.integer(k)
	if !ok || n < 1 || n > 31 {
		return j
	}
	k3, ok := p.word(k2, "天")
	if !ok {
		return j
	}
	end := first.AddDate(0, 1, 0)
	from, until := first, first.AddDate(0, 0, n)
	if w == "最后" || w == "后" {
		from, until = end.AddDate(0, 0, -n), end
	}
	if until.After(end) {
		return j
	}
	b.custom, b.from, b.until, b.grain = true, from, until, Day
	b.value = isoDay(from) + "/" + isoDay(until.AddDate(0, 0, -1))
	b.y = y
	return k3
}

// monthUnitWords are months counted.
var monthUnitWords = newWordSet("个月", "月")

// yearOrdinal parses 2025年第一天, 70年第8个月, 20年第52周, 前七个月,
// 后三月, 首月 after a year.
func (p *parser) yearOrdinal(j int, b *pt) int {
	jan := time.Date(b.y, 1, 1, 0, 0, 0, 0, p.ref.Location())
	if n, k := p.weekOrdinal(j); n > 0 {
		b.setWeek(firstMonday(jan).AddDate(0, 0, 7*(n-1)))
		return k
	}
	if k, ok := p.word(j, "首月"); ok {
		b.mo = 1
		return k
	}
	if k, w := p.anyOf(j, edgeWords); w != "" {
		n, k2, _, ok := p.integer(k)
		if ok && n >= 1 && n <= 12 {
			if k3, w2 := p.anyOf(k2, monthUnitWords); w2 != "" {
				from, until := jan, jan.AddDate(0, n, 0)
				if w == "后" || w == "最后" {
					from, until = jan.AddDate(0, 12-n, 0), jan.AddDate(1, 0, 0)
				}
				b.custom, b.from, b.until, b.grain = true, from, until, Month
				b.value = from.Format("2006-01") + "/" + until.AddDate(0, 0, -1).Format("2006-01")
				return k3
			}
		}
		return j
	}
	k, ok := p.word(j, "第")
	if !ok {
		return j
	}
	n, k2, _, ok := p.integer(k)
	if !ok || n < 1 {
		return j
	}
	loc := p.ref.Location()
	if k3, ok := p.word(k2, "天"); ok && n <= 366 {
		d := time.Date(b.y, 1, n, 0, 0, 0, 0, loc)
		b.mo, b.d = int(d.Month()), d.Day()
		return k3
	}
	if k3, w := p.anyOf(k2, monthUnitWords); w != "" && n <= 12 {
		b.mo = n
		return k3
	}
	return j
}

// numericDate parses 2025-07-23, 2025/7/23, 2025.7.23, 20240307,
// 3/3/2015, 10/31/74, 2/15 at i.
func (p *parser) numericDate(i int, b *pt) int {
	if i > 0 && i != p.guardOff && (isASCIIDigit(p.r(i-1)) || p.r(i-1) == '.' || p.r(i-1) == '/' || p.r(i-1) == '-' && isASCIIDigit(p.r(i-2))) {
		return i
	}
	digits := func(k int) (int, int) {
		v, n := 0, 0
		for k+n < p.n() && isASCIIDigit(p.t.rs[k+n]) && n < 9 {
			v = v*10 + int(p.t.rs[k+n]-'0')
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
		if nm >= 1 && nm <= 2 && !isASCIIDigit(p.r(k+1+nm)) && p.r(k+1+nm) != '-' && valid(p.ref.Year(), a, m) {
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
			return k2 + 1 + nd
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

// centuryWords are named centuries.
var centuryWords = newWordSet("上世纪", "上个世纪", "本世纪", "这个世纪")

// decade parses 20世纪70年代, 上世纪80年代, 1990年代, 80年代, 18世纪 at i.
func (p *parser) decade(i int) (Expr, int, bool) {
	century := -1
	j := i
	if k, w := p.anyOf(i, centuryWords); w != "" {
		century = 20
		if w == "本世纪" || w == "这个世纪" {
			century = 21
		}
		j = k
	} else if n, k, _, ok := p.integer(i); ok && n >= 1 && n <= 30 {
		if k2, ok := p.word(k, "世纪"); ok {
			century, j = n, k2
		}
	}
	jd := j
	if k, ok := p.word(j, "的"); ok && century > 0 {
		jd = k
	}
	n, k, digits, ok := p.integer(jd)
	if ok {
		if k2, ok := p.word(k, "年代"); ok {
			var start int
			switch {
			case century > 0 && n%10 == 0 && n < 100:
				start = (century-1)*100 + n
			case century < 0 && digits == 4 && n%10 == 0:
				start = n
			case century < 0 && n%10 == 0 && n < 100 && n >= 10:
				start = 1900 + n
			default:
				return Expr{}, i, false
			}
			e := Expr{Kind: Date, Grain: Decade, Value: itoa(start/10) + "X", Resolved: true,
				From: time.Date(start, 1, 1, 0, 0, 0, 0, p.ref.Location()), Until: time.Date(start+10, 1, 1, 0, 0, 0, 0, p.ref.Location())}
			k2 = p.periodPart(k2, &e, start, 10)
			return e, k2, true
		}
	}
	if century > 0 && j > i {
		start := (century - 1) * 100
		e := Expr{Kind: Date, Grain: Century, Value: pad2(century - 1), Resolved: true,
			From: time.Date(start, 1, 1, 0, 0, 0, 0, p.ref.Location()), Until: time.Date(start+100, 1, 1, 0, 0, 0, 0, p.ref.Location())}
		j = p.periodPart(j, &e, start, 100)
		return e, j, true
	}
	return Expr{}, i, false
}

// periodPartWords are parts of a decade or century.
var periodPartWords = newWordSet("初期", "初", "前期", "早期", "中期", "中叶", "后期", "晚期", "末期", "末", "中")

// periodPart narrows a decade or century to its early, middle or late
// part: 90年代末期 = 1997–1999, 11世纪初 = 1000–1019.
func (p *parser) periodPart(j int, e *Expr, start, span int) int {
	k, w := p.anyOf(j, periodPartWords)
	if w == "" {
		return j
	}
	part := span * 3 / 10
	if span == 100 {
		part = 20
	}
	from, to := start, start+part
	switch w {
	case "中期", "中叶", "中":
		from, to = start+span*3/10, start+span*7/10
	case "后期", "晚期", "末期", "末":
		from, to = start+span-part, start+span
	}
	loc := p.ref.Location()
	e.From, e.Until = time.Date(from, 1, 1, 0, 0, 0, 0, loc), time.Date(to, 1, 1, 0, 0, 0, 0, loc)
	e.Kind, e.Grain = Range, Year
	e.Value = itoa(from) + "/" + itoa(to-1)
	return k
}

func pow10(n int) int {
	r := 1
	for ; n > 0; n-- {
		r *= 10
	}
	return r
}

func pad2(n int) string {
	s := "0" + itoa(n)
	return s[len(s)-2:]
}

// resolve turns a point into an expression with an interval and a value.
func (p *parser) resolve(b *pt) (Expr, bool) {
	loc := p.ref.Location()
	e := Expr{Kind: Date}
	if b.rel {
		e.Kind = Relative
	}
	if b.custom && b.h < 0 {
		e.From, e.Until, e.Grain, e.Value = b.from, b.until, b.grain, b.value
		e.Resolved = p.known || !b.rel
		if b.rel && !p.known {
			e.Value = ""
		}
		return e, true
	}
	y, mo, d := b.y, b.mo, b.d
	fromRef := false
	if y < 0 && (mo >= 0 || d >= 0 || b.h >= 0 || b.podFrom >= 0) {
		y = p.ref.Year()
		fromRef = true
	}
	if mo < 0 && (d >= 0 || b.h >= 0 || b.podFrom >= 0) {
		if b.d >= 0 && b.y >= 0 && !b.rel {
			return e, false // 2025年23日
		}
		mo = int(p.ref.Month())
		fromRef = true
	}
	if d < 0 && (b.h >= 0 || b.podFrom >= 0) {
		d = p.ref.Day()
		fromRef = true
	}
	if mo > 0 && d > daysIn(y, mo) {
		return e, false
	}
	// Hours.
	h, mi, s := b.h, b.mi, b.s
	grain := Year
	switch {
	case s >= 0:
		grain = Second
	case mi >= 0:
		grain = Minute
	case h >= 0:
		grain = Hour
	case d >= 0:
		grain = Day
	case mo >= 0:
		grain = Month
	}
	ambiguous := false
	if h >= 0 {
		switch b.ampm {
		case podPM:
			if h < 12 {
				h += 12
			}
		case podNight:
			if h <= 12 && h >= 5 || h == 12 {
				h += 12
			}
		case podNoon:
			if h < 6 {
				h += 12
			}
		case podEarly, podAM:
			if h == 12 {
				h = 0
			}
			if b.ampm == podEarly && b.podFrom == 0 && b.podTo == 6 && h >= 9 && h < 12 {
				h += 12 // 半夜11点
			}
		default:
			ambiguous = h >= 1 && h <= 12 && !b.now
		}
	}
	if mo < 0 {
		mo = 1
	}
	if d < 0 {
		d = 1
	}
	hh, mm, ss := max(h, 0), max(mi, 0), max(s, 0)
	from := time.Date(y, time.Month(mo), d, hh, mm, ss, 0, loc)
	step := func(t time.Time, g Grain, n int) time.Time {
		switch g {
		case Second:
			return t.Add(time.Duration(n) * time.Second)
		case Minute:
			return t.Add(time.Duration(n) * time.Minute)
		case Hour:
			return t.Add(time.Duration(n) * time.Hour)
		case Day:
			return t.AddDate(0, 0, n)
		case Month:
			return t.AddDate(0, n, 0)
		}
		return t.AddDate(n, 0, 0)
	}
	if p.future && fromRef {
		// The next occurrence at or after the reference.
		switch {
		case b.h >= 0 && b.d < 0:
			if ambiguous && !from.After(p.ref) {
				from = from.Add(12 * time.Hour)
			}
			if !from.After(p.ref) {
				from = from.AddDate(0, 0, 1)
				if ambiguous {
					from = from.Add(-12 * time.Hour)
				}
			}
		case b.y < 0 && b.mo >= 0:
			if !step(from, grain, 1).After(p.ref) {
				from = from.AddDate(1, 0, 0)
			}
		case b.y < 0 && b.mo < 0 && b.d >= 0:
			if !step(from, grain, 1).After(p.ref) {
				from = from.AddDate(0, 1, 0)
			}
		}
	} else if ambiguous && h < 12 && b.h >= 0 && false {
		from = from.Add(12 * time.Hour)
	}
	until := step(from, grain, 1)
	if h == 24 {
		from = time.Date(y, time.Month(mo), d, 0, mm, ss, 0, loc).AddDate(0, 0, 1)
		until = step(from, grain, 1)
	}
	if b.h < 0 && b.podFrom >= 0 {
		from = time.Date(from.Year(), from.Month(), from.Day(), b.podFrom, 0, 0, 0, loc)
		until = time.Date(from.Year(), from.Month(), from.Day(), b.podTo, 0, 0, 0, loc)
		grain = Hour
	}
	if b.custom {
		// A week or weekend with a clock time: keep the custom interval's day.
		from = time.Date(b.from.Year(), b.from.Month(), b.from.Day(), hh, mm, ss, 0, loc)
		until = step(from, grain, 1)
	}
	e.From, e.Until, e.Grain = from, until, grain
	e.Resolved = p.known || (!b.rel && !fromRef)
	if b.h >= 0 || b.podFrom >= 0 {
		e.Kind = Time
		if b.rel {
			e.Kind = Relative
		}
	}
	// The value.
	dateKnown := p.known || (!b.rel && !(fromRef && b.y < 0))
	var v string
	switch grain {
	case Year:
		v = from.Format("2006")
	case Month:
		v = from.Format("2006-01")
	case Day:
		v = from.Format("2006-01-02")
	case Hour:
		v = from.Format("2006-01-02T15")
		if b.h < 0 {
			v = from.Format("2006-01-02") + "T" + podName(b.podFrom)
		}
	case Minute:
		v = from.Format("2006-01-02T15:04")
	default:
		v = from.Format("2006-01-02T15:04:05")
	}
	if !dateKnown {
		switch {
		case b.rel:
			v = ""
		case b.y < 0 && b.mo < 0 && b.d < 0:
			v = v[strings.IndexByte(v, 'T'):] // time only
			if v == "" {
				v = ""
			}
		case b.y < 0 && b.mo < 0:
			v = "XXXX-XX" + v[7:]
		case b.y < 0:
			v = "XXXX" + v[4:]
		}
	}
	e.Value = v
	return e, true
}

func podName(h int) string {
	switch h {
	case 0:
		return "NI"
	case 4:
		return "MO"
	case 12:
		return "AF"
	case 6:
		return "DT"
	}
	return "EV"
}
