package argument

import (
	"sort"
	"strings"

	"github.com/zhpipe/zhpipe/pipeline/internal/hanstr"
)

// This file finds the clause around a speech verb: where it starts, the
// connectives and adverbials at its edges, whether it is a clause of time
// without a subject (致詞後說), and whether it holds a speech act.

// clauseStart returns where the clause holding byte i begins: after the
// last clause punctuation or line break before it, within its sentence,
// and after a quotation that opens it.
func (q *quoteFinder) clauseStart(i int) int {
	d := q.d
	sent := d.sentenceAt(i)
	j := i
	for j > sent.Start {
		// A quotation is part of the clause, whatever punctuation it holds.
		if k := sort.Search(len(q.topq), func(k int) bool { return q.topq[k].close >= j }); k < len(q.topq) && q.topq[k].close == j && !q.topq[k].runOn && q.topq[k].open >= sent.Start {
			j = q.topq[k].open
			continue
		}
		r, n := decodeLastRune(d.f[:j])
		if isClauseEnd(r) || r == '\n' {
			break
		}
		j -= n
	}
	// A clause opening with a quotation (「…」李家超說, 「…」他說): the
	// speaker's words start after it.
	for {
		k := sort.Search(len(q.topq), func(i int) bool { return q.topq[i].open >= j })
		if k == len(q.topq) || q.topq[k].open != j || q.topq[k].close > i || q.topq[k].runOn {
			return j
		}
		j = q.topq[k].close
		if r, n := decodeRune(d.f[j:]); r == '，' || r == ',' {
			j += n
		}
	}
}

// skipConnectives moves i past the connectives and time words that open a
// clause before its subject (而, 對此，, 此外).
func (d *doc) skipConnectives(i, limit int) int {
	for moved := true; moved; {
		moved = false
		for i < limit {
			r, n := decodeRune(d.f[i:limit])
			if !isSpace(r) {
				break
			}
			i += n
			moved = true
		}
		for _, c := range leadingConnectives() {
			if strings.HasPrefix(d.f[i:limit], c) && i+len(c) < limit {
				i += len(c)
				moved = true
				break
			}
		}
		for _, w := range []string{"有关", "相关", "有"} {
			if strings.HasPrefix(d.f[i:limit], w) && i+len(w) < limit {
				i += len(w) // 有議員批評, 有關專家指出: the speaker is 議員, 專家
				moved = true
				break
			}
		}
		// A dateline or credit in brackets before the subject: （本報記者
		// 某某台北10日電）部長表示.
		if r, n := decodeRune(d.f[i:limit]); r == '（' || r == '(' {
			c := strings.IndexAny(d.f[i+n:limit], "）)")
			if c >= 0 && i+n+c+1 < limit && runeCount(d.f[i:i+n+c]) <= 60 {
				_, cn := decodeRune(d.f[i+n+c:])
				i += n + c + cn
				moved = true
			}
		}
	}
	return i
}

// trimTail strips from the end of [lo, hi) the adverbials, frames and
// bracketed glosses that stand between a speaker and the verb at hi
// (今天也, 在記者會上, 接受《經濟日報》訪問時, (Matthew Miller)發表聲明):
// it returns where the speaker's words end.
func (d *doc) trimTail(lo, hi int) int {
	for steps := 0; steps < 12 && hi > lo; steps++ {
		t := d.f[lo:hi]
		moved := false
		// A bracketed gloss: (Matthew Miller), （Ajit Pai）.
		if r, n := decodeLastRune(t); r == '）' || r == ')' {
			open := strings.LastIndexAny(t[:len(t)-n], "（(")
			if open >= 0 && runeCount(t[open:]) <= 40 {
				hi = lo + open
				continue
			}
		}
		for _, a := range adverbialsByLast().ending(t) {
			if strings.HasSuffix(t, a) {
				hi -= len(a)
				moved = true
				break
			}
		}
		if moved {
			continue
		}
		// A date or a day: 3日, 6月3日, 24日.
		if strings.HasSuffix(t, "日") || strings.HasSuffix(t, "号") {
			j := len(t) - len("日")
			k := j
			for k > 0 {
				r, n := decodeLastRune(t[:k])
				if _, cn := chineseDigit(r); !(r >= '0' && r <= '9' || r >= '０' && r <= '９' || cn || r == '十' || r == '月') {
					break
				}
				k -= n
			}
			if k < j && k > 0 {
				hi = lo + k
				continue
			}
		}
		// A frame: the one that opens earliest (回應記者追問時 is one
		// frame, not 在場記者提問時 after a subject 回應).
		best := -1
		frames := framesBefore()
		if r, _ := decodeLastRune(t); !frameCloseLasts().has(r) {
			frames = nil // (no closing word ends t)
		}
		for _, fr := range frames {
			for _, c := range fr.close {
				if !strings.HasSuffix(t, c) {
					continue
				}
				body := t[:len(t)-len(c)]
				for _, o := range fr.open {
					idx := hanstr.LastIndex(body, o)
					if idx < 0 || runeCount(body[idx:]) > 18 || strings.ContainsFunc(body[idx:], isPunct) {
						continue
					}
					if best < 0 || idx < best {
						best = idx
					}
				}
			}
		}
		if best >= 0 {
			hi = lo + best
			moved = true
		}
		if !moved {
			break
		}
	}
	return hi
}

// actsAs reports whether every speaker of s is a person or an
// organization: a title (《…》) opening a clause is what it names, not who
// speaks.
func actsAs(s speech) bool {
	for _, m := range s.who {
		if m.sp.Kind != Person && m.sp.Kind != Organization {
			return false
		}
	}
	return true
}

// clauseHasAct reports whether a speech act stands in [s, e).
func (q *quoteFinder) clauseHasAct(s, e int) bool {
	k := q.actBefore(e)
	return k >= 0 && q.acts[k].vs >= s
}

// trimAdverbs strips from the end of [lo, hi) the adverbials that are not
// themselves clauses of time (即, 也, 則; not 發言時): what is left may be
// one (開場發言時即提及).
func (d *doc) trimAdverbs(lo, hi int) int {
	for moved := true; moved && hi > lo; {
		moved = false
		for _, a := range adverbialsByLast().ending(d.f[lo:hi]) {
			if strings.HasSuffix(d.f[lo:hi], a) && !strings.HasSuffix(a, "时") && !strings.HasSuffix(a, "后") {
				hi -= len(a)
				moved = true
				break
			}
		}
	}
	return hi
}

// temporal reports whether [lo, end) is a clause of time without a
// subject: a short verb phrase and 後/之後/時/前/完 (致詞後說, 離開會場前
// 說, 看完之後表示); the speaker is the subject of the clause before.
func (q *quoteFinder) temporal(lo, end int) bool {
	d := q.d
	t := d.f[lo:end]
	for _, x := range []string{"之后", "以后", "过后", "后", "之前", "以前", "前", "的时候", "时", "完"} {
		if !strings.HasSuffix(t, x) {
			continue
		}
		body := t[:len(t)-len(x)]
		n := runeCount(body)
		if n < 1 || n > 6 || strings.ContainsFunc(body, func(r rune) bool { return !isHanRune(r) }) {
			return false
		}
		k := q.from(lo)
		return k >= len(q.ms) || q.ms[k].Start >= end
	}
	return false
}

// subjectless reports whether the clause of the verb at vs has no subject
// of its own: the verb opens the clause, possibly after an adverb
// (…，並強調, …，承認).
func (d *doc) subjectless(vs int) bool {
	i := vs
	for i > 0 {
		r, n := decodeLastRune(d.f[:i])
		if isClauseEnd(r) || r == '\n' || isCloser(r) && r != '》' && r != '〉' {
			break // …，並強調; 「…」並強調
		}
		i -= n
	}
	g := d.f[i:vs]
	for _, adv := range []string{"同时", "进而", "进一步", "并", "也", "还", "则", "更", "又", "均", "都", "再", "亦", "曾", "随后", "明确"} {
		g = strings.TrimPrefix(g, adv)
	}
	return g == ""
}
