package argument

import (
	"strings"
	"testing"
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
