package argument

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/zhpipe/zhpipe/pipeline/internal/hanstr"
)

// This file finds who speaks at a speech verb: in the verb's clause, the
// entity mentions the caller gave (names made whole in names.go), titled
// and coordinated speakers, and speakers that only the text names
// (電視台記者, 工會副主席陳志豪); pronouns are resolved in pronoun.go.

// mention is a speaker mention. Its speaker is one the caller gave, or one
// that only the text names (sp.ID == ""): a role (電視台記者), a name
// the entity stage missed or cut short (歐陽振華 found as 振華).
type mention struct {
	Span
	sp *Speaker
}

// speech is who speaks at one verb: the speakers, where the clause names
// them (a name, a pronoun, a label) and the title written before the name.
type speech struct {
	who   []mention
	at    Span
	title Span
	// far is set when the clause names nobody and the speaker is the
	// first actor of the sentence or the paragraph: good enough for a
	// quotation the verb introduces, not for words quoted further on.
	far bool
	// by is the clause's subject when it relays another's words (總統引
	// 述教授的話說: the professor speaks, the president relays), byAt
	// where the clause names it; what the subject goes on to say without
	// naming himself again (…，並強調) is his.
	by   []mention
	byAt Span
}

// subject returns who the clause's subject is: the relaying speaker when
// the words are another's, else the speaker.
func (s speech) subject() speech {
	if len(s.by) > 0 {
		return speech{who: s.by, at: s.byAt}
	}
	return s
}

func (s speech) ok() bool { return len(s.who) > 0 }

// mentions flattens and checks the speakers' mentions: spans outside the
// text, reversed, or cutting a character are dropped; of overlapping
// mentions the longer wins.
func mentions(text string, speakers []Speaker) []mention {
	n := 0
	for k := range speakers {
		n += len(speakers[k].Mentions)
	}
	ms := make([]mention, 0, n)
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
	sortMentions(ms)
	out := ms[:0]
	for _, m := range ms {
		if len(out) > 0 && m.Start < out[len(out)-1].End {
			continue
		}
		out = append(out, m)
	}
	return out
}

func sortMentions(ms []mention) {
	// By start, the longer first; stable.
	slices.SortStableFunc(ms, func(a, b mention) int {
		if a.Start != b.Start {
			return cmp.Compare(a.Start, b.Start)
		}
		return cmp.Compare(b.End, a.End)
	})
}

// from returns the index of the first mention starting at or after i.
func (q *quoteFinder) from(i int) int {
	return sort.Search(len(q.ms), func(k int) bool { return q.ms[k].Start >= i })
}

// speakerFor finds who speaks with the verb at vs: in the verb's own
// clause (speakerIn); else, when the clause has no subject, the speaker of
// the nearest clause before it in the sentence that has one, the first
// actor of the sentence, or the first actor of the paragraph (…一方面強調…；
// 另一方面…，承認…). A passive (被認為) has no speaker.
func (q *quoteFinder) speakerFor(vs int) speech {
	d := q.d
	if strings.HasSuffix(d.f[:vs], "被") {
		return speech{}
	}
	cs := q.clauseStart(vs)
	if s := q.speakerIn(cs, vs); s.ok() {
		return s
	}
	// X的回應為：「…」, X的聲明是：: the speech named as a noun, its owner
	// before 的 speaks.
	if v := d.verbAt(vs); v != "" && strings.HasSuffix(d.f[cs:vs], "的") && nounFrame(d.f[vs+len(v):]) {
		if s := q.speakerIn(cs, vs-len("的")); s.ok() && q.opens(s, cs, vs) {
			return s
		}
		// The owner named alone before 的, maybe in title marks (《某報》的
		// 回應為).
		e, lo := vs-len("的"), d.skipConnectives(cs, vs)
		for k := q.from(lo); k < len(q.ms) && q.ms[k].Start < e; k++ {
			m := q.ms[k]
			in := m.Start == lo+len("《") && m.End+len("》") == e && d.hasAt(lo, "《") && d.hasAt(m.End, "》")
			if m.Start == lo && m.End == e || in {
				return speech{who: []mention{m}, at: m.Span}
			}
		}
	}
	if lo := d.skipConnectives(cs, vs); !d.subjectless(vs) && d.trimTail(lo, vs) > lo && !q.temporal(lo, d.trimTail(lo, vs)) &&
		!q.temporal(lo, d.trimAdverbs(lo, vs)) {
		return speech{} // the clause has a subject, but nobody we know
	}
	sent := d.sentenceAt(vs)
	// The nearest speech act before, in the sentence, with a speaker.
	for k := q.actBefore(vs); k >= 0 && q.acts[k].vs >= sent.Start; k-- {
		if s := q.acts[k].sp; s.ok() && !q.acts[k].source {
			return s.subject()
		}
	}
	// The subject that opens the clause right before, in the sentence
	// (王某花了十分鐘見記者，開場時即提及「…」); the words it relays
	// (王某發文轉述李某的發言，直言「…」: 李某's, relayed by 王某). Far:
	// the quotation the verb introduces is his, not a label further on in
	// what he is said to have stressed (…，強調堅持「…」制度).
	if cs > sent.Start {
		pcs := q.clauseStart(cs - 1)
		for pcs > sent.Start && strings.HasSuffix(d.f[:pcs], "、") {
			pcs = q.clauseStart(pcs - len("、")) // a list's items are one clause
		}
		pce := cs
		if r, n := decodeLastRune(d.f[:pce]); isClauseEnd(r) {
			pce -= n
		}
		if pcs >= sent.Start && pcs < pce && !q.clauseHasAct(pcs, pce) {
			if s := q.speakerIn(pcs, pce); s.ok() && actsAs(s) && (q.opens(s, pcs, pce) || len(s.by) > 0 && q.opens(speech{who: s.by, at: s.byAt}, pcs, pce)) {
				s.far = len(s.by) == 0 // a relaying clause frames all that follows
				return s
			}
		}
	}
	// A verb opening its sentence without a subject (…」並強調，…) goes
	// on from the subject of the last speech act of the sentence before,
	// in the same paragraph.
	if d.subjectless(vs) && cs == sent.Start && sent.Start > 0 {
		prev := d.sentenceAt(sent.Start - 1)
		if d.paraAt(prev.Start) == d.paraAt(vs) && prev.End <= sent.Start {
			for k := q.actBefore(sent.Start); k >= 0 && q.acts[k].vs >= prev.Start; k-- {
				if s := q.acts[k].sp; s.ok() && !q.acts[k].source {
					return s.subject()
				}
			}
		}
	}
	// The first actor of the sentence.
	for k := q.from(sent.Start); k < len(q.ms) && q.ms[k].Start < vs; k++ {
		m := q.ms[k]
		if m.End > vs {
			continue
		}
		if q.modifier(m) || q.inQuote(m.Span) || q.addressee(m) {
			continue
		}
		k = q.titled(k, vs)
		return speech{who: q.coordinated(k), at: q.ms[k].Span, far: true}
	}
	// A role opening the sentence, when the verb's clause has no subject
	// (老人接過鑰匙，連聲說).
	if cs > sent.Start && d.trimTail(d.skipConnectives(cs, vs), vs) == d.skipConnectives(cs, vs) {
		if m, ok := q.leadingRole(sent.Start, cs); ok {
			return speech{who: []mention{m}, at: m.Span, far: true}
		}
	}
	// A zero subject: the first actor of an earlier sentence of the
	// paragraph.
	if p := d.paraAt(vs); p >= 0 && d.subjectless(vs) {
		if a := q.firstActor(p); a.k >= 0 && a.sent < sent.Start {
			return speech{who: q.coordinated(a.k), at: q.ms[a.k].Span, far: true}
		}
	}
	return speech{}
}

// speakerIn finds the speaker that the clause [cs, vs) names before the
// verb at vs: a pronoun opening it (resolved to the speaker before), the
// first mention that is not a modifier, an addressee or inside quote marks
// (moved from a title to the person it titles, with the speakers
// coordinated to it), or a name or role the text gives without a mention
// (工會副主席陳志豪, 電視台記者, 外交部).
func (q *quoteFinder) speakerIn(cs, vs int) speech {
	d := q.d
	lo := d.skipConnectives(cs, vs)
	if lo >= vs {
		return speech{}
	}
	end := d.trimTail(lo, vs)
	// 路透社引述知情人士說, 總統援引教授的話說: the one quoted speaks; the
	// subject before the relaying verb relays.
	var by speech
	relayed := false
	for _, w := range []string{"引述", "援引", "引用", "转述"} {
		if idx := hanstr.LastIndex(d.f[lo:end], w); idx >= 0 && lo+idx+len(w) < end {
			if idx > 0 {
				by = q.speakerIn(lo, lo+idx)
			}
			lo = lo + idx + len(w)
			for _, t := range []string{"的话", "的说法", "的讲话", "的谈话", "的发言", "的演讲", "的观点", "的看法"} {
				if strings.HasSuffix(d.f[lo:end], t) && lo+len(t) < end {
					end -= len(t)
					break
				}
			}
			relayed = true
			break
		}
	}
	s := q.speakerNamed(lo, end, vs, relayed)
	if !s.ok() && by.ok() {
		return by // 總統引用一句俗話說: a saying nobody is named for
	}
	if s.ok() && by.ok() {
		s.by, s.byAt = by.who, by.at
	}
	return s
}

// speakerNamed finds the speaker named in [lo, end), before the verb at
// vs (see speakerIn); relayed is set when the stretch follows a relaying
// verb (引述X的話: X, though 的 follows it).
func (q *quoteFinder) speakerNamed(lo, end, vs int, relayed bool) speech {
	d := q.d
	if p, ok := q.pronounAt(lo, end); ok {
		if who := q.resolve(p); len(who) > 0 {
			return speech{who: who, at: p.Span}
		}
		if p.role != "" {
			return speech{who: []mention{q.named(p.Span, Person)}, at: p.Span}
		}
		if _, ok := endsWithAnyOf(p.doc, orgHeadsByLast()); ok {
			// 聲明, 報告 with no issuer known: the text as written.
			return speech{who: []mention{q.named(p.Span, Organization)}, at: p.Span}
		}
		return speech{}
	}
	for k := q.from(lo); k < len(q.ms) && q.ms[k].Start < vs; k++ {
		d.work++
		m := q.ms[k]
		if m.End > vs || q.modifier(m) && !(relayed && m.End == end) || q.inQuote(m.Span) || q.addressee(m) || q.governed(m, lo) {
			continue
		}
		t := q.titled(k, vs)
		s := speech{who: q.coordinated(t), at: q.ms[t].Span}
		if t != k || m.sp.Kind == Person {
			s.title = q.titleBefore(lo, q.ms[t].Start)
			return s
		}
		// An organization or a title without a person mention after it:
		// a name the entity stage missed (工會副主席陳志豪), or a role
		// of the organization (白宮官員, 國會兩位領導人).
		if n, ok := q.nameAfterTitle(m.End, end); ok {
			return speech{who: []mention{n}, at: n.Span, title: Span{lo, n.Start}}
		}
		if m.sp.Kind == Organization && end > m.End && d.runeCount(m.End, end) <= 8 {
			if _, ok := endsWithAnyOf(d.f[m.End:end], roleHeadsByLast()); ok && !strings.ContainsFunc(d.f[m.End:end], isPunct) {
				r := q.named(Span{m.Start, end}, Person)
				return speech{who: []mention{r}, at: r.Span}
			}
		}
		return s
	}
	if n, ok := q.nameAfterTitle(lo, end); ok {
		return speech{who: []mention{n}, at: n.Span, title: Span{lo, n.Start}}
	}
	if m, ok := q.introducedAt(lo, end); ok {
		return speech{who: []mention{m}, at: m.Span}
	}
	if m, ok := q.rolePhrase(lo, end); ok {
		return speech{who: []mention{m}, at: m.Span}
	}
	return speech{}
}

// leadingRole finds a role noun opening the clause at s (before limit): the
// longest stretch of up to eight characters from the clause's start, after
// its connectives, that ends with a role head (老人, 一位記者, 現場民眾).
func (q *quoteFinder) leadingRole(s, limit int) (mention, bool) {
	d := q.d
	lo := d.skipConnectives(s, limit)
	e := lo
	var ends []int
	for n := 0; n < 8 && e < limit; n++ {
		r, rn := decodeRune(d.f[e:limit])
		if !isHanRune(r) {
			break
		}
		e += rn
		ends = append(ends, e)
	}
	for k := len(ends) - 1; k >= 1; k-- {
		if _, ok := endsWithAnyOf(d.f[lo:ends[k]], roleHeadsByLast()); ok {
			if m, ok := q.rolePhrase(lo, ends[k]); ok && m.sp.Kind == Person {
				return m, true
			}
		}
	}
	return mention{}, false
}

// governed reports whether mention m is the object of a preposition or
// verb rather than the subject (在白宮, 接受美聯社訪問, 與外國元首會面後):
// it does not open the clause and a governing word stands before it.
func (q *quoteFinder) governed(m mention, lo int) bool {
	if m.Start <= lo {
		return false
	}
	before := q.d.f[lo:m.Start]
	for _, g := range []string{"在", "于", "接受", "与", "和", "同", "跟", "经", "由", "让", "令", "请", "替", "为", "就", "针对", "有关", "关于", "访问", "会见", "会晤", "致电", "批评", "指责"} {
		if strings.HasSuffix(before, g) {
			return !(g == "和" || g == "与" || g == "同") || !isTitle(before[:len(before)-len(g)])
		}
	}
	return false
}

// titleBefore returns the title written before a name at s, from lo: the
// whole stretch when it ends with a title word (外交部發言人), else empty.
func (q *quoteFinder) titleBefore(lo, s int) Span {
	if s <= lo || s-lo > 90 || !isTitle(q.d.f[lo:s]) || strings.ContainsFunc(q.d.f[lo:s], isPunct) {
		return Span{}
	}
	return Span{lo, s}
}

// nameAfterTitle finds a name written right after a title and before the
// verb's frame, in [lo, end): 副主席陳志豪, 發言人約翰‧史密斯 — two to four
// Han characters, or a transliterated name with its separators.
func (q *quoteFinder) nameAfterTitle(lo, end int) (mention, bool) {
	d := q.d
	if end-lo < 2*3 {
		return mention{}, false
	}
	t := d.f[lo:end]
	for i := len(t); i > 0; {
		_, n := decodeLastRune(t[:i])
		i -= n
		name := t[i:]
		runes := runeCount(name)
		if runes < 2 {
			continue
		}
		dotted := strings.ContainsFunc(name, isNameDot)
		if !dotted && runes > 4 || runes > 14 {
			break
		}
		title := strings.TrimSuffix(t[:i], "的") // 資深律師的陳某某
		if _, role := endsWithAnyOf(name, roleHeadsByLast()); role || isTitle(name) {
			continue // 州長的發言人: a role, not a name
		}
		if !isTitle(title) || hanstr.Contains(title, "跟随") || hanstr.Contains(title, "之后") || hanstr.Contains(title, "带领") || hanstr.Contains(title, "率领") {
			continue // 謝幕後帶領支持者喊口號: a verb phrase, no title
		}
		ok := true
		if r1, n1 := decodeRune(name); strings.HasPrefix(name[n1:], string(r1)) {
			ok = false // 連連稱讚: a doubled adverb, not a surname
		}
		for k, r := range name {
			if !ok || !isNameRune(r) || !dotted && r < 128 || k == 0 && (isNameDot(r) || notInNameSet.has(r)) ||
				strings.ContainsRune("的之了是在和与及等也都就将会", r) {
				ok = false
				break
			}
		}
		if ok {
			m := q.named(Span{lo + i, end}, Person)
			if !slices.ContainsFunc(q.introduced, func(x mention) bool { return x.sp == m.sp }) {
				q.introduced = append(q.introduced, m)
			}
			return m, true
		}
	}
	return mention{}, false
}

// introducedAt finds a name that the text introduced after its title
// (資深律師陳某某回應…) standing alone at lo as the subject of the clause
// ending at end (陳某某表示…): the longest such name, with only
// adverbials and frames after it.
func (q *quoteFinder) introducedAt(lo, end int) (mention, bool) {
	var best mention
	for _, m := range q.introduced {
		name := m.sp.Name
		if m.Start >= lo || !strings.HasPrefix(q.d.text[lo:end], name) || len(name) <= best.End-best.Start {
			continue
		}
		if e := lo + len(name); q.d.trimTail(e, end) == e {
			best = mention{Span{lo, e}, m.sp}
		}
	}
	return best, best.sp != nil
}

// rolePhrase finds a speaker named by role or as an organization the
// entity stage did not report, filling [lo, end): 電視台記者, 《經濟日報》記
// 者, 政府發言人, 外交部, 知情人士.
func (q *quoteFinder) rolePhrase(lo, end int) (mention, bool) {
	d := q.d
	if end <= lo {
		return mention{}, false
	}
	// A count before the role: 一名知情人士, 多位官員, 兩名記者.
	if r, n := decodeRune(d.f[lo:end]); strings.ContainsRune("一两二三四五六七八九十几多数某", r) {
		if r2, n2 := decodeRune(d.f[lo+n : end]); strings.ContainsRune("名位个些批", r2) && lo+n+n2 < end {
			lo += n + n2
		}
	}
	// A clause describing the role (負責開場的司儀): the role.
	if i := hanstr.LastIndex(d.f[lo:end], "的"); i >= 0 {
		_, ok := endsWithAnyOf(d.f[lo+i+len("的"):end], roleHeadsByLast())
		before := d.f[lo : lo+i]
		_, org := endsWithAnyOf(before, orgHeadsByLast())
		k := q.from(lo)
		owner := k < len(q.ms) && q.ms[k].Start == lo && q.ms[k].End == lo+i
		if ok && !isTitle(before) && !org && !owner {
			lo += i + len("的") // not 州長的發言人, 白宮的律師: whose role it is
		}
	}
	t := d.f[lo:end]
	n := runeCount(t)
	if n > 14 {
		return mention{}, false
	}
	for _, r := range t {
		if isPunct(r) || r == '“' || r == '「' || isSpace(r) || r == '（' || r == '(' {
			return mention{}, false
		}
	}
	// Words of a clause, not of a name (會 as "will", not 會談, 協會).
	plain := t
	if hanstr.Contains(t, "会") { // (every word taken out holds 会)
		for _, w := range []string{"会谈", "会议", "会面", "会晤", "会长", "会员", "协会", "学会", "商会", "工会", "议会", "国会", "大会", "社会", "委员会"} {
			plain = strings.ReplaceAll(plain, w, "")
		}
	}
	for _, x := range []string{"是", "了", "将", "把", "被", "会", "要", "能", "在", "这", "那"} {
		if hanstr.Contains(plain, x) {
			return mention{}, false
		}
	}
	if h, ok := endsWithAnyOf(t, roleHeadsByLast()); ok && (n > runeCount(h) || h != "问" && h != "答") || ok && n <= 2 {
		if m, ok := q.titledPerson(lo, end); ok {
			return m, true
		}
		if d.paraAt(lo) == 0 {
			// A headline's bare title (總統回應：…) for the person the
			// article then names with it.
			if m, ok := q.titledPersonAfter(lo, end); ok {
				return m, true
			}
		}
		return q.named(Span{lo, end}, Person), true
	}
	if _, ok := endsWithAnyOf(t, orgHeadsByLast()); ok && n >= 2 {
		return q.named(Span{lo, end}, Organization), true
	}
	return mention{}, false
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
// 經濟部長郭智輝, 民建聯主席陳克勤, 某黨市長參選人王小明說 (a person
// mention within sixteen characters and no punctuation, after a title or
// right before the verb at vs).
func (q *quoteFinder) titled(k, vs int) int {
	m := q.ms[k]
	if m.sp.Kind == Person {
		return k
	}
	for j := k + 1; j < len(q.ms) && q.ms[j].End <= vs; j++ {
		gap := q.d.f[m.End:q.ms[j].Start]
		if runeCount(gap) > 16 || strings.ContainsFunc(gap, func(r rune) bool { return isPunct(r) || closerOf(r) != 0 && r != '《' }) {
			break
		}
		if q.ms[j].sp.Kind == Person && (isTitle(gap) || q.d.trimTail(q.ms[j].End, vs) == q.ms[j].End) {
			return j // a title between, or the person right before the verb
		}
		if q.ms[j].sp.Kind == Person {
			break
		}
		m = q.ms[j]
	}
	return k
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

// forbidden reports whether the text before a verb tells not to say it:
// 不要說, 千萬別說, 不必表示.
func forbidden(before string) bool {
	for _, x := range []string{"不要", "别", "不必", "不用", "不应", "不该", "不能", "不可", "勿", "莫"} {
		if !strings.HasSuffix(before, x) {
			continue
		}
		// 特別指出, 分別表示, 告別說: 別 in a word, not a prohibition.
		if r, _ := decodeLastRune(before[:len(before)-len(x)]); x == "别" && strings.ContainsRune("特分区告个级类性辨识差派鉴离送道诀惜临", r) {
			continue
		}
		return true
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
			if runeCount(gap) > 30 || hanstr.ContainsAny(gap, "，,。；;：:“”「」") {
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

// nounFrame reports whether after (folded, right after a speech word)
// makes the word a noun that a colon spells out: 為：, 是：, 如下：.
func nounFrame(after string) bool {
	for _, w := range []string{"为：", "为:", "是：", "是:", "如下：", "如下:"} {
		if strings.HasPrefix(after, w) {
			return true
		}
	}
	return false
}
