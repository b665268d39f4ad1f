package browsertest

import (
	"bytes"
	"context"
	"encoding/json"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/zhpipe/zhpipe/corpus"
	"github.com/zhpipe/zhpipe/dict"
	"github.com/zhpipe/zhpipe/internal/shared"
	"github.com/zhpipe/zhpipe/out"
	"github.com/zhpipe/zhpipe/pipeline"
	"github.com/zhpipe/zhpipe/pipeline/annotate"
)

const seedPath = "../../testdata/seed-article.txt"

// seedPage annotates the seed article with the default pipeline, as
// `zhpipe render` does, and writes its page into dir.
func seedPage(t *testing.T, dir string) (*out.Article, string) {
	t.Helper()
	res, err := annotate.LoadResources(dict.Options{})
	if err != nil {
		t.Fatal(err)
	}
	p, err := annotate.New(res, annotate.Options{Convert: "auto"})
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(seedPath)
	if err != nil {
		t.Fatal(err)
	}
	dec, err := corpus.Decode(raw, "")
	if err != nil {
		t.Fatal(err)
	}
	doc := pipeline.NewDoc("seed-article", pipeline.Source{Path: "testdata/seed-article.txt", SHA256: dec.SHA256, Encoding: dec.Encoding.String(), Bytes: len(raw)}, dec.Text)
	if err := p.Annotate(context.Background(), doc); err != nil {
		t.Fatal(err)
	}
	a := out.NewArticle(doc, out.Options{})
	var buf bytes.Buffer
	if err := out.WriteHTML(&buf, a, out.HTMLOptions{Alignment: &doc.Align}); err != nil {
		t.Fatal(err)
	}
	page := filepath.Join(dir, "seed.html")
	if err := os.WriteFile(page, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return a, page
}

// artifactDir is where the page and the screenshots are kept:
// $ZHPIPE_BROWSER_OUT, or build/browser in the repository.
func artifactDir(t *testing.T) string {
	dir := os.Getenv("ZHPIPE_BROWSER_OUT")
	if dir == "" {
		dir = filepath.Join("..", "..", "build", "browser")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestSeedInBrowser renders the seed's page in headless Chromium and checks
// the DOM its script built (original and Simplified views) and the
// screenshot, then checks that the tofu detector does see tofu when
// Chromium is denied every CJK font.
func TestSeedInBrowser(t *testing.T) {
	if os.Getenv("ZHPIPE_BROWSER") != "1" {
		t.Skip("skipping: the browser test runs with ZHPIPE_BROWSER=1 (make test-browser)")
	}
	chromium, err := FindChromium()
	if err != nil {
		t.Fatal(err)
	}
	dir := artifactDir(t)
	a, file := seedPage(t, dir)
	b := &Browser{Path: chromium, Width: 1400, Height: 2000, Budget: 3 * time.Second}
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	probeURL, err := FileURL(file, "probe")
	if err != nil {
		t.Fatal(err)
	}

	dump, err := b.DumpDOM(ctx, probeURL)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(dir, "seed.dom.html"), []byte(dump), 0o644)
	p, err := ReadPage(dump)
	if err != nil {
		t.Fatal(err)
	}
	if p.Probe == nil {
		t.Fatal("the page's script did not run: no probe in the DOM")
	}

	t.Run("highlights", func(t *testing.T) {
		n, problems := CheckHighlights(p, false)
		for _, pr := range problems {
			t.Error(pr)
		}
		types := map[string]int{}
		for _, h := range p.Data.Highlights {
			types[h.Type]++
		}
		for _, typ := range out.HighlightTypes() {
			if types[typ] == 0 {
				t.Errorf("no %s highlight in the page", typ)
			}
		}
		t.Logf("%d highlights drawn as %d elements; by type %v", len(p.Data.Highlights), n, types)
		if len(p.Data.Highlights) == 0 || n < len(p.Data.Highlights) {
			t.Errorf("%d highlight elements for %d highlights", n, len(p.Data.Highlights))
		}
	})

	t.Run("outline", func(t *testing.T) {
		n, problems := CheckTargets(p, false)
		for _, pr := range problems {
			t.Error(pr)
		}
		if n == 0 {
			t.Error("no outline entry leads to the text")
		}
		t.Logf("%d outline entries lead to their place in the text", n)
		got := Enumerations(p)
		if len(got) != len(a.Argument.Enumerations) {
			t.Errorf("outline lists %d enumerations; want %d", len(got), len(a.Argument.Enumerations))
		}
		for i, e := range a.Argument.Enumerations {
			if i >= len(got) {
				break
			}
			want := "not announced · found " + strconv.Itoa(e.Found)
			if e.Announced != nil {
				want = "announced " + strconv.Itoa(e.Announced.Count) + " · found " + strconv.Itoa(e.Found)
			}
			if got[i].ID != e.ID || !strings.Contains(got[i].Text, want) {
				t.Errorf("outline entry %d = %s %q; want %s with %q", i, got[i].ID, got[i].Text, e.ID, want)
			}
		}
		t.Run("gold", func(t *testing.T) {
			raw, err := os.ReadFile(shared.Path(t, "fixtures", "seed", "gold.json"))
			if err != nil {
				t.Fatal(err)
			}
			var gold struct {
				Enumerations []struct {
					About       string   `json:"about"`
					AnnouncedBy *string  `json:"announced_by"`
					Count       int      `json:"count"`
					Heads       []string `json:"heads"`
				} `json:"enumerations"`
			}
			if err := json.Unmarshal(raw, &gold); err != nil {
				t.Fatal(err)
			}
			if len(gold.Enumerations) != 7 {
				t.Fatalf("gold has %d enumerations; this test expects the seed's 7", len(gold.Enumerations))
			}
			for _, g := range gold.Enumerations {
				found := false
				for _, e := range got {
					ok := g.AnnouncedBy == nil || strings.Contains(e.Text, *g.AnnouncedBy)
					for _, h := range g.Heads {
						ok = ok && strings.Contains(e.Text, h)
					}
					found = found || ok
				}
				if !found {
					t.Errorf("outline has no enumeration with the gold's %s (%v)", g.About, g.Heads)
				}
			}
		})
	})

	t.Run("simplified", func(t *testing.T) {
		u, _ := FileURL(file, "probe-simplified")
		dump, err := b.DumpDOM(ctx, u)
		if err != nil {
			t.Fatal(err)
		}
		ps, err := ReadPage(dump)
		if err != nil {
			t.Fatal(err)
		}
		if ps.DOM.ByID("toggle").Attrs["aria-pressed"] != "true" {
			t.Fatalf("the toggle did not switch to the Simplified text")
		}
		n, problems := CheckHighlights(ps, true)
		for _, pr := range problems {
			t.Error(pr)
		}
		_, problems = CheckTargets(ps, true)
		for _, pr := range problems {
			t.Error(pr)
		}
		t.Logf("Simplified view: %d highlight elements", n)
	})

	t.Run("screenshot", func(t *testing.T) {
		shot := filepath.Join(dir, "seed.png")
		if err := b.Screenshot(ctx, probeURL, shot); err != nil {
			t.Fatal(err)
		}
		img := decodePNG(t, shot)
		if got := img.Bounds().Size(); got.X != b.Width || got.Y != b.Height {
			t.Errorf("screenshot is %v; want %dx%d", got, b.Width, b.Height)
		}
		small, err := os.Create(filepath.Join(dir, "seed-render.png"))
		if err != nil {
			t.Fatal(err)
		}
		if err := WriteSmallPNG(small, img); err != nil {
			t.Fatal(err)
		}
		small.Close()
		colours := TypeColours(img, p)
		for _, typ := range out.HighlightTypes() {
			if colours[typ] < 0.25 {
				t.Errorf("%s: at most %.0f%% of a highlight's box is in its colour; want a highlight drawn in it (≥ 25%%)", typ, 100*colours[typ])
			}
		}
		t.Logf("colour coverage of the best highlight box per type: %v", colours)
		g := Glyphs(img, p)
		if g.Tofu() || g.Pairs < 100 {
			t.Errorf("CJK glyphs look like tofu or were too few to tell: %v", g)
		}
		t.Logf("with the CJK font: %v", g)
	})

	t.Run("focus", func(t *testing.T) {
		// #h0 focuses the first highlight as the keyboard would: the page
		// shows its details in the tooltip and draws the focus ring.
		u, _ := FileURL(file, "h0")
		dump, err := b.DumpDOM(ctx, u)
		if err != nil {
			t.Fatal(err)
		}
		pf, err := ReadPage(dump)
		if err != nil {
			t.Fatal(err)
		}
		tip := pf.DOM.ByID("tip")
		if tip == nil {
			t.Fatal("no #tip")
		}
		if _, hidden := tip.Attrs["hidden"]; hidden {
			t.Errorf("the tooltip is hidden while a highlight has the focus")
		}
		h := pf.Data.Highlights[0]
		for _, line := range pf.Data.Notes[h.Note] {
			if line[1] != "" && !strings.Contains(tip.Text(), line[1]) {
				t.Errorf("tooltip %q lacks %s %q", tip.Text(), line[0], line[1])
			}
		}
		if !strings.Contains(tip.Text(), h.Simplified) {
			t.Errorf("tooltip %q lacks the Simplified form %q", tip.Text(), h.Simplified)
		}
		marks := pf.DOM.Find(func(n *Node) bool { return n.Attrs["data-h"] == "0" })
		if len(marks) == 0 || marks[0].Attrs["aria-describedby"] != "tip" || marks[0].Attrs["tabindex"] != "0" {
			t.Errorf("highlight 0 is not a focusable element described by the tooltip: %v", marks)
		}
		shot := filepath.Join(dir, "seed-focus.png")
		if err := b.Screenshot(ctx, u, shot); err != nil {
			t.Fatal(err)
		}
		focus := Colours(pf)["focus"]
		img := decodePNG(t, shot)
		if f := ColourFraction(img, Rect{0, 0, float64(b.Width), float64(b.Height)}, focus, 4); f*float64(b.Width*b.Height) < 100 {
			t.Errorf("%.0f pixels in the focus ring's colour; want a visible ring (≥ 100)", f*float64(b.Width*b.Height))
		}
		t.Logf("tooltip: %q", tip.Text())
	})

	t.Run("tofu detector sees tofu without a CJK font", func(t *testing.T) {
		conf, ok := latinOnlyFonts(t)
		if !ok {
			t.Skip("skipping: no DejaVu fonts to build a font configuration without CJK")
		}
		nb := *b
		nb.Env = append(os.Environ(), "FONTCONFIG_FILE="+conf)
		dump, err := nb.DumpDOM(ctx, probeURL)
		if err != nil {
			t.Fatal(err)
		}
		pn, err := ReadPage(dump)
		if err != nil {
			t.Fatal(err)
		}
		shot := filepath.Join(dir, "seed-nofont.png")
		if err := nb.Screenshot(ctx, probeURL, shot); err != nil {
			t.Fatal(err)
		}
		g := Glyphs(decodePNG(t, shot), pn)
		if !g.Tofu() {
			t.Errorf("without a CJK font the detector still sees real glyphs: %v", g)
		}
		t.Logf("without a CJK font: %v", g)
	})
}

// latinOnlyFonts writes a fontconfig configuration that knows only the
// DejaVu fonts, so that no font has CJK glyphs.
func latinOnlyFonts(t *testing.T) (string, bool) {
	const dejavu = "/usr/share/fonts/truetype/dejavu"
	if _, err := os.Stat(dejavu); err != nil {
		return "", false
	}
	dir := t.TempDir()
	conf := filepath.Join(dir, "fonts.conf")
	body := `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><dir>` + dejavu + `</dir><cachedir>` + filepath.Join(dir, "cache") + `</cachedir></fontconfig>
`
	if err := os.WriteFile(conf, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return conf, true
}

func decodePNG(t *testing.T, path string) image.Image {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return img
}
