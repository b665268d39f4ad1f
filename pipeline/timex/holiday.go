package timex

import "time"

// fixedHolidays are Gregorian holidays on a fixed month and day.
var fixedHolidays = []struct {
	name   string
	mo, d  int
	taiwan bool // the date in Taiwan text, when different (国庆 = 10-10)
}{
	{"元旦节", 1, 1, false}, {"元旦", 1, 1, false}, {"情人节", 2, 14, false}, {"三八妇女节", 3, 8, false}, {"妇女节", 3, 8, false},
	{"植树节", 3, 12, false}, {"消费者权益日", 3, 15, false}, {"愚人节", 4, 1, false}, {"五一劳动节", 5, 1, false}, {"五一国际劳动节", 5, 1, false},
	{"劳动节", 5, 1, false}, {"青年节", 5, 4, false}, {"五四青年节", 5, 4, false}, {"六一儿童节", 6, 1, false}, {"国际儿童节", 6, 1, false},
	{"儿童节", 6, 1, false}, {"建党节", 7, 1, false}, {"七一", 7, 1, false}, {"八一建军节", 8, 1, false}, {"建军节", 8, 1, false},
	{"教师节", 9, 10, false}, {"国庆节", 10, 1, true}, {"国庆", 10, 1, true}, {"双十节", 10, 10, false}, {"万圣节", 10, 31, false},
	{"平安夜", 12, 24, false}, {"圣诞节", 12, 25, false}, {"圣诞", 12, 25, false}, {"澳门回归纪念日", 12, 20, false}, {"香港回归纪念日", 7, 1, false},
	{"国际劳动节", 5, 1, false}, {"光棍节", 11, 11, false}, {"老板节", 10, 16, false},
}

// floatingHolidays are the n-th weekday of a month (n < 0 counts from the end).
var floatingHolidays = []struct {
	name string
	mo   int
	wd   time.Weekday
	n    int
}{
	{"母亲节", 5, time.Sunday, 2}, {"父亲节", 6, time.Sunday, 3}, {"感恩节", 11, time.Thursday, 4},
}

// easterHolidays are days relative to Western Easter Sunday.
var easterHolidays = []struct {
	name string
	off  int
}{
	{"复活节星期一", 1}, {"复活节", 0}, {"耶稣受难日", -2}, {"受难日", -2}, {"圣周六", -1}, {"棕枝主日", -7}, {"圣灰星期三", -46},
	{"圣灵降临节", 49}, {"五旬节", 49}, {"耶稣升天节", 39}, {"升天节", 39}, {"忏悔星期二", -47},
}

func nthWeekday(y, mo int, wd time.Weekday, n int, loc *time.Location) time.Time {
	d := time.Date(y, time.Month(mo), 1, 0, 0, 0, 0, loc)
	for d.Weekday() != wd {
		d = d.AddDate(0, 0, 1)
	}
	return d.AddDate(0, 0, 7*(n-1))
}

// easter returns Western Easter Sunday (anonymous Gregorian computus).
func easter(y int, loc *time.Location) time.Time {
	a := y % 19
	b, c := y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return time.Date(y, time.Month(month), day, 0, 0, 0, 0, loc)
}

// holiday parses a holiday name at i into b (the year comes from b, the
// reference, or the next occurrence when PreferFuture is set).
func (p *parser) holiday(i int, b *pt) int {
	loc := p.ref.Location()
	var date func(y int) time.Time
	best := i
	for _, h := range fixedHolidays {
		if j, ok := p.word(i, h.name); ok && j > best {
			mo, d := h.mo, h.d
			if h.taiwan && p.region == Taiwan {
				mo, d = 10, 10
			}
			best = j
			date = func(y int) time.Time { return time.Date(y, time.Month(mo), d, 0, 0, 0, 0, loc) }
		}
	}
	for _, h := range floatingHolidays {
		if j, ok := p.word(i, h.name); ok && j > best {
			h := h
			best = j
			date = func(y int) time.Time { return nthWeekday(y, h.mo, h.wd, h.n, loc) }
		}
	}
	for _, h := range easterHolidays {
		if j, ok := p.word(i, h.name); ok && j > best {
			off := h.off
			best = j
			date = func(y int) time.Time { return easter(y, loc).AddDate(0, 0, off) }
		}
	}
	if date == nil {
		return i
	}
	y := b.y
	if y < 0 {
		y = p.ref.Year()
		refDay := time.Date(p.ref.Year(), p.ref.Month(), p.ref.Day(), 0, 0, 0, 0, loc)
		if p.future && date(y).Before(refDay) {
			y++
		}
		b.rel = true
	}
	d := date(y)
	b.y, b.mo, b.d = d.Year(), int(d.Month()), d.Day()
	b.setFirst(3)
	return best
}
