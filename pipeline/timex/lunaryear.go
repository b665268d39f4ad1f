package timex

import "time"

// The rules read little of a lunar year: when each month begins and how
// long it is, and the dates of the solar terms. Lunar-go computes a year
// from astronomical series (its new moons and solar terms), about half a
// millisecond a year; lunarTable (lunartable.go) holds what the rules read
// of every year they read, 1901-2099, as lunar-go computes it, generated
// by `make timex-lunar` (TestLunarTable checks that the table is what
// lunar-go gives today, year by year, and TestLunarYearsAsLunarGo each
// date against lunar-go computing it from scratch). Years outside the
// range have no lunar dates, as before the table.

// Years lunarDate and solarTerm read.
const (
	firstLunarYear = 1901
	lastLunarYear  = 2099
)

// lunarYear is what the rules read of one lunar year. Days are counted
// from 1 January of the Gregorian year of the same number.
type lunarYear struct {
	ok   bool // false when lunar-go failed on the year
	leap int8 // the leap month, 0 when none
	// first[12+m] is the day month m begins (-m for the leap month m),
	// days[12+m] its number of days (0: no such month).
	first [25]int16
	days  [25]uint8
	// terms[k] is the day of the solar term lunarTermKeys[k] that
	// lunar-go gives the year (what GetJieQiTable of its first day holds).
	terms [len(lunarTermKeys)]int16
}

// lunarTermKeys are lunar-go's keys of the solar terms of a lunar year
// (calendar.JIE_QI_IN_USE): DA_XUE is the one before the year, DONG_ZHI
// … JING_ZHE those after 大雪 (the next year's first ones).
var lunarTermKeys = [...]string{"DA_XUE", "冬至", "小寒", "大寒", "立春", "雨水", "惊蛰", "春分", "清明", "谷雨", "立夏", "小满", "芒种", "夏至", "小暑", "大暑", "立秋", "处暑", "白露", "秋分", "寒露", "霜降", "立冬", "小雪", "大雪", "DONG_ZHI", "XIAO_HAN", "DA_HAN", "LI_CHUN", "YU_SHUI", "JING_ZHE"}

// getLunarYear returns lunar year y, which must be in range.
func getLunarYear(y int) *lunarYear { return &lunarTable[y-firstLunarYear] }

// dayOf returns day n of Gregorian year y (day 0: 1 January) in loc.
func dayOf(y, n int, loc *time.Location) time.Time {
	return time.Date(y, 1, 1+n, 0, 0, 0, 0, loc)
}

// term returns the day of the solar term with lunar-go's key.
func (ly *lunarYear) term(key string) (int, bool) {
	for k, w := range lunarTermKeys {
		if w == key {
			return int(ly.terms[k]), true
		}
	}
	return 0, false
}
