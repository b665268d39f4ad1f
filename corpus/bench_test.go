package corpus

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"unicode/utf8"

	"github.com/zhpipe/zhpipe/internal/benchcpu"
	"github.com/zhpipe/zhpipe/internal/shared"
)

// benchInputs returns about n bytes of synthetic text in each encoding.
func benchInputs(tb testing.TB, n int) []struct {
	name string
	raw  []byte
} {
	var out []struct {
		name string
		raw  []byte
	}
	for _, enc := range []Encoding{UTF8, UTF8BOM, UTF16LE, GBK, GB18030, Big5} {
		chars := commonTraditional
		if enc == GBK || enc == GB18030 {
			chars = commonSimplified
		}
		text := syntheticText(tb, chars, enc, n)
		if enc == GB18030 {
			text += "𠀀" // one four-byte sequence
		}
		out = append(out, struct {
			name string
			raw  []byte
		}{string(enc), encode(tb, encoderOf(enc), text)})
	}
	return out
}

func BenchmarkDecode(b *testing.B) {
	for _, in := range benchInputs(b, 1<<20) {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.raw)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Decode(in.raw, ""); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkDecodeFixtures(b *testing.B) {
	dir := shared.Path(b, "fixtures", "encodings")
	files, err := filepath.Glob(filepath.Join(dir, "*"))
	if err != nil {
		b.Fatal(err)
	}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		b.Run(filepath.Base(f), func(b *testing.B) {
			b.SetBytes(int64(len(raw)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Decode(raw, ""); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestDecodeMemory checks that decoding needs little more memory than its
// output: allocations stay under twice the raw size for multibyte
// encodings (whose UTF-8 is up to 1.5 times longer) and near the raw size
// for UTF-8.
func TestDecodeMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping: decodes 16 MB inputs (-short)")
	}
	for _, in := range benchInputs(t, 16<<20) {
		t.Run(in.name, func(t *testing.T) {
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			d, err := Decode(in.raw, "")
			runtime.ReadMemStats(&after)
			if err != nil {
				t.Fatal(err)
			}
			alloc := after.TotalAlloc - before.TotalAlloc
			ratio := float64(alloc) / float64(len(in.raw))
			t.Logf("%s: %d bytes in, %d bytes of text, %.2f× allocated", in.name, len(in.raw), len(d.Text), ratio)
			limit := 2.0
			if d.Encoding == UTF8 || d.Encoding == UTF8BOM {
				limit = 1.2
			}
			if ratio > limit {
				t.Errorf("Decode(%s, %d bytes) allocated %.2f× its input; want ≤ %.1f×", in.name, len(in.raw), ratio, limit)
			}
		})
	}
}

// BenchmarkDecodeDir decodes every file of $ZHPIPE_BENCH_DIR (for example
// the People's Daily batch of mixed encodings) per iteration.
func BenchmarkDecodeDir(b *testing.B) {
	dir := os.Getenv("ZHPIPE_BENCH_DIR")
	if dir == "" {
		b.Skip("ZHPIPE_BENCH_DIR not set")
	}
	var raws [][]byte
	size := 0
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		raw, err := os.ReadFile(p)
		raws = append(raws, raw)
		size += len(raw)
		return err
	})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, raw := range raws {
			Decode(raw, "")
		}
	}
}

// BenchmarkDetectPD detects the encoding of the People's Daily benchmark
// files that are neither UTF-8 nor UTF-16 (short GBK articles: the GBK
// and Big5 candidates are both scored) under ZHPIPE_DETECT_BENCH_DIR, a
// directory of day directories of article files.
func BenchmarkDetectPD(b *testing.B) {
	dir := os.Getenv("ZHPIPE_DETECT_BENCH_DIR")
	if dir == "" {
		b.Skip("ZHPIPE_DETECT_BENCH_DIR not set (a directory of day directories of GBK/Big5 articles)")
	}
	files, _ := filepath.Glob(filepath.Join(dir, "*", "*", "*"))
	var raws [][]byte
	size := 0
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err == nil && len(raw) > 0 && !utf8.Valid(raw) && raw[0] < 0xFE {
			raws = append(raws, raw)
			size += len(raw)
		}
	}
	if len(raws) == 0 {
		b.Skip("no GBK or Big5 files under " + dir)
	}
	b.SetBytes(int64(size))
	defer benchcpu.Start(b, int64(size))()
	for b.Loop() {
		for _, raw := range raws {
			detect(raw)
		}
	}
}
