package argument

import (
	"runtime"
	"sync"
)

// actScratch is the quoteFinder's tables of speech acts and their
// speakers, kept from one document to the next: a batch of news articles
// finds dozens of acts in each, and growing the tables anew for every
// document was the stage's largest allocation. Nothing outside quotes
// holds them (a Quote copies what it takes from an act).
type actScratch struct {
	acts []act
	said []speech
}

// actKeeper holds idle scratch tables. Unlike a sync.Pool, which the
// collector empties every cycle or two (in a batch of small documents,
// every few documents), it keeps them: at most twice GOMAXPROCS, as many
// as the callers that run at once.
var actKeeper struct {
	mu   sync.Mutex
	idle []*actScratch
}

// getActScratch returns idle tables, empty, or new ones.
func getActScratch() *actScratch {
	actKeeper.mu.Lock()
	defer actKeeper.mu.Unlock()
	if n := len(actKeeper.idle); n > 0 {
		s := actKeeper.idle[n-1]
		actKeeper.idle[n-1] = nil
		actKeeper.idle = actKeeper.idle[:n-1]
		return s
	}
	return &actScratch{}
}

// putActScratch returns the tables for reuse, cleared (so that they hold
// no document's speakers alive) and emptied. Tables grown very large (a
// long document) are dropped, not kept.
func putActScratch(s *actScratch, acts []act, said []speech) {
	const keepMax = 4096
	if cap(acts) > keepMax || cap(said) > keepMax {
		return
	}
	clear(acts) // (beyond len they are zero already)
	clear(said)
	s.acts, s.said = acts[:0], said[:0]
	actKeeper.mu.Lock()
	defer actKeeper.mu.Unlock()
	if len(actKeeper.idle) < 2*runtime.GOMAXPROCS(0) {
		actKeeper.idle = append(actKeeper.idle, s)
	}
}
