package timex

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Kind says what an expression denotes.
type Kind uint8

const (
	// Date is a calendar date or part of one (day, month, year, quarter, decade).
	Date Kind = iota + 1
	// Time is a clock time, with or without a date.
	Time
	// Range is an interval with a start and an end (2023年至2025年, 1—11月).
	Range
	// Duration is a length of time (15天內, 三個月).
	Duration
	// Relative is an expression resolved against the reference date
	// (今天, 上周二, 去年11月, 三天前); its Value is empty when no
	// reference date is known.
	Relative
	// Recurrence is a repeating time (每年9月, 每周三, 每隔3天): Value is
	// an ISO 8601-2 repeating interval (R/2021-09/P1Y, R/P3D), Parts the
	// period and [From, Until) the first occurrence (the anchor).
	Recurrence
)

var kindNames = [...]string{"", "date", "time", "range", "duration", "relative", "recurrence"}

// String returns the kind's name as used in zhpipe/article@1.
func (k Kind) String() string {
	if int(k) < len(kindNames) && k != 0 {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", uint8(k))
}

// MarshalText implements encoding.TextMarshaler.
func (k Kind) MarshalText() ([]byte, error) {
	if k == 0 || int(k) >= len(kindNames) {
		return nil, fmt.Errorf("timex: invalid kind %d", uint8(k))
	}
	return []byte(k.String()), nil
}

// Grain is the precision of a resolved expression.
type Grain uint8

const (
	// Second and the following grains go from fine to coarse.
	Second Grain = iota + 1
	Minute
	Hour
	Day
	Week
	Month
	Quarter
	HalfYear
	Year
	Decade
	Century
)

var grainNames = [...]string{"", "second", "minute", "hour", "day", "week", "month", "quarter", "halfyear", "year", "decade", "century"}

// String returns the grain's name.
func (g Grain) String() string {
	if int(g) < len(grainNames) && g != 0 {
		return grainNames[g]
	}
	return fmt.Sprintf("Grain(%d)", uint8(g))
}

// Region selects regional conventions; Taiwan enables ROC calendar years
// (民國114年, and 114年 alone).
type Region uint8

const (
	// AnyRegion applies no regional convention.
	AnyRegion Region = iota
	// Mainland is mainland China.
	Mainland
	// Taiwan reads bare years below 200 as ROC years (114年 = 2025).
	Taiwan
	// HongKong is Hong Kong and Macau.
	HongKong
)

// Reference is what relative expressions are resolved against.
type Reference struct {
	// Date is the article's date (and time, when known); zero when unknown.
	Date time.Time
	// Source says where Date came from: "flag", "dateline", "cna-code",
	// "earliest-date" or "none".
	Source string
	// Region selects regional conventions (ROC years in Taiwan text).
	Region Region
	// Grain is the precision of Date: "now" is the whole unit
	// [Date, Date+Grain), where spans up to now (三个月以来, 过去一周) end.
	// Zero reads Day when Date is a midnight and Second otherwise.
	Grain Grain
	// PreferFuture resolves incomplete expressions (3月, 周二, 三点) to
	// their next occurrence after Date, as Duckling does, instead of the
	// occurrence in Date's own year, week or day, which suits news text.
	PreferFuture bool
	// Spans reads 三天前 and 兩年後 as Duckling does, as the whole span of
	// units between the reference and that point ([ref-3d, ref)), instead
	// of the single unit that far away (the day three days ago), which is
	// what JioNLP and news usage mean.
	Spans bool
}

// DurationPart is one amount of a duration (2 years, 6 months).
type DurationPart struct {
	Value float64
	Unit  Grain
}

// Expr is one date or time expression found in text.
type Expr struct {
	// Start and End are byte offsets into the text given to Extract;
	// text[Start:End] == Text.
	Start, End int
	Text       string
	// Value is ISO-8601: 2025-07-23, 2025-05, 2024, 197X, 2021-12,
	// 2025-07/2025-09 (a quarter), 2025-07-23T09:00, start/end for ranges, P15D for
	// durations; XXXX-07-23 when the year is unknown; empty for a
	// relative expression without a reference date; PAST_REF or
	// FUTURE_REF (as in TIMEX3) for 日前, 近日, 日后, which name no date.
	Value string
	Kind  Kind
	// Grain is the precision of the expression.
	Grain Grain
	// From and Until delimit the resolved interval [From, Until) when
	// Resolved is true.
	From, Until time.Time
	Resolved    bool
	// OpenStart and OpenEnd mark a range without a start (3年以前: up to
	// the end of that year) or without an end (今晚八点以后); From or Until
	// is then zero and Value reads ../X or X/.. .
	OpenStart, OpenEnd bool
	// Parts holds the amounts of a duration, or a recurrence's period.
	Parts []DurationPart
	// Period and Anchor are a recurrence's period (P1Y) and the value of
	// its first occurrence (2021-09; empty when the text gives none).
	Period, Anchor string
	// Rule narrows a recurrence to days of the week, in RFC 5545's form
	// (BYDAY=MO,TU,WE,TH,FR for 每个工作日, BYDAY=SA,SU for 每个周末).
	Rule string
	// Calendar says what a count of days counts: "cn-working-days" (the
	// mainland's working days: no weekends or official holidays, make-up
	// days included), "cn-trading-days" (its exchanges' days: no make-up
	// Saturdays either) or "weekdays" (Monday to Friday, where no holiday
	// table applies: Taiwan and Hong Kong text, years outside the table).
	Calendar string
}

// durationValue formats parts as an ISO-8601 duration (P2Y6M, PT3H, P15D).
func durationValue(parts []DurationPart) string {
	var date, clock strings.Builder
	for _, p := range parts {
		v := strconv.FormatFloat(p.Value, 'f', -1, 64)
		switch p.Unit {
		case Century:
			date.WriteString(strconv.FormatFloat(p.Value*100, 'f', -1, 64) + "Y")
		case Decade:
			date.WriteString(strconv.FormatFloat(p.Value*10, 'f', -1, 64) + "Y")
		case Year:
			if m := p.Value * 12; p.Value != float64(int(p.Value)) && m == float64(int(m)) {
				date.WriteString(strconv.Itoa(int(m)) + "M") // 半年: P6M
			} else {
				date.WriteString(v + "Y")
			}
		case HalfYear:
			date.WriteString(strconv.FormatFloat(p.Value*6, 'f', -1, 64) + "M")
		case Quarter:
			date.WriteString(strconv.FormatFloat(p.Value*3, 'f', -1, 64) + "M")
		case Month:
			date.WriteString(v + "M")
		case Week:
			date.WriteString(v + "W")
		case Day:
			date.WriteString(v + "D")
		case Hour:
			clock.WriteString(v + "H")
		case Minute:
			clock.WriteString(v + "M")
		case Second:
			clock.WriteString(v + "S")
		}
	}
	s := "P" + date.String()
	if clock.Len() > 0 {
		s += "T" + clock.String()
	}
	return s
}
