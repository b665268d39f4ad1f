package argument

import (
	"runtime"
	"sync"
)

// scratch is the tables an analysis builds and drops when it is done,
// kept from one document to the next: the paragraphs, their sentences and
// the stop index of the doc, the quotation spans, and the quoteFinder's
// speech acts and speakers. In a batch of news articles growing them anew
// for every document was most of the stage's allocation. Nothing in an
// Argument holds them (it holds spans and strings, copied out).
type scratch struct {
	paras []para
	sents []Span
	stops []uint64
	qs    []qspan
	top   []Span
	topq  []qspan
	acts  []act
	said  []speech
	trig  triggers
}

// keeper holds idle scratch. Unlike a sync.Pool, which the collector
// empties every cycle or two (in a batch of small documents, every few
// documents), it keeps them: at most twice GOMAXPROCS, as many as the
// callers that run at once.
var keeper struct {
	mu   sync.Mutex
	idle []*scratch
}

// getScratch returns idle scratch, its tables empty, or new scratch.
func getScratch() *scratch {
	keeper.mu.Lock()
	defer keeper.mu.Unlock()
	if n := len(keeper.idle); n > 0 {
		s := keeper.idle[n-1]
		keeper.idle[n-1] = nil
		keeper.idle = keeper.idle[:n-1]
		return s
	}
	return &scratch{}
}

// keepMax is the largest table kept, in elements: the tables of a long
// document are dropped, not held for the next.
const keepMax = 1 << 14

// putScratch returns s for reuse: its tables emptied, those holding
// pointers to a document's speakers cleared, and none kept that grew past
// keepMax.
func putScratch(s *scratch) {
	s.paras = keepTable(s.paras)
	s.sents = keepTable(s.sents)
	s.stops = keepTable(s.stops)
	s.qs = keepTable(s.qs)
	s.top = keepTable(s.top)
	s.topq = keepTable(s.topq)
	clear(s.acts) // (beyond their length they are zero already)
	clear(s.said)
	s.acts = keepTable(s.acts)
	s.said = keepTable(s.said)
	for c := range s.trig.pos {
		s.trig.pos[c] = keepTable(s.trig.pos[c])
	}
	s.trig.on = false
	keeper.mu.Lock()
	defer keeper.mu.Unlock()
	if len(keeper.idle) < 2*runtime.GOMAXPROCS(0) {
		keeper.idle = append(keeper.idle, s)
	}
}

// keepTable returns t emptied, or nil when it grew past keepMax.
func keepTable[T any](t []T) []T {
	if cap(t) > keepMax {
		return nil
	}
	return t[:0]
}
