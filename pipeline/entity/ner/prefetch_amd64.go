package ner

// canPrefetch reports whether prefetch asks the processor to fetch.
const canPrefetch = true

// prefetch asks the processor to bring the cache line of each address
// into its caches, without waiting for them: an instruction that reads no
// value, so it neither faults nor holds up what follows.
//
//go:noescape
func prefetch(addrs []uintptr)

// prefetchRows asks, as prefetch does, for the cache lines of each row:
// both ends, since a row of 26 bytes may cross a line.
//
//go:noescape
func prefetchRows(rows []*wrow)
