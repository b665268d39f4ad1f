package browsertest

import (
	"encoding/json"
	"fmt"
	"image"
	"image/color"
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/zhpipe/zhpipe/out"
)

// Rect is a rectangle in CSS pixels (the screenshot's pixels at a device
// pixel ratio of 1).
type Rect struct {
	X float64 `json:"x"`
	Y float64 `json:"y"`
	W float64 `json:"w"`
	H float64 `json:"h"`
}

// Probe is what a page opened with the fragment #probe records about its
// layout, for comparing the DOM with the screenshot: where some
// highlights of each type and some plain Han characters are drawn in the
// first window-full.
type Probe struct {
	DPR        float64 `json:"dpr"`
	Width      int     `json:"width"`
	Height     int     `json:"height"`
	Text       Rect    `json:"text"`
	Highlights []struct {
		Rect
		Type  string `json:"type"`
		Index int    `json:"index"`
	} `json:"highlights"`
	Glyphs []struct {
		Rect
		Ch string `json:"ch"`
	} `json:"glyphs"`
}

// Page is a page as the browser built it.
type Page struct {
	DOM   *Node
	Data  *out.HTMLData // the data the page carries
	Probe *Probe        // nil unless opened with #probe
	CSS   string        // the page's style sheet
}

// ReadPage parses a DOM dump of a zhpipe page.
func ReadPage(dump string) (*Page, error) {
	dom, err := ParseDOM(dump)
	if err != nil {
		return nil, err
	}
	p := &Page{DOM: dom}
	d := dom.ByID("zhpipe-data")
	if d == nil {
		return nil, fmt.Errorf("browsertest: no #zhpipe-data in the DOM")
	}
	if err := json.Unmarshal([]byte(d.Text()), &p.Data); err != nil {
		return nil, fmt.Errorf("browsertest: page data: %w", err)
	}
	if pr := dom.ByID("zhpipe-probe"); pr != nil {
		if err := json.Unmarshal([]byte(pr.Text()), &p.Probe); err != nil {
			return nil, fmt.Errorf("browsertest: probe: %w", err)
		}
	}
	for _, s := range dom.Find(func(n *Node) bool { return n.Tag == "style" }) {
		p.CSS += s.Text()
	}
	return p, nil
}

// CheckHighlights checks that every highlight of the data is drawn: the
// elements marked with its index (several when it had to be split) carry
// its type's class and together hold its text — the original text, or the
// Simplified one when simplified — less the line breaks, which separate
// paragraphs. It returns the number of highlight
// elements and the problems found.
func CheckHighlights(p *Page, simplified bool) (elements int, problems []string) {
	text := p.DOM.ByID("text")
	if text == nil {
		return 0, []string{"no #text element"}
	}
	parts := map[int][]*Node{}
	for _, m := range text.Find(func(n *Node) bool { _, ok := n.Attrs["data-h"]; return ok }) {
		i, err := strconv.Atoi(m.Attrs["data-h"])
		if err != nil || i < 0 || i >= len(p.Data.Highlights) {
			problems = append(problems, fmt.Sprintf("element with data-h=%q matches no highlight", m.Attrs["data-h"]))
			continue
		}
		parts[i] = append(parts[i], m)
		elements++
	}
	for i, h := range p.Data.Highlights {
		want := h.Text
		if simplified {
			want = h.Simplified
		}
		var got strings.Builder
		for _, m := range parts[i] {
			got.WriteString(m.Text())
			if m.Tag != "mark" || !m.HasClass("hl-"+h.Type) {
				problems = append(problems, fmt.Sprintf("highlight %d (%s %q) is a <%s class=%q>", i, h.Type, want, m.Tag, m.Attrs["class"]))
			}
		}
		// A highlight over a line break is split into one element per
		// paragraph; the break itself is between the paragraphs.
		want = strings.ReplaceAll(want, "\n", "")
		if len(parts[i]) == 0 {
			problems = append(problems, fmt.Sprintf("highlight %d (%s %q) has no element", i, h.Type, want))
		} else if got.String() != want {
			problems = append(problems, fmt.Sprintf("highlight %d (%s): elements hold %q; want %q", i, h.Type, got.String(), want))
		}
	}
	return elements, problems
}

// OutlineEnumeration is one enumeration as the page's outline lists it.
type OutlineEnumeration struct {
	ID   string
	Text string // the entry's whole text: announcement, counts, items
}

// Enumerations returns the enumerations the outline lists.
func Enumerations(p *Page) []OutlineEnumeration {
	var out []OutlineEnumeration
	for _, n := range p.DOM.Find(func(n *Node) bool { _, ok := n.Attrs["data-enum"]; return ok }) {
		out = append(out, OutlineEnumeration{ID: n.Attrs["data-enum"], Text: n.Text()})
	}
	return out
}

var cssColour = regexp.MustCompile(`--([a-z]+):\s*#([0-9a-fA-F]{6})\s*;`)

// Colours returns the background colour of each highlight type, as the
// page's style sheet defines it (--person: #rrggbb; ...).
func Colours(p *Page) map[string]color.RGBA {
	cs := map[string]color.RGBA{}
	for _, m := range cssColour.FindAllStringSubmatch(p.CSS, -1) {
		v, _ := strconv.ParseUint(m[2], 16, 32)
		cs[m[1]] = color.RGBA{uint8(v >> 16), uint8(v >> 8), uint8(v), 255}
	}
	return cs
}

// ColourFraction returns the fraction of the pixels of r (rounded inwards)
// within tol of c in every channel.
func ColourFraction(img image.Image, r Rect, c color.RGBA, tol int) float64 {
	box := image.Rect(int(math.Ceil(r.X)), int(math.Ceil(r.Y)), int(math.Floor(r.X+r.W)), int(math.Floor(r.Y+r.H))).Intersect(img.Bounds())
	if box.Empty() {
		return 0
	}
	n := 0
	for y := box.Min.Y; y < box.Max.Y; y++ {
		for x := box.Min.X; x < box.Max.X; x++ {
			cr, cg, cb, _ := img.At(x, y).RGBA()
			if near(int(cr>>8), int(c.R), tol) && near(int(cg>>8), int(c.G), tol) && near(int(cb>>8), int(c.B), tol) {
				n++
			}
		}
	}
	return float64(n) / float64(box.Dx()*box.Dy())
}

func near(a, b, tol int) bool { return a-b <= tol && b-a <= tol }

// TypeColours measures, for each highlight type, the largest fraction of a
// probed highlight's box that shows the type's colour. A type whose
// highlights are drawn has a good part of each box in its colour (the rest
// is glyphs, labels and nested highlights); a type missing from the picture
// scores 0.
func TypeColours(img image.Image, p *Page) map[string]float64 {
	cs := Colours(p)
	best := map[string]float64{}
	if p.Probe == nil {
		return best
	}
	for _, h := range p.Probe.Highlights {
		c, ok := cs[h.Type]
		if !ok {
			continue
		}
		best[h.Type] = max(best[h.Type], ColourFraction(img, h.Rect, c, 6))
	}
	return best
}

// GlyphReport describes how the probed Han characters look in a screenshot.
type GlyphReport struct {
	Glyphs int // glyphs measured
	Blank  int // glyphs without ink
	Pairs  int // pairs of different characters compared
	// Alike counts the pairs of different characters whose ink looks the
	// same. Real CJK glyphs differ; "tofu" (the box drawn for a character
	// no font has) is the same box for every character.
	Alike int
}

// Tofu reports whether the glyphs look like tofu: most pairs of different
// characters are drawn alike, or most glyphs have no ink at all.
func (g GlyphReport) Tofu() bool {
	return g.Glyphs == 0 || g.Blank*2 > g.Glyphs || g.Alike*2 > g.Pairs
}

func (g GlyphReport) String() string {
	return fmt.Sprintf("%d glyphs, %d blank, %d of %d pairs of different characters alike", g.Glyphs, g.Blank, g.Alike, g.Pairs)
}

// glyphGrid is the ink of one glyph: the fraction of dark pixels in each
// cell of a grid laid over the glyph's ink bounding box, plus the box's
// size. Comparing grids rather than pixels makes the comparison blind to
// sub-pixel placement, which shifts the same glyph by a pixel.
type glyphGrid struct {
	cells [gridN * gridN]float64
	w, h  int
}

const gridN = 6

func inkGrid(img image.Image, r Rect) (glyphGrid, bool) {
	box := image.Rect(int(math.Floor(r.X)), int(math.Floor(r.Y)), int(math.Ceil(r.X+r.W)), int(math.Ceil(r.Y+r.H))).Intersect(img.Bounds())
	dark := func(x, y int) bool {
		cr, cg, cb, _ := img.At(x, y).RGBA()
		return (299*(cr>>8)+587*(cg>>8)+114*(cb>>8))/1000 < 128
	}
	ink := image.Rectangle{}
	for y := box.Min.Y; y < box.Max.Y; y++ {
		for x := box.Min.X; x < box.Max.X; x++ {
			if dark(x, y) {
				ink = ink.Union(image.Rect(x, y, x+1, y+1))
			}
		}
	}
	var g glyphGrid
	if ink.Dx() < 2 || ink.Dy() < 2 {
		return g, false
	}
	g.w, g.h = ink.Dx(), ink.Dy()
	var count [gridN * gridN]int
	for y := ink.Min.Y; y < ink.Max.Y; y++ {
		for x := ink.Min.X; x < ink.Max.X; x++ {
			k := (y-ink.Min.Y)*gridN/g.h*gridN + (x-ink.Min.X)*gridN/g.w
			count[k]++
			if dark(x, y) {
				g.cells[k]++
			}
		}
	}
	for k := range g.cells {
		if count[k] > 0 {
			g.cells[k] /= float64(count[k])
		}
	}
	return g, true
}

// alike reports whether two glyphs have the same ink box (within a pixel)
// and nearly the same ink in every cell.
func alike(a, b glyphGrid) bool {
	if a.w-b.w > 1 || b.w-a.w > 1 || a.h-b.h > 1 || b.h-a.h > 1 {
		return false
	}
	d := 0.0
	for k := range a.cells {
		d += math.Abs(a.cells[k] - b.cells[k])
	}
	return d/float64(len(a.cells)) < 0.08
}

// Glyphs measures the probed plain Han characters of the screenshot.
func Glyphs(img image.Image, p *Page) GlyphReport {
	var rep GlyphReport
	if p.Probe == nil {
		return rep
	}
	type glyph struct {
		ch string
		g  glyphGrid
	}
	var gs []glyph
	seen := map[string]bool{}
	for _, pg := range p.Probe.Glyphs {
		if seen[pg.Ch] {
			continue
		}
		seen[pg.Ch] = true
		rep.Glyphs++
		g, ok := inkGrid(img, pg.Rect)
		if !ok {
			rep.Blank++
			continue
		}
		gs = append(gs, glyph{pg.Ch, g})
	}
	sort.Slice(gs, func(i, j int) bool { return gs[i].ch < gs[j].ch })
	for i := range gs {
		for j := i + 1; j < len(gs); j++ {
			rep.Pairs++
			if alike(gs[i].g, gs[j].g) {
				rep.Alike++
			}
		}
	}
	return rep
}

// CheckTargets checks that every outline entry leads somewhere: each
// button's data-t names a target whose element (id "t" + index) is in the
// text and holds the target's text (in the view's script: the original, or
// the Simplified text when simplified, where only its presence is
// checked). It returns the number of buttons with a target.
func CheckTargets(p *Page, simplified bool) (buttons int, problems []string) {
	text := p.DOM.ByID("text")
	if text == nil {
		return 0, []string{"no #text element"}
	}
	ids := map[string]*Node{}
	for _, n := range text.Find(func(n *Node) bool { return n.Attrs["id"] != "" }) {
		ids[n.Attrs["id"]] = n
	}
	for _, b := range p.DOM.Find(func(n *Node) bool { return n.Tag == "button" && n.HasClass("go") }) {
		i, err := strconv.Atoi(b.Attrs["data-t"])
		if err != nil || i < -1 || i >= len(p.Data.Targets) {
			problems = append(problems, fmt.Sprintf("outline button %q has target %q", b.Text(), b.Attrs["data-t"]))
			continue
		}
		if i < 0 {
			continue
		}
		buttons++
		el := ids["t"+strconv.Itoa(i)]
		switch {
		case el == nil:
			problems = append(problems, fmt.Sprintf("outline button %q: no element t%d in the text", b.Text(), i))
		case !simplified && !strings.HasPrefix(strings.ReplaceAll(p.Data.Targets[i].Text, "\n", ""), el.Text()):
			problems = append(problems, fmt.Sprintf("outline button %q: t%d holds %q; want the start of %q", b.Text(), i, el.Text(), p.Data.Targets[i].Text))
		}
	}
	return buttons, problems
}
