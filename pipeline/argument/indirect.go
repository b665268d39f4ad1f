package argument

import (
	"sort"
	"strings"

	"github.com/zhpipe/zhpipe/pipeline/internal/hanstr"
)

// This file finds reported speech without quote marks: a speaker, a
// speech verb, then what was said up to the sentence's end.

// usedVerbs holds the starts of the verbs already used, in order, to ask
// whether a stretch holds one.
type usedVerbs []int

func (u usedVerbs) within(s, e int) bool {
	k := sort.SearchInts(u, s)
	return k < len(u) && u[k] < e
}

func (u *usedVerbs) add(j int) {
	k := sort.SearchInts(*u, j)
	*u = append(*u, 0)
	copy((*u)[k+1:], (*u)[k:])
	(*u)[k] = j
}

// reported returns what the verb v at j reports, [cs, ce): from after the
// verb (and a second verb, 強調指出, and a colon or comma) to the end of
// the sentence. ok is false when the verb reports nothing here: a topic or
// an object (談到…時, 介紹了…, 宣布對臺軍售), a negation, a quotation in
// marks right after it, content too short to be what was said (表示熱烈
// 歡迎), or a sentence that goes on to a quotation with a verb of its own.
func (q *quoteFinder) reported(j int, v string, used usedVerbs, needPunct bool) (cs, ce int, ok bool) {
	d := q.d
	after := d.f[j+len(v):]
	if v == "谈到" || v == "提到" || strings.HasPrefix(after, "的") ||
		strings.HasPrefix(after, "了") || strings.HasPrefix(after, "过") || strings.HasPrefix(after, "着") {
		return 0, 0, false
	}
	if negated(d.f[:j]) {
		return 0, 0, false
	}
	cs = j + len(v)
	if v2 := d.verbAt(cs); v2 != "" && (v2 != "称" || v == "声明") && v2 != "道" {
		cs += len(v2)
	}
	punct := false
	if r2, n2 := decodeRune(d.f[cs:]); r2 == '：' || r2 == ':' || r2 == '，' || r2 == ',' {
		cs += n2
		punct = true
	}
	if !punct && (needPunct || objectVerb(v) && v != "提出" || v == "宣布") {
		return 0, 0, false
	}
	if r2, _ := decodeRune(d.f[cs:]); closerOf(r2) != 0 && r2 != '《' || cs >= len(d.f) {
		return 0, 0, false
	}
	sent := d.sentenceAt(cs)
	ce = sent.End
	if sent.Start > cs || ce <= cs {
		return 0, 0, false
	}
	for ce > cs {
		r3, n3 := decodeLastRune(d.text[cs:ce])
		if !isSentenceEnd(r3) && !isSpace(r3) {
			break
		}
		ce -= n3
	}
	if d.runeCount(cs, ce) < 4 || !punct && d.runeCount(cs, ce) <= 8 {
		return 0, 0, false
	}
	if t := strings.TrimRight(d.f[cs:ce], "：: "); strings.HasSuffix(t, "如下") {
		return 0, 0, false // 致詞，全文如下：: what follows is the text itself
	}
	if used.within(cs, ce) {
		return 0, 0, false
	}
	return cs, ce, true
}

// indirect finds reported speech: from each speaker mention, a speech verb
// within eight characters; then from each remaining speech act whose
// speaker its own clause names without an entity mention, with a comma or
// colon after the verb (總統指出，…, 政府發言人表示，…, 他說，…).
func (q *quoteFinder) indirect() []Quote {
	d := q.d
	var out []Quote
	used := make(usedVerbs, 0, len(q.verbs))
	for vs := range q.verbs {
		used = append(used, vs)
	}
	sort.Ints(used)
	emit := func(j int, v string, cs, ce int, sp speech) {
		qu := Quote{Text: d.text[cs:ce], Start: cs, End: ce, Kind: KindIndirect,
			Verb: d.text[j : j+len(v)], VerbStart: j, VerbEnd: j + len(v)}
		attribute(&qu, d, sp)
		q.verbs[j] = true
		used.add(j)
		out = append(out, qu)
	}
	for k, m := range q.ms {
		if q.modifier(m) || q.inQuote(m.Span) || q.addressee(m) {
			continue
		}
		for j, runes := m.End, 0; j < len(d.f) && runes <= 8; runes++ {
			r, n := decodeRune(d.f[j:])
			v := d.verbAt(j)
			if v == "" && j == m.End && (r == '（' || r == '(') {
				// A gloss of the name, 王某(David Wang)表示: past it.
				if c := strings.IndexAny(d.f[j+n:], "）)"); c >= 0 && runeCount(d.f[j+n:j+n+c]) <= 40 && !hanstr.ContainsAny(d.f[j+n:j+n+c], "（(，。,") {
					_, cn := decodeRune(d.f[j+n+c:])
					j += n + c + cn
					continue
				}
			}
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
			cs, ce, ok := q.reported(j, v, used, false)
			if !ok && objectVerb(v) && !q.verbs[j] {
				j += len(v) // 回應時指，…: the verb that reports comes later
				continue
			}
			if !ok {
				break
			}
			sp := speech{who: q.coordinated(k), at: m.Span}
			if a, ok := q.actIndex(j); ok && q.acts[a].sp.ok() {
				if as := q.acts[a].sp; !as.far || as.who[0].sp == m.sp {
					// The speaker the verb's clause names: the same, with
					// its title; a role of the organization mentioned
					// (白宮官員); the subject before a mention governed by
					// a preposition (華春瑩在外交部記者會痛批).
					sp = as
				}
			}
			emit(j, v, cs, ce, sp)
			break
		}
	}
	for _, a := range q.acts {
		if a.source || !a.sp.ok() || a.sp.far || q.verbs[a.vs] || q.mentionAt(a.sp.at) {
			continue
		}
		if cs, ce, ok := q.reported(a.vs, a.v, used, true); ok {
			emit(a.vs, a.v, cs, ce, a.sp)
		}
	}
	return out
}

// mentionAt reports whether an entity mention starts at s.Start (the
// mention-led pass has looked there).
func (q *quoteFinder) mentionAt(s Span) bool {
	k := q.from(s.Start)
	return k < len(q.ms) && q.ms[k].Start == s.Start
}
