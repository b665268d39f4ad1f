package nermodel

import (
	"fmt"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/zhpipe/zhpipe/internal/benchcpu"
	"github.com/zhpipe/zhpipe/internal/shared"
	"github.com/zhpipe/zhpipe/pipeline/convert"
	"github.com/zhpipe/zhpipe/pipeline/entity/ner"
)

func TestLoadEmbedded(t *testing.T) {
	start := time.Now()
	m, err := Load()
	if err != nil {
		t.Fatalf("Load() error: %v", err)
	}
	t.Logf("embedded model: %d bytes, %d features, loaded in %v", Size(), m.NumFeatures(), time.Since(start))
	if Size() > 30<<20 {
		t.Errorf("Size() = %d; want ≤ 30 MB", Size())
	}
	tests := []struct {
		text string
		want string
	}{
		{"国家主席江泽民在北京会见了联合国秘书长安南。", "江泽民/PER"},
		{"中共中央总书记江泽民在北京人民大会堂会见了美国客人。", "北京/LOC"},
		{"外交部发言人今天在北京说。", "外交部/ORG"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			var got []string
			for _, s := range m.Tag(tc.text) {
				if tc.text[s.Start:s.End] == "" {
					t.Fatalf("Tag(%q): empty span %+v", tc.text, s)
				}
				got = append(got, tc.text[s.Start:s.End]+"/"+s.Label.String())
			}
			if !strings.Contains(" "+strings.Join(got, " ")+" ", " "+tc.want+" ") {
				t.Errorf("Tag(%q) = %q; want it to contain %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestTagConcurrent(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		"国务院总理李鹏今天在人民大会堂会见了来访的俄罗斯外长普里马科夫。",
		"美國總統川普在白宮會見了日本首相。",
		"新华社北京１月５日电",
	}
	want := make([]string, len(texts))
	for i, s := range texts {
		want[i] = fmt.Sprint(m.Tag(s))
	}
	var wg sync.WaitGroup
	var mu sync.Mutex
	var bad []string
	for g := range 4 {
		wg.Go(func() {
			for i := range 30 {
				k := (g + i) % len(texts)
				if got := fmt.Sprint(m.Tag(texts[k])); got != want[k] {
					mu.Lock()
					bad = append(bad, fmt.Sprintf("Tag(%q) = %s; want %s", texts[k], got, want[k]))
					mu.Unlock()
					return
				}
			}
		})
	}
	wg.Wait()
	for _, b := range bad {
		t.Error(b)
	}
}

func TestWithLexicon(t *testing.T) {
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	text := "但川普政府的政治主张与此相悖，川普签署的行政令一反拜登政府的策略。"
	tags := func(m *ner.Model) string {
		var got []string
		for _, s := range m.Tag(text) {
			got = append(got, s.Label.String()+":"+text[s.Start:s.End])
		}
		return strings.Join(got, " ")
	}
	before := tags(m)
	if strings.Contains(before, "PER:川普") {
		t.Logf("the model already knows 川普 (%s): the test proves less", before)
	}
	m2, err := m.WithLexicon([]ner.Entry{{Word: "川普", Label: ner.PER}, {Word: "范斯", Label: ner.PER}})
	if err != nil {
		t.Fatal(err)
	}
	if got := tags(m2); !strings.Contains(got, "PER:川普") {
		t.Errorf("WithLexicon(川普).Tag(%q) = %q (before: %q); want PER:川普 among them", text, got, before)
	}
}

func BenchmarkLoad(b *testing.B) {
	b.SetBytes(int64(Size()))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkTag(b *testing.B) {
	m, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	text := strings.Repeat("新华社北京１月５日电国务院总理李鹏今天在人民大会堂会见了来访的俄罗斯外长普里马科夫，双方就中俄关系交换了意见。", 20)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	defer benchcpu.Start(b, int64(len(text)))()
	var sink []ner.Span
	for b.Loop() {
		sink = m.Tag(text)
	}
	if len(sink) == 0 {
		b.Fatal("no spans")
	}
}

// BenchmarkTagArticle tags a real article (the seed, converted to
// Simplified as the pipeline does), whose characters are as varied as
// news text: the feature look-ups miss the cache as they do in use.
func BenchmarkTagArticle(b *testing.B) {
	raw, err := os.ReadFile("../../testdata/seed-article.txt")
	if err != nil {
		b.Fatal(err)
	}
	c, err := convert.New("tw2sp")
	if err != nil {
		b.Fatal(err)
	}
	text := c.Convert(string(raw))
	m, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	defer benchcpu.Start(b, int64(len(text)))()
	for b.Loop() {
		m.Tag(text)
	}
}

// BenchmarkTagCorpus tags the People's Daily NER test set (from ../shared),
// one sentence after another: 219,000 characters whose feature look-ups
// spread over the whole model, as a batch of articles does.
func BenchmarkTagCorpus(b *testing.B) {
	f, err := os.Open(shared.Path(b, "eval", "ner", "peoples_daily", "test.bio"))
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	sents, err := ner.ReadBIO(f)
	if err != nil {
		b.Fatal(err)
	}
	m, err := Load()
	if err != nil {
		b.Fatal(err)
	}
	var size int64
	for _, s := range sents {
		size += int64(len(s.Text))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	defer benchcpu.Start(b, size)()
	for b.Loop() {
		for _, s := range sents {
			m.Tag(s.Text)
		}
	}
}
