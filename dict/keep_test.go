package dict

import (
	"runtime"
	"testing"
)

// TestKeeperSurvivesGC: a returned cutter is handed out again after a
// collection (a sync.Pool would have dropped it with its tagger's cache),
// the last returned first, and no more than 2×GOMAXPROCS are kept.
func TestKeeperSurvivesGC(t *testing.T) {
	made := 0
	k := keeper{make: func() *modelCutter { made++; return &modelCutter{} }}
	a, b := k.get(), k.get()
	if made != 2 || a == b {
		t.Fatalf("two gets made %d cutters (same: %v), want 2 distinct", made, a == b)
	}
	k.put(a)
	k.put(b)
	runtime.GC()
	runtime.GC()
	if c := k.get(); c != b {
		t.Errorf("after GC get returned another cutter, want the last returned")
	}
	if c := k.get(); c != a {
		t.Errorf("second get returned another cutter, want the first returned")
	}
	if made != 2 {
		t.Errorf("made %d cutters, want 2 (kept ones reused)", made)
	}
	limit := 2 * runtime.GOMAXPROCS(0)
	for range limit + 5 {
		k.put(&modelCutter{})
	}
	if len(k.idle) != limit {
		t.Errorf("kept %d idle cutters, want at most %d", len(k.idle), limit)
	}
}

// TestSegmentAfterGC: segmenting the same text before and after a
// collection, with the cutter (and its tagger's word cache) kept, gives
// the same words and tags.
func TestSegmentAfterGC(t *testing.T) {
	s, err := Load(Options{})
	if err != nil {
		t.Fatal(err)
	}
	text := "我们在星期三下午开会，讨论了三项新规定。会后，主任对记者说，规定将于明年一月实施。"
	first := s.Segment(text)
	runtime.GC()
	runtime.GC()
	again := s.Segment(text)
	if len(first) != len(again) {
		t.Fatalf("after GC %d words, before %d", len(again), len(first))
	}
	for i := range first {
		if first[i] != again[i] {
			t.Errorf("word %d: %+v after GC, %+v before", i, again[i], first[i])
		}
	}
}
