package argument

import (
	"slices"
	"strings"

	"github.com/zhpipe/zhpipe/pipeline/internal/hanstr"
)

// Lists whose count follows them: in the last item's clause (A、B…等5案;
// 甲市…丁市4個城市; 甲、乙兩人), in a bracket or clause right after
// (A、B和C（這3宗案件…）), or named by a noun after 等 that an earlier
// sentence counted (南太平洋3島國 … A、B及C等島國). The words that
// introduce the list are cut off its first item.

// countedAfter builds 、 lists whose count follows them: in the last
// item's clause (A、B…等5案; 甲市…丁市4個城市), in a bracket or clause
// right after (A、B和C（這3宗案件…）), or named by a noun after 等 that an
// earlier sentence counted (南太平洋3島國 … A、B及C等島國).
func (d *doc) countedAfter(taken map[int]bool) []*built {
	var out []*built
	clauses, partsBuf := make([]Span, 0, 32), make([]Span, 0, 16) // reused
	for pi, p := range d.paras {
		// Without 、 only countedPair looks at a clause, and it wants 和,
		// 及 or 與 (which no clause of a paragraph without them holds).
		dun, conj := d.hasIn(trigDun, "、", p.Start, p.End), d.hasConjIn(p.Start, p.End)
		if !dun && !conj {
			continue
		}
		clauses = d.appendSplit(clauses[:0], p.Start, p.End, sepClause)
		for ci, c := range clauses {
			parts := []Span{c} // (splitAt finds nothing to split without a 、)
			if dun && d.hasIn(trigDun, "、", c.Start, c.End) {
				// (into a reused buffer: respectiveList copies the parts,
				// newInline gets a copy)
				partsBuf = d.appendSplit(partsBuf[:0], c.Start, c.End, sepDun)
				parts = partsBuf
			}
			if len(parts) < 2 {
				if !conj {
					continue // (countedPair returns nil)
				}
				if b := d.countedPair(d.trimmed(c), pi, taken); b != nil {
					out = append(out, b)
				}
				continue
			}
			for k := range parts {
				parts[k] = d.trimmed(parts[k])
			}
			last := parts[len(parts)-1]
			// (shortItems only when a count of people needs it, once)
			shortKnown, short := false, false
			count, ann, end := d.countInLastFn(last, func() bool {
				if !shortKnown {
					shortKnown, short = true, d.shortItems(parts)
				}
				return short
			})
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
			out = append(out, d.newInline(slices.Clone(parts), false, pi, a, d.countedNoun(ann)))
		}
	}
	return out
}

// hasConj reports whether f holds 和, 及 or 与.
func hasConj(f string) bool {
	return hanstr.Contains(f, "和") || hanstr.Contains(f, "及") || hanstr.Contains(f, "与")
}

// postClassifiers may follow the count that closes a list (等5案,
// 4個城市, 兩國).
func postClassifiers() []string { return postClassifiersList }

var postClassifiersList = []string{"个", "项", "条", "起", "案", "家", "国", "类", "种", "件", "名", "位", "所", "座", "省", "市", "城", "地", "大", "宗", "批", "款", "部", "支", "架", "艘", "套", "份", "处", "方面",
	"县", "区", "镇", "村", "岛", "州", "人", "队", "校", "团", "组", "张", "本", "篇", "场", "辆", "只", "间"}

// postClassifierFirsts are the first runes of the post classifiers.
var postClassifierFirsts = firstRunes(postClassifiersList)

// lateClassifiers are the postClassifiers after which the count phrase
// must end at once or with a noun of one or two characters (甲、乙兩人;
// 甲縣、乙縣兩縣居民,): with more the clause goes on about the things
// counted (三人被抓獲, 三場晚會).
func lateClassifiers() string { return "县区镇村岛州人队校团组张本篇场辆只间" }

// countInLast reads the count closing a list in its last item: a
// bracket holding 這/上述 N+classifier (…（這3宗案件…）), or (等)N+
// classifier after the item (丁市4個城市, 「…」等5案). It returns the
// count, the counting phrase and where the item ends.
func (d *doc) countInLast(last Span, names bool) (int, Span, int) {
	return d.countInLastFn(last, func() bool { return names })
}

// countInLastFn is countInLast asking names only when it needs to know
// it.
func (d *doc) countInLastFn(last Span, names func() bool) (int, Span, int) {
	for i := last.Start; i < last.End; {
		if hanNonNumeral(d.f, i, len(d.f)) {
			i = d.nextStop(i, last.End) // no bracket, quote or number starts here
			continue
		}
		r, n := decodeRune(d.f[i:])
		if (r == '（' || r == '(') && i > last.Start {
			inner := d.trimmed(Span{i + n, last.End})
			if c, s := d.anaphorAt(inner.Start, inner.End); c > 0 {
				return c, s, i
			}
			return 0, Span{}, 0
		}
		if closerOf(r) != 0 {
			if j := strings.IndexRune(d.f[i+n:last.End], closerOf(r)); j >= 0 {
				// A count set off in quotation marks closes the list
				// (甲、乙及丙「三個週年」): the quotation opens with it;
				// three or more, the last joined by 和/及/與 (可以倡導、
				// 也應該倡導「兩條腿走路」 is a slogan, not a count).
				if c := d.quotedCount(Span{i + n, i + n + j}); c > 2 && hanstr.ContainsAny(d.f[last.Start:i], "和及与") && i > last.Start && d.runeCount(last.Start, i) <= 10 && d.runeCount(i+n+j, last.End) <= 2 && d.itemLike(Span{last.Start, i}) {
					_, cn := decodeRune(d.f[i+n+j:])
					return c, Span{i, i + n + j + cn}, i
				}
				// skip a quoted name: its numbers are its own (「M109A7自走砲」)
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
				if cl != "" && hanstr.Contains(lateClassifiers(), cl) {
					limit = 2 // 三人被抓獲 goes on about the people…
					if names() {
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
							if k := hanstr.Index(d.f[i+vn:e], vb); k >= 0 {
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

// quotedCount returns the count that opens the quoted phrase in (「三個
// 週年」, “两个确保”): a numeral of two or more, a classifier, and a noun
// of at most eight characters; else 0.
func (d *doc) quotedCount(in Span) int {
	if !d.numberStarts(in.Start) {
		return 0
	}
	v, vn := parseNumeral(d.f, in.Start, false)
	if vn == 0 || v != float64(int(v)) || v < 2 || !wellFormedCount(d.f[in.Start:in.Start+vn]) {
		return 0
	}
	cl := d.postClassifierAt(in.Start + vn)
	if cl == "" || d.runeCount(in.Start+vn+len(cl), in.End) > 8 || strings.ContainsFunc(d.f[in.Start:in.End], isPunct) {
		return 0
	}
	return int(v)
}

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

// shortItems reports whether every part of a 、 list up to a count is a
// name or a word (at most six characters; the first without the words
// introducing it, the last up to its first numeral).
func (d *doc) shortItems(parts []Span) bool {
	first := d.dropIntroducer(parts)
	if d.runeCount(first.Start, first.End) > 6 {
		return false
	}
	for _, p := range parts[1 : len(parts)-1] {
		if d.runesUpTo(p.Start, p.End, 6) > 6 {
			return false
		}
	}
	last := parts[len(parts)-1]
	k := strings.IndexFunc(d.f[last.Start:last.End], d.numeralRune)
	return k > 0 && runeCount(d.f[last.Start:last.Start+k]) <= 6
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

// postClassifierAt returns the classifier of postClassifiers at byte j,
// or "".
func (d *doc) postClassifierAt(j int) string {
	if !postClassifierFirsts.has(d.runeAt(j)) {
		return "" // (no classifier starts with that rune)
	}
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
	k := hanstr.LastIndex(d.f[last.Start:last.End], "等")
	if k <= 0 {
		return 0, Span{}, 0
	}
	at := last.Start + k
	ns := at + len("等")
	noun := d.f[ns:last.End]
	if n := runeCount(noun); n < 2 || n > 8 {
		return 0, Span{}, 0
	}
	for _, r := range noun {
		if !isHanRune(r) {
			return 0, Span{}, 0
		}
	}
	_, l1 := decodeLastRune(noun)
	_, l2 := decodeLastRune(noun[:len(noun)-l1])
	tail := noun[len(noun)-l1-l2:]
	from := d.paras[max(0, pi-3)].Start
	for i := hanstr.LastIndex(d.f[from:at], tail); i >= 0; i = hanstr.LastIndex(d.f[from:from+i], tail) {
		d.work++
		o := from + i
		j := o
		for j > from {
			r, n := decodeLastRune(d.f[from:j])
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

// The words dropIntroducer cuts at, after the respective introducers.
var (
	introducerWords        = []string{"包括", "包含", "涵盖", "涉及", "覆盖", "例如", "诸如", "比如", "譬如"}
	introducerVerbs        = []string{"选择", "选定", "确定", "访问", "前往", "了"}
	introducerCopulas      = []string{"是", "适逢", "正值", "恰逢", "迎来"}
	introducerPrepositions = []string{"从", "在", "对", "向", "把", "将", "就", "由"}
)

// dropIntroducer cuts off the words that introduce a list from its first
// item, which runs from the clause start (包括護照 → 護照, 相繼發生了A →
// A, 解決限制…發展的算力 → 算力 when no other item has a 的, 本文從出台
// 背景 → 出台背景), when at least two characters remain.
func (d *doc) dropIntroducer(parts []Span) Span {
	s := parts[0]
	f := d.f[s.Start:s.End]
	cut := -1
	// The runes of f in a filter: a word whose first rune is not there is
	// not looked for.
	var present [16]uint64
	for _, r := range f {
		present[r>>6&15] |= 1 << (r & 63)
	}
	try := func(w string, minAt, minRest int) {
		if r, _ := decodeRune(w); present[r>>6&15]&(1<<(r&63)) == 0 {
			return
		}
		if i := hanstr.LastIndex(f, w); i >= minAt && i+len(w) > cut && runeCount(f[i+len(w):]) >= minRest {
			cut = i + len(w)
		}
	}
	// Words that introduce a list may leave a one-character item (分別為紅、綠).
	for _, w := range respectiveIntroducers() {
		try(w, 0, 1)
	}
	for _, w := range introducerWords {
		try(w, 0, 1)
	}
	for _, w := range introducerVerbs {
		try(w, 0, 2)
	}
	// 今年是甲、乙及丙三個週年, 適逢甲、乙兩節: a copula or a verb of
	// occasion before the first item, after its subject.
	for _, w := range introducerCopulas {
		try(w, 1, 2)
	}
	if cut < 0 && !d.anyContains(parts[1:], "的") {
		try("的", 1, 2)
	}
	if cut < 0 {
		for _, w := range introducerPrepositions {
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
		l := runeCount(t)
		if l < 2 || l > 4 || n >= 0 && l != n || strings.ContainsFunc(t, func(r rune) bool { return !isHanRune(r) }) {
			return -1
		}
		n = l
	}
	f := d.f[parts[0].Start:parts[0].End]
	i := len(f)
	for k := 0; k < n; k++ {
		r, rn := decodeLastRune(f[:i])
		if !isHanRune(r) {
			return -1
		}
		i -= rn
	}
	if i == 0 {
		return -1
	}
	if r, _ := decodeLastRune(f[:i]); !strings.ContainsRune("到由是为有成以用给让使", r) {
		return -1
	}
	return i
}

// countedNoun returns the noun of a counting phrase (等5案 → 案, 四大瓶頸
// → 瓶頸, 這3宗案件 → 案件): what follows its numeral and classifier.
func (d *doc) countedNoun(ann Span) string {
	for i := ann.Start; i < ann.End; {
		r, n := decodeRune(d.f[i:])
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
	first, _ := decodeRune(d.f[t.Start:t.End])
	last, _ := decodeLastRune(d.f[t.Start:t.End])
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

// countedPair builds a list of two joined by one 和, 及 or 與 and closed
// by a count of two (討論了穩定物價和擴大就業兩個議題, 甲國與乙國兩國):
// the pair a 、 list of two would be.
func (d *doc) countedPair(c Span, pi int, taken map[int]bool) *built {
	if !d.hasConjIn(c.Start, c.End) {
		return nil
	}
	count, ann, end := d.countInLast(c, false)
	if count != 2 || d.runeCount(c.Start, end) > 30 {
		return nil
	}
	// The count follows the second thing itself, not a determiner or an
	// ordinal (這兩, 前兩, 第二).
	if strings.ContainsRune("这那前后头首近余第每各其此该些上下另", d.runeBefore(end)) {
		return nil
	}
	k, w := -1, ""
	for _, x := range []string{"以及", "和", "及", "与"} {
		if i := hanstr.Index(d.f[c.Start:end], x); i >= 0 {
			if k >= 0 && !(x == "及" && w == "以及") || strings.Count(d.f[c.Start:end], x) > 1 {
				return nil // more than one: not a pair
			}
			if k < 0 {
				k, w = c.Start+i, x
			}
		}
	}
	if k < 0 {
		return nil
	}
	parts := []Span{d.trimmed(Span{c.Start, k}), d.stripEtc(d.trimmed(Span{k + len(w), end}))}
	// The pair is what a verb before it takes (討論了…和…兩個議題): the
	// first thing follows the words that introduce it.
	if first := d.dropIntroducer(parts); first.Start == parts[0].Start {
		return nil
	} else {
		parts[0] = first
	}
	for _, p := range parts {
		// Two short things, words or phrases, not clauses.
		if n := d.runesUpTo(p.Start, p.End, 8); n < 2 || n > 8 || strings.ContainsFunc(d.f[p.Start:p.End], func(r rune) bool { return isPunct(r) || closerOf(r) != 0 || isCloser(r) || !isHanRune(r) }) {
			return nil
		}
	}
	if !d.okParts(parts, false) || taken[parts[0].Start] || d.allValues(parts) {
		return nil
	}
	taken[parts[0].Start], taken[-parts[1].End] = true, true
	a := &Announcement{Text: d.text[ann.Start:ann.End], Count: count, Start: ann.Start, End: ann.End}
	return d.newInline(parts, false, pi, a, d.countedNoun(ann))
}
