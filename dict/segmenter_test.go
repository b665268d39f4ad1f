package dict

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// loadOnce and dictOnce share one Set of each segmenter across the
// package's tests.
var (
	loadOnce = sync.OnceValues(func() (*Set, error) { return Load(Options{}) })
	dictOnce = sync.OnceValues(func() (*Set, error) { return Load(Options{Segmenter: "dict"}) })
)

// testSet is the default Set.
func testSet(t testing.TB) *Set {
	t.Helper()
	s, err := loadOnce()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// dictSet is the Set with gse's DAG segmenter.
func dictSet(t testing.TB) *Set {
	t.Helper()
	s, err := dictOnce()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func words(text string, ws []Word) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = text[w.Start:w.End]
	}
	return out
}

func TestSegment(t *testing.T) {
	s := testSet(t)
	t.Logf("dictionary load: %v, %d words", s.LoadTime(), s.Words())
	tests := []struct{ in, want string }{
		{"美国人工智能行动计划", "美国|人工智能|行动|计划"},
		{"（ｆｄｉ），", "（|ｆｄｉ|）|，"},
		{"AI技术发展呈突飞猛进之势", "AI|技术|发展|呈|突飞猛进|之势"},
		{"增长40%和10.5万", "增长|40%|和|10.5|万"},
		{"", ""},
	}
	for _, tc := range tests {
		got := strings.Join(words(tc.in, s.Segment(tc.in)), "|")
		if got != tc.want {
			t.Errorf("Segment(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}

func TestSegmentCoversText(t *testing.T) {
	s := testSet(t)
	for _, in := range []string{"Hello, World! 你好世界。\n\n第二段\xff\xfe無效", "ＡＢＣ　１２３", "𠮷野家和𫝈"} {
		pos := 0
		for _, w := range s.Segment(in) {
			if w.Start != pos || w.End <= w.Start {
				t.Fatalf("Segment(%q): word %v after %d: not contiguous", in, w, pos)
			}
			pos = w.End
		}
		if pos != len(in) {
			t.Fatalf("Segment(%q) covers %d of %d bytes", in, pos, len(in))
		}
	}
}

func TestLatinKeepsCase(t *testing.T) {
	s := testSet(t)
	in := "OpenAI和NVIDIA"
	got := strings.Join(words(in, s.Segment(in)), "|")
	if got != "OpenAI|和|NVIDIA" {
		t.Errorf("Segment(%q) = %q; want %q", in, got, "OpenAI|和|NVIDIA")
	}
}

func TestUserDictionaryExtends(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "user.txt")
	if err := os.WriteFile(p, []byte("# ours\n克拉茨奥斯 1000 nr\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := Load(Options{UserDicts: []string{p}})
	if err != nil {
		t.Fatal(err)
	}
	in := "克拉茨奥斯说"
	if got := strings.Join(words(in, s.Segment(in)), "|"); got != "克拉茨奥斯|说" {
		t.Errorf("Segment(%q) = %q; want %q", in, got, "克拉茨奥斯|说")
	}
	if _, ok := s.Lookup("美国"); !ok {
		t.Error("user dictionary replaced the embedded one: 美国 not found")
	}
	if s.Digest() == testSet(t).Digest() {
		t.Error("digest did not change with a user dictionary")
	}
	bad := filepath.Join(dir, "bad.txt")
	os.WriteFile(bad, []byte("词 abc n\n"), 0o644)
	if _, err := Load(Options{UserDicts: []string{bad}}); err == nil || !strings.Contains(err.Error(), "bad.txt:1") {
		t.Errorf("Load(bad dictionary) error = %v; want one naming bad.txt:1", err)
	}
}

func TestConcurrentSegment(t *testing.T) {
	s := testSet(t)
	in := strings.Repeat("美国总统特朗普签署了第14179号总统行政令。", 20)
	want := words(in, s.Segment(in))
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 20; k++ {
				got := words(in, s.Segment(in))
				if strings.Join(got, "|") != strings.Join(want, "|") {
					t.Error("concurrent Segment differs")
					return
				}
			}
		}()
	}
	wg.Wait()
}

func BenchmarkSegment(b *testing.B) {
	s := testSet(b)
	text := strings.Repeat("美国白宫科技政策办公室牵头制定的顶层战略架构文件，标志着美国政府在人工智能前沿科技领域即将开启全新战略布局。", 100)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		s.Segment(text)
	}
}
