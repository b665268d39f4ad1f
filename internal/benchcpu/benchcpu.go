// Package benchcpu adds CPU-time figures to Go benchmarks. On a shared
// machine the wall time of a benchmark depends on the other processes; the
// process's user+system CPU time per operation does much less, so the
// benchmarks of zhpipe's hot paths report both.
package benchcpu

import (
	"syscall"
	"testing"
	"time"
)

// cpuTime returns the process's user+system CPU time.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// Start begins measuring; call the returned function after the benchmark
// loop. It reports cpu-ns/op and, when the benchmark set its bytes per
// operation, cpu-MB/s (bytes per CPU second). The CPU time includes the
// garbage collector's, which belongs to the cost of the code measured.
func Start(b *testing.B, bytesPerOp int64) (stop func()) {
	b.Helper()
	start := cpuTime()
	return func() {
		cpu := cpuTime() - start
		if b.N == 0 || cpu <= 0 {
			return
		}
		b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N), "cpu-ns/op")
		if bytesPerOp > 0 {
			b.ReportMetric(float64(bytesPerOp)*float64(b.N)/1e6/cpu.Seconds(), "cpu-MB/s")
		}
	}
}
