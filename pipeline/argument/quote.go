package argument

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// speechVerbs are the verbs that introduce speech, folded to Simplified,
// longest first where one contains another.
func speechVerbs() []string {
	return []string{
		"直言不讳地称", "直言不讳地说", "直言不讳地表示", "补充说", "解释说", "明确表示",
		"写道", "指出", "强调", "认为", "表示", "誓言", "宣称", "声称", "承认", "坦言", "透露",
		"警告", "呼吁", "回应", "重申", "预测", "谈到", "提到", "提出", "问道", "答道", "直言",
		"断言", "坦承", "表态", "告诉", "介绍", "称", "说", "道",
	}
}

// verbExcluded reports whether the verb at [s, e) is not speech here: 稱為
// (names something), 說明 (explains), 簡稱 (abbreviation), 所說 and the like.
func (d *doc) verbExcluded(s, e int, v string) bool {
	after := d.f[e:]
	for _, x := range []string{"为", "之为", "明", "法", "号", "赞", "作", "话", "服", "谓", "得", "不"} {
		if strings.HasPrefix(after, x) && (v == "称" || v == "说" || v == "道" || v == "声称" && x == "为") {
			return true
		}
	}
	before := d.f[:s]
	for _, x := range []string{"简", "所", "堪", "号", "据", "可", "俗", "自", "通", "知", "味", "报", "难", "街", "渠", "频", "轨", "管", "赤", "厚", "霸", "顺", "小", "传", "学", "听", "胡", "演", "游", "劝", "来", "以", "如", "者", "该", "般", "是"} {
		if strings.HasSuffix(before, x) && (v == "称" || v == "说" || v == "道") {
			return true
		}
	}
	if v == "道" {
		// 道 alone is speech only after 問/答/寫, which are listed; elsewhere
		// it is a road or a way.
		return true
	}
	return false
}

// maySpeak reports whether r is the first rune of a speech verb (see
// speechVerbs; a test keeps the two in step).
func maySpeak(r rune) bool {
	switch r {
	case '直', '补', '解', '明', '写', '指', '强', '认', '表', '誓', '宣', '声', '承', '坦', '透',
		'警', '呼', '回', '重', '预', '谈', '提', '问', '答', '断', '告', '介', '称', '说', '道':
		return true
	}
	return false
}

// verbAt returns the speech verb starting at byte i of the folded text.
func (d *doc) verbAt(i int) string {
	if r, _ := utf8.DecodeRuneInString(d.f[i:]); !maySpeak(r) {
		return ""
	}
	for _, v := range speechVerbs() {
		if strings.HasPrefix(d.f[i:], v) && !d.verbExcluded(i, i+len(v), v) {
			return v
		}
	}
	return ""
}

// mention is a speaker mention.
type mention struct {
	Span
	sp *Speaker
}

// mentions flattens and checks the speakers' mentions: spans outside the
// text, reversed, or cutting a character are dropped; of overlapping
// mentions the longer wins.
func mentions(text string, speakers []Speaker) []mention {
	var ms []mention
	for k := range speakers {
		sp := &speakers[k]
		for _, m := range sp.Mentions {
			if m.Start < 0 || m.End > len(text) || m.Start >= m.End ||
				!utf8.RuneStart(text[m.Start]) || (m.End < len(text) && !utf8.RuneStart(text[m.End])) {
				continue
			}
			ms = append(ms, mention{m, sp})
		}
	}
	sort.SliceStable(ms, func(i, j int) bool {
		if ms[i].Start != ms[j].Start {
			return ms[i].Start < ms[j].Start
		}
		return ms[i].End > ms[j].End
	})
	out := ms[:0]
	for _, m := range ms {
		if len(out) > 0 && m.Start < out[len(out)-1].End {
			continue
		}
		out = append(out, m)
	}
	return out
}

// qspan is a quoted stretch: marks at [open, close), content inside.
type qspan struct {
	open, close int // the opening mark's start and the closing mark's end
	in          Span
	depth       int
}

// findQuotes pairs quote marks paragraph by paragraph.
func (d *doc) findQuotes() ([]qspan, []Diagnostic) {
	var qs []qspan
	var diags []Diagnostic
	type opened struct {
		closer rune
		at     int
	}
	for _, p := range d.paras {
		var stack []opened
		for i := p.Start; i < p.End; {
			r, n := utf8.DecodeRuneInString(d.text[i:])
			if r == '"' {
				// ASCII quotes open and close alike: close the open one.
				r = '“'
				for k := len(stack) - 1; k >= 0; k-- {
					if stack[k].closer == '"' {
						r = '”'
						break
					}
				}
				if r == '“' {
					stack = append(stack, opened{'"', i})
					i += n
					continue
				}
				r = '"'
			}
			switch r {
			case '“', '「', '『', '‘':
				stack = append(stack, opened{closerOf(r), i})
			case '”', '」', '』', '’', '"':
				for k := len(stack) - 1; k >= 0; k-- {
					if stack[k].closer == r {
						o := stack[k]
						_, on := utf8.DecodeRuneInString(d.text[o.at:])
						qs = append(qs, qspan{open: o.at, close: i + n, in: Span{o.at + on, i}, depth: k})
						stack = stack[:k]
						break
					}
				}
			}
			i += n
		}
		for _, o := range stack {
			if o.closer == '’' {
				continue // ‘ is also an apostrophe
			}
			diags = append(diags, Diagnostic{Code: DiagUnclosedQuote, Message: "quote mark opened and never closed in its paragraph", Start: o.at, End: o.at + len(string(closerOpen(o.closer)))})
		}
	}
	sort.Slice(qs, func(i, j int) bool { return qs[i].open < qs[j].open })
	return qs, diags
}

func closerOpen(c rune) rune {
	switch c {
	case '”':
		return '“'
	case '」':
		return '「'
	case '』':
		return '『'
	case '"':
		return '"'
	}
	return '‘'
}

// quoteFinder holds what attribution needs.
type quoteFinder struct {
	d     *doc
	ms    []mention
	qs    []qspan
	verbs map[int]bool // verb starts used by quotes with marks
	top   []Span       // insides of the outermost quotes, in order
	// actors caches firstActor by paragraph index.
	actors map[int]actor
}

// inQuote reports whether [s, e) lies inside quote marks: inside an
// outermost quote (top holds them, in order and disjoint).
func (q *quoteFinder) inQuote(s Span) bool {
	k := sort.Search(len(q.top), func(i int) bool { return q.top[i].End > s.Start })
	return k < len(q.top) && q.top[k].Start <= s.Start && s.End <= q.top[k].End
}

// from returns the index of the first mention starting at or after i.
func (q *quoteFinder) from(i int) int {
	return sort.Search(len(q.ms), func(k int) bool { return q.ms[k].Start >= i })
}

// verbBefore finds the speech verb closest before the quote opening at os
// in the same sentence: at most 10 characters between them, with no
// punctuation except one colon or comma right after the verb.
func (q *quoteFinder) verbBefore(os int) (int, string) {
	d := q.d
	sent := d.sentenceAt(os)
	lo := os
	for k := 0; k < 16 && lo > sent.Start; k++ {
		_, n := utf8.DecodeLastRuneInString(d.f[:lo])
		lo -= n
	}
	bestS, best := -1, ""
	for j := lo; j < os; {
		_, n := utf8.DecodeRuneInString(d.f[j:])
		if v := d.verbAt(j); v != "" && j+len(v) <= os && q.gapOK(j+len(v), os, 10) {
			if bestS < 0 || j+len(v) > bestS+len(best) {
				bestS, best = j, v
			}
		}
		j += n
	}
	return bestS, best
}

// gapOK checks the stretch between a verb and its quote.
func (q *quoteFinder) gapOK(s, e, maxRunes int) bool {
	g := strings.TrimPrefix(q.d.f[s:e], "的") // 指出的：“…”
	if r, n := utf8.DecodeRuneInString(g); r == '：' || r == ':' || r == '，' || r == ',' {
		g = g[n:]
	}
	if utf8.RuneCountInString(g) > maxRunes {
		return false
	}
	for _, r := range g {
		if isPunct(r) || closerOf(r) != 0 && r != '《' || isCloser(r) && r != '》' || r == '\n' {
			return false
		}
	}
	return true
}

// speakerFor finds who speaks with the verb at [vs, ve): the first
// mention in the sentence before the verb that is not a modifier (followed
// by 的), with speakers coordinated to it (A和B); a pronoun right before
// the verb refers to the last person mentioned. It returns nil for a
// passive (被認為) or when nobody is found.
func (q *quoteFinder) speakerFor(vs int) []mention {
	d := q.d
	if strings.HasSuffix(d.f[:vs], "被") {
		return nil
	}
	sent := d.sentenceAt(vs)
	for k := q.from(sent.Start); k < len(q.ms) && q.ms[k].Start < vs; k++ {
		m := q.ms[k]
		if m.End > vs {
			continue
		}
		if q.modifier(m) || q.inQuote(m.Span) || q.addressee(m) {
			continue
		}
		return q.coordinated(q.titled(k, vs))
	}
	// A zero subject: the first actor of an earlier sentence of the
	// paragraph (…一方面強調…；另一方面…，承認…).
	if p := d.paraAt(vs); p >= 0 && !q.pronounBefore(vs) && d.subjectless(vs) {
		if a := q.firstActor(p); a.k >= 0 && a.sent < sent.Start {
			return q.coordinated(a.k)
		}
	}
	// A pronoun subject: 他說, 她表示, 其稱.
	lo := max(sent.Start, vs-12)
	for _, pr := range []string{"他们", "她们", "他", "她", "其"} {
		if idx := strings.LastIndex(d.f[lo:vs], pr); idx >= 0 {
			at := lo + idx
			for k := q.from(at) - 1; k >= 0 && at-q.ms[k].End < 600; k-- {
				m := q.ms[k]
				if m.End <= at && m.sp.Kind == Person && !q.inQuote(m.Span) {
					return []mention{m}
				}
			}
		}
	}
	return nil
}

// actor is the first actor of a paragraph: mention k, in the sentence
// starting at sent; k is -1 when the paragraph has none.
type actor struct{ k, sent int }

// firstActor returns the first actor of paragraph p: the first mention,
// sentence by sentence, that lies within its sentence and is neither a
// modifier nor quoted. It is found once per paragraph.
func (q *quoteFinder) firstActor(p int) actor {
	if a, ok := q.actors[p]; ok {
		return a
	}
	a := actor{-1, 0}
	d := q.d
find:
	for _, s := range d.paras[p].sents {
		for k := q.from(s.Start); k < len(q.ms) && q.ms[k].Start < s.End; k++ {
			d.work++
			if m := q.ms[k]; m.End <= s.End && !q.modifier(m) && !q.inQuote(m.Span) {
				a = actor{k, s.Start}
				break find
			}
		}
	}
	q.actors[p] = a
	return a
}

// titled moves from an organization mention to the person it titles:
// 經濟部長郭智輝, 民建聯主席陳克勤 (a person mention within eight
// characters, before the verb at vs, with no punctuation between).
func (q *quoteFinder) titled(k, vs int) int {
	m := q.ms[k]
	if m.sp.Kind == Person {
		return k
	}
	for j := k + 1; j < len(q.ms) && q.ms[j].End <= vs; j++ {
		gap := q.d.f[m.End:q.ms[j].Start]
		if utf8.RuneCountInString(gap) > 8 || strings.ContainsFunc(gap, func(r rune) bool { return isPunct(r) || closerOf(r) != 0 }) {
			break
		}
		if q.ms[j].sp.Kind == Person && isTitle(gap) {
			return j
		}
	}
	return k
}

// isTitle reports whether s (folded) ends with a title or office, as in
// the gap of 經濟部長郭智輝 or 民建聯主席陳克勤.
func isTitle(s string) bool {
	for _, t := range []string{"长", "主席", "主任", "总理", "总统", "发言人", "负责人", "总裁", "委员", "议员", "大使", "经理", "主管", "官员", "执行官", "书记", "教授", "研究员", "顾问", "代表", "首相", "部长", "助理", "秘书"} {
		if strings.HasSuffix(s, t) {
			return true
		}
	}
	return false
}

// subjectless reports whether the clause of the verb at vs has no subject
// of its own: the verb opens the clause, possibly after an adverb
// (…，並強調, …，承認).
func (d *doc) subjectless(vs int) bool {
	i := vs
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(d.f[:i])
		if isClauseEnd(r) || r == '\n' {
			break
		}
		i -= n
	}
	g := d.f[i:vs]
	for _, adv := range []string{"同时", "进而", "进一步", "并", "也", "还", "则", "更", "又", "均", "都", "再", "亦", "曾", "随后", "明确"} {
		g = strings.TrimPrefix(g, adv)
	}
	return g == ""
}

// pronounBefore reports whether a personal pronoun stands just before the
// verb at vs.
func (q *quoteFinder) pronounBefore(vs int) bool {
	lo := max(0, vs-12)
	for _, pr := range []string{"他", "她"} {
		if strings.Contains(q.d.f[lo:vs], pr) {
			return true
		}
	}
	return false
}

// addressee reports whether mention m is spoken to rather than speaking:
// 對李嵐清說, 向客人介紹.
func (q *quoteFinder) addressee(m mention) bool {
	r := q.d.runeBefore(m.Start)
	return r == '对' || r == '向' || r == '跟' || r == '给'
}

// negated reports whether the text before a verb ends in a negation: 沒有
// 提出, 未表示, 不認為.
func negated(before string) bool {
	for _, x := range []string{"没有", "没", "未", "不", "并未", "从未", "拒绝"} {
		if strings.HasSuffix(before, x) {
			return true
		}
	}
	return false
}

// modifier reports whether mention m modifies a noun rather than acting
// (拜登政府的, 川普時期).
func (q *quoteFinder) modifier(m mention) bool {
	after := q.d.f[m.End:]
	for _, x := range []string{"的", "政府的", "时期", "时代", "任内"} {
		if strings.HasPrefix(after, x) {
			return true
		}
	}
	return false
}

// coordinated returns mention k and those joined to it by 和/與/及/、.
func (q *quoteFinder) coordinated(k int) []mention {
	d := q.d
	out := []mention{q.ms[k]}
	for {
		cur := out[len(out)-1]
		after := d.f[cur.End:]
		joined := false
		for _, c := range []string{"和", "与", "及", "、", "以及", "同"} {
			if strings.HasPrefix(after, c) {
				joined = true
				break
			}
		}
		if !joined {
			return out
		}
		found := -1
		for j := k + 1; j < len(q.ms); j++ {
			m := q.ms[j]
			if m.Start < cur.End {
				continue
			}
			gap := d.f[cur.End:m.Start]
			if utf8.RuneCountInString(gap) > 30 || strings.ContainsAny(gap, "，,。；;：:“”「」") {
				break
			}
			if m.sp.Kind == cur.sp.Kind {
				found = j
				break
			}
		}
		if found < 0 {
			return out
		}
		out = append(out, q.ms[found])
		k = found
	}
}

// speakerAfter finds a post-posed attribution: 「……」，李家超說 or
// 「……」民建聯主席陳克勤表示: mentions right after the closing mark, then
// a verb; the last mention before the verb speaks (the ones before it are
// titles and affiliations).
func (q *quoteFinder) speakerAfter(close int) (int, string, []mention) {
	d := q.d
	i := close
	if r, n := utf8.DecodeRuneInString(d.f[i:]); r == '，' || r == ',' {
		i += n
	}
	last := -1
	j := i
	for runes := 0; j < len(d.f) && runes < 20; runes++ {
		if k := q.from(j); k < len(q.ms) && q.ms[k].Start == j {
			last = k
		}
		if last >= 0 {
			if m := q.ms[last]; m.End > j {
				j = m.End
				continue
			}
			if v := d.verbAt(j); v != "" {
				return j, v, q.coordinatedBack(last, i)
			}
		}
		r, n := utf8.DecodeRuneInString(d.f[j:])
		if isPunct(r) || closerOf(r) != 0 || r == '\n' || (last < 0 && runes > 12) {
			break
		}
		j += n
	}
	for _, pr := range []string{"他", "她"} {
		if strings.HasPrefix(d.f[i:], pr) {
			j := i + len(pr)
			for _, adv := range []string{"还", "也", "又", "则", "随后", "接着"} {
				if strings.HasPrefix(d.f[j:], adv) {
					j += len(adv)
					break
				}
			}
			if v := d.verbAt(j); v != "" {
				return j, v, q.speakerFor(j)
			}
		}
	}
	return -1, "", nil
}

// coordinatedBack returns mention k, preferring the last person among the
// mentions from lo up to it.
func (q *quoteFinder) coordinatedBack(k, lo int) []mention {
	for j := k; j >= 0 && q.ms[j].Start >= lo; j-- {
		if q.ms[j].sp.Kind == Person {
			return []mention{q.ms[j]}
		}
	}
	return []mention{q.ms[k]}
}

// attribute fills a quote's speaker fields.
func attribute(qu *Quote, who []mention) {
	if len(who) == 0 {
		return
	}
	qu.Speaker, qu.SpeakerName = who[0].sp.ID, who[0].sp.Name
	if len(who) > 1 {
		for _, m := range who {
			if !containsString(qu.Speakers, m.sp.ID) {
				qu.Speakers = append(qu.Speakers, m.sp.ID)
			}
		}
	}
}

func containsString(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// quotes classifies every quoted stretch and finds reported speech.
func (d *doc) quotes(ms []mention) ([]Quote, []Diagnostic) {
	qs, diags := d.findQuotes()
	q := &quoteFinder{d: d, ms: ms, qs: qs, verbs: map[int]bool{}, actors: map[int]actor{}}
	for _, x := range qs {
		if x.depth == 0 {
			q.top = append(q.top, x.in)
		}
	}
	var out []Quote
	var prev *Quote
	prevClose := -1
	for _, x := range qs {
		qu := Quote{Text: d.text[x.in.Start:x.in.End], Start: x.in.Start, End: x.in.End, Kind: KindTerm}
		if x.depth > 0 {
			out = append(out, qu)
			continue
		}
		vs, v := q.verbBefore(x.open)
		if v != "" && d.runeCount(x.in.Start, x.in.End) <= 4 && d.runeCount(vs+len(v), x.open) > 1 {
			v = "" // 提出多項「搶人才」: a short phrase inside a clause is a term
		}
		if v != "" && fold(v) == "称" && d.runeCount(x.in.Start, x.in.End) <= 5 {
			v = "" // 稱“小姐”: a name given, not a statement
		}
		switch {
		case v != "":
			qu.Kind = KindStatement
			qu.Verb, qu.VerbStart, qu.VerbEnd = d.text[vs:vs+len(v)], vs, vs+len(v)
			attribute(&qu, q.speakerFor(vs))
			q.verbs[vs] = true
		case prev != nil && prev.Kind == KindStatement && (d.continues(prevClose, x.open) || d.coordinatedQuote(prevClose, x.open)):
			qu.Kind = KindStatement
			qu.Verb, qu.VerbStart, qu.VerbEnd = prev.Verb, prev.VerbStart, prev.VerbEnd
			qu.Speaker, qu.SpeakerName, qu.Speakers = prev.Speaker, prev.SpeakerName, prev.Speakers
		default:
			if vs, v, who := q.speakerAfter(x.close); v != "" {
				qu.Kind = KindStatement
				qu.Verb, qu.VerbStart, qu.VerbEnd = d.text[vs:vs+len(v)], vs, vs+len(v)
				attribute(&qu, who)
				q.verbs[vs] = true
			}
		}
		out = append(out, qu)
		prev, prevClose = &out[len(out)-1], x.close
	}
	out = append(out, q.indirect()...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	d.carryOver(out, qs)
	return out, diags
}

// carryOver attributes a quote that makes a sentence of its own (…指出，…。
// “我們…”。) to the speaker of the sentence before it, when that sentence
// in the same paragraph holds a statement or reported speech with a
// speaker. Short quotes stay terms.
func (d *doc) carryOver(out []Quote, qs []qspan) {
	opens := map[int]int{}
	for _, x := range qs {
		opens[x.in.Start] = x.open
	}
	for k := range out {
		qu := &out[k]
		open, ok := opens[qu.Start]
		if qu.Kind != KindTerm || !ok || d.runeCount(qu.Start, qu.End) < 8 {
			continue
		}
		sent := d.sentenceAt(open)
		if sent.Start != open || sent.Start == 0 {
			continue
		}
		prev := d.sentenceAt(sent.Start - 1)
		if d.paraAt(prev.Start) != d.paraAt(open) {
			continue
		}
		for j := k - 1; j >= 0; j-- {
			p := out[j]
			if p.End <= prev.Start {
				break
			}
			if p.Kind != KindTerm && p.Speaker != "" && p.Start >= prev.Start {
				qu.Kind, qu.Speaker, qu.SpeakerName, qu.Speakers = KindStatement, p.Speaker, p.SpeakerName, p.Speakers
				qu.Verb, qu.VerbStart, qu.VerbEnd = p.Verb, p.VerbStart, p.VerbEnd
				break
			}
		}
	}
}

// continues reports whether a quote opening at open continues the
// statement that closed at prevClose: only a comma or a conjunction
// between them, in the same sentence.
func (d *doc) continues(prevClose, open int) bool {
	if prevClose < 0 || prevClose > open {
		return false
	}
	g := d.f[prevClose:open]
	for _, x := range []string{"，", ",", "、", "和", "及", "并", "以及", "还", "又", " "} {
		g = strings.ReplaceAll(g, x, "")
	}
	return g == "" && utf8.RuneCountInString(d.f[prevClose:open]) <= 3
}

// coordinatedQuote reports whether a quote opening at open is the object
// of a verbless clause joined by 並/并/且 to a statement that closed at
// prevClose in the same sentence (…稱其“…”，…，並“確保…”).
func (d *doc) coordinatedQuote(prevClose, open int) bool {
	if prevClose < 0 || prevClose > open || d.sentenceAt(prevClose-1) != d.sentenceAt(open) {
		return false
	}
	r := d.runeBefore(open)
	return r == '并' || r == '且'
}

// indirect finds reported speech without quote marks: a speaker, a few
// characters, a speech verb, then the content up to the sentence's end.
func (q *quoteFinder) indirect() []Quote {
	d := q.d
	var out []Quote
	// The used verb starts in order, to ask whether a stretch holds one.
	used := make([]int, 0, len(q.verbs))
	for vs := range q.verbs {
		used = append(used, vs)
	}
	sort.Ints(used)
	for k, m := range q.ms {
		if q.modifier(m) || q.inQuote(m.Span) || q.addressee(m) {
			continue
		}
		for j, runes := m.End, 0; j < len(d.f) && runes <= 8; runes++ {
			r, n := utf8.DecodeRuneInString(d.f[j:])
			v := d.verbAt(j)
			if v == "" {
				if isPunct(r) || closerOf(r) != 0 && r != '《' || isCloser(r) && r != '》' || r == '\n' ||
					r == '（' || r == '）' || r == '(' || r == ')' {
					break
				}
				j += n
				continue
			}
			if q.verbs[j] {
				break
			}
			after := d.f[j+len(v):]
			if v == "谈到" || v == "提到" || strings.HasPrefix(after, "的") ||
				strings.HasPrefix(after, "了") || strings.HasPrefix(after, "过") || strings.HasPrefix(after, "着") {
				break // 談到…時說, 介紹了…: a topic or an object, not what was said
			}
			if negated(d.f[:j]) {
				break // 沒有提出…
			}
			cs := j + len(v)
			if v2 := d.verbAt(cs); v2 != "" && v2 != "称" && v2 != "道" {
				cs += len(v2) // 強調指出, 表示說
			}
			punct := false
			if r2, n2 := utf8.DecodeRuneInString(d.f[cs:]); r2 == '：' || r2 == ':' || r2 == '，' || r2 == ',' {
				cs += n2
				punct = true
			}
			if !punct && (v == "介绍" || v == "告诉" || v == "回应") {
				break // 向客人介紹他的助手: an object
			}
			if r2, _ := utf8.DecodeRuneInString(d.f[cs:]); closerOf(r2) != 0 && r2 != '《' || cs >= len(d.f) {
				break
			}
			sent := d.sentenceAt(cs)
			ce := sent.End
			if sent.Start > cs || ce <= cs {
				break
			}
			for ce > cs {
				r3, n3 := utf8.DecodeLastRuneInString(d.text[cs:ce])
				if !isSentenceEnd(r3) && !isSpace(r3) {
					break
				}
				ce -= n3
			}
			if d.runeCount(cs, ce) < 4 || !punct && d.runeCount(cs, ce) <= 8 {
				break // 表示熱烈歡迎: too short to be what was said
			}
			if u := sort.SearchInts(used, cs); u < len(used) && used[u] < ce {
				break // the sentence goes on to a quotation: …時說：“…”
			}
			qu := Quote{Text: d.text[cs:ce], Start: cs, End: ce, Kind: KindIndirect,
				Verb: d.text[j : j+len(v)], VerbStart: j, VerbEnd: j + len(v)}
			attribute(&qu, q.coordinated(k))
			q.verbs[j] = true
			u := sort.SearchInts(used, j) // at the end but for odd mentions
			used = append(used, 0)
			copy(used[u+1:], used[u:])
			used[u] = j
			out = append(out, qu)
			break
		}
	}
	return out
}
