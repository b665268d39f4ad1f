package argument

import (
	"strings"
	"unicode/utf8"

	"github.com/zhpipe/zhpipe/pipeline/internal/hanstr"
)

// Lists spelled out inside a sentence:
//
//   - announced before (三個特點：A、B和C; 五大威脅，包括A、B…，以及E;
//     三個範疇，即A；B；及C; “兩個確保”（A，B）);
//   - counted after (A、B…等5案; 甲市、乙市…丁市4個城市; A、B和C（這3宗案件…）;
//     A、B及C等島國 after an earlier 南太平洋3島國): counted.go;
//   - introduced by 分別為/依次是: respective.go;
//   - a series after a colon or 包括 whose items are separated by
//     semicolons (一起：A；B；C；以及D).
//
// Items are split at 、 (and a final 和/及/與/以及), or at ； when the
// series has semicolons; a comma clause opening with 以及 continues a 、
// list as its last item. A counted list is kept only when the items
// number exactly the count.

// The separator sets of splitAt.
var (
	sepDun        = newRuneBits("、")
	sepStop       = newRuneBits("。！？!?")
	sepComma      = newRuneBits("，,")
	sepColon      = newRuneBits("：:")
	sepSemi       = newRuneBits("；;")
	sepCommaColon = newRuneBits("，,：:")
	sepClause     = newRuneBits("，,。；;：:！？!?")
	sepClauseAll  = newRuneBits("，,；;。！？!?：:")
)

// splitAt splits [s, e) at the runes of seps that stand outside quotes
// and brackets.
func (d *doc) splitAt(s, e int, seps *runeBits) []Span {
	return d.appendSplit(nil, s, e, seps)
}

// appendSplit appends the spans of splitAt(s, e, seps) to out.
func (d *doc) appendSplit(out []Span, s, e int, seps *runeBits) []Span {
	start := s
	d.separators(s, e, seps, func(i, n int) bool {
		out = append(out, Span{start, i})
		start = i + n
		return true
	})
	return append(out, Span{start, e})
}

// separators calls at with the byte offset and size of each rune of seps
// in [s, e) outside quotes and brackets, in order, until at returns false.
func (d *doc) separators(s, e int, seps *runeBits, at func(i, n int) bool) {
	var stackBuf [8]rune // (on the stack unless nesting goes deeper)
	stack := stackBuf[:0]
	for i := s; i < e; {
		if hanAt(d.f, i, e) {
			i = d.nextStop(i, e)
			continue
		}
		r, n := rune(d.f[i]), 1
		if wideAt(d.f, i, e) {
			r, n = hanRune(d.f, i), 3
		} else if r >= utf8.RuneSelf {
			r, n = decodeRune(d.f[i:e])
		}
		switch {
		case closerOf(r) != 0:
			stack = append(stack, closerOf(r))
		case r == '（':
			stack = append(stack, '）')
		case r == '(':
			stack = append(stack, ')')
		case len(stack) > 0 && r == stack[len(stack)-1]:
			stack = stack[:len(stack)-1]
		case len(stack) == 0 && seps.has(r):
			if !at(i, n) {
				return
			}
		}
		i += n
	}
}

// groupEnd returns where the sentence group starting at i ends: at the
// first 。！？ outside quotes and brackets (semicolons do not end it), or
// at the paragraph's end.
func (d *doc) groupEnd(i int, p para) int {
	return d.firstSplit(i, p.End, sepStop)
}

// firstSplit returns the end of the first span splitAt(s, e, seps) gives
// (e when there is no separator), reading no further.
func (d *doc) firstSplit(s, e int, seps *runeBits) int {
	end := e
	d.separators(s, e, seps, func(i, _ int) bool {
		end = i
		return false
	})
	return end
}

// trimmed returns s without surrounding spaces.
func (d *doc) trimmed(s Span) Span {
	a, b := trimSpan(d.text, s.Start, s.End)
	return Span{a, b}
}

// conjunctions join the last item of a list, longest first.
func conjunctions() []string { return conjunctionsList }

var conjunctionsList = []string{"以及", "及", "和", "与", "或"}

// stripLeadConj drops a conjunction opening an item (以及拒絕…, ;及致力…).
// Only 以及 and 及 are dropped: 和/與/或 open words (和平, 與會, 或許).
func (d *doc) stripLeadConj(s Span) Span {
	for _, c := range []string{"以及", "及"} {
		if d.hasAt(s.Start, c) && !d.hasAt(s.Start, "及时") && !d.hasAt(s.Start, "及早") && s.End-s.Start > len(c) {
			return d.trimmed(Span{s.Start + len(c), s.End})
		}
	}
	return s
}

// stripEtc drops a closing 等 or 等等 from an item (居住證等).
func (d *doc) stripEtc(s Span) Span {
	for _, w := range []string{"等等", "等"} {
		if strings.HasSuffix(d.f[s.Start:s.End], w) && s.End-s.Start > len(w) {
			return d.trimmed(Span{s.Start, s.End - len(w)})
		}
	}
	return s
}

// splitConj splits s at its last conjunction with text on both sides,
// outside quotes and brackets (《維和戰士》 holds no conjunction).
func (d *doc) splitConj(s Span) (Span, Span, bool) {
	f := d.f[s.Start:s.End]
	depth := make([]int, len(f)+1) // quote and bracket depth before byte k
	dp := 0
	for k, r := range f {
		depth[k] = dp
		switch {
		case closerOf(r) != 0 || r == '（' || r == '(':
			dp++
		case (isCloser(r) || r == '）' || r == ')') && dp > 0:
			dp--
		}
	}
	for _, c := range conjunctions() {
		for i := hanstr.LastIndex(f, c); i > 0; i = hanstr.LastIndex(f[:i], c) {
			if i+len(c) >= len(f) || depth[i] > 0 {
				continue
			}
			if c == "和" && strings.HasPrefix(f[i:], "和平") || c == "与" && strings.HasPrefix(f[i:], "与会") {
				break
			}
			return d.trimmed(Span{s.Start, s.Start + i}), d.trimmed(Span{s.Start + i + len(c), s.End}), true
		}
	}
	return Span{}, Span{}, false
}

// fitCount splits the items at conjunctions until they number count: the
// last item first (A、B和C), then inner ones (重慶和瀋陽 in a 、 list).
func (d *doc) fitCount(parts []Span, count int) []Span {
	if count <= 0 || len(parts) >= count {
		return parts
	}
	if a, b, ok := d.splitConj(parts[len(parts)-1]); ok {
		parts = append(parts[:len(parts)-1:len(parts)-1], a, b)
	}
	for k := 0; k < len(parts) && len(parts) < count; k++ {
		if a, b, ok := d.splitConj(parts[k]); ok {
			rest := append([]Span{a, b}, parts[k+1:]...)
			parts = append(parts[:k:k], rest...)
			k++
		}
	}
	return parts
}

// series splits the list text [cs, ce) into items. With semicolons the
// items are the semicolon parts; else they are the 、 parts of the first
// comma clause, plus the next clause when it opens with 以及/及/和/與
// (…之威脅，以及藉…之威脅). A count, when known, is reached by splitting
// at conjunctions. semi reports the semicolon form.
func (d *doc) series(cs, ce, count int) (parts []Span, semi bool) {
	if ss := d.splitAt(cs, ce, sepSemi); len(ss) >= 2 {
		for _, s := range ss {
			s = d.stripEtc(d.stripLeadConj(d.trimmed(s)))
			if s.End > s.Start {
				parts = append(parts, s)
			}
		}
		return parts, true
	}
	clauses := d.splitAt(cs, ce, sepComma)
	if count > 0 && len(clauses) == count && len(d.splitAt(cs, ce, sepDun)) == 1 {
		// A comma list: “兩個確保”（確保A，確保B）.
		for _, c := range clauses {
			parts = append(parts, d.trimmed(c))
		}
		return parts, false
	}
	for _, s := range d.splitAt(clauses[0].Start, clauses[0].End, sepDun) {
		parts = append(parts, d.trimmed(s))
	}
	if len(clauses) > 1 {
		next := d.trimmed(clauses[1])
		for _, c := range []string{"以及", "及", "和", "与"} {
			if d.hasAt(next.Start, c) && !d.hasAt(next.Start, "和平") {
				parts = append(parts, d.trimmed(Span{next.Start + len(c), next.End}))
				break
			}
		}
	}
	if e, _ := d.etcNoun(parts[len(parts)-1]); e > 0 {
		parts[len(parts)-1] = d.trimmed(Span{parts[len(parts)-1].Start, e}) // …及中正等區
	} else {
		parts[len(parts)-1] = d.stripEtc(parts[len(parts)-1])
	}
	return d.fitCount(parts, count), false
}

// listIntroducers open the items after an announcement or a colon.
func listIntroducers() []string { return listIntroducersList }

var listIntroducersList = []string{"分别是", "分别为", "分别有", "依次是", "依次为", "包括", "包含", "涵盖", "即"}

// introduced finds where the items announced by a begin and end: after
// a colon, after 即/包括/分別是… (the rest of the announced noun phrase
// and one comma may come between: 三大產業及就業挑戰，包括…), or inside
// a bracket right after the noun (“兩個確保”（…）).
func (d *doc) introduced(a *announcement) (int, int, bool) {
	p := d.paras[a.para]
	i, commas := a.End, 0
	onlyQuotes := true // nothing but closing quotes since the noun
	for steps := 0; steps < 24 && i < p.End; steps++ {
		r, n := decodeRune(d.f[i:])
		switch {
		case r == '：' || r == ':':
			cs := d.skipAfterMarker(i+n, p.End)
			return cs, d.groupEnd(cs, p), true
		case (r == '（' || r == '(') && onlyQuotes:
			close := d.closingBracket(i, p)
			if close < 0 {
				return 0, 0, false
			}
			return i + n, close, true
		case r == '，' || r == ',':
			commas++
			if commas > 1 {
				return 0, 0, false
			}
		case isCloser(r) || isSpace(r):
		case isHanRune(r):
			for _, w := range listIntroducers() {
				if !d.hasAt(i, w) || w == "即" && d.runeBefore(i) != '，' && d.runeBefore(i) != ',' {
					continue
				}
				cs := d.skipAfterMarker(i+len(w), p.End)
				return cs, d.groupEnd(cs, p), true
			}
		default:
			return 0, 0, false
		}
		if !isCloser(r) {
			onlyQuotes = false
		}
		i += n
	}
	return 0, 0, false
}

// closingBracket returns where the bracket opening at i closes in
// paragraph p, or -1.
func (d *doc) closingBracket(i int, p para) int {
	depth := 0
	for j := i; j < p.End; {
		r, n := decodeRune(d.f[j:])
		switch r {
		case '（', '(':
			depth++
		case '）', ')':
			depth--
			if depth == 0 {
				return j
			}
		}
		j += n
	}
	return -1
}

// inlineItems makes the items of an inline list. Semicolon items are
// heads up to their first comma; 、 items are whole.
func (d *doc) inlineItems(parts []Span, semi bool) []Item {
	var out []Item
	for _, s := range parts {
		he := s.End
		if semi {
			// The head is the first clause, or two when the first is a
			// short date or place (5月2日，甲廠火災).
			if cs := d.splitAt(s.Start, s.End, sepCommaColon); len(cs) > 1 {
				he = cs[0].End
				if d.runeCount(cs[0].Start, cs[0].End) <= 6 {
					he = cs[1].End
				}
			}
		}
		out = append(out, Item{MarkerStart: s.Start, MarkerEnd: s.Start, Head: d.text[s.Start:he], HeadStart: s.Start, HeadEnd: he, Start: s.Start, End: s.End})
	}
	return out
}

// okParts reports whether every item is non-empty and not too long for
// an inline item (40 characters in a 、 list, 150 with semicolons).
func (d *doc) okParts(parts []Span, semi bool) bool {
	limit := 40
	if semi {
		limit = 150
	}
	for k, s := range parts {
		if s.End <= s.Start || d.runesOutsideBrackets(s) > limit {
			return false
		}
		// A 、 item holds no sentence, not even in quotes.
		if !semi && hanstr.ContainsAny(d.f[s.Start:s.End], "。！？；;…") {
			return false
		}
		// A first item that is only a numeral or a marker word is a list
		// marker (三、…, 第一、…, 首先，…).
		if k == 0 && (d.onlyMarker(s) || d.opensWithListMarker(s)) {
			return false
		}
	}
	return true
}

// onlyMarker reports whether s holds nothing but a list marker: a
// numeral, 第 and a numeral, or a marker word (首先, 其一, 一是).
func (d *doc) onlyMarker(s Span) bool {
	i := s.Start
	if d.hasAt(i, "第") || d.hasAt(i, "其") {
		i += len("第")
	}
	if v, n := parseNumeral(d.f, i, false); v > 0 && (i+n == s.End || i+n+len("是") == s.End && d.hasAt(i+n, "是")) {
		return true
	}
	switch d.f[s.Start:s.End] {
	case "首先", "其次", "再次", "最后", "然后", "一方面", "另一方面":
		return true
	}
	return false
}

// opensWithListMarker reports whether s opens with a numbered marker ((1),
// （一）, ①, 1）, 第一、): its list is a marker list, not a 、 list.
func (d *doc) opensWithListMarker(s Span) bool {
	r, n := decodeRune(d.f[s.Start:])
	switch {
	case r >= '①' && r <= '⑳' || r >= '⑴' && r <= '⒇' || r >= '㈠' && r <= '㈩' || r >= '❶' && r <= '❿':
		return true
	case r == '(' || r == '（':
		if _, vn := ordinalNumeral(d.f, s.Start+n); vn > 0 {
			c, _ := decodeRune(d.f[s.Start+n+vn:])
			return c == ')' || c == '）'
		}
	case r == '第':
		if _, vn := ordinalNumeral(d.f, s.Start+n); vn > 0 {
			c, _ := decodeRune(d.f[s.Start+n+vn:])
			return strings.ContainsRune("、，,：:", c)
		}
	case r >= '0' && r <= '9' || r >= '０' && r <= '９':
		if _, vn := ordinalNumeral(d.f, s.Start); vn > 0 {
			c, _ := decodeRune(d.f[s.Start+vn:])
			return c == ')' || c == '）'
		}
	}
	return false
}

// runesOutsideBrackets counts the runes of s that stand outside round
// brackets: a gloss (Hilda Smith, Jr.) does not make an item long.
func (d *doc) runesOutsideBrackets(s Span) int {
	n, depth := 0, 0
	for _, r := range d.f[s.Start:s.End] {
		switch {
		case r == '(' || r == '（':
			depth++
		case (r == ')' || r == '）') && depth > 0:
			depth--
		case depth == 0:
			n++
		}
	}
	return n
}

// newInline makes an inline list.
func (d *doc) newInline(parts []Span, semi bool, pi int, ann *Announcement, about string) *built {
	b := &built{style: "inline", family: "inline", level: "inline"}
	b.e.Style = "inline"
	b.e.Announced = ann
	b.e.About = about
	b.e.Items = d.inlineItems(parts, semi)
	b.paras = []int{pi}
	return b
}

// inlineLists builds lists announced before their items and spelled out
// in the same sentence (三個特點：A、B和C; 三個範疇，即A；B；及C).
// taken collects the start of every list's first item, and the negated
// end of its last (a list is found once, however it is introduced).
func (d *doc) inlineLists(as []announcement, taken map[int]bool) []*built {
	var out []*built
	for k := range as {
		a := &as[k]
		if a.used || a.anaph || a.count > 20 {
			continue
		}
		cs, ce, ok := d.introduced(a)
		if !ok || ce <= cs {
			continue
		}
		parts, semi := d.series(cs, ce, a.count)
		if len(parts) != a.count || !d.okParts(parts, semi) || taken[parts[0].Start] {
			continue
		}
		if a.weak && (!semi && !strings.ContainsRune(d.f[parts[0].End:parts[1].Start], '、') || d.numeralRune(d.runeAt(parts[0].Start))) {
			continue // a count of any noun takes only a 、 or ； series, and no values
		}
		a.used = true
		taken[parts[0].Start], taken[-parts[len(parts)-1].End] = true, true
		b := d.newInline(parts, semi, a.para, &Announcement{Text: d.text[a.Start:a.End], Count: a.count, Start: a.Start, End: a.End}, d.text[a.nounS.Start:a.nounS.End])
		b.ann = a
		out = append(out, b)
	}
	return out
}

// colonSeries builds unannounced lists of three or more semicolon items
// after a colon or 包括 (我們可以：A；B；以及C。), unless a marker opens
// the first item (then the marker list has them).
func (d *doc) colonSeries(taken, markerStarts map[int]bool) []*built {
	var out []*built
	cls, ss := make([]Span, 0, 16), make([]Span, 0, 16) // reused
	for pi, p := range d.paras {
		pf := d.f[p.Start:p.End]
		if strings.Count(pf, "；")+strings.Count(pf, ";") < 2 {
			continue // no series of three semicolon items here
		}
		cls = d.appendSplit(cls[:0], p.Start, p.End, sepColon)
		for _, cl := range cls {
			// cl starts right after a colon, or is the paragraph's
			// first clause (where 包括 may introduce the items).
			cs := cl.Start
			if cs == p.Start {
				at := -1
				for _, w := range []string{"包括", "包含", "涵盖"} {
					if k := hanstr.Index(d.f[cl.Start:cl.End], w); k >= 0 && (at < 0 || k < at) {
						at = k + len(w)
					}
				}
				if at < 0 {
					continue
				}
				cs = cl.Start + at
			}
			cs = d.skipAfterMarker(cs, p.End)
			ce := d.groupEnd(cs, p)
			if strings.Count(d.f[cs:ce], "；")+strings.Count(d.f[cs:ce], ";") < 2 {
				continue // (splitAt would find fewer than three items)
			}
			ss = d.appendSplit(ss[:0], cs, ce, sepSemi)
			if len(ss) < 3 {
				continue
			}
			if cs > cl.Start && strings.HasSuffix(strings.TrimSpace(d.f[ss[0].Start:ss[0].End]), "等") {
				continue // 包括A、B等；C…: the list after 包括 ended with 等
			}
			parts, _ := d.series(cs, ce, 0)
			if len(parts) < 3 || !d.okParts(parts, true) || taken[parts[0].Start] || taken[-parts[len(parts)-1].End] || markerStarts[parts[0].Start] {
				continue
			}
			taken[parts[0].Start], taken[-parts[len(parts)-1].End] = true, true
			out = append(out, d.newInline(parts, true, pi, nil, ""))
		}
	}
	return out
}
