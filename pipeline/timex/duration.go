package timex

import (
	"strings"
	"time"
)

// units maps duration unit words to grains, longest first where it matters.
var unitWords = []struct {
	w string
	g Grain
	n float64 // multiplier into g
}{
	{"个小时", Hour, 1}, {"小时", Hour, 1}, {"个钟头", Hour, 1}, {"钟头", Hour, 1}, {"个钟", Hour, 1},
	{"分钟", Minute, 1}, {"分", Minute, 1}, {"秒钟", Second, 1}, {"秒", Second, 1},
	{"个工作日", Day, 1}, {"工作日", Day, 1}, {"个交易日", Day, 1}, {"交易日", Day, 1},
	{"天", Day, 1}, {"日", Day, 1}, {"个星期", Week, 1}, {"星期", Week, 1}, {"个礼拜", Week, 1}, {"礼拜", Week, 1},
	{"周年", Year, 1}, {"个周", Week, 1}, {"周", Week, 1}, {"个月", Month, 1}, {"月", Month, 1}, {"个季度", Quarter, 1}, {"季度", Quarter, 1},
	{"载春秋", Year, 1}, {"个春秋", Year, 1}, {"载", Year, 1}, {"年", Year, 1}, {"个世纪", Century, 1}, {"刻钟", Minute, 15}, {"世纪", Century, 1}, {"个字", Minute, 5}, {"钟", Hour, 1}, {"字", Minute, 5},
}

// approxWords are approximate amounts after a number (二十多年, 十余天, 十几天).
var approxWords = newWordSet("多", "余", "几")

// yearCountWords are what makes a four-digit number a count of years (1000多年).
var yearCountWords = newWordSet("多", "余", "个")

// vagueCountWords are vague amounts (几天, 数年) and 个 before 半.
var vagueCountWords = newWordSet("几", "数", "个")

// unitWordSet holds the words of unitWords.
var unitWordSet = func() *wordSet {
	var ws []string
	for _, u := range unitWords {
		ws = append(ws, u.w)
	}
	return newWordSet(ws...)
}()

// amountUnit parses an amount and a unit: 3天, 两个月, 半小时, 一个半小时,
// 二十多年, 几天, 15个工作日, with an optional space between.
func (p *parser) amountUnit(i int, prefixed bool) (DurationPart, int, bool) {
	j := i
	var v float64
	half, hasGe, spaced, decimalDian := false, false, false, false
	p.days = calendarDays
	p.vagueFrom, p.vagueTo = 0, 0
	if k, ok := p.word(j, "分半"); ok {
		// 分半, 分半鐘: a minute and a half.
		k, _ = p.word(k, "钟")
		p.span = DurationPart{Value: 1, Unit: Minute}
		return DurationPart{Value: 1.5, Unit: Minute}, k, true
	}
	if k, ok := p.word(j, "半"); ok {
		v, j, half = 0.5, k, true
	} else if k, w := p.anyOf(j, vagueCountWords); w != "" && w != "个" {
		v, j = 3, k
		p.vagueAmount = true
		if k2, ok := p.word(k, "十"); ok {
			// 几十年: some tens.
			v, j = 20, k2
			p.vagueFrom, p.vagueTo = 20, 100
		}
	} else if w == "个" {
		if k2, ok := p.word(k, "半"); ok {
			v, j, hasGe = 1.5, k2, true
		} else {
			return DurationPart{}, i, false
		}
	} else {
		n, k, _, ok := p.number(j)
		if !ok || n <= 0 {
			return DurationPart{}, i, false
		}
		if (p.r(j) == '万' || p.r(j) == '亿') && !p.whole {
			return DurationPart{}, i, false // 万年历: a bare 万 is not a count
		}
		for q := j; q < k; q++ {
			if p.t.at(q) == '点' {
				decimalDian = true
			}
		}
		if k-j == 4 && n >= 1000 && n <= 2999 && n == float64(int(n)) {
			if _, w := p.anyOf(k, yearCountWords); w == "" {
				return DurationPart{}, i, false // 1997年 is a year, never 1997 years
			}
		}
		v, j = n, k
		if k2, w := p.anyOf(j, approxWords); w != "" {
			j = k2
			p.vagueAmount = p.vagueAmount || w == "几"
			if w == "几" && n >= 10 && n == float64(int(n)/10*10) {
				p.vagueFrom, p.vagueTo = n, n+10 // 二十几: twenty to thirty
			}
		}
		if p.r(j) == ' ' {
			j++
			spaced = true
		}
	}
	if k, ok := p.word(j, "个"); ok && !hasGe {
		j, hasGe = k, true
		if k2, ok := p.word(j, "半"); ok && !half {
			v += 0.5
			j = k2
		}
		if k2, ok := p.word(j, "多"); ok {
			j = k2
		}
	}
	for _, u := range unitWords {
		if !unitWordSet.mayStart(p.r(j)) {
			break
		}
		if hasGe && strings.HasPrefix(u.w, "个") {
			continue
		}
		k, ok := p.word(j, u.w)
		if !ok {
			continue
		}
		if (u.w == "钟" || u.w == "字") && !hasGe {
			continue
		}
		if u.w == "分" && decimalDian && p.r(k) != '钟' {
			continue // 15点20分 is a clock time
		}
		if u.w == "月" && !hasGe && !prefixed && !half && !spaced {
			continue // 3月 is March
		}
		if (u.w == "周" || u.w == "星期" || u.w == "礼拜") && !hasGe {
			if _, isDay := weekday(p.r(k)); isDay {
				return DurationPart{}, i, false
			}
		}
		if u.w == "分" && (p.r(k) == '之' || p.r(k) == '钟') {
			continue
		}
		if k2, ok := p.word(k, "半"); ok && !half {
			v += 0.5
			k = k2
			if u.w == "分" {
				k, _ = p.word(k, "钟") // 五分半鐘
			}
		} else if k2, ok := p.word(k, "多"); ok {
			k = k2
		}
		switch {
		case strings.HasSuffix(u.w, "工作日"):
			p.days = workingDays
		case strings.HasSuffix(u.w, "交易日"):
			p.days = tradingDays
		}
		p.span = DurationPart{Value: min(v, 1) * u.n, Unit: u.g}
		return DurationPart{Value: v * u.n, Unit: u.g}, k, true
	}
	return DurationPart{}, i, false
}

func addUnits(t time.Time, g Grain, n float64) time.Time {
	whole := int(n)
	frac := n - float64(whole)
	switch g {
	case Second:
		return t.Add(time.Duration(n * float64(time.Second)))
	case Minute:
		return t.Add(time.Duration(n * float64(time.Minute)))
	case Hour:
		return t.Add(time.Duration(n * float64(time.Hour)))
	case Day:
		return t.AddDate(0, 0, whole).Add(time.Duration(frac * 24 * float64(time.Hour)))
	case Week:
		return t.AddDate(0, 0, 7*whole+int(frac*7))
	case Month:
		return t.AddDate(0, whole, int(frac*30))
	case Quarter:
		return t.AddDate(0, 3*whole, int(frac*90))
	case HalfYear:
		return t.AddDate(0, 6*whole, 0)
	case Year:
		return t.AddDate(whole, int(frac*12), 0)
	case Decade:
		return t.AddDate(10*whole, 0, 0)
	case Century:
		return t.AddDate(100*whole, 0, 0)
	}
	return t
}

// truncate returns the start of t's unit g (weeks start on Monday).
func truncate(t time.Time, g Grain) time.Time {
	loc := t.Location()
	switch g {
	case Second:
		return t.Truncate(time.Second)
	case Minute:
		return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), 0, 0, loc)
	case Hour:
		return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), 0, 0, 0, loc)
	case Day:
		return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, loc)
	case Week:
		d := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, loc)
		wd := int(d.Weekday())
		if wd == 0 {
			wd = 7
		}
		return d.AddDate(0, 0, 1-wd)
	case Month:
		return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, loc)
	case Quarter:
		return time.Date(t.Year(), (t.Month()-1)/3*3+1, 1, 0, 0, 0, 0, loc)
	}
	return time.Date(t.Year(), 1, 1, 0, 0, 0, 0, loc)
}

func isoOf(t time.Time, g Grain) string {
	switch g {
	case Year, Decade, Century, HalfYear:
		return t.Format("2006")
	case Month, Quarter:
		return t.Format("2006-01")
	case Day, Week:
		return t.Format("2006-01-02")
	case Hour:
		return t.Format("2006-01-02T15:04")
	case Minute:
		return t.Format("2006-01-02T15:04")
	}
	return t.Format("2006-01-02T15:04:05")
}
