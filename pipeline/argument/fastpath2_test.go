package argument

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestFrameCloseLasts checks that a stretch ends in a frame's closing
// word only if its last rune is in frameCloseLasts (trimTail skips the
// frames otherwise).
func TestFrameCloseLasts(t *testing.T) {
	for _, fr := range framesBefore() {
		for _, c := range fr.close {
			for _, s := range []string{c, "在记者会" + c} {
				r, _ := utf8.DecodeLastRuneInString(s)
				if !frameCloseLasts().has(r) {
					t.Errorf("%q ends in %q, but %q is not in frameCloseLasts", s, c, r)
				}
			}
		}
	}
	for _, s := range []string{"王某", "在记者会上说", "今天", "对记者", "发表声明"} {
		r, _ := utf8.DecodeLastRuneInString(s)
		ends := false
		for _, fr := range framesBefore() {
			for _, c := range fr.close {
				ends = ends || strings.HasSuffix(s, c)
			}
		}
		if ends && !frameCloseLasts().has(r) {
			t.Errorf("%q: ends in a closing word %v, last rune in the set %v", s, ends, frameCloseLasts().has(r))
		}
	}
}
