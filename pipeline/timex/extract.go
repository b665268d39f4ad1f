package timex

import (
	"slices"
	"strings"
	"time"
)

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
	if e, j, ok := p.docNumberYear(i); ok {
		return e, newPt(), j, true
	}
	if d, j, ok := p.cnaCodeAt(i); ok && (j == p.n() || p.r(j) == '\n' || p.r(j) == '\r' || p.r(j) == ' ') {
		// 1130320 at the end of a CNA item: its release date.
		return Expr{Kind: Date, Grain: Day, From: d, Until: d.AddDate(0, 0, 1), Resolved: true, Value: isoDay(d)}, newPt(), j, true
	}
	b := newPt()
	j := p.point(i, &b)
	if j < 0 {
		return Expr{}, b, -1, false
	}
	if j > i && !b.empty() {
		// A point followed by 前/后 of a duration belongs to relative().
		if e, ok := p.resolve(&b); ok {
			if k, w := p.anyOf(j, laterWords); w != "" && p.known() && e.From.Before(p.ref()) && e.Until.After(p.ref()) {
				// 今年晚些时候: the rest of that period; the value stays the period.
				e.From, j = truncate(p.ref(), Day), k
			}
			return e, b, j, true
		}
		return Expr{}, b, i, false
	}
	if e, j, ok := p.relative(i); ok {
		return e, newPt(), j, true
	}
	return Expr{}, b, i, false
}

// laterWords are what narrows a period to its rest (今年晚些时候).
var laterWords = newWordSet("晚些时候", "晚些时间", "稍后时间", "稍晚时候", "稍后", "稍晚")

// Extract returns the date and time expressions in s, left to right and
// non-overlapping, with byte offsets into s.
func Extract(s string, ref Reference) []Expr { return extract(s, ref, true) }

// Text is a text prepared for reading its dates: its folded form and the
// tables back to its offsets, made once for any number of readings (the
// reference date, then the dates against it). A Text is never changed
// and may be read by several goroutines at once.
type Text struct {
	s string
	t *text
	// ends holds, sorted, the byte offsets in s where a segmenter's word
	// ends, when the caller has words (see WithWordEnds); nil otherwise.
	ends []int
	// endAt, when not nil, says the same as ends (see WithWordEndSet).
	endAt func(off int) bool
	// memo is filled by the first reading and used by the next ones
	// (see memo.go).
	memo *memoSlot
}

// WithWordEnds returns x with the byte offsets in s where the words of a
// segmentation of s end, sorted. Forms whose end is unsure without words
// (a bare 内 after 2024年: 2024年内完成 but 2024年内地游客) are then read
// only where a word ends; without words they are read as before.
func (x *Text) WithWordEnds(ends []int) *Text {
	y := *x
	y.ends, y.endAt = ends, nil
	return &y
}

// WithWordEndSet is WithWordEnds with the ends given as a set: isEnd
// reports whether a word ends at a byte offset of s. A long text's ends
// then need not be listed (a bit a byte instead of a word an end).
func (x *Text) WithWordEndSet(isEnd func(off int) bool) *Text {
	y := *x
	y.ends, y.endAt = nil, isEnd
	return &y
}

// NewText prepares s for reading its dates.
func NewText(s string) *Text { return &Text{s: s, t: newText(s), memo: new(memoSlot)} }

// Extract is Extract(s, ref) for the text s of x.
func (x *Text) Extract(ref Reference) []Expr { return x.scan(newTextParser(x, ref)) }

// GuessReferenceExprs is GuessReferenceExprs(s) for the text s of x.
func (x *Text) GuessReferenceExprs() (Reference, []Expr) {
	p := newTextParser(x, Reference{})
	es := x.scan(p)
	return p.guess(es), es
}

// scan is p.scan with x's memo: the first reading of x fills it, the
// next ones use it.
func (x *Text) scan(p *parser) []Expr {
	if m := x.memo.Load(); m != nil {
		p.use = m
		p.outCap = m.exprs
		return p.scan(true)
	}
	p.record = newMemo(p.n())
	es := p.scan(true)
	p.record.exprs = len(es)
	x.memo.CompareAndSwap(nil, p.record)
	return es
}

// extract is Extract; filter skips positions where no expression can start.
func extract(s string, ref Reference, filter bool) []Expr {
	return newParser(s, ref).scan(filter)
}

// scan returns the expressions of p's text, left to right; filter skips
// positions where no expression can start.
func (p *parser) scan(filter bool) []Expr {
	s := p.orig
	var out []Expr
	if p.outCap > 0 {
		out = make([]Expr, 0, p.outCap)
	}
	for i := 0; i < p.n(); {
		if p.use != nil && filter {
			switch c := p.use.get(i); {
			case c == memoSkip:
				i = p.use.nextLive(i+1, p.n())
				continue
			case c == memoRun:
			case (c&memoVagueIn != 0) == p.vagueAmount:
				// Read before with the same outcome (see memo.go).
				p.vagueAmount = c&memoVagueOut != 0
				if c&memoNumeral != 0 {
					_, k, _, _ := p.number(i)
					i = max(k, i+1)
				} else {
					i++
				}
				continue
			}
		}
		// The start class of rune i beyond ASCII and its rank (k < 0 for
		// ASCII, where deadStart is false).
		cls, k := uint8(0), -1
		if filter {
			// canStart, beyond ASCII by the rune's start class.
			if c := p.t.rs[i]; c < 0x80 {
				if !p.canStart(i) {
					i++
					continue
				}
			} else if !startMay.has(rune(c)) {
				i++ // (a rune outside the plane: wideMark is in no set)
				continue
			} else if cls, k = startClassOf(rune(c)); cls&classSure == 0 && (cls&classPairFirst == 0 || !slices.Contains(startSeconds[k], p.r(i+1))) {
				i++
				continue
			}
		}
		if !startable(p, i) {
			i++
			continue
		}
		if filter && (numStarts(p.t.at(i)) && p.numeralDead(i) || p.fromDead(i) || p.prefixDead(i) || k >= 0 && p.deadStartClass(i, cls, k)) {
			// The reading would fail and clear vagueAmount (startfirst.go).
			if p.record != nil {
				p.record.set(i, memoCell(memoFail, p.vagueAmount, false))
			}
			p.vagueAmount = false
			i++
			continue
		}
		p.cur = i
		p.touched = false
		vague := p.vagueAmount
		e, st, j, ok := p.at(i)
		if j < 0 {
			// A decimal number such as 二十七点三: skip the whole numeral.
			_, k, _, _ := p.number(i)
			k = max(k, i+1)
			if p.record != nil {
				p.record.run(i, k)
				if !p.touched {
					p.record.set(i, memoCell(memoNumeral, vague, p.vagueAmount))
				}
			}
			i = k
			continue
		}
		if !ok || j <= i || !p.plausible(i, j, e) {
			if p.record != nil {
				if p.touched {
					p.record.set(i, memoRun)
				} else {
					p.record.set(i, memoCell(memoFail, vague, p.vagueAmount))
				}
			}
			i++
			continue
		}
		if p.record != nil {
			p.record.run(i, j)
		}
		if p.repeated(st, j) {
			i = j // 六月六月中旬: the words said again, and more, are the expression
			continue
		}
		e.Start, e.End = p.t.off(st), p.t.off(j)
		e.Text = s[e.Start:e.End]
		out = append(out, e)
		p.remember(e, st)
		i = j
	}
	return out
}

// repeated reports whether the runes [i, j) are said again right after j
// (六月六月中旬): the first saying is a false start.
func (p *parser) repeated(i, j int) bool {
	n := j - i
	if n < 2 || j+n > p.n() {
		return false
	}
	for k := 0; k < n; k++ {
		if p.t.at(i+k) != p.t.at(j+k) {
			return false
		}
	}
	return true
}

// docNumberYear reads the year of a document number at i: 国发〔2019〕2号,
// 财税[2016]36号, and the same with the brackets lost (财税2016 36号).
func (p *parser) docNumberYear(i int) (Expr, int, bool) {
	prev := p.r(i - 1)
	bracket := prev == '〔' || prev == '[' || prev == '(' || prev == '【'
	if !bracket && !isHan(prev) {
		return Expr{}, i, false
	}
	y := 0
	for k := i; k < i+4; k++ {
		if !isASCIIDigit(p.r(k)) {
			return Expr{}, i, false
		}
		y = y*10 + int(p.r(k)-'0')
	}
	if y < 1949 || y > 2099 || isASCIIDigit(p.r(i+4)) {
		return Expr{}, i, false
	}
	k := i + 4
	switch c := p.r(k); {
	case bracket && (c == '〕' || c == ']' || c == ')' || c == '】'):
		k++
	case !bracket && c == ' ':
		k++
	default:
		return Expr{}, i, false
	}
	_, k2, _, ok := p.integer(k)
	if !ok || k2 == k || p.r(k2) != '号' {
		return Expr{}, i, false
	}
	from := time.Date(y, 1, 1, 0, 0, 0, 0, p.ref().Location())
	return Expr{Kind: Date, Grain: Year, From: from, Until: from.AddDate(1, 0, 0), Resolved: true, Value: itoa(y)}, i + 4, true
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
		for _, w := range []string{"意见", "建议", "要求", "看法", "主张", "共识", "希望", "内容", "原因", "原则", "理由", "措施", "体会", "经验", "结论", "启示", "意义", "做法", "好处", "不足", "特点", "优势", "问题", "目标", "任务", "说明", "声明", "倡议", "承诺"} {
			if _, ok := p.t.hasPrefix(j, w); ok {
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
		p.cur = i
		e, st, j, ok := p.at(i)
		if ok && j > i {
			e.Start, e.End = p.t.off(st), p.t.off(j)
			e.Text = s[e.Start:e.End]
			return e, true
		}
		if j < 0 {
			return Expr{}, false
		}
	}
	return Expr{}, false
}
