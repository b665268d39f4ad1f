package dict

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode/utf8"
	"unsafe"

	"github.com/zhpipe/zhpipe/dict/segtag"
)

// pdDocs reads the UTF-8 text files under the directory named by
// ZHPIPE_SEG_BENCH_DIR (a batch of news articles), skipping the benchmark
// when it is not set.
func pdDocs(b *testing.B) (docs []string, size int) {
	dir := os.Getenv("ZHPIPE_SEG_BENCH_DIR")
	if dir == "" {
		b.Skip("ZHPIPE_SEG_BENCH_DIR not set (a directory of UTF-8 articles)")
	}
	err := filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		if err != nil || !utf8.Valid(data) {
			return nil
		}
		docs = append(docs, string(data))
		size += len(data)
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	return docs, size
}

// BenchmarkSegmentBatch segments a batch of articles one by one, as the
// pipeline does. In the cold variant a 32 MB buffer is written between two
// articles, as the other stages of the pipeline evict the model's tables
// from the caches; only the segmentation is timed, in CPU time of the
// thread (seg-ns/B), which a busy machine inflates less than wall time.
func BenchmarkSegmentBatch(b *testing.B) {
	docs, size := pdDocs(b)
	s := testSet(b)
	for _, cold := range []bool{false, true} {
		name := "warm"
		if cold {
			name = "cold"
		}
		b.Run(name, func(b *testing.B) {
			var junk []byte
			if cold {
				junk = make([]byte, 32<<20)
			}
			runtime.LockOSThread()
			defer runtime.UnlockOSThread()
			var spent time.Duration
			b.SetBytes(int64(size))
			for b.Loop() {
				for _, d := range docs {
					for k := 0; k < len(junk); k += 64 {
						junk[k]++
					}
					t0 := threadTime()
					s.Segment(d)
					spent += threadTime() - t0
				}
			}
			b.ReportMetric(float64(spent.Nanoseconds())/float64(b.N)/float64(size), "seg-ns/B")
		})
	}
}

// threadTime is the CPU time of the calling thread.
func threadTime() time.Duration {
	const clockThreadCPUTime = 3
	var ts syscall.Timespec
	syscall.Syscall(syscall.SYS_CLOCK_GETTIME, clockThreadCPUTime, uintptr(unsafe.Pointer(&ts)), 0)
	return time.Duration(ts.Nano())
}

// BenchmarkLexPD runs lexCodes (the dictionary features) on the runs of
// characters of a batch of articles; in the cold variant a 32 MB buffer
// is written between two articles, as the other stages evict the trie
// from the caches. Only lexCodes is timed, in CPU time of the thread.
func BenchmarkLexPD(b *testing.B) {
	docs, _ := pdDocs(b)
	s := testSet(b)
	var runs [][][]rune
	chars := 0
	for _, d := range docs {
		var rs [][]rune
		for _, f := range strings.Fields(d) {
			r := []rune(f)
			rs = append(rs, r)
			chars += len(r)
		}
		runs = append(runs, rs)
	}
	for _, cold := range []bool{false, true} {
		name := "warm"
		if cold {
			name = "cold"
		}
		b.Run(name, func(b *testing.B) {
			var junk []byte
			if cold {
				junk = make([]byte, 32<<20)
			}
			runtime.LockOSThread()
			defer runtime.UnlockOSThread()
			var sc lexScratch
			lex := make([]segtag.Lex, 0)
			var spent time.Duration
			for b.Loop() {
				for _, rs := range runs {
					for k := 0; k < len(junk); k += 64 {
						junk[k]++
					}
					t0 := threadTime()
					for _, r := range rs {
						lex = grow(lex, len(r))
						s.lexCodes(r, lex, &sc)
					}
					spent += threadTime() - t0
				}
			}
			b.ReportMetric(float64(spent.Nanoseconds())/float64(b.N)/float64(chars), "lex-ns/char")
		})
	}
}
