package main

import (
	"math"
	"os"
	"runtime/debug"
	"runtime/metrics"
	"sync"
)

// Large inputs get a soft memory limit (runtime/debug.SetMemoryLimit): the
// live heap before them (the loaded resources), plus memPerByte bytes per
// byte of the large inputs being annotated, plus some slack. Without it,
// the collector lets the heap grow to twice what is live, and the live
// data of one large document is already several times its size. Small
// inputs are left to the usual pacing, and GOMEMLIMIT, when set, wins.
const (
	largeInput = 4 << 20
	memPerByte = 8
	memSlack   = 32 << 20
)

// memoryBudget tracks the large inputs in flight.
type memoryBudget struct {
	mu       sync.Mutex
	inflight int64
	base     int64 // live heap when the first large input came
}

// hold accounts for an input of n bytes until the returned function is
// called.
func (m *memoryBudget) hold(n int64) (release func()) {
	if n < largeInput || os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.inflight == 0 {
		m.base = liveHeap()
	}
	m.inflight += n
	m.apply()
	return func() {
		m.mu.Lock()
		defer m.mu.Unlock()
		m.inflight -= n
		m.apply()
	}
}

func (m *memoryBudget) apply() {
	if m.inflight == 0 || m.base == 0 {
		debug.SetMemoryLimit(math.MaxInt64)
		return
	}
	debug.SetMemoryLimit(m.base + memSlack + memPerByte*m.inflight)
}

// liveHeap returns the heap the last collection found live (0 before the
// first collection).
func liveHeap() int64 {
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return int64(s[0].Value.Uint64())
}
