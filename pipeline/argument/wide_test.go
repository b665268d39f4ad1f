package argument

import (
	"testing"
	"unicode/utf8"
)

// TestWideAt checks wideAt and hanRune against utf8.DecodeRuneInString on
// every three-byte string led by E0–EF (and a few shorter ends): where
// wideAt holds, package utf8 reads the same rune in three bytes.
func TestWideAt(t *testing.T) {
	held := 0
	for b0 := 0xE0; b0 <= 0xEF; b0++ {
		for b1 := 0; b1 < 256; b1++ {
			for b2 := 0; b2 < 256; b2++ {
				s := string([]byte{byte(b0), byte(b1), byte(b2)})
				if !wideAt(s, 0, len(s)) {
					continue
				}
				held++
				r, n := utf8.DecodeRuneInString(s)
				if n != 3 || r != hanRune(s, 0) {
					t.Fatalf("% x: wideAt holds, hanRune %U; utf8 reads %U in %d bytes", s, hanRune(s, 0), r, n)
				}
			}
		}
	}
	// E1–EC and EE–EF with two continuation bytes each.
	if want := 14 * 64 * 64; held != want {
		t.Errorf("wideAt holds for %d strings; want %d", held, want)
	}
	for _, s := range []string{"", "\xe4", "\xe4\xb8", "中"[:2], "a中", "\xed\xa0\x80", "\xe0\xa4\x80"} {
		if wideAt(s, 0, len(s)) {
			t.Errorf("wideAt(%q) holds", s)
		}
	}
	// The end bound is e, not the string's length.
	if s := "中文"; wideAt(s, 3, 5) || !wideAt(s, 3, 6) {
		t.Errorf("wideAt does not stop at e")
	}
}
