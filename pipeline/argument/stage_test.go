package argument

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/zhpipe/zhpipe/pipeline"
)

var _ pipeline.Stage = Stage{}

func TestStage(t *testing.T) {
	text, _ := readSeed(t)
	d := pipeline.NewDoc("seed", pipeline.Source{}, text)
	// Entities as the entity stage gives them: ranges of Original.
	for _, s := range buildSpeakers(text, seedSpeakers()) {
		var ms []pipeline.Range
		for _, m := range s.Mentions {
			ms = append(ms, pipeline.Range{Start: m.Start, End: m.End})
		}
		e := pipeline.Entity{ID: s.ID, Mentions: ms}
		if len(ms) > 0 {
			e.Name = ms[0]
		}
		switch s.Kind {
		case Person:
			d.People = append(d.People, e)
		case Organization:
			d.Organizations = append(d.Organizations, e)
		default:
			d.Documents = append(d.Documents, pipeline.Document{ID: s.ID, Title: s.Name, Mentions: ms})
		}
	}
	if err := (Stage{}).Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	a := d.Argument
	// 11 lists: the seed's ten, and 算力、能源、硬體和人才四大瓶頸.
	if len(a.Enumerations) != 11 || len(a.Totals) != 2 || len(a.Sections) != 5 || a.Thesis == nil {
		t.Errorf("Doc.Argument has %d enumerations, %d totals, %d sections, thesis %v; want 11, 2, 5, a thesis",
			len(a.Enumerations), len(a.Totals), len(a.Sections), a.Thesis)
	}
	for _, q := range a.Quotes {
		if q.Range.Of(text) == "" || q.Kind == "" {
			t.Errorf("quote %+v: empty text or kind", q)
		}
	}
	if len(d.Diagnostics) != 1 || d.Diagnostics[0].Stage != "argument" || d.Diagnostics[0].Code != DiagClaimContradicted {
		t.Errorf("diagnostics = %+v; want one %s from stage argument", d.Diagnostics, DiagClaimContradicted)
	}
	for _, e := range a.Enumerations {
		for _, it := range e.Items {
			if it.Head.Start < it.Range.Start || it.Head.End > it.Range.End {
				t.Errorf("item %s: head %v outside %v", it.ID, it.Head, it.Range)
			}
		}
	}
	// The checker of the Doc's invariants accepts it.
	if errs := pipeline.Check(d); len(errs) > 0 {
		t.Errorf("pipeline.Check(d) = %v", errs)
	}
	var b bytes.Buffer
	if err := WriteDocOutline(&b, d); err != nil {
		t.Fatal(err)
	}
	if got := b.String(); !strings.Contains(got, "E4 三大發展支柱: announced 3, found 3 ✓") || !strings.Contains(got, "美國商務部 稱") {
		t.Errorf("WriteDocOutline = %q; want the pillars and the named speakers", got)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := (Stage{}).Process(ctx, d); err == nil {
		t.Errorf("Process with a cancelled context succeeded; want its error")
	}
}
