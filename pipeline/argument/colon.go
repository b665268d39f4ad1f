package argument

import (
	"strings"
)

// This file reads the colon frames before a quotation: a speaker named
// right before the colon (李明：「…」), and a clause ending with a colon
// whose subject speaks whatever its verb (在信中勉勵：「…」, 高唱《…》：「…」).

// colonSpeaker finds a speaker named right before a colon that opens the
// quote at open: 李明：「…」, 外交部發言人毛寧：“…”.
func (q *quoteFinder) colonSpeaker(open int) (speech, bool) {
	d := q.d
	c := open
	for c > 0 {
		r, n := decodeLastRune(d.f[:c])
		if !isSpace(r) {
			break
		}
		c -= n
	}
	r, n := decodeLastRune(d.f[:c])
	if r != '：' && r != ':' {
		return speech{}, false
	}
	c -= n
	cs := q.clauseStart(c)
	s := q.speakerIn(cs, c)
	if !s.ok() || s.at.End < d.trimTail(d.skipConnectives(cs, c), c) || !q.opens(s, cs, c) {
		return speech{}, false
	}
	return s, true
}

// colonBefore returns where the colon right before the quote opening at
// open is (only spaces between), or -1.
func (q *quoteFinder) colonBefore(open int) int {
	d := q.d
	c := strings.TrimRight(d.f[:open], " \u3000")
	r, n := decodeLastRune(c)
	if r != '：' && r != ':' {
		return -1
	}
	return len(c) - n
}

// opens reports whether the speaker s opens the clause [cs, c): nothing
// but connectives before its name or the title written before it (高唱
// 《…》： names an object, not who sings).
func (q *quoteFinder) opens(s speech, cs, c int) bool {
	first := s.at.Start
	if s.title.End > s.title.Start && s.title.Start < first {
		first = s.title.Start
	}
	lo := q.d.skipConnectives(cs, c)
	return first <= lo || len(s.by) > 0
}

// colonFrame finds who speaks in a clause that ends with a colon right
// before the quote opening at open, whatever its verb (在信中勉勵：「…」,
// 在留言簿上寫下：“…”, 帶領支持者喊口號：「…」): the speaker that opens the
// clause, or — when the clause has none (高唱《…》：「…」) — the first
// actor of its sentence. A clause naming nobody (標語上寫著：) has no
// speaker.
func (q *quoteFinder) colonFrame(open int) (speech, bool) {
	d := q.d
	c := q.colonBefore(open)
	if c < 0 {
		return speech{}, false
	}
	cs := q.clauseStart(c)
	lo := d.skipConnectives(cs, c)
	if lo >= c || d.runeCount(lo, c) > 30 {
		return speech{}, false
	}
	// A definition or a list (願景為：「…」, 口號是：, 包括：) says what
	// something is, not what someone says.
	if _, ok := endsWithAny(d.f[lo:c], []string{"为", "是", "包括", "包含", "即", "如下", "有", "叫", "名叫", "写着", "印着", "标明"}); ok {
		return speech{}, false
	}
	// The subject opens the clause and a predicate follows it (the
	// clause's last words are its verb, not a name: 專家連連稱讚：).
	if s := q.speakerIn(cs, c); s.ok() && q.opens(s, cs, c) && s.at.End < d.trimTail(lo, c) {
		return s, true
	}
	if m, ok := q.leadingRole(cs, c); ok && m.End < c {
		return speech{who: []mention{m}, at: m.Span}, true
	}
	// The subject of the clause right before, in the sentence: a person
	// (…為候選人站台，高唱《…》：, 帶領支持者喊口號).
	sent := d.sentenceAt(c)
	if cs <= sent.Start {
		return speech{}, false
	}
	pcs := q.clauseStart(cs - 1)
	for k := q.from(cs) - 1; k >= 0 && q.ms[k].Start >= max(sent.Start, pcs); k-- {
		d.work++
		m := q.ms[k]
		if m.End > cs || m.sp.Kind == Document || q.modifier(m) || q.inQuote(m.Span) || q.addressee(m) || !q.opensClause(k) {
			continue
		}
		if m.sp.Kind != Person {
			break
		}
		return speech{who: q.coordinated(k), at: m.Span}, true
	}
	return speech{}, false
}
