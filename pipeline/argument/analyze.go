package argument

import (
	"fmt"
	"sort"
)

// Analyze finds the argument structure of text. speakers are the
// candidate speakers with their mentions (from the entity stage); numbers
// are counted quantities (from the quantity stage) — when nil, a small
// internal finder is used. Spans in speakers and numbers that do not fit
// text are ignored. The result's spans are byte offsets into text; the
// result is deterministic and never nil.
func Analyze(text string, speakers []Speaker, numbers []Number) *Argument {
	a, _ := analyze(text, speakers, numbers)
	return a
}

// analyze is Analyze that also returns the number of steps taken by the
// loops that search candidates (see doc.work), for the scaling test.
func analyze(text string, speakers []Speaker, numbers []Number) (*Argument, int) {
	sc := getScratch()
	defer putScratch(sc)
	d := newDocIn(text, sc)
	a := &Argument{
		Sections:     []Section{},
		Enumerations: []Enumeration{},
		Quotes:       []Quote{},
		Totals:       []Total{},
		Claims:       []Claim{},
		Diagnostics:  []Diagnostic{},
	}
	if len(d.paras) == 0 {
		return a, d.work
	}

	// Enumerations: marker lists first, then announcements, then unmarked
	// parallel paragraphs for announcements still unclaimed.
	ms := d.findMarkers()
	starts := map[int]string{}
	for _, m := range ms {
		if m.atStart {
			starts[d.paras[m.para].Start] = m.family
		}
	}
	ls := chainMarkers(ms)
	bs := d.buildLists(ls, starts)
	as := d.findAnnouncements()
	d.linkAnnouncements(bs, as)
	markerParas := map[int]bool{}
	for _, b := range bs {
		if b.level != "inline" {
			for _, p := range b.paras {
				markerParas[p] = true
			}
		}
	}
	bs = append(bs, d.openerLists(ms, ls, as, markerParas)...)
	taken := map[int]bool{} // first items of inline lists
	markerStarts := map[int]bool{}
	for _, m := range ms {
		markerStarts[m.start] = true
	}
	par := append(d.parallelParagraphs(as, markerParas), d.inlineLists(as, taken)...)
	par = append(par, d.countedAfter(taken)...)
	par = append(par, d.oneIsLists(taken)...)
	par = append(par, d.colonSeries(taken, markerStarts)...)
	for _, b := range par {
		if b.level == "inline" {
			continue
		}
		for _, p := range b.paras {
			markerParas[p] = true
		}
	}
	par = append(par, d.lineLists(markerParas, starts)...)
	alike := d.alikeParagraphs(markerParas)
	d.linkAnnouncements(alike, as)
	bs = append(append(bs, par...), alike...)
	nest(bs, &d.work)
	for _, b := range bs {
		a.Enumerations = append(a.Enumerations, b.e)
		if b.e.Announced != nil && b.e.Announced.Count != len(b.e.Items) {
			a.Diagnostics = append(a.Diagnostics, Diagnostic{
				Code:    DiagCountMismatch,
				Message: fmt.Sprintf("%s announces %d items; %d found", b.e.Announced.Text, b.e.Announced.Count, len(b.e.Items)),
				Start:   b.e.Announced.Start, End: b.e.Announced.End,
			})
		}
		if b.gap {
			s := b.span()
			a.Diagnostics = append(a.Diagnostics, Diagnostic{
				Code: DiagOrdinalGap, Message: fmt.Sprintf("%s: an ordinal is skipped", b.e.ID), Start: s.Start, End: s.End,
			})
		}
	}
	for _, an := range as {
		if an.strong && !an.used && !an.anaph {
			a.Diagnostics = append(a.Diagnostics, Diagnostic{
				Code:    DiagUnmatchedAnnounce,
				Message: fmt.Sprintf("%s announces %d items; no list follows", text[an.Start:an.End], an.count),
				Start:   an.Start, End: an.End,
			})
		}
	}

	a.Sections = append(a.Sections, d.sections(bs)...)

	qs, diags := d.quotes(mentions(text, speakers))
	if len(qs) > 0 {
		a.Quotes = qs // (quotes' own slice: nothing else holds it)
	}
	a.Diagnostics = append(a.Diagnostics, diags...)

	a.Totals = append(a.Totals, d.totals(bs, d.numbers(numbers))...)
	for _, t := range a.Totals {
		// A 其中 breakdown may be partial or overlapping (特有品種26種，
		// 經濟魚類23種 of 40): only the parts of a list are meant to add up.
		if !t.Consistent && !t.Partial {
			a.Diagnostics = append(a.Diagnostics, Diagnostic{
				Code:    DiagTotalMismatch,
				Message: fmt.Sprintf("%s stated, parts add up to %g", t.Text, t.Sum),
				Start:   t.Start, End: t.End,
			})
		}
	}
	a.Claims = append(a.Claims, d.claims(a.Totals)...)
	for _, c := range a.Claims {
		if !c.Holds {
			a.Diagnostics = append(a.Diagnostics, Diagnostic{
				Code: DiagClaimContradicted, Message: c.Text + ": " + c.Detail, Start: c.Start, End: c.End,
			})
		}
	}
	a.Thesis = d.thesis(a.Quotes, d.firstBody())
	sort.SliceStable(a.Diagnostics, func(i, j int) bool { return a.Diagnostics[i].Start < a.Diagnostics[j].Start })
	return a, d.work
}
