package timex

import "time"

// Recurrences: 每年9月, 每月4号, 每周三, 每天晚上8点, 每隔3天, 每半年,
// 每个工作日的下午三点, 每年春节. The period comes from the unit after 每
// (or from the anchor: 每周三 is weekly), the anchor is the expression
// that follows, read in the reference's own period (每年母亲节 is this
// year's, even when it has passed), and the value is ISO 8601-2's
// repeating interval R/anchor/period (R/period without an anchor).

// periodWords are the units a recurrence repeats by, with their period.
var periodWords = []struct {
	w    string
	part DurationPart
	rule string
}{
	{"周工作日", DurationPart{1, Week}, weekdaysRule}, {"星期工作日", DurationPart{1, Week}, weekdaysRule},
	{"工作日", DurationPart{1, Day}, weekdaysRule}, {"交易日", DurationPart{1, Day}, weekdaysRule},
	{"周末", DurationPart{1, Week}, weekendRule}, {"星期", DurationPart{1, Week}, ""}, {"礼拜", DurationPart{1, Week}, ""},
	{"周", DurationPart{1, Week}, ""}, {"季度", DurationPart{1, Quarter}, ""}, {"季", DurationPart{1, Quarter}, ""},
	{"年", DurationPart{1, Year}, ""}, {"月", DurationPart{1, Month}, ""}, {"天", DurationPart{1, Day}, ""},
	{"日", DurationPart{1, Day}, ""}, {"晚", DurationPart{1, Day}, ""}, {"夜", DurationPart{1, Day}, ""}, {"早", DurationPart{1, Day}, ""},
	{"小时", DurationPart{1, Hour}, ""}, {"钟头", DurationPart{1, Hour}, ""}, {"分钟", DurationPart{1, Minute}, ""},
	{"秒钟", DurationPart{1, Second}, ""}, {"秒", DurationPart{1, Second}, ""},
}

// The rules of recurrences on some days of the week.
const (
	weekdaysRule = "BYDAY=MO,TU,WE,TH,FR"
	weekendRule  = "BYDAY=SA,SU"
)

// periodWordSet holds the words of periodWords.
var periodWordSet = func() *wordSet {
	var ws []string
	for _, u := range periodWords {
		ws = append(ws, u.w)
	}
	return newWordSet(ws...)
}()

// recurrence parses a recurrence at i (每 …).
func (p *parser) recurrence(i int) (Expr, int, bool) {
	j, ok := p.word(i, "每")
	if !ok {
		return Expr{}, i, false
	}
	gap := false
	if p.r(j) == '隔' {
		j, gap = j+1, true
	}
	// 每3天, 每隔200秒, 每半年, 每半个钟头: an amount.
	if u, k, ok := p.amountUnit(j, true); ok && !p.vagueAmount {
		e := Expr{Kind: Recurrence, Grain: u.Unit, Parts: []DurationPart{u}}
		e.Period = durationValue(e.Parts)
		e.Value = "R/" + e.Period
		return e, k, true
	}
	if gap {
		return Expr{}, i, false
	}
	k, _ := p.word(j, "个")
	// 每周三, 每个星期天早上9点一刻: the anchor names the period.
	saved := p.thisPeriod
	p.thisPeriod = true
	defer func() { p.thisPeriod = saved }()
	b := newPt()
	if k2 := p.week(k, &b); k2 > k && b.weekday {
		a, _, end, ok := p.at(k)
		if !ok {
			return Expr{}, i, false
		}
		return p.recur(a, DurationPart{1, Week}, "", end), end, true
	}
	k2, w := p.anyOf(k, periodWordSet)
	if w == "" {
		return Expr{}, i, false
	}
	var unit DurationPart
	rule := ""
	for _, u := range periodWords {
		if u.w == w {
			unit, rule = u.part, u.rule
		}
	}
	if w == "周末" || w == "晚" || w == "夜" || w == "早" {
		k2 = k // 周末九点, 每晚8点: the word is part of the anchor
	}
	anchorAt, _ := p.word(k2, "的")
	a, end, ok := p.recurrenceAnchor(anchorAt)
	if !ok || end <= anchorAt || a.Kind == Duration || a.Kind == Recurrence {
		if w == "晚" || w == "夜" || w == "早" || w == "周末" {
			return Expr{}, i, false
		}
		// 每年, 每季度: a period alone.
		e := Expr{Kind: Recurrence, Grain: unit.Unit, Parts: []DurationPart{unit}, Rule: rule}
		e.Period = durationValue(e.Parts)
		e.Value = "R/" + e.Period
		return e, k2, true
	}
	if rule == weekdaysRule {
		// 每个工作日的下午三点: from the first weekday on.
		for a.From.Weekday() == time.Saturday || a.From.Weekday() == time.Sunday {
			a.From, a.Until = a.From.AddDate(0, 0, 1), a.Until.AddDate(0, 0, 1)
		}
		if len(a.Value) >= 10 {
			a.Value = a.From.Format("2006-01-02") + a.Value[10:]
		}
	}
	return p.recur(a, unit, rule, end), end, true
}

// maxRecurrenceRun bounds the recurrences read in a row as anchors.
const maxRecurrenceRun = 8

// recurrenceAnchor reads the anchor of a recurrence at i. An anchor that
// starts with 每 is another recurrence, which the caller rejects (每年每月:
// the first period stands alone), but reading it reads its own anchor: a
// run of them (每天每天…) would be read to its end from each of its words,
// quadratic and as deep. Past maxRecurrenceRun of them the anchor is not
// read (the result is the same; only a run that long is read otherwise).
func (p *parser) recurrenceAnchor(i int) (Expr, int, bool) {
	if p.r(i) == '每' {
		if p.recurrenceRun >= maxRecurrenceRun {
			return Expr{}, i, false
		}
		p.recurrenceRun++
		defer func() { p.recurrenceRun-- }()
	}
	p.work++
	a, _, end, ok := p.at(i)
	return a, end, ok
}

// recur makes the recurrence of anchor a every period.
func (p *parser) recur(a Expr, period DurationPart, rule string, end int) Expr {
	e := Expr{Kind: Recurrence, Grain: a.Grain, Parts: []DurationPart{period}, Rule: rule,
		From: a.From, Until: a.Until, Resolved: a.Resolved, OpenStart: a.OpenStart, OpenEnd: a.OpenEnd}
	e.Period = durationValue(e.Parts)
	e.Anchor = a.Value
	if a.Value != "" {
		e.Value = "R/" + firstPart(a.Value) + "/" + e.Period
	}
	return e
}
