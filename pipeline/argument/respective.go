package argument

import (
	"strings"

	"github.com/zhpipe/zhpipe/pipeline/internal/hanstr"
)

// Lists introduced by 分別為 / 分別是 / 依次為 ("respectively"): the word
// points back to things the text has counted or named as a group, and
// what follows it is their list, separated by 、:
//
//	代表團由4國部長組成。成員分別為甲國外長王某、乙國財長李某、丙國商務部長
//	張某及丁國衛生部長趙某等官員。
//
// The items may carry brackets with commas inside (English names); the
// last ends before 等+noun (等官員) and splits at a final 和/及/與. The
// count, when the text gives one, is the nearest number of the items'
// size written before the list, in its paragraph or the two before,
// followed by a noun or a classifier (4國部長, 五位嘉賓). A list of values
// (分別為5%、3%) is no enumeration.

// respectiveIntroducers point back to a counted group, longest first.
func respectiveIntroducers() []string { return respectiveIntroducerList }

var respectiveIntroducerList = []string{"分别包括", "分别为", "分别是", "分别有", "依次为", "依次是", "依序为", "依序是"}

// respectiveList makes the list whose 、 parts (trimmed) are parts, in
// paragraph pi, when the first part holds a respective introducer; nil
// otherwise. next is the clause after the parts' clause (empty at the
// end of a sentence): when it opens with 以及/及 it is the last item
// (A、B，以及C).
func (d *doc) respectiveList(parts []Span, next Span, pi int) *built {
	first := parts[0]
	at := -1
	for _, w := range respectiveIntroducers() {
		if k := hanstr.Index(d.f[first.Start:first.End], w); k >= 0 {
			at = first.Start + k + len(w)
			break
		}
	}
	if at < 0 {
		return nil
	}
	items := append([]Span(nil), parts...)
	items[0] = d.trimmed(Span{d.skipAfterMarker(at, first.End), first.End})
	closing := false
	// 等 closes a list (A、B等官員，及其他人士: the 及 clause is no item).
	closed := strings.HasSuffix(d.f[items[len(items)-1].Start:items[len(items)-1].End], "等")
	if e, _ := d.etcNoun(items[len(items)-1]); e > 0 {
		closed = true
	}
	for _, c := range []string{"以及", "及"} {
		if !closed && next.End > next.Start && d.hasAt(next.Start, c) {
			items = append(items, d.trimmed(Span{next.Start + len(c), next.End}))
			closing = true
			break
		}
	}
	last := items[len(items)-1]
	about := ""
	if e, noun := d.etcNoun(last); e > 0 {
		last, about = d.trimmed(Span{last.Start, e}), noun
	} else {
		last = d.stripEtc(last)
	}
	items[len(items)-1] = last
	// A、B和C: the last part splits at its conjunction unless a 以及
	// clause closes the list.
	split := items
	if a, b, ok := d.splitConj(last); ok && !closing && d.runeCount(a.Start, a.End) >= 2 && d.runeCount(b.Start, b.End) >= 2 {
		split = append(append([]Span(nil), items[:len(items)-1]...), a, b)
	}
	items = split
	var c countPhrase
	counted := false
	if n, ann, end := d.countTrailing(items); n == len(items) {
		// 分別為紅、綠兩色: the count closes the list.
		items[len(items)-1] = d.trimmed(Span{items[len(items)-1].Start, end})
		c, counted = countPhrase{ann}, true
	}
	if !counted {
		c, counted = d.countBefore(len(items), parts[0].Start, pi)
	}
	if len(items) < 2 || !d.okParts(items, false) {
		return nil
	}
	for _, s := range items {
		if r, _ := decodeRune(d.f[s.Start:]); d.numeralRune(r) {
			return nil // 分別為5%、3%: values
		}
	}
	b := d.newInline(items, false, pi, nil, about)
	if counted {
		b.e.Announced = &Announcement{Text: d.text[c.Start:c.End], Count: len(items), Start: c.Start, End: c.End}
		if about == "" {
			about = d.countedNoun(c.Span)
		}
		b.e.About = about
	}
	return b
}

// numeralRune reports whether r is a digit or a Chinese numeral.
func (d *doc) numeralRune(r rune) bool {
	_, cn := chineseDigit(r)
	return cn || r == '十' || r >= '0' && r <= '9' || r >= '０' && r <= '９'
}

// etcNoun returns where the item s ends when it closes with 等 and a noun
// for the whole list (…丁國衛生部長趙某等官員): the byte of 等 and the
// noun; 0 when it does not.
func (d *doc) etcNoun(s Span) (int, string) {
	depth := 0
	at := -1
	for i := s.Start; i < s.End; {
		r, n := decodeRune(d.f[i:])
		switch {
		case r == '（' || r == '(' || closerOf(r) != 0:
			depth++
		case r == '）' || r == ')' || isCloser(r):
			depth--
		case r == '等' && depth == 0 && i > s.Start && !strings.ContainsRune("平同对相高中初均优次头上下劣特超何", d.runeBefore(i)):
			at = i // not 平等, 高等…
		}
		i += n
	}
	if at < 0 {
		return 0, ""
	}
	ns := at + len("等")
	noun := d.f[ns:s.End]
	if r, _ := decodeRune(noun); strings.ContainsRune("和与及或的", r) {
		return 0, ""
	}
	if n := runeCount(noun); n < 1 || n > 8 {
		return 0, ""
	}
	for _, r := range noun {
		if !isHanRune(r) {
			return 0, ""
		}
	}
	return at, d.text[ns:s.End]
}

// countPhrase is a number and the words counted, written before a list.
type countPhrase struct{ Span }

// countBefore finds the nearest number n written before byte at that
// counts things: in the sentence of at or the one before, or in the last
// sentence of the paragraph before when at lies in the first sentence of
// paragraph pi; not part of a longer number nor an ordinal, followed by a
// Han noun or classifier that is no unit of time, money or measure (4國
// 部長, 五位嘉賓; not 4月, 5萬).
func (d *doc) countBefore(n, at, pi int) (countPhrase, bool) {
	from := d.sentenceAt(at).Start
	if from > d.paras[pi].Start {
		from = d.sentenceAt(from - 1).Start
	} else if pi > 0 {
		pp := d.paras[pi-1]
		from = pp.Start
		if len(pp.sents) > 0 {
			from = pp.sents[len(pp.sents)-1].Start
		}
	}
	for i := at; i > from; {
		r, rn := decodeLastRune(d.f[from:i])
		d.work++
		if !d.numeralRune(r) {
			i -= rn
			continue
		}
		// [s, e) is the run of numeral runes ending at i.
		e, s := i, i
		for s > from {
			q, qn := decodeLastRune(d.f[from:s])
			if !d.numeralRune(q) && !strings.ContainsRune("百千万", q) {
				break
			}
			s -= qn
		}
		i = s
		v, vn := parseNumeral(d.f, s, false)
		if vn != e-s || !d.numberStarts(s) || int(v) != n || v != float64(int(v)) {
			continue
		}
		j := s + vn
		next, _ := decodeRune(d.f[j:])
		if !isHanRune(next) || strings.ContainsRune("年月日号时点分秒岁倍元角块万亿千百度米里吨斤克期届次季版代", next) || d.unitNounAt(j) {
			continue
		}
		end := nounEnd(d.f, j, d.paras[max(0, d.paraAt(j))].End)
		for _, vb := range nounVerbs() {
			if end-j > len(vb) && strings.HasSuffix(d.f[j:end], vb) {
				end -= len(vb)
				break
			}
		}
		return countPhrase{Span{s, end}}, true
	}
	return countPhrase{}, false
}

// countTrailing reads a count closing a 、 list of short items with a
// short noun of any kind (紅、綠兩色, 中、英、日三語, 甲、乙、丙三縣市):
// one numeral (兩, 三, 4) of n or n+1 (the last part may still split at a
// conjunction) right before one or two Han characters that end the last
// part. Every item is a word or two (at most eight characters), the
// number follows a Han character of the last item, and what follows it is
// no unit (兩天) nor a pair of directions before it (東西兩廂). It returns
// the count, the counting phrase and where the last item ends, or 0.
func (d *doc) countTrailing(parts []Span) (int, Span, int) {
	last := parts[len(parts)-1]
	e := last.End
	s := e
	for runes := 0; s > last.Start && runes < 2; runes++ {
		r, rn := decodeLastRune(d.f[last.Start:s])
		if !isHanRune(r) || d.numeralRune(r) {
			break
		}
		s -= rn
	}
	if s == e || d.runeCount(s, e) == 2 && d.numeralRune(d.runeBefore(s+3)) {
		return 0, Span{}, 0
	}
	r, rn := decodeLastRune(d.f[last.Start:s])
	ns := s - rn
	if s-rn <= last.Start || !d.numeralRune(r) || r == '十' {
		return 0, Span{}, 0
	}
	if r >= '0' && r <= '9' || r >= '０' && r <= '９' {
		if q, qn := decodeLastRune(d.f[last.Start:ns]); q >= '0' && q <= '9' || q >= '０' && q <= '９' {
			ns -= qn
		}
	}
	n := len(parts)
	v, vn := parseNumeral(d.f, ns, false)
	before := d.runeBefore(ns)
	if ns+vn != s || int(v) != n && int(v) != n+1 || d.unitNounAt(s) || !d.numberStarts(ns) ||
		strings.ContainsRune("年月日号时点分秒岁倍元角块万亿千百度米里吨斤克期届次季版代天周", d.runeAt(s)) || nounStop(d.runeAt(s)) ||
		!isHanRune(before) || strings.ContainsRune("各的了第每共约近逾达", before) {
		return 0, Span{}, 0
	}
	for _, pair := range []string{"东西", "南北", "上下", "左右", "前后", "内外", "正反"} {
		if strings.HasSuffix(d.f[last.Start:ns], pair) {
			return 0, Span{}, 0
		}
	}
	at := ns
	if strings.HasSuffix(d.f[last.Start:at], "等") {
		at -= len("等")
	}
	if at <= last.Start || !d.itemLike(Span{last.Start, at}) || d.runeCount(last.Start, at) > 8 || strings.ContainsRune("或", d.runeBefore(at)) {
		return 0, Span{}, 0
	}
	items := append([]Span{d.dropIntroducer(parts)}, parts[1:len(parts)-1]...)
	items = append(items, Span{last.Start, at})
	for _, p := range items {
		if d.runesUpTo(p.Start, p.End, 8) > 8 || d.numeralRune(d.runeAt(p.Start)) || strings.ContainsFunc(d.f[p.Start:p.End], func(r rune) bool {
			return closerOf(r) != 0 || isCloser(r)
		}) {
			return 0, Span{}, 0 // 2月6日、7日: dates; “三缺一”: a quotation
		}
	}
	return int(v), Span{at, e}, at
}
