package timex

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"path/filepath"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/zhpipe/zhpipe/internal/eval"
	"github.com/zhpipe/zhpipe/pipeline/timex"
)

// tally counts passes per kind and collects failure lines; a failure
// whose input is a known convention difference is listed apart.
type tally struct {
	pass, total int
	kinds       map[string][2]int
	fails       []string
	conventions map[string]string // the suite's convention differences by input
	differ      []string          // the convention differences met
}

func (t *tally) add(kind string, ok bool, line string) {
	if !ok {
		in, _, _ := strings.Cut(line, "\t")
		if why, found := t.conventions[in]; found {
			t.differ = append(t.differ, in+": "+why)
			line = "convention: " + why + "\t" + line
		} else if why, found := unsupported[in]; found {
			line = "unsupported: " + why + "\t" + line
		}
	}
	if t.kinds == nil {
		t.kinds = map[string][2]int{}
	}
	c := t.kinds[kind]
	c[1]++
	t.total++
	if ok {
		c[0]++
		t.pass++
	} else {
		t.fails = append(t.fails, kind+"\t"+line)
	}
	t.kinds[kind] = c
}

func (t *tally) report(name string, w io.Writer) {
	fmt.Fprintf(w, "%s: %d/%d\n", name, t.pass, t.total)
	ks := make([]string, 0, len(t.kinds))
	for k := range t.kinds {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	for _, k := range ks {
		c := t.kinds[k]
		fmt.Fprintf(w, "  %-28s %4d/%-4d missed %d\n", k, c[0], c[1], c[1]-c[0])
	}
	if len(t.differ) > 0 {
		fmt.Fprintf(w, "  convention differences (counted as misses): %d\n", len(t.differ))
		for _, d := range t.differ {
			fmt.Fprintf(w, "    %s\n", d)
		}
	}
}

func fmtExpr(e timex.Expr, ok bool) string {
	if !ok {
		return "no parse"
	}
	return fmt.Sprintf("%q %s [%s, %s) %s %s", e.Text, e.Kind, e.From.Format(time.RFC3339), e.Until.Format(time.RFC3339), e.Grain, e.Value)
}

func grainStep(t time.Time, g string) time.Time {
	switch g {
	case "Second":
		return t.Add(time.Second)
	case "Minute":
		return t.Add(time.Minute)
	case "Hour":
		return t.Add(time.Hour)
	case "Day":
		return t.AddDate(0, 0, 1)
	case "Week":
		return t.AddDate(0, 0, 7)
	case "Month":
		return t.AddDate(0, 1, 0)
	case "Quarter":
		return t.AddDate(0, 3, 0)
	}
	return t.AddDate(1, 0, 0)
}

func duckling(path string, conv map[string]string) (*tally, error) {
	rows, err := eval.ReadTSV(path)
	if err != nil {
		return nil, err
	}
	t := &tally{conventions: conv}
	for _, r := range rows {
		if len(r) < 7 {
			continue
		}
		corpus, in, refS, kind, grain, valS, endS := r[0], r[1], r[2], r[3], r[4], r[5], r[6]
		ref, err1 := time.Parse(time.RFC3339, refS)
		val, err2 := time.Parse(time.RFC3339, valS)
		if err1 != nil || err2 != nil {
			continue
		}
		want := [2]time.Time{val, grainStep(val, grain)}
		if endS != "" {
			end, err := time.Parse(time.RFC3339, endS)
			if err != nil {
				continue
			}
			want[1] = end
		}
		region := timex.AnyRegion
		switch corpus {
		case "time_ZH_TW":
			region = timex.Taiwan
		case "time_ZH_HK", "time_ZH_MO":
			region = timex.HongKong
		case "time_ZH_CN":
			region = timex.Mainland
		}
		e, ok := timex.ParseExpr(in, timex.Reference{Date: ref, Region: region, PreferFuture: true, Spans: true})
		pass := ok && e.Resolved && e.From.Equal(want[0]) && e.Until.Equal(want[1]) && e.End-e.Start == len(in)
		t.add(kind+"/"+grain, pass, fmt.Sprintf("%s\twant [%s, %s)\tgot %s", in, want[0].Format(time.RFC3339), want[1].Format(time.RFC3339), fmtExpr(e, ok)))
	}
	return t, nil
}

var unitSeconds = map[timex.Grain]float64{
	timex.Second: 1, timex.Minute: 60, timex.Hour: 3600, timex.Day: 86400, timex.Week: 7 * 86400,
	timex.Month: 30 * 86400, timex.Quarter: 90 * 86400, timex.HalfYear: 180 * 86400, timex.Year: 360 * 86400,
	timex.Decade: 3600 * 86400, timex.Century: 36000 * 86400,
}

var ducklingUnits = map[string]float64{"Second": 1, "Minute": 60, "Hour": 3600, "Day": 86400, "Week": 7 * 86400, "Month": 30 * 86400, "Year": 360 * 86400}

func ducklingDuration(path string, conv map[string]string) (*tally, error) {
	rows, err := eval.ReadTSV(path)
	if err != nil {
		return nil, err
	}
	t := &tally{conventions: conv}
	ref := time.Date(2013, 2, 12, 4, 30, 0, 0, time.FixedZone("", -2*3600))
	for _, r := range rows {
		if len(r) < 2 {
			continue
		}
		var n float64
		var unit string
		if _, err := fmt.Sscanf(r[1], "DurationData %g %s", &n, &unit); err != nil {
			continue
		}
		want := n * ducklingUnits[unit]
		e, ok := timex.ParseExpr(r[0], timex.Reference{Date: ref})
		got := 0.0
		for _, p := range e.Parts {
			got += p.Value * unitSeconds[p.Unit]
		}
		pass := ok && e.Kind == timex.Duration && math.Abs(got-want) < 1e-6 && e.End-e.Start == len(r[0])
		t.add("duration/"+unit, pass, fmt.Sprintf("%s\twant %s\tgot %s parts %v", r[0], r[1], fmtExpr(e, ok), e.Parts))
	}
	return t, nil
}

var cst = time.FixedZone("CST", 8*3600)

// jionlpBase reads JioNLP's time_base in its ISO rendering, with its
// precision: 2019-09 is the whole month of September, 2019-02-18T07 the
// hour, a full timestamp the second.
func jionlpBase(s string) (time.Time, timex.Grain) {
	if s == "" {
		return time.Date(2024, 6, 1, 0, 0, 0, 0, cst), timex.Second
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return t.In(cst), timex.Second
	}
	for k, l := range []string{"2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02T15", "2006-01-02", "2006-01", "2006"} {
		if t, err := time.ParseInLocation(l, s, cst); err == nil {
			return t, []timex.Grain{timex.Second, timex.Minute, timex.Hour, timex.Day, timex.Month, timex.Year}[k]
		}
	}
	return time.Date(2024, 6, 1, 0, 0, 0, 0, cst), timex.Second
}

func jionlpParser(path string, conv map[string]string) (*tally, error) {
	rows, err := eval.ReadTSV(path)
	if err != nil {
		return nil, err
	}
	t := &tally{conventions: conv}
	for _, r := range rows {
		if len(r) < 8 {
			continue
		}
		in, baseS, extra, typ, want := r[1], r[3], r[4], r[5], r[7]
		base, grain := jionlpBase(baseS)
		ref := timex.Reference{Date: base, Grain: grain, PreferFuture: strings.Contains(extra, "ret_future=True")}
		e, ok := timex.ParseExpr(in, ref)
		pass := false
		switch typ {
		case "time_point", "time_span":
			var ws []string
			if json.Unmarshal([]byte(want), &ws) == nil && len(ws) == 2 && ok && e.Resolved {
				startOK, endOK := false, false
				if ws[0] == "-inf" {
					startOK = e.OpenStart
				} else if a, err := time.ParseInLocation("2006-01-02 15:04:05", ws[0], cst); err == nil {
					startOK = !e.OpenStart && e.From.Equal(a)
				}
				if ws[1] == "inf" {
					endOK = e.OpenEnd
				} else if b, err := time.ParseInLocation("2006-01-02 15:04:05", ws[1], cst); err == nil {
					endOK = !e.OpenEnd && (e.Until.Equal(b.Add(time.Second)) || e.Until.Equal(b))
				}
				pass = startOK && endOK
			}
		case "time_delta":
			pass = ok && deltaEqual(e, want)
		case "time_period":
			pass = ok && periodEqual(e, want)
		}
		t.add(typ, pass, fmt.Sprintf("%s\tbase %s\twant %s\tgot %s", in, baseS, want, fmtExpr(e, ok)))
	}
	return t, nil
}

var jionlpUnits = map[string]timex.Grain{"year": timex.Year, "month": timex.Month, "day": timex.Day, "hour": timex.Hour, "minute": timex.Minute, "second": timex.Second}

// partsMap reduces parts to JioNLP's units (weeks as days, quarters as months).
func partsMap(parts []timex.DurationPart) map[timex.Grain]float64 {
	m := map[timex.Grain]float64{}
	for _, p := range parts {
		switch p.Unit {
		case timex.Week:
			m[timex.Day] += 7 * p.Value
		case timex.Quarter:
			m[timex.Month] += 3 * p.Value
		case timex.HalfYear:
			m[timex.Month] += 6 * p.Value
		case timex.Century:
			m[timex.Year] += 100 * p.Value
		case timex.Decade:
			m[timex.Year] += 10 * p.Value
		default:
			m[p.Unit] += p.Value
		}
	}
	return m
}

func jionlpMap(raw map[string]any) (map[timex.Grain]float64, bool) {
	m := map[timex.Grain]float64{}
	for k, v := range raw {
		g, ok := jionlpUnits[k]
		f, isNum := v.(float64)
		if !ok || !isNum {
			return nil, false
		}
		m[g] = f
	}
	return m, true
}

func mapsEqual(a, b map[timex.Grain]float64) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if math.Abs(b[k]-v) > 1e-9 {
			return false
		}
	}
	return true
}

// deltaEqual compares a duration with JioNLP's time_delta: {"workday": 15}
// wants a count of days on a working-day calendar; [{"zero": true}, X]
// and [X, {"infinite": true}] a duration with an open start or end.
func deltaEqual(e timex.Expr, want string) bool {
	if e.Kind != timex.Duration {
		return false
	}
	var one map[string]any
	if json.Unmarshal([]byte(want), &one) == nil {
		if n, ok := one["workday"].(float64); ok && len(one) == 1 {
			return e.Calendar != "" && mapsEqual(map[timex.Grain]float64{timex.Day: n}, partsMap(e.Parts))
		}
		m, ok := jionlpMap(one)
		return ok && !e.OpenStart && !e.OpenEnd && mapsEqual(m, partsMap(e.Parts))
	}
	var two []map[string]any
	if json.Unmarshal([]byte(want), &two) == nil && len(two) == 2 && len(e.Parts) == 1 {
		if two[0]["zero"] == true {
			m, ok := jionlpMap(two[1])
			return ok && e.OpenStart && mapsEqual(m, partsMap(e.Parts))
		}
		if two[1]["infinite"] == true {
			m, ok := jionlpMap(two[0])
			return ok && e.OpenEnd && mapsEqual(m, partsMap(e.Parts))
		}
	}
	if json.Unmarshal([]byte(want), &two) == nil && len(two) == 2 && len(e.Parts) == 2 {
		for k := 0; k < 2; k++ {
			m, ok := jionlpMap(two[k])
			if !ok || !mapsEqual(m, partsMap(e.Parts[k:k+1])) {
				return false
			}
		}
		return true
	}
	return false
}

// periodEqual compares a recurrence with JioNLP's time_period: the delta
// equals our period (in the same units after reduction: half a year is
// six months), and the point (the first one of a list) is our anchor, or
// the anchor moved by whole days onto another day that our rule allows
// within the period (每个周末九点: JioNLP's Sunday, our Saturday and
// Sunday); a null point wants no anchor.
func periodEqual(e timex.Expr, want string) bool {
	if e.Kind != timex.Recurrence {
		return false
	}
	var w struct {
		Delta map[string]any `json:"delta"`
		Point *struct {
			Time json.RawMessage `json:"time"`
		} `json:"point"`
	}
	if json.Unmarshal([]byte(want), &w) != nil {
		return false
	}
	m, ok := jionlpMap(w.Delta)
	if !ok || !mapsEqual(reduce(m), reduce(partsMap(e.Parts))) {
		return false
	}
	if w.Point == nil {
		return e.Anchor == ""
	}
	var one []string
	var many [][]string
	if json.Unmarshal(w.Point.Time, &one) != nil {
		if json.Unmarshal(w.Point.Time, &many) != nil || len(many) == 0 {
			return false
		}
		one = many[0]
	}
	if len(one) != 2 || !e.Resolved || e.Anchor == "" {
		return false
	}
	a, err1 := time.ParseInLocation("2006-01-02 15:04:05", one[0], cst)
	b, err2 := time.ParseInLocation("2006-01-02 15:04:05", one[1], cst)
	if err1 != nil || err2 != nil {
		return false
	}
	days := map[time.Weekday]bool{}
	for _, d := range []struct {
		code string
		wd   time.Weekday
	}{{"MO", time.Monday}, {"TU", time.Tuesday}, {"WE", time.Wednesday}, {"TH", time.Thursday}, {"FR", time.Friday}, {"SA", time.Saturday}, {"SU", time.Sunday}} {
		if strings.Contains(e.Rule, d.code) {
			days[d.wd] = true
		}
	}
	for shift := 0; shift < 7; shift++ {
		from, until := e.From.AddDate(0, 0, shift), e.Until.AddDate(0, 0, shift)
		if shift > 0 && !days[from.Weekday()] {
			continue
		}
		if from.Equal(a) && (until.Equal(b.Add(time.Second)) || until.Equal(b)) {
			return true
		}
	}
	return false
}

// reduce writes fractional years as months and fractional hours and
// minutes as the next unit down, so that 0.5 year equals 6 months.
func reduce(m map[timex.Grain]float64) map[timex.Grain]float64 {
	out := map[timex.Grain]float64{}
	for g, v := range m {
		switch {
		case g == timex.Year && v != math.Trunc(v):
			out[timex.Month] += 12 * v
		case g == timex.Hour && v != math.Trunc(v):
			out[timex.Minute] += 60 * v
		case g == timex.Minute && v != math.Trunc(v):
			out[timex.Second] += 60 * v
		default:
			out[g] += v
		}
	}
	return out
}

func jionlpExtractor(path string, conv map[string]string) (*tally, error) {
	rows, err := eval.ReadTSV(path)
	if err != nil {
		return nil, err
	}
	t := &tally{conventions: conv}
	ref := timex.Reference{Date: time.Date(2021, 6, 14, 1, 6, 40, 0, cst)}
	for _, r := range rows {
		if len(r) < 3 {
			continue
		}
		var want []struct {
			Text   string `json:"text"`
			Offset [2]int `json:"offset"`
		}
		if err := json.Unmarshal([]byte(r[2]), &want); err != nil {
			continue
		}
		got := timex.Extract(r[0], ref)
		var gs, ws []string
		for _, e := range got {
			s := utf8.RuneCountInString(r[0][:e.Start])
			gs = append(gs, fmt.Sprintf("%d-%d:%s", s, s+utf8.RuneCountInString(e.Text), e.Text))
		}
		for _, w := range want {
			ws = append(ws, fmt.Sprintf("%d-%d:%s", w.Offset[0], w.Offset[1], w.Text))
		}
		kind := "positive"
		if len(want) == 0 {
			kind = "negative"
		}
		t.add(kind, strings.Join(gs, " ") == strings.Join(ws, " "), fmt.Sprintf("%s\twant %v\tgot %v", r[0], ws, gs))
	}
	return t, nil
}

// Run evaluates the time suites under sharedDir/eval/timex, writes their
// failures to outDir and returns timex.duckling, timex.duckling_duration,
// timex.jionlp and timex.jionlp_extractor as passed/total.
func Run(sharedDir, outDir string, w io.Writer) ([]eval.Figure, error) {
	dir := filepath.Join(sharedDir, "eval", "timex")
	suites := []struct {
		name, file string
		run        func(string, map[string]string) (*tally, error)
	}{
		{"timex.duckling", "duckling_zh_time.tsv", duckling},
		{"timex.duckling_duration", "duckling_zh_duration.tsv", ducklingDuration},
		{"timex.jionlp", "jionlp_time_parser.tsv", jionlpParser},
		{"timex.jionlp_extractor", "jionlp_time_extractor.tsv", jionlpExtractor},
	}
	var figs []eval.Figure
	for _, s := range suites {
		t, err := s.run(filepath.Join(dir, s.file), conventions[s.name])
		if err != nil {
			return nil, fmt.Errorf("timex eval: %s: %w", s.file, err)
		}
		t.report(s.name, w)
		if _, err := eval.WriteFailures(outDir, s.name+".failures.tsv", t.fails); err != nil {
			return nil, err
		}
		figs = append(figs, eval.Ratio(s.name, t.pass, t.total))
	}
	return figs, nil
}
