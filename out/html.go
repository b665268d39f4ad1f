package out

import (
	"bytes"
	"embed"
	"encoding/json"
	"fmt"
	"html/template"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/zhpipe/zhpipe/pipeline"
)

// HTMLDataSchema identifies the data a page carries in its
// <script type="application/json" id="zhpipe-data"> element.
const HTMLDataSchema = "zhpipe/html-data@1"

// HighlightTypes returns the highlight types of the HTML view, in legend
// order.
func HighlightTypes() []string {
	return []string{"person", "organization", "place", "order", "document", "date", "quantity"}
}

// numHighlightTypes is len(HighlightTypes()).
const numHighlightTypes = 7

// HTMLOptions configures WriteHTML.
type HTMLOptions struct {
	// Alignment maps byte ranges of the Article's Text to its Simplified
	// text (Doc.Align, when the page is rendered from a Doc). When nil, an
	// alignment is derived from the two texts by matching equal runs of
	// code points, which is exact where the conversion keeps the number of
	// code points and widened to the changed phrase where it does not.
	Alignment *pipeline.Alignment
}

// HTMLData is the article data a page carries for its script. Offsets are
// UTF-16 code units, the unit of JavaScript strings: Start/End index Text,
// SStart/SEnd index Simplified.
type HTMLData struct {
	Schema     string          `json:"schema"`
	ID         string          `json:"id"`
	Text       string          `json:"text"`
	Simplified string          `json:"simplified"`
	Highlights []HTMLHighlight `json:"highlights"`
	// Notes are label/value lines about an entity (normalized value,
	// Simplified and Traditional forms, English name, ...).
	Notes   [][][2]string `json:"notes"`
	Targets []HTMLTarget  `json:"targets"`
}

// HTMLHighlight is one highlighted mention of an entity, order, document,
// date or quantity.
type HTMLHighlight struct {
	Type       string `json:"type"`          // one of HighlightTypes()
	Ref        string `json:"ref,omitempty"` // the entity's ID (P1, R1, D1, ...), if any
	Text       string `json:"text"`          // the mention as in Text
	Simplified string `json:"simplified"`    // the same mention in Simplified
	Start      int    `json:"start"`
	End        int    `json:"end"`
	SStart     int    `json:"sstart"`
	SEnd       int    `json:"send"`
	// Note indexes HTMLData.Notes: what the page shows about the entity
	// on hover and focus, shared by all its mentions.
	Note int `json:"note"`
}

// HTMLTarget is a range the outline links to (a quote, an enumeration
// item, a total's parts, a section start, a diagnostic). The page wraps it
// in an element with id "t" + its index.
type HTMLTarget struct {
	Kind   string `json:"kind"` // quote, announce, item, total, section, thesis, diagnostic
	Text   string `json:"text"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
	SStart int    `json:"sstart"`
	SEnd   int    `json:"send"`
}

//go:embed html/page.tmpl html/index.tmpl html/style.css html/app.js
var htmlAssets embed.FS

// htmlTemplates parses the embedded templates. It is cheap (a few hundred
// microseconds) and keeps the package free of mutable state.
func htmlTemplates(name string) (*template.Template, error) {
	t, err := template.New(name).Funcs(template.FuncMap{
		"num": formatNumber,
	}).ParseFS(htmlAssets, "html/"+name)
	if err != nil {
		return nil, fmt.Errorf("out: html template: %w", err)
	}
	return t, nil
}

// WriteHTML writes a standalone page showing a: the original text with its
// highlights (and a toggle to the Simplified text with the same
// highlights), a legend, the source facts and the argument outline. The
// page has its style, script and data inline and fetches nothing.
func WriteHTML(w io.Writer, a *Article, opts HTMLOptions) error {
	data, refs, err := newHTMLData(a, opts)
	if err != nil {
		return err
	}
	raw, err := json.Marshal(data) // escapes <, > and & so the text cannot close the script
	if err != nil {
		return fmt.Errorf("out: html data: %w", err)
	}
	v := newPageView(a, data, refs)
	v.Data = template.JS(raw)
	css, js, err := htmlStatic()
	if err != nil {
		return err
	}
	v.CSS, v.JS = css, js
	t, err := htmlTemplates("page.tmpl")
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, "page.tmpl", v); err != nil {
		return fmt.Errorf("out: html: %w", err)
	}
	_, err = w.Write(buf.Bytes())
	return err
}

func htmlStatic() (template.CSS, template.JS, error) {
	css, err := htmlAssets.ReadFile("html/style.css")
	if err != nil {
		return "", "", err
	}
	js, err := htmlAssets.ReadFile("html/app.js")
	if err != nil {
		return "", "", err
	}
	return template.CSS(css), template.JS(js), nil
}

// textIndex converts the code point offsets of an Article into byte offsets
// of its text and byte offsets into UTF-16 offsets.
type textIndex struct {
	text  string
	runes []int // byte offset of each code point, and len(text) last
	units *Offsets
}

func newTextIndex(text string) *textIndex {
	x := &textIndex{text: text, runes: make([]int, 0, len(text)/2+1), units: NewOffsets(text)}
	for i := range text {
		x.runes = append(x.runes, i)
	}
	x.runes = append(x.runes, len(text))
	return x
}

// bytes returns the byte range of the code point range [start, end).
func (x *textIndex) bytes(start, end int) (pipeline.Range, error) {
	n := len(x.runes) - 1
	if start < 0 || end < start || end > n {
		return pipeline.Range{}, fmt.Errorf("range [%d, %d) outside the text's %d code points", start, end, n)
	}
	return pipeline.Range{Start: x.runes[start], End: x.runes[end]}, nil
}

// dataBuilder collects the page data of one Article.
type dataBuilder struct {
	a     *Article
	orig  *textIndex
	simp  *Offsets
	align pipeline.Alignment
	data  *HTMLData
}

// span checks that [start, end) covers want (when want is not "") and
// returns the range in UTF-16 units of both texts and the Simplified form.
func (b *dataBuilder) span(start, end int, want string) (s, e, ss, se int, simp string, err error) {
	r, err := b.orig.bytes(start, end)
	if err != nil {
		return
	}
	if want != "" && r.Of(b.a.Text) != want {
		err = fmt.Errorf("text %q at [%d, %d) is not %q", r.Of(b.a.Text), start, end, want)
		return
	}
	d := b.align.ToDerived(r)
	if d.End < d.Start && r.Start == r.End {
		// An empty range at an insertion maps to its two ends, reversed.
		d.Start = d.End
	}
	if d.Start < 0 || d.End < d.Start || d.End > len(b.a.Simplified) {
		err = fmt.Errorf("alignment maps [%d, %d) outside the Simplified text", start, end)
		return
	}
	return b.orig.units.UTF16(r.Start), b.orig.units.UTF16(r.End), b.simp.UTF16(d.Start), b.simp.UTF16(d.End), d.Of(b.a.Simplified), nil
}

// note adds the lines about one entity and returns their index.
func (b *dataBuilder) note(lines [][2]string) int {
	b.data.Notes = append(b.data.Notes, lines)
	return len(b.data.Notes) - 1
}

func (b *dataBuilder) highlight(typ, ref string, m Mention, note int) error {
	s, e, ss, se, simp, err := b.span(m.Start, m.End, m.Text)
	if err != nil {
		return fmt.Errorf("%s %s: %w", typ, ref, err)
	}
	if s == e {
		return nil
	}
	b.data.Highlights = append(b.data.Highlights, HTMLHighlight{
		Type: typ, Ref: ref, Text: m.Text, Simplified: simp, Start: s, End: e, SStart: ss, SEnd: se,
		Note: note,
	})
	return nil
}

// target adds a target and returns its index, or -1 for an empty range.
func (b *dataBuilder) target(kind string, start, end int, want string) (int, error) {
	s, e, ss, se, _, err := b.span(start, end, want)
	if err != nil {
		return -1, fmt.Errorf("%s: %w", kind, err)
	}
	if s == e {
		return -1, nil
	}
	r, _ := b.orig.bytes(start, end)
	b.data.Targets = append(b.data.Targets, HTMLTarget{Kind: kind, Text: r.Of(b.a.Text), Start: s, End: e, SStart: ss, SEnd: se})
	return len(b.data.Targets) - 1, nil
}

// NewHTMLData computes the data a page for a carries: every mention of a
// person, organization, place, order, document, date and quantity as a
// highlight with UTF-16 ranges in both texts, and the outline's targets
// (in the order quotes, enumerations, totals, sections, thesis,
// diagnostics; the page's outline refers to them by index). It returns an
// error when a range does not cover the text it claims, so a hand-edited
// summary cannot produce a misleading page.
func NewHTMLData(a *Article, opts HTMLOptions) (*HTMLData, error) {
	d, _, err := newHTMLData(a, opts)
	return d, err
}

// outlineRefs holds the target indexes of the outline's entries.
type outlineRefs struct {
	quotes     []int
	announce   []int   // per enumeration, -1 when not announced
	items      [][]int // per enumeration, per item
	totals     []int
	sections   []int
	thesis     int
	diagnostic []int
}

func newHTMLData(a *Article, opts HTMLOptions) (*HTMLData, *outlineRefs, error) {
	var align pipeline.Alignment
	if opts.Alignment != nil {
		align = *opts.Alignment
		if align.SrcLen() != len(a.Text) || align.DstLen() != len(a.Simplified) {
			return nil, nil, fmt.Errorf("out: html: alignment covers %d → %d bytes; the texts have %d → %d", align.SrcLen(), align.DstLen(), len(a.Text), len(a.Simplified))
		}
	} else {
		align = DeriveAlignment(a.Text, a.Simplified)
	}
	b := &dataBuilder{
		a: a, orig: newTextIndex(a.Text), simp: NewOffsets(a.Simplified), align: align,
		data: &HTMLData{Schema: HTMLDataSchema, ID: a.ID, Text: a.Text, Simplified: a.Simplified, Highlights: []HTMLHighlight{}, Notes: [][][2]string{}, Targets: []HTMLTarget{}},
	}
	wrap := func(err error) error { return fmt.Errorf("out: html: %w", err) }
	for _, group := range []struct {
		typ string
		es  []Entity
	}{{"person", a.People}, {"organization", a.Organizations}, {"place", a.Places}} {
		for _, e := range group.es {
			det := b.note(entityDetails(e))
			for _, m := range e.Mentions {
				if err := b.highlight(group.typ, e.ID, m, det); err != nil {
					return nil, nil, wrap(err)
				}
			}
		}
	}
	for _, o := range a.Orders {
		det := b.note(orderDetails(o))
		ms := o.Mentions
		if len(ms) == 0 && o.End > o.Start {
			ms = []Mention{{Text: o.Text, Start: o.Start, End: o.End}}
		}
		for _, m := range ms {
			if err := b.highlight("order", o.ID, m, det); err != nil {
				return nil, nil, wrap(err)
			}
		}
	}
	for _, doc := range a.Documents {
		det := b.note(documentDetails(doc))
		for _, m := range doc.Mentions {
			if err := b.highlight("document", doc.ID, m, det); err != nil {
				return nil, nil, wrap(err)
			}
		}
	}
	for _, x := range a.Dates {
		det := b.note([][2]string{{"Value", x.Value}, {"Kind", x.Kind}})
		if err := b.highlight("date", "", Mention{Text: x.Text, Start: x.Start, End: x.End}, det); err != nil {
			return nil, nil, wrap(err)
		}
	}
	for _, x := range a.Quantities {
		if err := b.highlight("quantity", "", Mention{Text: x.Text, Start: x.Start, End: x.End}, b.note(quantityDetails(x))); err != nil {
			return nil, nil, wrap(err)
		}
	}

	refs := &outlineRefs{thesis: -1}
	arg := a.Argument
	for _, q := range arg.Quotes {
		i, err := b.target("quote", q.Start, q.End, q.Text)
		if err != nil {
			return nil, nil, wrap(err)
		}
		refs.quotes = append(refs.quotes, i)
	}
	for _, e := range arg.Enumerations {
		ann := -1
		if e.Announced != nil {
			i, err := b.target("announce", e.Announced.Start, e.Announced.End, e.Announced.Text)
			if err != nil {
				return nil, nil, wrap(err)
			}
			ann = i
		}
		refs.announce = append(refs.announce, ann)
		var items []int
		for _, it := range e.Items {
			// The target is the item's head (or its first characters), not
			// the whole item, which may run over several paragraphs.
			end := it.Start + utf8.RuneCountInString(it.Marker) + utf8.RuneCountInString(it.Head)
			end = min(max(end, it.Start+1), it.End)
			i, err := b.target("item", it.Start, end, "")
			if err != nil {
				return nil, nil, wrap(err)
			}
			items = append(items, i)
		}
		refs.items = append(refs.items, items)
	}
	for _, t := range arg.Totals {
		i := -1
		if len(t.Spans) > 0 {
			var err error
			if i, err = b.target("total", t.Spans[0].Start, t.Spans[0].End, t.Spans[0].Text); err != nil {
				return nil, nil, wrap(err)
			}
		}
		refs.totals = append(refs.totals, i)
	}
	for _, s := range arg.Sections {
		start, end, want := s.Start, min(s.End, s.Start+8), ""
		if s.Heading != nil {
			start, end, want = s.Heading.Start, s.Heading.End, s.Heading.Text
		}
		i, err := b.target("section", start, end, want)
		if err != nil {
			return nil, nil, wrap(err)
		}
		refs.sections = append(refs.sections, i)
	}
	if t := arg.Thesis; t != nil {
		i, err := b.target("thesis", t.Start, t.End, t.Text)
		if err != nil {
			return nil, nil, wrap(err)
		}
		refs.thesis = i
	}
	for _, dg := range a.Diagnostics {
		i := -1
		if dg.Start != nil && dg.End != nil {
			var err error
			if i, err = b.target("diagnostic", *dg.Start, *dg.End, dg.Text); err != nil {
				return nil, nil, wrap(err)
			}
		}
		refs.diagnostic = append(refs.diagnostic, i)
	}
	return b.data, refs, nil
}

func entityDetails(e Entity) [][2]string {
	det := [][2]string{{"Name", e.Name}, {"Simplified name", e.Simplified}, {"Traditional name", e.Traditional}}
	if e.English != "" {
		det = append(det, [2]string{"English", e.English})
	}
	if len(e.Titles) > 0 {
		var ts []string
		for _, t := range e.Titles {
			if !contains(ts, t.Text) {
				ts = append(ts, t.Text)
			}
		}
		det = append(det, [2]string{"Titles", strings.Join(ts, ", ")})
	}
	if e.Person != "" {
		det = append(det, [2]string{"Person", e.Person})
	}
	return det
}

func orderDetails(o Order) [][2]string {
	det := [][2]string{{"Kind", o.Kind}, {"Number", o.Number}}
	if o.Title != "" {
		det = append(det, [2]string{"Title", o.Title})
	}
	if o.Date != "" {
		det = append(det, [2]string{"Date", o.Date})
	}
	if o.SignerName != "" || o.Signer != "" {
		det = append(det, [2]string{"Signed by", strings.TrimSpace(o.SignerName + " " + o.Signer)})
	}
	return det
}

func documentDetails(d Document) [][2]string {
	det := [][2]string{{"Title", d.Title}, {"Simplified title", d.Simplified}}
	if len(d.Aliases) > 0 {
		det = append(det, [2]string{"Also", strings.Join(d.Aliases, ", ")})
	}
	return det
}

func quantityDetails(q Quantity) [][2]string {
	v := formatNumber(q.Value)
	if q.Unit != "" {
		v += " " + q.Unit
	}
	det := [][2]string{{"Value", v}}
	if q.Noun != "" {
		det = append(det, [2]string{"Of", q.Noun})
	}
	if q.Qualifier != "" {
		det = append(det, [2]string{"Qualifier", q.Qualifier})
	}
	return det
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// formatNumber prints a float without a trailing ".0" or an exponent.
func formatNumber(f float64) string {
	return strconv.FormatFloat(f, 'f', -1, 64)
}

// DeriveAlignment aligns src with dst, a conversion of it, when no recorded
// alignment is at hand (a summary read back from JSON). It is a minimal edit
// script over code points (equal code points copied, runs of changes as one
// replacement, one piece per code point when the run keeps its length),
// computed line by line when both texts have the same lines, in a band
// around the diagonal. The result always covers both texts and is
// monotone, so every range maps to a valid range; it is exact for
// conversions that keep the number of code points and widened to the
// changed phrase where they do not (執行緒 → 线程).
func DeriveAlignment(src, dst string) pipeline.Alignment {
	b := pipeline.NewBuilder(src)
	if !utf8.ValidString(src) || !utf8.ValidString(dst) {
		// An invalid byte decodes as U+FFFD but is one byte: no code point
		// arithmetic; one piece is still a correct alignment.
		b.Replace(len(src), dst)
		_, al := b.Finish()
		return al
	}
	sl, dl := strings.Split(src, "\n"), strings.Split(dst, "\n")
	if len(sl) != len(dl) {
		sl, dl = []string{src}, []string{dst}
	}
	for k := range sl {
		if k > 0 {
			b.Copy(1) // the line break
		}
		alignRunes(b, []rune(sl[k]), []rune(dl[k]))
	}
	_, al := b.Finish()
	return al
}

// alignRunes writes to b the edit script that turns s into d with the
// fewest substitutions, insertions and deletions, looking only at cells
// within band code points of the diagonal (widened by the difference in
// length). On ties an insertion or deletion is taken as late as possible, so
// it joins the substitution before it (川普 → 特朗普: 川 → 特朗).
func alignRunes(b *pipeline.Builder, s, d []rune) {
	const band = 24
	n, m := len(s), len(d)
	lo, hi := min(0, m-n)-band, max(0, m-n)+band // allowed j-i
	width := hi - lo + 1
	if n == 0 || m == 0 || (n+1)*width > 1<<25 {
		b.Replace(runeBytes(s), string(d))
		return
	}
	const (
		inf                 = 1 << 30
		diag, del, ins byte = 1, 2, 3
	)
	dir := make([]byte, (n+1)*width)
	prev, cur := make([]int32, width), make([]int32, width)
	for i := 0; i <= n; i++ {
		for k := 0; k < width; k++ {
			j := i + lo + k
			if j < 0 || j > m {
				cur[k] = inf
				continue
			}
			if i == 0 {
				cur[k], dir[k] = int32(j), ins
				continue
			}
			best, how := int32(inf), byte(0)
			if j > 0 && prev[k] < inf {
				c := prev[k]
				if s[i-1] != d[j-1] {
					c++
				}
				best, how = c, diag
			}
			if k+1 < width && prev[k+1] < inf && prev[k+1]+1 <= best {
				best, how = prev[k+1]+1, del
			}
			if j > 0 && k > 0 && cur[k-1] < inf && cur[k-1]+1 <= best {
				best, how = cur[k-1]+1, ins
			}
			cur[k], dir[i*width+k] = best, how
		}
		prev, cur = cur, prev
	}
	// Trace back from (n, m), then replay forwards.
	ops := make([]byte, 0, max(n, m))
	for i, j := n, m; i > 0 || j > 0; {
		k := j - i - lo
		op := dir[i*width+k]
		if i == 0 {
			op = ins
		}
		if op == diag && s[i-1] == d[j-1] {
			op = 0 // equal
		}
		ops = append(ops, op)
		switch op {
		case 0, diag:
			i, j = i-1, j-1
		case del:
			i--
		default:
			j--
		}
	}
	i, j := 0, 0
	for k := len(ops) - 1; k >= 0; {
		if ops[k] == 0 {
			b.Copy(utf8.RuneLen(s[i]))
			i, j, k = i+1, j+1, k-1
			continue
		}
		// A run of changes: each substitution is a piece of its own, with
		// the insertions and deletions after it (or, at the start of the
		// run, before the first one) added to it.
		i0, j0 := i, j
		subs := 0
		for ; k >= 0 && ops[k] != 0; k-- {
			if ops[k] == diag {
				if subs > 0 {
					b.Replace(runeBytes(s[i0:i]), string(d[j0:j]))
					i0, j0 = i, j
				}
				subs++
			}
			switch ops[k] {
			case diag:
				i, j = i+1, j+1
			case del:
				i++
			default:
				j++
			}
		}
		b.Replace(runeBytes(s[i0:i]), string(d[j0:j]))
	}
}

func runeBytes(rs []rune) int {
	n := 0
	for _, r := range rs {
		n += utf8.RuneLen(r)
	}
	return n
}

// highlightLabel returns the legend label of a highlight type and the
// short label shown after each highlight, so that types are told apart
// without colour.
func highlightLabel(typ string) (label, short string) {
	switch typ {
	case "person":
		return "Person 人物", "人"
	case "organization":
		return "Organization 機構", "機"
	case "place":
		return "Place 地點", "地"
	case "order":
		return "Order 命令", "令"
	case "document":
		return "Document 文件", "文"
	case "date":
		return "Date 日期", "時"
	case "quantity":
		return "Quantity 數量", "量"
	}
	return typ, "?"
}

// pageView is what page.tmpl shows.
type pageView struct {
	Title, Lang  string
	Facts        [][2]string
	Legend       []legendEntry
	Sections     []outlineEntry
	Thesis       *outlineEntry
	Enumerations []enumView
	Quotes       []quoteView
	Totals       []totalView
	Diagnostics  []outlineEntry
	Data         template.JS
	CSS          template.CSS
	JS           template.JS
}

type legendEntry struct {
	Type, Label, Short string
	Entities, Mentions int
}

type outlineEntry struct {
	Target      int // index into HTMLData.Targets; -1: nothing to go to
	Label, Text string
}

type enumView struct {
	ID, Parent string
	Depth      int
	Announced  string
	Count      int // announced count; 0 when not announced
	Found      int
	Mismatch   bool
	Target     int
	Items      []outlineEntry
}

type quoteView struct {
	Target                    int
	Text, Speaker, Verb, Kind string
}

type totalView struct {
	Target      int
	Stated, Sum string
	Parts       string
	Consistent  bool
}

func newPageView(a *Article, data *HTMLData, refs *outlineRefs) *pageView {
	v := &pageView{Title: pageTitle(a), Lang: pageLang(a.Source)}
	src := a.Source
	date := src.Date.Value
	if date == "" {
		date = "unknown"
	}
	if src.Date.Source != "" {
		date += " (" + src.Date.Source + ")"
	}
	sha := src.SHA256
	if len(sha) > 12 {
		sha = sha[:12] + "…"
	}
	v.Facts = [][2]string{
		{"ID", a.ID}, {"Source", src.Path}, {"Encoding", src.Encoding}, {"Script", src.Script},
		{"Region", src.Region}, {"Conversion", src.Conversion},
		{"Size", fmt.Sprintf("%d chars · %d bytes", src.Chars, src.Bytes)},
		{"Date", date}, {"SHA-256", sha},
		{"Structure", fmt.Sprintf("%d paragraphs · %d sentences · %d enumerations · %d quotes · %d totals · %d diagnostics",
			len(a.Paragraphs), len(a.Sentences), len(a.Argument.Enumerations), len(a.Argument.Quotes), len(a.Argument.Totals), len(a.Diagnostics))},
	}
	mentions := map[string]int{}
	for _, h := range data.Highlights {
		mentions[h.Type]++
	}
	entities := map[string]int{
		"person": len(a.People), "organization": len(a.Organizations), "place": len(a.Places),
		"order": len(a.Orders), "document": len(a.Documents), "date": len(a.Dates), "quantity": len(a.Quantities),
	}
	for _, t := range HighlightTypes() {
		label, short := highlightLabel(t)
		v.Legend = append(v.Legend, legendEntry{Type: t, Label: label, Short: short, Entities: entities[t], Mentions: mentions[t]})
	}
	arg := a.Argument
	for i, s := range arg.Sections {
		text := ""
		if s.Heading != nil {
			text = s.Heading.Text
		} else if t := refs.sections[i]; t >= 0 {
			text = data.Targets[t].Text + "…"
		}
		v.Sections = append(v.Sections, outlineEntry{Target: refs.sections[i], Label: s.Role, Text: text})
	}
	if arg.Thesis != nil {
		v.Thesis = &outlineEntry{Target: refs.thesis, Label: "thesis", Text: arg.Thesis.Text}
	}
	depth := map[string]int{}
	for i, e := range arg.Enumerations {
		ev := enumView{ID: e.ID, Parent: e.Parent, Found: e.Found, Target: refs.announce[i]}
		if e.Parent != "" {
			// Parents are items (E4.1): their enumeration is the part before the dot.
			p, _, _ := strings.Cut(e.Parent, ".")
			ev.Depth = min(depth[p]+1, 3)
		}
		depth[e.ID] = ev.Depth
		if e.Announced != nil {
			ev.Announced, ev.Count = e.Announced.Text, e.Announced.Count
			ev.Mismatch = e.Announced.Count != e.Found
		}
		for k, it := range e.Items {
			ev.Items = append(ev.Items, outlineEntry{Target: refs.items[i][k], Label: it.Marker, Text: it.Head})
		}
		v.Enumerations = append(v.Enumerations, ev)
	}
	for i, q := range arg.Quotes {
		sp := q.SpeakerName
		if sp == "" {
			sp = q.Speaker
		}
		v.Quotes = append(v.Quotes, quoteView{Target: refs.quotes[i], Text: q.Text, Speaker: sp, Verb: q.Verb, Kind: q.Kind})
	}
	for i, t := range arg.Totals {
		parts := make([]string, len(t.Parts))
		for k, p := range t.Parts {
			parts[k] = formatNumber(p)
		}
		v.Totals = append(v.Totals, totalView{Target: refs.totals[i], Stated: formatNumber(t.Stated), Sum: formatNumber(t.Sum), Parts: strings.Join(parts, " + "), Consistent: t.Consistent})
	}
	for i, dg := range a.Diagnostics {
		v.Diagnostics = append(v.Diagnostics, outlineEntry{Target: refs.diagnostic[i], Label: dg.Stage + "/" + dg.Code, Text: dg.Message})
	}
	return v
}

// pageTitle is the article's first line when it is short enough to be a
// title, else its ID.
func pageTitle(a *Article) string {
	first, _, _ := strings.Cut(strings.TrimSpace(a.Text), "\n")
	first = strings.TrimSpace(first)
	if first != "" && utf8.RuneCountInString(first) <= 40 {
		return first
	}
	if a.ID != "" {
		return a.ID
	}
	return "zhpipe article"
}

// pageLang is the BCP 47 tag of the original text, which lets the browser
// pick the right CJK glyph variants.
func pageLang(s Source) string {
	lang := "zh"
	switch s.Script {
	case "traditional":
		lang += "-Hant"
	case "simplified":
		lang += "-Hans"
	}
	switch s.Region {
	case "tw", "hk", "cn":
		lang += "-" + strings.ToUpper(s.Region)
	}
	return lang
}

// HTMLIndexEntry is one article in a corpus index page.
type HTMLIndexEntry struct {
	Href  string // the article's page, relative to the index
	ID    string
	Title string
	// Script, Region and Chars describe the source.
	Script, Region string
	Chars          int
	// Entities and Mentions count, per type of HighlightTypes() (in that
	// order), the distinct entities and their mentions.
	Entities, Mentions [numHighlightTypes]int
	Enumerations       int
	Mismatches         int // enumerations whose found count differs from the announced one
	Quotes             int
	Totals             int
	Inconsistent       int // totals whose parts do not add up
	Diagnostics        int
}

// NewHTMLIndexEntry summarizes a for an index page linking to href.
func NewHTMLIndexEntry(a *Article, href string) HTMLIndexEntry {
	e := HTMLIndexEntry{
		Href: href, ID: a.ID, Title: pageTitle(a), Script: a.Source.Script, Region: a.Source.Region, Chars: a.Source.Chars,
		Enumerations: len(a.Argument.Enumerations), Quotes: len(a.Argument.Quotes), Totals: len(a.Argument.Totals),
		Diagnostics: len(a.Diagnostics),
	}
	count := func(k int, n int, ms func(int) int) {
		e.Entities[k] = n
		for i := 0; i < n; i++ {
			e.Mentions[k] += ms(i)
		}
	}
	count(0, len(a.People), func(i int) int { return len(a.People[i].Mentions) })
	count(1, len(a.Organizations), func(i int) int { return len(a.Organizations[i].Mentions) })
	count(2, len(a.Places), func(i int) int { return len(a.Places[i].Mentions) })
	count(3, len(a.Orders), func(i int) int { return max(len(a.Orders[i].Mentions), 1) })
	count(4, len(a.Documents), func(i int) int { return len(a.Documents[i].Mentions) })
	count(5, len(a.Dates), func(int) int { return 1 })
	count(6, len(a.Quantities), func(int) int { return 1 })
	for _, en := range a.Argument.Enumerations {
		if en.Announced != nil && en.Announced.Count != en.Found {
			e.Mismatches++
		}
	}
	for _, t := range a.Argument.Totals {
		if !t.Consistent {
			e.Inconsistent++
		}
	}
	return e
}

type indexRow struct {
	HTMLIndexEntry
	Counts [][2]int
}

// WriteHTMLIndex writes a standalone page listing entries, in the given
// order, with links to their pages and their counts.
func WriteHTMLIndex(w io.Writer, entries []HTMLIndexEntry) error {
	css, _, err := htmlStatic()
	if err != nil {
		return err
	}
	t, err := htmlTemplates("index.tmpl")
	if err != nil {
		return err
	}
	v := struct {
		CSS     template.CSS
		Types   [][3]string
		Entries []indexRow
	}{CSS: css}
	for _, typ := range HighlightTypes() {
		label, short := highlightLabel(typ)
		english, _, _ := strings.Cut(label, " ")
		v.Types = append(v.Types, [3]string{typ, english, short})
	}
	for _, e := range entries {
		r := indexRow{HTMLIndexEntry: e}
		for k := range numHighlightTypes {
			r.Counts = append(r.Counts, [2]int{e.Entities[k], e.Mentions[k]})
		}
		v.Entries = append(v.Entries, r)
	}
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, "index.tmpl", v); err != nil {
		return fmt.Errorf("out: html index: %w", err)
	}
	_, err = w.Write(buf.Bytes())
	return err
}
