package timex

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestFoldEveryRune compares fold with foldPairs read as a map, on every
// rune of the Basic Multilingual Plane.
func TestFoldEveryRune(t *testing.T) {
	want := make(map[rune]rune)
	for s := foldPairs; len(s) > 0; {
		a, n := utf8.DecodeRuneInString(s)
		b, k := utf8.DecodeRuneInString(s[n:])
		want[a] = b
		s = s[n+k:]
	}
	for r := rune(0x3000); r < 0x10000; r++ {
		w, ok := want[r]
		if !ok {
			w = r
		}
		if r == '\u3000' || r >= '！' && r <= '～' || r == '〜' || r == '：' {
			continue // punctuation, folded before the table
		}
		if got := fold(r); got != w {
			t.Fatalf("fold(%q) = %q; want %q", r, got, w)
		}
	}
}

// TestNewText checks the folded runes and the offset table against a
// plain fold of the text, invalid UTF-8, full-width and four-byte forms
// included, on short texts and on texts of several offset blocks (one
// ending exactly at a block's end), and hasPrefix and appendRunes against
// the folded string.
func TestNewText(t *testing.T) {
	mixed := "時間：２０２５年\xff後a\xe6\x99b𠀋\ufffd點 "
	texts := []string{"", "2025年", "時間：２０２５年\xff後", "a\xe6\x99b", "\ufffd點", "é—𠀋年",
		strings.Repeat(mixed, 2000), strings.Repeat("年", 1<<textBlockBits), strings.Repeat("𠀋", 3<<textBlockBits+1),
		strings.Repeat("年", 3<<textBlockBits) + strings.Repeat("𠀋", 1<<textBlockBits) + "a"}
	words := []string{"年", "2025年", "时间:", "后a", "\ufffd点", "𠀋", "𠀋\ufffd", "é-", "b𠀋", " ", "a", "年年", "ab"}
	for k, s := range texts {
		name := fmt.Sprintf("%q", s)
		if len(name) > 40 {
			name = name[:40]
		}
		t.Run(fmt.Sprintf("%d_%dbytes", k, len(s)), func(t *testing.T) {
			x := newText(s)
			// The folded text as runes, a string and offsets.
			var rs []rune
			var off, sb []int
			var folded strings.Builder
			for i, r := range s {
				off = append(off, i)
				sb = append(sb, folded.Len())
				rs = append(rs, fold(r))
				folded.WriteRune(fold(r))
			}
			off = append(off, len(s))
			sb = append(sb, folded.Len())
			if x.n() != len(rs) {
				t.Fatalf("newText(%s): %d runes; want %d", name, x.n(), len(rs))
			}
			for i := range off {
				if x.off(i) != off[i] {
					t.Fatalf("newText(%s): rune %d at %d; want %d", name, i, x.off(i), off[i])
				}
			}
			for i, r := range rs {
				if x.at(i) != r {
					t.Fatalf("newText(%s): rune %d is %q; want %q", name, i, x.at(i), r)
				}
			}
			fs := folded.String()
			if got := string(x.appendRunes(nil, 0, x.n())); got != fs {
				t.Fatalf("newText(%s).appendRunes = %q; want %q", name, got, fs)
			}
			for i := range off {
				for _, w := range words {
					j, ok := x.hasPrefix(i, w)
					want := strings.HasPrefix(fs[sb[i]:], w)
					if ok != want || ok && j != i+utf8.RuneCountInString(w) {
						t.Fatalf("newText(%s).hasPrefix(%d, %q) = %d, %v; want %v", name, i, w, j, ok, want)
					}
				}
			}
		})
	}
}
