package timex

import (
	"strings"
	"time"
)

// yearRelWords are relative years.
var yearRelWords = newWordSet("今年", "本年", "这一年", "当年", "同年", "去年", "上年", "上一年", "前年", "大前年", "明年", "下年", "来年", "次年", "翌年", "后年", "大后年", "下一年")

// yearShifts gives the years from the reference of the relative years.
var yearShifts = map[string]int{"今年": 0, "本年": 0, "这一年": 0, "当年": 0, "同年": 0, "去年": -1, "上年": -1, "上一年": -1,
	"前年": -2, "大前年": -3, "明年": 1, "下年": 1, "来年": 1, "次年": 1, "翌年": 1, "下一年": 1, "后年": 2, "大后年": 3}

// anaphoricYears are the yearRelWords counted from the year the text last
// mentioned: 2003年……比上年 is 2002.
var anaphoricYears = map[string]bool{"当年": true, "同年": true, "上年": true, "上一年": true, "次年": true, "翌年": true}

// clauseStart reports whether r ends a clause, so that what follows starts one.
func clauseStart(r rune) bool {
	switch r {
	case '，', ',', '。', '；', ';', '：', ':', '、', '\n', ' ', '（', '(', '「', '“':
		return true
	}
	return false
}

// spacedUnit reports whether a space and then unit follow the digits
// ending at k.
func (p *parser) spacedUnit(k int, unit rune) bool {
	return p.r(k) == ' ' && p.r(k+1) == unit && isASCIIDigit(p.r(k-1))
}

// spacedDateFollows reports whether digits and unit (with or without a
// space between) come at k, after an optional space.
func (p *parser) spacedDateFollows(k int, unit rune) bool {
	if p.r(k) == ' ' {
		k++
	}
	j := k
	for isASCIIDigit(p.r(j)) {
		j++
	}
	if j == k || j-k > 2 {
		return false
	}
	return p.r(j) == unit || p.r(j) == ' ' && p.r(j+1) == unit
}

// year parses an explicit or relative year at i.
func (p *parser) year(i int, b *pt) int {
	if j := p.bracketYear(i, b); j > i {
		return j
	}
	if j, w := p.anyOf(i, yearRelWords); w != "" {
		if p.r(j) == '代' {
			return i
		}
		if p.r(j) == '度' {
			if nx := p.r(j + 1); nx == '过' || nx == '假' || nx == '日' {
				return i // 今年度过: 今年 + 度过
			}
			j++ // 今年度, 明年度: the (fiscal) year
		}
		if anaphoricYears[w] {
			b.y = p.anchorYear() + yearShifts[w]
		} else {
			b.y = p.ref().Year() + yearShifts[w]
		}
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
	if p.spacedUnit(k, '年') && digits == 4 && p.spacedDateFollows(k+2, '月') {
		k++ // 2025 年 7 月: digits spaced from their units, as typed or OCR'd text has them
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
		if (next == '前' || next == '后') && (v-p.ref().Year() > 200 || p.ref().Year()-v > 200) {
			return i // 6000年前: six thousand years ago
		}
		b.y = v
	case digits > 0 && digits <= 3 && v > 0 && v < 200 && p.region() == Taiwan:
		if digits < 3 && !p.whole && !p.yearContext(k+1) {
			return i // 工作了36年: years, not ROC 36
		}
		if _, _, _, num := p.integer(k + 2); digits < 3 && !p.whole && (next == '前' || next == '后') && !num {
			return i // 30年前: thirty years ago, not before ROC 30
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
	if j := p.bracketMonth(i, b); j > i {
		return j
	}
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
		base := time.Date(p.ref().Year(), p.ref().Month(), 1, 0, 0, 0, 0, p.ref().Location()).AddDate(0, k, 0)
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
	if p.spacedUnit(k, '月') && (b.y >= 0 || p.spacedDateFollows(k+2, '日') || p.spacedDateFollows(k+2, '号')) {
		k++ // 4 月 2 日; a lone 10 月 stays ten months
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
	if b.mo >= 0 && (p.spacedUnit(k, '日') || p.spacedUnit(k, '号')) {
		k++ // 4 月 2 日
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
var relDayWords = newWordSet("今天", "今日", "昨天", "昨日", "明天", "明日", "后天", "后日", "前天", "前日", "大后天", "大后日", "大前天", "大前日", "今早", "今晚", "今夜", "昨晚", "昨夜", "明早", "明晚", "当天", "当日", "同日", "次日", "翌日", "寻日", "听日", "今朝", "本日", "大大后天", "大大前天", "当晚",
	"同一天", "同一日", "同天", "隔天", "隔日", "前一天", "前一日", "后一天", "第二天", "即日", "今晨", "明晨", "昨晨", "今午", "昨午")

// anaphoricDays are the relDayWords counted from the day the text last
// mentioned (当天, 次日), not from the reference.
var anaphoricDays = map[string]bool{"当天": true, "当日": true, "同日": true, "次日": true, "翌日": true, "当晚": true,
	"同一天": true, "同一日": true, "同天": true, "隔天": true, "隔日": true, "前一天": true, "前一日": true, "后一天": true, "第二天": true}

// nowWords are the present moment.
var nowWords = newWordSet("现在", "此时", "此刻", "当前", "而家", "宜家", "依家")

// relDay parses 今天, 昨日, 大后天, 今晚 … at i.
func (p *parser) relDay(i int, b *pt) int {
	if j, w := p.anyOf(i, nowWords); w != "" {
		b.y, b.mo, b.d = p.ref().Year(), int(p.ref().Month()), p.ref().Day()
		if p.refGrain() < Day {
			b.h, b.mi, b.s = p.ref().Hour(), p.ref().Minute(), p.ref().Second()
		} // else a reference known to the day: now is that day
		b.ampm = podNone
		b.rel, b.now = true, true
		b.setFirst(3)
		return j
	}
	if j := p.bracketDay(i, b); j > i {
		return j
	}
	j, w := p.anyOf(i, relDayWords)
	if w == "" {
		return i
	}
	k := 0
	switch w {
	case "昨天", "昨日", "昨晚", "昨夜", "寻日", "昨晨", "昨午":
		k = -1
	case "明天", "明日", "明早", "明晚", "次日", "翌日", "听日", "隔天", "隔日", "后一天", "第二天", "明晨":
		k = 1
	case "前一天", "前一日":
		k = -1
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
	base := p.ref()
	if anaphoricDays[w] {
		if w == "第二天" && !p.whole && p.r(i-1) != 0 && isHan(p.r(i-1)) && !clauseStart(p.r(i-1)) {
			return i // 会议第二天: the second day of something
		}
		base = p.anchorDay()
	}
	d := base.AddDate(0, 0, k)
	b.y, b.mo, b.d = d.Year(), int(d.Month()), d.Day()
	b.rel = true
	b.setFirst(3)
	j = p.clarifyDay(j, b, d, k, !anaphoricDays[w])
	switch w {
	case "今晚", "今夜", "昨晚", "昨夜", "明晚", "当晚":
		b.ampm = podNight
	case "今早", "明早", "今朝", "今晨", "明晨", "昨晨":
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
	// The reference day, its weekday (Monday 1 … Sunday 7) and the Monday
	// of the week meant, read only where the text gives a week: a reading
	// that fails here (周恩来) does not depend on the reference (memo.go).
	refWeek := func() (refDay time.Time, wd int, monday time.Time) {
		shift := weekShifts[pre]
		refDay = time.Date(p.ref().Year(), p.ref().Month(), p.ref().Day(), 0, 0, 0, 0, p.ref().Location())
		wd = int(refDay.Weekday())
		if wd == 0 {
			wd = 7
		}
		return refDay, wd, refDay.AddDate(0, 0, 1-wd+7*shift)
	}
	if j2, ok := p.word(j, "末"); ok {
		_, _, monday := refWeek()
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
	if p.r(j) == ' ' && isASCIIDigit(p.r(j+1)) && !isASCIIDigit(p.r(j+2)) {
		if _, ok := weekday(p.r(j + 1)); ok {
			j++ // 星期 4
		}
	}
	if n, ok := weekday(p.r(j)); ok {
		// 周一 … 周日, but not 周年 or a count (周三次).
		if nx := p.r(j + 1); nx == '年' || nx == '次' || nx == '个' {
			return i
		}
		refDay, wd, monday := refWeek()
		d := monday.AddDate(0, 0, n-1)
		if pre == "" && (w != "周" || true) && p.future() {
			// The next such day strictly after the reference day.
			d = refDay.AddDate(0, 0, ((n-wd)+7)%7)
			if !d.After(refDay) {
				d = d.AddDate(0, 0, 7)
			}
		} else if (strings.HasPrefix(pre, "这") || pre == "本" || pre == "今个" || pre == "今") && p.future() {
			// Duckling reads 这周一 as the coming Monday, today included.
			d = refDay.AddDate(0, 0, ((n-wd)+7)%7)
		} else if pre == "" && !p.thisPeriod {
			// A bare weekday in running text is the nearest such day, within
			// three days either way: a report of Tuesday says 周日 for the
			// Sunday just past and 周四 for the coming Thursday.
			d = refDay.AddDate(0, 0, ((n-wd)+10)%7-3)
		} else if (pre == "下" || pre == "下个") && p.future() {
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
		_, _, monday := refWeek()
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
