package argument

import (
	"strings"
	"testing"

	"github.com/zhpipe/zhpipe/internal/benchcpu"
	"github.com/zhpipe/zhpipe/internal/shared"
)

func BenchmarkAnalyzeSeed(b *testing.B) {
	text, _ := readSeed(b)
	sp := buildSpeakers(text, seedSpeakers())
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Analyze(text, sp, nil)
	}
}

// BenchmarkAnalyzeLong runs on the seed repeated 20 times (~300 KB), to
// catch work that grows faster than the text.
func BenchmarkAnalyzeLong(b *testing.B) {
	seed, _ := readSeed(b)
	text := strings.Repeat(seed+"\n", 20)
	sp := buildSpeakers(text, seedSpeakers())
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Analyze(text, sp, nil)
	}
}

func BenchmarkWriteOutline(b *testing.B) {
	text, _ := readSeed(b)
	a := Analyze(text, buildSpeakers(text, seedSpeakers()), nil)
	b.ReportAllocs()
	for b.Loop() {
		if err := WriteOutline(discard{}, text, a, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAnalyzeSize runs on the seed repeated to about 0.1, 0.3, 1 and
// 4 MB (one growing document), to show that the time per byte stays flat.
func BenchmarkAnalyzeSize(b *testing.B) {
	seed, _ := readSeed(b)
	for _, size := range []struct {
		name  string
		bytes int
	}{{"0.1MB", 100_000}, {"0.3MB", 300_000}, {"1MB", 1_000_000}, {"4MB", 4_000_000}} {
		b.Run(size.name, func(b *testing.B) {
			text := strings.Repeat(seed+"\n", (size.bytes+len(seed))/(len(seed)+1))
			sp := buildSpeakers(text, seedSpeakers())
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			for b.Loop() {
				Analyze(text, sp, nil)
			}
		})
	}
}

// BenchmarkAnalyzePD runs on 1,000 articles of People's Daily (January
// 1998) with the corpus's own names as speakers: the news text of the
// batch benchmark, where quote marks, lists and sections are rare.
func BenchmarkAnalyzePD(b *testing.B) {
	arts := readPD(b, shared.Path(b, "eval", "corpus", "pd1998", "199801.utf8.txt"), 1000)
	n := 0
	for _, a := range arts {
		n += len(a.text)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	defer benchcpu.Start(b, int64(n))()
	for b.Loop() {
		for _, a := range arts {
			Analyze(a.text, a.speakers, nil)
		}
	}
}
