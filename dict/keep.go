package dict

import (
	"runtime"
	"sync"
)

// keeper recycles modelCutters across calls. Unlike a sync.Pool, which the
// collector empties every cycle or two, it keeps them: a cutter's tagger
// holds a cache of the words it has tagged (dict/segtag), and in a batch
// of small documents the collector runs every few documents, so a pool
// threw the cache away and rebuilt it over and over. It keeps at most
// twice GOMAXPROCS idle cutters (more are dropped when returned), as many
// as the callers that run at once.
type keeper struct {
	mu   sync.Mutex
	idle []*modelCutter
	make func() *modelCutter
}

// get returns an idle cutter, the one returned last, or a new one.
func (k *keeper) get() *modelCutter {
	k.mu.Lock()
	if n := len(k.idle); n > 0 {
		c := k.idle[n-1]
		k.idle[n-1] = nil
		k.idle = k.idle[:n-1]
		k.mu.Unlock()
		return c
	}
	k.mu.Unlock()
	return k.make()
}

// put returns c for reuse.
func (k *keeper) put(c *modelCutter) {
	k.mu.Lock()
	if len(k.idle) < 2*runtime.GOMAXPROCS(0) {
		k.idle = append(k.idle, c)
	}
	k.mu.Unlock()
}
