package timex

import "time"

// Clarifications and prefixes that news writing puts around a date:
// a time zone before it (美东时间3月5日, 當地時間), the date a relative
// word stands for in brackets (今天（3月5日）, 今（20）日, 去（2023）年)
// or right after it (后天5月3日), and the Taiwanese shorthand of a
// month-day after a year (2016年520 = 5月20日).

// zoneWords are the places whose clock a time may be given in; 时间
// follows them.
var zoneWords = newWordSet("当地", "北京", "美东", "美西", "美国东部", "美国西部", "美国中部", "美国太平洋", "美国", "太平洋", "东部",
	"格林尼治", "格林威治", "台北", "台湾", "香港", "澳门", "东京", "日本", "韩国", "首尔", "伦敦", "巴黎", "柏林", "莫斯科",
	"欧洲中部", "中欧", "华盛顿", "纽约", "新加坡", "吉隆坡", "曼谷", "悉尼", "世界标准", "协调世界", "国际标准", "当地标准")

// zoneSuffixes close a time-zone prefix.
var zoneSuffixes = newWordSet("时间", "标准时间", "夏令时间", "夏令时", "标准时")

// zonePrefix matches a time-zone prefix (美东时间, 美国太平洋标准时间) at i
// and returns the index after it.
func (p *parser) zonePrefix(i int) (int, bool) {
	j, w := p.anyOf(i, zoneWords)
	if w == "" {
		return i, false
	}
	k, s := p.anyOf(j, zoneSuffixes)
	if s == "" {
		return i, false
	}
	return k, true
}

// isOpen and isClose report brackets.
func isOpen(r rune) bool  { return r == '(' || r == '（' }
func isClose(r rune) bool { return r == ')' || r == '）' }

// bracketDayShifts are the one-character relative days that take a
// bracketed day of the month: 今（20）日, 昨（12）日, 前（18）日 (前天).
var bracketDayShifts = map[rune]int{'今': 0, '本': 0, '昨': -1, '明': 1, '前': -2, '后': 2}

// bracketDay parses 今（20）日 at i: a relative day whose day of the month
// is given in brackets. The day wins over the reference: the date is the
// one with that day of the month nearest the reference day shifted.
func (p *parser) bracketDay(i int, b *pt) int {
	if !isOpen(p.r(i + 1)) {
		return i
	}
	shift, ok := bracketDayShifts[p.r(i)]
	if !ok {
		return i
	}
	n, k, _, ok := p.integer(i + 2)
	if !ok || n < 1 || n > 31 || !isClose(p.r(k)) {
		return i
	}
	j, w := p.anyOf(k+1, dayWords)
	if w == "" {
		return i
	}
	d := dayNear(p.ref().AddDate(0, 0, shift), n)
	b.y, b.mo, b.d = d.Year(), int(d.Month()), d.Day()
	b.rel = true
	b.setFirst(3)
	p.clarified = append(p.clarified, clarification{day: n, shift: shift})
	return j
}

// dayNear returns the date with day of the month n nearest t.
func dayNear(t time.Time, n int) time.Time {
	t = truncate(t, Day)
	best, gap := t, 1<<30
	for dm := -1; dm <= 1; dm++ {
		first := time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, t.Location()).AddDate(0, dm, 0)
		if n > daysIn(first.Year(), int(first.Month())) {
			continue
		}
		c := first.AddDate(0, 0, n-1)
		g := int(c.Sub(t).Hours() / 24)
		if g < 0 {
			g = -g
		}
		if g < gap {
			best, gap = c, g
		}
	}
	return best
}

// bracketMonthShifts are the one-character relative months that take a
// bracketed month: 上（12）月, 本（3）月.
var bracketMonthShifts = map[rune]int{'今': 0, '本': 0, '上': -1, '下': 1}

// bracketMonth parses 上（12）月 at i: a relative month whose number is
// given in brackets; the month wins, in the year that puts it nearest the
// relative month.
func (p *parser) bracketMonth(i int, b *pt) int {
	if !isOpen(p.r(i + 1)) {
		return i
	}
	shift, ok := bracketMonthShifts[p.r(i)]
	if !ok {
		return i
	}
	n, k, _, ok := p.integer(i + 2)
	if !ok || n < 1 || n > 12 || !isClose(p.r(k)) || p.r(k+1) != '月' {
		return i
	}
	rel := time.Date(p.ref().Year(), p.ref().Month(), 1, 0, 0, 0, 0, p.ref().Location()).AddDate(0, shift, 0)
	b.y, b.mo = nearYear(n, 15, rel), n
	b.rel = true
	b.setFirst(2)
	return k + 2
}

// bracketYearShifts are the one-character relative years that take a
// bracketed year: 去（2023）年.
var bracketYearShifts = map[rune]int{'今': 0, '本': 0, '去': -1, '明': 1, '前': -2}

// bracketYear parses 去（2023）年 at i: the year in brackets is explicit.
// Taiwanese text gives it as a year of the Republic (今(107)年 = 2018).
func (p *parser) bracketYear(i int, b *pt) int {
	if !isOpen(p.r(i + 1)) {
		return i
	}
	if _, ok := bracketYearShifts[p.r(i)]; !ok {
		return i
	}
	v, k, digits, ok := p.integer(i + 2)
	if !ok || !isClose(p.r(k)) || p.r(k+1) != '年' {
		return i
	}
	switch {
	case digits == 4 && v >= 1000 && v <= 2999:
	case digits == 3 && v <= 200 || digits == 2 && v >= 60:
		v += 1911 // a year of the Republic
	default:
		return i
	}
	b.y, b.yExplicit = v, true
	b.setFirst(1)
	return k + 2
}

// clarifyDay reads the explicit date that may follow a relative day at j
// (今天（3月5日）, 后天5月3日): the explicit month and day win, in the
// year nearest the relative day d. shift is the relative day's distance
// from the reference, recorded for GuessReference when deictic is set.
func (p *parser) clarifyDay(j int, b *pt, d time.Time, shift int, deictic bool) int {
	k := j
	open := isOpen(p.r(k))
	if open {
		k++
	}
	c := newPt()
	k2 := p.month(k, &c)
	if k2 == k && open {
		// 今日(26日): the day of the month alone, in brackets.
		return p.clarifyMonthDay(j, k, b, d, shift, deictic)
	}
	if k2 == k || c.rel {
		return j
	}
	k3 := p.day(k2, &c)
	if k3 == k2 {
		return j
	}
	if open {
		if !isClose(p.r(k3)) {
			return j
		}
		k3++
	}
	y := nearYear(c.mo, c.d, d)
	b.y, b.mo, b.d = y, c.mo, c.d
	if deictic {
		p.clarified = append(p.clarified, clarification{month: c.mo, day: c.d, shift: shift})
	}
	return k3
}

// clarifyMonthDay reads the bracketed day of the month at k after a
// relative day ending at j (今日(26日), 今天（7日）): the date with that
// day nearest d, the relative day.
func (p *parser) clarifyMonthDay(j, k int, b *pt, d time.Time, shift int, deictic bool) int {
	n, k2, _, ok := p.integer(k)
	if !ok || n < 1 || n > 31 {
		return j
	}
	k3, w := p.anyOf(k2, dayWords)
	if w == "" || !isClose(p.r(k3)) {
		return j
	}
	c := dayNear(d, n)
	b.y, b.mo, b.d = c.Year(), int(c.Month()), c.Day()
	if deictic {
		p.clarified = append(p.clarified, clarification{day: n, shift: shift})
	}
	return k3 + 1
}

// clarification is what a relative day with an explicit date says about
// the article's date: shift days after it is month/day (month 0: only the
// day of the month is known).
type clarification struct {
	month, day, shift int
}

// unitAfterNumber are what makes a number after a year a count, not a
// month-day (2016年520亿元, 2024年1200人).
const unitAfterNumber = "万亿千百元人名个件家位次岁项条份张台辆架艘头吨米斤克度%股倍户所座套批笔场分秒天年月日号点时"

// yearMonthDay parses the month-day written as three or four digits right
// after a year (2016年520, 2016年520就职) at j.
func (p *parser) yearMonthDay(j int, b *pt) int {
	k := j
	v := 0
	for k < p.n() && isASCIIDigit(p.t.at(k)) && k-j < 5 {
		v = v*10 + int(p.t.at(k)-'0')
		k++
	}
	if n := k - j; n < 3 || n > 4 || isASCIIDigit(p.r(k)) || p.r(k) == '.' || p.r(k) == '/' || p.r(k) == '-' {
		return j
	}
	for _, r := range unitAfterNumber {
		if p.r(k) == r {
			return j
		}
	}
	if r := p.r(k); r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' {
		return j
	}
	mo, d := v/100, v%100
	y := b.y
	if mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo) {
		return j
	}
	b.mo, b.d = mo, d
	b.setFirst(2)
	return k
}
