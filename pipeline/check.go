package pipeline

import (
	"fmt"
	"unicode/utf8"
)

// Check verifies the invariants every Doc must keep: the alignment covers
// both texts, and every range lies inside Original on code point
// boundaries. It returns every violation found (nil when there is none).
// Tests run it on every fixture; it is cheap enough to run in production.
func Check(d *Doc) []error {
	var errs []error
	bad := func(what string, r Range) {
		if r.Start < 0 || r.End < r.Start || r.End > len(d.Original) {
			errs = append(errs, fmt.Errorf("%s %v outside the original (%d bytes)", what, r, len(d.Original)))
			return
		}
		if !boundary(d.Original, r.Start) || !boundary(d.Original, r.End) {
			errs = append(errs, fmt.Errorf("%s %v splits a code point", what, r))
		}
	}
	if d.Align.SrcLen() != len(d.Original) || d.Align.DstLen() != len(d.Text) {
		errs = append(errs, fmt.Errorf("alignment covers %d→%d bytes, texts are %d→%d", d.Align.SrcLen(), d.Align.DstLen(), len(d.Original), len(d.Text)))
	}
	i := 0
	for s, w := range d.Align.All() {
		if s.End < s.Start || w.End < w.Start {
			errs = append(errs, fmt.Errorf("alignment piece %d runs backwards", i))
		}
		i++
	}
	for _, r := range d.Paragraphs {
		bad("paragraph", r)
	}
	for _, r := range d.Sentences {
		bad("sentence", r)
	}
	for _, t := range d.Tokens {
		bad("token", t.Range())
		if w := t.Work(); w.Start < 0 || w.End > len(d.Text) || w.End < w.Start {
			errs = append(errs, fmt.Errorf("token working range %v outside the working text", w))
		}
	}
	for _, set := range [][]Entity{d.People, d.Organizations, d.Places, d.Administrations} {
		for _, e := range set {
			bad(e.ID+" name", e.Name)
			for _, m := range e.Mentions {
				bad(e.ID+" mention", m)
			}
			for _, m := range e.Titles {
				bad(e.ID+" title", m)
			}
		}
	}
	for _, o := range d.Orders {
		for _, m := range o.Mentions {
			bad("order "+o.ID, m)
		}
	}
	for _, doc := range d.Documents {
		for _, m := range doc.Mentions {
			bad("document "+doc.ID, m)
		}
	}
	for _, x := range d.Dates {
		bad("date", x.Range)
	}
	for _, x := range d.Quantities {
		bad("quantity", x.Range)
	}
	a := d.Argument
	for _, s := range a.Sections {
		bad("section", s.Range)
	}
	for _, e := range a.Enumerations {
		if e.Announced != nil {
			bad("announcement", e.Announced.Range)
		}
		for _, it := range e.Items {
			bad("item", it.Range)
			bad("item head", it.Head)
		}
	}
	for _, q := range a.Quotes {
		bad("quote", q.Range)
	}
	for _, c := range a.Claims {
		bad("claim", c.Range)
	}
	for _, t := range a.Totals {
		bad("total", t.StatedAt)
		for _, p := range t.PartsAt {
			bad("total part", p)
		}
	}
	return errs
}

func boundary(s string, i int) bool {
	return i == 0 || i == len(s) || utf8.RuneStart(s[i])
}
