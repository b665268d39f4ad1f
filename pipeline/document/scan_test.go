package document

import (
	"math/rand/v2"
	"reflect"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"
)

// scanRef is scan as it was, reading every character (the reference of
// TestScanSameAsRef).
func scanRef(text string) []span {
	type open struct {
		r   rune
		pos int
	}
	var stack []open
	var out []span
	for i, r := range text {
		switch {
		case r == '\n' || r == '\r':
			stack = stack[:0]
		case opener(r):
			stack = append(stack, open{r, i})
		case closerOf(r) != 0:
			want := closerOf(r)
			j := len(stack) - 1
			for j >= 0 && stack[j].r != want {
				j--
			}
			if j < 0 {
				continue // a stray closer
			}
			o := stack[j]
			stack = stack[:j] // drop unclosed inner openers too
			ts, te := o.pos+utf8.RuneLen(o.r), i
			end := i + utf8.RuneLen(r)
			if te-ts == 0 || end-o.pos > maxTitle || strings.TrimSpace(text[ts:te]) == "" || !utf8.ValidString(text[ts:te]) {
				continue
			}
			out = append(out, span{start: o.pos, end: end, titleStart: ts, titleEnd: te, parent: -1})
		}
	}
	sort.Slice(out, func(a, b int) bool { return out[a].start < out[b].start })
	for i := range out {
		for j := i - 1; j >= 0; j-- {
			if out[j].start < out[i].start && out[j].end >= out[i].end {
				out[i].parent = j
				break
			}
		}
	}
	return out
}

// TestScanSameAsRef compares scan, which passes over the characters that
// are no bracket or line break and returns early without an opener, with
// scanRef on random texts of brackets, Han characters, marks, line
// breaks, ASCII and invalid bytes.
func TestScanSameAsRef(t *testing.T) {
	alphabet := []string{"《", "》", "〈", "〉", "\u2329", "\u232a", "中", "法", "，", "。", "“", "”", "\n", "\r", " ", "　", "a", "1",
		"\xe3", "\xe3\x80", "\x80", "\x8a", "\xff", "\xe2\x8c", "𠀀", "《中华人民共和国宪法》", "〈通知〉"}
	rng := rand.New(rand.NewPCG(5, 6))
	spans := 0
	for k := 0; k < 5000; k++ {
		var b strings.Builder
		for range rng.IntN(40) {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		text := b.String()
		got, want := scan(text), scanRef(text)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("scan(%q) = %+v; want %+v", text, got, want)
		}
		spans += len(got)
	}
	if spans < 2000 {
		t.Errorf("only %d spans", spans)
	}
}

func TestWide3At(t *testing.T) {
	for b0 := 0xE0; b0 <= 0xEF; b0++ {
		for b1 := 0; b1 < 256; b1++ {
			for b2 := 0; b2 < 256; b2++ {
				s := string([]byte{byte(b0), byte(b1), byte(b2)})
				if !wide3At(s, 0) {
					continue
				}
				if r, n := utf8.DecodeRuneInString(s); n != 3 || r != rune(b0&0x0F)<<12|rune(b1&0x3F)<<6|rune(b2&0x3F) {
					t.Fatalf("wide3At(% x) holds; utf8 reads %U in %d bytes", s, r, n)
				}
				if bracketAt(s, 0) != strings.ContainsAny(s, "《》〈〉\u2329\u232a") {
					t.Fatalf("bracketAt(%q) = %v", s, bracketAt(s, 0))
				}
			}
		}
	}
}
