package document

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestIndexIsStringsIndex compares index with strings.Index on random
// texts of a few characters that share bytes (and invalid bytes), for
// words starting with a Han character, a punctuation mark and ASCII.
func TestIndexIsStringsIndex(t *testing.T) {
	words := []string{"号报告", "关于", "全文", "政府工作报告", "基本法", "「", "“", "ab", "", "法"}
	alphabet := []string{"号", "报", "告", "关", "于", "全", "文", "基", "本", "法", "「", "“", "a", "b", "\xe5", "\x8f", "\xb7"}
	rng := uint64(7)
	for k := 0; k < 20000; k++ {
		var b strings.Builder
		for range k % 30 {
			rng = rng*6364136223846793005 + 1442695040888963407
			b.WriteString(alphabet[rng>>33%uint64(len(alphabet))])
		}
		s := b.String()
		for _, w := range words {
			if got, want := index(s, w), strings.Index(s, w); got != want {
				t.Fatalf("index(%q, %q) = %d; strings.Index gives %d", s, w, got, want)
			}
		}
	}
}

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
