package timex

import (
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
	if k, ok := p.zonePrefix(i); ok {
		// 美东时间3月5日: the clock of that place, kept as written.
		if j := p.point(k, b); j > k {
			return j
		}
		return i
	}
	if j := p.numericDate(i, b); j > i {
		return p.afterDate(j, b)
	}
	if j := p.commaDate(i, b); j > i {
		return p.afterDate(j, b)
	}
	if j := p.westernDate(i, b); j > i {
		return p.afterDate(j, b)
	}
	if p.whole {
		if k, ok := p.word(i, "第"); ok {
			if n, k2, _, ok := p.integer(k); ok && n >= 1 {
				if k3, w := p.anyOf(k2, ordinalUnitWords); w != "" {
					if w == "天" {
						d := p.ref().AddDate(0, 0, n-1)
						b.y, b.mo, b.d = d.Year(), int(d.Month()), d.Day()
					} else {
						b.y = p.ref().Year() + n - 1
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
		if k := p.bareTenDays(i, b); k > i {
			return k
		}
		if k := p.vagueNoYear(i, b); k > i {
			return k
		}
	} else {
		if k := p.yearMonthDay(j, b); k > j {
			return p.afterDate(k, b)
		}
		if k := p.holiday(j, b); k > j {
			return p.afterDate(k, b)
		}
		if k := p.lunarHoliday(j, b); k > j {
			return p.afterDate(k, b)
		}
		if k, w := p.anyOf(j, lunarPrefixes); w != "" {
			// 2019年农历春节, 2019年农历正月初一: a lunar festival of that year.
			if k2 := p.lunarHoliday(k, b); k2 > k {
				return p.afterDate(k2, b)
			}
		}
		if k := p.vague(j, b); k > j {
			return k
		}
		if k := p.yearOrdinal(j, b); k > j {
			return p.afterDate(k, b)
		}
	}
	if gotYear && p.r(j) == ' ' && isASCIIDigit(p.r(j+1)) && p.spacedDateFollows(j, '月') {
		j++ // 2025 年 7 月
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
	if gotMonth && p.r(j) == ' ' && isASCIIDigit(p.r(j+1)) && (p.spacedDateFollows(j, '日') || p.spacedDateFollows(j, '号')) {
		j++ // 4 月 2 日
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
			if b.y < 0 && b.mo >= 0 && p.known() && !p.future() {
				// 2月2日（星期六）: the year in which that day is that weekday.
				y0 := p.ref().Year()
				if p.inWindow(p.anc().dayAt, p.cur) {
					y0 = nearYear(b.mo, b.d, p.anc().day)
				}
				wd := int(time.Date(tmp.y, time.Month(tmp.mo), tmp.d, 0, 0, 0, 0, time.UTC).Weekday())
				if wd == 0 {
					wd = 7
				}
				if y, ok := pinYear(y0, b.mo, b.d, wd); ok {
					b.y = y
				}
			}
		}
	}
	if b.weekday && j2 > j {
		// 周日, 二月十号: the explicit date wins over the weekday.
		k := j2
		paren := p.r(k) == '(' || p.r(k) == '（'
		for p.r(k) == ',' || p.r(k) == ' ' || p.r(k) == '、' || p.r(k) == '(' || p.r(k) == '（' {
			k++
		}
		if k > j2 && paren && b.y >= 0 && b.mo >= 0 && b.d >= 0 {
			// 週五(17日): the day of the month nearest the weekday.
			if n, k2, _, ok := p.integer(k); ok && n >= 1 && n <= 31 {
				if k3, w := p.anyOf(k2, dayWords); w != "" && isClose(p.r(k3)) {
					d := dayNear(time.Date(b.y, time.Month(b.mo), b.d, 0, 0, 0, 0, p.ref().Location()), n)
					b.y, b.mo, b.d = d.Year(), int(d.Month()), d.Day()
					j2 = k3 + 1
					return p.afterDate(j2, b)
				}
			}
		}
		if k > j2 {
			c := newPt()
			if k2 := p.month(k, &c); k2 > k {
				if k3 := p.day(k2, &c); k3 > k2 {
					// The year in which that date falls on that weekday.
					wd := time.Date(b.y, time.Month(b.mo), b.d, 0, 0, 0, 0, time.UTC).Weekday()
					for _, dy := range []int{0, -1, 1, -2, 2, -3, 3, -4, 4, -5, 5, -6, 6} {
						y := p.ref().Year() + dy
						if c.d <= daysIn(y, c.mo) && time.Date(y, time.Month(c.mo), c.d, 0, 0, 0, 0, time.UTC).Weekday() == wd {
							c.y = y
							break
						}
					}
					*b = c
					j2 = k3
					if paren && (p.r(j2) == ')' || p.r(j2) == '）') {
						j2++ // 星期五(3月15日)
					}
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
	for k < p.n() && (p.t.at(k) == ' ' || p.t.at(k) == ',' || p.t.at(k) == '的') && k > 0 && !b.empty() {
		k++
	}
	if k2 := p.doubleHour(k, b); k2 > k {
		return k2
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
