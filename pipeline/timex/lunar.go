package timex

import (
	"strings"
	"time"
)

// lunarDate returns the Gregorian date of the Chinese lunar date y/m/d
// (m < 0 for a leap month; d == 0 for the last day of the month).
func lunarDate(y, m, d int, loc *time.Location) (t time.Time, ok bool) {
	if y < firstLunarYear || y > lastLunarYear || m == 0 || m > 12 || m < -12 {
		return time.Time{}, false
	}
	ly := getLunarYear(y)
	if !ly.ok || m < 0 && int(ly.leap) != -m {
		return time.Time{}, false
	}
	days := int(ly.days[12+m])
	if days == 0 {
		return time.Time{}, false
	}
	if d == 0 {
		d = days
	}
	if d < 1 || d > days {
		return time.Time{}, false
	}
	return dayOf(y, int(ly.first[12+m])+d-1, loc), true
}

// solarTerm returns the date of a solar term (节气) that belongs to lunar
// year y; 冬至, 小寒 and 大寒 are the ones at the end of that year.
func solarTerm(y int, name string, loc *time.Location) (t time.Time, ok bool) {
	if y < firstLunarYear || y > lastLunarYear {
		return time.Time{}, false
	}
	key := name
	switch name {
	case "冬至":
		key = "DONG_ZHI"
	case "小寒":
		key = "XIAO_HAN"
	case "大寒":
		key = "DA_HAN"
	}
	ly := getLunarYear(y)
	n, found := ly.term(key)
	if !ly.ok || !found {
		return time.Time{}, false
	}
	return dayOf(y, n, loc), true
}

var solarTerms = []string{"立春", "雨水", "惊蛰", "春分", "清明", "谷雨", "立夏", "小满", "芒种", "夏至", "小暑", "大暑",
	"立秋", "处暑", "白露", "秋分", "寒露", "霜降", "立冬", "小雪", "大雪", "冬至", "小寒", "大寒"}

// ambiguousTerms are solar terms that are also ordinary words; they count
// only after a year.
var ambiguousTerms = map[string]bool{"雨水": true, "大雪": true, "小雪": true, "大寒": true, "小寒": true, "大暑": true, "小暑": true,
	"白露": true, "寒露": true, "霜降": true, "小满": true, "惊蛰": true, "谷雨": true}

// lunarFestivals are festivals on a fixed lunar month and day (day 0 is
// the last day of the month).
var lunarFestivals = []struct {
	name  string
	m, d  int
	clock bool
}{
	{"春节", 1, 1, false}, {"农历新年", 1, 1, false}, {"新春", 1, 1, false}, {"大年初一", 1, 1, false}, {"正月初一", 1, 1, false},
	{"元宵节", 1, 15, false}, {"元宵", 1, 15, false}, {"龙抬头", 2, 2, false}, {"端午节", 5, 5, false}, {"端午", 5, 5, false},
	{"七夕节", 7, 7, false}, {"七夕", 7, 7, false}, {"中元节", 7, 15, false}, {"中秋节", 8, 15, false}, {"中秋", 8, 15, false},
	{"重阳节", 9, 9, false}, {"重阳", 9, 9, false}, {"腊八节", 12, 8, false}, {"腊八", 12, 8, false}, {"小年", 12, 23, false},
	{"除夕", 12, 0, false}, {"大年三十", 12, 0, false}, {"年三十", 12, 0, false}, {"正月正时", 1, 1, false},
	// Vesak, the full moon of Vaisakha, falls on the fifteenth of the fourth
	// lunar month (Singapore's public holiday dates 2001-2025 agree, but for
	// two Sundays moved to the Monday).
	{"卫塞节", 4, 15, false}, {"威瑟节", 4, 15, false}, {"比萨宝蕉节", 4, 15, false}, {"佛陀日", 4, 15, false},
}

// lunarFestivalFirst and solarTermFirst hold the first rune of each name
// of lunarFestivals and solarTerms.
var lunarFestivalFirst, solarTermFirst = func() ([]rune, []rune) {
	var fs, ts []rune
	for _, f := range lunarFestivals {
		fs = append(fs, []rune(f.name)[0])
	}
	for _, t := range solarTerms {
		ts = append(ts, []rune(t)[0])
	}
	return fs, ts
}()

// lunarFestivalWords holds the names of lunarFestivals.
var lunarFestivalWords = func() *wordSet {
	var ws []string
	for _, f := range lunarFestivals {
		ws = append(ws, f.name)
	}
	return newWordSet(ws...)
}()

// lunarMonthNames maps the named lunar months.
var lunarMonthNames = map[string]int{"正月": 1, "冬月": 11, "腊月": 12}

// dayWords are day suffixes (日, 号).
var dayWords = newWordSet("日", "号")

// lunarDayWords are the named lunar days.
var lunarDayWords = newWordSet("朔日", "望日")

// lunarMonthWords are the named lunar months.
var lunarMonthWords = newWordSet("正月", "冬月", "腊月")

// lunarPrefixes are what says a date is lunar.
var lunarPrefixes = newWordSet("农历", "阴历", "旧历")

// lunar parses a lunar month and day after an optional year: 农历8月23号,
// 正月十五, 腊月初十, 五月廿二, 闰四月, 农历十月. forced is set when 农历 or
// 阴历 came before.
func (p *parser) lunar(i int, b *pt, forced bool) int {
	j := i
	if k, w := p.anyOf(j, lunarPrefixes); w != "" {
		j, forced = k, true
	}
	leap := false
	if k, ok := p.word(j, "闰"); ok {
		j, leap, forced = k, true, true
	}
	if k, _ := p.anyOf(j, lunarFestivalWords); k > j {
		return i // 正月正时: a festival, read by lunarHoliday
	}
	m := 0
	if k, ok := p.word(j, "大年"); ok && p.r(k) == '初' {
		m, j, forced = 1, k, true
	} else if k, ok := p.newYearDay(j); ok {
		m, j, forced = 1, k, true
	} else if k, w := p.anyOf(j, lunarMonthWords); w != "" {
		m, j, forced = lunarMonthNames[w], k, true
	} else if v, k, _, ok := p.integer(j); ok && v >= 1 && v <= 12 {
		k2, ok := p.word(k, "月")
		if !ok {
			return i
		}
		m, j = v, k2
	} else {
		return i
	}
	if leap {
		m = -m
	}
	// The day.
	d := 0
	dayLunarish := false
	if k, w := p.anyOf(j, lunarDayWords); w != "" {
		d, j, dayLunarish = 1, k, true
		if w == "望日" {
			d = 15
		}
	} else if k, ok := p.word(j, "初"); ok {
		if v, k2, _, ok := p.integer(k); ok && v >= 1 && v <= 10 {
			d, j, dayLunarish = v, k2, true
		}
	} else if v, k, _, ok := p.integer(j); ok && v >= 1 && v <= 30 && k > j {
		chinese := !isASCIIDigit(p.r(j))
		k2, suffix := p.anyOf(k, dayWords)
		if suffix == "" && (p.r(j) == '廿' || chinese && (v == 15 || v >= 20) || forced) {
			d, j, dayLunarish = v, k, true
		} else if forced {
			d, j = v, k2
		}
	}
	if !forced && !dayLunarish {
		return i
	}
	y := b.y
	if y < 0 {
		y = p.ref().Year()
		b.rel = true
	}
	loc := p.ref().Location()
	if d == 0 {
		from, ok := lunarDate(y, m, 1, loc)
		last, ok2 := lunarDate(y, m, 0, loc)
		if !ok || !ok2 {
			return i
		}
		b.custom, b.from, b.until, b.grain = true, from, last.AddDate(0, 0, 1), Month
		b.value = isoDay(from) + "/" + isoDay(last)
		b.y = y
		b.setFirst(2)
		return j
	}
	t, ok := lunarDate(y, m, d, loc)
	if !ok {
		return i
	}
	if b.rel && p.future() && t.Before(time.Date(p.ref().Year(), p.ref().Month(), p.ref().Day(), 0, 0, 0, 0, loc)) {
		if t2, ok := lunarDate(y+1, m, d, loc); ok {
			t = t2
		}
	}
	b.y, b.mo, b.d = t.Year(), int(t.Month()), t.Day()
	b.setFirst(2)
	return j
}

// seasonWords are the seasons lunarHoliday reads.
var seasonWords = newWordSet("春季", "春天", "夏季", "夏天", "秋季", "秋天", "冬季", "冬天", "春", "夏", "秋", "冬")

// lunarHolidayStart holds the first runes of the festivals, solar terms
// and seasons.
var lunarHolidayStart = func() *runeSet {
	var first []rune
	for _, f := range lunarFestivals {
		first = append(first, []rune(f.name)[0])
	}
	for _, w := range append(append([]string{}, solarTerms...), seasonWords.words...) {
		first = append(first, []rune(w)[0])
	}
	return newRuneSet(string(first))
}()

// lunarHoliday parses a lunar festival, a solar term or a season at i,
// in lunar year y (-1: from the reference).
func (p *parser) lunarHoliday(i int, b *pt) int {
	if !lunarHolidayStart.has(p.r(i)) {
		return i
	}
	// The names are matched before the reference is read, so that a
	// position with none of them does not depend on it (see memo.go); the
	// dates below take the reference's location when they are called.
	best, bestName := i, ""
	var dateIn func(y int, loc *time.Location) (time.Time, bool)
	r0 := p.r(i)
	for k, f := range lunarFestivals {
		if lunarFestivalFirst[k] != r0 {
			continue
		}
		if j, ok := p.word(i, f.name); ok && j > best {
			f := f
			best, bestName = j, f.name
			dateIn = func(y int, loc *time.Location) (time.Time, bool) { return lunarDate(y, f.m, f.d, loc) }
		}
	}
	for k, name := range solarTerms {
		if solarTermFirst[k] != r0 {
			continue // (清明节 starts as 清明 does)
		}
		w := name
		if name == "清明" {
			w = "清明节"
			if j, ok := p.word(i, w); ok && j > best {
				best, bestName = j, name
				dateIn = func(y int, loc *time.Location) (time.Time, bool) { return solarTerm(y, "清明", loc) }
				continue
			}
			w = name
		}
		if ambiguousTerms[name] && b.y < 0 {
			continue // 雨水, 大雪, 小暑 are ordinary words too
		}
		if j, ok := p.word(i, w); ok && j > best {
			n := name
			best, bestName = j, name
			dateIn = func(y int, loc *time.Location) (time.Time, bool) { return solarTerm(y, n, loc) }
		}
	}
	if dateIn == nil {
		if _, w := p.anyOf(i, seasonWords); w == "" || (len([]rune(w)) == 1 && b.y < 0) {
			return i
		}
	}
	loc := p.ref().Location()
	var date func(y int) (time.Time, bool)
	if dateIn != nil {
		date = func(y int) (time.Time, bool) { return dateIn(y, loc) }
	}
	y := b.y
	rel := y < 0
	if rel {
		y = p.ref().Year()
	}
	refDay := time.Date(p.ref().Year(), p.ref().Month(), p.ref().Day(), 0, 0, 0, 0, loc)
	if date != nil {
		if rel && !p.future() {
			y = p.nearestYear(date)
		}
		t, ok := date(y)
		if !ok {
			return i
		}
		if rel && p.future() && t.Before(refDay) {
			if t2, ok := date(y + 1); ok {
				t = t2
			}
		}
		_ = bestName
		if k, n, ok := p.festivalDay(best); ok && n <= 15 {
			t, best = t.AddDate(0, 0, n-1), k // 春节第三天: 正月初三
		}
		b.y, b.mo, b.d = t.Year(), int(t.Month()), t.Day()
		b.rel = b.rel || rel
		b.setFirst(3)
		return best
	}
	// Seasons by the solar terms that open them.
	j, w := p.anyOf(i, seasonWords)
	if w == "" || (len([]rune(w)) == 1 && b.y < 0) {
		return i
	}
	starts := map[rune]string{'春': "立春", '夏': "立夏", '秋': "立秋", '冬': "立冬"}
	next := map[rune]string{'春': "立夏", '夏': "立秋", '秋': "立冬", '冬': "立春"}
	r := []rune(w)[0]
	from, ok := solarTerm(y, starts[r], loc)
	ny := y
	if r == '冬' {
		ny = y + 1
	}
	until, ok2 := solarTerm(ny, next[r], loc)
	if !ok || !ok2 {
		return i
	}
	b.custom, b.from, b.until, b.grain = true, from, until, Day
	b.value = isoDay(from) + "/" + isoDay(until.AddDate(0, 0, -1))
	b.rel = b.rel || rel
	b.setFirst(2)
	return j
}

// newYearDay reports 年初三 at j, the third day of the lunar new year as
// Hong Kong and Taiwan say it (年初一 = 大年初一), and returns the index
// of 初. 年 must not end a year (2020年初, 今年初) and the day numeral must
// not start a count (年初三个月, 年初三季度, 年初三大银行).
func (p *parser) newYearDay(j int) (int, bool) {
	if p.r(j) != '年' || p.r(j+1) != '初' {
		return j, false
	}
	prev := p.r(j - 1)
	if _, ok := numeralRune(prev); ok || isASCIIDigit(prev) || strings.ContainsRune("今去明本前后上下同当每全该其次首翌", prev) {
		return j, false
	}
	if isASCIIDigit(p.r(j + 2)) {
		return j, false
	}
	d, k, _, ok := p.integer(j + 2)
	if !ok || d < 1 || d > 10 || k != j+3 {
		return j, false
	}
	next := p.r(j + 3)
	if _, ok := numeralRune(next); ok || strings.ContainsRune(unitAfterNumber+"季大成周星轮届期", next) {
		return j, false
	}
	return j + 1, true
}
