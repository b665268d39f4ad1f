package timex

import (
	"testing"
	"time"

	"github.com/6tail/lunar-go/HolidayUtil"
)

// holidayTableDisagreements are the days where the two data sets differ,
// with which one the annual notice supports.
var holidayTableDisagreements = map[string]string{
	"2013-04-07": "make-up Sunday after 清明 (2013 notice); lunar-go lacks it",
	"2013-10-12": "make-up Saturday after 国庆 (2013 notice); lunar-go lacks it",
	"2005-12-31": "make-up Saturday for the 2006 New Year; before chinese-days' first notice",
}

// TestHolidayTableAgrees checks the embedded holiday table (written from
// chinese-days) against lunar-go's holiday data, maintained apart: every
// weekday off and every make-up weekend day of the years both cover
// (weekends next to a holiday count as off in one, as weekends in the
// other, to the same effect).
func TestHolidayTableAgrees(t *testing.T) {
	off, work := map[time.Time]bool{}, map[time.Time]bool{}
	for y := cnCalendar.first; y <= cnCalendar.last; y++ {
		l := HolidayUtil.GetHolidaysByYear(y)
		if l.Len() == 0 {
			t.Errorf("lunar-go has no holidays for %d", y)
			continue
		}
		for e := l.Front(); e != nil; e = e.Next() {
			h := e.Value.(*HolidayUtil.Holiday)
			d, err := time.Parse("2006-01-02", h.GetDay())
			if err != nil {
				t.Fatal(err)
			}
			weekend := d.Weekday() == time.Saturday || d.Weekday() == time.Sunday
			if h.IsWork() && weekend {
				work[d] = true
			} else if !h.IsWork() && !weekend {
				off[d] = true
			}
		}
	}
	for _, c := range []struct {
		name        string
		ours, other map[time.Time]bool
	}{{"day off", cnCalendar.off, off}, {"make-up day", cnCalendar.work, work}} {
		for d := range c.ours {
			weekend := d.Weekday() == time.Saturday || d.Weekday() == time.Sunday
			if c.name == "day off" && weekend || holidayTableDisagreements[d.Format("2006-01-02")] != "" {
				continue
			}
			if !c.other[d] && d.Year() >= cnCalendar.first {
				t.Errorf("%s %s: in the table, not in lunar-go", c.name, d.Format("2006-01-02"))
			}
		}
		for d := range c.other {
			if holidayTableDisagreements[d.Format("2006-01-02")] != "" {
				continue
			}
			if !c.ours[d] && d.Year() >= cnCalendar.first && d.Year() <= cnCalendar.last {
				t.Errorf("%s %s: in lunar-go, not in the table", c.name, d.Format("2006-01-02"))
			}
		}
	}
	if cnCalendar.first > 2010 || cnCalendar.last < 2026 {
		t.Errorf("table covers %d-%d; want at least 2010-2026", cnCalendar.first, cnCalendar.last)
	}
}
