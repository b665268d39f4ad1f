package argument

import (
	"strings"

	"github.com/zhpipe/zhpipe/pipeline/internal/hanstr"
)

// This file resolves the pronouns and role nouns that stand for a speaker
// named before (他, 她們, 該部, 發言人, 該官員, a bare title such as 總統).

// titledPerson finds the person a bare title at [lo, end) stands for:
// the nearest person mentioned before with that title written next to the
// name (總統說 after 林一民總統 or 總統林一民; 行政長官： after
// 行政長官林鄭月娥), within the three paragraphs before. The mention keeps
// the span of the title where it stands.
func (q *quoteFinder) titledPerson(lo, end int) (mention, bool) {
	d := q.d
	t := d.f[lo:end]
	if !isTitle(t) || d.runeCount(lo, end) > 10 {
		return mention{}, false
	}
	pi := d.paraAt(lo)
	if pi < 0 {
		return mention{}, false
	}
	holds := func(m mention) bool { return q.holdsTitle(m, t) }
	floor := d.paras[max(0, pi-3)].Start
	for k := q.from(lo) - 1; k >= 0 && q.ms[k].Start >= floor; k-- {
		d.work++
		if m := q.ms[k]; m.sp.Kind == Person && m.End <= lo && holds(m) {
			return mention{Span{lo, end}, m.sp}, true
		}
	}
	// Further on in a long text, the holder the lead (its first three
	// paragraphs) names with the title: 林一民總統今日… ¶…¶…¶…¶總統說.
	lead := d.paras[min(len(d.paras)-1, 2)].End
	for k := 0; k < len(q.ms) && q.ms[k].End <= min(lead, floor); k++ {
		d.work++
		if m := q.ms[k]; m.sp.Kind == Person && holds(m) {
			return mention{Span{lo, end}, m.sp}, true
		}
	}
	return mention{}, false
}

// titledPersonAfter finds the person a bare title at [lo, end) stands for
// when nobody with that title is named before it: the first person named
// after it with the title written next to the name, within the three
// paragraphs after (a headline or a label 總統：… before 林一民總統…).
func (q *quoteFinder) titledPersonAfter(lo, end int) (mention, bool) {
	d := q.d
	t := d.f[lo:end]
	if !isTitle(t) || d.runeCount(lo, end) > 10 {
		return mention{}, false
	}
	pi := d.paraAt(lo)
	if pi < 0 {
		return mention{}, false
	}
	ceil := d.paras[min(len(d.paras)-1, pi+3)].End
	for k := q.from(end); k < len(q.ms) && q.ms[k].End <= ceil; k++ {
		d.work++
		if m := q.ms[k]; m.sp.Kind == Person && q.holdsTitle(m, t) {
			return mention{Span{lo, end}, m.sp}, true
		}
	}
	return mention{}, false
}

// holdsTitle reports whether the person mention m is written with the
// title t (folded) right before or after the name (總統林一民, 林一民總統,
// or 行政長官 for 特首) — the title itself, not a deputy's or a former
// holder's (副總統, 前總統).
func (q *quoteFinder) holdsTitle(m mention, t string) bool {
	d := q.d
	for _, t := range []string{t, otherTitle(t)} {
		if t == "" {
			continue
		}
		if b := d.f[:m.Start]; strings.HasSuffix(b, t) {
			if r, _ := decodeLastRune(b[:len(b)-len(t)]); !strings.ContainsRune("副前原准", r) {
				return true
			}
		}
		if strings.HasPrefix(d.f[m.End:], t) {
			return true
		}
	}
	return false
}

// otherTitle returns the other way a title is written (特首 and 行政長官
// are one office), or "".
func otherTitle(t string) string {
	switch t {
	case "特首":
		return "行政长官"
	case "行政长官":
		return "特首"
	}
	return ""
}

// pronoun is a pronoun or a role noun standing for a speaker named before:
// 他, 她們, 其, 該部, 發言人, 該官員.
type pronoun struct {
	Span
	person bool   // 他, 她, 他們: a person
	org    string // 該部 → 部: an organization with that head
	role   string // 發言人, 官員: a person with that title
	doc    string // 聲明, 報告, 文章: a text, standing for its issuer
}

// docNouns are the texts that speak for their issuer as the subject of a
// speech verb (白宮發表聲明。聲明指出…, 該報告寫道, 文章稱).
func docNouns() []string { return docNounsList }

var docNounsList = []string{"新闻稿", "声明", "报告", "文章", "社论", "社评", "评论", "公报", "文告", "公告", "贴文", "帖文", "文件", "声明稿", "来信", "信件",
	"报道", "报导", "通告", "通报", "消息"}

// pronounAt reads a pronoun at lo that is the subject of the clause ending
// at end (only adverbials and frames between it and the verb).
func (q *quoteFinder) pronounAt(lo, end int) (pronoun, bool) {
	d := q.d
	t := d.f[lo:]
	var p pronoun
	switch {
	case strings.HasPrefix(t, "他们") || strings.HasPrefix(t, "她们"):
		p = pronoun{Span: Span{lo, lo + len("他们")}, person: true}
	case strings.HasPrefix(t, "他") || strings.HasPrefix(t, "她"):
		p = pronoun{Span: Span{lo, lo + len("他")}, person: true}
	case strings.HasPrefix(t, "其"):
		p = pronoun{Span: Span{lo, lo + len("其")}}
	default:
		for _, pre := range []string{"该", "这位", "这名", "此位", "该名", "该位"} {
			if !strings.HasPrefix(t, pre) {
				continue
			}
			rest := t[len(pre):]
			for _, h := range []string{"发言人", "官员", "负责人", "人士", "议员", "部长", "局长", "主席", "学者", "专家", "记者", "律师"} {
				if strings.HasPrefix(rest, h) {
					p = pronoun{Span: Span{lo, lo + len(pre) + len(h)}, role: h}
					break
				}
			}
			if p.End == 0 {
				for _, h := range []string{"委员会", "部", "局", "署", "会", "院", "办", "公司", "集团", "行", "报", "社", "台", "组织", "机构", "党", "府"} {
					if strings.HasPrefix(rest, h) {
						p = pronoun{Span: Span{lo, lo + len(pre) + len(h)}, org: h}
						break
					}
				}
			}
			break
		}
		if p.End == 0 {
			for _, h := range []string{"发言人", "官员"} {
				if strings.HasPrefix(t, h) {
					p = pronoun{Span: Span{lo, lo + len(h)}, role: h}
				}
			}
		}
		if p.End == 0 {
			// 聲明指出, 該報告寫道, 這篇文章中稱.
			rest := t
			for _, pre := range []string{"该份", "该篇", "这份", "这篇", "该", "此", "这"} {
				if strings.HasPrefix(rest, pre) {
					rest = rest[len(pre):]
					break
				}
			}
			for _, h := range docNouns() {
				if !strings.HasPrefix(rest, h) {
					continue
				}
				e := lo + (len(t) - len(rest)) + len(h)
				p = pronoun{Span: Span{lo, e}, doc: h}
				for _, x := range []string{"中", "里", "内"} {
					if strings.HasPrefix(d.f[e:], x) && e+len(x) == end {
						end = e // 報告中指出: the frame is no subject
					}
				}
				break
			}
		}
	}
	if p.End == 0 || p.End > end {
		return pronoun{}, false
	}
	// Only adverbials and frames between the pronoun and the verb.
	if d.trimTail(p.End, end) > p.End && p.End != end {
		return pronoun{}, false
	}
	return p, true
}

// resolve finds who a pronoun stands for: the nearest earlier speaker of a
// compatible kind — a speaker of an earlier statement first, then a
// mention that opens its clause, then any mention — within the paragraph
// and the two before it; a role (發言人) goes to a speaker with that title.
func (q *quoteFinder) resolve(p pronoun) []mention {
	d := q.d
	pi := d.paraAt(p.Start)
	if pi < 0 {
		return nil
	}
	floor := d.paras[max(0, pi-2)].Start
	compatible := func(m mention) bool {
		switch {
		case p.person:
			return m.sp.Kind == Person
		case p.org != "":
			return m.sp.Kind == Organization
		case p.role != "":
			return m.sp.Kind == Person
		}
		return m.sp.Kind != Document
	}
	if p.doc != "" {
		// The text itself when the article names it (《…報告》), else who
		// issued it where the text is mentioned before (白宮發表聲明,
		// 財政部日前的公告), else the speaker or the actor named before.
		for k := q.from(p.Start) - 1; k >= 0 && q.ms[k].End > floor; k-- {
			if m := q.ms[k]; m.sp.Kind == Document && strings.HasSuffix(strings.TrimSuffix(fold(m.sp.Name), "》"), p.doc) {
				return []mention{m}
			}
		}
		if i := hanstr.LastIndex(d.f[floor:p.Start], p.doc); i >= 0 {
			occ := floor + i
			for k := q.from(q.clauseStart(occ)); k < len(q.ms) && q.ms[k].End <= occ; k++ {
				if m := q.ms[k]; (m.sp.Kind == Person || m.sp.Kind == Organization) && !q.inQuote(m.Span) && !q.addressee(m) {
					return q.coordinated(q.titled(k, occ))
				}
			}
		}
	}
	// Speakers of earlier statements, nearest first; a person who opens a
	// clause nearer to the pronoun comes before them (王強表示…。李明
	// 隨後到場。他說 → 李明).
	var said []mention
	saidAt := -1
	for k := len(q.said) - 1; k >= 0; k-- {
		s := q.said[k]
		if s.at.Start >= p.Start {
			continue
		}
		if s.at.End <= floor {
			break
		}
		m := s.who[0]
		if !compatible(m) {
			continue
		}
		if p.org != "" && !strings.HasSuffix(fold(m.sp.Name), p.org) {
			continue
		}
		if p.role != "" && !hanstr.Contains(d.f[s.title.Start:s.title.End], p.role) && !strings.HasSuffix(fold(m.sp.Name), p.role) {
			continue
		}
		said, saidAt = s.who, s.at.Start
		break
	}
	if p.role != "" {
		return said
	}
	var any []mention
	for k := q.from(p.Start) - 1; k >= 0 && q.ms[k].End > floor && q.ms[k].Start > saidAt; k-- {
		d.work++
		m := q.ms[k]
		if !compatible(m) || q.inQuote(m.Span) || q.modifier(m) || m.End > p.Start {
			continue
		}
		if p.org != "" && !strings.HasSuffix(fold(m.sp.Name), p.org) {
			continue
		}
		if any == nil {
			any = []mention{m}
		}
		if q.opensClause(k) {
			return q.coordinated(k)
		}
	}
	if said != nil {
		return said
	}
	return any
}

// opensClause reports whether mention k is the subject its clause opens
// with: the first mention of the clause that is not a modifier, an
// addressee or an object, or the person that mention titles (新任發言人
// 陳斌華引用董事長辜振甫…: 陳斌華, not 辜振甫).
func (q *quoteFinder) opensClause(k int) bool {
	d := q.d
	m := q.ms[k]
	lo := d.skipConnectives(q.clauseStart(m.Start), m.Start)
	for j := q.from(lo); j <= k; j++ {
		d.work++
		c := q.ms[j]
		if q.modifier(c) || q.inQuote(c.Span) || q.addressee(c) || q.governed(c, lo) {
			continue
		}
		if j == k {
			return true
		}
		if c.sp.Kind == Person {
			return false
		}
		return q.titled(j, m.End) == k
	}
	return false
}
