package convert

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zhpipe/zhpipe/internal/benchcpu"
)

// BenchmarkNew measures building a config from scratch (a fresh Loader).
func BenchmarkNew(b *testing.B) {
	for _, name := range []string{"t2s", "tw2sp", "s2t", "s2twp", "s2hk"} {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := New(name); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// seedText returns the seed article (testdata/seed-article.txt at the
// repository root) repeated to about 1 MB.
func seedText(b *testing.B) string {
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "seed-article.txt"))
	if err != nil {
		b.Fatal(err)
	}
	return strings.Repeat(string(data), 1<<20/len(data)+1)
}

func BenchmarkConvert(b *testing.B) {
	text := seedText(b)
	l := NewLoader()
	for _, name := range []string{"tw2sp", "t2s", "s2t"} {
		c, err := l.Converter(name)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			b.ReportAllocs()
			defer benchcpu.Start(b, int64(len(text)))()
			for b.Loop() {
				c.Convert(text)
			}
		})
	}
}

func BenchmarkConvertAligned(b *testing.B) {
	text := seedText(b)
	c, err := New("tw2sp")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		c.ConvertAligned(text)
	}
}

func BenchmarkConvertLines(b *testing.B) {
	text := seedText(b)
	c, err := New("tw2sp")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if err := c.ConvertLines(strings.NewReader(text), io.Discard); err != nil {
			b.Fatal(err)
		}
	}
}
