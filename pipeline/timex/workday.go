package timex

import (
	_ "embed"
	"strconv"
	"strings"
	"time"
)

// Working and trading days. The mainland moves its weekends around its
// official holidays: the State Council announces each year which days are
// off and which weekend days are worked instead (调休). A count of working
// days (15个工作日内) skips weekends and holidays and counts those make-up
// days; a count of trading days (5个交易日) skips them too, as the
// exchanges do not open on a weekend. Counting starts the day after the
// reference (the day of an event is not counted). Where the table has no
// year, or the text is Taiwan's or Hong Kong's (whose calendars the table
// does not hold), Monday to Friday count, and the expression says so.

//go:embed cnholidays.txt
var cnHolidayTable string

// cnCalendar is the parsed table: days off and make-up working days, and
// the years it covers. It is built once and never written again.
var cnCalendar = parseHolidayTable(cnHolidayTable)

type holidayCalendar struct {
	off, work   map[time.Time]bool
	first, last int // years covered
}

func parseHolidayTable(s string) holidayCalendar {
	c := holidayCalendar{off: map[time.Time]bool{}, work: map[time.Time]bool{}}
	for _, line := range strings.Split(s, "\n") {
		f := strings.Fields(line)
		if len(f) == 0 || strings.HasPrefix(f[0], "#") {
			continue
		}
		y, err := strconv.Atoi(f[0])
		if err != nil {
			continue
		}
		if c.first == 0 || y < c.first {
			c.first = y
		}
		c.last = max(c.last, y)
		set := c.off
		for _, w := range f[1:] {
			switch w {
			case "off":
				set = c.off
				continue
			case "work":
				set = c.work
				continue
			case "-":
				continue
			}
			a, b, _ := strings.Cut(w, "-")
			from, ok1 := mmdd(y, a)
			until, ok2 := from, ok1
			if b != "" {
				until, ok2 = mmdd(y, b)
			}
			for d := from; ok1 && ok2 && !d.After(until); d = d.AddDate(0, 0, 1) {
				set[d] = true
			}
		}
	}
	return c
}

func mmdd(y int, s string) (time.Time, bool) {
	if len(s) != 4 {
		return time.Time{}, false
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return time.Time{}, false
	}
	return time.Date(y, time.Month(n/100), n%100, 0, 0, 0, 0, time.UTC), true
}

// The calendars a count of days may use (Expr.Calendar).
const (
	cnWorkingDays = "cn-working-days"
	cnTradingDays = "cn-trading-days"
	weekdaysOnly  = "weekdays"
)

// dayKind is what a count of days counts.
type dayKind uint8

const (
	calendarDays dayKind = iota
	workingDays
	tradingDays
)

// counts reports whether day t counts under kind k in calendar cal.
func counts(t time.Time, k dayKind, cal string) bool {
	weekend := t.Weekday() == time.Saturday || t.Weekday() == time.Sunday
	if cal == weekdaysOnly {
		return !weekend
	}
	key := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	if cnCalendar.off[key] {
		return false
	}
	if weekend {
		return k == workingDays && cnCalendar.work[key]
	}
	return true
}

// calendarFor returns the calendar a count of days of kind k from t uses.
func (p *parser) calendarFor(t time.Time, k dayKind) string {
	if p.region() == Taiwan || p.region() == HongKong || t.Year() < cnCalendar.first || t.Year() > cnCalendar.last {
		return weekdaysOnly
	}
	if k == tradingDays {
		return cnTradingDays
	}
	return cnWorkingDays
}

// addDays returns the n-th day that counts after day t (before it when n
// is negative) and the calendar used.
func (p *parser) addDays(t time.Time, n int, k dayKind) (time.Time, string) {
	d := truncate(t, Day)
	cal := p.calendarFor(d, k)
	step := 1
	if n < 0 {
		step, n = -1, -n
	}
	for guard := 0; n > 0 && guard < 4000; guard++ {
		d = d.AddDate(0, 0, step)
		if counts(d, k, cal) {
			n--
		}
	}
	return d, cal
}
