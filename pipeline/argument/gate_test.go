package argument

import (
	"testing"
	"unicode/utf8"
)

// TestFirstRuneGates checks that the first-rune gates of verbAt and
// markerAt let through every word those functions look for, and stop a
// rune that starts none.
func TestFirstRuneGates(t *testing.T) {
	for _, v := range speechVerbs() {
		if r, _ := utf8.DecodeRuneInString(v); !maySpeak(r) {
			t.Errorf("maySpeak(%q) = false; want true (speech verb %q)", r, v)
		}
	}
	for _, w := range []string{"另一方面", "一方面", "首先", "其次", "再次", "最后", "第一", "①", "⑳", "十", "1", "９", "三"} {
		if r, _ := utf8.DecodeRuneInString(w); !mayStartMarker(r) {
			t.Errorf("mayStartMarker(%q) = false; want true (marker %q)", r, w)
		}
	}
	for _, r := range []rune{'的', 'a', '，'} {
		if maySpeak(r) || mayStartMarker(r) {
			t.Errorf("gates let %q through; want false", r)
		}
	}
}
