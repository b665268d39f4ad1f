package timex

import (
	"time"
)

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
		y = p.ref().Year()
		if p.future() && b.mo < int(p.ref().Month()) {
			y++
		}
	}
	d := nthWeekday(y, b.mo, time.Weekday(wd%7), n, p.ref().Location())
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
		y = p.ref().Year()
		b.refYear = y
	}
	first := time.Date(y, time.Month(b.mo), 1, 0, 0, 0, 0, p.ref().Location())
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
	jan := time.Date(b.y, 1, 1, 0, 0, 0, 0, p.ref().Location())
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
	loc := p.ref().Location()
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
