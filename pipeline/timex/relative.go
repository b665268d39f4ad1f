package timex

import (
	"strings"
	"time"
)

// relativeSuffixes are what comes after an amount of time (三天前, 15天内, 两年来).
var relativeSuffixes = newWordSet("之前", "以前", "前", "之后", "以后", "后", "过后", "以内", "之内", "内", "以来", "来", "里")

// relativePrefixes are what comes before an amount of time relative to the reference (前两天, 未来7天).
var relativePrefixes = newWordSet("上", "前", "下", "后", "过去", "过去的", "未来", "近", "最近", "今后", "接下来", "接下来的")

// elapsed reads an amount of clock time, or of months with a fraction,
// before or after the reference (suffix w: 前, 以前, 后, 之后 …) as the
// time the elapsed amount rounds down into: 6个小时前 is between seven and
// six hours before the reference, 一个半小时后 between one and a half and
// two and a half hours after it, 两个半月前 between three and a half and
// two and a half months before it. The end nearer the reference is exact;
// the farther one takes in its minute (its second for minutes, its day
// for months). The value is the point itself.
func (p *parser) elapsed(u DurationPart, w string, k int) Expr {
	e := Expr{Kind: Relative, Grain: u.Unit, Parts: []DurationPart{u}, Resolved: p.known()}
	span := p.span
	if span.Value == 0 {
		span = DurationPart{Value: 1, Unit: u.Unit}
	}
	finer := map[Grain]Grain{Hour: Minute, Minute: Second, Second: Second, Month: Day}[u.Unit]
	before := strings.HasSuffix(w, "前")
	var point, far time.Time
	if before {
		point = addUnits(p.ref(), u.Unit, -u.Value)
		far = addUnits(point, span.Unit, -span.Value)
		if span.Unit == u.Unit {
			far = addUnits(p.ref(), u.Unit, -u.Value-span.Value) // 3.5 months back, not 2.5 and 1
		}
		e.From, e.Until = truncate(far, finer), point
		if finer == Day {
			e.Until = truncate(point, Day).AddDate(0, 0, 1)
		}
	} else {
		point = addUnits(p.ref(), u.Unit, u.Value)
		far = addUnits(point, span.Unit, span.Value)
		if span.Unit == u.Unit {
			far = addUnits(p.ref(), u.Unit, u.Value+span.Value)
		}
		e.From, e.Until = point, addUnits(truncate(far, finer), finer, 1)
		if finer == Day {
			e.From, e.Until = truncate(point, Day), truncate(far, Day)
		}
	}
	valueGrain := Minute
	if u.Unit == Second || finer == Day {
		valueGrain = finer
	}
	if p.known() {
		e.Value = isoOf(point, valueGrain)
	}
	switch w {
	case "以前", "之前":
		e.Kind, e.OpenStart, e.From = Range, true, time.Time{}
		if p.known() {
			e.Value = "../" + e.Value
		}
	case "以后", "之后":
		e.Kind, e.OpenEnd, e.Until = Range, true, time.Time{}
		if p.known() {
			e.Value += "/.."
		}
	}
	return e
}

// pairPrefixes name two neighbouring units: 今明 this and the next, 明后
// the next two.
var pairPrefixes = newWordSet("今明", "明后")

// pairOfUnits reads 今明两年, 今明两天, 明后两天 at i.
func (p *parser) pairOfUnits(i int) (Expr, int, bool) {
	j, w := p.anyOf(i, pairPrefixes)
	if w == "" {
		return Expr{}, i, false
	}
	k, ok := p.word(j, "两")
	if !ok {
		return Expr{}, i, false
	}
	var g Grain
	switch p.r(k) {
	case '年':
		g = Year
	case '天', '日':
		g = Day
	default:
		return Expr{}, i, false
	}
	start := truncate(p.ref(), g)
	if w == "明后" {
		start = addUnits(start, g, 1)
	}
	e := Expr{Kind: Relative, Grain: g, Resolved: p.known(), From: start, Until: addUnits(start, g, 2), Parts: []DurationPart{{Value: 2, Unit: g}}}
	if p.known() {
		e.Value = isoOf(start, g) + "/" + isoOf(addUnits(start, g, 1), g)
	}
	return e, k + 1, true
}

// withinWords close a span from now (未来5年内).
var withinWords = newWordSet("以内", "之内", "内")

// vagueOffset reads a vague amount before or after the reference as the
// units it may reach: 二十几年前 is 30 to 20 years before (1991 to 2001 in
// 2021), 几十年之后 20 to 100 years on.
func (p *parser) vagueOffset(g Grain, before bool) Expr {
	lo, hi := p.vagueFrom, p.vagueTo
	e := Expr{Kind: Range, Grain: g, Resolved: p.known(), Parts: []DurationPart{{Value: lo, Unit: g}}}
	if before {
		e.From, e.Until = truncate(addUnits(p.ref(), g, -hi), g), addUnits(truncate(addUnits(p.ref(), g, -lo), g), g, 1)
	} else {
		e.From, e.Until = truncate(addUnits(p.ref(), g, lo), g), addUnits(truncate(addUnits(p.ref(), g, hi), g), g, 1)
	}
	if p.known() {
		e.Value = isoOf(e.From, g) + "/" + isoOf(addUnits(e.Until, g, -1), g)
	}
	return e
}

// durationBounds are what bounds a duration (三十年以上, 六个月以下).
var durationBounds = newWordSet("以上", "以下")

// countedDays reads what follows n working or trading days at j: 15个工作日内
// (from the reference to the end of the n-th such day), 5个交易日后 (that
// day; 之后: from it on), 3个工作日前, or the count alone.
func (p *parser) countedDays(n int, kind dayKind, j int) (Expr, int, bool) {
	parts := []DurationPart{{Value: float64(n), Unit: Day}}
	k, w := p.anyOf(j, relativeSuffixes)
	e := Expr{Parts: parts, Grain: Day}
	switch w {
	case "以内", "之内", "内":
		d, cal := p.addDays(p.ref(), n, kind)
		e.Kind, e.Value, e.Calendar, e.Resolved = Duration, durationValue(parts), cal, p.known()
		e.From, e.Until = p.ref(), d.AddDate(0, 0, 1)
		return e, k, true
	case "之后", "以后", "后", "过后", "之前", "以前", "前":
		sign := 1
		if strings.HasSuffix(w, "前") {
			sign = -1
		}
		d, cal := p.addDays(p.ref(), sign*n, kind)
		e.Kind, e.Calendar, e.Resolved = Relative, cal, p.known()
		e.From, e.Until = d, d.AddDate(0, 0, 1)
		if p.known() {
			e.Value = isoDay(d)
		}
		switch w {
		case "之后", "以后":
			e.Kind, e.Until, e.OpenEnd = Range, time.Time{}, true
			if p.known() {
				e.Value += "/.."
			}
		case "之前", "以前":
			e.Kind, e.From, e.OpenStart = Range, time.Time{}, true
			if p.known() {
				e.Value = "../" + e.Value
			}
		}
		return e, k, true
	}
	e.Kind, e.Value = Duration, durationValue(parts)
	e.Calendar = p.calendarFor(p.ref(), kind)
	return e, j, true
}

// passWords are passing time before an amount (过两天, 再过半个小时).
var passWords = newWordSet("再过", "过")

// relative parses 三天前, 两年后, 15天内, 前两天, 上三周, 过去5分钟,
// 未来7天 and plain durations at i.
func (p *parser) relative(i int) (Expr, int, bool) {
	// Prefix forms.
	if j, w := p.anyOf(i, passWords); w != "" && p.r(j) != '去' && (w == "再过" || p.whole) {
		if u, k, ok := p.amountUnit(j, true); ok {
			// 过两天, 再过半个小时: from that point on.
			e := Expr{Kind: Range, Grain: u.Unit, Resolved: p.known(), OpenEnd: true, Parts: []DurationPart{u}}
			if u.Unit >= Day {
				e.From = truncate(addUnits(p.ref(), u.Unit, u.Value), Day)
			} else {
				e.From = addUnits(p.ref(), u.Unit, u.Value)
			}
			if p.known() {
				e.Value = isoOf(e.From, min(u.Unit, Day)) + "/.."
			}
			return e, k, true
		}
	}
	if e, k, ok := p.pairOfUnits(i); ok {
		return e, k, true
	}
	if e, k, ok := p.earlierBy(i); ok {
		return e, k, true
	}
	if j, w := p.anyOf(i, relativePrefixes); w != "" {
		if u, k, ok := p.amountUnit(j, true); ok && u.Unit < Century && !(u.Unit == Month && u.Value == 0.5 && (w == "上" || w == "下")) {
			// (上半月, 下半月 are the halves of a month, read by vague.)
			e := Expr{Kind: Relative, Grain: u.Unit, Resolved: p.known()}
			start := truncate(p.ref(), u.Unit)
			switch w {
			case "上", "前", "过去", "过去的", "近", "最近":
				e.From, e.Until = addUnits(start, u.Unit, -u.Value), start
				if w == "近" || w == "最近" || w == "过去" || w == "过去的" {
					// 过去的一年: from that far back up to now (the
					// reference's own unit included).
					e.From, e.Until = addUnits(p.ref(), u.Unit, -u.Value), p.nowEnd()
					if u.Unit >= Month {
						e.From = truncate(e.From, Day)
					}
				}
			default:
				e.From, e.Until = addUnits(start, u.Unit, 1), addUnits(start, u.Unit, 1+u.Value)
				if w == "未来" || w == "今后" || w == "接下来" || w == "接下来的" {
					// 未来5年(内): from now to the end of the day before the
					// same date five years on; 未来7天, 未来48小时: to the same
					// moment that far on (the reference's own unit included).
					e.From, e.Until = p.ref(), truncate(addUnits(p.ref(), u.Unit, u.Value), Day)
					if u.Unit <= Day {
						end := addUnits(p.ref(), u.Unit, u.Value)
						e.Until = addUnits(truncate(end, p.refGrain()), p.refGrain(), 1)
						if p.refGrain() == Second {
							e.Until = end.Add(time.Second)
						}
					}
					if k2, w2 := p.anyOf(k, withinWords); w2 != "" {
						k = k2
					}
				}
			}
			if p.known() {
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
	if days := p.days; days != calendarDays && u.Value == float64(int(u.Value)) {
		return p.countedDays(int(u.Value), days, j)
	}
	vagueFrom, vagueTo, span := p.vagueFrom, p.vagueTo, p.span
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
	// 三十年以上, 六个月以下: a duration with one bound (ISO 8601-2 P30Y/..).
	if k, w := p.anyOf(j, durationBounds); w != "" && len(parts) == 1 {
		e := Expr{Kind: Duration, Parts: parts, Grain: u.Unit}
		if w == "以上" {
			e.OpenEnd, e.Value = true, durationValue(parts)+"/.."
		} else {
			e.OpenStart, e.Value = true, "../"+durationValue(parts)
		}
		return e, k, true
	}
	k, w := p.anyOf(j, relativeSuffixes)
	e := Expr{Parts: parts, Grain: u.Unit}
	last := parts[len(parts)-1]
	switch w {
	case "之前", "以前", "前", "之后", "以后", "后", "过后":
		if len(parts) > 1 {
			return Expr{}, i, false
		}
		p.vagueFrom, p.vagueTo, p.span = vagueFrom, vagueTo, span
		if p.vagueTo > 0 && !p.spans() && u.Unit >= Day {
			return p.vagueOffset(u.Unit, strings.HasSuffix(w, "前")), k, true
		}
		if !p.spans() && (u.Unit <= Hour || u.Unit == Month && u.Value != float64(int(u.Value))) {
			return p.elapsed(u, w, k), k, true
		}
		if u.Unit == Quarter {
			u = DurationPart{Value: 3 * u.Value, Unit: Month} // 三个季度后: nine months on
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
		e.Kind, e.Resolved = Relative, p.known()
		e.From = truncate(addUnits(p.ref(), u.Unit, sign*u.Value), g)
		e.Until = addUnits(e.From, g, 1)
		if g == HalfYear || g == Quarter {
			e.Until = addUnits(e.From, Month, 1)
		}
		if p.known() {
			e.Value = isoOf(e.From, g)
		}
		if !p.spans() && (w == "以前" || w == "之前") {
			e.Kind, e.OpenStart, e.From = Range, true, time.Time{}
			if p.known() {
				e.Value = "../" + isoOf(addUnits(e.Until, g, -1), g)
			}
		}
		if !p.spans() && (w == "以后" || w == "之后") {
			e.Kind, e.OpenEnd, e.Until = Range, true, time.Time{}
			if p.known() {
				e.Value = isoOf(e.From, g) + "/.."
			}
		}
		if p.spans() {
			start := truncate(p.ref(), u.Unit)
			if sign < 0 {
				e.From, e.Until = addUnits(start, u.Unit, -u.Value), start
			} else {
				e.From, e.Until = addUnits(start, u.Unit, 1), addUnits(start, u.Unit, 1+u.Value)
			}
			if p.known() {
				e.Value = isoOf(e.From, u.Unit) + "/" + isoOf(e.Until, u.Unit)
			}
		}
		return e, k, true
	case "以内", "之内", "内":
		e.Kind = Duration
		e.Value = durationValue(parts)
		e.Resolved = p.known()
		e.From, e.Until = p.ref(), p.ref()
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
		e.Kind, e.Resolved = Relative, p.known()
		g := last.Unit
		if u.Value != float64(int(u.Value)) && g > Hour {
			g = map[Grain]Grain{Day: Hour, Week: Day, Month: Day, Quarter: Month, HalfYear: Month, Year: Month, Decade: Year, Century: Year}[g]
		}
		e.From, e.Until = truncate(addUnits(p.ref(), u.Unit, -u.Value), g), p.nowEnd()
		if p.known() {
			e.Value = isoOf(e.From, u.Unit) + "/" + isoOf(p.ref(), Day)
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

// earlierNotBefore are the words before 早 that make 早两日 "two days
// early" (提早两日, 要早两天, 比…早两天) rather than "two days ago".
const earlierNotBefore = "提更较比最要还得很太越稍会能可将应须需再"

// earlierNotAfter are the runes after 早两日 that make it an advance
// (早两天到, 早两日完成, 早两天前) rather than a day back.
const earlierNotAfter = "到完结交出抵离开截前后左内以之"

// earlierCompared are the runes that, earlier in 早's clause, make 早两天
// "two days earlier than" (比原计划早两天, 较往年早三天, 提前……早两天).
const earlierCompared = "比较較提"

// comparedBefore reports whether a comparison opens the clause before
// rune i (within 20 runes): 比原计划早两天公布.
func (p *parser) comparedBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-20; k-- {
		r := p.r(k)
		if clauseStart(r) || r == '！' || r == '？' {
			return false
		}
		if strings.ContainsRune(earlierCompared, r) {
			return true
		}
	}
	return false
}

// earlierBy parses 早两日, 早三天 at i, as Cantonese and colloquial writing
// say "two days ago": the day that many days before the reference.
func (p *parser) earlierBy(i int) (Expr, int, bool) {
	if p.r(i) != '早' || strings.ContainsRune(earlierNotBefore, p.r(i-1)) || p.comparedBefore(i) {
		return Expr{}, i, false
	}
	vague := p.vagueAmount
	p.vagueAmount = false
	u, k, ok := p.amountUnit(i+1, true)
	guessed := p.vagueAmount // 早幾日: no count of days
	p.vagueAmount = vague
	if !ok || guessed || u.Unit != Day || u.Value != float64(int(u.Value)) || u.Value < 1 || u.Value > 9 || strings.ContainsRune(earlierNotAfter, p.r(k)) {
		return Expr{}, i, false
	}
	e := Expr{Kind: Relative, Grain: Day, Resolved: p.known(), Parts: []DurationPart{u}}
	e.From = truncate(addUnits(p.ref(), Day, -u.Value), Day)
	e.Until = addUnits(e.From, Day, 1)
	if p.known() {
		e.Value = isoOf(e.From, Day)
	}
	return e, k, true
}
