package timex

import (
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
// UTF-8 and full-width forms included.
func TestNewText(t *testing.T) {
	for _, s := range []string{"", "2025年", "時間：２０２５年\xff後", "a\xe6\x99b", "\ufffd點"} {
		t.Run(s, func(t *testing.T) {
			x := newText(s)
			if got, want := x.s, string(x.rs); got != want {
				t.Errorf("newText(%q).s = %q; want %q", s, got, want)
			}
			if len(x.off) != len(x.rs)+1 || len(x.sb) != len(x.rs)+1 || x.off[len(x.rs)] != len(s) || x.sb[len(x.rs)] != len(x.s) {
				t.Fatalf("newText(%q): tables of %d and %d offsets for %d runes", s, len(x.off), len(x.sb), len(x.rs))
			}
			for i, r := range x.rs {
				if got, _ := utf8.DecodeRuneInString(x.s[x.sb[i]:]); got != r {
					t.Errorf("newText(%q): rune %d is %q at its offset; want %q", s, i, got, r)
				}
				if x.off[i] >= x.off[i+1] {
					t.Errorf("newText(%q): original offsets %d, %d do not grow", s, x.off[i], x.off[i+1])
				}
			}
		})
	}
}
