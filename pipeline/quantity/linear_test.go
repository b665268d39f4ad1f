package quantity

import (
	"runtime"
	"strings"
	"testing"
)

// TestApproximateMagnitudeLinear guards against copying the rest of the
// text for every 數/几 (a quadratic cost found on a 50 MB article): the
// bytes allocated by one Extract must stay proportional to the input.
func TestApproximateMagnitudeLinear(t *testing.T) {
	text := strings.Repeat("有數百萬人和几十个城市，", 20000) // ~700 KB, 40,000 candidates
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	qs := Extract(text)
	runtime.ReadMemStats(&after)
	if len(qs) < 20000 {
		t.Fatalf("found %d quantities; want at least 20000", len(qs))
	}
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > uint64(200*len(text)) {
		t.Errorf("Extract allocated %d bytes for %d bytes of text: not linear", alloc, len(text))
	}
}
