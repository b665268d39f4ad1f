package entity

import (
	"os"
	"strings"
	"testing"

	"github.com/zhpipe/zhpipe/dict/nermodel"
	"github.com/zhpipe/zhpipe/internal/shared"
	"github.com/zhpipe/zhpipe/pipeline/convert"
)

func seedSimplified(b *testing.B) string {
	b.Helper()
	raw, err := os.ReadFile(shared.Path(b, "fixtures", "seed", "article.txt"))
	if err != nil {
		b.Fatal(err)
	}
	c, err := convert.New("tw2sp")
	if err != nil {
		b.Fatal(err)
	}
	return c.Convert(string(raw))
}

// BenchmarkExtract measures rules and lexicon (no tagger) on the seed.
func BenchmarkExtract(b *testing.B) {
	text := seedSimplified(b)
	x := newTestExtractor(b, Options{})
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		x.Extract(text)
	}
}

// BenchmarkExtractHybrid measures rules, lexicon and the embedded tagger on
// the seed.
func BenchmarkExtractHybrid(b *testing.B) {
	text := seedSimplified(b)
	m, err := nermodel.Load()
	if err != nil {
		b.Skipf("skipping: the embedded NER model does not load: %v", err)
	}
	x := newTestExtractor(b, Options{Tagger: FromNER(m)})
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		x.Extract(text)
	}
}

// BenchmarkExtractLong measures a 40-fold seed, to show the cost is linear.
func BenchmarkExtractLong(b *testing.B) {
	text := strings.Repeat(seedSimplified(b)+"\n", 40)
	x := newTestExtractor(b, Options{})
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		x.Extract(text)
	}
}

// BenchmarkNew measures building an Extractor (the lexicon's trie).
func BenchmarkNew(b *testing.B) {
	lx := testLexicon(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := New(lx, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
