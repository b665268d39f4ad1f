package argument

import (
	"strings"

	"github.com/zhpipe/zhpipe/pipeline/internal/hanstr"
)

// This file reads transcripts: press conferences, interviews and minutes
// written as turns, each paragraph opened by its speaker and a colon
// (劉建國：…, 電視台記者：…, 問：… / 答：…). A turn is a quotation of its
// speaker; a paragraph without a label after a turn goes on with it.

// turn is one transcript turn: the label naming the speaker and what the
// speaker says (the paragraph after the colon).
type turn struct {
	label Span
	in    Span
	sp    speech
	// weak is set when the label names nobody the text knows (a short
	// name or initial): a turn only in a transcript of other turns.
	weak bool
}

// turns finds the transcript turns. A label is at most 20 characters
// before a colon that opens the paragraph: a person mention (with its
// title), or a role (記者, 主持人, 問, 答). What follows must read as
// speech (a clause or a sentence, not a name in a credit line).
// Paragraphs without a label go on with the turn before them when the text
// has at least two labelled turns.
func (q *quoteFinder) turns() []Quote {
	d := q.d
	var labelled []turn
	paraTurn := map[int]int{} // paragraph → index in labelled
	for pi, p := range d.paras {
		if p.heading {
			continue
		}
		t, ok := q.turnAt(p)
		if !ok {
			continue
		}
		paraTurn[pi] = len(labelled)
		labelled = append(labelled, t)
	}
	if strong := len(labelled) - countWeak(labelled); strong < 2 {
		// Without a transcript around them, short labels are no turns.
		kept := labelled[:0]
		for pi := range d.paras {
			k, ok := paraTurn[pi]
			if !ok {
				continue
			}
			delete(paraTurn, pi)
			if t := labelled[k]; !t.weak {
				paraTurn[pi] = len(kept)
				kept = append(kept, t)
			}
		}
		labelled = kept
	}
	if len(labelled) == 0 {
		return nil
	}
	var out []Quote
	emit := func(t turn, in Span) {
		qu := Quote{Text: d.text[in.Start:in.End], Start: in.Start, End: in.End, Kind: KindStatement}
		attribute(&qu, d, t.sp)
		out = append(out, qu)
	}
	speakers := map[*Speaker]bool{}
	for _, t := range labelled {
		for _, m := range t.sp.who {
			speakers[m.sp] = true
		}
	}
	cur, curPara := -1, -1
	for pi, p := range d.paras {
		if k, ok := paraTurn[pi]; ok {
			cur, curPara = k, pi
			emit(labelled[k], labelled[k].in)
			continue
		}
		if cur < 0 || p.heading || q.narrates(p, speakers) {
			cur = -1
			continue
		}
		// A single turn (a statement read out) goes on while the
		// paragraphs speak in the first person; a turn opening the text is
		// a headline.
		if len(labelled) < 2 && (curPara == 0 && !hanstr.ContainsAny(d.text[labelled[cur].in.Start:labelled[cur].in.End], "。！？!?") || !d.firstPerson(p)) {
			cur = -1
			continue
		}
		s, e := trimSpan(d.text, p.Start, p.End)
		if s < e {
			emit(labelled[cur], Span{s, e})
		}
	}
	return out
}

// narrates reports whether paragraph p tells who says what rather than
// going on with a turn: it holds a speech act whose speaker it names and
// who either has turns of his own (華春瑩表示…) or is given words in
// quote marks (記者會上，王小明笑著回答：「…」). A third party whose views
// the speaker reports (部長在會上提出三點建議：…) goes on with the turn.
func (q *quoteFinder) narrates(p para, speakers map[*Speaker]bool) bool {
	for k := q.actBefore(p.Start) + 1; k < len(q.acts) && q.acts[k].vs < p.End; k++ {
		a := q.acts[k]
		if !a.sp.ok() || a.sp.at.Start < p.Start || a.sp.far {
			continue
		}
		if speakers[a.sp.who[0].sp] {
			return true
		}
		rest := strings.TrimLeft(q.d.f[a.ve:p.End], "：:，, ")
		if r, _ := decodeRune(rest); closerOf(r) != 0 && r != '《' {
			return true
		}
	}
	return false
}

// firstPerson reports whether paragraph p speaks in the first person or
// to its hearers (我, 我們, 大家, 各位), not counting 我國, 我方 and the like,
// which official narration uses.
func (d *doc) firstPerson(p para) bool {
	t := d.f[p.Start:p.End]
	for _, w := range []string{"大家", "各位", "诸位", "咱们"} {
		if hanstr.Contains(t, w) {
			return true
		}
	}
	for i := 0; ; {
		k := hanstr.Index(t[i:], "我")
		if k < 0 {
			return false
		}
		i += k + len("我")
		if r, _ := decodeRune(t[i:]); !strings.ContainsRune("国方军驻校省市县党部政府", r) {
			return true
		}
	}
}

// turnAt reads a turn's label at the start of paragraph p.
func (q *quoteFinder) turnAt(p para) (turn, bool) {
	d := q.d
	colon := -1
	for i, runes := p.Start, 0; i < p.End && runes <= 20; runes++ {
		r, n := decodeRune(d.f[i:])
		if r == '：' || r == ':' {
			colon = i
			break
		}
		if isPunct(r) || r == '“' || r == '「' || r == '”' || r == '」' {
			return turn{}, false
		}
		i += n
	}
	if colon <= p.Start {
		return turn{}, false
	}
	_, cn := decodeRune(d.f[colon:])
	s, e := trimSpan(d.text, colon+cn, p.End)
	if d.runeCount(s, e) < 2 {
		return turn{}, false
	}
	// Speech, not a field: a clause or a sentence after the label.
	if !hanstr.ContainsAny(d.text[s:e], "，,。？?！!；;") {
		return turn{}, false
	}
	// A quotation in marks after the colon is read as such (陳大文：「…」).
	if r, _ := decodeRune(d.f[s:]); closerOf(r) != 0 && r != '《' {
		return turn{}, false
	}
	ls, le := trimSpan(d.text, p.Start, colon)
	// An affiliation in brackets after the name: 羅傑(《晨報》)：
	if r, n := decodeLastRune(d.f[ls:le]); r == '）' || r == ')' {
		if o := strings.LastIndexAny(d.f[ls:le-n], "（("); o > 0 {
			le = ls + o
		}
	}
	for i := ls; i < le; {
		if v := d.verbAt(i); v != "" && !(colonVerb(v) && i+len(v) == le) {
			return turn{}, false // 王小明告訴記者：「…」 is a speech verb's quotation
		}
		_, n := decodeRune(d.f[i:])
		i += n
	}
	sp := q.labelSpeaker(ls, le)
	if !sp.ok() {
		// A short name or an initial the text does not introduce (林：,
		// Q:): a turn of someone named so, if the text is a transcript.
		if n := d.runeCount(ls, le); n > 4 || strings.ContainsFunc(d.f[ls:le], func(r rune) bool { return !isNameRune(r) || isNameDot(r) }) {
			return turn{}, false
		}
		m := q.named(Span{ls, le}, Person)
		return turn{label: Span{ls, le}, in: Span{s, e}, sp: speech{who: []mention{m}, at: m.Span}, weak: true}, true
	}
	return turn{label: Span{ls, le}, in: Span{s, e}, sp: sp}, true
}

func countWeak(ts []turn) int {
	n := 0
	for _, t := range ts {
		if t.weak {
			n++
		}
	}
	return n
}

// aliasPerson finds the person a short label stands for: the short name
// the text declares after the full one (林志遠（以下簡稱林）), or else the
// surname of a person named in the fifty mentions before (林： after
// 林志遠). A role (問, 答, 記者) is no alias.
func (q *quoteFinder) aliasPerson(ls, le int) (mention, bool) {
	d := q.d
	label := d.f[ls:le]
	if n := runeCount(label); n == 0 || n > 3 {
		return mention{}, false
	}
	if _, role := endsWithAnyOf(label, roleHeadsByLast()); role || isTitle(label) {
		return mention{}, false
	}
	if q.aliases == nil {
		q.aliases = q.declaredAliases()
	}
	if sp, ok := q.aliases[label]; ok {
		return mention{Span{ls, le}, sp}, true
	}
	if runeCount(label) != 1 {
		return mention{}, false
	}
	for k, seen := q.from(ls)-1, 0; k >= 0 && seen < 50; k, seen = k-1, seen+1 {
		d.work++
		if m := q.ms[k]; m.sp.Kind == Person && strings.HasPrefix(fold(m.sp.Name), label) && runeCount(m.sp.Name) >= 2 {
			return mention{Span{ls, le}, m.sp}, true
		}
	}
	return mention{}, false
}

// declaredAliases reads the short names the text declares right after a
// person's name: 林志遠（以下簡稱林）, 王小明（下稱王）.
func (q *quoteFinder) declaredAliases() map[string]*Speaker {
	d := q.d
	out := map[string]*Speaker{}
	for _, m := range q.ms {
		d.work++
		if m.sp.Kind != Person {
			continue
		}
		r, n := decodeRune(d.f[m.End:])
		if r != '（' && r != '(' {
			continue
		}
		rest := d.f[m.End+n:]
		for _, w := range []string{"以下简称", "以下称", "下称", "简称"} {
			if !strings.HasPrefix(rest, w) {
				continue
			}
			a := rest[len(w):]
			if c := strings.IndexAny(a, "）)"); c > 0 && runeCount(a[:c]) <= 3 {
				if _, dup := out[a[:c]]; !dup {
					out[a[:c]] = m.sp
				}
			}
			break
		}
	}
	return out
}

// labelSpeaker reads the speaker a label names: a person mention that
// ends it (外交部發言人劉建國), or a role (電視台記者, 主持人, 問).
func (q *quoteFinder) labelSpeaker(ls, le int) speech {
	d := q.d
	k := q.from(ls)
	for ; k < len(q.ms) && q.ms[k].End <= le; k++ {
		m := q.ms[k]
		if m.End != le {
			// A name before its title: 蓬佩奧國務卿：
			if m.Start == ls && m.sp.Kind == Person && isTitle(d.f[m.End:le]) && d.runeCount(m.End, le) <= 6 {
				return speech{who: []mention{m}, at: m.Span, title: Span{m.End, le}}
			}
			continue
		}
		if m.sp.Kind != Person {
			break
		}
		s := speech{who: []mention{m}, at: m.Span}
		if m.Start > ls {
			if !isTitle(d.f[ls:m.Start]) {
				return speech{}
			}
			s.title = Span{ls, m.Start}
		}
		return s
	}
	if m, ok := q.aliasPerson(ls, le); ok {
		return speech{who: []mention{m}, at: m.Span}
	}
	if isTitle(d.f[ls:le]) {
		// 總統： for the person holding the title, named before or after.
		if m, ok := q.titledPerson(ls, le); ok {
			return speech{who: []mention{m}, at: m.Span, title: m.Span}
		}
		if m, ok := q.titledPersonAfter(ls, le); ok {
			return speech{who: []mention{m}, at: m.Span, title: m.Span}
		}
	}
	if m, ok := q.rolePhrase(ls, le); ok && m.sp.Kind == Person {
		s := speech{who: []mention{m}, at: m.Span}
		if m.sp.ID != "" {
			s.title = m.Span // 行政長官： for the person with that title
		}
		return s
	}
	if m, ok := q.titledPerson(ls, le); ok {
		return speech{who: []mention{m}, at: m.Span, title: m.Span}
	}
	if isTitle(d.f[ls:le]) && d.runeCount(ls, le) <= 10 {
		m := q.named(Span{ls, le}, Person) // 行政長官： with nobody named before
		return speech{who: []mention{m}, at: m.Span}
	}
	return speech{}
}

// readOut finds texts read out or issued in full after a paragraph that
// announces them (發表如下聲明：, 致詞全文如下：, 講話如下：) with the one
// who speaks: each paragraph after it, up to one that narrates or a
// heading, is the speaker's statement. Paragraphs opening with a quote
// mark are read as quotations (quotemarks.go).
func (q *quoteFinder) readOut(qs []qspan) []Quote {
	d := q.d
	var out []Quote
	for pi := 0; pi+1 < len(d.paras); pi++ {
		p := d.paras[pi]
		last, ln := decodeLastRune(d.f[p.Start:p.End])
		if last != '：' && last != ':' {
			continue
		}
		colon := p.End - ln
		cs := d.sentenceAt(colon).Start
		if !hanstr.Contains(d.f[cs:colon], "如下") {
			continue
		}
		var a act
		found := false
		for k := q.actBefore(colon + 1); k >= 0 && q.acts[k].vs >= cs; k-- {
			if q.acts[k].sp.ok() && !q.acts[k].source {
				a, found = q.acts[k], true
				break
			}
		}
		if !found {
			continue
		}
		speakers := map[*Speaker]bool{}
		for _, m := range a.sp.who {
			speakers[m.sp] = true
		}
		for pj := pi + 1; pj < len(d.paras) && pj <= pi+30; pj++ {
			n := d.paras[pj]
			if n.heading || q.narrates(n, speakers) {
				break
			}
			if _, ok := q.turnAt(n); ok {
				break // a transcript follows: its turns are read as such
			}
			if r, _ := decodeRune(d.f[n.Start:]); closerOf(r) != 0 && r != '《' || r == '（' || r == '(' {
				break // a quotation, or a bracketed note ending the text: （完）
			}
			if !strings.ContainsFunc(d.f[n.Start:n.End], isPunct) && d.runeCount(n.Start, n.End) <= 12 {
				break // a signature or a credit line
			}
			qu := Quote{Text: d.text[n.Start:n.End], Start: n.Start, End: n.End, Kind: KindStatement,
				Verb: d.text[a.vs:a.ve], VerbStart: a.vs, VerbEnd: a.ve}
			attribute(&qu, d, a.sp)
			out = append(out, qu)
			pi = pj
		}
	}
	return out
}
