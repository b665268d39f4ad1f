package timex

import (
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
	var earliest time.Time
	for _, e := range Extract(s, Reference{}) {
		if e.Kind == Date && e.Grain == Day && e.Resolved && (earliest.IsZero() || e.From.Before(earliest)) {
			earliest = e.From
		}
	}
	if d, ok := p.dateline(earliest); ok {
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

// dateline finds 華盛頓8日電 / 記者…台北8日專電 near the start of the text
// and completes the day with the month of base (or the month before, when
// the day would lie after base by more than a few days).
func (p *parser) dateline(base time.Time) (time.Time, bool) {
	if base.IsZero() {
		return time.Time{}, false
	}
	limit := min(p.n(), 80)
	for i := 1; i < limit; i++ {
		if !isHan(p.r(i - 1)) {
			continue
		}
		d, j, _, ok := p.integer(i)
		if !ok || !isASCIIDigit(p.r(i)) || d < 1 || d > 31 {
			continue
		}
		if _, ok := p.word(j, "日"); !ok {
			continue
		}
		if _, w := p.anyWord(j+1, "电", "電", "专电", "專電", "综合外电", "讯", "訊"); w == "" {
			continue
		}
		t := time.Date(base.Year(), base.Month(), d, 0, 0, 0, 0, time.UTC)
		if t.Before(base) {
			t = t.AddDate(0, 1, 0)
		}
		return t, true
	}
	return time.Time{}, false
}
