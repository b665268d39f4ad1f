package timex

import (
	"strings"
	"time"
)

// resolve turns a point into an expression with an interval and a value.
func (p *parser) resolve(b *pt) (Expr, bool) {
	loc := p.ref().Location()
	e := Expr{Kind: Date}
	if b.rel {
		e.Kind = Relative
	}
	if b.custom && b.h < 0 {
		e.From, e.Until, e.Grain, e.Value = b.from, b.until, b.grain, b.value
		e.Resolved = p.known() || !b.rel && b.refYear == 0
		switch {
		case p.known():
		case b.rel:
			e.Value = ""
		case b.refYear != 0:
			e.Value = strings.ReplaceAll(e.Value, itoa(b.refYear), "XXXX") // 九月初: the year is not known
		}
		return e, true
	}
	y, mo, d := b.y, b.mo, b.d
	fromRef := false
	if y < 0 && (mo >= 0 || d >= 0 || b.h >= 0 || b.podFrom >= 0) {
		y = p.ref().Year()
		fromRef = true
		if mo >= 0 && !b.rel && !p.future() && p.inWindow(p.anc().dayAt, p.cur) {
			// 2003年5月13日……8月11日: near the day mentioned before.
			y = nearYear(mo, max(d, 15), p.anc().day)
		}
	}
	if mo < 0 && (d >= 0 || b.h >= 0 || b.podFrom >= 0) {
		if b.d >= 0 && b.y >= 0 && !b.rel {
			return e, false // 2025年23日
		}
		mo = int(p.ref().Month())
		fromRef = true
	}
	if d < 0 && (b.h >= 0 || b.podFrom >= 0) {
		d = p.ref().Day()
		fromRef = true
	}
	if mo > 0 && d > daysIn(y, mo) {
		return e, false
	}
	// Hours.
	h, mi, s := b.h, b.mi, b.s
	grain := Year
	switch {
	case s >= 0:
		grain = Second
	case mi >= 0:
		grain = Minute
	case h >= 0:
		grain = Hour
	case d >= 0:
		grain = Day
	case mo >= 0:
		grain = Month
	}
	ambiguous := false
	if h >= 0 {
		switch b.ampm {
		case podPM:
			if h < 12 {
				h += 12
			}
		case podNight:
			if h <= 12 && h >= 5 || h == 12 {
				h += 12
			}
		case podNoon:
			if h < 6 {
				h += 12
			}
		case podEarly, podAM:
			if h == 12 {
				h = 0
			}
			if b.ampm == podEarly && b.podFrom == 0 && b.podTo == 6 && h >= 9 && h < 12 {
				h += 12 // 半夜11点
			}
		default:
			ambiguous = h >= 1 && h <= 12 && !b.now
		}
	}
	if mo < 0 {
		mo = 1
	}
	if d < 0 {
		d = 1
	}
	hh, mm, ss := max(h, 0), max(mi, 0), max(s, 0)
	from := time.Date(y, time.Month(mo), d, hh, mm, ss, 0, loc)
	step := func(t time.Time, g Grain, n int) time.Time {
		switch g {
		case Second:
			return t.Add(time.Duration(n) * time.Second)
		case Minute:
			return t.Add(time.Duration(n) * time.Minute)
		case Hour:
			return t.Add(time.Duration(n) * time.Hour)
		case Day:
			return t.AddDate(0, 0, n)
		case Month:
			return t.AddDate(0, n, 0)
		}
		return t.AddDate(n, 0, 0)
	}
	if p.future() && fromRef {
		// The next occurrence at or after the reference.
		switch {
		case b.h >= 0 && b.d < 0:
			if ambiguous && !from.After(p.ref()) {
				from = from.Add(12 * time.Hour)
			}
			if !from.After(p.ref()) {
				from = from.AddDate(0, 0, 1)
				if ambiguous {
					from = from.Add(-12 * time.Hour)
				}
			}
		case b.y < 0 && b.mo >= 0:
			if !step(from, grain, 1).After(p.ref()) {
				from = from.AddDate(1, 0, 0)
			}
		case b.y < 0 && b.mo < 0 && b.d >= 0:
			if !step(from, grain, 1).After(p.ref()) {
				from = from.AddDate(0, 1, 0)
			}
		}
	} else if ambiguous && h < 12 && b.h >= 0 && false {
		from = from.Add(12 * time.Hour)
	}
	until := step(from, grain, 1)
	if h == 24 {
		from = time.Date(y, time.Month(mo), d, 0, mm, ss, 0, loc).AddDate(0, 0, 1)
		until = step(from, grain, 1)
	}
	if b.h < 0 && b.podFrom >= 0 {
		from = time.Date(from.Year(), from.Month(), from.Day(), b.podFrom, 0, 0, 0, loc)
		until = time.Date(from.Year(), from.Month(), from.Day(), b.podTo, 0, 0, 0, loc)
		grain = Hour
	}
	if b.custom {
		// A week or weekend with a clock time: keep the custom interval's day.
		from = time.Date(b.from.Year(), b.from.Month(), b.from.Day(), hh, mm, ss, 0, loc)
		if b.from.Hour() >= 18 {
			from = from.AddDate(0, 0, 1) // 周末九点: Saturday, the weekend's first day
		}
		until = step(from, grain, 1)
	}
	e.From, e.Until, e.Grain = from, until, grain
	e.Resolved = p.known() || (!b.rel && !fromRef)
	if b.h >= 0 || b.podFrom >= 0 {
		e.Kind = Time
		if b.rel {
			e.Kind = Relative
		}
	}
	// The value.
	dateKnown := p.known() || (!b.rel && !(fromRef && b.y < 0))
	var v string
	switch grain {
	case Year:
		v = from.Format("2006")
	case Month:
		v = from.Format("2006-01")
	case Day:
		v = from.Format("2006-01-02")
	case Hour:
		v = from.Format("2006-01-02T15:04")
		if b.h < 0 {
			v = from.Format("2006-01-02") + "T" + podName(b.podFrom)
			if b.podTo-b.podFrom == 2 {
				// A double-hour (午时): its two hours.
				v = from.Format("2006-01-02T15:04") + "/" + until.Add(-time.Hour).Format("2006-01-02T15:04")
			} else if b.d >= 0 {
				// 週二下午, 今（20）日午間: the day; the interval keeps the part.
				v = from.Format("2006-01-02")
			}
		}
	case Minute:
		v = from.Format("2006-01-02T15:04")
	default:
		v = from.Format("2006-01-02T15:04:05")
	}
	if !dateKnown {
		switch {
		case b.rel:
			v = ""
		case b.y < 0 && b.mo < 0 && b.d < 0:
			v = v[strings.IndexByte(v, 'T'):] // time only
			if v == "" {
				v = ""
			}
		case b.y < 0 && b.mo < 0:
			v = "XXXX-XX" + v[7:]
		case b.y < 0:
			v = "XXXX" + v[4:]
		}
	}
	e.Value = v
	return e, true
}

func podName(h int) string {
	switch h {
	case 0:
		return "NI"
	case 4:
		return "MO"
	case 12:
		return "AF"
	case 6:
		return "DT"
	}
	return "EV"
}
