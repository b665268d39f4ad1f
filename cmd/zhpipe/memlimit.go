package main

import (
	"math"
	"os"
	"runtime/debug"
	"runtime/metrics"
	"sync"
	"time"
)

// Large inputs get a soft memory limit (runtime/debug.SetMemoryLimit): the
// live heap before them (the loaded resources), plus memPerByte bytes per
// byte of the large inputs being annotated, plus some slack. Without it,
// the collector lets the heap grow to twice what is live, and the live
// data of one large document is already several times its size. When a
// stage's live data outgrows the limit anyway, the collector would run
// without pause; a watcher then raises the limit, so that collection never
// takes more than about a quarter of the CPU. Small inputs are left to the
// usual pacing, and GOMEMLIMIT, when set, wins.
const (
	largeInput  = 4 << 20
	memPerByte  = 8
	memSlack    = 32 << 20
	gcShareMax  = 0.25
	watchPeriod = 100 * time.Millisecond
)

// memoryBudget tracks the large inputs in flight.
type memoryBudget struct {
	mu       sync.Mutex
	inflight int64
	base     int64 // live heap when the first large input came
	raised   int64 // added by the watcher
	stop     chan struct{}
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
		m.base, m.raised = liveHeap(), 0
		m.stop = make(chan struct{})
		go m.watch(m.stop)
	}
	m.inflight += n
	m.apply()
	return func() {
		m.mu.Lock()
		defer m.mu.Unlock()
		m.inflight -= n
		if m.inflight == 0 {
			close(m.stop)
		}
		m.apply()
	}
}

// apply sets the limit for the inputs in flight (none: no limit).
func (m *memoryBudget) apply() {
	if m.inflight == 0 || m.base == 0 {
		debug.SetMemoryLimit(math.MaxInt64)
		return
	}
	debug.SetMemoryLimit(m.base + memSlack + memPerByte*m.inflight + m.raised)
}

// watch raises the limit (see raise) whenever the collector took more
// than gcShareMax of the process's CPU time over the last period.
func (m *memoryBudget) watch(stop chan struct{}) {
	s := []metrics.Sample{{Name: "/cpu/classes/gc/total:cpu-seconds"}, {Name: "/cpu/classes/total:cpu-seconds"}}
	read := func() (gc, total float64) {
		metrics.Read(s)
		if s[0].Value.Kind() != metrics.KindFloat64 || s[1].Value.Kind() != metrics.KindFloat64 {
			return 0, 0
		}
		return s[0].Value.Float64(), s[1].Value.Float64()
	}
	gc0, total0 := read()
	t := time.NewTicker(watchPeriod)
	defer t.Stop()
	for {
		select {
		case <-stop:
			return
		case <-t.C:
		}
		gc, total := read()
		if total > total0 {
			share := (gc - gc0) / (total - total0)
			m.mu.Lock()
			if m.inflight > 0 && share > gcShareMax {
				m.raise(liveHeap())
				m.apply()
			} else if m.inflight > 0 && share < gcShareMax/2 && m.lower(liveHeap()) {
				m.apply()
			}
			m.mu.Unlock()
		}
		gc0, total0 = gc, total
	}
}

// raise raises the limit when the collector is too busy: to a quarter
// above what is live, or, when the limit is already there, by an eighth.
// Raising by a share of the limit alone compounds while one stage's live
// data stays above it, and the heap (and the process's memory) then grows
// far past what is live.
func (m *memoryBudget) raise(live int64) {
	limit := m.base + memSlack + memPerByte*m.inflight + m.raised
	if want := live + live/4; want > limit+limit/8 {
		m.raised += want - limit
	} else {
		m.raised += limit / 8
	}
}

// lower takes back what raise added once the collector is idle again and
// the live heap has shrunk (a stage's large data is gone): the limit goes
// down to a quarter above what is live, never under the budget. It reports
// whether the limit changed.
func (m *memoryBudget) lower(live int64) bool {
	budget := m.base + memSlack + memPerByte*m.inflight
	r := max(live+live/4-budget, 0)
	if r >= m.raised {
		return false
	}
	m.raised = r
	return true
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
