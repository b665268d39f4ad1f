package argument

import (
	"container/heap"
	"fmt"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/zhpipe/zhpipe/pipeline/internal/hanstr"
)

// announcement is a phrase announcing a count of things (三大支柱, 以下4項).
type announcement struct {
	Span
	count  int
	noun   string // folded noun, may be empty
	nounS  Span   // the noun's span
	class  string // folded classifier
	strong bool   // 以下/如下: a list must follow
	colon  bool   // followed by a colon: a list follows, maybe inline
	anaph  bool   // 這三大支柱: refers back, announces nothing
	// weak: a count with a classifier outside classifiers() or with a
	// noun alone (三招, 五位專家, 6友邦): it announces a list only when
	// the list has exactly that many items, and never unmarked paragraphs.
	weak bool
	para int
	used bool
}

// classifiers follow the count in an announcement, longest first.
func classifiers() []string { return classifiersList }

var classifiersList = []string{"个方面", "方面", "部分", "个", "项", "条", "点", "类", "种", "层", "大", "件", "句话", "重", "起", "案", "宗"}

// classifierFirsts are the first runes of the classifiers.
var classifierFirsts = firstRunes(classifiersList)

// opensItems reports whether a colon, or a word introducing a list
// (分別是, 包括, 即), follows at byte k of paragraph p, after at most a
// comma.
func (d *doc) opensItems(k int, p para) bool {
	i := k
	if r := d.runeAt(i); r == '，' || r == ',' {
		i += utf8.RuneLen(r)
	}
	if r := d.runeAt(i); r == '：' || r == ':' {
		return true
	}
	for _, w := range listIntroducers() {
		if i < p.End && d.hasAt(i, w) {
			return true
		}
	}
	return false
}

// weakCountStops are the characters after a number that make it a
// measure, a date, an amount or part of a word, not a count of things
// (3年, 5萬, 2倍, 三成, 二手), or a set word (兩岸, 三峽, 兩用, 兩全).
func weakCountStops() string {
	return "年月日号时点分秒岁倍元角块万亿千百度米里吨斤克期届次季版代天周成折手者号楼层级度岸峡用全"
}

// nounVerbs are verbs that may follow an announced noun without a break
// (三大方向展開, 四個方面部署, 三個方面進行解讀).
func nounVerbs() []string { return nounVerbsList }

var nounVerbsList = []string{"展开", "进行", "部署", "推进", "入手", "着手", "出发", "组成", "构成", "开展", "提出", "包括", "涵盖",
	"取得", "获得", "达成", "实现", "举行", "召开", "发生", "出现", "参加", "参与", "签署"}

// nounStop reports whether r ends an announced noun.
func nounStop(r rune) bool {
	return !isHanRune(r) || nounStopSet.has(r)
}

const nounStops = "的和与及均都共是为将在对等之中上下里有实"

var nounStopSet = newRuneBits(nounStops)

// weakCountStopSet holds the runes of weakCountStops.
var weakCountStopSet = newRuneBits(weakCountStops())

// nounEnd returns where the announced noun starting at byte k of f ends:
// at most six Han characters up to a nounStop rune; a 的 that closes the
// clause belongs to the noun (兩個目的：).
func nounEnd(f string, k, limit int) int {
	for runes := 0; k < limit && runes < 6; runes++ {
		r, n := decodeRune(f[k:])
		if r == '的' && runes > 0 {
			if nr, _ := decodeRune(f[k+n:]); k+n >= limit || !isHanRune(nr) {
				return k + n
			}
		}
		if nounStop(r) {
			break
		}
		k += n
	}
	return k
}

// findAnnouncements scans the folded text for count announcements.
func (d *doc) findAnnouncements() []announcement {
	var out []announcement
	f := d.f
	for pi, p := range d.paras {
		for i := p.Start; i < p.End; {
			if hanNonNumeral(f, i, len(f)) {
				i = d.nextStop(i, p.End)
				continue
			}
			r, n := rune(0), 3
			if wideAt(f, i, len(f)) {
				r = hanRune(f, i)
			} else {
				r, n = decodeRune(f[i:])
			}
			_, isCn := chineseDigit(r)
			isCn = isCn || r == '十' // 十點, 十二項
			isAr := r >= '0' && r <= '9' || r >= '０' && r <= '９'
			if !(isCn && r != '〇' && r != '零') && !isAr {
				i += n
				continue
			}
			if !d.numberStarts(i) {
				i += n
				continue
			}
			v, vn := parseNumeral(f, i, false)
			if vn == 0 {
				i += n
				continue
			}
			a, ok := d.announcementAt(i, vn, int(v), p)
			if !ok {
				i += vn
				continue
			}
			a.para = pi
			out = append(out, a)
			i = a.End
		}
	}
	return out
}

func (d *doc) announcementAt(i, vn, count int, p para) (announcement, bool) {
	f := d.f
	if count < 2 || count > 50 {
		return announcement{}, false
	}
	j := i + vn
	class := ""
	if r, _ := decodeRune(f[j:]); classifierFirsts.has(r) {
		for _, c := range classifiers() {
			if strings.HasPrefix(f[j:], c) {
				class = c
				break
			}
		}
	}
	weak := false
	if class == "" && strings.HasSuffix(f[p.Start:i], "有") && (d.runeAt(j) == '：' || d.runeAt(j) == ':') {
		// 原因有三：, 理由有二： — the count alone, then the items.
		a := announcement{Span: Span{i, j}, count: count, nounS: Span{j, j}, colon: true}
		return a, true
	}
	if class == "" {
		// A count of any noun (五位專家, 三招, 6友邦), but no unit of
		// time, money or measure (3月, 5萬元, 2公里).
		r, _ := decodeRune(f[j:])
		if count > 12 || !isHanRune(r) || nounStop(r) || d.numeralRune(r) || d.unitNounAt(j) ||
			weakCountStopSet.has(r) {
			return announcement{}, false
		}
		weak = true
		// 兩+noun is most often a set word (兩院, 兩黨, 兩地): a count of
		// two of any noun announces only what a colon or 分別/包括 opens.
		if count == 2 && !d.opensItems(nounEnd(f, j, p.End), p) {
			return announcement{}, false
		}
		// A numeral inside the words after it makes a set phrase (三位一體,
		// 兩垧四地, 一石三鳥), not a count.
		for _, r := range f[j:nounEnd(f, j, p.End)] {
			if d.numeralRune(r) {
				return announcement{}, false
			}
		}
	}
	if class == "点" {
		if _, n := parseNumeral(f, j+len(class), false); n > 0 {
			return announcement{}, false // 八點二八元: a decimal
		}
	}
	k := j + len(class)
	ns := k
	k = nounEnd(f, k, p.End)
	// The noun ends before a verb the rune scan cannot tell from it:
	// 三大方向展開, 四個方面部署.
	for _, v := range nounVerbs() {
		if k-ns > len(v) && strings.HasSuffix(f[ns:k], v) {
			k -= len(v)
			break
		}
	}
	for _, t := range []string{"月", "小时", "钟头", "星期", "礼拜", "工作日", "多"} {
		if strings.HasPrefix(f[ns:], t) {
			return announcement{}, false // 三個月: a duration
		}
	}
	if class == "大" && k == ns {
		return announcement{}, false
	}
	if class == "大" && count > 10 {
		if r, _ := decodeRune(f[i:]); r == '十' || r == '二' {
			return announcement{}, false // 十五大, 二十大: a party congress, not a count
		}
	}
	a := announcement{Span: Span{i, k}, count: count, noun: f[ns:k], nounS: Span{ns, k}, class: class, weak: weak}
	if class == "个方面" || class == "方面" {
		// 方面 is the noun itself: 四個方面部署重點任務 announces aspects.
		a.noun, a.nounS, a.class = "方面", Span{j, ns}, "个"
		if class == "个方面" {
			a.nounS.Start = j + len("个")
		}
		a.Span.End = ns
	}
	for _, pre := range []string{"以下", "如下", "下列", "下面"} {
		if strings.HasSuffix(f[p.Start:i], pre) {
			a.Start = i - len(pre)
			a.strong = true
		}
	}
	for _, pre := range []string{"这", "此", "上述", "以上", "前", "后", "该", "其余", "另外", "这些"} {
		if strings.HasSuffix(f[p.Start:i], pre) {
			a.anaph = true
		}
	}
	if r, _ := decodeRune(f[k:]); r == '：' || r == ':' {
		a.colon = true
	}
	return a, true
}

// built is an enumeration under construction, with internal detail.
type built struct {
	e      Enumeration
	style  string
	family string
	level  string // heading, para, inline
	paras  []int  // paragraph of each item
	ann    *announcement
	gap    bool
	parent *built
	pItem  int
}

func (b *built) span() Span {
	return Span{b.e.Items[0].Start, b.e.Items[len(b.e.Items)-1].End}
}

// headingRank orders heading marker families, outermost first: 第一部分,
// 壹、, 一、, （一）, 1., (1), ①; other families (labels, letters,
// Roman numerals, bullets) rank 0 and end a heading list of any rank.
func headingRank(family string) int {
	switch {
	case strings.HasPrefix(family, "di-noun"):
		return 1
	case family == "dun-formal":
		return 2
	case family == "dun" || family == "dun-comma" || family == "bracket":
		return 3
	case family == "paren" || family == "paren-formal":
		return 4
	case family == "num" || family == "num-stop":
		return 5
	case family == "paren-num":
		return 6
	case strings.HasPrefix(family, "circled"):
		return 7
	}
	return 0
}

// buildLists turns marker lists into enumerations with item spans.
func (d *doc) buildLists(ls []*list, starts map[int]string) []*built {
	var out []*built
	ends := map[int][]int{} // heading rank → nextHeading table, made when needed
	for _, l := range ls {
		b := &built{style: l.style, family: l.family, gap: l.gap}
		b.e.Style = l.style
		if l.ms[0].n != 1 || l.skips {
			for _, m := range l.ms {
				b.e.Numbers = append(b.e.Numbers, m.n)
			}
			b.e.Skips = l.skips
		}
		level := "para"
		allHead := true
		for k, m := range l.ms {
			// Markers sharing a paragraph are inline, even 第一支柱… in
			// a first sentence (三道屏障：第一道是…，第二道是…).
			if !m.atStart && !(m.style == "di-noun" && m.first) || k > 0 && l.ms[k-1].para == m.para {
				level = "inline"
			}
			if !d.paras[m.para].heading {
				allHead = false
			}
		}
		if level == "para" && allHead {
			level = "heading"
		}
		b.level = level
		for k, m := range l.ms {
			it := Item{Marker: d.markerText(m), MarkerStart: m.start, Start: m.start}
			it.MarkerEnd = m.start + len(it.Marker)
			if level != "inline" {
				it.Start = d.paras[m.para].Start
			}
			var end int
			switch {
			case k+1 < len(l.ms) && level == "inline":
				end = l.ms[k+1].start
			case k+1 < len(l.ms):
				end = d.paras[l.ms[k+1].para-1].End
				if l.ms[k+1].para == m.para {
					end = l.ms[k+1].start
				}
			case level == "heading":
				rank := headingRank(l.family)
				if ends[rank] == nil {
					ends[rank] = d.nextHeading(rank, starts)
				}
				end = d.headingListEnd(m.para, ends[rank])
			default:
				end = d.paras[m.para].End
			}
			_, end = trimSpan(d.text, it.Start, end)
			it.End = end
			hs := m.body
			if hs > end {
				hs = end
			}
			he := d.clauseEnd(hs, end, true)
			if m.label {
				hs = m.start // a label is part of the item's name: 措施一，加強…
			}
			it.Head, it.HeadStart, it.HeadEnd = d.text[hs:he], hs, he
			b.e.Items = append(b.e.Items, it)
			b.paras = append(b.paras, m.para)
		}
		out = append(out, b)
	}
	return out
}

// nextHeading returns, for every paragraph index q (and len(d.paras)),
// the index of the first heading paragraph at or after q whose marker
// (by starts, the family of the marker opening each paragraph) ranks at
// rank or outer; len(d.paras) when there is none.
func (d *doc) nextHeading(rank int, starts map[int]string) []int {
	next := make([]int, len(d.paras)+1)
	next[len(d.paras)] = len(d.paras)
	for q := len(d.paras) - 1; q >= 0; q-- {
		d.work++
		if d.paras[q].heading && headingRank(starts[d.paras[q].Start]) <= rank {
			next[q] = q
		} else {
			next[q] = next[q+1]
		}
	}
	return next
}

// headingListEnd returns where the last item of a heading list that starts
// in paragraph pi ends: before the next heading of the same or an outer
// rank (next is nextHeading's table for the list's rank), or at the end
// of the text.
func (d *doc) headingListEnd(pi int, next []int) int {
	if q := next[pi+1]; q < len(d.paras) {
		return d.paras[q-1].End
	}
	return d.paras[len(d.paras)-1].End
}

// linkAnnouncements attaches to each list the announcement that precedes
// it: one naming the list's noun (三大支柱 for 第一支柱) up to three
// paragraphs back, else the nearest in the same paragraph or in the last
// sentence of the paragraph before. as is in text order (findAnnouncements
// order: starts and ends increasing).
func (d *doc) linkAnnouncements(bs []*built, as []announcement) {
	for _, b := range bs {
		first := b.e.Items[0].Start
		fp := b.paras[0]
		noun := ""
		if strings.HasPrefix(b.family, "di-noun:") {
			noun = strings.TrimPrefix(b.family, "di-noun:")
		}
		best := -1
		// as is in text order, its ends increasing: the fitting
		// announcement that ends last is the first found going back from
		// the list, at most three paragraphs back.
		lo := sort.Search(len(as), func(k int) bool { return as[k].para >= fp-3 })
		hi := sort.Search(len(as), func(k int) bool { return as[k].End > first })
		// Without a noun an announcement fits only in the list's sentence
		// or the one before, or in the last sentence (or heading) of the
		// paragraph before: none ending at or before floor does.
		floor := -1
		if noun == "" {
			floor = 0
			if cur := d.sentenceAt(first); cur.Start > 0 {
				floor = d.sentenceAt(cur.Start - 1).Start
			}
			if opensPara := b.level != "inline" || d.inFirstSentence(first, fp); opensPara && fp >= 1 {
				pp := d.paras[fp-1]
				s := pp.Start
				if !pp.heading && len(pp.sents) > 0 {
					s = pp.sents[len(pp.sents)-1].Start
				}
				floor = min(floor, s)
			}
		}
		for k := hi - 1; k >= lo && best < 0 && as[k].End > floor; k-- {
			d.work++
			a := &as[k]
			if a.used || a.anaph || a.End > first || a.para > fp || a.count > 15 || b.style == "side" && a.count != 2 ||
				a.weak && a.count != len(b.e.Items) {
				continue
			}
			ok := false
			if noun != "" {
				ok = fp-a.para <= 3 && (strings.HasSuffix(a.noun, noun) || hanstr.Contains(a.noun, noun) || a.class == noun)
			} else {
				// A list inside a paragraph, past its first sentence, is not
				// what the paragraph before announced.
				opensPara := b.level != "inline" || d.inFirstSentence(first, fp)
				ok = a.para == fp && d.nearBefore(a.Span, first) || opensPara && (a.para == fp-1 && d.inLastSentence(a.Span, a.para) ||
					a.para == fp-1 && d.paras[a.para].heading)
			}
			if ok && (best < 0 || a.End > as[best].End) {
				best = k
			}
		}
		if best >= 0 {
			as[best].used = true
			a := as[best]
			b.ann = &as[best]
			b.e.Announced = &Announcement{Text: d.text[a.Start:a.End], Count: a.count, Start: a.Start, End: a.End}
			b.e.About = d.text[a.nounS.Start:a.nounS.End]
		}
	}
}

// nearBefore reports whether s lies in the sentence of byte i or in the
// sentence just before it.
func (d *doc) nearBefore(s Span, i int) bool {
	cur := d.sentenceAt(i)
	if s.Start >= cur.Start {
		return true
	}
	if cur.Start == 0 {
		return false
	}
	return s.Start >= d.sentenceAt(cur.Start-1).Start
}

// inFirstSentence reports whether byte i lies in the first sentence of
// paragraph pi.
func (d *doc) inFirstSentence(i, pi int) bool {
	ss := d.paras[pi].sents
	return len(ss) == 0 || i < ss[0].End
}

// inLastSentence reports whether s lies in the last sentence of paragraph
// pi.
func (d *doc) inLastSentence(s Span, pi int) bool {
	ss := d.paras[pi].sents
	return len(ss) > 0 && s.Start >= ss[len(ss)-1].Start
}

// parallelParagraphs builds unmarked lists from announcements that end a
// paragraph and are followed by as many paragraphs opening with a short
// topic sentence (三個核心維度 followed by three such paragraphs).
func (d *doc) parallelParagraphs(as []announcement, markerParas map[int]bool) []*built {
	var out []*built
	for k := range as {
		a := &as[k]
		// Unmarked paragraphs announced by 兩個… are too often something
		// else; the announcement must close its paragraph (at most 30
		// characters after it).
		if a.used || a.anaph || a.weak || a.count < 3 || a.count > 12 || !d.inLastSentence(a.Span, a.para) || d.paras[a.para].heading ||
			d.runesUpTo(a.End, d.paras[a.para].End, 30) > 30 {
			continue
		}
		if a.para+a.count >= len(d.paras) {
			continue
		}
		ok := true
		for q := a.para + 1; q <= a.para+a.count; q++ {
			p := d.paras[q]
			if p.heading || markerParas[q] || len(p.sents) == 0 || d.runesUpTo(p.sents[0].Start, p.sents[0].End, 40) > 40 {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		a.used = true
		for q := a.para + 1; q <= a.para+a.count; q++ {
			markerParas[q] = true // a paragraph is an item of one list
		}
		b := &built{style: "paragraphs", family: "paragraphs", level: "para", ann: a}
		b.e.Style = "paragraphs"
		b.e.Announced = &Announcement{Text: d.text[a.Start:a.End], Count: a.count, Start: a.Start, End: a.End}
		b.e.About = d.text[a.nounS.Start:a.nounS.End]
		for q := a.para + 1; q <= a.para+a.count; q++ {
			p := d.paras[q]
			he := d.clauseEnd(p.Start, p.End, true)
			b.e.Items = append(b.e.Items, Item{MarkerStart: p.Start, MarkerEnd: p.Start, Head: d.text[p.Start:he], HeadStart: p.Start, HeadEnd: he, Start: p.Start, End: p.End})
			b.paras = append(b.paras, q)
		}
		out = append(out, b)
	}
	return out
}

// alikeParagraphs builds unannounced lists of at least three consecutive
// paragraphs that open alike: a short first sentence (at most 30
// characters) and the same first two characters or more (坚持规划引领。
// 坚持政府引导。坚持群众参与。). Pronouns and connectives do not count as
// a shared opening.
func (d *doc) alikeParagraphs(taken map[int]bool) []*built {
	var out []*built
	opening := func(q int) string {
		p := d.paras[q]
		if p.heading || taken[q] || len(p.sents) == 0 || d.runesUpTo(p.sents[0].Start, p.sents[0].End, 30) > 30 {
			return ""
		}
		f := d.f[p.Start:p.End]
		r1, n1 := decodeRune(f)
		r2, n2 := decodeRune(f[n1:])
		if !isHanRune(r1) || !isHanRune(r2) || strings.ContainsRune("他她我你这那其此但而在据对从", r1) {
			return ""
		}
		return f[:n1+n2]
	}
	for q := 0; q < len(d.paras); {
		o := opening(q)
		r := q + 1
		for o != "" && r < len(d.paras) && opening(r) == o {
			r++
		}
		if o == "" || r-q < 3 {
			q++
			continue
		}
		b := &built{style: "paragraphs", family: "paragraphs", level: "para"}
		b.e.Style = "paragraphs"
		for k := q; k < r; k++ {
			p := d.paras[k]
			he := d.clauseEnd(p.Start, p.End, true)
			b.e.Items = append(b.e.Items, Item{MarkerStart: p.Start, MarkerEnd: p.Start, Head: d.text[p.Start:he], HeadStart: p.Start, HeadEnd: he, Start: p.Start, End: p.End})
			b.paras = append(b.paras, k)
		}
		out = append(out, b)
		q = r
	}
	return out
}

// itemRef is item k of list m (an index into the sorted lists) with its
// span, for finding parents.
type itemRef struct{ m, k, start, end int }

// itemHeap is a min-heap of items by length, then list, then item.
type itemHeap []itemRef

func (h itemHeap) Len() int { return len(h) }
func (h itemHeap) Less(i, j int) bool {
	li, lj := h[i].end-h[i].start, h[j].end-h[j].start
	if li != lj {
		return li < lj
	}
	if h[i].m != h[j].m {
		return h[i].m < h[j].m
	}
	return h[i].k < h[j].k
}
func (h itemHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }

// Push implements heap.Interface.
func (h *itemHeap) Push(x any) { *h = append(*h, x.(itemRef)) }

// Pop implements heap.Interface.
func (h *itemHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// nest sorts the lists, gives them IDs, finds each list's parent item and
// clips items to their parent.
func nest(bs []*built, work *int) {
	sort.SliceStable(bs, func(i, j int) bool {
		si, sj := bs[i].span(), bs[j].span()
		if si.Start != sj.Start {
			return si.Start < sj.Start
		}
		return si.End-si.Start > sj.End-sj.Start
	})
	for i, b := range bs {
		b.e.ID = fmt.Sprintf("E%d", i+1)
	}
	// The parent item of a list is the shortest item of another list
	// containing the list's start (the earliest list and item on a tie),
	// not one starting with it in a list no longer than it. The lists are
	// visited by start, sweeping the items by start into a heap ordered
	// by (length, list, item): an item ending at or before a list's start
	// ends before every later one too and leaves the heap for good; the
	// few items a list may not take are set aside and put back.
	spans := make([]Span, len(bs))
	var items []itemRef
	for mi, m := range bs {
		spans[mi] = m.span()
		for k, it := range m.e.Items {
			items = append(items, itemRef{mi, k, it.Start, it.End})
		}
	}
	sort.SliceStable(items, func(i, j int) bool { return items[i].start < items[j].start })
	h := &itemHeap{}
	var aside []itemRef
	next := 0
	for bi, b := range bs {
		s := spans[bi]
		for ; next < len(items) && items[next].start <= s.Start; next++ {
			heap.Push(h, items[next])
		}
		aside = aside[:0]
		for h.Len() > 0 {
			*work++
			it := (*h)[0]
			if it.end <= s.Start {
				heap.Pop(h)
				continue
			}
			ms := spans[it.m]
			if it.m == bi || it.start == s.Start && ms.End-ms.Start <= s.End-s.Start {
				aside = append(aside, heap.Pop(h).(itemRef))
				continue
			}
			b.parent, b.pItem = bs[it.m], it.k
			break
		}
		for _, it := range aside {
			heap.Push(h, it)
		}
	}
	// Parents before children, so clipping cascades.
	for _, b := range bs {
		if b.parent == nil {
			continue
		}
		b.e.Parent = fmt.Sprintf("%s.%d", b.parent.e.ID, b.pItem+1)
	}
	// Clipping is repeated until nothing changes (at most once per list):
	// with parents before children one pass does it all and a second
	// finds nothing to do.
	for range bs {
		changed := false
		for _, b := range bs {
			if b.parent == nil {
				continue
			}
			pe := b.parent.e.Items[b.pItem].End
			for k := range b.e.Items {
				*work++
				it := &b.e.Items[k]
				if it.End > pe && it.Start < pe {
					changed = true
					it.End = pe
					if it.HeadEnd > pe {
						// A head starting past the new end (after the
						// spaces that follow the marker) becomes empty at
						// the end, inside the item.
						it.HeadStart = min(it.HeadStart, pe)
						it.Head = it.Head[:pe-it.HeadStart]
						it.HeadEnd = pe
					}
				}
			}
		}
		if !changed {
			break
		}
	}
}
