package segtag_test

import (
	"os"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode"

	"github.com/zhpipe/zhpipe/dict"
	"github.com/zhpipe/zhpipe/dict/segmodel"
	"github.com/zhpipe/zhpipe/dict/segtag"
	"github.com/zhpipe/zhpipe/internal/shared"
)

// pkuRuns returns the runs of characters without white space of the
// SIGHAN 2005 PKU test file, the dictionary information of each, and the
// file's size in bytes.
func pkuRuns(b *testing.B) (set *dict.Set, runs [][]rune, lex [][]segtag.Lex, size int) {
	data, err := os.ReadFile(shared.Path(b, "eval", "sighan2005", "testing", "pku_test.utf8"))
	if err != nil {
		b.Fatal(err)
	}
	set, err = dict.Load(dict.Options{})
	if err != nil {
		b.Fatal(err)
	}
	for _, f := range strings.FieldsFunc(string(data), unicode.IsSpace) {
		rs := []rune(f)
		l := make([]segtag.Lex, len(rs))
		set.Lex(rs, l)
		runs, lex = append(runs, rs), append(lex, l)
	}
	return set, runs, lex, len(data)
}

// BenchmarkSegment cuts the PKU test file with the embedded model (the
// dictionary information computed beforehand).
func BenchmarkSegment(b *testing.B) {
	_, runs, lex, size := pkuRuns(b)
	m, err := segtag.Open(segmodel.Bytes())
	if err != nil {
		b.Fatal(err)
	}
	tg := m.NewTagger()
	var words []int
	b.SetBytes(int64(size))
	b.ReportAllocs()
	cpu0 := cpuTime()
	for b.Loop() {
		for k, rs := range runs {
			words = tg.Segment(rs, lex[k], nil, nil, words[:0])
		}
	}
	reportCPU(b, cpu0, size)
}

// BenchmarkTag tags the words the model cuts in the PKU test file (with
// their dictionary tags).
func BenchmarkTag(b *testing.B) {
	set, runs, lex, size := pkuRuns(b)
	m, err := segtag.Open(segmodel.Bytes())
	if err != nil {
		b.Fatal(err)
	}
	tg := m.NewTagger()
	words := make([][]int, len(runs))
	dtags := make([][]string, len(runs))
	for k, rs := range runs {
		words[k] = tg.Segment(rs, lex[k], nil, nil, nil)
		pos := 0
		for _, n := range words[k] {
			dtags[k] = append(dtags[k], set.DictTag(rs[pos:pos+n]))
			pos += n
		}
	}
	var tags []string
	b.SetBytes(int64(size))
	b.ReportAllocs()
	cpu0 := cpuTime()
	for b.Loop() {
		for k, rs := range runs {
			tags = tg.Tag(rs, words[k], dtags[k], tags[:0])
		}
	}
	reportCPU(b, cpu0, size)
}

// cpuTime is the CPU time used by the process so far (steadier than the
// wall time on a shared machine).
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// reportCPU reports the CPU time per operation and the CPU throughput.
func reportCPU(b *testing.B, cpu0 time.Duration, size int) {
	per := (cpuTime() - cpu0).Seconds() / float64(b.N)
	b.ReportMetric(per*1e9, "cpu-ns/op")
	b.ReportMetric(float64(size)/1e6/per, "cpu-MB/s")
}
