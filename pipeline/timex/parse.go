package timex

import (
	"math"
	"slices"
	"time"
	"unicode/utf8"
	"unsafe"

	"github.com/zhpipe/zhpipe/pipeline/numeral"
)

// parser holds one input's folded text and the reference it resolves
// against. It is created per call and never shared.
type parser struct {
	orig string // the text as given
	// ends are the byte offsets in orig where a segmenter's word ends,
	// sorted, or nil (see Text.WithWordEnds).
	ends []int
	// endAt, when not nil, stands for ends (see Text.WithWordEndSet).
	endAt func(off int) bool
	t     *text
	// numBuf holds the folded runes readNumber gives numeral.Prefix.
	numBuf []byte
	// The reference (see Reference); read through the methods of the same
	// names, which mark the reading as depending on it (see touched).
	refT    time.Time
	knownT  bool
	regionT Region
	futureT bool
	spansT  bool
	// whole is set by ParseExpr: the input is known to be one time
	// expression, so forms too risky in running text are read too (a bare
	// year 2018, 09-01, 2022 11 23, 第三天).
	whole bool
	// vagueAmount is set by amountUnit when the amount is 几 or 数.
	vagueAmount bool
	// days is set by amountUnit to what its days count (15个工作日), span
	// to one unit of its count (an hour for 一个半小时, 15 minutes for
	// 一刻钟, half an hour for 半小时).
	days dayKind
	span DurationPart
	// vagueFrom and vagueTo bound a vague amount (二十几: 20 to 30, 几十:
	// 20 to 100); zero when the amount is exact.
	vagueFrom, vagueTo float64
	// guardOff is a rune index where numericDate may start right after a
	// digit and a dash (the end of a range 2019.05.29 15:20-2020.01.12).
	guardOff int
	// nums caches number by position.
	nums [16]numberAt
	// ancT is the last day and year the text mentioned (read through
	// anc), cur the rune index of the expression being read (see
	// anchor.go).
	ancT anchor
	cur  int
	// refGrainT is the precision of ref (see Reference.Grain; read
	// through refGrain).
	refGrainT Grain
	// touched is set when the reading reads the reference or the anchors;
	// record receives the positions where a reading failed without them,
	// use holds those of an earlier reading (see memo.go).
	touched bool
	record  *memo
	use     *memo
	// outCap is the capacity scan's slice of expressions starts with (0:
	// none; grown by appending).
	outCap int
	// lines holds the rune index of each line's start, built when first
	// needed.
	lines []int
	// thisPeriod reads a bare weekday as the one of the reference's week
	// (the anchor of 每周三), not the nearest one.
	thisPeriod bool
	// clarified collects the relative days given with their explicit
	// date (今天（3月5日）), which tell GuessReference the article's date.
	clarified []clarification
	// recurrenceRun counts the recurrences being read as anchors of one
	// another (每天每天…; see recurrenceAnchor).
	recurrenceRun int
	// work counts the steps of the loops that look beyond the expression
	// being read (GuessReference's searches, the anchors of recurrences);
	// scaling tests compare it between texts of different lengths.
	work int
}

// defaultRef stands in for an unknown reference date so that rules can run;
// expressions that depend on it come out unresolved.
var defaultRef = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

func newParser(s string, ref Reference) *parser { return newTextParser(NewText(s), ref) }

// newTextParser returns a parser of x's text against ref.
func newTextParser(x *Text, ref Reference) *parser {
	p := &parser{orig: x.s, t: x.t, ends: x.ends, endAt: x.endAt, regionT: ref.Region, futureT: ref.PreferFuture, spansT: ref.Spans, guardOff: -1, ancT: anchor{dayAt: -1, yrAt: -1, moAt: -1}}
	if ref.Date.IsZero() {
		p.refT = defaultRef
	} else {
		p.refT, p.knownT = ref.Date, true
	}
	p.refGrainT = ref.Grain
	if p.refGrainT == 0 {
		p.refGrainT = Second
		if p.refT.Equal(truncate(p.refT, Day)) {
			p.refGrainT = Day
		}
	}
	return p
}

// The reference and the anchors, read by the rules: each marks the
// reading as touched.

func (p *parser) ref() time.Time  { p.touched = true; return p.refT }
func (p *parser) known() bool     { p.touched = true; return p.knownT }
func (p *parser) region() Region  { p.touched = true; return p.regionT }
func (p *parser) future() bool    { p.touched = true; return p.futureT }
func (p *parser) spans() bool     { p.touched = true; return p.spansT }
func (p *parser) refGrain() Grain { p.touched = true; return p.refGrainT }
func (p *parser) anc() *anchor    { p.touched = true; return &p.ancT }

func (p *parser) n() int { return p.t.n() }

// wordEndsAt reports whether a word may end before rune i: where the
// segmenter's words end when the text has them; anywhere without them.
func (p *parser) wordEndsAt(i int) bool {
	if i < p.n() && p.endAt != nil {
		return p.endAt(p.t.off(i))
	}
	if p.ends == nil || i >= p.n() {
		return true
	}
	_, ok := slices.BinarySearch(p.ends, p.t.off(i))
	return ok
}

// word matches w at rune i and returns the index after it.
func (p *parser) word(i int, w string) (int, bool) {
	if i < 0 || i > p.n() {
		return i, false
	}
	if j, ok := p.t.hasPrefix(i, w); ok {
		return j, true
	}
	return i, false
}

func (p *parser) r(i int) rune {
	if i < 0 || i >= p.n() {
		return 0
	}
	return p.t.at(i)
}

// number reads a numeral at i (integer or decimal). digits is the number
// of digit runes when the numeral is a plain digit string (2025, 二〇二五),
// else 0.
func (p *parser) number(i int) (v float64, j int, digits int, ok bool) {
	if i >= p.n() || i < 0 {
		return 0, i, 0, false
	}
	if !numStarts(p.t.at(i)) {
		return 0, i, 0, false // what readNumber gives
	}
	// The rules read the number at a position many times: keep the last few.
	c := &p.nums[i%len(p.nums)]
	if c.at == i+1 {
		return c.v, c.j, c.digits, c.ok
	}
	v, j, digits, ok = p.readNumber(i)
	*c = numberAt{at: i + 1, v: v, j: j, digits: digits, ok: ok}
	return v, j, digits, ok
}

// numberAt is a number read at rune at-1 (0: empty), and the integer
// there once read (intRead).
type numberAt struct {
	at, j, digits int
	v             float64
	ok            bool
	intRead, iok  bool
	iv, ij        int
	idigits       int
}

func (p *parser) readNumber(i int) (v float64, j int, digits int, ok bool) {
	// A run of ASCII digits that ends before a rune that neither numeral
	// holds nor goes on with a point or comma (2024年, 15日): what
	// numeral.Prefix gives it, strconv.ParseFloat of the digits, without
	// the string (TestReadNumberDigits compares with readNumberPrefix).
	rs := p.t.rs
	k := i
	for k < len(rs) && k-i < numeral.MaxRunes && rs[k] >= '0' && rs[k] <= '9' {
		k++
	}
	if k > i && k-i < numeral.MaxRunes && (k == len(rs) || !numStarts(p.t.at(k)) && !isNumberGlue(rs[k])) {
		if k-i <= 15 {
			// (below 2^53: exact, as ParseFloat gives it)
			n := 0
			for _, c := range rs[i:k] {
				n = n*10 + int(c-'0')
			}
			return float64(n), k, k - i, true
		}
		return p.readNumberPrefix(i)
	}
	// One numeral rune before a rune that neither numeral holds nor goes
	// on with a point or a comma (一个, 两国): what numeral.Prefix gives
	// that rune alone (startNumerals).
	if k == i && k < len(rs) && rs[k] >= 0x80 && startMay.has(rune(rs[k])) && (k+1 == len(rs) || !numStarts(p.t.at(k+1)) && !isNumberGlue(rs[k+1])) {
		if c := startNumerals[startMay.rank(rune(rs[k]))]; c.ok {
			return c.v, i + 1, int(c.digits), true
		}
	}
	return p.readNumberPrefix(i)
}

// numeralOne is what numeral.Prefix reads of one numeral rune alone: its
// value and whether it is a digit (ok false: not read whole, or no
// numeral).
type numeralOne struct {
	v      float64
	ok     bool
	digits int8
}

// startNumerals holds numeralOne of each rune of startMay, by its rank.
var startNumerals = func() []numeralOne {
	var out []numeralOne
	for r := range startMay.members() {
		var c numeralOne
		s := string(r)
		if v, nb := numeral.Prefix(s); nb == len(s) && numeral.Starts(r) {
			c.v, c.ok = v, true
			if _, ok := numeral.Digit(r); ok {
				c.digits = 1
			}
		}
		out = append(out, c)
	}
	return out
}()

// isNumberGlue reports whether c, after a run of numeral runes, may go on
// with the numeral: a point or a comma (readNumberPrefix).
func isNumberGlue(c uint16) bool {
	return c == '点' || c == '點' || c == '.' || c == '．' || c == ',' || c == '，'
}

// readNumberPrefix is readNumber by numeral.Prefix.
func (p *parser) readNumberPrefix(i int) (v float64, j int, digits int, ok bool) {
	// numeral.Prefix reads the folded string from i up to its first rune
	// that no numeral holds (numeral.Starts), point or comma, and looks at
	// most at the 4 bytes after one: those runes, and 5 more, are enough.
	k := i
	for k < p.n() && k-i < numeral.MaxRunes {
		c := p.t.at(k)
		if !numStarts(c) && c != '点' && c != '點' && c != '.' && c != '．' && c != ',' && c != '，' {
			break
		}
		k++
	}
	p.numBuf = p.t.appendRunes(p.numBuf[:0], i, min(k+5, p.n()))
	// Prefix keeps nothing of the string: it may use the buffer's bytes.
	v, nb := numeral.Prefix(unsafe.String(unsafe.SliceData(p.numBuf), len(p.numBuf)))
	if nb == 0 {
		return 0, i, 0, false
	}
	j = i + utf8.RuneCount(p.numBuf[:nb])
	digits = j - i
	for k := i; k < j; k++ {
		if _, ok := numeral.Digit(p.t.at(k)); !ok {
			digits = 0
			break
		}
	}
	return v, j, digits, true
}

// integer reads a whole number at i; a decimal is cut at its point. The
// rules read it at a position many times: it is kept with the number.
func (p *parser) integer(i int) (int, int, int, bool) {
	if i < 0 || i >= p.n() || !numStarts(p.t.at(i)) {
		return 0, i, 0, false // what number gives
	}
	if c := &p.nums[i%len(p.nums)]; c.at == i+1 && c.intRead {
		return c.iv, c.ij, c.idigits, c.iok
	}
	v, j, d, ok := p.readInteger(i)
	if c := &p.nums[i%len(p.nums)]; c.at == i+1 { // (readInteger read number(i))
		c.intRead, c.iv, c.ij, c.idigits, c.iok = true, v, j, d, ok
	}
	return v, j, d, ok
}

func (p *parser) readInteger(i int) (int, int, int, bool) {
	v, j, d, ok := p.number(i)
	if !ok {
		return 0, i, 0, false
	}
	for k := i; k < j; k++ {
		if c := p.t.at(k); c == '点' || c == '.' || c == ',' {
			if k == i {
				return 0, i, 0, false
			}
			v2, j2, d2, ok2 := p.number(i)
			_ = v2
			if !ok2 {
				return 0, i, 0, false
			}
			// Re-read only up to the point.
			sub := string(p.t.appendRunes(nil, i, k))
			x, err := numeral.ParseMode(sub, numeral.Smart)
			if err != nil {
				return 0, i, 0, false
			}
			d2 = k - i
			for q := i; q < k; q++ {
				if _, ok := numeral.Digit(p.t.at(q)); !ok {
					d2 = 0
				}
			}
			_ = j2
			return int(x), k, d2, true
		}
	}
	if v != math.Trunc(v) || v > 1e9 {
		return 0, i, 0, false
	}
	return int(v), j, d, true
}

func isHan(r rune) bool { return r >= 0x4E00 && r <= 0x9FFF || r >= 0x3400 && r <= 0x4DBF }

func isASCIIDigit(r rune) bool { return r >= '0' && r <= '9' }

// pt is a point expression under construction: calendar fields from the
// text, plus what was taken from the reference.
type pt struct {
	y, mo, d, h, mi, s int // -1 when unset
	yExplicit          bool
	rel                bool // relative words were used
	ampm               int  // see podNone...
	custom             bool // from, until, grain, value are final
	from, until        time.Time
	grain              Grain
	value              string
	podFrom, podTo     int // part of day without a clock time: hours [from, to)
	first              int // coarsest field the text gave: 1 year … 6 second
	weekday            bool
	now                bool // 现在: the reference instant itself
	canton             bool // a Cantonese part of day (晏昼): 三點三 is 3:15
	refYear            int  // the year a custom interval took from the reference (0: none)
}

const (
	podNone = iota
	podAM
	podPM
	podNight
	podEarly
	podNoon
)

func newPt() pt { return pt{y: -1, mo: -1, d: -1, h: -1, mi: -1, s: -1, podFrom: -1} }

func (b *pt) setFirst(level int) {
	if b.first == 0 || level < b.first {
		b.first = level
	}
}

func (b *pt) empty() bool {
	return b.y < 0 && b.mo < 0 && b.d < 0 && b.h < 0 && !b.custom && b.podFrom < 0
}

func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

// twoDigitYear expands yy against the reference year.
func (p *parser) twoDigitYear(yy int) int {
	y := 2000 + yy
	if y > p.ref().Year()+10 {
		y -= 100
	}
	return y
}

func isoDay(t time.Time) string { return t.Format("2006-01-02") }

func isoWeek(y, w int) string {
	s := "0" + itoa(w)
	return itoa(y) + "-W" + s[len(s)-2:]
}

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}
