package document

import (
	"testing"
	"unicode/utf8"
)

// TestLawHeadLast checks bareLaws's skip: a Han character whose last
// byte lawHeadLast does not mark is none of lawHead's characters.
func TestLawHeadLast(t *testing.T) {
	for r := rune(0x4000); r < 0xA000; r++ {
		s := string(r)
		if !han3At(s, 0) {
			t.Fatalf("han3At(%q) is false", s)
		}
		if lawHead(r) && !lawHeadLast[s[2]] {
			t.Fatalf("%q is a law head but its last byte is not marked", s)
		}
	}
	for _, s := range []string{"\xe5\x8f", "\xe5a\xb7", "a", "\xea\x80\x80", "\xe3\x80\x8c"} {
		if r, n := utf8.DecodeRuneInString(s); han3At(s, 0) != (n == 3 && r >= 0x4000 && r < 0xA000) {
			t.Fatalf("han3At(%q) = %v", s, han3At(s, 0))
		}
	}
}
