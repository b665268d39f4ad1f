package argument

import (
	"context"
	"fmt"
	"io"

	"github.com/zhpipe/zhpipe/pipeline"
)

// Stage is the pipeline stage that fills Doc.Argument. It analyses
// Original (all ranges are then ranges of Original, no alignment needed),
// with the Doc's people, organizations and documents as candidate speakers
// and its quantities as numbers, so it runs after the entity and quantity
// stages. Diagnostics go to Doc.Diagnostics under the stage name
// "argument". A Stage holds nothing and is safe for concurrent use.
type Stage struct{}

// Name implements pipeline.Stage.
func (Stage) Name() string { return "argument" }

// Process implements pipeline.Stage.
func (Stage) Process(ctx context.Context, d *pipeline.Doc) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	speakers, numbers := Inputs(d)
	a := Analyze(d.Original, speakers, numbers)
	d.Argument = a.Pipeline()
	for _, g := range a.Diagnostics {
		r := pipeline.Range{Start: g.Start, End: g.End}
		d.Diagnose("argument", g.Code, &r, "%s", g.Message)
	}
	return nil
}

// Inputs builds Analyze's speakers from a Doc's people, organizations and
// documents (a document speaks through every mention, aliases included),
// and its numbers from the Doc's quantities.
func Inputs(d *pipeline.Doc) ([]Speaker, []Number) {
	var sp []Speaker
	span := func(r pipeline.Range) string {
		if r.Start < 0 || r.End > len(d.Original) || r.Start > r.End {
			return ""
		}
		return d.Original[r.Start:r.End]
	}
	add := func(kind SpeakerKind, es []pipeline.Entity) {
		for _, e := range es {
			s := Speaker{ID: e.ID, Name: span(e.Name), Kind: kind}
			for _, m := range e.Mentions {
				s.Mentions = append(s.Mentions, Span{m.Start, m.End})
			}
			sp = append(sp, s)
		}
	}
	add(Person, d.People)
	add(Organization, d.Organizations)
	for _, doc := range d.Documents {
		s := Speaker{ID: doc.ID, Name: doc.Title, Kind: Document}
		for _, m := range doc.Mentions {
			s.Mentions = append(s.Mentions, Span{m.Start, m.End})
		}
		sp = append(sp, s)
	}
	var ns []Number
	for _, q := range d.Quantities {
		ns = append(ns, Number{Start: q.Start, End: q.End, Value: q.Value, Unit: q.Unit, Noun: q.Noun})
	}
	return sp, ns
}

// Pipeline converts a to the Doc's representation. Claims have no field
// there; a contradicted claim is among the diagnostics.
func (a *Argument) Pipeline() pipeline.Argument {
	var p pipeline.Argument
	if a == nil {
		return p
	}
	r := func(s, e int) pipeline.Range { return pipeline.Range{Start: s, End: e} }
	for _, s := range a.Sections {
		ps := pipeline.Section{Range: r(s.Start, s.End), Role: s.Role.String()}
		if s.Heading != "" {
			h := r(s.HeadingStart, s.HeadingEnd)
			ps.Heading = &h
		}
		p.Sections = append(p.Sections, ps)
	}
	for _, e := range a.Enumerations {
		pe := pipeline.Enumeration{ID: e.ID, Parent: e.Parent, About: e.About, Style: e.Style, Numbers: e.Numbers, Skips: e.Skips}
		if e.Announced != nil {
			pe.Announced = &pipeline.Announcement{Range: r(e.Announced.Start, e.Announced.End), Count: e.Announced.Count}
		}
		for k, it := range e.Items {
			pe.Items = append(pe.Items, pipeline.Item{
				ID:     fmt.Sprintf("%s.%d", e.ID, k+1),
				Range:  r(it.Start, it.End),
				Marker: r(it.MarkerStart, it.MarkerEnd),
				Head:   r(it.HeadStart, it.HeadEnd),
			})
		}
		p.Enumerations = append(p.Enumerations, pe)
	}
	for _, q := range a.Quotes {
		pq := pipeline.Quote{Range: r(q.Start, q.End), Speaker: q.Speaker, SpeakerName: q.SpeakerName, Speakers: q.Speakers, Verb: q.Verb, Kind: q.Kind.String(), SpeakerTitle: q.SpeakerTitle}
		if q.SpeakerAt != nil {
			at := r(q.SpeakerAt.Start, q.SpeakerAt.End)
			pq.SpeakerAt = &at
		}
		p.Quotes = append(p.Quotes, pq)
	}
	for _, t := range a.Totals {
		pt := pipeline.Total{Stated: t.Stated, StatedAt: r(t.Start, t.End), Parts: t.Parts, Sum: t.Sum, Consistent: t.Consistent, Unit: t.Unit, Partial: t.Partial}
		for _, m := range t.PartMentions {
			pt.PartsAt = append(pt.PartsAt, r(m.Start, m.End))
		}
		p.Totals = append(p.Totals, pt)
	}
	for _, c := range a.Claims {
		p.Claims = append(p.Claims, pipeline.Claim{Range: r(c.Start, c.End), Holds: c.Holds, Detail: c.Detail})
	}
	if a.Thesis != nil {
		th := r(a.Thesis.Start, a.Thesis.End)
		p.Thesis = &th
	}
	return p
}

// WriteDocOutline writes the outline of an annotated Doc (see
// WriteOutline): it analyses Original again with the Doc's entities and
// quantities, which gives the same result as Stage, and names speakers by
// the Doc's entities and documents. This is what `zhpipe outline` prints.
func WriteDocOutline(w io.Writer, d *pipeline.Doc) error {
	speakers, numbers := Inputs(d)
	names := map[string]string{}
	for _, s := range speakers {
		names[s.ID] = s.Name
	}
	a := Analyze(d.Original, speakers, numbers)
	return WriteOutline(w, d.Original, a, func(id string) string { return names[id] })
}
