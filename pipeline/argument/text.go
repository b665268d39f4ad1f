package argument

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zhpipe/zhpipe/pipeline/internal/hanstr"
	"github.com/zhpipe/zhpipe/pipeline/internal/tsfold"
)

// fold returns text with every lexicon character folded to Simplified
// (tsfold: same byte length, byte for byte aligned), by tsfold.Fold,
// which gives exactly tsfold.String's result (a test here compares them).
func fold(text string) string {
	f, _ := foldValid(text)
	return f
}

// foldValid is fold that also reports whether text is valid UTF-8 (as
// utf8.ValidString, read in the same pass).
func foldValid(text string) (string, bool) { return tsfold.Fold(text) }

// doc is the text being analysed with its folded copy and its paragraphs.
type doc struct {
	text  string // the original text
	f     string // folded copy, same byte offsets
	valid bool   // text is valid UTF-8
	paras []para
	// stops is the stop index (stops.go); nil for text that is not
	// valid UTF-8.
	stops []uint64
	// trig holds where the trigger characters stand (trigs.go), built
	// with the stop index; off without it.
	trig *triggers
	// cues records whether the text holds a word of cueRole's cue
	// phrases: 0 not asked yet, 1 no, 2 yes.
	cues uint8
	// sc holds the tables that analyze keeps from one document to the
	// next (scratch.go); nil outside analyze.
	sc *scratch
	// work counts the steps of the loops that look for candidates
	// (numbers in an item, announcements before a list, parents of a
	// list…): the scaling test checks that it grows linearly with the
	// text.
	work int
}

// para is one non-empty line of the text, trimmed of surrounding spaces.
type para struct {
	Start, End int
	heading    bool
	sents      []Span // sentences at quote depth 0
}

func newDoc(text string) *doc { return newDocIn(text, nil) }

// newDocIn is newDoc with its tables in sc (nil: new ones); the doc keeps
// sc for the tables of the later passes.
func newDocIn(text string, sc *scratch) *doc {
	if sc == nil {
		sc = &scratch{}
	}
	d := &doc{text: text, sc: sc}
	d.f, d.valid = foldValid(text)
	d.stops = buildStops(text, d.f, d.valid, sc.stops, &sc.trig)
	d.trig = &sc.trig
	// At most one paragraph a line; about one sentence every 80 bytes of
	// news text: one allocation each for most documents.
	d.paras = fit(sc.paras, strings.Count(text, "\n")+1)
	sents := fit(sc.sents, len(text)/64+4)
	for start := 0; start <= len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		s, e := trimSpan(text, start, end)
		if s < e {
			p := para{Start: s, End: e}
			lo := len(sents)
			sents = d.appendSentences(sents, s, e)
			p.sents = sents[lo:len(sents):len(sents)] // (capped: one array for all)
			p.heading = d.isHeading(s, e)
			d.paras = append(d.paras, p)
		}
		start = end + 1
	}
	sc.paras, sc.sents, sc.stops = d.paras, sents, d.stops
	d.colonItemLines()
	d.questionHeadings()
	d.longHeadings()
	return d
}

// fit returns t emptied if it holds n elements, or a new table for n.
func fit[T any](t []T, n int) []T {
	if cap(t) >= n {
		return t[:0]
	}
	return make([]T, 0, n)
}

// trimSpan narrows [s, e) past white space (including the ideographic
// space and \r) at both ends.
func trimSpan(text string, s, e int) (int, int) {
	for s < e {
		r, n := decodeRune(text[s:e])
		if !isSpace(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := decodeLastRune(text[s:e])
		if !isSpace(r) {
			break
		}
		e -= n
	}
	return s, e
}

// opensQuote reports whether r is one of 「“『 (strings.ContainsRune("「“『",
// r), without the search).
func opensQuote(r rune) bool { return r == '「' || r == '“' || r == '『' }

func isSpace(r rune) bool {
	if r > '\u3000' {
		return r == '\ufeff' // (no white space of Unicode lies above U+3000: the Han characters are answered here)
	}
	return unicode.IsSpace(r) || r == '\u3000'
}

// Quote mark pairs the package understands.
func closerOf(r rune) rune {
	switch r {
	case '“':
		return '”'
	case '「':
		return '」'
	case '『':
		return '』'
	case '‘':
		return '’'
	case '《':
		return '》'
	case '〈':
		return '〉'
	}
	return 0
}

func isCloser(r rune) bool {
	switch r {
	case '”', '」', '』', '’', '》', '〉':
		return true
	}
	return false
}

func isSentenceEnd(r rune) bool {
	switch r {
	case '。', '！', '？', '!', '?', '；', ';', '…':
		return true
	}
	return false
}

func isClauseEnd(r rune) bool {
	switch r {
	case '，', ',', '：', ':', '、':
		return true
	}
	return isSentenceEnd(r)
}

// isPunct reports whether r is punctuation that separates clauses or
// sentences (not quote marks, not dashes).
func isPunct(r rune) bool {
	return isClauseEnd(r) || r == '.' || r == '．'
}

// appendSentences appends to out the sentences of [s, e): they end at
// 。！？; (and their ASCII forms) at quote depth 0; a closing mark right
// after the end punctuation stays with the sentence.
func (d *doc) appendSentences(out []Span, s, e int) []Span {
	start, depth := s, 0
	var stackBuf [8]rune // (on the stack unless nesting goes deeper)
	stack := stackBuf[:0]
	opened := 0 // where the outermost open bracket or quote opened
	for i := s; i < e; {
		if hanAt(d.text, i, e) {
			i = d.nextStop(i, e)
			continue
		}
		r, n := rune(0), 3
		if wideAt(d.text, i, e) {
			r = hanRune(d.text, i)
		} else {
			r, n = decodeRune(d.text[i:e])
		}
		if depth > 0 && i-opened > maxOpenQuote && isSentenceEnd(r) {
			// An opener unclosed this long is stray (a lost closing mark):
			// without this, one stray “ makes the rest of the paragraph a
			// single sentence, and everything cut by sentence grows with
			// the paragraph.
			stack, depth = stack[:0], 0
		}
		switch {
		case closerOf(r) != 0:
			if depth == 0 {
				opened = i
			}
			stack = append(stack, closerOf(r))
			depth++
		case isCloser(r):
			if depth > 0 && stack[len(stack)-1] == r {
				stack = stack[:len(stack)-1]
				depth--
			}
		case isSentenceEnd(r) && r != '…':
			j := i + n
			for j < e {
				r2, n2 := decodeRune(d.text[j:e])
				if isCloser(r2) && depth > 0 && stack[len(stack)-1] == r2 {
					stack = stack[:len(stack)-1]
					depth--
					j += n2
					continue
				}
				if isSentenceEnd(r2) && r2 != '…' {
					j += n2
					continue
				}
				break
			}
			if depth == 0 {
				out = append(out, Span{start, j})
				start = j
			}
			i = j
			continue
		}
		i += n
	}
	if start < e {
		out = append(out, Span{start, e})
	}
	return out
}

// maxOpenQuote is how far, in bytes, a sentence may run inside an unclosed
// bracket or quotation mark before the opener is taken for a stray one
// (about 330 Han characters; real quotations with sentences inside are
// shorter).
const maxOpenQuote = 1000

// paraAt returns the index of the paragraph containing byte offset i, or
// -1.
func (d *doc) paraAt(i int) int {
	lo, hi := 0, len(d.paras)
	for lo < hi {
		m := (lo + hi) / 2
		if d.paras[m].End <= i {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(d.paras) && d.paras[lo].Start <= i {
		return lo
	}
	return -1
}

// sentenceAt returns the sentence containing byte offset i, or the empty
// span at i when i is outside every paragraph.
func (d *doc) sentenceAt(i int) Span {
	p := d.paraAt(i)
	if p < 0 {
		return Span{i, i}
	}
	// The sentences are in order and disjoint: the first ending after i
	// is the one, if it starts at or before i.
	ss := d.paras[p].sents
	k := sort.Search(len(ss), func(k int) bool { return ss[k].End > i })
	if k < len(ss) && ss[k].Start <= i {
		return ss[k]
	}
	return Span{d.paras[p].Start, d.paras[p].End}
}

// runeAt returns the rune starting at byte offset i of the folded text (0
// at the end).
func (d *doc) runeAt(i int) rune {
	if i >= len(d.f) {
		return 0
	}
	r, _ := decodeRune(d.f[i:])
	return r
}

// runeBefore returns the rune ending at byte offset i (0 at the start).
func (d *doc) runeBefore(i int) rune {
	if i <= 0 {
		return 0
	}
	r, _ := decodeLastRune(d.f[:i])
	return r
}

// isClauseStart reports whether byte offset i begins a paragraph or follows
// clause punctuation (or a closing quote after it).
func (d *doc) isClauseStart(i int) bool {
	p := d.paraAt(i)
	if p >= 0 && (d.paras[p].Start == i || d.bodyStart(d.paras[p]) == i) {
		return true
	}
	r := d.runeBefore(i)
	return r == 0 || isClauseEnd(r) || isSpace(r) || r == '\n' || r == '（' || r == '('
}

// isClauseStartIn is isClauseStart for an offset i inside paragraph p.
func (d *doc) isClauseStartIn(i int, p para) bool {
	if p.Start == i || d.bodyStart(p) == i {
		return true
	}
	r := d.runeBefore(i)
	return r == 0 || isClauseEnd(r) || isSpace(r) || r == '\n' || r == '（' || r == '('
}

// clauseEnd returns the end of the clause starting at i, stopping before
// clause punctuation at quote depth 0 or at limit.
func (d *doc) clauseEnd(i, limit int, stopAtComma bool) int {
	var stack []rune
	for j := i; j < limit; {
		r, n := decodeRune(d.text[j:limit])
		switch {
		case closerOf(r) != 0:
			stack = append(stack, closerOf(r))
		case isCloser(r):
			if len(stack) > 0 && stack[len(stack)-1] == r {
				stack = stack[:len(stack)-1]
			}
		case r == '\n':
			return j
		case len(stack) == 0 && (isSentenceEnd(r) || (stopAtComma && isClauseEnd(r))):
			return j
		}
		j += n
	}
	return limit
}

// anyContains reports whether the folded text of the spans, joined,
// contains w (a word of whole characters). In valid UTF-8 a span ends on
// a character boundary, so no match runs across two spans and each is
// searched alone; otherwise they are joined.
func (d *doc) anyContains(spans []Span, w string) bool {
	if !d.valid {
		joined := ""
		for _, p := range spans {
			joined += d.f[p.Start:p.End]
		}
		return hanstr.Contains(joined, w)
	}
	for _, p := range spans {
		if hanstr.Contains(d.f[p.Start:p.End], w) {
			return true
		}
	}
	return false
}

// runeCount counts the runes of the text in [s, e).
func (d *doc) runeCount(s, e int) int { return runeCount(d.text[s:e]) }

// runesUpTo counts the runes of the text in [s, e) up to limit+1:
// min(runeCount(s, e), limit+1), without reading past the rune that
// passes limit.
func (d *doc) runesUpTo(s, e, limit int) int {
	if e-s <= limit {
		return runeCount(d.text[s:e]) // no more runes than bytes
	}
	n, t := 0, d.text[s:e]
	for i := 0; i < len(t); {
		if n++; n > limit {
			break
		}
		switch { // (the steps of a range loop over t)
		case wideAt(t, i, len(t)):
			i += 3
		case t[i] < utf8.RuneSelf:
			i++
		default:
			_, k := utf8.DecodeRuneInString(t[i:])
			i += k
		}
	}
	return n
}

// lastIndexFrom is hanstr.LastIndex(s, w) for an occurrence that starts at
// byte from or after it, searching no further back; -1 when there is none.
func lastIndexFrom(s, w string, from int) int {
	from = max(from, 0)
	if from > len(s) {
		return -1
	}
	i := hanstr.LastIndex(s[from:], w)
	if i < 0 {
		return -1
	}
	return from + i
}

// hasAt reports whether the folded text has word w at byte offset i.
func (d *doc) hasAt(i int, w string) bool { return strings.HasPrefix(d.f[i:], w) }

// numberStarts reports whether a number read at byte i of the folded text
// is a number of its own: not the tail of a longer numeral (一百二十 read
// from 二), not an ordinal (第3), not a decimal part (3.5, 八點二八).
func (d *doc) numberStarts(i int) bool {
	prev := d.runeBefore(i)
	if _, cn := chineseDigit(prev); cn || prev == '第' || prev == '十' || prev == '百' || prev == '千' || prev == '万' || prev == '.' || prev == '．' ||
		prev >= '0' && prev <= '9' || prev >= '０' && prev <= '９' {
		return false
	}
	if prev == '点' {
		r2, _ := decodeLastRune(d.f[:i-len("点")])
		_, cn := chineseDigit(r2)
		return !cn && r2 != '十'
	}
	return true
}

// chineseDigit returns the value of a Chinese numeral character.
func chineseDigit(r rune) (int, bool) {
	switch r {
	case '〇', '零':
		return 0, true
	case '一':
		return 1, true
	case '二', '两':
		return 2, true
	case '三':
		return 3, true
	case '四':
		return 4, true
	case '五':
		return 5, true
	case '六':
		return 6, true
	case '七':
		return 7, true
	case '八':
		return 8, true
	case '九':
		return 9, true
	}
	return 0, false
}

// parseNumeral reads a number at byte offset i of s: ASCII or full-width
// digits (with an optional decimal part when decimals is set), or Chinese
// numerals up to 万. It returns the value and the byte length read (0 when
// there is no number).
func parseNumeral(s string, i int, decimals bool) (float64, int) {
	if hanNonNumeral(s, i, len(s)) {
		return 0, 0 // most characters, fast
	}
	j := i
	var v float64
	for j < len(s) {
		r, n := decodeRune(s[j:])
		if r >= '0' && r <= '9' {
			v = v*10 + float64(r-'0')
		} else if r >= '０' && r <= '９' {
			v = v*10 + float64(r-'０')
		} else {
			break
		}
		j += n
	}
	if j > i {
		if decimals && j+1 < len(s) && s[j] == '.' && s[j+1] >= '0' && s[j+1] <= '9' {
			k, scale := j+1, 0.1
			for k < len(s) && s[k] >= '0' && s[k] <= '9' {
				v += float64(s[k]-'0') * scale
				scale /= 10
				k++
			}
			j = k
		}
		return v, j - i
	}
	// Chinese numerals: sections of digit×unit, e.g. 一百零三, 十五.
	var total, section, digit float64
	seen := false
	for j < len(s) {
		r, n := decodeRune(s[j:])
		if dv, ok := chineseDigit(r); ok {
			digit = float64(dv)
			seen = true
			j += n
			continue
		}
		var unit float64
		switch r {
		case '十':
			unit = 10
		case '百':
			unit = 100
		case '千':
			unit = 1000
		case '万':
			unit = 10000
		}
		if unit == 0 {
			break
		}
		if unit == 10000 {
			total = (total + section + digit) * unit
			section, digit = 0, 0
		} else {
			if digit == 0 && unit == 10 {
				digit = 1
			}
			section += digit * unit
			digit = 0
		}
		seen = true
		j += n
	}
	if !seen {
		return 0, 0
	}
	return total + section + digit, j - i
}
