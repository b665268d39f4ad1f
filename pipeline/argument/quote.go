package argument

import (
	"sort"
	"strings"

	"github.com/zhpipe/zhpipe/pipeline/internal/hanstr"
)

// This file classifies quotations: a statement when someone says it (a
// speech verb before it, a speaker and verb after it, a colon after the
// speaker's name, or the content of what someone is reported to say), a
// term otherwise (scare quotes, names); reported speech without marks is
// in indirect.go, transcripts in transcript.go, colon frames in colon.go,
// attribution from the sentences and paragraphs around in carry.go.

// quoteFinder holds what attribution needs.
type quoteFinder struct {
	d    *doc
	ms   []mention
	qs   []qspan
	top  []Span  // insides of the outermost quotes, in order
	topq []qspan // the outermost quotes, in order
	// actors caches firstActor by paragraph index.
	actors map[int]actor
	// byName holds the speakers that only the text names.
	byName map[string]*Speaker
	// introduced holds the names found after their titles (nameAfterTitle),
	// in text order, to know them again standing alone.
	introduced []mention
	// aliases maps the short names the text declares (以下簡稱林) to the
	// person; read on first use.
	aliases map[string]*Speaker
	acts    []act    // speech verbs and source frames, in text order
	said    []speech // the speakers of acts, in text order
	verbs   map[int]bool
}

// act is a speech verb (or a source frame, 據路透社報道，/根據法案，) with
// who speaks there. [vs, ve) is the verb; content starts after it.
type act struct {
	vs, ve int
	v      string
	sp     speech
	source bool // a source frame: what follows in the sentence is the source's
}

// inQuote reports whether [s, e) lies inside quote marks: inside an
// outermost quote (top holds them, in order and disjoint).
func (q *quoteFinder) inQuote(s Span) bool {
	k := sort.Search(len(q.top), func(i int) bool { return q.top[i].End > s.Start })
	return k < len(q.top) && q.top[k].Start <= s.Start && s.End <= q.top[k].End
}

// findActs finds every speech verb outside quote marks and who speaks
// with it, in text order (a pronoun is resolved to the speakers before
// it), and the source frames (據X報道, 根據X，).
func (q *quoteFinder) findActs() {
	d := q.d
	if d.trigOn() {
		// Only where a verb or a source frame may start is there anything
		// to do: from one such character to the next.
		at := d.trig.pos[trigAct]
		for k := 0; k < len(at); {
			i := int(at[k])
			next := q.actAt(i, hanRune(d.f, i))
			if next < 0 {
				k++
				continue
			}
			for k < len(at) && int(at[k]) < next {
				k++
			}
		}
		return
	}
	for i := 0; i < len(d.f); {
		r, n := rune(0), 3 // (a Han character read in line)
		if wideAt(d.f, i, len(d.f)) {
			r = hanRune(d.f, i)
		} else {
			r, n = decodeRune(d.f[i:])
		}
		if next := q.actAt(i, r); next >= 0 {
			i = next
			continue
		}
		i += n
	}
}

// actAt reads the speech act or source frame at byte i, whose rune is r:
// it adds the act and returns where the scan goes on, or returns -1 when
// there is none (the scan steps over r). Only at a rune of actFirsts may
// there be one.
func (q *quoteFinder) actAt(i int, r rune) int {
	d := q.d
	if r == '据' || r == '根' || r == '依' {
		if a, ok := q.sourceAt(i); ok {
			q.addAct(a)
			return a.ve
		}
	}
	if maySpeak(r) {
		if v := d.verbAt(i); v != "" && !q.inQuote(Span{i, i + len(v)}) {
			if forbidden(d.f[:i]) {
				return i + len(v) // 千萬不要說…: nobody says it
			}
			if v2 := d.verbAt(i + len(v)); v2 != "" {
				// 聲明稱, 強調指出, 回應稱: the second verb speaks,
				// with the subject before the first (發言人回應稱).
				if v != "声明" && v != "报道" && v != "报导" {
					a := act{vs: i + len(v), ve: i + len(v) + len(v2), v: v2}
					a.sp = q.speakerFor(i)
					q.addAct(a)
					return a.ve
				}
				return i + len(v)
			}
			a := act{vs: i, ve: i + len(v), v: v}
			a.sp = q.speakerFor(i)
			q.addAct(a)
			return i + len(v)
		}
	}
	return -1
}

// actFirsts are the runes at which actAt may find something: the first
// runes of the speech verbs and of the source frames (據, 根據, 依據).
var actFirsts = func() *runeBits {
	b := &runeBits{}
	b.bmp = speakFirsts.bmp
	for _, r := range "据根依" {
		b.add(r)
	}
	return b
}()

func (q *quoteFinder) addAct(a act) {
	q.acts = append(q.acts, a)
	if a.sp.ok() {
		q.said = append(q.said, a.sp.subject())
	}
}

// sourceAt reads a source frame at i: 據/根據/依據 X (的報道/
// 消息/版本…)， — what follows in the sentence is X's. X is a mention, a
// document referred to by its kind (法案 → the last 《…法案》), or an
// organization or role the text names.
func (q *quoteFinder) sourceAt(i int) (act, bool) {
	d := q.d
	var w string
	for _, x := range []string{"根据", "依据", "据"} {
		if strings.HasPrefix(d.f[i:], x) {
			w = x
			break
		}
	}
	if w == "" || q.inQuote(Span{i, i + len(w)}) {
		return act{}, false
	}
	// The frame opens its clause (數據 is no frame).
	if b := d.runeBefore(i); !d.isClauseStart(i) && !strings.ContainsRune("而但并又也亦则另", b) {
		return act{}, false
	}
	s := i + len(w)
	// X runs to the comma, at most 16 characters.
	e := s
	for runes := 0; e < len(d.f) && runes <= 16; runes++ {
		r, n := decodeRune(d.f[e:])
		if r == '，' || r == ',' {
			break
		}
		if isPunct(r) || r == '\n' || r == '“' || r == '「' {
			return act{}, false
		}
		e += n
	}
	if r, _ := decodeRune(d.f[e:]); r != '，' && r != ',' || e == s {
		return act{}, false
	}
	// Strip what names the kind of source: 的報道, 消息, 版本.
	x := e
	for _, t := range []string{"的报道", "报道", "的报导", "报导", "的消息", "消息", "的版本", "版本", "的说法", "说法", "的文告", "文告", "的声明", "声明", "的资料", "资料", "的数据", "数据", "的文件", "文件", "的统计", "统计", "指出", "称", "说", "表示"} {
		if strings.HasSuffix(d.f[s:x], t) && x-len(t) > s {
			x -= len(t)
			break
		}
	}
	a := act{vs: i, ve: e, v: w, source: true}
	for k := q.from(s); k < len(q.ms) && q.ms[k].End <= x; k++ {
		if m := q.ms[k]; !q.inQuote(m.Span) {
			a.sp = speech{who: []mention{m}, at: m.Span}
			return a, true
		}
	}
	// 法案, 該法案, 報告: the last document of that kind.
	kind := strings.TrimPrefix(strings.TrimPrefix(d.f[s:x], "该"), "这份")
	if runeCount(kind) <= 3 && kind != "" {
		for k := q.from(s) - 1; k >= 0 && s-q.ms[k].End < 4000; k-- {
			if m := q.ms[k]; m.sp.Kind == Document && strings.HasSuffix(strings.TrimSuffix(fold(m.sp.Name), "》"), kind) {
				a.sp = speech{who: []mention{m}, at: Span{s, x}}
				return a, true
			}
		}
	}
	if m, ok := q.rolePhrase(s, x); ok {
		a.sp = speech{who: []mention{m}, at: m.Span}
		return a, true
	}
	return act{}, false
}

// actIndex returns the index of the act whose verb starts at j (the acts
// are in text order, by start).
func (q *quoteFinder) actIndex(j int) (int, bool) {
	k := q.actBefore(j) + 1
	return k, k < len(q.acts) && q.acts[k].vs == j
}

// actBefore returns the index of the last act starting before i, or -1.
func (q *quoteFinder) actBefore(i int) int {
	return sort.Search(len(q.acts), func(k int) bool { return q.acts[k].vs >= i }) - 1
}

// verbBefore finds the speech act closest before the quote opening at os
// in the same sentence: at most 10 characters between them, with no
// punctuation except a colon or comma right after the verb or right
// before the quote (告訴記者：「…」).
func (q *quoteFinder) verbBefore(os int) (act, bool) {
	d := q.d
	sent := d.sentenceAt(os)
	for k := q.actBefore(os); k >= 0; k-- {
		a := q.acts[k]
		if a.vs < sent.Start || d.runeCount(a.ve, os) > 16 {
			break
		}
		if a.source || a.ve > os {
			continue
		}
		if q.gapOK(a.ve, os, 10) {
			return a, true
		}
		break
	}
	return act{}, false
}

// gapOK checks the stretch between a verb and its quote.
func (q *quoteFinder) gapOK(s, e, maxRunes int) bool {
	g := strings.TrimPrefix(q.d.f[s:e], "的") // 指出的：“…”
	if r, n := decodeRune(g); r == '：' || r == ':' || r == '，' || r == ',' {
		g = g[n:]
	}
	if r, n := decodeLastRune(g); r == '：' || r == ':' || r == '，' || r == ',' {
		g = g[:len(g)-n]
	}
	if runeCount(g) > maxRunes {
		return false
	}
	for _, r := range g {
		if isPunct(r) || closerOf(r) != 0 && r != '《' || isCloser(r) && r != '》' || r == '\n' {
			return false
		}
	}
	return true
}

// speakerAfter finds a post-posed attribution: 「……」，李家超說,
// 「……」民建聯主席陳克勤表示, 「……」他補充說: a speech act within 40
// characters after the closing mark whose speaker is named between the
// mark and the verb.
func (q *quoteFinder) speakerAfter(close int) (act, bool) {
	d := q.d
	i := close
	if r, n := decodeRune(d.f[i:]); r == '，' || r == ',' {
		i += n
	}
	next := q.actBefore(i) + 1 // the first act at or after j
	for j, runes := i, 0; j < len(d.f) && runes <= 40; runes++ {
		for next < len(q.acts) && q.acts[next].vs < j {
			next++
		}
		if next < len(q.acts) && q.acts[next].vs == j {
			a := q.acts[next]
			// The speaker is named first thing after the quotation.
			first := a.sp.at.Start
			if a.sp.title.End > a.sp.title.Start {
				first = a.sp.title.Start
			}
			lo := d.skipConnectives(i, j)
			described := false
			if lo < first && d.runeCount(lo, first) <= 16 && (strings.HasSuffix(d.f[lo:first], "的") || isCount(d.f[lo:first])) {
				lo, described = first, true // 「…」，曾任局長的黃某說, 一名居民說: a description of the speaker
			}
			if a.source || !a.sp.ok() || a.sp.at.Start < i || lo < first {
				return act{}, false
			}
			// 「…」一旁的副市長李某指著樓群說：「…」 introduces the next
			// quotation, not this one; 「…」他接著說：「…」 goes on.
			if r, _ := decodeRune(strings.TrimLeft(d.f[a.ve:], " ")); (r == '：' || r == ':') &&
				(described || d.trimTail(a.sp.at.End, a.vs) > a.sp.at.End) {
				return act{}, false
			}
			return a, true
		}
		r, n := decodeRune(d.f[j:])
		if isPunct(r) || closerOf(r) != 0 && r != '《' || r == '\n' {
			break
		}
		j += n
	}
	return act{}, false
}

// termLike reports whether a quotation reads as a term (a name, a
// slogan, a label) even inside what someone says: a short quotation
// ending in the head of a name (法案, 條例, 計畫), set off by the words
// around it (所謂「…」, 「…」為名, 「…」原則, 「…」一詞), one of a list of
// quoted terms (「工作證」、「學生證」), or glossed in another language
// (「緊急狀態」（state of emergency）).
func (q *quoteFinder) termLike(x qspan) bool {
	d := q.d
	in := d.f[x.in.Start:x.in.End]
	n := runeCount(in)
	if hanstr.ContainsAny(in, "，。！？；,!?;") {
		return false
	}
	if n > 16 {
		// A long name: 「東亞數位貿易（DTA）部長級論壇」, not a
		// clause that ends like one (「已成為最透明的法案」).
		_, ok := endsWithAnyOf(in, termHeadsByLast())
		return ok && n <= 32 && !predicate(in) && !hanstr.Contains(in, "的")
	}
	if _, ok := endsWithAnyOf(in, termHeadsByLast()); ok && n >= 3 && !predicate(in) {
		return true
	}
	if k := q.from(x.close); n <= 8 && k < len(q.ms) && q.ms[k].Start == x.close && q.ms[k].sp.Kind == Person && isTitle(in) {
		return true // a title set off before the name: 「部長」王小明
	}
	after := d.f[x.close:]
	for _, w := range termAfter() {
		if strings.HasPrefix(after, w) {
			return true
		}
	}
	if r, _ := decodeRune(after); closerOf(r) != 0 && r != '《' {
		return true // 「全球競爭」「監管改制」: one of a run of terms
	}
	if r, rn := decodeRune(after); r == '、' || r == '及' || r == '和' || r == '与' {
		if r2, _ := decodeRune(after[rn:]); closerOf(r2) != 0 {
			return true
		}
	}
	before := d.f[:x.open]
	for _, w := range termBefore() {
		if strings.HasSuffix(before, w) {
			return true
		}
	}
	// 所謂 then what qualifies the term (所謂長期視角下的「…」): the
	// writer's distance from a label, not words anyone said.
	// (Searched in the last 80 bytes only: 所謂 farther back is more than
	// 20 characters away.)
	if i := lastIndexFrom(before, "所谓", x.open-80); i >= 0 && strings.HasSuffix(before, "的") && d.runeCount(i, x.open) <= 20 &&
		!strings.ContainsFunc(before[i:], func(r rune) bool { return isPunct(r) || closerOf(r) != 0 || isCloser(r) }) {
		return true
	}
	if r := d.runeBefore(x.open); isCloser(r) && r != '》' {
		return true
	}
	if r, rn := decodeRune(after); (r == '（' || r == '(') && n <= 10 {
		if r2, _ := decodeRune(strings.TrimLeft(after[rn:], " ")); r2 < 128 && (r2|0x20 >= 'a' && r2|0x20 <= 'z') {
			return true
		}
	}
	return false
}

// predicate reports whether a quotation (folded) says something of its
// subject rather than naming a thing, though it ends like a name: 「已是最
// 透明的立法」, 「將成為新的計畫」.
func predicate(in string) bool {
	for _, w := range []string{"是", "已", "成为", "不会", "没有"} {
		if hanstr.Contains(in, w) {
			return true
		}
	}
	return false
}

// modifies reports whether a short quotation x without punctuation runs on
// into a noun phrase (「三位一體」核力量): a Han character follows that is
// not a determiner or particle (「強烈譴責」這次…, 「…」了).
func (q *quoteFinder) modifies(x qspan) bool {
	if strings.ContainsFunc(q.d.f[x.in.Start:x.in.End], isPunct) {
		return false
	}
	r, _ := decodeRune(q.d.f[x.close:])
	return isHanRune(r) && !strings.ContainsRune("这那此该其了着过并和及与等是也都就还又而", r)
}

// contentAct finds the speech act whose content holds the quote opening
// at open: the nearest act before it in the sentence, with a speaker, a
// verb that takes a clause (說, 表示, 強調; 提出 and 介紹 only with
// punctuation after them) or a source frame. 他在聲明中表示，這是「…」:
// the quoted words are his.
func (q *quoteFinder) contentAct(open, close int) (act, bool) {
	d := q.d
	clause := q.clauseQuote(open, close)
	sent := d.sentenceAt(open)
	if clause {
		sent = d.stretchAt(open) // across ；: 表示，…；在…方面，…，「…」
	}
	for k := q.actBefore(open); k >= 0; k-- {
		a := q.acts[k]
		if a.vs < sent.Start {
			break
		}
		if a.ve > open {
			continue
		}
		if !a.sp.ok() || a.sp.far {
			return act{}, false
		}
		// Far into the reported speech (…表示，原因在於…，致使…，「…」)
		// only a quotation that is a clause of its own is the speaker's.
		// A colon right before it introduces someone else's (…』而另一封
		// 來信只有一句話：『…』).
		if gap := d.runeCount(a.ve, open); gap > 60 && (gap > 240 || !clause || q.colonBefore(open) >= 0) {
			return act{}, false
		}
		if objectVerb(a.v) {
			if r, _ := decodeRune(d.f[a.ve:]); !isClauseEnd(r) {
				return act{}, false
			}
		}
		return a, true
	}
	return act{}, false
}

// clauseQuote reports whether the quotation at [open, close) reads as a
// clause of its own: at least eight characters, and punctuation inside it
// or nothing but end punctuation after it.
func (q *quoteFinder) clauseQuote(open, close int) bool {
	d := q.d
	_, on := decodeRune(d.f[open:])
	in := d.f[open+on : close]
	if r, n := decodeLastRune(in); isCloser(r) {
		in = in[:len(in)-n]
	}
	if runeCount(in) < 8 {
		return false
	}
	r, _ := decodeRune(d.f[close:])
	if r == '的' {
		return false // 「…、…」的雙軌制: it modifies a noun
	}
	return hanstr.ContainsAny(in, "，。！？；,!?;") || r == 0 || isSentenceEnd(r) || r == '\n'
}

// attribute fills a quote's speaker fields from s: the speaking entity's
// ID, or the speaker's name as written when no entity names it; every
// speaker when several speak; where the clause names the speaker and the
// title before the name.
func attribute(qu *Quote, d *doc, s speech) {
	if len(s.who) == 0 {
		return
	}
	id := func(m mention) string {
		if m.sp.ID != "" {
			return m.sp.ID
		}
		return m.sp.Name
	}
	qu.Speaker, qu.SpeakerName = id(s.who[0]), s.who[0].sp.Name
	qu.Speakers = nil
	if len(s.who) > 1 {
		for _, m := range s.who {
			if !containsString(qu.Speakers, id(m)) {
				qu.Speakers = append(qu.Speakers, id(m))
			}
		}
	}
	qu.SpeakerAt = nil
	if s.at.End > s.at.Start {
		at := s.at
		qu.SpeakerAt = &at
	}
	qu.SpeakerTitle = ""
	if s.title.End > s.title.Start {
		qu.SpeakerTitle = d.text[s.title.Start:s.title.End]
	}
}

// attributeLike copies p's attribution to qu.
func attributeLike(qu *Quote, p *Quote) {
	qu.Speaker, qu.SpeakerName, qu.Speakers = p.Speaker, p.SpeakerName, p.Speakers
	qu.SpeakerAt, qu.SpeakerTitle = p.SpeakerAt, p.SpeakerTitle
	qu.Verb, qu.VerbStart, qu.VerbEnd = p.Verb, p.VerbStart, p.VerbEnd
}

func containsString(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// quotes classifies every quoted stretch, reads transcript turns and
// finds reported speech.
func (d *doc) quotes(ms []mention) ([]Quote, []Diagnostic) {
	qs, diags := d.findQuotes()
	q := &quoteFinder{d: d, qs: qs, verbs: map[int]bool{}, actors: map[int]actor{},
		byName: map[string]*Speaker{}}
	if sc := d.sc; sc != nil {
		q.acts, q.said, q.top, q.topq = sc.acts, sc.said, sc.top, sc.topq
		defer func() { sc.qs, sc.acts, sc.said, sc.top, sc.topq = qs, q.acts, q.said, q.top, q.topq }()
	}
	for _, x := range qs {
		if x.depth == 0 {
			q.top = append(q.top, x.in)
			q.topq = append(q.topq, x)
		}
	}
	q.ms = q.linkShort(q.fixNames(q.addMissed(ms)))
	q.findActs()
	out := make([]Quote, 0, len(qs)) // (one per quotation, more appended below)
	var prev *Quote
	prevClose := -1
	for _, x := range qs {
		qu := Quote{Text: d.text[x.in.Start:x.in.End], Start: x.in.Start, End: x.in.End, Kind: KindTerm}
		if x.depth > 0 {
			out = append(out, qu)
			continue
		}
		q.classify(&qu, x, prev, prevClose)
		out = append(out, qu)
		prev, prevClose = &out[len(out)-1], x.close
	}
	q.carryAcross(out, qs)
	q.carryBack(out, qs)
	d.runOn(out, qs)
	out = append(out, q.indirect()...)
	out = append(out, q.turns()...)
	out = append(out, q.readOut(qs)...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	q.carryOver(out, qs)
	return out, diags
}

// classify decides whether quotation x is a statement and by whom.
func (q *quoteFinder) classify(qu *Quote, x qspan, prev *Quote, prevClose int) {
	d := q.d
	n := d.runeCount(x.in.Start, x.in.End)
	term := q.termLike(x)
	statement := func(a act) {
		qu.Kind = KindStatement
		qu.Verb, qu.VerbStart, qu.VerbEnd = d.text[a.vs:a.ve], a.vs, a.ve
		if a.source {
			qu.Verb = ""
		}
		sp := a.sp
		if len(sp.by) > 0 && q.tellsOfAnother(x.in.Start) {
			sp = sp.subject() // 「他說…」: the relayer telling what the other said
		}
		attribute(qu, d, sp)
		q.verbs[a.vs] = true
	}
	if a, ok := q.verbBefore(x.open); ok {
		gap := d.runeCount(a.ve, x.open)
		r, _ := decodeLastRune(strings.TrimRightFunc(d.f[:x.open], isSpace))
		colonAfter := r == '：' || r == ':'
		switch {
		case objectVerb(a.v) && gap > 1 && !isClauseEnd(d.runeAt(a.ve)) && (n <= 4 || term):
			// 提出多項「搶人才」: a short phrase inside the object is a term.
		case gap > 1 && n < 10 && strings.HasPrefix(d.f[x.close:], "的"):
			// 強調美國正處於一場「必須贏得」的競賽中: it modifies a noun.
		case a.v == "称" && n <= 5:
			// 稱“小姐”: a name given, not a statement.
		case !colonAfter && strings.HasPrefix(d.f[a.ve:], "的") && !hanstr.ContainsAny(d.f[x.in.Start:x.in.End], "，。！？；,!?;"):
			// 他說的「躺平」: the word he used, named.
		case !(gap == 1 && hanstr.ContainsAny(d.f[a.ve:x.open], "：:，,")) && term:
			// 提出「海洋保育法案」: a name.
		case !colonAfter && gap <= 1 && n <= 6 && q.modifies(x):
			// 指出，「三位一體」核力量…: the start of a noun phrase.
		default:
			statement(a)
			return
		}
		return
	}
	if s, ok := q.colonSpeaker(x.open); ok && !term {
		qu.Kind = KindStatement
		attribute(qu, d, s)
		return
	}
	if s, ok := q.colonFrame(x.open); ok && !term && n >= 4 {
		qu.Kind = KindStatement
		attribute(qu, d, s)
		return
	}
	if prev != nil && prev.Kind == KindStatement && (d.continues(prevClose, x.open) || d.coordinatedQuote(prevClose, x.open) ||
		!term && d.connected(prevClose, x.open)) {
		qu.Kind = KindStatement
		attributeLike(qu, prev)
		return
	}
	if term || strings.HasPrefix(d.f[x.close:], "的") && n < 10 {
		return // a term, or a phrase modifying a noun: 一場「必須贏得」的競賽
	}
	if a, ok := q.speakerAfter(x.close); ok {
		statement(a)
		return
	}
	if a, ok := q.contentAct(x.open, x.close); ok {
		used := q.verbs[a.vs]
		statement(a)
		q.verbs[a.vs] = used // the reported speech holding the words stands
	}
}

// tellsOfAnother reports whether a quotation starting at i opens with a
// third person and a speech verb (「他說…」, 「她表示…」): the words of one
// who reports what another said.
func (q *quoteFinder) tellsOfAnother(i int) bool {
	d := q.d
	for _, p := range []string{"他们", "她们", "他", "她"} {
		if strings.HasPrefix(d.f[i:], p) {
			j := i + len(p)
			for runes := 0; runes < 4 && j < len(d.f); runes++ {
				if d.verbAt(j) != "" {
					return d.trimTail(i+len(p), j) == i+len(p)
				}
				_, n := decodeRune(d.f[j:])
				j += n
			}
			return false
		}
	}
	return false
}

// isCount reports whether s (folded) is a count and a classifier before a
// noun: 一名, 兩位, 多個.
func isCount(s string) bool {
	r, n := decodeRune(s)
	r2, n2 := decodeRune(s[n:])
	return n+n2 == len(s) && strings.ContainsRune("一两二三四五六七八九十几多数某", r) && strings.ContainsRune("名位个些批", r2)
}
