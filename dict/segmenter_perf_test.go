package dict

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/go-ego/gse"

	"github.com/zhpipe/zhpipe/internal/shared"
)

// BenchmarkSegmentPKU segments the SIGHAN 2005 PKU test file (about 0.5 MB of
// Simplified news text) with the dict segmenter and, for comparison, with
// gse's Cut as it did before. It also reports the process CPU time per operation,
// steadier than the wall time on a shared machine.
func BenchmarkSegmentPKU(b *testing.B) {
	s := dictSet(b)
	data, err := os.ReadFile(shared.Path(b, "eval", "sighan2005", "testing", "pku_test.utf8"))
	if err != nil {
		b.Fatal(err)
	}
	text := string(data)
	for _, bc := range []struct {
		name    string
		segment func(string) []Word
	}{
		{"Segment", s.Segment},
		{"gseCut", func(text string) []Word { return segmentGSE(gseRef(b), text) }},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			cpu0 := cpuTime()
			for b.Loop() {
				bc.segment(text)
			}
			b.ReportMetric(float64(cpuTime()-cpu0)/float64(b.N), "cpu-ns/op")
			b.ReportMetric(float64(len(text))/1e6/((cpuTime()-cpu0).Seconds()/float64(b.N)), "cpu-MB/s")
		})
	}
}

// cpuTime is the CPU time used by the process so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkLoad measures Load with the embedded data only (the compiled
// dictionary and the model, both read in place).
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	cpu0 := cpuTime()
	for b.Loop() {
		if _, err := Load(Options{}); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(cpuTime()-cpu0)/float64(b.N), "cpu-ns/op")
}

// segmentGSE is the dict segmenter as it was before the DAG cut was ported
// and the dictionary compiled: each Han block through gse's Cut(block,
// true) with gse's own dictionary, then Find for each word's POS. The port
// must give the same words.
func segmentGSE(s *gse.Segmenter, text string) []Word {
	return segmentBlocks(text, func(text string, start, end int, words []Word) []Word {
		pos := start
		for _, w := range s.Cut(text[start:end], true) {
			if w == "" {
				continue
			}
			if !strings.HasPrefix(text[pos:end], w) {
				break
			}
			tag := "x"
			if _, p, ok := s.Find(w); ok && p != "" {
				tag = p
			}
			words = append(words, Word{Start: pos, End: pos + len(w), POS: tag})
			pos += len(w)
		}
		for pos < end {
			_, n := utf8.DecodeRuneInString(text[pos:])
			words = append(words, Word{Start: pos, End: pos + n, POS: "x"})
			pos += n
		}
		return words
	})
}

// firstDifference returns "" if got and want are the same words, else a
// description of the first difference.
func firstDifference(text string, got, want []Word) string {
	for i := 0; i < len(got) && i < len(want); i++ {
		if got[i] != want[i] {
			lo := max(0, i-3)
			return fmt.Sprintf("word %d: got %q; want %q (context %q)", i,
				fmt.Sprint(got[i], " ", text[got[i].Start:got[i].End]),
				fmt.Sprint(want[i], " ", text[want[i].Start:want[i].End]),
				strings.Join(words(text, want[lo:i+1]), "|"))
		}
	}
	if len(got) != len(want) {
		return fmt.Sprintf("got %d words; want %d", len(got), len(want))
	}
	return ""
}

// TestSegmentSameAsGSECut compares the dict segmenter (the compiled
// dictionary and the ported DAG and HMM) with gse's own Cut on gse's own
// dictionary, on the SIGHAN 2005 test files (Simplified and Traditional)
// and on tricky strings.
func TestSegmentSameAsGSECut(t *testing.T) {
	s, ref := dictSet(t), gseRef(t)
	inputs := map[string]string{
		"mixed":   "Hello, World! 你好世界。\n\n第二段\xff\xfe無效",
		"astral":  "𠮷野家和𫝈〇〇七",
		"unknown": "克拉茨奥斯说卢卡申科和泽连斯基在伊斯坦布尔会谈",
		"repeat":  strings.Repeat("的", 50),
	}
	files := []string{"pku_test.utf8", "msr_test.utf8", "cityu_test.utf8", "as_test.utf8"}
	if testing.Short() {
		files = files[:1]
	}
	for _, f := range files {
		data, err := os.ReadFile(shared.Path(t, "eval", "sighan2005", "testing", f))
		if err != nil {
			t.Fatal(err)
		}
		inputs[f] = string(data)
	}
	names := make([]string, 0, len(inputs))
	for name := range inputs {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			text := inputs[name]
			got, want := s.Segment(text), segmentGSE(ref, text)
			if d := firstDifference(text, got, want); d != "" {
				t.Errorf("Segment differs from gse's Cut: %s", d)
			}
			t.Logf("%d words", len(got))
		})
	}
}

// FuzzSegmentSameAsGSECut checks that Segment covers its input with
// contiguous words and agrees with gse's Cut word for word.
func FuzzSegmentSameAsGSECut(f *testing.F) {
	for _, seed := range []string{"美国人工智能行动计划", "增长40%和10.5万", "克拉茨奥斯说", "\xff中文", "𠮷野家"} {
		f.Add(seed)
	}
	s, ref := dictSet(f), gseRef(f)
	f.Fuzz(func(t *testing.T, text string) {
		got := s.Segment(text)
		pos := 0
		for _, w := range got {
			if w.Start != pos || w.End <= w.Start || w.POS == "" {
				t.Fatalf("Segment(%q): word %v after %d", text, w, pos)
			}
			pos = w.End
		}
		if pos != len(text) {
			t.Fatalf("Segment(%q) covers %d of %d bytes", text, pos, len(text))
		}
		if d := firstDifference(text, got, segmentGSE(ref, text)); d != "" {
			t.Fatalf("Segment(%q) differs from gse's Cut: %s", text, d)
		}
	})
}

// BenchmarkLoadGSE measures gse's own LoadDictStr, which Load replaced, for
// comparison with BenchmarkLoad.
func BenchmarkLoadGSE(b *testing.B) {
	b.ReportAllocs()
	cpu0 := cpuTime()
	for b.Loop() {
		var seg gse.Segmenter
		seg.SkipLog = true
		if err := seg.LoadDictStr(zhS); err != nil {
			b.Fatal(err)
		}
		seg.LoadModel()
	}
	b.ReportMetric(float64(cpuTime()-cpu0)/float64(b.N), "cpu-ns/op")
}

// TestUserDictionarySameAsGSE checks the user words on top of the compiled
// dictionary against gse with the same words added by its AddToken: new
// words, a word gse already has (ignored, as gse ignores it), and a prefix
// of a longer dictionary word.
func TestUserDictionarySameAsGSE(t *testing.T) {
	if testing.Short() {
		t.Skip("loads gse's dictionary again")
	}
	p := filepath.Join(t.TempDir(), "user.txt")
	lines := "克拉茨奥斯 1000 nr\n泽连斯基 50 nr\n中华人民共和 80000 ns\n美国 5 n\n卢卡 3\n"
	if err := os.WriteFile(p, []byte(lines), 0o644); err != nil {
		t.Fatal(err)
	}
	s, err := Load(Options{Segmenter: "dict", UserDicts: []string{p}})
	if err != nil {
		t.Fatal(err)
	}
	ref := &gse.Segmenter{SkipLog: true}
	if err := ref.LoadDictStr(zhS); err != nil {
		t.Fatal(err)
	}
	ref.LoadModel()
	for _, l := range strings.Split(strings.TrimSpace(lines), "\n") {
		f := strings.Fields(l)
		freq, pos := 100.0, "n"
		if len(f) > 1 {
			freq, _ = strconv.ParseFloat(f[1], 64)
		}
		if len(f) > 2 {
			pos = f[2]
		}
		ref.AddToken(f[0], freq, pos)
	}
	if s.totalFreq() != ref.Dict.TotalFreq() {
		t.Errorf("total frequency %g; gse %g", s.totalFreq(), ref.Dict.TotalFreq())
	}
	text := "克拉茨奥斯说，卢卡申科和泽连斯基在伊斯坦布尔会谈。中华人民共和国成立，美国人说。"
	data, err := os.ReadFile(shared.Path(t, "eval", "sighan2005", "testing", "pku_test.utf8"))
	if err == nil {
		text += string(data)
	}
	if d := firstDifference(text, s.Segment(text), segmentGSE(ref, text)); d != "" {
		t.Errorf("Segment with a user dictionary differs from gse's: %s", d)
	}
}

// BenchmarkSegmentModelPKU segments the SIGHAN 2005 PKU test file with the
// model segmenter (and its word tagger).
func BenchmarkSegmentModelPKU(b *testing.B) {
	s := testSet(b)
	data, err := os.ReadFile(shared.Path(b, "eval", "sighan2005", "testing", "pku_test.utf8"))
	if err != nil {
		b.Fatal(err)
	}
	text := string(data)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	cpu0 := cpuTime()
	for b.Loop() {
		s.Segment(text)
	}
	b.ReportMetric(float64(len(text))/1e6/((cpuTime()-cpu0).Seconds()/float64(b.N)), "cpu-MB/s")
}
