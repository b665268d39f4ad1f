package timex

import (
	"strings"

	"github.com/zhpipe/zhpipe/pipeline/numeral"
)

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
	if e, k, ok := p.recurrence(i); ok {
		return e, k, true
	}
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
		if k2, ok := p.untilNow(c); ok && c > end {
			r := p.makeRange(a, Expr{From: p.ref(), Until: p.ref(), Resolved: p.known(), Value: isoOf(p.ref(), Day), Grain: Day})
			return r, k2, true
		}
		if a.Kind != Duration {
			if e2, j2, ok := p.endPoint(ab, c); ok {
				r := p.makeRange(a, e2)
				if k3, w := p.anyOf(j2, untilWords); w != "" {
					j2 = k3
				}
				if !r.Until.Before(r.From) {
					return r, j2, true
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
	if r, k2, ok := p.list(a, ab, k); ok {
		return r, k2, true
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

// untilNow matches 今 or 今天 at c where it stands for now (至今, 到今天),
// not for a day said with more (到今天（3月5日）凌晨, 到今晚).
func (p *parser) untilNow(c int) (int, bool) {
	k, ok := p.word(c, "今")
	if !ok {
		return c, false
	}
	if r := p.r(k); r == '天' || r == '日' {
		k++
		if _, pod := p.anyOf(k, partOfDayWords); pod != "" || isOpen(p.r(k)) || isASCIIDigit(p.r(k)) {
			return c, false
		}
		return k, true
	}
	if _, w := p.anyOf(c, relDayWords); w != "" || p.r(k) == '年' || isOpen(p.r(k)) {
		return c, false
	}
	return k, true
}

// endPoint reads the end of a range at c, after a start with fields ab:
// the end keeps the start's fields coarser than its own first field
// (2017年8月11日至22日), but 2008.03-2009 is a whole year.
func (p *parser) endPoint(ab pt, c int) (Expr, int, bool) {
	b0 := newPt()
	p.guardOff = c
	defer func() { p.guardOff = -1 }()
	j0 := p.point(c, &b0)
	b2 := inheritAbove(ab, b0.first)
	j2 := j0
	if j0 > c && b0.first > 1 {
		j2 = p.point(c, &b2)
	} else {
		b2 = b0
	}
	if j2 <= c || b2.empty() || b2.first < ab.first {
		return Expr{}, c, false
	}
	e2, ok := p.resolve(&b2)
	if !ok {
		return Expr{}, c, false
	}
	e2.Kind = kindOfFields(&b2)
	if b2.h >= 0 && b2.mi < 0 && ab.h >= 0 {
		e2.Until = e2.From // 3点至8点: until eight o'clock
	}
	return e2, j2, true
}

// isListJoin reports whether r joins the days of a list (四月二日及三日,
// 周四及周五).
func isListJoin(r rune) bool { return r == '及' || r == '和' || r == '与' || r == '、' || r == ',' }

// list reads a list of consecutive days after the day a (read with fields
// ab) at k as the range they cover: 二○一九年四月二日及三日, 本周二及周三,
// 9月10号，11号，12号. A comma joins only bare day numbers.
func (p *parser) list(a Expr, ab pt, k int) (Expr, int, bool) {
	if a.Kind != Date && a.Kind != Relative || a.Grain != Day || ab.custom || ab.h >= 0 || ab.podFrom >= 0 {
		return Expr{}, k, false
	}
	last, end := a, k
	for {
		w := p.r(end)
		if !isListJoin(w) {
			break
		}
		c := end + 1
		if w == ',' || w == '、' {
			if _, k2, _, ok := p.integer(c); !ok || k2 == c {
				break
			} else if _, w2 := p.anyOf(k2, dayWords); w2 == "" {
				break
			}
		}
		e2, j2, ok := p.endPoint(ab, c)
		if !ok || e2.Grain != Day || !e2.From.Equal(last.Until) {
			break
		}
		last, end = e2, j2
	}
	if end == k {
		return Expr{}, k, false
	}
	r := p.makeRange(a, last)
	r.Kind = Range
	return r, end, true
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
var boundedSuffixes = newWordSet("之前", "以前", "前", "以后", "之后", "后", "前后", "左右", "迄今")

// bounded reads what follows a point at k: 前 (a deadline: from the
// reference up to the point), 以后 (open end), 以来 (from the point up to
// the reference); qi says 起 followed the point.
func (p *parser) bounded(a Expr, k int, qi bool) (Expr, int, bool) {
	r := Expr{Kind: Range, Grain: a.Grain, Resolved: a.Resolved && p.known()}
	if qi {
		k, _ = p.word(k, "起")
		if a.From.Before(p.ref()) {
			r.From, r.Until = a.From, p.ref()
			if a.Value != "" && p.known() {
				r.Value = firstPart(a.Value) + "/" + isoOf(p.ref(), Day)
			}
		} else {
			r.From, r.OpenEnd = a.From, true
			if a.Value != "" {
				r.Value = firstPart(a.Value) + "/.."
			}
		}
		return r, k, true
	}
	if p.r(k) == '许' && a.Grain <= Hour && p.r(k+1) != '多' && p.r(k+1) != '久' {
		return a, k + 1, true // 晚上十时许: about that time (not 许多)
	}
	k2, w := p.anyOf(k, boundedSuffixes)
	switch w {
	case "":
		return a, k, false
	case "迄今":
		// 110年元旦迄今: from the point up to the reference day. (以来 stays
		// outside: "2021年底以來" reports 2021年底 itself.)
		if !p.known() || !a.From.Before(p.ref()) {
			return a, k, false
		}
		r.From, r.Until = a.From, p.nowEnd()
		if a.Value != "" {
			r.Value = firstPart(a.Value) + "/" + isoOf(p.ref(), Day)
		}
	case "前后", "左右":
		return a, k2, true // about: the point itself

	case "之前", "以前", "前":
		if p.known() && a.Until.After(p.ref()) {
			// 2030年前: a deadline. The value is what the words say (up to
			// 2030), the interval what is left of it (from the reference).
			r.From, r.Until = p.ref(), a.Until
			if a.Value != "" {
				r.Value = "../" + lastPart(a.Value)
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
	if e, k2, ok := p.splitYear(v, j, k); ok {
		return e, k2, true
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
		if !eb.Until.After(ea.From) {
			return Expr{}, i, false // 03-02时 ends before it starts: no hours
		}
	}
	return p.makeRange(ea, eb), j2, true
}

// fiscalYearWords close a year written across two (2020/21年度).
var fiscalYearWords = newWordSet("财政年度", "财年", "学年度", "学年", "年度", "年")

// splitYear parses 2020/21年度, 2019/20财政年度 at the slash k after the
// year v read from j: a fiscal or school year running over two calendar
// years, the second in two digits.
func (p *parser) splitYear(v, j, k int) (Expr, int, bool) {
	if p.r(k) != '/' || k-j != 4 || v < 1000 || v > 2999 {
		return Expr{}, k, false
	}
	w, k2, _, ok := p.integer(k + 1)
	if !ok || k2 != k+3 || w != (v+1)%100 {
		return Expr{}, k, false
	}
	k3, fy := p.anyOf(k2, fiscalYearWords)
	if fy == "" {
		return Expr{}, k, false
	}
	a, b := newPt(), newPt()
	a.y, b.y, a.yExplicit, b.yExplicit = v, v+1, true, true
	a.setFirst(1)
	b.setFirst(1)
	ea, ok1 := p.resolve(&a)
	eb, ok2 := p.resolve(&b)
	if !ok1 || !ok2 {
		return Expr{}, k, false
	}
	return p.makeRange(ea, eb), k3, true
}
