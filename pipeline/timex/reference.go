package timex

import (
	"strings"
	"time"
)

// GuessReference finds the article's own date in its text: a CNA code
// (1141209 = ROC 114-12-09), else a dateline day (華盛頓8日) completed with
// the year and month of the earliest full date, else the earliest full
// date (2025年7月23日). Source says which; it is "none" with a zero Date
// when the text gives no full date. Region is left for the caller.
func GuessReference(s string) Reference {
	p := newParser(s, Reference{})
	if d, ok := p.cnaCode(); ok {
		return Reference{Date: d, Source: "cna-code"}
	}
	return p.guess(p.scan(true))
}

// GuessReferenceExprs returns GuessReference(s) and the expressions it
// reads to find the date, which are Extract(s, Reference{}): a caller
// that needs both (quantity.ExtractMasked masks the dates' numbers with
// them) extracts once instead of twice.
func GuessReferenceExprs(s string) (Reference, []Expr) {
	p := newParser(s, Reference{})
	es := p.scan(true)
	if d, ok := p.cnaCode(); ok {
		return Reference{Date: d, Source: "cna-code"}, es
	}
	return p.guess(es), es
}

// guess finds the reference date among es, the expressions of the text
// with no reference, and the datelines.
func (p *parser) guess(es []Expr) Reference {
	var earliest time.Time
	var full []time.Time
	for _, e := range es {
		if e.Kind != Date && e.Kind != Range || e.Kind == Date && !e.Resolved || e.OpenStart {
			continue
		}
		if e.Kind == Range || e.Grain != Day {
			// 自2025年1月1日起: the start of a range counts when it is a day.
			if e.From.IsZero() || !strings.Contains(firstPart(e.Value), "-") || len(firstPart(e.Value)) != 10 {
				continue
			}
		}
		full = append(full, e.From)
		if earliest.IsZero() || e.From.Before(earliest) {
			earliest = e.From
		}
	}
	if d, ok := p.dateline(earliest, full); ok {
		return Reference{Date: d, Source: "dateline"}
	}
	if !earliest.IsZero() {
		return Reference{Date: earliest, Source: "earliest-date"}
	}
	return Reference{Source: "none"}
}

// cnaCode finds a standalone seven-digit CNA date code (ROC year, month,
// day), as CNA prints after the editor's name.
func (p *parser) cnaCode() (time.Time, bool) {
	rs := p.t.rs
	for i := 0; i+7 <= len(rs); i++ {
		if isASCIIDigit(p.r(i-1)) || isASCIIDigit(p.r(i+7)) {
			continue
		}
		v := 0
		ok := true
		for k := i; k < i+7; k++ {
			if !isASCIIDigit(rs[k]) {
				ok = false
				break
			}
			v = v*10 + int(rs[k]-'0')
		}
		if !ok {
			continue
		}
		y, m, d := v/10000, v/100%100, v%100
		if y < 90 || y > 150 || m < 1 || m > 12 || d < 1 || d > daysIn(1911+y, m) {
			continue
		}
		return time.Date(1911+y, time.Month(m), d, 0, 0, 0, 0, time.UTC), true
	}
	return time.Time{}, false
}

// datelineSuffixes are what follows a dateline.
var datelineSuffixes = newWordSet("电", "专电", "综合外电", "讯", "报导", "报道", "综合报导")

// dateline finds a dateline (華盛頓8日專電, 新华社北京12月31日电). A month
// and day get the year that puts them nearest one of the text's full
// dates; a day alone gets the month of base, the earliest full date, or
// the month after when it would fall before base.
func (p *parser) dateline(base time.Time, full []time.Time) (time.Time, bool) {
	if base.IsZero() {
		return time.Time{}, false
	}
	for i := 1; i < p.n(); i++ {
		if !isHan(p.r(i-1)) || !isASCIIDigit(p.r(i)) {
			continue
		}
		if i > 1 && isASCIIDigit(p.r(i-1)) {
			continue
		}
		month := 0
		j := i
		if m, k, _, ok := p.integer(i); ok && m >= 1 && m <= 12 {
			if k2, ok := p.word(k, "月"); ok && isASCIIDigit(p.r(k2)) {
				month, j = m, k2
			}
		}
		d, k, _, ok := p.integer(j)
		if !ok || d < 1 || d > 31 {
			continue
		}
		if _, ok := p.word(k, "日"); !ok {
			continue
		}
		if _, w := p.anyOf(k+1, datelineSuffixes); w == "" {
			continue
		}
		if month > 0 {
			// The year that puts the dateline nearest a full date of the text.
			best, bestGap := time.Time{}, time.Duration(1<<62)
			for _, f := range full {
				t := time.Date(f.Year(), time.Month(month), d, 0, 0, 0, 0, time.UTC)
				gap := t.Sub(f)
				if gap < 0 {
					gap = -gap
				}
				if gap < bestGap {
					best, bestGap = t, gap
				}
			}
			if best.IsZero() {
				best = time.Date(base.Year(), time.Month(month), d, 0, 0, 0, 0, time.UTC)
			}
			return best, true
		}
		t := time.Date(base.Year(), base.Month(), d, 0, 0, 0, 0, time.UTC)
		if t.Before(base) {
			t = t.AddDate(0, 1, 0)
		}
		return t, true
	}
	return time.Time{}, false
}
