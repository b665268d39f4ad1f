package timex

import (
	"sync"
	"sync/atomic"
	"time"

	"github.com/6tail/lunar-go/calendar"
)

// Lunar-go computes a lunar year from astronomical series (its new moons
// and solar terms) on every call and keeps only the last year it computed,
// so a text that names festivals of several years recomputed a year for
// almost every festival. The rules read little of a year: when each month
// begins and how long it is, and the dates of the solar terms. lunarYears
// keeps that, per year, computed once on first use; the values depend
// only on the year, so the cache never changes what a call returns.

// Years lunarDate and solarTerm read.
const (
	firstLunarYear = 1901
	lastLunarYear  = 2099
)

// civil is a Gregorian date.
type civil struct{ y, m, d int }

func (c civil) in(loc *time.Location) time.Time {
	return time.Date(c.y, time.Month(c.m), c.d, 0, 0, 0, 0, loc)
}

// lunarMonth is one month of a lunar year: the Gregorian date of its
// first day and its number of days (0: no such month).
type lunarMonth struct {
	first civil
	days  int
}

// lunarYear is what the rules read of one lunar year.
type lunarYear struct {
	ok   bool // false when lunar-go failed on the year
	leap int  // the leap month, 0 when none
	// months[12+m] is month m (-m for the leap month m).
	months [25]lunarMonth
	// terms holds the dates of the solar terms lunar-go gives the year
	// (what GetJieQiTable of its first day holds), by lunar-go's key.
	terms map[string]civil
}

// lunarYears holds the years [firstLunarYear, lastLunarYear], each built
// once on first use.
var lunarYears [lastLunarYear - firstLunarYear + 1]struct {
	once sync.Once
	y    lunarYear
}

// lunarYearsComputed counts the years computed (tests check that each
// is computed once); it does not change what any call returns.
var lunarYearsComputed atomic.Int64

// getLunarYear returns lunar year y, which must be in range.
func getLunarYear(y int) *lunarYear {
	e := &lunarYears[y-firstLunarYear]
	e.once.Do(func() { e.y = computeLunarYear(y) })
	return &e.y
}

// computeLunarYear reads year y from lunar-go's LunarYear: each month's
// first day is the Gregorian day of its first Julian day and the solar
// terms those of the year's Julian days, as calendar.NewLunarFromYmd
// computes them (without recomputing the year, and the next one, for
// each month).
func computeLunarYear(y int) (ly lunarYear) {
	lunarYearsComputed.Add(1)
	defer func() {
		// lunar-go panics on some out-of-range input; treat it as no year.
		if recover() != nil {
			ly = lunarYear{}
		}
	}()
	cy := calendar.NewLunarYear(y)
	ly.leap = cy.GetLeapMonth()
	for m := -12; m <= 12; m++ {
		if m == 0 || m < 0 && ly.leap != -m {
			continue
		}
		mon := cy.GetMonth(m)
		if mon == nil {
			continue
		}
		ly.months[12+m] = lunarMonth{first: julianCivil(mon.GetFirstJulianDay()), days: mon.GetDayCount()}
	}
	days := cy.GetJieQiJulianDays()
	ly.terms = make(map[string]civil, len(calendar.JIE_QI_IN_USE))
	for i, name := range calendar.JIE_QI_IN_USE {
		ly.terms[name] = julianCivil(days[i])
	}
	ly.ok = true
	return ly
}

// julianCivil returns the Gregorian day of a Julian day as lunar-go
// reads it.
func julianCivil(jd float64) civil {
	s := calendar.NewSolarFromJulianDay(jd)
	return civil{s.GetYear(), s.GetMonth(), s.GetDay()}
}
