package timex

import (
	"sort"
	"time"
)

// Anaphora. News and reports write many dates against the last date they
// mentioned rather than against the article's own date: 当天, 同一天 and
// 次日 are that day and the next, 同年 and 上年 that year and the one
// before, and in a list of dates (2003年5月13日……8月11日至18日) the
// month-days without a year fall near the date before them. The parser
// keeps the last day and the last year that it read; they count for the
// paragraph they were read in and the next one, and the reference date
// stands in otherwise.

// anchor is the last day and year the text mentioned.
type anchor struct {
	day         time.Time
	dayAt, yrAt int // rune index where they were read; -1 when none
	year        int
	// month is the first day of the last month mentioned (三月上旬,
	// 2025年3月, 3月5日), read at moAt (-1: none).
	month time.Time
	moAt  int
}

// lineStarts returns the rune index of each line's start, built when
// first needed.
func (p *parser) lineStarts() []int {
	if p.lines == nil {
		p.lines = []int{0}
		for k, c := range p.t.rs {
			if c == '\n' {
				p.lines = append(p.lines, k+1)
			}
		}
	}
	return p.lines
}

// paragraphStart returns the index of the first rune of the paragraph
// (line) holding rune i.
func (p *parser) paragraphStart(i int) int {
	lines := p.lineStarts()
	k := sort.SearchInts(lines, i+1) - 1 // the last line start at or before i
	return lines[max(k, 0)]
}

// lineEnd returns the index of the first line break at or after rune i,
// p.n() when there is none.
func (p *parser) lineEnd(i int) int {
	lines := p.lineStarts()
	k := sort.SearchInts(lines, i+1) // the first line start after i
	if k == len(lines) {
		return p.n()
	}
	return lines[k] - 1
}

// inWindow reports whether an anchor read at rune at still counts at rune
// i: in the same paragraph or the one before it.
func (p *parser) inWindow(at, i int) bool {
	if at < 0 || at > i {
		return false
	}
	s := p.paragraphStart(i)
	if at >= s {
		return true
	}
	return s > 0 && at >= p.paragraphStart(s-1)
}

// anchorDay returns the day anaphoric words refer to at the current
// position: the last day mentioned, else the reference day.
func (p *parser) anchorDay() time.Time {
	if p.inWindow(p.anc().dayAt, p.cur) {
		return p.anc().day
	}
	return p.ref()
}

// anchorYear returns the year anaphoric years refer to.
func (p *parser) anchorYear() int {
	if p.inWindow(p.anc().yrAt, p.cur) {
		return p.anc().year
	}
	return p.ref().Year()
}

// remember records e, read at rune i, as the last day or year mentioned.
func (p *parser) remember(e Expr, i int) {
	if !e.Resolved || e.From.IsZero() || e.Kind == Duration || e.Kind == Recurrence || e.OpenStart || e.OpenEnd {
		return
	}
	switch {
	case e.Kind == Range && len(firstPart(e.Value)) >= 10:
		// 8月11日至18日: the range's first day.
		p.anc().day, p.anc().dayAt = truncate(e.From, Day), i
	case e.Kind != Range && e.Grain <= Day && e.Until.Sub(e.From) <= 24*time.Hour:
		p.anc().day, p.anc().dayAt = truncate(e.From, Day), i
	}
	if e.Grain <= Year {
		p.anc().year, p.anc().yrAt = e.From.Year(), i
	}
	if e.Grain <= Month && !e.Until.IsZero() && truncate(e.From, Month).Equal(truncate(e.Until.Add(-time.Nanosecond), Month)) {
		p.anc().month, p.anc().moAt = truncate(e.From, Month), i
	}
}

// tenDayWords are the thirds (and halves) of a month.
var tenDayWords = newWordSet("上旬", "中旬", "下旬", "上中旬", "中下旬", "上半月", "下半月")

// bareTenDays parses 中旬 and 下旬 said without their month at i (三月上旬
// 开会，中旬闭幕，下旬又开): the third of the month mentioned last, in
// this paragraph or the one before; nothing when none was.
func (p *parser) bareTenDays(i int, b *pt) int {
	if _, w := p.anyOf(i, tenDayWords); w == "" || !p.inWindow(p.anc().moAt, p.cur) {
		return i
	}
	c := *b
	c.y, c.mo = p.anc().month.Year(), int(p.anc().month.Month())
	if k := p.vague(i, &c); k > i {
		c.rel = true
		c.setFirst(3)
		*b = c
		return k
	}
	return i
}

// nowEnd returns the end of the reference's own unit: spans that run up
// to now (以来, 过去一周) end there.
func (p *parser) nowEnd() time.Time {
	if p.refGrain() == Second {
		return p.ref().Add(time.Second)
	}
	return addUnits(truncate(p.ref(), p.refGrain()), p.refGrain(), 1)
}

// nearestYear returns the year whose occurrence of a yearly date (a
// holiday) is nearest the last day mentioned: 春节 in a list of the
// coming year's dates is the coming one. With no day mentioned nearby, and
// in a recurrence, the reference's year stands.
func (p *parser) nearestYear(date func(y int) (time.Time, bool)) int {
	best, gap := p.ref().Year(), time.Duration(1<<62)
	if p.thisPeriod || !p.inWindow(p.anc().dayAt, p.cur) {
		return best
	}
	base := p.anc().day
	for y := base.Year() - 1; y <= base.Year()+1; y++ {
		t, ok := date(y)
		if !ok {
			continue
		}
		g := t.Sub(base)
		if g < 0 {
			g = -g
		}
		if g < gap {
			best, gap = y, g
		}
	}
	return best
}

// nearYear returns the year that puts month mo, day d nearest to t.
func nearYear(mo, d int, t time.Time) int {
	best, gap := t.Year(), time.Duration(1<<62)
	for y := t.Year() - 1; y <= t.Year()+1; y++ {
		if d > daysIn(y, mo) {
			continue
		}
		c := time.Date(y, time.Month(mo), max(d, 1), 0, 0, 0, 0, t.Location())
		g := c.Sub(truncate(t, Day))
		if g < 0 {
			g = -g
		}
		if g < gap {
			best, gap = y, g
		}
	}
	return best
}

// pinYear returns the year, y or one either side, in which month mo, day d
// falls on weekday wd (Monday 1 … Sunday 7): 2月2日（星期六） in a notice of
// December 2018 is in 2019. A weekday that fits none of them is a slip.
func pinYear(y, mo, d, wd int) (int, bool) {
	for _, dy := range []int{0, 1, -1} {
		c := y + dy
		if d > daysIn(c, mo) {
			continue
		}
		w := int(time.Date(c, time.Month(mo), d, 0, 0, 0, 0, time.UTC).Weekday())
		if w == 0 {
			w = 7
		}
		if w == wd {
			return c, true
		}
	}
	return 0, false
}
