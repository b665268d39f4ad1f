package hanstr

import (
	"strings"
	"testing"
)

// TestIndexIsStringsIndex compares Index, LastIndex and Contains with package
// strings on random texts of a few characters that share bytes (and
// invalid bytes), for words starting with a Han character, a punctuation
// mark and ASCII.
func TestIndexIsStringsIndex(t *testing.T) {
	words := []string{"号报告", "关于", "全文", "年度工作计划", "基本法", "「", "“", "ab", "", "法", "、"}
	alphabet := []string{"号", "报", "告", "关", "于", "全", "文", "基", "本", "法", "「", "“", "、", "a", "b", "\xe5", "\x8f", "\xb7", "\x81"}
	rng := uint64(7)
	for k := 0; k < 20000; k++ {
		var b strings.Builder
		for range k % 30 {
			rng = rng*6364136223846793005 + 1442695040888963407
			b.WriteString(alphabet[rng>>33%uint64(len(alphabet))])
		}
		s := b.String()
		for _, w := range words {
			if got, want := Index(s, w), strings.Index(s, w); got != want {
				t.Fatalf("Index(%q, %q) = %d; strings.Index gives %d", s, w, got, want)
			}
			if got, want := LastIndex(s, w), strings.LastIndex(s, w); got != want {
				t.Fatalf("LastIndex(%q, %q) = %d; strings.LastIndex gives %d", s, w, got, want)
			}
			if got, want := Contains(s, w), strings.Contains(s, w); got != want {
				t.Fatalf("Contains(%q, %q) = %v", s, w, got)
			}
		}
	}
}

// TestContainsAnyIsStrings compares ContainsAny with strings.ContainsAny
// on random texts of punctuation, Han characters, ASCII and invalid
// bytes (some of them the bytes of the marks looked for), for sets of
// marks, characters and ASCII, and a set holding U+FFFD.
func TestContainsAnyIsStrings(t *testing.T) {
	sets := []string{"，。！？；,!?;", "。！？!?；", "，,我你您咱", "和及与", "：:，,", "", "\ufffd，", "a"}
	alphabet := []string{"，", "。", "！", "？", "；", ",", "!", "我", "和", "与", "号", "报", "「", "a", "b", "\xef", "\xbc", "\x8c", "\xe3", "\x80", "\x82", "\xe5"}
	rng := uint64(9)
	hits := 0
	for k := 0; k < 20000; k++ {
		var b strings.Builder
		for range k % 12 {
			rng = rng*6364136223846793005 + 1442695040888963407
			b.WriteString(alphabet[rng>>33%uint64(len(alphabet))])
		}
		s := b.String()
		for _, chars := range sets {
			got, want := ContainsAny(s, chars), strings.ContainsAny(s, chars)
			if got != want {
				t.Fatalf("ContainsAny(%q, %q) = %v; strings.ContainsAny gives %v", s, chars, got, want)
			}
			if got {
				hits++
			}
		}
	}
	if hits < 10000 {
		t.Fatalf("only %d hits", hits)
	}
}
