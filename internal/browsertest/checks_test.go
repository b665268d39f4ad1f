package browsertest

import (
	"image"
	"image/color"
	"image/draw"
	"strings"
	"testing"
)

func TestParseDOM(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		id        string // element whose text is checked
		text      string
	}{
		{"nested marks", `<p id="x">a<mark data-h="1">b<mark data-h="2">c</mark></mark>d</p>`, "x", "abcd"},
		{"entities", `<div id="x">&lt;script&gt; &amp; 川普&nbsp;</div>`, "x", "<script> & 川普\u00a0"},
		{"void and comment", `<div id="x">a<br>b<!-- <p> --><img src="y">c</div>`, "x", "abc"},
		{"raw script", `<script id="x">if (a < b && c > d) { "</p>" }</script>`, "x", `if (a < b && c > d) { "</p>" }`},
		{"attribute with >", `<span title="a > b" id="x">t</span>`, "x", "t"},
		{"doctype", `<!DOCTYPE html><html><body><b id="x">ok</b></body></html>`, "x", "ok"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			root, err := ParseDOM(tc.src)
			if err != nil {
				t.Fatalf("ParseDOM(%q): %v", tc.src, err)
			}
			n := root.ByID(tc.id)
			if n == nil {
				t.Fatalf("ParseDOM(%q): no element with id %q", tc.src, tc.id)
			}
			if got := n.Text(); got != tc.text {
				t.Errorf("ParseDOM(%q): text of #%s = %q; want %q", tc.src, tc.id, got, tc.text)
			}
		})
	}
	for _, bad := range []string{`<p>unclosed`, `<p></b>`, `<p class=unquoted></p>`, `<!-- open`, `<script>x`} {
		if _, err := ParseDOM(bad); err == nil {
			t.Errorf("ParseDOM(%q) = nil error; want an error", bad)
		}
	}
}

func TestCheckHighlights(t *testing.T) {
	page := func(text string) *Page {
		dump := `<html><head><style>:root { --person: #ffd3cc; --place: #c9f0d0; }</style></head><body>` +
			`<article id="text"><p>` + text + `</p></article>` +
			`<script type="application/json" id="zhpipe-data">{"highlights":[` +
			`{"type":"person","text":"川普","simplified":"特朗普"},{"type":"place","text":"美國","simplified":"美国"}]}</script></body></html>`
		p, err := ReadPage(dump)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := page(`<mark class="hl hl-place" data-h="1">美國</mark>總統<mark class="hl hl-person" data-h="0">川</mark><mark class="hl hl-person cont" data-h="0">普</mark>`)
	if n, problems := CheckHighlights(good, false); n != 3 || len(problems) != 0 {
		t.Errorf("CheckHighlights(good) = %d, %q; want 3 elements and no problems", n, problems)
	}
	if _, problems := CheckHighlights(good, true); len(problems) != 2 {
		t.Errorf("CheckHighlights(original DOM as Simplified) found %d problems; want 2", len(problems))
	}
	for name, text := range map[string]string{
		"missing":    `<mark class="hl hl-place" data-h="1">美國</mark>總統川普`,
		"wrong text": `<mark class="hl hl-place" data-h="1">美國</mark><mark class="hl hl-person" data-h="0">川</mark>普`,
		"wrong type": `<mark class="hl hl-place" data-h="1">美國</mark><mark class="hl hl-place" data-h="0">川普</mark>`,
		"bad index":  `<mark class="hl hl-place" data-h="1">美國</mark><mark class="hl hl-person" data-h="0">川普</mark><mark data-h="7">x</mark>`,
	} {
		if _, problems := CheckHighlights(page(text), false); len(problems) == 0 {
			t.Errorf("CheckHighlights(%s) found no problem", name)
		}
	}
	cs := Colours(good)
	if cs["person"] != (color.RGBA{0xff, 0xd3, 0xcc, 255}) || len(cs) != 2 {
		t.Errorf("Colours = %v; want person #ffd3cc and place", cs)
	}
}

// drawGlyphs draws one 20×20 cell per pattern on white, and returns the
// probe that points at them.
func drawGlyphs(patterns []func(x, y int) bool) (image.Image, *Page) {
	img := image.NewRGBA(image.Rect(0, 0, 24*len(patterns)+4, 30))
	draw.Draw(img, img.Bounds(), image.NewUniform(color.White), image.Point{}, draw.Src)
	p := &Page{Probe: &Probe{}}
	for k, pat := range patterns {
		x0, y0 := 4+24*k, 5
		for y := 0; y < 20; y++ {
			for x := 0; x < 20; x++ {
				if pat(x, y) {
					img.Set(x0+x, y0+y, color.Black)
				}
			}
		}
		p.Probe.Glyphs = append(p.Probe.Glyphs, struct {
			Rect
			Ch string `json:"ch"`
		}{Rect{float64(x0) - 0.5, float64(y0) - 1, 21, 22}, string(rune('一' + k))})
	}
	return img, p
}

func TestGlyphsTellTofu(t *testing.T) {
	box := func(x, y int) bool { return x == 2 || x == 17 || y == 1 || y == 18 }
	var tofu, real []func(x, y int) bool
	for k := 0; k < 8; k++ {
		tofu = append(tofu, box)
		k := k
		real = append(real, func(x, y int) bool { // strokes that differ per character
			return (y == 2+2*k && x > 1 && x < 18) || (x == 3+2*k && y > 1 && y < 19) || (x+y == 10+k)
		})
	}
	img, p := drawGlyphs(tofu)
	if g := Glyphs(img, p); !g.Tofu() || g.Pairs != 28 {
		t.Errorf("identical boxes: %v, Tofu() = %v; want tofu over 28 pairs", g, g.Tofu())
	}
	img, p = drawGlyphs(real)
	if g := Glyphs(img, p); g.Tofu() || g.Alike != 0 {
		t.Errorf("distinct glyphs: %v, Tofu() = %v; want no pair alike", g, g.Tofu())
	}
	blank := func(int, int) bool { return false }
	img, p = drawGlyphs([]func(x, y int) bool{blank, blank, blank})
	if g := Glyphs(img, p); !g.Tofu() || g.Blank != 3 {
		t.Errorf("blank glyphs: %v; want 3 blank, tofu", g)
	}
}

func TestColourFraction(t *testing.T) {
	img := image.NewRGBA(image.Rect(0, 0, 10, 10))
	c := color.RGBA{0xc9, 0xf0, 0xd0, 255}
	draw.Draw(img, image.Rect(0, 0, 5, 10), image.NewUniform(c), image.Point{}, draw.Src)
	draw.Draw(img, image.Rect(5, 0, 10, 10), image.NewUniform(color.White), image.Point{}, draw.Src)
	for _, tc := range []struct {
		r    Rect
		want float64
	}{
		{Rect{0, 0, 10, 10}, 0.5},
		{Rect{0, 0, 5, 10}, 1},
		{Rect{5, 0, 5, 10}, 0},
		{Rect{20, 20, 5, 5}, 0}, // outside the picture
	} {
		if got := ColourFraction(img, tc.r, c, 6); got != tc.want {
			t.Errorf("ColourFraction(%v) = %v; want %v", tc.r, got, tc.want)
		}
	}
}

func FuzzParseDOM(f *testing.F) {
	f.Add(`<p id="x">a<mark data-h="1">b</mark>&amp;</p>`)
	f.Add(`<!DOCTYPE html><html><head><script>a<b</script></head><body><br></body></html>`)
	f.Add(`<p title="a>b">x</p><!-- c -->`)
	f.Fuzz(func(t *testing.T, src string) {
		root, err := ParseDOM(src)
		if err != nil {
			return
		}
		// Invariant: the text content never holds markup that was parsed as
		// tags, unless it came from an entity or raw script/style text.
		if !strings.Contains(src, "&") && !strings.Contains(src, "<script") && !strings.Contains(src, "<style") {
			if txt := root.Text(); strings.Contains(txt, "<") {
				t.Errorf("ParseDOM(%q): text %q holds a '<'", src, txt)
			}
		}
		for _, n := range root.Find(func(*Node) bool { return true }) {
			if n.Tag == "" && n != root {
				t.Errorf("ParseDOM(%q): an element without a tag", src)
			}
		}
	})
}

func TestQuantize(t *testing.T) {
	img := image.NewRGBA(image.Rect(0, 0, 40, 30))
	for y := 0; y < 30; y++ {
		for x := 0; x < 40; x++ {
			img.Set(x, y, color.RGBA{uint8(x * 6), uint8(y * 8), uint8(x * y % 256), 255}) // 1200 colours
		}
	}
	draw.Draw(img, image.Rect(0, 0, 20, 30), image.NewUniform(color.RGBA{0xff, 0xd3, 0xcc, 255}), image.Point{}, draw.Src)
	q := Quantize(img)
	if len(q.Palette) != 256 {
		t.Errorf("palette has %d colours; want 256", len(q.Palette))
	}
	if got := q.At(3, 3); got != (color.RGBA{0xff, 0xd3, 0xcc, 255}) {
		t.Errorf("the most frequent colour became %v; want it kept exactly", got)
	}
	if q.Bounds() != img.Bounds() {
		t.Errorf("bounds %v; want %v", q.Bounds(), img.Bounds())
	}
}

func TestCheckTargets(t *testing.T) {
	page := func(text, buttons string) *Page {
		p, err := ReadPage(`<body><article id="text"><p>` + text + `</p></article><aside>` + buttons + `</aside>` +
			`<script type="application/json" id="zhpipe-data">{"highlights":[],"targets":[{"kind":"quote","text":"必須贏得"}]}</script></body>`)
		if err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := page(`一場<span class="tg tg-quote" id="t0">必須贏得</span>的競賽`, `<button class="go" data-t="0">q</button><button class="go" data-t="-1">none</button>`)
	if n, problems := CheckTargets(good, false); n != 1 || len(problems) != 0 {
		t.Errorf("CheckTargets(good) = %d, %q; want 1 and no problems", n, problems)
	}
	for name, p := range map[string]*Page{
		"no element":  page(`一場必須贏得的競賽`, `<button class="go" data-t="0">q</button>`),
		"wrong text":  page(`<span id="t0">一場</span>必須贏得`, `<button class="go" data-t="0">q</button>`),
		"bad target":  page(`<span id="t0">必須贏得</span>`, `<button class="go" data-t="5">q</button>`),
		"not numeric": page(`<span id="t0">必須贏得</span>`, `<button class="go" data-t="x">q</button>`),
	} {
		if _, problems := CheckTargets(p, false); len(problems) == 0 {
			t.Errorf("CheckTargets(%s) found no problem", name)
		}
	}
}
