//go:build !amd64

package ner

// canPrefetch reports whether prefetch asks the processor to fetch.
const canPrefetch = false

// prefetch does nothing where no prefetch instruction is wired up; the
// tagger then reads the words ahead itself (touchTables).
func prefetch([]uintptr) {}

// prefetchRows does nothing here; emissions reads the rows ahead itself
// (touchRows).
func prefetchRows([]*wrow) {}
