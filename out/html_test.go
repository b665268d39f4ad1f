package out

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"html"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/zhpipe/zhpipe/pipeline"
)

var writeHTML = flag.String("html", "", "also write the seed's page to this file (for looking at it)")

// seedArticle is the seed article's summary, as `zhpipe annotate` wrote it;
// a fixed file, so that these tests check the page and not the pipeline.
func seedArticle(t testing.TB) *Article {
	t.Helper()
	raw, err := os.ReadFile(filepath.Join("testdata", "html", "seed-article.json"))
	if err != nil {
		t.Fatal(err)
	}
	var a Article
	if err := json.Unmarshal(raw, &a); err != nil {
		t.Fatal(err)
	}
	return &a
}

// u16 slices s by UTF-16 units, as JavaScript's String.prototype.slice does.
func u16(s string, start, end int) string {
	u := utf16.Encode([]rune(s))
	if start < 0 || end < start || end > len(u) {
		return "<out of range>"
	}
	return string(utf16.Decode(u[start:end]))
}

// pageData extracts the data a page carries.
func pageData(t testing.TB, page string) *HTMLData {
	t.Helper()
	const open = `<script type="application/json" id="zhpipe-data">`
	i := strings.Index(page, open)
	if i < 0 {
		t.Fatalf("page has no data script")
	}
	rest := page[i+len(open):]
	j := strings.Index(rest, "</script>")
	if j < 0 {
		t.Fatalf("data script is not closed")
	}
	var d HTMLData
	if err := json.Unmarshal([]byte(rest[:j]), &d); err != nil {
		t.Fatalf("data script: %v", err)
	}
	return &d
}

// checkData asserts the page data's invariants: every highlight and target
// covers its text in the original (UTF-16 units) and the same range of the
// Simplified text as its Simplified form.
func checkData(t testing.TB, d *HTMLData) {
	t.Helper()
	for i, h := range d.Highlights {
		if got := u16(d.Text, h.Start, h.End); got != h.Text {
			t.Errorf("highlight %d (%s %s): text[%d:%d] = %q; want %q", i, h.Type, h.Ref, h.Start, h.End, got, h.Text)
		}
		if got := u16(d.Simplified, h.SStart, h.SEnd); got != h.Simplified {
			t.Errorf("highlight %d (%s %s): simplified[%d:%d] = %q; want %q", i, h.Type, h.Ref, h.SStart, h.SEnd, got, h.Simplified)
		}
		if h.Note < 0 || h.Note >= len(d.Notes) || len(d.Notes[h.Note]) == 0 {
			t.Errorf("highlight %d (%s %s): note %d of %d is missing or empty", i, h.Type, h.Ref, h.Note, len(d.Notes))
		}
		if h.Start >= h.End {
			t.Errorf("highlight %d is empty: [%d, %d)", i, h.Start, h.End)
		}
	}
	for i, g := range d.Targets {
		if got := u16(d.Text, g.Start, g.End); got != g.Text {
			t.Errorf("target %d (%s): text[%d:%d] = %q; want %q", i, g.Kind, g.Start, g.End, got, g.Text)
		}
		if g.SStart > g.SEnd || u16(d.Simplified, g.SStart, g.SEnd) == "<out of range>" {
			t.Errorf("target %d (%s): simplified range [%d, %d) is invalid", i, g.Kind, g.SStart, g.SEnd)
		}
	}
}

func render(t testing.TB, a *Article, opts HTMLOptions) string {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteHTML(&buf, a, opts); err != nil {
		t.Fatalf("WriteHTML: %v", err)
	}
	return buf.String()
}

func TestWriteHTMLSeed(t *testing.T) {
	a := seedArticle(t)
	page := render(t, a, HTMLOptions{})
	if *writeHTML != "" {
		if err := os.WriteFile(*writeHTML, []byte(page), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	d := pageData(t, page)
	checkData(t, d)

	// Every type is present, and every mention is highlighted.
	got := map[string]int{}
	for _, h := range d.Highlights {
		got[h.Type]++
	}
	want := map[string]int{"date": len(a.Dates), "quantity": len(a.Quantities)}
	for _, g := range []struct {
		typ string
		es  []Entity
	}{{"person", a.People}, {"organization", a.Organizations}, {"place", a.Places}} {
		for _, e := range g.es {
			want[g.typ] += len(e.Mentions)
		}
	}
	for _, o := range a.Orders {
		want["order"] += len(o.Mentions)
	}
	for _, x := range a.Documents {
		want["document"] += len(x.Mentions)
	}
	for _, typ := range HighlightTypes() {
		if got[typ] == 0 || got[typ] != want[typ] {
			t.Errorf("%s highlights = %d; want %d (and more than none)", typ, got[typ], want[typ])
		}
	}
	// The outline names every enumeration with its counts, and every quote.
	for _, e := range a.Argument.Enumerations {
		if !strings.Contains(page, `data-enum="`+e.ID+`"`) {
			t.Errorf("outline has no enumeration %s", e.ID)
		}
	}
	if n, want := strings.Count(page, `class="speaker"`)+strings.Count(page, `class="kind"`), len(a.Argument.Quotes); n != want {
		t.Errorf("outline lists %d quotes; want %d", n, want)
	}
	shown := html.UnescapeString(page)
	for _, s := range []string{"announced 4 · found 4", "30 = 15 + 8 + 7", "tw2sp", "utf-8", "traditional"} {
		if !strings.Contains(shown, s) {
			t.Errorf("page does not show %q", s)
		}
	}
	if len(page) > 200_000 {
		t.Errorf("page is %d bytes; want a small page (< 200 kB)", len(page))
	}
}

var externalRef = regexp.MustCompile(`(?i)(src|href|action|srcset)\s*=\s*["']?\s*(https?:)?//|url\(\s*["']?\s*(https?:)?//|@import`)

func TestWriteHTMLSelfContained(t *testing.T) {
	page := render(t, seedArticle(t), HTMLOptions{})
	if m := externalRef.FindString(page); m != "" {
		t.Errorf("page refers to something outside itself: %q", m)
	}
	for _, s := range []string{"http://", "https://", "<link", "<img", "<iframe", "fetch(", "XMLHttpRequest", "import("} {
		if strings.Contains(page, s) {
			t.Errorf("page contains %q; want a page that fetches nothing", s)
		}
	}
	if n := strings.Count(page, "<script"); n != 2 {
		t.Errorf("page has %d <script> elements; want 2 (data and code)", n)
	}
}

// astral builds a small summary whose text has characters outside the
// Basic Multilingual Plane (two UTF-16 units each) before and inside its
// entities, with a conversion that turns a BMP character into an astral
// one (㑮 → 𫝈) and a phrase into a shorter one (執行緒 → 线程).
func astral(t testing.TB) (*Article, pipeline.Alignment) {
	t.Helper()
	orig := "𠮷野家的㑮先生在𠮷林市說:執行緒有3個。<script>alert(1)</script>"
	b := pipeline.NewBuilder(orig)
	copyTo := func(s string) {
		i := strings.Index(orig[b.Pos():], s)
		if i < 0 {
			t.Fatalf("%q not found", s)
		}
		b.Copy(i)
	}
	copyTo("㑮")
	b.Replace(len("㑮"), "𫝈")
	copyTo("說")
	b.Replace(len("說"), "说")
	copyTo("執行緒")
	b.Replace(len("執行緒"), "线程")
	copyTo("個")
	b.Replace(len("個"), "个")
	simp, al := b.Finish()
	at := func(s string) Mention {
		i := strings.Index(orig, s)
		if i < 0 {
			t.Fatalf("%q not in the text", s)
		}
		start := utf8.RuneCountInString(orig[:i])
		return Mention{Text: s, Start: start, End: start + utf8.RuneCountInString(s)}
	}
	a := &Article{
		Schema: Schema, ID: "astral", Text: orig, Simplified: simp,
		Source: Source{Encoding: "utf-8", Script: "traditional", Region: "tw", Conversion: "tw2sp"},
		People: []Entity{{ID: "P1", Type: "person", Name: "㑮先生", Simplified: "𫝈先生", Traditional: "㑮先生", Mentions: []Mention{at("㑮先生")}}},
		Organizations: []Entity{{ID: "O1", Type: "organization", Name: "𠮷野家", Simplified: "𠮷野家", Traditional: "𠮷野家", English: "Yoshinoya <Inc>",
			Mentions: []Mention{at("𠮷野家")}}},
		Places:    []Entity{{ID: "L1", Type: "place", Name: "𠮷林市", Simplified: "𠮷林市", Traditional: "𠮷林市", Mentions: []Mention{at("𠮷林市")}}},
		Orders:    []Order{},
		Documents: []Document{{ID: "D1", Title: "執行緒", Simplified: "线程", Mentions: []Mention{at("執行緒")}}},
		Dates:     []Date{},
		Quantities: []Quantity{
			{Text: "3個", Start: at("3個").Start, End: at("3個").End, Value: 3, Unit: "個"},
		},
		Diagnostics: []Diagnostic{{Stage: "test", Code: "markup", Message: "<b>not bold</b>"}},
		Argument:    Argument{Quotes: []Quote{{Text: "執行緒有3個", Start: at("執行緒有3個").Start, End: at("執行緒有3個").End, Speaker: "P1", SpeakerName: "㑮先生", Verb: "說", Kind: "reported"}}},
	}
	return a, al
}

func TestHTMLDataUTF16(t *testing.T) {
	a, al := astral(t)
	for _, tc := range []struct {
		name string
		opts HTMLOptions
	}{
		{"recorded alignment", HTMLOptions{Alignment: &al}},
		{"derived alignment", HTMLOptions{}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d, err := NewHTMLData(a, tc.opts)
			if err != nil {
				t.Fatal(err)
			}
			checkData(t, d)
			want := map[string][2]string{ // type → (text, simplified)
				"person":       {"㑮先生", "𫝈先生"},
				"organization": {"𠮷野家", "𠮷野家"},
				"place":        {"𠮷林市", "𠮷林市"},
				"document":     {"執行緒", "线程"},
				"quantity":     {"3個", "3个"},
			}
			if len(d.Highlights) != len(want) {
				t.Fatalf("got %d highlights; want %d", len(d.Highlights), len(want))
			}
			for _, h := range d.Highlights {
				w := want[h.Type]
				if h.Text != w[0] || h.Simplified != w[1] {
					t.Errorf("%s: (%q, %q); want (%q, %q)", h.Type, h.Text, h.Simplified, w[0], w[1])
				}
			}
			// 𠮷 counts two units: the place starts after 𠮷野家的㑮先生在 = 2+1+1+1+1+1+1+1 units.
			for _, h := range d.Highlights {
				if h.Type == "place" && (h.Start != 9 || h.End != 13) {
					t.Errorf("place at [%d, %d) in UTF-16 units; want [9, 13)", h.Start, h.End)
				}
				if h.Type == "person" && (h.Start != 5 || h.End != 8 || h.SStart != 5 || h.SEnd != 9) {
					t.Errorf("person at [%d, %d) → [%d, %d); want [5, 8) → [5, 9) (𫝈 takes two units, 㑮 one)", h.Start, h.End, h.SStart, h.SEnd)
				}
			}
		})
	}
}

func TestWriteHTMLEscapes(t *testing.T) {
	a, al := astral(t)
	page := render(t, a, HTMLOptions{Alignment: &al})
	if strings.Contains(page, "<script>alert") || strings.Contains(page, "</script>alert") {
		t.Errorf("the article's <script> reached the page as markup")
	}
	if n := strings.Count(page, "<script"); n != 2 {
		t.Errorf("page has %d <script> elements; want 2", n)
	}
	if strings.Contains(page, "Yoshinoya <Inc>") {
		t.Errorf("an English name with < > reached the page unescaped")
	}
	d := pageData(t, page)
	if !strings.Contains(d.Text, "<script>alert(1)</script>") {
		t.Errorf("the data lost the text: %q", d.Text)
	}
	checkData(t, d)
	// Text shown outside the data (the outline) is escaped.
	if !strings.Contains(page, "&lt;b&gt;") || strings.Contains(page, "<b>") {
		t.Errorf("a diagnostic's <b> is not escaped in the outline")
	}
}

func TestNewHTMLDataRejectsBadRanges(t *testing.T) {
	for _, tc := range []struct {
		name string
		edit func(a *Article)
	}{
		{"past the end", func(a *Article) { a.People[0].Mentions[0].End = 1000 }},
		{"negative", func(a *Article) { a.Quantities[0].Start = -1 }},
		{"wrong text", func(a *Article) { a.People[0].Mentions[0].Text = "別人" }},
		{"reversed", func(a *Article) { a.Argument.Quotes[0].Start, a.Argument.Quotes[0].End = 9, 3 }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			a, al := astral(t)
			tc.edit(a)
			if _, err := NewHTMLData(a, HTMLOptions{Alignment: &al}); err == nil {
				t.Errorf("NewHTMLData accepted a bad range")
			}
		})
	}
	a, _ := astral(t)
	wrong := pipeline.Identity(3)
	if _, err := NewHTMLData(a, HTMLOptions{Alignment: &wrong}); err == nil {
		t.Errorf("NewHTMLData accepted an alignment of other texts")
	}
}

func TestDeriveAlignment(t *testing.T) {
	for _, tc := range []struct {
		src, dst string
		from     string // a part of src
		want     string // what it maps to in dst
	}{
		{"美國總統川普在白宮", "美国总统特朗普在白宫", "川普", "特朗普"},
		{"美國總統川普在白宮", "美国总统特朗普在白宫", "白宮", "白宫"},
		{"執行緒有3個", "线程有3个", "3個", "3个"},
		{"執行緒有3個", "线程有3个", "執行緒", "线程"},
		{"㑮先生", "𫝈先生", "㑮", "𫝈"},
		{"same text", "same text", "text", "text"},
		{"", "", "", ""},
		{"abc", "", "b", ""},
	} {
		al := DeriveAlignment(tc.src, tc.dst)
		if al.SrcLen() != len(tc.src) || al.DstLen() != len(tc.dst) {
			t.Errorf("DeriveAlignment(%q, %q) covers %d → %d bytes; want %d → %d", tc.src, tc.dst, al.SrcLen(), al.DstLen(), len(tc.src), len(tc.dst))
			continue
		}
		i := strings.Index(tc.src, tc.from)
		r := al.ToDerived(pipeline.Range{Start: i, End: i + len(tc.from)})
		if got := r.Of(tc.dst); got != tc.want {
			t.Errorf("DeriveAlignment(%q, %q) maps %q to %q; want %q", tc.src, tc.dst, tc.from, got, tc.want)
		}
	}
}

func TestWriteHTMLIndex(t *testing.T) {
	a := seedArticle(t)
	b, _ := astral(t)
	entries := []HTMLIndexEntry{NewHTMLIndexEntry(a, "seed-article.html"), NewHTMLIndexEntry(b, "astral.html"), {Href: "javascript:alert(1)", ID: "evil"}}
	var buf bytes.Buffer
	if err := WriteHTMLIndex(&buf, entries); err != nil {
		t.Fatal(err)
	}
	page := buf.String()
	for _, want := range []string{`href="seed-article.html"`, `href="astral.html"`, "3 articles", ">6 · 32<"} {
		if !strings.Contains(page, want) {
			t.Errorf("index does not contain %q", want)
		}
	}
	if strings.Contains(page, "javascript:alert") || strings.Contains(page, "<script>alert") {
		t.Errorf("index lets markup or a script URL through")
	}
	if i, j := strings.Index(page, "seed-article.html"), strings.Index(page, "astral.html"); i > j {
		t.Errorf("index does not keep the entries' order")
	}
	if m := externalRef.FindString(page); m != "" {
		t.Errorf("index refers to something outside itself: %q", m)
	}
	if e := entries[0]; e.Entities[0] != len(a.People) || e.Enumerations != len(a.Argument.Enumerations) || e.Totals != 2 {
		t.Errorf("seed entry = %+v; want %d people, %d enumerations, 2 totals", e, len(a.People), len(a.Argument.Enumerations))
	}
}

func FuzzHTMLData(f *testing.F) {
	f.Add("𠮷野家的㑮先生", "𠮷野家的𫝈先生", 0, 3, 4, 7)
	f.Add("執行緒有3個", "线程有3个", 0, 3, 4, 6)
	f.Add("<script>x</script>", "<script>x</script>", 1, 7, 0, 0)
	f.Fuzz(func(t *testing.T, text, simp string, s1, e1, s2, e2 int) {
		if !utf8.ValidString(text) || !utf8.ValidString(simp) {
			t.Skip() // summaries come from JSON: always valid UTF-8
		}
		n := utf8.RuneCountInString(text)
		runes := []rune(text)
		mention := func(s, e int) Mention {
			s, e = min(max(s, 0), n), min(max(e, 0), n)
			if s > e {
				s, e = e, s
			}
			return Mention{Text: string(runes[s:e]), Start: s, End: e}
		}
		m1, m2 := mention(s1, e1), mention(s2, e2)
		a := &Article{Text: text, Simplified: simp,
			People:     []Entity{{ID: "P1", Mentions: []Mention{m1}}},
			Quantities: []Quantity{{Text: m2.Text, Start: m2.Start, End: m2.End}},
			Argument:   Argument{Quotes: []Quote{{Text: m2.Text, Start: m2.Start, End: m2.End}}},
		}
		al := DeriveAlignment(text, simp)
		if al.SrcLen() != len(text) || al.DstLen() != len(simp) {
			t.Fatalf("DeriveAlignment covers %d → %d bytes; want %d → %d", al.SrcLen(), al.DstLen(), len(text), len(simp))
		}
		var buf bytes.Buffer
		if err := WriteHTML(&buf, a, HTMLOptions{}); err != nil {
			t.Fatalf("WriteHTML: %v", err)
		}
		page := buf.String()
		if n := strings.Count(page, "<script"); n != 2 {
			t.Fatalf("page has %d <script> elements; want 2", n)
		}
		checkData(t, pageData(t, page))
	})
}

func BenchmarkWriteHTML(b *testing.B) {
	a := seedArticle(b)
	b.SetBytes(int64(len(a.Text)))
	b.ReportAllocs()
	var buf bytes.Buffer
	for b.Loop() {
		buf.Reset()
		if err := WriteHTML(&buf, a, HTMLOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestHTMLContrast checks the colours of the style sheet against WCAG's
// 4.5:1 for text: the ink on every highlight's background, and the white
// type label on every type's border colour.
func TestHTMLContrast(t *testing.T) {
	css, err := htmlAssets.ReadFile("html/style.css")
	if err != nil {
		t.Fatal(err)
	}
	vars := map[string][3]float64{}
	for _, m := range regexp.MustCompile(`--([a-z-]+):\s*#([0-9a-fA-F]{6})`).FindAllStringSubmatch(string(css), -1) {
		var c [3]float64
		for k := range 3 {
			v, _ := strconv.ParseUint(m[2][2*k:2*k+2], 16, 8)
			c[k] = float64(v) / 255
		}
		vars[m[1]] = c
	}
	lum := func(c [3]float64) float64 {
		var l [3]float64
		for k, v := range c {
			if v <= 0.04045 {
				l[k] = v / 12.92
			} else {
				l[k] = math.Pow((v+0.055)/1.055, 2.4)
			}
		}
		return 0.2126*l[0] + 0.7152*l[1] + 0.0722*l[2]
	}
	ratio := func(a, b [3]float64) float64 {
		la, lb := lum(a)+0.05, lum(b)+0.05
		return max(la, lb) / min(la, lb)
	}
	white := [3]float64{1, 1, 1}
	ink, ok := vars["ink"]
	if !ok {
		t.Fatal("style sheet has no --ink colour")
	}
	for _, typ := range HighlightTypes() {
		bg, ok1 := vars[typ]
		border, ok2 := vars[typ+"-b"]
		if !ok1 || !ok2 {
			t.Errorf("style sheet has no --%s or --%s-b colour", typ, typ)
			continue
		}
		if r := ratio(ink, bg); r < 4.5 {
			t.Errorf("%s: text on its background has contrast %.2f; want ≥ 4.5", typ, r)
		}
		if r := ratio(white, border); r < 4.5 {
			t.Errorf("%s: white label on its border colour has contrast %.2f; want ≥ 4.5", typ, r)
		}
		for _, other := range HighlightTypes() {
			if other != typ && vars[other] == bg {
				t.Errorf("%s and %s share a background colour", typ, other)
			}
		}
	}
	if r := ratio(vars["muted"], vars["panel"]); r < 4.5 {
		t.Errorf("muted text on the panel has contrast %.2f; want ≥ 4.5", r)
	}
}

// TestHighlightLabelsAgree keeps the script's type labels, the Go ones and
// the index's array size in step.
func TestHighlightLabelsAgree(t *testing.T) {
	if n := len(HighlightTypes()); n != numHighlightTypes {
		t.Errorf("len(HighlightTypes()) = %d; numHighlightTypes = %d", n, numHighlightTypes)
	}
	js, err := htmlAssets.ReadFile("html/app.js")
	if err != nil {
		t.Fatal(err)
	}
	for _, typ := range HighlightTypes() {
		_, short := highlightLabel(typ)
		if want := typ + ": '" + short + "'"; !strings.Contains(string(js), want) {
			t.Errorf("app.js does not label %s as %q (want %s)", typ, short, want)
		}
	}
}

func ExampleDeriveAlignment() {
	src, dst := "美國總統川普在白宮", "美国总统特朗普在白宫"
	al := DeriveAlignment(src, dst)
	i := strings.Index(src, "川普")
	r := al.ToDerived(pipeline.Range{Start: i, End: i + len("川普")})
	fmt.Println(r.Of(dst))
	// Output: 特朗普
}

func ExampleNewHTMLData() {
	a := &Article{
		Text: "𠮷林市的㑮先生", Simplified: "𠮷林市的𫝈先生",
		Places: []Entity{{ID: "L1", Mentions: []Mention{{Text: "𠮷林市", Start: 0, End: 3}}}},
		People: []Entity{{ID: "P1", Mentions: []Mention{{Text: "㑮先生", Start: 4, End: 7}}}},
	}
	d, err := NewHTMLData(a, HTMLOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, h := range d.Highlights {
		// UTF-16 units: 𠮷 and 𫝈 take two each.
		fmt.Printf("%s %s [%d, %d) → %s [%d, %d)\n", h.Type, h.Text, h.Start, h.End, h.Simplified, h.SStart, h.SEnd)
	}
	// Output:
	// person 㑮先生 [5, 8) → 𫝈先生 [5, 9)
	// place 𠮷林市 [0, 4) → 𠮷林市 [0, 4)
}

// TestWriteHTMLOutlineMarksProblems checks that an enumeration whose found
// items differ from the announced count, and a total whose parts do not
// add up, stand out in the outline (with a sign and words, not colour
// alone), and that consistent ones get a ✓.
func TestWriteHTMLOutlineMarksProblems(t *testing.T) {
	a, al := astral(t)
	q := a.Argument.Quotes[0]
	a.Argument.Enumerations = []Enumeration{
		{ID: "E1", Announced: &Announcement{Text: q.Text, Count: 4, Start: q.Start, End: q.End}, Found: 3,
			Items: []Item{{ID: "E1.1", Head: "執行緒", Start: q.Start, End: q.End}}},
		{ID: "E2", Announced: &Announcement{Text: q.Text, Count: 1, Start: q.Start, End: q.End}, Found: 1},
	}
	a.Argument.Totals = []Total{
		{Stated: 30, Parts: []float64{15, 8, 6}, Sum: 29, Consistent: false, Spans: []Mention{{Text: "3個", Start: a.Quantities[0].Start, End: a.Quantities[0].End}}},
		{Stated: 3, Parts: []float64{1, 2}, Sum: 3, Consistent: true},
	}
	raw := render(t, a, HTMLOptions{Alignment: &al})
	body := raw[strings.Index(raw, "</style>"):]
	shown := html.UnescapeString(regexp.MustCompile(`<[^>]*>`).ReplaceAllString(body, ""))
	for _, want := range []string{`class="enum d0 mismatch" data-enum="E1"`, `class="enum d0" data-enum="E2"`, `class="total bad"`} {
		if !strings.Contains(body, want) {
			t.Errorf("outline lacks %s", want)
		}
	}
	for _, want := range []string{"announced 4 · found 3 ✗ mismatch", "announced 1 · found 1 ✓", "30 = 15 + 8 + 6 ✗ sum 29", "3 = 1 + 2 ✓"} {
		if !strings.Contains(shown, want) {
			t.Errorf("outline does not show %q", want)
		}
	}
	if n := strings.Count(body, "mismatch"); n != 2 { // E1's class and words
		t.Errorf("page body mentions a mismatch %d times; want 2 (E1 only)", n)
	}
}
