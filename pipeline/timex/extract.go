package timex

import (
	"strings"
	"time"

	"github.com/zhpipe/zhpipe/pipeline/numeral"
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
	{"年", Year, 1}, {"个世纪", Century, 1}, {"刻钟", Minute, 15}, {"世纪", Century, 1}, {"个字", Minute, 5}, {"钟", Hour, 1}, {"字", Minute, 5},
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
	if k, ok := p.word(j, "分半"); ok {
		// 分半, 分半鐘: a minute and a half.
		k, _ = p.word(k, "钟")
		return DurationPart{Value: 1.5, Unit: Minute}, k, true
	}
	if k, ok := p.word(j, "半"); ok {
		v, j, half = 0.5, k, true
	} else if k, w := p.anyOf(j, vagueCountWords); w != "" && w != "个" {
		v, j = 3, k
		p.vagueAmount = true
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
			if p.t.rs[q] == '点' {
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
		return t.Format("2006-01-02T15")
	case Minute:
		return t.Format("2006-01-02T15:04")
	}
	return t.Format("2006-01-02T15:04:05")
}

// relativeSuffixes are what comes after an amount of time (三天前, 15天内, 两年来).
var relativeSuffixes = newWordSet("之前", "以前", "前", "之后", "以后", "后", "过后", "以内", "之内", "内", "以来", "来", "里")

// relativePrefixes are what comes before an amount of time relative to the reference (前两天, 未来7天).
var relativePrefixes = newWordSet("上", "前", "下", "后", "过去", "过去的", "未来", "近", "最近", "今后", "接下来", "接下来的")

// passWords are passing time before an amount (过两天, 再过半个小时).
var passWords = newWordSet("再过", "过")

// relative parses 三天前, 两年后, 15天内, 前两天, 上三周, 过去5分钟,
// 未来7天 and plain durations at i.
func (p *parser) relative(i int) (Expr, int, bool) {
	// Prefix forms.
	if j, w := p.anyOf(i, passWords); w != "" && p.r(j) != '去' && (w == "再过" || p.whole) {
		if u, k, ok := p.amountUnit(j, true); ok {
			// 过两天, 再过半个小时: from that point on.
			e := Expr{Kind: Range, Grain: u.Unit, Resolved: p.known, OpenEnd: true, Parts: []DurationPart{u}}
			if u.Unit >= Day {
				e.From = truncate(addUnits(p.ref, u.Unit, u.Value), Day)
			} else {
				e.From = addUnits(p.ref, u.Unit, u.Value)
			}
			if p.known {
				e.Value = isoOf(e.From, min(u.Unit, Day)) + "/.."
			}
			return e, k, true
		}
	}
	if j, w := p.anyOf(i, relativePrefixes); w != "" {
		if u, k, ok := p.amountUnit(j, true); ok && u.Unit < Century {
			e := Expr{Kind: Relative, Grain: u.Unit, Resolved: p.known}
			start := truncate(p.ref, u.Unit)
			switch w {
			case "上", "前", "过去", "过去的", "近", "最近":
				e.From, e.Until = addUnits(start, u.Unit, -u.Value), start
				if w == "近" || w == "最近" || w == "过去" || w == "过去的" {
					e.From, e.Until = addUnits(p.ref, u.Unit, -u.Value), p.ref
					if u.Unit >= Month {
						e.From = truncate(e.From, Day)
					}
				}
			default:
				e.From, e.Until = addUnits(start, u.Unit, 1), addUnits(start, u.Unit, 1+u.Value)
				if w == "未来" || w == "今后" || w == "接下来" || w == "接下来的" {
					e.From, e.Until = p.ref, addUnits(p.ref, u.Unit, u.Value)
				}
			}
			if p.known {
				e.Value = isoOf(e.From, u.Unit) + "/" + isoOf(e.Until, u.Unit)
			}
			e.Parts = []DurationPart{u}
			return e, k, true
		}
	}
	p.vagueAmount = false
	u, j, ok := p.amountUnit(i, false)
	if !ok {
		return Expr{}, i, false
	}
	parts := []DurationPart{u}
	// Compound durations: 两年零三个月, 36天5小时30分, 一小时零十五秒.
	for {
		k := j
		if k2, ok := p.word(k, "零"); ok {
			k = k2
		}
		u2, k3, ok := p.amountUnit(k, true)
		if !ok || u2.Unit >= parts[len(parts)-1].Unit {
			break
		}
		parts = append(parts, u2)
		j = k3
	}
	// 3年以上7年以下: a range of durations.
	if k, ok := p.word(j, "以上"); ok && len(parts) == 1 {
		k2 := k
		for p.r(k2) == ',' || p.r(k2) == '，' || p.r(k2) == '、' || p.r(k2) == ' ' {
			k2++
		}
		if u2, k3, ok := p.amountUnit(k2, true); ok {
			if k4, ok := p.word(k3, "以下"); ok {
				e := Expr{Kind: Duration, Parts: []DurationPart{u, u2}, Grain: u.Unit,
					Value: durationValue([]DurationPart{u}) + "/" + durationValue([]DurationPart{u2})}
				return e, k4, true
			}
		}
	}
	k, w := p.anyOf(j, relativeSuffixes)
	e := Expr{Parts: parts, Grain: u.Unit}
	last := parts[len(parts)-1]
	switch w {
	case "之前", "以前", "前", "之后", "以后", "后", "过后":
		if len(parts) > 1 {
			return Expr{}, i, false
		}
		if u.Value != float64(int(u.Value)) {
			// 两个半月前, 一年半后: count in the next smaller unit.
			switch u.Unit {
			case Year:
				u = DurationPart{Value: u.Value * 12, Unit: Month}
			case Month:
				u = DurationPart{Value: u.Value * 30, Unit: Day}
			case Day:
				u = DurationPart{Value: u.Value * 24, Unit: Hour}
			case Hour:
				u = DurationPart{Value: u.Value * 60, Unit: Minute}
			case Minute:
				u = DurationPart{Value: u.Value * 60, Unit: Second}
			}
		}
		sign := 1.0
		if strings.HasSuffix(w, "前") {
			sign = -1
		}
		if u.Unit >= Year && u.Value*float64(map[Grain]int{Year: 1, Decade: 10, Century: 100}[u.Unit]) > 5000 {
			// 150亿年前: far beyond the calendar; kept, not resolved.
			return Expr{Kind: Relative, Grain: u.Unit, Parts: parts}, k, true
		}
		g := u.Unit
		e.Kind, e.Resolved = Relative, p.known
		e.From = truncate(addUnits(p.ref, u.Unit, sign*u.Value), g)
		e.Until = addUnits(e.From, g, 1)
		if g == HalfYear || g == Quarter {
			e.Until = addUnits(e.From, Month, 1)
		}
		if p.known {
			e.Value = isoOf(e.From, g)
		}
		if !p.spans && (w == "以前" || w == "之前") {
			e.Kind, e.OpenStart, e.From = Range, true, time.Time{}
			if p.known {
				e.Value = "../" + isoOf(addUnits(e.Until, g, -1), g)
			}
		}
		if !p.spans && (w == "以后" || w == "之后") {
			e.Kind, e.OpenEnd, e.Until = Range, true, time.Time{}
			if p.known {
				e.Value = isoOf(e.From, g) + "/.."
			}
		}
		if p.spans {
			start := truncate(p.ref, u.Unit)
			if sign < 0 {
				e.From, e.Until = addUnits(start, u.Unit, -u.Value), start
			} else {
				e.From, e.Until = addUnits(start, u.Unit, 1), addUnits(start, u.Unit, 1+u.Value)
			}
			if p.known {
				e.Value = isoOf(e.From, u.Unit) + "/" + isoOf(e.Until, u.Unit)
			}
		}
		return e, k, true
	case "以内", "之内", "内":
		e.Kind = Duration
		e.Value = durationValue(parts)
		e.Resolved = p.known
		e.From, e.Until = p.ref, p.ref
		for _, q := range parts {
			e.Until = addUnits(e.Until, q.Unit, q.Value)
		}
		// The span ends with the last day (or minute) it reaches.
		switch {
		case last.Unit >= Year:
			e.Until = addUnits(truncate(e.Until, Month), Month, 1)
		case last.Unit >= Day:
			e.Until = addUnits(truncate(e.Until, Day), Day, 1)
		case last.Unit == Hour:
			e.Until = addUnits(truncate(e.Until, Minute), Minute, 1)
		}
		return e, k, true
	case "以来", "来":
		e.Kind, e.Resolved = Relative, p.known
		g := last.Unit
		if u.Value != float64(int(u.Value)) && g > Hour {
			g = map[Grain]Grain{Day: Hour, Week: Day, Month: Day, Quarter: Month, HalfYear: Month, Year: Month, Decade: Year, Century: Year}[g]
		}
		e.From, e.Until = truncate(addUnits(p.ref, u.Unit, -u.Value), g), addUnits(truncate(p.ref, Day), Day, 1)
		if p.known {
			e.Value = isoOf(e.From, u.Unit) + "/" + isoOf(e.Until, Day)
		}
		return e, k, true
	}
	if p.vagueAmount && !p.whole {
		return Expr{}, i, false // 好几天, 数年: too vague to report alone
	}
	e.Kind = Duration
	e.Value = durationValue(parts)
	return e, j, true
}

// connectorWords are range connectors.
var connectorWords = newWordSet("至", "到", "-", "--", "~", "起至", "一直到", "直到", "和")

// connector matches a range connector at i.
func (p *parser) connector(i int) (int, bool) {
	j := i
	for p.r(j) == ' ' {
		j++
	}
	k, w := p.anyOf(j, connectorWords)
	if w == "" || w == "和" {
		return i, false
	}
	for p.r(k) == ' ' || p.r(k) == '-' {
		k++
	}
	return k, true
}

// vagueRefs are relative words with no date to resolve to; they keep the
// TIMEX3 value PAST_REF or FUTURE_REF.
var vagueRefs = []struct{ w, v string }{
	{"日前", "PAST_REF"}, {"近日", "PAST_REF"}, {"前不久", "PAST_REF"}, {"不久前", "PAST_REF"}, {"早前", "PAST_REF"},
	{"日后", "FUTURE_REF"}, {"不久后", "FUTURE_REF"},
}

// vagueRefWords are the words of vagueRefs.
var vagueRefWords = func() *wordSet {
	var ws []string
	for _, r := range vagueRefs {
		ws = append(ws, r.w)
	}
	return newWordSet(ws...)
}()

// single parses one expression (point, decade or relative) at i.
func (p *parser) single(i int) (Expr, pt, int, bool) {
	for _, r := range vagueRefs {
		if !vagueRefWords.mayStart(p.r(i)) {
			break
		}
		j, ok := p.word(i, r.w)
		if !ok {
			continue
		}
		if r.w[:3] == "日" && strings.ContainsRune("节假生念作期月今昨明平每当这翌次本同终元首纪前后该某逐抗工", p.r(i-1)) {
			continue // 节日前, 生日后: 日 belongs to the word before
		}
		return Expr{Kind: Relative, Value: r.v, Grain: Day}, newPt(), j, true
	}
	if e, j, ok := p.decade(i); ok {
		return e, newPt(), j, true
	}
	b := newPt()
	j := p.point(i, &b)
	if j < 0 {
		return Expr{}, b, -1, false
	}
	if j > i && !b.empty() {
		// A point followed by 前/后 of a duration belongs to relative().
		if e, ok := p.resolve(&b); ok {
			return e, b, j, true
		}
		return Expr{}, b, i, false
	}
	if e, j, ok := p.relative(i); ok {
		return e, newPt(), j, true
	}
	return Expr{}, b, i, false
}

// fromWords are what opens a range (从, 自, 由).
var fromWords = newWordSet("从", "自", "由")

// at parses the longest expression at rune i, ranges included; a leading
// 从/自 belongs to the expression only when a range or 起 follows.
func (p *parser) at(i int) (Expr, int, int, bool) {
	e, j, ok := p.at1(i)
	if ok {
		if _, w := p.anyOf(i, fromWords); w != "" && e.Kind != Range && p.r(j-1) != '起' {
			return e, i + 1, j, true
		}
	}
	return e, i, j, ok
}

// untilWords are what may close a range (止, 为止).
var untilWords = newWordSet("止", "为止")

func (p *parser) at1(i int) (Expr, int, bool) {
	j := i
	if k, w := p.anyOf(i, fromWords); w != "" {
		j = k
	}
	// Bare start of a range: 1—11月, 2019年4月12-19日, 9~12点半, 2020至2025年.
	if e, k, ok := p.bareRange(j); ok {
		return e, k, true
	}
	a, ab, k, ok := p.single(j)
	if !ok {
		if k < 0 {
			return Expr{}, -1, false
		}
		return Expr{}, i, false
	}
	// 晚上9~11点, 下午七八点: a clock range inside a day or part of day.
	if a.Kind != Duration && a.Kind != Range && ab.h < 0 && (ab.d >= 0 || ab.podFrom >= 0) {
		if r, k2, ok := p.clockRange(ab, k); ok {
			return r, k2, true
		}
	}
	// 六天后的3时1刻: a relative day with a time of day.
	if a.Kind == Relative && a.Grain == Day && len(a.Parts) > 0 && !a.OpenStart && !a.OpenEnd {
		k2, _ := p.word(k, "的")
		b := newPt()
		b.y, b.mo, b.d, b.rel = a.From.Year(), int(a.From.Month()), a.From.Day(), true
		b.setFirst(3)
		if k3 := p.afterDate(k2, &b); k3 > k2 {
			if e2, ok := p.resolve(&b); ok {
				a, ab, k = e2, b, k3
			}
		}
	}
	end := k
	if k2, ok := p.word(k, "起"); ok {
		end = k2
	}
	if c, ok := p.connector(end); ok {
		if k2, ok := p.word(c, "今"); ok && c > end {
			r := p.makeRange(a, Expr{From: p.ref, Until: p.ref, Resolved: p.known, Value: isoOf(p.ref, Day), Grain: Day})
			return r, k2, true
		}
		if a.Kind != Duration {
			// The end keeps the start's fields coarser than its own first
			// field: 2017年8月11日至22日, but 2008.03-2009 is a whole year.
			b0 := newPt()
			p.guardOff = c
			j0 := p.point(c, &b0)
			b2 := inheritAbove(ab, b0.first)
			j2 := j0
			if j0 > c && b0.first > 1 {
				j2 = p.point(c, &b2)
			} else {
				b2 = b0
			}
			p.guardOff = -1
			if j2 > c && !b2.empty() && b2.first >= ab.first {
				if e2, ok := p.resolve(&b2); ok {
					e2.Kind = kindOfFields(&b2)
					if b2.h >= 0 && b2.mi < 0 && ab.h >= 0 {
						e2.Until = e2.From // 3点至8点: until eight o'clock
					}
					r := p.makeRange(a, e2)
					if k3, w := p.anyOf(j2, untilWords); w != "" {
						j2 = k3
					}
					if !r.Until.Before(r.From) {
						return r, j2, true
					}
				}
			}
			if e2, _, j3, ok := p.single(c); ok && e2.Kind != Duration {
				if r := p.makeRange(a, e2); !r.Until.Before(r.From) || r.OpenStart || r.OpenEnd {
					return r, j3, true
				}
			}
		} else if a.Kind == Duration {
			if e2, j3, ok := p.relative(c); ok && e2.Kind == Duration {
				r := Expr{Kind: Duration, Parts: append(a.Parts, e2.Parts...), Value: a.Value + "/" + e2.Value, Grain: a.Grain}
				return r, j3, true
			}
		}
	}
	if a.Kind != Duration && a.Kind != Range {
		if r, k2, ok := p.bounded(a, k, end > k); ok {
			return r, k2, true
		}
	}
	if end > k {
		return a, end, true
	}
	return a, k, true
}

// clockRange reads 9~11点 or 七八点 at k, within the day and part of day
// of b.
func (p *parser) clockRange(b pt, k int) (Expr, int, bool) {
	var h1, c int
	adjacent := false
	if d1, ok1 := numeralDigit(p.r(k)); ok1 {
		// 七八点: two neighbouring digits.
		if d2, ok2 := numeralDigit(p.r(k + 1)); ok2 && d2 == d1+1 {
			h1, c, adjacent = d1, k+1, true
		}
	}
	if !adjacent {
		h, k1, _, ok := p.integer(k)
		if !ok || h > 24 {
			return Expr{}, k, false
		}
		c2, isConn := p.connector(k1)
		if !isConn {
			return Expr{}, k, false
		}
		h1, c = h, c2
	}
	eb := b
	j := p.clock(c, &eb)
	if j <= c || eb.h < 0 {
		return Expr{}, k, false
	}
	ea := b
	ea.h = h1
	ra, ok1 := p.resolve(&ea)
	rb, ok2 := p.resolve(&eb)
	if !ok1 || !ok2 {
		return Expr{}, k, false
	}
	if eb.mi < 0 && !adjacent {
		rb.Until = rb.From // 9~11点: until eleven o'clock
	}
	r := p.makeRange(ra, rb)
	if r.Until.Before(r.From) {
		return Expr{}, k, false
	}
	return r, j, true
}

func numeralDigit(r rune) (int, bool) {
	if r < 0x3000 {
		return 0, false
	}
	return numeral.Digit(r)
}

// boundedSuffixes are what bounds a point (2025年前, 8月以后, 9点左右).
var boundedSuffixes = newWordSet("之前", "以前", "前", "以后", "之后", "后", "前后", "左右")

// bounded reads what follows a point at k: 前 (a deadline: from the
// reference up to the point), 以后 (open end), 以来 (from the point up to
// the reference); qi says 起 followed the point.
func (p *parser) bounded(a Expr, k int, qi bool) (Expr, int, bool) {
	r := Expr{Kind: Range, Grain: a.Grain, Resolved: a.Resolved && p.known}
	if qi {
		k, _ = p.word(k, "起")
		if a.From.Before(p.ref) {
			r.From, r.Until = a.From, p.ref
			if a.Value != "" && p.known {
				r.Value = firstPart(a.Value) + "/" + isoOf(p.ref, Day)
			}
		} else {
			r.From, r.OpenEnd = a.From, true
			if a.Value != "" {
				r.Value = firstPart(a.Value) + "/.."
			}
		}
		return r, k, true
	}
	// 以来 stays outside: "2021年底以來" reports 2021年底 itself.
	k2, w := p.anyOf(k, boundedSuffixes)
	switch w {
	case "":
		return a, k, false
	case "前后", "左右":
		return a, k2, true // about: the point itself
	case "之前", "以前", "前":
		if p.known && a.Until.After(p.ref) {
			r.From, r.Until = p.ref, a.Until
			if a.Value != "" {
				r.Value = isoOf(p.ref, Day) + "/" + lastPart(a.Value)
			}
		} else {
			r.Until, r.OpenStart = a.Until, true
			if a.Value != "" {
				r.Value = "../" + lastPart(a.Value)
			}
		}
	case "以后", "之后", "后":
		if w == "后" && a.Kind == Relative {
			return a, k, false
		}
		r.From, r.OpenEnd = a.From, true
		if a.Value != "" {
			r.Value = firstPart(a.Value) + "/.."
		}
	}
	return r, k2, true
}

// firstPart and lastPart return the start and the end of a range value
// (a single value is both).
func firstPart(v string) string {
	a, _, _ := strings.Cut(v, "/")
	return a
}

func lastPart(v string) string { return v[strings.LastIndexByte(v, '/')+1:] }

// inheritAbove returns a point with the fields of a coarser than level
// (1 year … 4 hour) and a's part of day; level 0 keeps them all.
func inheritAbove(a pt, level int) pt {
	b := inherit(a)
	if level == 0 {
		return b
	}
	if level <= 3 {
		b.d = -1
	}
	if level <= 2 {
		b.mo = -1
	}
	if level <= 1 {
		b.y, b.yExplicit = -1, false
	}
	return b
}

// inherit returns a point with the coarse fields of a, for the end of a
// range that leaves them out (2017年8月11日至22日).
func inherit(a pt) pt {
	b := newPt()
	b.y, b.mo, b.d = a.y, a.mo, a.d
	b.yExplicit = a.yExplicit
	b.ampm = a.ampm
	b.rel = a.rel
	b.first = 0
	// The end replaces everything from its own first field down.
	return b
}

func kindOfFields(b *pt) Kind {
	switch {
	case b.rel:
		return Relative
	case b.h >= 0:
		return Time
	}
	return Date
}

func (p *parser) makeRange(a, b Expr) Expr {
	r := Expr{Kind: Range, From: a.From, Until: b.Until, Grain: a.Grain, Resolved: a.Resolved && b.Resolved,
		OpenStart: a.OpenStart, OpenEnd: b.OpenEnd}
	if a.Value != "" && b.Value != "" {
		av, _, _ := strings.Cut(a.Value, "/")
		bv := b.Value[strings.LastIndexByte(b.Value, '/')+1:]
		r.Value = av + "/" + bv
	}
	return r
}

// bareRangeStops are what makes a number the end of its own expression, not the bare start of a range.
var bareRangeStops = newWordSet("年", "月", "日", "号", "点", "时", ":", "个", "多", "天", "小时", "分", "秒", "周", "星期", ".", "/")

// bareRange parses a range whose start is a bare number sharing the end's
// unit: 1—11月, 2019年4月12-19日, 9~12点半, 2020至2025年.
func (p *parser) bareRange(i int) (Expr, int, bool) {
	pre := newPt()
	j := p.year(i, &pre)
	if j2 := p.month(j, &pre); j2 > j {
		j = j2
	}
	v, k, _, ok := p.integer(j)
	if !ok || k == j {
		return Expr{}, i, false
	}
	if _, w := p.anyOf(k, bareRangeStops); w != "" {
		return Expr{}, i, false
	}
	c, ok := p.connector(k)
	if !ok {
		return Expr{}, i, false
	}
	b := inherit(pre)
	if pre.y >= 0 && pre.mo < 0 {
		b.y = -1
	}
	if pre.mo >= 0 {
		b.mo = -1
	}
	b.rel = pre.rel
	j2 := p.point(c, &b)
	if j2 <= c || b.empty() {
		// Duration ranges: 13—18天, 3~6个月.
		if u, j3, ok := p.amountUnit(c, false); ok {
			a := DurationPart{Value: float64(v), Unit: u.Unit}
			e := Expr{Kind: Duration, Parts: []DurationPart{a, u}, Grain: u.Unit,
				Value: durationValue([]DurationPart{a}) + "/" + durationValue([]DurationPart{u})}
			return e, j3, true
		}
		return Expr{}, i, false
	}
	a := b
	switch {
	case b.mo >= 0 && pre.mo < 0 && b.first == 2:
		if pre.y < 0 && b.y >= 0 && b.yExplicit {
			return Expr{}, i, false
		}
		a.mo = v
		if pre.y >= 0 {
			a.y, b.y = pre.y, pre.y
		}
	case b.y >= 0 && b.first == 1 && pre.y < 0:
		switch {
		case v >= 1000:
			a.y = v
		case v < 100 && b.yExplicit:
			a.y = p.twoDigitYear(v)
		default:
			return Expr{}, i, false
		}
		a.mo, a.d, a.h, a.mi = -1, -1, -1, -1
	case b.d >= 0 && b.first == 3 && pre.mo >= 0:
		a.d = v
		a.y, a.mo = pre.y, pre.mo
		b.y, b.mo = pre.y, pre.mo
	case b.h >= 0 && b.first == 4:
		a.h, a.mi, a.s = v, -1, -1
	default:
		return Expr{}, i, false
	}
	if b.mo >= 0 && pre.mo >= 0 && b.first != 3 {
		return Expr{}, i, false
	}
	ea, ok1 := p.resolve(&a)
	eb, ok2 := p.resolve(&b)
	if !ok1 || !ok2 || eb.Until.Before(ea.From) {
		return Expr{}, i, false
	}
	if b.h >= 0 && b.mi < 0 {
		eb.Until = eb.From // 9~11点: until eleven o'clock
	}
	return p.makeRange(ea, eb), j2, true
}

// Extract returns the date and time expressions in s, left to right and
// non-overlapping, with byte offsets into s.
func Extract(s string, ref Reference) []Expr { return extract(s, ref, true) }

// extract is Extract; filter skips positions where no expression can start.
func extract(s string, ref Reference, filter bool) []Expr {
	return newParser(s, ref).scan(filter)
}

// scan returns the expressions of p's text, left to right; filter skips
// positions where no expression can start.
func (p *parser) scan(filter bool) []Expr {
	s := p.orig
	var out []Expr
	for i := 0; i < p.n(); {
		if filter && !p.canStart(i) || !startable(p, i) {
			i++
			continue
		}
		e, st, j, ok := p.at(i)
		if j < 0 {
			// A decimal number such as 二十七点三: skip the whole numeral.
			_, k, _, _ := p.number(i)
			i = max(k, i+1)
			continue
		}
		if !ok || j <= i || !p.plausible(i, j, e) {
			i++
			continue
		}
		e.Start, e.End = p.t.off[st], p.t.off[j]
		e.Text = s[e.Start:e.End]
		out = append(out, e)
		i = j
	}
	return out
}

// startable reports whether an expression may start at rune i: not inside
// a longer number or word of Latin letters.
func startable(p *parser, i int) bool {
	prev := p.r(i - 1)
	if isASCIIDigit(prev) || prev == '.' && isASCIIDigit(p.r(i-2)) {
		return false
	}
	if prev >= 'a' && prev <= 'z' || prev >= 'A' && prev <= 'Z' {
		return false
	}
	if _, ok := numeralRune(prev); ok {
		if _, ok := numeralRune(p.r(i)); ok {
			return false
		}
	}
	if prev == '第' {
		return false
	}
	return true
}

func numeralRune(r rune) (int, bool) {
	switch r {
	case '零', '〇', '一', '二', '两', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '万', '亿', '廿':
		return 0, true
	}
	if isASCIIDigit(r) {
		return 0, true
	}
	return 0, false
}

// plausible filters matches that are too weak to report in running text:
// a bare number of days or a lone weekday digit inside an identifier.
func (p *parser) plausible(i, j int, e Expr) bool {
	next := p.r(j)
	if isASCIIDigit(next) && isASCIIDigit(p.r(j-1)) {
		return false
	}
	// 一日之计, 十分之一: no time there.
	if next == '之' && (e.Kind == Duration || e.Grain == Day) && p.r(j+1) != '前' && p.r(j+1) != '后' && p.r(j+1) != '内' {
		return false
	}
	if e.Kind == Duration {
		if len(e.Parts) == 1 && e.Parts[0].Unit == Minute && p.r(j-1) == '分' {
			return false // 二十分 is a score or a fraction more often than a duration
		}
		// 一点, 一日 in idioms: require a numeral written out.
		if j-i == 2 && p.r(i) == '一' && p.r(i+1) == '日' {
			return false
		}
	}
	if j-i == 2 && p.r(i) == '黎' && p.r(i+1) == '明' {
		return false // 黎明 is also a name
	}
	if j-i == 2 && p.r(i) == '一' && (p.r(i+1) == '时' || p.r(i+1) == '日') && e.Kind != Relative {
		return false // 一时难以, 一日三餐
	}
	if e.Kind == Time && p.r(j-1) == '点' {
		// 四点意见, 三点建议: points of a list, not o'clock.
		rest := p.t.s[p.t.sb[j]:]
		for _, w := range []string{"意见", "建议", "要求", "看法", "主张", "共识", "希望", "内容", "原因", "原则", "理由", "措施", "体会", "经验", "结论", "启示", "意义", "做法", "好处", "不足", "特点", "优势", "问题", "目标", "任务", "说明", "声明", "倡议", "承诺"} {
			if strings.HasPrefix(rest, w) {
				return false
			}
		}
	}
	if e.Kind == Time && j-i <= 3 && p.r(j-1) == '点' {
		// 一点都不, 有点: keep only clock hours written as numbers.
		if p.r(i) == '一' || p.r(i) == '有' {
			return false
		}
	}
	return true
}

// ParseExpr parses s as one expression, for evaluation suites: it returns
// the longest expression starting at the first position where one starts.
func ParseExpr(s string, ref Reference) (Expr, bool) {
	p := newParser(s, ref)
	p.whole = true
	for i := 0; i < p.n(); i++ {
		e, st, j, ok := p.at(i)
		if ok && j > i {
			e.Start, e.End = p.t.off[st], p.t.off[j]
			e.Text = s[e.Start:e.End]
			return e, true
		}
		if j < 0 {
			return Expr{}, false
		}
	}
	return Expr{}, false
}
