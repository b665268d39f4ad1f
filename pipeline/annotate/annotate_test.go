package annotate

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/zhpipe/zhpipe/corpus"
	"github.com/zhpipe/zhpipe/dict"
	"github.com/zhpipe/zhpipe/internal/benchcpu"
	"github.com/zhpipe/zhpipe/internal/shared"
	"github.com/zhpipe/zhpipe/pipeline"
	"github.com/zhpipe/zhpipe/pipeline/convert"
)

var loadRes = sync.OnceValues(func() (*Resources, error) { return LoadResources(dict.Options{}) })

func testPipeline(t testing.TB, opts Options) *Pipeline {
	t.Helper()
	res, err := loadRes()
	if err != nil {
		t.Fatal(err)
	}
	p, err := New(res, opts)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func annotateText(t testing.TB, p *Pipeline, text string) *pipeline.Doc {
	t.Helper()
	d := pipeline.NewDoc("t", pipeline.Source{}, text)
	if err := p.Annotate(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	checkDoc(t, d)
	return d
}

// checkDoc runs the invariant checker and checks that tokens tile the
// original text without overlapping.
func checkDoc(t testing.TB, d *pipeline.Doc) {
	t.Helper()
	for _, err := range pipeline.Check(d) {
		t.Errorf("%s: %v", d.ID, err)
	}
	prev := int32(0)
	for _, tok := range d.Tokens {
		if tok.Start < prev {
			t.Fatalf("%s: token %q at %d overlaps the previous one ending at %d", d.ID, d.Span(tok.Range()), tok.Start, prev)
		}
		prev = tok.End
	}
}

func TestSeed(t *testing.T) {
	raw, err := os.ReadFile("../../testdata/seed-article.txt")
	if err != nil {
		t.Fatal(err)
	}
	p := testPipeline(t, Options{})
	d := annotateText(t, p, string(raw))
	if d.Source.Script != pipeline.Traditional || d.Source.Region != pipeline.Taiwan {
		t.Errorf("script/region = %v/%v; want traditional/tw", d.Source.Script, d.Source.Region)
	}
	if d.Source.Conversion != "tw2sp" {
		t.Errorf("conversion = %q; want tw2sp", d.Source.Conversion)
	}
	for _, pair := range [][2]string{{"人工智慧", "人工智能"}, {"資料中心", "数据中心"}, {"晶片", "芯片"}} {
		i := strings.Index(d.Original, pair[0])
		w := d.ToWork(pipeline.Range{Start: i, End: i + len(pair[0])})
		if got := w.Of(d.Text); got != pair[1] {
			t.Errorf("working text for %q = %q; want %q", pair[0], got, pair[1])
		}
	}
	if len(d.Paragraphs) != 16 {
		t.Errorf("%d paragraphs; want 16", len(d.Paragraphs))
	}
	if len(d.Tokens) < 2000 {
		t.Errorf("only %d tokens", len(d.Tokens))
	}
	// Tokens inside converted phrases still map to their own characters.
	want := map[string]bool{"人工": false, "智慧": false, "人工智慧": false}
	for _, tok := range d.Tokens {
		if _, ok := want[d.Span(tok.Range())]; ok {
			want[d.Span(tok.Range())] = true
		}
	}
	if !want["人工智慧"] && !(want["人工"] && want["智慧"]) {
		t.Errorf("no token maps to 人工智慧 or 人工|智慧: %v", want)
	}
}

func TestScriptsAndRegions(t *testing.T) {
	p := testPipeline(t, Options{})
	tests := []struct {
		text           string
		script, region string
		conversion     string
	}{
		{"美國總統川普宣布，台積電將在亞利桑那州興建晶片工廠，軟體與資料中心同步擴建。", "traditional", "tw", "tw2sp"},
		{"美國總統特朗普宣布，港府將加強資訊科技投資，的士司機表示軟件系統需要更新。", "traditional", "hk", "hk2s"},
		{"美国总统特朗普宣布，将在亚利桑那州兴建芯片工厂，软件与数据中心同步扩建。", "simplified", "cn", "none"},
		{"English only.", "unknown", "unknown", "none"},
	}
	for _, tc := range tests {
		d := annotateText(t, p, tc.text)
		if d.Source.Script.String() != tc.script || d.Source.Region.String() != tc.region || d.Source.Conversion != tc.conversion {
			t.Errorf("%q: %v/%v/%s; want %s/%s/%s", tc.text, d.Source.Script, d.Source.Region, d.Source.Conversion, tc.script, tc.region, tc.conversion)
		}
	}
}

func TestWidthAndConversionAlign(t *testing.T) {
	p := testPipeline(t, Options{Convert: "tw2sp"})
	text := "２０２５年，ＡＩ執行緒　在記憶體中運行。𠮷野家和㑮"
	d := annotateText(t, p, text)
	if !strings.Contains(d.Text, "2025年,") && !strings.Contains(d.Text, "2025年，") {
		t.Errorf("working text %q lacks the folded year", d.Text)
	}
	for _, tok := range d.Tokens {
		if d.Span(tok.Range()) == "" {
			t.Errorf("empty token at %d", tok.Start)
		}
	}
}

func TestEmptyAndOddInputs(t *testing.T) {
	p := testPipeline(t, Options{})
	for _, text := range []string{"", "\n\n\n", "　", "。。。", "a", strings.Repeat("長", 5000)} {
		annotateText(t, p, text)
	}
}

func TestUnknownConversion(t *testing.T) {
	res, err := loadRes()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := New(res, Options{Convert: "x2y"}); err == nil {
		t.Error("New accepted conversion x2y")
	}
	if _, err := New(res, Options{Date: "2025-13-40"}); err == nil {
		t.Error("New accepted date 2025-13-40")
	}
}

// TestFixtures runs the whole pipeline on every fixture in every encoding
// and checks the invariants; the decoded texts of one article must give the
// same annotations whatever the encoding.
func TestFixtures(t *testing.T) {
	dir := shared.Path(t, "fixtures", "encodings")
	files, _ := filepath.Glob(filepath.Join(dir, "*"))
	seed := shared.Path(t, "fixtures", "seed", "article.txt")
	files = append(files, seed)
	p := testPipeline(t, Options{})
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			dec, err := corpus.ReadFile(f, "")
			if err != nil {
				t.Fatal(err)
			}
			d := pipeline.NewDoc(filepath.Base(f), pipeline.Source{}, dec.Text)
			if err := p.Annotate(context.Background(), d); err != nil {
				t.Fatal(err)
			}
			checkDoc(t, d)
		})
	}
}

func TestConcurrentAnnotate(t *testing.T) {
	p := testPipeline(t, Options{})
	text := "美國總統川普簽署了第14179號總統行政令。人工智慧與資料中心。\n美国总统特朗普表示，芯片很重要。"
	want := annotateText(t, p, text)
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 10; k++ {
				d := pipeline.NewDoc("t", pipeline.Source{}, text)
				if err := p.Annotate(context.Background(), d); err != nil {
					t.Error(err)
					return
				}
				if d.Text != want.Text || len(d.Tokens) != len(want.Tokens) {
					t.Error("concurrent Annotate gave a different result")
					return
				}
			}
		}()
	}
	wg.Wait()
}

func FuzzAnnotate(f *testing.F) {
	f.Add("美國總統川普簽署了第14179號總統行政令《消除障礙》。")
	f.Add("２０２５年ＡＩ執行緒\r\n𠮷")
	f.Add("\xff\xfe無效")
	p := testPipeline(f, Options{})
	f.Fuzz(func(t *testing.T, s string) {
		d := pipeline.NewDoc("fuzz", pipeline.Source{}, s)
		if err := p.Annotate(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		checkDoc(t, d)
	})
}

func BenchmarkAnnotateSeed(b *testing.B) {
	raw, err := os.ReadFile("../../testdata/seed-article.txt")
	if err != nil {
		b.Fatal(err)
	}
	p := testPipeline(b, Options{})
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	defer benchcpu.Start(b, int64(len(raw)))()
	for b.Loop() {
		d := pipeline.NewDoc("seed", pipeline.Source{}, string(raw))
		if err := p.Annotate(context.Background(), d); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLoadResources measures the cold start: the embedded gse
// dictionary, the lexicon and the NER model (OpenCC dictionaries load
// lazily per config and are measured by BenchmarkNewPipeline).
func BenchmarkLoadResources(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := LoadResources(dict.Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkNewPipeline measures building the converters and the entity
// extractor over loaded resources.
func BenchmarkNewPipeline(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		shared, err := loadRes()
		if err != nil {
			b.Fatal(err)
		}
		// Fresh converters, shared gse dictionary, lexicon and model.
		res := *shared
		res.Converter = convert.NewLoader()
		if _, err := New(&res, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestSegmentChunks checks that segmenting a long text in pieces gives the
// words of segmenting it whole: the seed and the encoding fixtures, with
// paragraphs starting with Han characters, spaces, Latin letters, digits
// and punctuation, cut every few hundred bytes.
func TestSegmentChunks(t *testing.T) {
	raw, err := os.ReadFile("../../testdata/seed-article.txt")
	if err != nil {
		t.Fatal(err)
	}
	res, err := loadRes()
	if err != nil {
		t.Fatal(err)
	}
	text := string(raw) + "\n\n  空格開頭\nABC開頭\n２０２５年\n「引號」\n\n\n漢字\r\n漢字\n" + string(raw)
	whole := res.Dict.Segment(text)
	for _, chunk := range []int{1, 200, 777, 4096} {
		var got []dict.Word
		segmentWords(text, chunk, func(t string, fn func([]dict.Word)) { res.Dict.SegmentCutTo(t, nil, fn) }, func(ws []dict.Word) { got = append(got, ws...) })
		if !slices.Equal(got, whole) {
			t.Errorf("chunk %d: %d words; whole text: %d words", chunk, len(got), len(whole))
		}
	}
}

// TestSegmentLongText checks the tokens of a text segmented in pieces
// against those of the same text segmented whole: a text as dense in
// tokens throughout as its first piece (they fit the slice sized from it)
// and one much denser further on (the tokens past the estimate go into
// blocks).
func TestSegmentLongText(t *testing.T) {
	raw, err := os.ReadFile("../../testdata/seed-article.txt")
	if err != nil {
		t.Fatal(err)
	}
	even := strings.Repeat(string(raw)+"\n", segmentChunk/len(raw)+3)
	denser := even + "\n" + strings.Repeat("a b c d e f g h i j k l m n o p\n", 6000) + even
	p := testPipeline(t, Options{})
	for _, text := range []string{even, denser} {
		d := pipeline.NewDoc("long", pipeline.Source{}, text)
		if err := p.Segment(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		w := pipeline.NewDoc("whole", pipeline.Source{}, text)
		if err := p.stages[:p.front-1].Process(context.Background(), w); err != nil {
			t.Fatal(err)
		}
		p.addTokens(w, p.res.Dict.Segment(w.Text))
		if len(d.Tokens) != len(w.Tokens) || !slices.Equal(d.Tokens, w.Tokens) || !slices.Equal(d.Tags, w.Tags) {
			t.Errorf("%d bytes: %d tokens in pieces; %d whole", len(text), len(d.Tokens), len(w.Tokens))
		}
		if room := cap(d.Tokens) - len(d.Tokens); room < tokenRoom(len(d.Tokens))/2 {
			t.Errorf("%d bytes: room for %d more tokens; want %d", len(text), room, tokenRoom(len(d.Tokens)))
		}
	}
}

// TestTokenEstimate checks the capacity given to the tokens of a long text.
func TestTokenEstimate(t *testing.T) {
	cases := []struct{ n, done, size, min, max int }{
		{1000, 5000, 50000, 10000 + 10000/16, 10000 + 10000/16 + tokenRoom(10625)}, // as dense as the first piece, a sixteenth more
		{4000, 5000, 50000, 12500, 12500 + tokenRoom(12500)},                       // at most a token per four bytes
		{10, 0, 100, 10, 10 + tokenRoom(10)},
	}
	for _, c := range cases {
		if got := tokenEstimate(c.n, c.done, c.size); got < c.min || got > c.max {
			t.Errorf("tokenEstimate(%d, %d, %d) = %d; want %d to %d", c.n, c.done, c.size, got, c.min, c.max)
		}
	}
}
