package browsertest

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/zhpipe/zhpipe/out"
	"github.com/zhpipe/zhpipe/pipeline"
)

// astralArticle is a small summary whose highlights are hard to draw:
// characters outside the BMP (𠮷, two UTF-16 units) before and inside them,
// a conversion that makes a BMP character astral (㑮 → 𫝈) and one that
// shortens a phrase (執行緒 → 线程), two highlights that cross, a highlight
// over a line break, and a quote that crosses a highlight.
func astralArticle(t *testing.T) (*out.Article, pipeline.Alignment) {
	t.Helper()
	orig := "𠮷野家的㑮先生在𠮷林市說:\n執行緒有3個。𠮷林市長說"
	b := pipeline.NewBuilder(orig)
	for _, r := range []struct{ from, to string }{{"㑮", "𫝈"}, {"說", "说"}, {"執行緒", "线程"}, {"個", "个"}, {"長", "长"}, {"說", "说"}} {
		i := strings.Index(orig[b.Pos():], r.from)
		if i < 0 {
			t.Fatalf("%q not found after byte %d", r.from, b.Pos())
		}
		b.Copy(i)
		b.Replace(len(r.from), r.to)
	}
	simp, al := b.Finish()
	at := func(s string, nth int) out.Mention {
		off := 0
		for k := 0; ; k++ {
			i := strings.Index(orig[off:], s)
			if i < 0 {
				t.Fatalf("%q #%d not in the text", s, nth)
			}
			if k == nth {
				start := utf8.RuneCountInString(orig[:off+i])
				return out.Mention{Text: s, Start: start, End: start + utf8.RuneCountInString(s)}
			}
			off += i + len(s)
		}
	}
	ent := func(id, typ string, ms ...out.Mention) out.Entity {
		return out.Entity{ID: id, Type: typ, Name: ms[0].Text, Simplified: ms[0].Text, Traditional: ms[0].Text, Mentions: ms}
	}
	q := at("執行緒有3個", 0)
	n := at("3個", 0)
	a := &out.Article{
		Schema: out.Schema, ID: "astral", Text: orig, Simplified: simp,
		Source:        out.Source{Encoding: "utf-8", Script: "traditional", Region: "tw", Conversion: "tw2sp"},
		People:        []out.Entity{ent("P1", "person", at("㑮先生", 0)), ent("P2", "person", at("市長", 0))},
		Organizations: []out.Entity{ent("O1", "organization", at("𠮷野家", 0))},
		Places:        []out.Entity{ent("L1", "place", at("𠮷林市", 0), at("𠮷林市", 1))},
		Orders:        []out.Order{},
		Documents:     []out.Document{{ID: "D1", Title: "說:\n執行緒", Mentions: []out.Mention{at("說:\n執行緒", 0)}}},
		Dates:         []out.Date{},
		Quantities:    []out.Quantity{{Text: n.Text, Start: n.Start, End: n.End, Value: 3, Unit: "個"}},
		Argument:      out.Argument{Quotes: []out.Quote{{Text: q.Text, Start: q.Start, End: q.End, Kind: "reported"}}},
	}
	return a, al
}

// TestAstralInBrowser checks in the browser that every highlighted element
// holds its entity's text, in both views, when the text has characters
// outside the BMP and highlights that cross each other or a line break.
func TestAstralInBrowser(t *testing.T) {
	if os.Getenv("ZHPIPE_BROWSER") != "1" {
		t.Skip("skipping: the browser test runs with ZHPIPE_BROWSER=1 (make test-browser)")
	}
	chromium, err := FindChromium()
	if err != nil {
		t.Fatal(err)
	}
	a, al := astralArticle(t)
	var buf bytes.Buffer
	if err := out.WriteHTML(&buf, a, out.HTMLOptions{Alignment: &al}); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(artifactDir(t), "astral.html")
	if err := os.WriteFile(file, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	b := &Browser{Path: chromium, Width: 1000, Height: 600, Budget: 2 * time.Second}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	for _, view := range []struct {
		fragment   string
		simplified bool
	}{{"", false}, {"probe-simplified", true}} {
		u, err := FileURL(file, view.fragment)
		if err != nil {
			t.Fatal(err)
		}
		dump, err := b.DumpDOM(ctx, u)
		if err != nil {
			t.Fatal(err)
		}
		p, err := ReadPage(dump)
		if err != nil {
			t.Fatal(err)
		}
		n, problems := CheckHighlights(p, view.simplified)
		for _, pr := range problems {
			t.Errorf("simplified=%v: %s", view.simplified, pr)
		}
		if len(p.Data.Highlights) != 7 || n <= len(p.Data.Highlights) {
			t.Errorf("simplified=%v: %d highlights as %d elements; want 7, some split", view.simplified, len(p.Data.Highlights), n)
		}
		var texts []string
		for _, h := range p.Data.Highlights {
			if view.simplified {
				texts = append(texts, h.Simplified)
			} else {
				texts = append(texts, h.Text)
			}
		}
		t.Logf("simplified=%v: %d elements hold %q", view.simplified, n, texts)
	}
}
