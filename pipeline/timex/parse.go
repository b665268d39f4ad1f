package timex

import (
	"math"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/zhpipe/zhpipe/pipeline/numeral"
)

// parser holds one input's folded text and the reference it resolves
// against. It is created per call and never shared.
type parser struct {
	orig   string // the text as given
	t      *text
	ref    time.Time
	known  bool
	region Region
	future bool
	spans  bool
	// whole is set by ParseExpr: the input is known to be one time
	// expression, so forms too risky in running text are read too (a bare
	// year 2018, 09-01, 2022 11 23, 第三天).
	whole bool
	// vagueAmount is set by amountUnit when the amount is 几 or 数.
	vagueAmount bool
	// guardOff is a rune index where numericDate may start right after a
	// digit and a dash (the end of a range 2019.05.29 15:20-2020.01.12).
	guardOff int
	// nums caches number by position.
	nums [16]numberAt
}

// defaultRef stands in for an unknown reference date so that rules can run;
// expressions that depend on it come out unresolved.
var defaultRef = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

func newParser(s string, ref Reference) *parser {
	p := &parser{orig: s, t: newText(s), region: ref.Region, future: ref.PreferFuture, spans: ref.Spans, guardOff: -1}
	if ref.Date.IsZero() {
		p.ref = defaultRef
	} else {
		p.ref, p.known = ref.Date, true
	}
	return p
}

func (p *parser) n() int { return len(p.t.rs) }

// word matches w at rune i and returns the index after it.
func (p *parser) word(i int, w string) (int, bool) {
	if i < 0 || i > p.n() {
		return i, false
	}
	rest, n := p.t.s[p.t.sb[i]:], len(w)
	if n == 0 {
		return i, true
	}
	// The first and third bytes tell most words apart before comparing.
	if len(rest) < n || rest[0] != w[0] || n >= 3 && rest[2] != w[2] || rest[:n] != w {
		return i, false
	}
	return i + utf8.RuneCountInString(w), true
}

func (p *parser) r(i int) rune {
	if i < 0 || i >= p.n() {
		return 0
	}
	return p.t.rs[i]
}

// number reads a numeral at i (integer or decimal). digits is the number
// of digit runes when the numeral is a plain digit string (2025, 二〇二五),
// else 0.
func (p *parser) number(i int) (v float64, j int, digits int, ok bool) {
	if i >= p.n() || i < 0 {
		return 0, i, 0, false
	}
	// The rules read the number at a position many times: keep the last few.
	c := &p.nums[i%len(p.nums)]
	if c.at == i+1 {
		return c.v, c.j, c.digits, c.ok
	}
	v, j, digits, ok = p.readNumber(i)
	*c = numberAt{at: i + 1, v: v, j: j, digits: digits, ok: ok}
	return v, j, digits, ok
}

// numberAt is a number read at rune at-1 (0: empty).
type numberAt struct {
	at, j, digits int
	v             float64
	ok            bool
}

func (p *parser) readNumber(i int) (v float64, j int, digits int, ok bool) {
	v, nb := numeral.Prefix(p.t.s[p.t.sb[i]:])
	if nb == 0 {
		return 0, i, 0, false
	}
	j = p.t.runeIndex(i, p.t.sb[i]+nb)
	digits = j - i
	for k := i; k < j; k++ {
		if _, ok := numeral.Digit(p.t.rs[k]); !ok {
			digits = 0
			break
		}
	}
	return v, j, digits, true
}

// integer reads a whole number at i; a decimal is cut at its point.
func (p *parser) integer(i int) (int, int, int, bool) {
	v, j, d, ok := p.number(i)
	if !ok {
		return 0, i, 0, false
	}
	for k := i; k < j; k++ {
		if c := p.t.rs[k]; c == '点' || c == '.' || c == ',' {
			if k == i {
				return 0, i, 0, false
			}
			v2, j2, d2, ok2 := p.number(i)
			_ = v2
			if !ok2 {
				return 0, i, 0, false
			}
			// Re-read only up to the point.
			sub := p.t.s[p.t.sb[i]:p.t.sb[k]]
			x, err := numeral.ParseMode(sub, numeral.Smart)
			if err != nil {
				return 0, i, 0, false
			}
			d2 = k - i
			for q := i; q < k; q++ {
				if _, ok := numeral.Digit(p.t.rs[q]); !ok {
					d2 = 0
				}
			}
			_ = j2
			return int(x), k, d2, true
		}
	}
	if v != math.Trunc(v) || v > 1e9 {
		return 0, i, 0, false
	}
	return int(v), j, d, true
}

func isHan(r rune) bool { return r >= 0x4E00 && r <= 0x9FFF || r >= 0x3400 && r <= 0x4DBF }

func isASCIIDigit(r rune) bool { return r >= '0' && r <= '9' }

// pt is a point expression under construction: calendar fields from the
// text, plus what was taken from the reference.
type pt struct {
	y, mo, d, h, mi, s int // -1 when unset
	yExplicit          bool
	rel                bool // relative words were used
	ampm               int  // see podNone...
	custom             bool // from, until, grain, value are final
	from, until        time.Time
	grain              Grain
	value              string
	podFrom, podTo     int // part of day without a clock time: hours [from, to)
	first              int // coarsest field the text gave: 1 year … 6 second
	weekday            bool
	now                bool // 现在: the reference instant itself
	canton             bool // a Cantonese part of day (晏昼): 三點三 is 3:15
}

const (
	podNone = iota
	podAM
	podPM
	podNight
	podEarly
	podNoon
)

func newPt() pt { return pt{y: -1, mo: -1, d: -1, h: -1, mi: -1, s: -1, podFrom: -1} }

func (b *pt) setFirst(level int) {
	if b.first == 0 || level < b.first {
		b.first = level
	}
}

func (b *pt) empty() bool {
	return b.y < 0 && b.mo < 0 && b.d < 0 && b.h < 0 && !b.custom && b.podFrom < 0
}

func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// twoDigitYear expands yy against the reference year.
func (p *parser) twoDigitYear(yy int) int {
	y := 2000 + yy
	if y > p.ref.Year()+10 {
		y -= 100
	}
	return y
}

// yearRelWords are relative years.
var yearRelWords = newWordSet("今年", "本年", "这一年", "当年", "同年", "去年", "上年", "上一年", "前年", "大前年", "明年", "下年", "来年", "次年", "翌年", "后年", "大后年", "下一年")

// yearShifts gives the years from the reference of the relative years.
var yearShifts = map[string]int{"今年": 0, "本年": 0, "这一年": 0, "当年": 0, "同年": 0, "去年": -1, "上年": -1, "上一年": -1,
	"前年": -2, "大前年": -3, "明年": 1, "下年": 1, "来年": 1, "次年": 1, "翌年": 1, "下一年": 1, "后年": 2, "大后年": 3}

// year parses an explicit or relative year at i.
func (p *parser) year(i int, b *pt) int {
	if j, w := p.anyOf(i, yearRelWords); w != "" {
		if j < p.n() && (p.t.rs[j] == '代' || p.t.rs[j] == '度' && w == "今年") {
			return i
		}
		b.y = p.ref.Year() + yearShifts[w]
		b.rel = true
		b.setFirst(1)
		return j
	}
	j := i
	roc := false
	if k, ok := p.word(i, "民国"); ok {
		j, roc = k, true
	}
	v, k, digits, ok := p.integer(j)
	if !ok {
		return i
	}
	if _, ok := p.word(k, "年"); !ok {
		return i
	}
	next := p.r(k + 1)
	if next == '代' || next == '级' || next == '龄' {
		return i
	}
	end := k + 1
	if next == '度' {
		end++ // 1997年度: the (fiscal) year
	}
	switch {
	case roc:
		if v < 1 || v > 300 {
			return i
		}
		b.y = 1911 + v
	case digits == 4:
		if v < 1000 || v > 2999 {
			return i
		}
		if (next == '前' || next == '后') && (v-p.ref.Year() > 200 || p.ref.Year()-v > 200) {
			return i // 6000年前: six thousand years ago
		}
		b.y = v
	case p.region == Taiwan && digits > 0 && digits <= 3 && v > 0 && v < 200:
		if digits < 3 && !p.whole && !p.yearContext(k+1) {
			return i // 工作了36年: years, not ROC 36
		}
		b.y = 1911 + v
	case digits == 2:
		if strings.ContainsRune("前后以之内来多半间里", next) {
			// 五八年前七个月 is still the year 1958.
			if _, _, _, ok := p.integer(k + 2); !(ok && (next == '前' || next == '后')) {
				return i
			}
		}
		if !p.whole && !p.yearContext(k+1) {
			return i // 工作了36年: a duration more often than 1936
		}
		b.y = p.twoDigitYear(v)
	default:
		return i
	}
	b.yExplicit = true
	b.setFirst(1)
	return end
}

// yearContextWords are what after a two-digit 年 makes it a year.
var yearContextWords = newWordSet("底", "初", "末", "中", "上半年", "下半年", "第", "首", "前", "后", "春", "夏", "秋", "冬", "正月", "腊月", "农历", "元旦", "国庆", "春节", "除夕", "年底", "年初", "年末", "全年", "度")

// yearContext reports whether what follows a two-digit 年 at j makes it a
// year rather than a number of years: a month, a part of the year, a
// season, a holiday or an ordinal.
func (p *parser) yearContext(j int) bool {
	if _, k, _, ok := p.integer(j); ok {
		if _, ok := p.word(k, "月"); ok {
			return true
		}
	}
	if _, w := p.anyOf(j, yearContextWords); w != "" {
		return true
	}
	return false
}

// monthRelWords are relative months.
var monthRelWords = newWordSet("本月", "这个月", "这月", "今个月", "当月", "同月", "上个月", "上月", "上一个月", "下个月", "下月", "下一个月", "上上个月", "下下个月")

// month parses N月 or a relative month at i.
func (p *parser) month(i int, b *pt) int {
	if j, w := p.anyOf(i, monthRelWords); w != "" {
		k := 0
		switch w {
		case "上个月", "上月", "上一个月":
			k = -1
		case "下个月", "下月", "下一个月":
			k = 1
		case "上上个月":
			k = -2
		case "下下个月":
			k = 2
		}
		base := time.Date(p.ref.Year(), p.ref.Month(), 1, 0, 0, 0, 0, p.ref.Location()).AddDate(0, k, 0)
		b.y = base.Year()
		b.mo = int(base.Month())
		b.rel = true
		b.setFirst(2)
		return j
	}
	v, k, _, ok := p.integer(i)
	if !ok || v < 1 || v > 12 {
		return i
	}
	j, ok := p.word(k, "月")
	if !ok {
		return i
	}
	j, _ = p.word(j, "份")
	b.mo = v
	b.setFirst(2)
	return j
}

// daySuffixes are what makes N日 an amount of days (3日前, 5日内).
var daySuffixes = newWordSet("前", "后", "之前", "之后", "以前", "以后", "以来", "内", "以内", "之内")

// day parses N日/号 (or a bare day number right after a month) at i.
func (p *parser) day(i int, b *pt) int {
	v, k, _, ok := p.integer(i)
	if !ok || v < 1 || v > 31 || p.r(i) == '两' {
		return i
	}
	if j, w := p.anyOf(k, dayWords); w != "" {
		if _, w2 := p.anyOf(j, daySuffixes); w2 != "" && b.mo < 0 {
			return i
		}
		b.d = v
		b.setFirst(3)
		return j
	}
	if b.mo >= 0 && k > i {
		nx := p.r(k)
		if nx == 0 || !strings.ContainsRune("个万亿千百元人吨件次岁位名家项条公米斤克度%年月点时:.0123456789天周", nx) {
			b.d = v
			b.setFirst(3)
			return k
		}
	}
	return i
}

// relDayWords are relative days.
var relDayWords = newWordSet("今天", "今日", "昨天", "昨日", "明天", "明日", "后天", "后日", "前天", "前日", "大后天", "大后日", "大前天", "大前日", "今早", "今晚", "今夜", "昨晚", "昨夜", "明早", "明晚", "当天", "当日", "同日", "次日", "翌日", "寻日", "听日", "今朝", "本日", "大大后天", "大大前天", "当晚")

// nowWords are the present moment.
var nowWords = newWordSet("现在", "此时", "此刻", "而家", "宜家", "依家")

// relDay parses 今天, 昨日, 大后天, 今晚 … at i.
func (p *parser) relDay(i int, b *pt) int {
	if j, w := p.anyOf(i, nowWords); w != "" {
		b.y, b.mo, b.d = p.ref.Year(), int(p.ref.Month()), p.ref.Day()
		b.h, b.mi, b.s = p.ref.Hour(), p.ref.Minute(), p.ref.Second()
		b.ampm = podNone
		b.rel, b.now = true, true
		b.setFirst(3)
		return j
	}
	j, w := p.anyOf(i, relDayWords)
	if w == "" {
		return i
	}
	k := 0
	switch w {
	case "昨天", "昨日", "昨晚", "昨夜", "寻日":
		k = -1
	case "明天", "明日", "明早", "明晚", "次日", "翌日", "听日":
		k = 1
	case "后天", "后日":
		k = 2
	case "前天", "前日":
		k = -2
	case "大后天", "大后日":
		k = 3
	case "大前天", "大前日":
		k = -3
	case "大大后天":
		k = 4
	case "大大前天":
		k = -4
	}
	d := p.ref.AddDate(0, 0, k)
	b.y, b.mo, b.d = d.Year(), int(d.Month()), d.Day()
	b.rel = true
	b.setFirst(3)
	switch w {
	case "今晚", "今夜", "昨晚", "昨夜", "明晚", "当晚":
		b.ampm = podNight
	case "今早", "明早", "今朝":
		b.ampm = podAM
	}
	return j
}

// weekday returns the day of the week (Monday 1 … Sunday 7) that r names
// after 周, 星期 or 礼拜.
func weekday(r rune) (int, bool) {
	switch r {
	case '一', '1':
		return 1, true
	case '二', '2':
		return 2, true
	case '三', '3':
		return 3, true
	case '四', '4':
		return 4, true
	case '五', '5':
		return 5, true
	case '六', '6':
		return 6, true
	case '日', '天', '7':
		return 7, true
	}
	return 0, false
}

// weekWords are the words for week.
var weekWords = newWordSet("星期", "礼拜", "周")

// weekPrefixes are what comes before 周, 星期 or 礼拜.
var weekPrefixes = newWordSet("上上上", "下下下", "上上个", "上上", "下下个", "下下", "上个", "下个", "这个", "上", "下", "这", "本", "今个", "今", "这一", "上一", "下一")

// weekShifts gives the weeks from the reference's week of the week
// prefixes.
var weekShifts = map[string]int{"上上上": -3, "下下下": 3, "上上个": -2, "上上": -2, "下下个": 2, "下下": 2, "上个": -1, "上": -1, "上一": -1, "下个": 1, "下": 1, "下一": 1}

// week parses 周二, 上星期天, 下周, 这礼拜, 周末 … at i.
func (p *parser) week(i int, b *pt) int {
	j, pre := p.anyOf(i, weekPrefixes)
	j, w := p.anyOf(j, weekWords)
	if w == "" {
		return i
	}
	if pre == "今" && w == "周" {
		return i
	}
	shift := weekShifts[pre]
	refDay := time.Date(p.ref.Year(), p.ref.Month(), p.ref.Day(), 0, 0, 0, 0, p.ref.Location())
	wd := int(refDay.Weekday())
	if wd == 0 {
		wd = 7
	}
	monday := refDay.AddDate(0, 0, 1-wd+7*shift)
	if j2, ok := p.word(j, "末"); ok {
		fri := monday.AddDate(0, 0, 4)
		b.custom = true
		b.from = fri.Add(18 * time.Hour)
		b.until = monday.AddDate(0, 0, 7)
		b.grain = Hour
		b.value = isoDay(monday.AddDate(0, 0, 5)) + "/" + isoDay(monday.AddDate(0, 0, 6))
		b.rel = true
		b.setFirst(3)
		return j2
	}
	if pre != "" {
		if k2, w2 := p.anyOf(j, weekWords); w2 != "" {
			if _, ok := weekday(p.r(k2)); ok {
				j = k2
			}
		}
	}
	if n, ok := weekday(p.r(j)); ok {
		// 周一 … 周日, but not 周年 or a count (周三次).
		if nx := p.r(j + 1); nx == '年' || nx == '次' || nx == '个' {
			return i
		}
		d := monday.AddDate(0, 0, n-1)
		if pre == "" && (w != "周" || true) && p.future {
			// The next such day strictly after the reference day.
			d = refDay.AddDate(0, 0, ((n-wd)+7)%7)
			if !d.After(refDay) {
				d = d.AddDate(0, 0, 7)
			}
		} else if (strings.HasPrefix(pre, "这") || pre == "本" || pre == "今个" || pre == "今") && p.future {
			// Duckling reads 这周一 as the coming Monday, today included.
			d = refDay.AddDate(0, 0, ((n-wd)+7)%7)
		} else if (pre == "下" || pre == "下个") && p.future {
			// Duckling reads 下周三 as the coming Wednesday.
			d2 := refDay.AddDate(0, 0, ((n-wd)+7)%7)
			if !d2.After(refDay) {
				d2 = d2.AddDate(0, 0, 7)
			}
			d = d2
		}
		b.y, b.mo, b.d = d.Year(), int(d.Month()), d.Day()
		b.rel, b.weekday = true, true
		b.setFirst(3)
		return j + 1
	}
	if pre == "" || w == "周" && (pre == "今个") {
		if pre == "" {
			return i
		}
	}
	if strings.HasPrefix(pre, "这") || pre == "本" || pre == "今个" || pre == "上" || pre == "下" || strings.HasSuffix(pre, "个") || strings.HasSuffix(pre, "一") || pre == "上上" || pre == "下下" {
		b.custom = true
		b.from = monday
		b.until = monday.AddDate(0, 0, 7)
		b.grain = Week
		y, wk := monday.ISOWeek()
		b.value = isoWeek(y, wk)
		b.rel = true
		b.setFirst(3)
		return j
	}
	return i
}

// partOfDayWords are parts of the day.
var partOfDayWords = newWordSet("凌晨", "早上", "早晨", "清晨", "上午", "中午", "午间", "下午", "午后", "傍晚", "晚上", "晚间", "夜里", "夜间", "半夜", "午夜", "深夜", "今晚", "当晚", "晏昼", "黎明", "白天", "早", "晚", "后半夜", "前半夜", "全天")

// partOfDay parses 上午, 下午, 晚上 … at i.
func (p *parser) partOfDay(i int, b *pt) int {
	j, w := p.anyOf(i, partOfDayWords)
	if w == "" {
		return i
	}
	if w == "今晚" || w == "当晚" {
		if b.d >= 0 {
			return i
		}
		d := p.ref
		b.y, b.mo, b.d = d.Year(), int(d.Month()), d.Day()
		b.rel = true
		b.setFirst(3)
	}
	if (w == "早" || w == "晚" || w == "全天") && b.d < 0 && w != "全天" {
		return i
	}
	switch w {
	case "凌晨", "半夜", "深夜":
		b.ampm, b.podFrom, b.podTo = podEarly, 0, 6
	case "午夜":
		b.ampm, b.podFrom, b.podTo = podEarly, 0, 1
	case "黎明":
		b.ampm, b.podFrom, b.podTo = podEarly, 4, 7
	case "后半夜":
		b.ampm, b.podFrom, b.podTo = podEarly, 2, 5
	case "早上", "早晨", "清晨", "早":
		b.ampm, b.podFrom, b.podTo = podAM, 4, 12
	case "上午":
		b.ampm, b.podFrom, b.podTo = podAM, 7, 12
	case "中午", "午间":
		b.ampm, b.podFrom, b.podTo = podNoon, 12, 14
	case "午后":
		b.ampm, b.podFrom, b.podTo = podPM, 13, 15
	case "下午", "晏昼":
		b.ampm, b.podFrom, b.podTo = podPM, 12, 19
		b.canton = w == "晏昼"
	case "白天":
		b.ampm, b.podFrom, b.podTo = podNone, 6, 19
	case "全天":
		b.ampm, b.podFrom, b.podTo = podNone, 0, 24
	case "夜间", "前半夜":
		b.ampm, b.podFrom, b.podTo = podNight, 20, 24
	default:
		b.ampm, b.podFrom, b.podTo = podNight, 18, 24
	}
	return j
}

// cantonLinkWords are Cantonese links between hour and minutes (三點踏三).
var cantonLinkWords = newWordSet("踏", "搭")

// clockWords are what follows a clock hour.
var clockWords = newWordSet("点钟", "点", "时", "pm", "PM", "am", "AM", "p", "a")

// clock parses 9点30分, 9时, 15:30, 下午3:15, 3pm at i. It fails on a
// decimal (二十七点三) so that numbers never become times.
func (p *parser) clock(i int, b *pt) int {
	h, j, _, ok := p.integer(i)
	if !ok || h > 24 || j == i {
		return i
	}
	// 15:30, 15:30:05
	if p.r(j) == ':' && isASCIIDigit(p.r(j+1)) && isASCIIDigit(p.r(i)) {
		mi, k, _, ok := p.integer(j + 1)
		if !ok || mi > 59 || k-(j+1) != 2 {
			return i
		}
		b.h, b.mi = h, mi
		if p.r(k) == ':' && isASCIIDigit(p.r(k+1)) {
			if s, k2, _, ok := p.integer(k + 1); ok && s < 60 && k2-(k+1) == 2 {
				b.s, k = s, k2
			}
		}
		k = p.ampmSuffix(k, b)
		if k2, ok := p.word(k, "时"); ok {
			k = k2
		}
		b.setFirst(4)
		return k
	}
	k, w := p.anyOf(j, clockWords)
	if w == "" {
		return i
	}
	switch w {
	case "pm", "PM", "p":
		if h > 12 {
			return i
		}
		b.ampm = podPM
		b.h = h
		b.setFirst(4)
		return k
	case "am", "AM", "a":
		if h > 12 || w == "a" {
			return i
		}
		b.ampm = podAM
		b.h = h
		b.setFirst(4)
		return k
	}
	b.h = h
	b.setFirst(4)
	if w == "点钟" {
		return k
	}
	// Minutes.
	if k2, ok := p.word(k, "半"); ok {
		b.mi = 30
		return k2
	}
	if k2, ok := p.word(k, "整"); ok {
		return k2
	}
	if k2, ok := p.word(k, "钟"); ok {
		return k2
	}
	// Cantonese: 三點踏三, 三點搭半, 三點三個字 (five-minute 字).
	if k2, w := p.anyOf(k, cantonLinkWords); w != "" {
		if k3, ok := p.word(k2, "半"); ok {
			b.mi = 30
			return k3
		}
		if n, k3, _, ok := p.integer(k2); ok && n >= 1 && n <= 11 {
			b.mi = 5 * n
			return k3
		}
		return k
	}
	if n, k2, _, ok := p.integer(k); ok && n >= 1 && n <= 11 {
		if k3, ok := p.word(k2, "个字"); ok {
			b.mi = 5 * n
			return k3
		}
		if k2-k == 1 && b.canton && p.r(k2) != '分' {
			b.mi = 5 * n
			return k2
		}
	}
	mi, k2, digits, ok := p.integer(k)
	if ok && k2 > k {
		if k3, ok := p.word(k2, "刻"); ok && mi >= 1 && mi <= 3 {
			b.mi = 15 * mi
			return k3
		}
		if k3, ok := p.word(k2, "分"); ok && mi < 60 {
			if p.r(k3) == '钟' {
				return i // 五點五分鐘 is a duration
			}
			b.mi = mi
			if s, k4, _, ok := p.integer(k3); ok {
				if k5, ok := p.word(k4, "秒"); ok && s < 60 {
					b.s = s
					return k5
				}
			}
			return k3
		}
		single := k2-k == 1 && p.r(k) != '十'
		if w == "点" && !single && digits > 0 && !isASCIIDigit(p.r(k)) && p.r(k) != '零' {
			return -1 // 一点二五, 九点一六: decimals
		}
		if w == "点" && single {
			// 二十七点三, 0点一: a decimal, not a time.
			return -1
		}
		if mi < 60 && (!single || w == "时" && (digits == 0 || p.r(k) == '0')) {
			b.mi = mi
			return k2
		}
		if w == "点" {
			return -1
		}
		return k
	}
	if w == "点" && (p.r(k) == '.' || isASCIIDigit(p.r(k))) {
		return -1
	}
	return k
}

// ampmWords are am and pm suffixes.
var ampmWords = newWordSet("pm", "PM", "p", "am", "AM")

func (p *parser) ampmSuffix(k int, b *pt) int {
	if j, w := p.anyOf(k, ampmWords); w != "" {
		if w[0] == 'p' || w[0] == 'P' {
			b.ampm = podPM
		} else {
			b.ampm = podAM
		}
		return j
	}
	return k
}

// quarterPartWords are the end or start of a quarter.
var quarterPartWords = newWordSet("末", "底", "初")

// yearPartWords are parts of the year spelled with 年.
var yearPartWords = newWordSet("年底", "年末", "年初", "年中")

// quarterRelWords are relative quarters.
var quarterRelWords = newWordSet("上个季度", "上季度", "上一季度", "上一个季度", "本季度", "这个季度", "这季度", "当季", "下个季度", "下季度", "下一季度", "下一个季度", "上上个季度", "下下个季度")

// vagueNoYear parses 年底, 上半年, 一季度, 上个季度, 本季度末 … without a
// year: the reference's year (or quarter).
func (p *parser) vagueNoYear(i int, b *pt) int {
	if isQuarterDigit(p, i) {
		if _, k, _, _ := p.integer(i); !p.whole {
			if _, ok := p.word(k, "季度"); !ok {
				return i // 一季 alone is a season as often as a quarter
			}
		}
	}
	loc := p.ref.Location()
	if k, w := p.anyOf(i, quarterRelWords); w != "" {
		shift := 0
		switch {
		case strings.HasPrefix(w, "上上"):
			shift = -2
		case strings.HasPrefix(w, "下下"):
			shift = 2
		case strings.HasPrefix(w, "上"):
			shift = -1
		case strings.HasPrefix(w, "下"):
			shift = 1
		}
		qs := truncate(p.ref, Quarter).AddDate(0, 3*shift, 0)
		b.custom, b.from, b.until, b.grain = true, qs, qs.AddDate(0, 3, 0), Quarter
		b.value = qs.Format("2006") + "-Q" + string(rune('1'+int(qs.Month()-1)/3))
		b.rel = true
		b.setFirst(2)
		if k2, w2 := p.anyOf(k, quarterPartWords); w2 != "" {
			m := qs
			if w2 != "初" {
				m = qs.AddDate(0, 2, 0)
			}
			b.from, b.until, b.grain, b.value = m, m.AddDate(0, 1, 0), Month, m.Format("2006-01")
			return k2
		}
		return k
	}
	_ = loc
	r := p.r(i)
	if r != '年' && r != '上' && r != '下' && r != '前' && r != '后' && r != '第' && r != '首' && r != 'Q' && r != 'q' && !isQuarterDigit(p, i) {
		return i
	}
	c := *b
	c.y = p.ref.Year()
	if r == '年' {
		if k, w := p.anyOf(i, yearPartWords); w != "" {
			_ = k
			if k2 := p.vague(i+1, &c); k2 > i+1 {
				c.rel = true
				*b = c
				return k2
			}
		}
		return i
	}
	if k := p.vague(i, &c); k > i {
		c.rel = true
		*b = c
		return k
	}
	return i
}

// quarterWords are the words for quarter.
var quarterWords = newWordSet("季度", "季")

// isQuarterDigit reports whether a numeral at i is followed by 季度.
func isQuarterDigit(p *parser, i int) bool {
	_, k, _, ok := p.integer(i)
	if !ok {
		return false
	}
	_, w := p.anyOf(k, quarterWords)
	return w != ""
}

// quarterUnitWords are the words for quarter after an ordinal.
var quarterUnitWords = newWordSet("季度", "季", "个季度")

// yearVagueWords are parts of a year.
var yearVagueWords = newWordSet("年底", "底", "年末", "末", "年初", "初", "伊始", "年中", "上半年", "下半年", "前半年", "后半年", "年内", "全年")

// monthVagueWords are parts of a month.
var monthVagueWords = newWordSet("上旬", "中旬", "下旬", "月初", "初", "月中", "中", "月底", "底", "月末", "末")

// vague parses 底, 初, 上半年, 第三季度, 前三季度, 下旬, 月初 … after a year
// or month, at i.
func (p *parser) vague(i int, b *pt) int {
	if b.y < 0 && b.mo < 0 {
		return i
	}
	loc := p.ref.Location()
	y := b.y
	if y < 0 {
		y = p.ref.Year()
	}
	set := func(from, until time.Time, g Grain, v string) {
		b.custom, b.from, b.until, b.grain, b.value = true, from, until, g, v
	}
	if b.mo >= 0 && b.d < 0 {
		m := b.mo
		first := time.Date(y, time.Month(m), 1, 0, 0, 0, 0, loc)
		end := first.AddDate(0, 1, 0)
		j, w := p.anyOf(i, monthVagueWords)
		if w == "" {
			return i
		}
		ym := first.Format("2006-01")
		last := end.AddDate(0, 0, -1).Format("2006-01-02")
		switch w {
		case "上旬":
			set(first, first.AddDate(0, 0, 10), Day, ym+"-01/"+ym+"-10")
		case "月初", "初":
			set(first, first.AddDate(0, 0, 5), Day, ym+"-01/"+ym+"-05")
		case "中旬", "月中", "中":
			set(first.AddDate(0, 0, 10), first.AddDate(0, 0, 20), Day, ym+"-11/"+ym+"-20")
		case "下旬":
			set(first.AddDate(0, 0, 20), end, Day, ym+"-21/"+last)
		default:
			set(first.AddDate(0, 0, 24), end, Day, ym+"-25/"+last)
		}
		return j
	}
	if b.mo >= 0 {
		return i
	}
	jan := time.Date(y, 1, 1, 0, 0, 0, 0, loc)
	j, w := p.anyOf(i, yearVagueWords)
	ys := ""
	if w != "" {
		ys = jan.Format("2006")
	}
	switch w {
	case "年底", "底", "年末", "末":
		set(jan.AddDate(0, 11, 0), jan.AddDate(1, 0, 0), Month, ys+"-12")
		return j
	case "年初", "初", "伊始":
		set(jan, jan.AddDate(0, 1, 0), Month, ys+"-01")
		return j
	case "年中":
		set(jan.AddDate(0, 5, 0), jan.AddDate(0, 7, 0), Month, ys+"-06/"+ys+"-07")
		return j
	case "上半年", "前半年":
		set(jan, jan.AddDate(0, 6, 0), HalfYear, ys+"-H1")
		return j
	case "下半年", "后半年":
		set(jan.AddDate(0, 6, 0), jan.AddDate(1, 0, 0), HalfYear, ys+"-H2")
		return j
	}
	// Quarters: 第三季度, 三季度, 一季度, 首季度, Q1, 前三季度.
	k := i
	front := false
	if k2, ok := p.word(k, "前"); ok {
		k, front = k2, true
	} else if k2, ok := p.word(k, "第"); ok {
		k = k2
	}
	q := 0
	if k2, ok := p.word(k, "首"); ok {
		q, k = 1, k2
	} else if p.r(k) == 'Q' || p.r(k) == 'q' {
		if n, ok := weekday(p.r(k + 1)); ok && n <= 4 {
			q, k = n, k+2
		}
	} else if n, k2, _, ok := p.integer(k); ok && n >= 1 && n <= 4 {
		q, k = n, k2
	}
	if q == 0 {
		return i
	}
	ys = jan.Format("2006")
	k2, w := p.anyOf(k, quarterUnitWords)
	if w == "" {
		if p.r(k-2) == 'Q' || p.r(k-2) == 'q' {
			k2 = k
		} else {
			return i
		}
	}
	if front {
		set(jan, jan.AddDate(0, 3*q, 0), Quarter, ys+"-01/"+jan.AddDate(0, 3*q, -1).Format("2006-01"))
		return k2
	}
	qs := jan.AddDate(0, 3*(q-1), 0)
	set(qs, qs.AddDate(0, 3, 0), Quarter, ys+"-Q"+string(rune('0'+q)))
	if k3, w := p.anyOf(k2, quarterPartWords); w != "" {
		if w == "初" {
			set(qs, qs.AddDate(0, 1, 0), Month, qs.Format("2006-01"))
		} else {
			last := qs.AddDate(0, 2, 0)
			set(last, last.AddDate(0, 1, 0), Month, last.Format("2006-01"))
		}
		return k3
	}
	return k2
}

func isoDay(t time.Time) string { return t.Format("2006-01-02") }

func isoWeek(y, w int) string {
	s := "0" + itoa(w)
	return itoa(y) + "-W" + s[len(s)-2:]
}

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}
