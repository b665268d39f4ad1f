package timex

import (
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// GuessReference finds the article's own date in its text, by the first
// rule that gives one (Source names it):
//
//   - "cna-code": a CNA release code (1141209 = ROC 114-12-09);
//   - "dateline": a dateline day (華盛頓8日電, 布城15日讯) completed with
//     the month and year of the latest full date the text reports;
//   - "own-line": a full date standing alone on its line (a header
//     "日期：1996年11月26日(星期二)" or a signature line), the latest;
//   - "clarified-today": a relative day given with its date
//     (今天（3月5日）, 后天5月3日) in the year of the latest date the
//     text reports;
//   - "anniversary": today named as an anniversary of a full date the
//     sentence before or the same sentence gives (1983年10月17日实施，今日为
//     40周年): that date so many years on;
//   - "latest-past-date": the latest full date the text reports as past:
//     an article may cite older events but is never older than what it
//     reports, and plans and deadlines (将于2025年8月1日, 2030年前) are not
//     its date;
//   - "none", with a zero Date, when no rule applies.
//
// Region is left for the caller.
func GuessReference(s string) Reference {
	r, _ := GuessReferenceExprs(s)
	return r
}

// GuessReferenceExprs returns GuessReference(s) and the expressions it
// reads to find the date, which are Extract(s, Reference{}): a caller
// that needs both (quantity.ExtractMasked masks the dates' numbers with
// them) extracts once instead of twice.
func GuessReferenceExprs(s string) (Reference, []Expr) {
	return NewText(s).GuessReferenceExprs()
}

// guess finds the reference date among es, the expressions of the text
// read with no reference.
func (p *parser) guess(es []Expr) Reference {
	if d, ok := p.cnaCode(); ok {
		return Reference{Date: d, Source: "cna-code"}
	}
	// anyDay is the earliest full date, planned or reported: the base of a
	// dateline when the text reports none.
	var latestDay, latest, anyDay time.Time
	var full []time.Time
	for _, e := range es {
		if v := firstPart(e.Value); len(v) >= 10 && v[0] != 'X' && e.Grain <= Day && !e.OpenStart && (anyDay.IsZero() || e.From.Before(anyDay)) {
			anyDay = truncate(e.From, Day)
		}
		if !p.reportedPast(e) {
			continue
		}
		if e.From.After(latest) {
			latest = e.From
		}
		if e.Grain <= Day {
			d := truncate(e.From, Day)
			full = append(full, d)
			if d.After(latestDay) {
				latestDay = d
			}
		}
	}
	base := latestDay
	if base.IsZero() {
		base, full = anyDay, []time.Time{anyDay}
	}
	if base.IsZero() && !latest.IsZero() {
		// No full date at all: a dateline's month and day (北京12月18日电)
		// take the latest year the text reports (2007年国务院……).
		full = []time.Time{truncate(latest, Year)}
	}
	if d, ok := p.dateline(base, full); ok {
		return Reference{Date: d, Source: "dateline"}
	}
	if d, ok := p.ownLine(es); ok {
		return Reference{Date: d, Source: "own-line"}
	}
	if d, ok := p.clarifiedToday(latest); ok {
		return Reference{Date: d, Source: "clarified-today"}
	}
	if d, ok := p.anniversary(es, latestDay); ok {
		return Reference{Date: d, Source: "anniversary"}
	}
	if !latestDay.IsZero() {
		return Reference{Date: latestDay, Source: "latest-past-date"}
	}
	return Reference{Source: "none"}
}

// futureWords are what makes a date that follows them in its clause a
// plan or a deadline rather than something reported.
// (One long list: these words are read before dates, never as their start.)
var futureWords = newWordSet(foldWords("将 预计 預計 计划 計劃 拟 擬 定于 定於 届时 屆時 预定 預定 原定 预期 預期 有望 可望 争取 爭取 力争 力爭 即将 准备 準備 截止 期限 最迟 最遲 不晚于 不晚於 有效期 到期")...)

// foldWords returns the space-separated words of s in the folded form the
// parser reads.
func foldWords(s string) []string {
	ws := strings.Fields(s)
	for k, w := range ws {
		rs := []rune(w)
		for i, r := range rs {
			rs[i] = fold(r)
		}
		ws[k] = string(rs)
	}
	return ws
}

// reportedPast reports whether e, read with no reference, is a date the
// text gives in full (the year written) and reports rather than plans.
func (p *parser) reportedPast(e Expr) bool {
	if !e.Resolved || e.Kind != Date && e.Kind != Time || e.OpenStart || e.OpenEnd || e.Grain > Year {
		return false
	}
	i := p.t.origIndex(e.Start)
	p.work++
	if r := p.r(i - 1); r == '至' || r == '到' || r == '止' || r == '迄' {
		return false // 有效期至2027年12月31日: a bound
	}
	if _, w := p.anyOf(p.t.origIndex(e.End), futureWords); w != "" {
		return false // 2008年将是: a year spoken of as to come
	}
	for k := i - 1; k >= 0 && k >= i-24; k-- {
		p.work++
		r := p.t.at(k)
		if r == '。' || r == '！' || r == '？' || r == '；' || r == '\n' || r == '!' || r == '?' || r == ';' {
			break
		}
		if _, w := p.anyOf(k, futureWords); w != "" {
			return false
		}
	}
	return true
}

// ownLine returns the latest full date that stands alone on its line,
// after an optional label (日期：) and before an optional weekday or time.
func (p *parser) ownLine(es []Expr) (time.Time, bool) {
	var best time.Time
	for _, e := range es {
		if !e.Resolved || e.Kind != Date && e.Kind != Time || e.Grain > Day || e.OpenStart || e.OpenEnd {
			continue
		}
		// The line's bounds, found in the line table: a text of one long
		// line costs no scan of it per expression.
		ls := p.t.off(p.paragraphStart(p.t.origIndex(e.Start)))
		le := p.t.off(p.lineEnd(p.t.origIndex(e.End)))
		p.work += 2
		before := strings.TrimSpace(p.orig[ls:e.Start])
		if before != "" && !isLabel(lastField(before)) {
			continue
		}
		after := strings.TrimSpace(p.orig[e.End:le])
		if after != "" && !weekdayNote(after) && !(startsWithSpace(p.orig[e.End:le]) && isLabel(firstLabel(after))) {
			continue
		}
		if d := truncate(e.From, Day); d.After(best) {
			best = d
		}
	}
	return best, !best.IsZero()
}

// isLabel reports whether s is a short label ending with a colon (日期：,
// 發布時間:), as a header line puts before a date.
func isLabel(s string) bool {
	last, w := utf8.DecodeLastRuneInString(s)
	// A rune takes at most 4 bytes.
	if last != ':' && last != '：' || len(s) > 8*utf8.UTFMax || utf8.RuneCountInString(s) > 8 {
		return false
	}
	for _, r := range s[:len(s)-w] {
		if !unicode.IsLetter(r) {
			return false // ，他说：: a clause, not a label
		}
	}
	return true
}

// lastField returns what follows the last space (ASCII or ideographic)
// of s: the label nearest a date in a header line of several fields
// (来源：新华网　发布时间：).
func lastField(s string) string {
	if k := strings.LastIndexAny(s, " \t\u3000"); k >= 0 {
		_, w := utf8.DecodeRuneInString(s[k:])
		return s[k+w:]
	}
	return s
}

// firstLabel returns the label that starts s, up to its colon, when s
// goes on with another field of a header line (来源：市政府).
func firstLabel(s string) string {
	if k := strings.IndexAny(s, ":："); k >= 0 {
		_, w := utf8.DecodeRuneInString(s[k:])
		return s[:k+w]
	}
	return ""
}

// startsWithSpace reports whether s starts with an ASCII or ideographic
// space, as fields of a header line are separated.
func startsWithSpace(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r == ' ' || r == '\t' || r == '\u3000'
}

// weekdayNote reports whether s is only a bracketed weekday ((星期五)).
func weekdayNote(s string) bool {
	if len(s) > 8*utf8.UTFMax {
		return false // longer than (禮拜五) can be
	}
	rs := []rune(s)
	if len(rs) < 3 || !isOpen(rs[0]) || !isClose(rs[len(rs)-1]) {
		return false
	}
	inner := string(rs[1 : len(rs)-1])
	for _, w := range []string{"星期", "週", "周", "禮拜", "礼拜"} {
		if strings.HasPrefix(inner, w) {
			// One weekday rune after the word ((星期) alone is none).
			rest := []rune(inner[len(w):])
			if len(rest) != 1 {
				return false
			}
			_, ok := weekday(rest[0])
			return ok
		}
	}
	return false
}

// clarifiedToday returns the article's date from a relative day given
// with its month and day (今天（3月5日）, 后天5月3日), in the year of
// latest, the latest date the text reports (the next year when that would
// put the article before it).
func (p *parser) clarifiedToday(latest time.Time) (time.Time, bool) {
	if latest.IsZero() {
		return time.Time{}, false
	}
	for _, c := range p.clarified {
		if c.month == 0 {
			continue
		}
		y := latest.Year()
		if c.day > daysIn(y, c.month) {
			continue
		}
		d := time.Date(y, time.Month(c.month), c.day, 0, 0, 0, 0, time.UTC).AddDate(0, 0, -c.shift)
		if d.Before(truncate(latest, Month)) {
			d = d.AddDate(1, 0, 0)
		}
		return d, true
	}
	return time.Time{}, false
}

// cnaCode finds a standalone seven-digit CNA date code (ROC year, month,
// day), as CNA prints after the editor's name.
func (p *parser) cnaCode() (time.Time, bool) {
	rs := p.t.rs
	for i := 0; i+7 <= len(rs); i++ {
		if c := rs[i]; c < '0' || c > '9' {
			continue // (cnaCodeAt reads digits only; a rune outside the plane is none)
		}
		if d, _, ok := p.cnaCodeAt(i); ok {
			p.work += i + 1
			return d, true
		}
	}
	p.work += max(len(rs)-6, 0) // (a step a position)
	return time.Time{}, false
}

// cnaCodeAt reads a CNA date code at rune i: seven digits alone, ROC year
// 90 to 150.
func (p *parser) cnaCodeAt(i int) (time.Time, int, bool) {
	if i+7 > p.n() || isASCIIDigit(p.r(i-1)) || isASCIIDigit(p.r(i+7)) || p.r(i-1) == '.' {
		return time.Time{}, i, false
	}
	if r := p.r(i - 1); r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' {
		return time.Time{}, i, false
	}
	v := 0
	for k := i; k < i+7; k++ {
		if !isASCIIDigit(p.t.at(k)) {
			return time.Time{}, i, false
		}
		v = v*10 + int(p.t.at(k)-'0')
	}
	y, m, d := v/10000, v/100%100, v%100
	if y < 90 || y > 150 || m < 1 || m > 12 || d < 1 || d > daysIn(1911+y, m) {
		return time.Time{}, i, false
	}
	return time.Date(1911+y, time.Month(m), d, 0, 0, 0, 0, p.ref().Location()), i + 7, true
}

// datelineSuffixes are what follows a dateline.
var datelineSuffixes = newWordSet("电", "专电", "综合外电", "讯", "报导", "报道", "综合报导")

// dateline finds a dateline (華盛頓8日專電, 新华社北京12月31日电). A month
// and day get the year that puts them nearest one of the text's full
// dates; a day alone gets the month of base, the earliest full date, or
// the month after when it would fall before base.
func (p *parser) dateline(base time.Time, full []time.Time) (time.Time, bool) {
	if base.IsZero() && (len(full) == 0 || full[0].IsZero()) {
		return time.Time{}, false
	}
	rs := p.t.rs
	for i := 1; i < len(rs); i++ {
		p.work++
		if c := rs[i]; c < '0' || c > '9' || !isHan(p.r(i-1)) {
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
		if base.IsZero() {
			continue // a day alone needs a month
		}
		t := time.Date(base.Year(), base.Month(), d, 0, 0, 0, 0, time.UTC)
		if t.Before(base) {
			t = t.AddDate(0, 1, 0)
		}
		return t, true
	}
	return time.Time{}, false
}

// anniversaryWords name a yearly anniversary after its count (40周年).
var anniversaryWords = newWordSet("周年")

// anniversary finds today named as an anniversary (今日为40周年, 今天是
// …成立十周年) and returns the full date it counts from, read in the same
// sentence or the one before, that many years on; the article is not
// older than latestDay, the latest date it reports.
func (p *parser) anniversary(es []Expr, latestDay time.Time) (time.Time, bool) {
	rs := p.t.rs
	for i := 0; i+1 < len(rs); i++ {
		p.work++
		if rs[i] != '今' || (rs[i+1] != '天' && rs[i+1] != '日') {
			continue
		}
		// The count and 周年 within the clause after 今天.
		n := 0
		for k := i + 2; k < p.n() && k < i+24; k++ {
			p.work++
			r := p.t.at(k)
			if r == '。' || r == '；' || r == '\n' || r == '，' && n > 0 {
				break
			}
			if v, k2, _, ok := p.integer(k); ok && v >= 1 && v <= 200 {
				if _, w := p.anyOf(k2, anniversaryWords); w != "" {
					n = v
					break
				}
				k = k2 - 1
			}
		}
		if n == 0 {
			continue
		}
		// The date counted from: a full date before 今天 in this sentence
		// or the one before, the nearest.
		var from time.Time
		bound := p.sentenceStart(p.sentenceStart(i) - 1)
		for _, e := range es {
			at := p.t.origIndex(e.Start)
			if at >= i || at < bound || !e.Resolved || e.Grain > Day || e.Kind != Date || e.OpenStart || e.OpenEnd {
				continue
			}
			from = truncate(e.From, Day)
		}
		if from.IsZero() {
			continue
		}
		d := from.AddDate(n, 0, 0)
		if d.Month() != from.Month() {
			d = d.AddDate(0, 0, -d.Day()) // 29 February: the 28th
		}
		if d.Before(latestDay) {
			continue
		}
		return d, true
	}
	return time.Time{}, false
}

// sentenceStart returns the index after the last sentence end (。！？ or
// a line break) before rune i, 0 when there is none.
func (p *parser) sentenceStart(i int) int {
	for k := i - 1; k >= 0; k-- {
		p.work++
		switch p.t.at(k) {
		case '。', '！', '？', '!', '?', '\n':
			return k + 1
		}
	}
	return 0
}
