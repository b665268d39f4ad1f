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

// TestNewText checks the folded text against its offset tables, invalid
// UTF-8, full-width and four-byte forms included, on short texts and on
// texts of several offset blocks (one ending exactly at a block's end).
func TestNewText(t *testing.T) {
	mixed := "時間：２０２５年\xff後a\xe6\x99b𠀋\ufffd點 "
	texts := []string{"", "2025年", "時間：２０２５年\xff後", "a\xe6\x99b", "\ufffd點",
		strings.Repeat(mixed, 2000), strings.Repeat("年", 1<<textBlockBits), strings.Repeat("𠀋", 3<<textBlockBits+1)}
	for k, s := range texts {
		name := fmt.Sprintf("%q", s)
		if len(name) > 40 {
			name = name[:40]
		}
		t.Run(fmt.Sprintf("%d_%dbytes", k, len(s)), func(t *testing.T) {
			x := newText(s)
			if got, want := x.s, string(x.rs); got != want {
				t.Errorf("newText(%s).s = %q; want %q", name, got, want)
			}
			// The offsets as two plain tables.
			var off, sb []int
			folded := 0
			for i, r := range s {
				off = append(off, i)
				sb = append(sb, folded)
				folded += utf8.RuneLen(fold(r))
			}
			off, sb = append(off, len(s)), append(sb, folded)
			if len(off) != len(x.rs)+1 || folded != len(x.s) {
				t.Fatalf("newText(%s): %d runes, %d bytes folded; want %d, %d", name, len(x.rs), len(x.s), len(off)-1, folded)
			}
			for i := range off {
				if x.off(i) != off[i] || x.sb(i) != sb[i] {
					t.Fatalf("newText(%s): rune %d at %d, %d; want %d, %d", name, i, x.off(i), x.sb(i), off[i], sb[i])
				}
			}
			for i, r := range x.rs {
				if got, _ := utf8.DecodeRuneInString(x.s[x.sb(i):]); got != r {
					t.Errorf("newText(%s): rune %d is %q at its offset; want %q", name, i, got, r)
				}
			}
		})
	}
}
