package argument

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Lists spelled out inside a sentence:
//
//   - announced before (三個特點：A、B和C; 五大威脅，包括A、B…，以及E;
//     三個範疇，即A；B；及C; “兩個確保”（A，B）);
//   - counted after (A、B…等5案; 甲市、乙市…丁市4個城市; A、B和C（這3宗案件…）;
//     A、B及C等島國 after an earlier 南太平洋3島國);
//   - a series after a colon or 包括 whose items are separated by
//     semicolons (一起：A；B；C；以及D).
//
// Items are split at 、 (and a final 和/及/與/以及), or at ； when the
// series has semicolons; a comma clause opening with 以及 continues a 、
// list as its last item. A counted list is kept only when the items
// number exactly the count.

// splitAt splits [s, e) at the runes of seps that stand outside quotes
// and brackets.
func (d *doc) splitAt(s, e int, seps string) []Span {
	var out []Span
	var stack []rune
	start := s
	for i := s; i < e; {
		r, n := utf8.DecodeRuneInString(d.f[i:e])
		switch {
		case closerOf(r) != 0:
			stack = append(stack, closerOf(r))
		case r == '（' || r == '(':
			stack = append(stack, map[rune]rune{'（': '）', '(': ')'}[r])
		case len(stack) > 0 && r == stack[len(stack)-1]:
			stack = stack[:len(stack)-1]
		case len(stack) == 0 && strings.ContainsRune(seps, r):
			out = append(out, Span{start, i})
			start = i + n
		}
		i += n
	}
	return append(out, Span{start, e})
}

// groupEnd returns where the sentence group starting at i ends: at the
// first 。！？ outside quotes and brackets (semicolons do not end it), or
// at the paragraph's end.
func (d *doc) groupEnd(i int, p para) int {
	for _, s := range d.splitAt(i, p.End, "。！？!?") {
		return s.End
	}
	return p.End
}

// trimmed returns s without surrounding spaces.
func (d *doc) trimmed(s Span) Span {
	a, b := trimSpan(d.text, s.Start, s.End)
	return Span{a, b}
}

// conjunctions join the last item of a list, longest first.
func conjunctions() []string { return []string{"以及", "及", "和", "与", "或"} }

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
		for i := strings.LastIndex(f, c); i > 0; i = strings.LastIndex(f[:i], c) {
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
	if ss := d.splitAt(cs, ce, "；;"); len(ss) >= 2 {
		for _, s := range ss {
			s = d.stripEtc(d.stripLeadConj(d.trimmed(s)))
			if s.End > s.Start {
				parts = append(parts, s)
			}
		}
		return parts, true
	}
	clauses := d.splitAt(cs, ce, "，,")
	if count > 0 && len(clauses) == count && len(d.splitAt(cs, ce, "、")) == 1 {
		// A comma list: “兩個確保”（確保A，確保B）.
		for _, c := range clauses {
			parts = append(parts, d.trimmed(c))
		}
		return parts, false
	}
	for _, s := range d.splitAt(clauses[0].Start, clauses[0].End, "、") {
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
	parts[len(parts)-1] = d.stripEtc(parts[len(parts)-1])
	return d.fitCount(parts, count), false
}

// listIntroducers open the items after an announcement or a colon.
func listIntroducers() []string {
	return []string{"分别是", "分别为", "分别有", "依次是", "依次为", "包括", "包含", "涵盖", "即"}
}

// introduced finds where the items announced by a begin and end: after
// a colon, after 即/包括/分別是… (the rest of the announced noun phrase
// and one comma may come between: 三大產業及就業挑戰，包括…), or inside
// a bracket right after the noun (“兩個確保”（…）).
func (d *doc) introduced(a *announcement) (int, int, bool) {
	p := d.paras[a.para]
	i, commas := a.End, 0
	onlyQuotes := true // nothing but closing quotes since the noun
	for steps := 0; steps < 24 && i < p.End; steps++ {
		r, n := utf8.DecodeRuneInString(d.f[i:])
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
		case unicode.Is(unicode.Han, r):
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
		r, n := utf8.DecodeRuneInString(d.f[j:])
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
			if cs := d.splitAt(s.Start, s.End, "，,：:"); len(cs) > 1 {
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
		if !semi && strings.ContainsAny(d.f[s.Start:s.End], "。！？；;…") {
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

// shortItems reports whether every part of a 、 list up to a count is a
// name or a word (at most six characters; the first without the words
// introducing it, the last up to its first numeral).
func (d *doc) shortItems(parts []Span) bool {
	first := d.dropIntroducer(parts)
	if d.runeCount(first.Start, first.End) > 6 {
		return false
	}
	for _, p := range parts[1 : len(parts)-1] {
		if d.runeCount(p.Start, p.End) > 6 {
			return false
		}
	}
	last := parts[len(parts)-1]
	k := strings.IndexFunc(d.f[last.Start:last.End], d.numeralRune)
	return k > 0 && utf8.RuneCountInString(d.f[last.Start:last.Start+k]) <= 6
}

// allValues reports whether the items are dates or amounts (2月6日、7日、
// 8日連演三場), not things counted: every item after the first opens with
// a numeral, and the first (which may keep a word before it) holds one.
func (d *doc) allValues(parts []Span) bool {
	for _, s := range parts[1:] {
		if !d.numeralRune(d.runeAt(s.Start)) {
			return false
		}
	}
	return strings.IndexFunc(d.f[parts[0].Start:parts[0].End], d.numeralRune) >= 0
}

// opensWithListMarker reports whether s opens with a numbered marker ((1),
// （一）, ①, 1）, 第一、): its list is a marker list, not a 、 list.
func (d *doc) opensWithListMarker(s Span) bool {
	r, n := utf8.DecodeRuneInString(d.f[s.Start:])
	switch {
	case r >= '①' && r <= '⑳' || r >= '⑴' && r <= '⒇' || r >= '㈠' && r <= '㈩' || r >= '❶' && r <= '❿':
		return true
	case r == '(' || r == '（':
		if _, vn := ordinalNumeral(d.f, s.Start+n); vn > 0 {
			c, _ := utf8.DecodeRuneInString(d.f[s.Start+n+vn:])
			return c == ')' || c == '）'
		}
	case r == '第':
		if _, vn := ordinalNumeral(d.f, s.Start+n); vn > 0 {
			c, _ := utf8.DecodeRuneInString(d.f[s.Start+n+vn:])
			return strings.ContainsRune("、，,：:", c)
		}
	case r >= '0' && r <= '9' || r >= '０' && r <= '９':
		if _, vn := ordinalNumeral(d.f, s.Start); vn > 0 {
			c, _ := utf8.DecodeRuneInString(d.f[s.Start+vn:])
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
	for pi, p := range d.paras {
		for _, cl := range d.splitAt(p.Start, p.End, "：:") {
			// cl starts right after a colon, or is the paragraph's
			// first clause (where 包括 may introduce the items).
			cs := cl.Start
			if cs == p.Start {
				at := -1
				for _, w := range []string{"包括", "包含", "涵盖"} {
					if k := strings.Index(d.f[cl.Start:cl.End], w); k >= 0 && (at < 0 || k < at) {
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
			ss := d.splitAt(cs, ce, "；;")
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

// postClassifiers may follow the count that closes a list (等5案,
// 4個城市, 兩國).
func postClassifiers() []string {
	return []string{"个", "项", "条", "起", "案", "家", "国", "类", "种", "件", "名", "位", "所", "座", "省", "市", "城", "地", "大", "宗", "批", "款", "部", "支", "架", "艘", "套", "份", "处", "方面",
		"县", "区", "镇", "村", "岛", "州", "人", "队", "校", "团", "组", "张", "本", "篇", "场", "辆", "只", "间"}
}

// lateClassifiers are the postClassifiers after which the count phrase
// must end at once or with a noun of one or two characters (甲、乙兩人;
// 甲縣、乙縣兩縣居民,): with more the clause goes on about the things
// counted (三人被抓獲, 三場晚會).
func lateClassifiers() string { return "县区镇村岛州人队校团组张本篇场辆只间" }

// wellFormedCount reports whether the numeral f is a count as written:
// digits, or Chinese numerals without two digits in a row (李四兩人 holds
// 四兩, no count).
func wellFormedCount(f string) bool {
	prev := false
	for _, r := range f {
		_, digit := chineseDigit(r)
		if digit && prev {
			return false
		}
		prev = digit
	}
	return true
}

// countedAfter builds 、 lists whose count follows them: in the last
// item's clause (A、B…等5案; 甲市…丁市4個城市), in a bracket or clause
// right after (A、B和C（這3宗案件…）), or named by a noun after 等 that an
// earlier sentence counted (南太平洋3島國 … A、B及C等島國).
func (d *doc) countedAfter(taken map[int]bool) []*built {
	var out []*built
	for pi, p := range d.paras {
		clauses := d.splitAt(p.Start, p.End, "，,。；;：:！？!?")
		for ci, c := range clauses {
			parts := d.splitAt(c.Start, c.End, "、")
			if len(parts) < 2 {
				continue
			}
			for k := range parts {
				parts[k] = d.trimmed(parts[k])
			}
			last := parts[len(parts)-1]
			count, ann, end := d.countInLast(last, d.shortItems(parts))
			if count == 0 {
				count, ann, end = d.countByNoun(last, pi)
			}
			if count == 0 && ci+1 < len(clauses) {
				count, ann = d.countAnaphor(d.trimmed(clauses[ci+1]))
				end = last.End
			}
			if count == 0 {
				count, ann, end = d.countTrailing(parts)
			}
			if count == 0 {
				next := Span{}
				if ci+1 < len(clauses) && d.runeBefore(clauses[ci+1].Start) != '。' {
					next = d.trimmed(clauses[ci+1])
				}
				if b := d.respectiveList(parts, next, pi); b != nil && !taken[b.e.Items[0].Start] {
					taken[b.e.Items[0].Start], taken[-b.e.Items[len(b.e.Items)-1].End] = true, true
					out = append(out, b)
				}
				continue
			}
			if count < 2 || count > 30 {
				continue
			}
			parts[len(parts)-1] = d.stripEtc(d.trimmed(Span{last.Start, end}))
			parts[0] = d.dropIntroducer(parts)
			parts = d.fitCount(parts, count)
			if len(parts) != count || !d.okParts(parts, false) || taken[parts[0].Start] || d.allValues(parts) {
				continue
			}
			taken[parts[0].Start], taken[-parts[len(parts)-1].End] = true, true
			a := &Announcement{Text: d.text[ann.Start:ann.End], Count: count, Start: ann.Start, End: ann.End}
			out = append(out, d.newInline(parts, false, pi, a, d.countedNoun(ann)))
		}
	}
	return out
}

// countInLast reads the count closing a list in its last item: a
// bracket holding 這/上述 N+classifier (…（這3宗案件…）), or (等)N+
// classifier after the item (丁市4個城市, 「…」等5案). It returns the
// count, the counting phrase and where the item ends.
func (d *doc) countInLast(last Span, names bool) (int, Span, int) {
	for i := last.Start; i < last.End; {
		r, n := utf8.DecodeRuneInString(d.f[i:])
		if (r == '（' || r == '(') && i > last.Start {
			inner := d.trimmed(Span{i + n, last.End})
			if c, s := d.anaphorAt(inner.Start, inner.End); c > 0 {
				return c, s, i
			}
			return 0, Span{}, 0
		}
		if closerOf(r) != 0 {
			// skip a quoted name: its numbers are its own (「M109A7自走砲」)
			if j := strings.IndexRune(d.f[i+n:last.End], closerOf(r)); j >= 0 {
				i += n + j
				continue
			}
		}
		if i > last.Start && d.numberStarts(i) {
			if v, vn := parseNumeral(d.f, i, false); vn > 0 && v == float64(int(v)) {
				// The count closes the clause, with at most a short noun
				// after it (等5案, 4個城市, 四大瓶頸): 兩國會談後…
				// goes on about something else.
				// A verb of composition may follow the noun (甲、乙和丙三國
				// 組成的聯盟…).
				cl := d.postClassifierAt(i + vn)
				limit := 6
				if cl != "" && strings.Contains(lateClassifiers(), cl) {
					limit = 2 // 三人被抓獲 goes on about the people…
					if names {
						limit = len(d.f) // …but 王甲、陳乙兩人昨天獲釋 counts the names before
					}
				}
				short := cl != "" && d.runeCount(i+vn+len(cl), last.End) <= limit && wellFormedCount(d.f[i:i+vn]) &&
					d.runeBefore(i) != '各' && d.runeBefore(i) != '每'
				if cl != "" && !wellFormedCount(d.f[i:i+vn]) {
					cl = ""
				}
				if cl != "" && !short {
					for _, vb := range []string{"组成", "构成", "组建", "合组"} {
						short = short || d.hasAt(i+vn+len(cl), vb)
					}
				}
				if short && !d.unitNounAt(i+vn+len(cl)) {
					s, as := i, i
					for _, w := range []string{"等在内的", "在内的", "等"} {
						// 包括甲、乙和丙在內的3國
						if strings.HasSuffix(d.f[last.Start:i], w) {
							s = i - len(w)
							if w == "等" {
								as = s // 等5案
							}
							break
						}
					}
					if s > last.Start && d.itemLike(Span{last.Start, s}) {
						// The phrase takes the noun too (四大瓶頸), up to a
						// verb (三個方面進行解讀).
						e := last.End
						if limit > 6 {
							e = nounEnd(d.f, i+vn+len(cl), last.End) // 兩人 of 王甲、陳乙兩人昨天獲釋
						}
						for _, vb := range nounVerbs() {
							if k := strings.Index(d.f[i+vn:e], vb); k >= 0 {
								e = i + vn + k
							}
						}
						return int(v), Span{as, e}, s
					}
				}
			}
		}
		i += n
	}
	return 0, Span{}, 0
}

// postClassifierAt returns the classifier of postClassifiers at byte j,
// or "".
func (d *doc) postClassifierAt(j int) string {
	for _, c := range postClassifiers() {
		if d.hasAt(j, c) {
			return c
		}
	}
	return ""
}

// anaphorAt reads 這/上述/以上/此/這些 + N + classifier at byte s (before
// e): the count of the list just before.
func (d *doc) anaphorAt(s, e int) (int, Span) {
	for _, w := range []string{"这些", "上述", "以上", "这", "此"} {
		if !d.hasAt(s, w) {
			continue
		}
		j := s + len(w)
		v, vn := parseNumeral(d.f, j, false)
		if vn == 0 || j+vn >= e {
			return 0, Span{}
		}
		if cl := d.postClassifierAt(j + vn); cl != "" && !d.unitNounAt(j+vn+len(cl)) {
			return int(v), Span{s, j + vn + len(cl)}
		}
		return 0, Span{}
	}
	return 0, Span{}
}

// countAnaphor reads a clause opening with 這N+classifier right after a
// list (A、B和C，這三項措施…).
func (d *doc) countAnaphor(c Span) (int, Span) {
	return d.anaphorAt(c.Start, c.End)
}

// countByNoun reads 等+noun closing the last item (…及丙島國等南太平洋
// 島國) and looks back up to three paragraphs for the count given to
// that noun (南太平洋3島國): the nearest numeral written right before the
// noun's last two characters.
func (d *doc) countByNoun(last Span, pi int) (int, Span, int) {
	k := strings.LastIndex(d.f[last.Start:last.End], "等")
	if k <= 0 {
		return 0, Span{}, 0
	}
	at := last.Start + k
	ns := at + len("等")
	noun := d.f[ns:last.End]
	if n := utf8.RuneCountInString(noun); n < 2 || n > 8 {
		return 0, Span{}, 0
	}
	for _, r := range noun {
		if !unicode.Is(unicode.Han, r) {
			return 0, Span{}, 0
		}
	}
	_, l1 := utf8.DecodeLastRuneInString(noun)
	_, l2 := utf8.DecodeLastRuneInString(noun[:len(noun)-l1])
	tail := noun[len(noun)-l1-l2:]
	from := d.paras[max(0, pi-3)].Start
	for i := strings.LastIndex(d.f[from:at], tail); i >= 0; i = strings.LastIndex(d.f[from:from+i], tail) {
		d.work++
		o := from + i
		j := o
		for j > from {
			r, n := utf8.DecodeLastRuneInString(d.f[from:j])
			_, cn := chineseDigit(r)
			if !(r >= '0' && r <= '9' || r >= '０' && r <= '９' || cn || r == '十') {
				break
			}
			j -= n
		}
		if j < o {
			if v, vn := parseNumeral(d.f, j, false); vn == o-j && v >= 2 {
				return int(v), Span{j, o + len(tail)}, at
			}
		}
		if i == 0 {
			break
		}
	}
	return 0, Span{}, 0
}

// dropIntroducer cuts off the words that introduce a list from its first
// item, which runs from the clause start (包括護照 → 護照, 相繼發生了A →
// A, 解決限制…發展的算力 → 算力 when no other item has a 的, 本文從出台
// 背景 → 出台背景), when at least two characters remain.
func (d *doc) dropIntroducer(parts []Span) Span {
	s := parts[0]
	f := d.f[s.Start:s.End]
	cut := -1
	try := func(w string, minAt, minRest int) {
		if i := strings.LastIndex(f, w); i >= minAt && i+len(w) > cut && utf8.RuneCountInString(f[i+len(w):]) >= minRest {
			cut = i + len(w)
		}
	}
	// Words that introduce a list may leave a one-character item (分別為紅、綠).
	for _, w := range append(respectiveIntroducers(), "包括", "包含", "涵盖", "涉及", "覆盖", "例如", "诸如", "比如", "譬如") {
		try(w, 0, 1)
	}
	for _, w := range []string{"选择", "选定", "确定", "访问", "前往", "了"} {
		try(w, 0, 2)
	}
	others := ""
	for _, p := range parts[1:] {
		others += d.f[p.Start:p.End]
	}
	if cut < 0 && !strings.Contains(others, "的") {
		try("的", 1, 2)
	}
	if cut < 0 {
		for _, w := range []string{"从", "在", "对", "向", "把", "将", "就", "由"} {
			try(w, 1, 2) // a preposition after some words: 本文从…, 會議由…
		}
	}
	if cut < 0 {
		cut = d.parallelCut(parts)
	}
	if cut < 0 {
		return s
	}
	return d.trimmed(Span{s.Start + cut, s.End})
}

// parallelCut returns where the first item starts in the first part when
// the other items are words of one length (two to four Han characters)
// and the first part ends in such a word after a verb that takes it (要做
// 到收入、支出; 餐桌上都是白菜、土豆、蘿蔔): the offset of that word in
// the part, or -1.
func (d *doc) parallelCut(parts []Span) int {
	n := -1
	for _, p := range parts[1:] {
		t := d.f[p.Start:p.End]
		l := utf8.RuneCountInString(t)
		if l < 2 || l > 4 || n >= 0 && l != n || strings.ContainsFunc(t, func(r rune) bool { return !unicode.Is(unicode.Han, r) }) {
			return -1
		}
		n = l
	}
	f := d.f[parts[0].Start:parts[0].End]
	i := len(f)
	for k := 0; k < n; k++ {
		r, rn := utf8.DecodeLastRuneInString(f[:i])
		if !unicode.Is(unicode.Han, r) {
			return -1
		}
		i -= rn
	}
	if i == 0 {
		return -1
	}
	if r, _ := utf8.DecodeLastRuneInString(f[:i]); !strings.ContainsRune("到由是为有成以用给让使", r) {
		return -1
	}
	return i
}

// countedNoun returns the noun of a counting phrase (等5案 → 案, 四大瓶頸
// → 瓶頸, 這3宗案件 → 案件): what follows its numeral and classifier.
func (d *doc) countedNoun(ann Span) string {
	for i := ann.Start; i < ann.End; {
		r, n := utf8.DecodeRuneInString(d.f[i:])
		if _, isNum := chineseDigit(r); isNum || r == '十' || r >= '0' && r <= '9' || r >= '０' && r <= '９' {
			_, vn := parseNumeral(d.f, i, false)
			j := i + vn
			if cl := d.postClassifierAt(j); cl != "" && j+len(cl) < ann.End {
				return d.text[j+len(cl) : ann.End]
			}
			return d.text[j:ann.End]
		}
		i += n
	}
	return ""
}

// itemLike reports whether s reads as a list item rather than the start
// of a clause about something else: it does not open with a connective
// (而, 但, 并, 且) nor end in a preposition or particle (而在兩國…: 在).
func (d *doc) itemLike(s Span) bool {
	t := d.trimmed(s)
	if t.End <= t.Start {
		return false
	}
	first, _ := utf8.DecodeRuneInString(d.f[t.Start:t.End])
	last, _ := utf8.DecodeLastRuneInString(d.f[t.Start:t.End])
	return !strings.ContainsRune("而但并且", first) && !strings.ContainsRune("在于对向从与和把被将而的是为及", last)
}

// unitNounAt reports whether a measure follows a count at byte j (2個百分
// 點, 3個月, 5個工作日): the number measures, it does not count items.
func (d *doc) unitNounAt(j int) bool {
	for _, u := range []string{"百分点", "百分比", "月", "小时", "钟头", "星期", "礼拜", "工作日", "季度", "年度", "年头", "世纪", "人次", "倍", "多月", "多小时"} {
		if d.hasAt(j, u) {
			return true
		}
	}
	return false
}
