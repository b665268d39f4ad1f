package out

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"
)

// TestOffsets compares Offsets with counting from the start of the text, on
// random texts of ASCII, CJK and astral characters around checkpoints.
func TestOffsets(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	pieces := []string{"a", "\n", "中", "國", "é", "𠀀", "😀", "，"}
	for range 50 {
		var b strings.Builder
		for range rng.IntN(600) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		text := b.String()
		o := NewOffsets(text)
		for i := 0; i <= len(text); i++ {
			if i < len(text) && !utf8.RuneStart(text[i]) {
				continue
			}
			wantR := utf8.RuneCountInString(text[:i])
			wantU := len(utf16.Encode([]rune(text[:i])))
			if r, u := o.Rune(i), o.UTF16(i); r != wantR || u != wantU {
				t.Fatalf("offset %d of %q: got %d, %d; want %d, %d", i, text, r, u, wantR, wantU)
			}
		}
		if r := o.Rune(len(text) + 5); r != utf8.RuneCountInString(text) {
			t.Fatalf("past the end: got %d", r)
		}
	}
}
