package timex

import (
	"strings"
	"time"
	"unicode/utf8"
)

// A holidayRule gives the first day of a holiday in a Gregorian year and
// how many days it lasts.
type holidayRule struct {
	names string // Simplified names, space-separated
	first func(y int, loc *time.Location) time.Time
	days  int
}

// holidayExtras are what some holidays have beyond a day or days, by
// their names: festival is the first day of the whole festival counted
// from the named day, when it starts before it (Pongal opens the day
// before Thai Pongal), for …第三天; clock is the time of day in minutes
// from midnight [from, until] of a holiday that is an hour (地球一小时).
var holidayExtras = map[string]struct {
	festival int
	clock    [2]int
}{
	"庞格尔节 印度丰收节 淡米尔丰收节": {festival: -1}, // Bhogi (13 January) to Kaanum (16)
	"地球一小时": {clock: [2]int{20*60 + 30, 21*60 + 30}},
}

func fixed(mo, d int) func(int, *time.Location) time.Time {
	return func(y int, loc *time.Location) time.Time { return time.Date(y, time.Month(mo), d, 0, 0, 0, 0, loc) }
}

func nth(mo int, wd time.Weekday, n int) func(int, *time.Location) time.Time {
	return func(y int, loc *time.Location) time.Time { return nthWeekday(y, mo, wd, n, loc) }
}

func fromEaster(off int) func(int, *time.Location) time.Time {
	return func(y int, loc *time.Location) time.Time { return easter(y, loc).AddDate(0, 0, off) }
}

func fromOrthodoxEaster(off int) func(int, *time.Location) time.Time {
	return func(y int, loc *time.Location) time.Time { return orthodoxEaster(y, loc).AddDate(0, 0, off) }
}

// hebrew gives a Jewish holiday from the evening it begins (the day
// before its first full day), as the Hebrew calendar counts days.
func hebrew(m, d int) func(int, *time.Location) time.Time {
	return func(y int, loc *time.Location) time.Time { return hebrewHoliday(y, m, d, loc).AddDate(0, 0, -1) }
}

func islamic(m, d int) func(int, *time.Location) time.Time {
	return func(y int, loc *time.Location) time.Time { return islamicHoliday(y, m, d, loc) }
}

// israelIndependenceDay is 5 Iyar, moved off Friday, Saturday and Monday.
func israelIndependenceDay(y int, loc *time.Location) time.Time {
	d := hebrewHoliday(y, iyar, 5, loc)
	switch d.Weekday() {
	case time.Friday:
		d = d.AddDate(0, 0, -1)
	case time.Saturday:
		d = d.AddDate(0, 0, -2)
	case time.Monday:
		d = d.AddDate(0, 0, 1)
	}
	return d.AddDate(0, 0, -1)
}

// tishaBAv is 9 Av, postponed to Sunday when it falls on the Sabbath.
func tishaBAv(y int, loc *time.Location) time.Time {
	d := hebrewHoliday(y, av, 9, loc)
	if d.Weekday() == time.Saturday {
		d = d.AddDate(0, 0, 1)
	}
	return d.AddDate(0, 0, -1)
}

// holidayRules lists Gregorian, Christian (Western and Orthodox), Jewish
// and Islamic holidays by their usual Chinese names. Chinese lunar
// festivals are in lunar.go.
var holidayRules = []holidayRule{
	{"元旦 元旦节 阳历新年 新历新年", fixed(1, 1), 1},
	{"暑假", fixed(7, 1), 62}, // July and August
	{"情人节 圣瓦伦丁节", fixed(2, 14), 1},
	{"妇女节 三八妇女节 国际妇女节 三八节", fixed(3, 8), 1},
	{"植树节", fixed(3, 12), 1},
	{"消费者权益日 国际消费者权益日 三一五", fixed(3, 15), 1},
	{"愚人节", fixed(4, 1), 1},
	{"劳动节 五一劳动节 国际劳动节 五一国际劳动节", fixed(5, 1), 1},
	{"青年节 五四青年节", fixed(5, 4), 1},
	{"儿童节 六一儿童节 国际儿童节", fixed(6, 1), 1},
	{"建党节 香港回归纪念日", fixed(7, 1), 1},
	{"建军节 八一建军节", fixed(8, 1), 1},
	{"教师节", fixed(9, 10), 1},
	{"双十节", fixed(10, 10), 1},
	{"老板节", fixed(10, 16), 1},
	{"万圣节", fixed(10, 31), 1},
	{"光棍节 双十一", fixed(11, 11), 1},
	{"澳门回归纪念日", fixed(12, 20), 1},
	{"平安夜", fixed(12, 24), 1},
	{"圣诞节 圣诞", fixed(12, 25), 1},
	{"母亲节", nth(5, time.Sunday, 2), 1},
	{"父亲节", nth(6, time.Sunday, 3), 1},
	{"感恩节", nth(11, time.Thursday, 4), 1},
	// Western Easter cycle.
	{"复活节 复活节主日 主复活日", fromEaster(0), 1},
	{"复活节星期一 复活节周一", fromEaster(1), 1},
	{"耶稣受难日 受难日 受难节 主受难日 主受难节 圣周五 沈默周五", fromEaster(-2), 1},
	{"圣周六 神圣周六 复活节前夜 耶稣受难日翌日 主受难节翌日 黑色星期六", fromEaster(-1), 1},
	{"圣周四 神圣星期四 圣周星期四 濯足节 设立圣餐日", fromEaster(-3), 1},
	{"棕枝主日 圣枝主日 基督苦难主日 圣树主日", fromEaster(-7), 1},
	{"圣灰星期三 大斋首日 圣灰日 圣灰礼仪日 灰日", fromEaster(-46), 1},
	{"忏悔节 忏悔星期二 煎饼星期二 忏悔火曜日", fromEaster(-47), 1},
	{"耶稣升天节 升天节", fromEaster(39), 1},
	{"五旬节 圣灵降临节 圣灵降临日", fromEaster(49), 1},
	{"圣灵节庆日 圣灵降临节星期一", fromEaster(50), 1},
	{"圣三一主日 天主圣三一节 天主三一主日 圣三主日 圣三节", fromEaster(56), 1},
	{"基督圣体节 基督圣体圣血节 基督圣体圣血瞻礼", fromEaster(60), 1},
	{"大斋期 大斋节 四旬期", fromEaster(-46), 46},
	// Jewish holidays, from the evening they begin.
	{"犹太新年", hebrew(tishri, 1), 3},
	{"赎罪日", hebrew(tishri, 10), 1},
	{"住棚节", hebrew(tishri, 15), 9},
	{"圣会节 圣会日 圣会节日", hebrew(tishri, 22), 1},
	{"西赫托拉节 西赫妥拉节 诵经节 转经节 律法节 欢庆圣法节", hebrew(tishri, 23), 1},
	{"光明节 哈努卡节 修殿节 献殿节 烛光节 马加比节", hebrew(kislev, 25), 8},
	{"犹太植树节 图比舍巴特节 树木新年", hebrew(shevat, 15), 1},
	{"逾越节", hebrew(nisan, 15), 9},
	{"以色列独立日 以色列国庆节", israelIndependenceDay, 1},
	{"篝火节 犹太教篝火节", hebrew(iyar, 18), 1},
	{"七七节 沙夫幼特节 收获节 新果实节", hebrew(sivan, 6), 3},
	{"圣殿被毁日", tishaBAv, 1},
	{"拉撒路圣周六 拉撒路周六 拉匝路周六", fromOrthodoxEaster(-8), 1},
	{"庞格尔节 印度丰收节 淡米尔丰收节", fixed(1, 14), 1},
	{"地球一小时", earthHour, 1},
	// Islamic holidays (arithmetical calendar).
	{"伊斯兰新年 伊斯兰教新年 伊斯兰历新年", islamic(1, 1), 1},
	{"阿舒拉节", islamic(1, 10), 1},
	{"圣纪节", islamic(3, 12), 1},
	{"登霄节 夜行登霄节", islamic(7, 27), 1},
	{"斋月 穆斯林斋月", islamic(9, 1), 30},
	{"法令之夜 权力之夜", islamic(9, 27), 1},
	{"开斋节 肉孜节 尔代节", islamic(10, 1), 1},
	{"古尔邦节 宰牲节", islamic(12, 10), 1},
}

// orthodoxRules are the Easter-cycle days that 东正教 can precede.
var orthodoxRules = []holidayRule{
	{"复活节 复活节主日 主复活日", fromOrthodoxEaster(0), 1},
	{"复活节星期一 复活节周一", fromOrthodoxEaster(1), 1},
	{"耶稣受难日 受难日 受难节 主受难日 主受难节 圣周五 沈默周五", fromOrthodoxEaster(-2), 1},
	{"圣周六 神圣周六 复活节前夜 耶稣受难日翌日 主受难节翌日", fromOrthodoxEaster(-1), 1},
	{"棕枝主日 圣枝主日 基督苦难主日 圣树主日", fromOrthodoxEaster(-7), 1},
	{"拉撒路圣周六 拉撒路周六 拉匝路周六", fromOrthodoxEaster(-8), 1},
}

// earthHour is the last Saturday of March, or the one before it when that
// is Holy Saturday (2016: 19 March).
func earthHour(y int, loc *time.Location) time.Time {
	d := time.Date(y, time.April, 0, 0, 0, 0, 0, loc)
	for d.Weekday() != time.Saturday {
		d = d.AddDate(0, 0, -1)
	}
	if d.Equal(easter(y, loc).AddDate(0, 0, -1)) {
		d = d.AddDate(0, 0, -7)
	}
	return d
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

// ruleName is one name of a holiday rule, indexed by its first rune.
type ruleName struct {
	name string
	rule int
}

// indexRules maps the first rune of every name to the names.
func indexRules(rules []holidayRule) map[rune][]ruleName {
	m := make(map[rune][]ruleName)
	for k, r := range rules {
		for _, n := range strings.Fields(r.names) {
			first, _ := utf8.DecodeRuneInString(n)
			m[first] = append(m[first], ruleName{n, k})
		}
	}
	return m
}

// holidayIndex and orthodoxIndex are built once and never written again;
// holidayFirst holds the first runes of both.
var (
	holidayIndex  = indexRules(holidayRules)
	orthodoxIndex = indexRules(orthodoxRules)
	holidayFirst  = func() *runeSet {
		var rs []rune
		for _, idx := range []map[rune][]ruleName{holidayIndex, orthodoxIndex} {
			for r := range idx {
				rs = append(rs, r)
			}
		}
		return newRuneSet(string(rs))
	}()
)

// matchRules returns the longest rule name at i.
func (p *parser) matchRules(i int, rules []holidayRule, index map[rune][]ruleName) (holidayRule, int) {
	best, bi := i, -1
	if !holidayFirst.has(p.r(i)) {
		return holidayRule{}, i
	}
	for _, rn := range index[p.r(i)] {
		if j, ok := p.word(i, rn.name); ok && j > best {
			best, bi = j, rn.rule
		}
	}
	if bi < 0 {
		return holidayRule{}, i
	}
	return rules[bi], best
}

// festivalDay reads 第N天 after a holiday at j: the n-th day of it.
func (p *parser) festivalDay(j int) (int, int, bool) {
	k, ok := p.word(j, "第")
	if !ok {
		return j, 0, false
	}
	n, k2, _, ok := p.integer(k)
	if !ok || n < 1 {
		return j, 0, false
	}
	k3, ok := p.word(k2, "天")
	if !ok {
		return j, 0, false
	}
	return k3, n, true
}

// holidayStayWords are what after 十一 makes it the National Day holiday.
var holidayStayWords = newWordSet("期间", "假期", "长假", "小长假", "黄金周", "假日", "放假")

// anyOfEnd reports whether a word of s starts at k.
func (p *parser) anyOfEnd(k int, s *wordSet) bool {
	_, w := p.anyOf(k, s)
	return w != ""
}

// nationalDayWords are the national day (国庆).
var nationalDayWords = newWordSet("国庆节", "国庆日", "国庆")

// holiday parses a holiday name at i into b: the year comes from b, else
// the reference (the next occurrence when PreferFuture is set).
func (p *parser) holiday(i int, b *pt) int {
	rule, j := p.matchRules(i, holidayRules, holidayIndex)
	if k, ok := p.word(i, "东正教"); ok {
		if r2, j2 := p.matchRules(k, orthodoxRules, orthodoxIndex); j2 > k {
			rule, j = r2, j2
		}
	}
	// 十一 names the National Day holiday when alone or before 期间, 假期 …
	if k, ok := p.word(i, "十一"); ok && k > j && (p.whole && i == 0 && k == p.n() || p.anyOfEnd(k, holidayStayWords)) {
		rule, j = holidayRule{first: fixed(10, 1), days: 1}, k
	}
	// 国庆 is 10 October in Taiwan text, 1 October elsewhere.
	if k, w := p.anyOf(i, nationalDayWords); w != "" && k >= j {
		rule, j = holidayRule{first: fixed(10, 1), days: 1}, k
		if p.region() == Taiwan {
			rule.first = fixed(10, 10)
		}
	}
	if j == i {
		return i
	}
	loc := p.ref().Location()
	y := b.y
	if y < 0 {
		y = p.ref().Year()
		refDay := time.Date(p.ref().Year(), p.ref().Month(), p.ref().Day(), 0, 0, 0, 0, loc)
		if p.future() && !rule.first(y, loc).AddDate(0, 0, rule.days).After(refDay) {
			y++
		} else if !p.future() {
			y = p.nearestYear(func(y int) (time.Time, bool) { return rule.first(y, loc), true })
		}
		b.rel = true
	}
	d := rule.first(y, loc)
	extra := holidayExtras[rule.names]
	if k, n, ok := p.festivalDay(j); ok && n <= max(rule.days, 7) {
		// 国庆第三天, 庞格尔节第四天: a day of the festival.
		d = d.AddDate(0, 0, extra.festival+n-1)
		b.y, b.mo, b.d = d.Year(), int(d.Month()), d.Day()
		b.setFirst(3)
		return k
	}
	if extra.clock[1] > 0 {
		// 地球一小时: from the first minute to the last one, inclusive.
		b.custom, b.grain = true, Minute
		b.from = d.Add(time.Duration(extra.clock[0]) * time.Minute)
		b.until = d.Add(time.Duration(extra.clock[1]+1) * time.Minute)
		b.value = b.from.Format("2006-01-02T15:04") + "/" + b.until.Add(-time.Minute).Format("2006-01-02T15:04")
		b.y = y
		b.setFirst(3)
		return j
	}
	if rule.days > 1 {
		last := d.AddDate(0, 0, rule.days-1)
		b.custom, b.from, b.until, b.grain = true, d, last.AddDate(0, 0, 1), Day
		b.value = isoDay(d) + "/" + isoDay(last)
		b.y = y
		b.setFirst(3)
		return j
	}
	b.y, b.mo, b.d = d.Year(), int(d.Month()), d.Day()
	b.setFirst(3)
	return j
}
