package dict

import (
	"os"
	"path/filepath"
	"slices"
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

// TestSegment checks the model segmenter on sentences written for it:
// numbers with their units, dates, Latin words and names stay whole (PKU's
// standard cuts a Chinese name into surname and given name, 江|泽民), and
// every word gets a tag of PKU's set.
func TestSegment(t *testing.T) {
	s := testSet(t)
	t.Logf("load: %v, %d words", s.LoadTime(), s.Words())
	tests := []struct{ in, want string }{
		{"增长40%和10.5万", "增长/v 40%/m 和/c 10.5万/m"},
		{"OpenAI和NVIDIA", "OpenAI/nx 和/c NVIDIA/nx"},
		{"当地时间2025年7月23日，", "当地/s 时间/n 2025年/t 7月/t 23日/t ，/w"},
		{"二○○一年十二月三十一日", "二○○一年/t 十二月/t 三十一日/t"},
		{"卢卡申科和泽连斯基在伊斯坦布尔会谈", "卢卡申科/nr 和/c 泽连斯基/nr 在/p 伊斯坦布尔/ns 会谈/v"},
		{"汇率上涨了0.5个百分点", "汇率/n 上涨/v 了/u 0.5/m 个/q 百分点/n"},
		{"", ""},
	}
	for _, tc := range tests {
		var got []string
		for _, w := range s.Segment(tc.in) {
			got = append(got, tc.in[w.Start:w.End]+"/"+w.POS)
		}
		if g := strings.Join(got, " "); g != tc.want {
			t.Errorf("Segment(%q) = %q; want %q", tc.in, g, tc.want)
		}
	}
}

// TestSegmentDict checks the dict segmenter (gse's DAG and HMM).
func TestSegmentDict(t *testing.T) {
	s := dictSet(t)
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
	for _, s := range []*Set{testSet(t), dictSet(t)} {
		for _, in := range []string{"Hello, World! 你好世界。\n\n第二段\xff\xfe無效", "ＡＢＣ　１２３", "𠮷野家和𫝈", strings.Repeat("很长的句子没有标点", 1000)} {
			pos := 0
			for _, w := range s.Segment(in) {
				if w.Start != pos || w.End <= w.Start || w.POS == "" {
					t.Fatalf("%s: Segment(%.20q): word %v after %d: not contiguous", s.Segmenter(), in, w, pos)
				}
				pos = w.End
			}
			if pos != len(in) {
				t.Fatalf("%s: Segment(%.20q) covers %d of %d bytes", s.Segmenter(), in, pos, len(in))
			}
		}
	}
}

func TestLatinKeepsCase(t *testing.T) {
	for _, s := range []*Set{testSet(t), dictSet(t)} {
		in := "OpenAI和NVIDIA"
		got := strings.Join(words(in, s.Segment(in)), "|")
		if got != "OpenAI|和|NVIDIA" {
			t.Errorf("%s: Segment(%q) = %q; want %q", s.Segmenter(), in, got, "OpenAI|和|NVIDIA")
		}
	}
}

// TestUserDictionaryExtends checks both segmenters with a user word: the
// model keeps it whole as a hard constraint, with the user's tag.
func TestUserDictionaryExtends(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "user.txt")
	if err := os.WriteFile(p, []byte("# ours\n克拉茨奥斯 1000 nr\n数字经济体 10 nz\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, seg := range Segmenters() {
		s, err := Load(Options{UserDicts: []string{p}, Segmenter: seg})
		if err != nil {
			t.Fatal(err)
		}
		in := "克拉茨奥斯说"
		if got := strings.Join(words(in, s.Segment(in)), "|"); got != "克拉茨奥斯|说" {
			t.Errorf("%s: Segment(%q) = %q; want %q", seg, in, got, "克拉茨奥斯|说")
		}
		if _, ok := s.Lookup("美国"); !ok {
			t.Errorf("%s: user dictionary replaced the embedded one: 美国 not found", seg)
		}
		if seg == "model" {
			// Without the user word the model cuts 数字|经济体; with it, the
			// word is whole and carries the user's tag.
			in := "发展数字经济体的合作"
			if plain := words(in, testSet(t).Segment(in)); slices.Contains(plain, "数字经济体") {
				t.Fatalf("model without the user word: Segment(%q) = %q; the test needs a word it cuts", in, plain)
			}
			var got []string
			for _, w := range s.Segment(in) {
				got = append(got, in[w.Start:w.End]+"/"+w.POS)
			}
			if !slices.Contains(got, "数字经济体/nz") {
				t.Errorf("model: Segment(%q) = %q; want 数字经济体/nz whole", in, got)
			}
		}
	}
	s, err := Load(Options{UserDicts: []string{p}})
	if err != nil {
		t.Fatal(err)
	}
	if s.Digest() == testSet(t).Digest() {
		t.Error("digest did not change with a user dictionary")
	}
	if testSet(t).Digest() == dictSet(t).Digest() {
		t.Error("the two segmenters have the same digest")
	}
	bad := filepath.Join(dir, "bad.txt")
	os.WriteFile(bad, []byte("词 abc n\n"), 0o644)
	if _, err := Load(Options{UserDicts: []string{bad}}); err == nil || !strings.Contains(err.Error(), "bad.txt:1") {
		t.Errorf("Load(bad dictionary) error = %v; want one naming bad.txt:1", err)
	}
	if _, err := Load(Options{Segmenter: "crf"}); err == nil {
		t.Error("Load(Segmenter: crf) succeeded")
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

// TestSegmentCut checks that both segmenters begin a word at each cut and
// still cover the text.
func TestSegmentCut(t *testing.T) {
	in := "美方表示，总统川普政府发布了新的行政令。"
	cuts := []int{len("美"), len("美方表示，总统"), len("美方表示，总统川普"), 1000, len("美") + 1}
	for _, s := range []*Set{testSet(t), dictSet(t)} {
		ws := s.SegmentCut(in, cuts)
		begins := map[int]bool{}
		pos := 0
		for _, w := range ws {
			if w.Start != pos || w.End <= w.Start || w.POS == "" {
				t.Fatalf("%s: SegmentCut(%q): word %v after %d", s.Segmenter(), in, w, pos)
			}
			begins[w.Start] = true
			pos = w.End
		}
		if pos != len(in) {
			t.Fatalf("%s: SegmentCut(%q) covers %d of %d bytes", s.Segmenter(), in, pos, len(in))
		}
		for _, c := range cuts[:3] {
			if !begins[c] {
				t.Errorf("%s: SegmentCut(%q) = %q: no word begins at %d", s.Segmenter(), in, words(in, ws), c)
			}
		}
		if got, want := words(in, s.SegmentCut(in, nil)), words(in, s.Segment(in)); !slices.Equal(got, want) {
			t.Errorf("%s: SegmentCut(nil) = %q; Segment = %q", s.Segmenter(), got, want)
		}
	}
}

// FuzzSegment checks that the model segmenter covers any input with
// contiguous tagged words, with and without forced cuts, and that a user
// word is never cut.
func FuzzSegment(f *testing.F) {
	for _, seed := range []string{"美国人工智能行动计划", "增长40%和10.5万", "\xff中文 abc\t１２３", "𠮷野家", "克拉茨奥斯说"} {
		f.Add(seed, 3)
	}
	p := filepath.Join(f.TempDir(), "user.txt")
	if err := os.WriteFile(p, []byte("克拉茨奥斯 10 nr\n"), 0o644); err != nil {
		f.Fatal(err)
	}
	s, err := Load(Options{UserDicts: []string{p}})
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text string, cut int) {
		for _, cuts := range [][]int{nil, {cut}} {
			pos := 0
			for _, w := range s.SegmentCut(text, cuts) {
				if w.Start != pos || w.End <= w.Start || w.POS == "" {
					t.Fatalf("SegmentCut(%q, %v): word %v after %d", text, cuts, w, pos)
				}
				if i := strings.Index(text[w.Start:], "克拉茨奥斯"); i > 0 && w.Start+i < w.End {
					t.Fatalf("SegmentCut(%q, %v): word %q cuts the user word", text, cuts, text[w.Start:w.End])
				}
				pos = w.End
			}
			if pos != len(text) {
				t.Fatalf("SegmentCut(%q, %v) covers %d of %d bytes", text, cuts, pos, len(text))
			}
		}
	})
}

// TestSegmentCutToSameAsSegmentCut lends the words of texts of different
// lengths (long, short, empty, with and without cuts) one after another
// from two goroutines, so that each call reuses a buffer an earlier one
// filled: the words lent must be exactly SegmentCut's, with nothing left
// over from the earlier text.
func TestSegmentCutToSameAsSegmentCut(t *testing.T) {
	texts := []string{
		strings.Repeat("今年一季度，全省工业增加值同比增长百分之六点五，\n高于全国平均水平。", 40),
		"他说：",
		"",
		"ABC 公司 2025年3月 在台北發表新產品。\xff",
		"美方表示，总统川普政府发布了新的行政令。",
	}
	for _, s := range []*Set{testSet(t), dictSet(t)} {
		want := make([][]Word, len(texts))
		for i, in := range texts {
			want[i] = s.SegmentCut(in, []int{len(in) / 3, len(in) / 2})
		}
		var wg sync.WaitGroup
		for g := 0; g < 2; g++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for round := 0; round < 20; round++ {
					for i, in := range texts {
						s.SegmentCutTo(in, []int{len(in) / 3, len(in) / 2}, func(ws []Word) {
							if !slices.Equal(ws, want[i]) {
								t.Errorf("%s: SegmentCutTo(%q) = %q; SegmentCut %q", s.Segmenter(), in, words(in, ws), words(in, want[i]))
							}
						})
					}
				}
			}()
		}
		wg.Wait()
	}
}
