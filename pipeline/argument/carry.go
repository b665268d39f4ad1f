package argument

import (
	"strings"
)

// This file attributes the quotations that their own clause leaves
// unattributed from the sentences and paragraphs around them: the parts of
// a quotation running over paragraphs, a quotation making a sentence or a
// paragraph of its own after a speaker's words (or before the paragraph
// naming him), and quotations joined to a statement (，因為「…」).

// runOn gives every part of a quotation running over several paragraphs
// the attribution of its first attributed part.
func (d *doc) runOn(out []Quote, qs []qspan) {
	// out holds the quotes in the order of qs.
	for k := 0; k < len(qs); {
		if !qs[k].runOn || qs[k].cont {
			k++
			continue
		}
		// The chain: k, then the parts that continue it.
		chain := []int{k}
		for j := k + 1; j < len(qs) && len(chain) < 64; j++ {
			if qs[j].depth == 0 && qs[j].cont {
				chain = append(chain, j)
				if !qs[j].runOn {
					break
				}
			} else if qs[j].depth == 0 {
				break
			}
		}
		var from *Quote
		for _, c := range chain {
			if out[c].Kind == KindStatement {
				from = &out[c]
				break
			}
		}
		if from != nil {
			src := *from
			for _, c := range chain {
				if out[c].Kind != KindStatement || out[c].Speaker == "" {
					out[c].Kind = KindStatement
					attributeLike(&out[c], &src)
				}
			}
		}
		k = chain[len(chain)-1] + 1
	}
}

// carryOver attributes a quote that makes a sentence of its own (…指出，…。
// “我們…”。) to the speaker of the sentence before it, when that sentence
// in the same paragraph holds a statement or reported speech with a
// speaker; so too a quotation that reads as a clause inside a sentence
// that names no speaker and no actor before it (…指出，…。雙方要加強溝
// 通，“共同維護…”。). Short quotes stay terms.
func (q *quoteFinder) carryOver(out []Quote, qs []qspan) {
	d := q.d
	at := map[int]qspan{}
	for _, x := range qs {
		at[x.in.Start] = x
	}
	for k := range out {
		qu := &out[k]
		x, ok := at[qu.Start]
		if qu.Kind != KindTerm || !ok || d.runeCount(qu.Start, qu.End) < 8 {
			continue
		}
		open := x.open
		sent := d.sentenceAt(open)
		if sent.Start == 0 || sent.Start != open && !q.goesOn(sent.Start, x) {
			continue
		}
		prev := d.stretchAt(sent.Start - 1)
		if d.paraAt(prev.Start) != d.paraAt(open) {
			continue
		}
		for j := k - 1; j >= 0; j-- {
			p := out[j]
			if p.End <= prev.Start {
				break
			}
			if p.Kind != KindTerm && p.Speaker != "" && p.Start >= prev.Start {
				qu.Kind = KindStatement
				attributeLike(qu, &p)
				break
			}
		}
	}
}

// goesOn reports whether quotation x inside the sentence starting at s
// goes on with what the sentence before reports: it reads as a clause, and
// the sentence before it has no speech act and names no actor.
func (q *quoteFinder) goesOn(s int, x qspan) bool {
	if x.depth > 0 || !q.clauseQuote(x.open, x.close) || q.colonBefore(x.open) >= 0 {
		return false // a colon introduces words of someone the sentence names
	}
	if a := q.actBefore(x.open); a >= 0 && q.acts[a].vs >= s {
		return false
	}
	for k := q.from(s); k < len(q.ms) && q.ms[k].Start < x.open; k++ {
		if m := q.ms[k]; (m.sp.Kind == Person || m.sp.Kind == Organization) && !q.modifier(m) && !q.inQuote(m.Span) {
			return false
		}
	}
	return true
}

// carryAcross attributes a quotation that opens a paragraph and makes its
// sentence, with no attribution of its own, to the speaker who ends the
// paragraph before: a speech verb and a colon (他說：¶「…」), or a speech
// act with a speaker in its last sentence (外交部發文告說，…。¶“…).
// marks holds the quotes in the order of qs.
func (q *quoteFinder) carryAcross(marks []Quote, qs []qspan) {
	d := q.d
	for k := range marks {
		qu, x := &marks[k], qs[k]
		if x.depth > 0 || qu.Kind != KindTerm || d.runeCount(qu.Start, qu.End) < 8 {
			continue
		}
		pi := d.paraAt(x.open)
		if pi <= 0 || d.paras[pi].Start != x.open {
			continue
		}
		// The quotation makes its sentence: nothing but end punctuation
		// after it, or it runs on.
		if !x.runOn {
			rest := strings.TrimFunc(d.f[x.close:d.sentenceAt(x.open).End], func(r rune) bool { return isSentenceEnd(r) || isSpace(r) })
			if rest != "" {
				continue
			}
		}
		prev := d.paras[pi-1]
		// 他說：¶「…」
		last, ln := decodeLastRune(d.f[prev.Start:prev.End])
		if last == '：' || last == ':' {
			if a := q.actBefore(prev.End - ln); a >= 0 && q.acts[a].ve >= prev.End-ln-3*2 && q.acts[a].sp.ok() {
				ac := q.acts[a]
				qu.Kind = KindStatement
				qu.Verb, qu.VerbStart, qu.VerbEnd = d.text[ac.vs:ac.ve], ac.vs, ac.ve
				attribute(qu, d, ac.sp)
				continue
			}
		}
		if len(prev.sents) == 0 {
			continue
		}
		ls := prev.sents[len(prev.sents)-1]
		for a := q.actBefore(ls.Start) + 1; a < len(q.acts) && q.acts[a].vs < ls.End; a++ {
			if ac := q.acts[a]; ac.sp.ok() {
				qu.Kind = KindStatement
				qu.Verb, qu.VerbStart, qu.VerbEnd = d.text[ac.vs:ac.ve], ac.vs, ac.ve
				if ac.source {
					qu.Verb = ""
				}
				attribute(qu, d, ac.sp)
				break
			}
		}
	}
}

// carryBack attributes a quotation that makes a paragraph of its own,
// with no attribution, to the speaker the next paragraph names as having
// said it: a speech act in its first sentence after 這麼/這樣/如此/如是
// (王大明在記者會上這麼說。 李文是在論壇上如此表示的。), or one that ends
// that sentence (陳大文說。). marks holds the quotes in the order of qs.
func (q *quoteFinder) carryBack(marks []Quote, qs []qspan) {
	d := q.d
	for k := range marks {
		qu, x := &marks[k], qs[k]
		if x.depth > 0 || x.runOn || qu.Kind != KindTerm || d.runeCount(qu.Start, qu.End) < 8 {
			continue
		}
		pi := d.paraAt(x.open)
		if pi < 0 || pi+1 >= len(d.paras) || d.paras[pi].Start != x.open {
			continue
		}
		if rest := strings.TrimFunc(d.f[x.close:d.paras[pi].End], func(r rune) bool { return isSentenceEnd(r) || isSpace(r) }); rest != "" {
			continue
		}
		next := d.paras[pi+1]
		if len(next.sents) == 0 || next.heading {
			continue
		}
		first := next.sents[0]
		for a := q.actBefore(first.Start) + 1; a < len(q.acts) && q.acts[a].vs < first.End; a++ {
			ac := q.acts[a]
			if ac.source || !ac.sp.ok() || ac.sp.at.Start < first.Start {
				continue
			}
			before := strings.TrimSuffix(d.f[first.Start:ac.vs], "地")
			back := strings.HasSuffix(before, "这么") || strings.HasSuffix(before, "这样") || strings.HasSuffix(before, "如此") || strings.HasSuffix(before, "如是")
			tail := strings.TrimFunc(strings.TrimPrefix(d.f[ac.ve:first.End], "的"), func(r rune) bool { return isSentenceEnd(r) || isSpace(r) })
			if back || tail == "" {
				qu.Kind = KindStatement
				qu.Verb, qu.VerbStart, qu.VerbEnd = d.text[ac.vs:ac.ve], ac.vs, ac.ve
				attribute(qu, d, ac.sp)
				q.verbs[ac.vs] = true
			}
			break
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
	return g == "" && runeCount(d.f[prevClose:open]) <= 3
}

// connected reports whether a quote opening at open goes on from the
// statement that closed at prevClose through a connective: a comma, then
// 因為, 而且, 但是, 所以… (「…」，因為「…」).
func (d *doc) connected(prevClose, open int) bool {
	if prevClose < 0 || prevClose > open {
		return false
	}
	g := d.f[prevClose:open]
	if r, n := decodeRune(g); r == '，' || r == ',' {
		g = g[n:]
	}
	for _, c := range []string{"因为", "所以", "因此", "而且", "并且", "但是", "但", "可是", "不过", "然而", "而", "甚至", "否则", "于是", "接着", "然后"} {
		if g == c {
			return true
		}
	}
	return false
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

// stretchAt returns the sentence containing byte offset i extended back
// over the sentences of its paragraph that end with a semicolon (the parts
// of one period: …；在就業方面，…，「…」), at most four.
func (d *doc) stretchAt(i int) Span {
	s := d.sentenceAt(i)
	pi := d.paraAt(i)
	for k := 0; k < 4 && pi >= 0 && s.Start > d.paras[pi].Start; k++ {
		prev := d.sentenceAt(s.Start - 1)
		last := strings.TrimRightFunc(d.f[prev.Start:prev.End], func(r rune) bool { return isSpace(r) || isCloser(r) })
		if lr, _ := decodeLastRune(last); lr != '；' && lr != ';' || prev.Start >= s.Start {
			break
		}
		s.Start = prev.Start
	}
	return s
}
