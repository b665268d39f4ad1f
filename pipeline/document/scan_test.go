package document

import (
	"math/rand/v2"
	"reflect"
	"slices"
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

// TestScanMarks checks the marks scan records against searches of the
// text for each quote mark and each of lawHead's characters, and compares
// quotedTitles and bareLaws going from mark to mark with their own
// searches, on random texts of titles, laws, quote marks, brackets and
// invalid bytes.
func TestScanMarks(t *testing.T) {
	alphabet := []string{"「", "」", "“", "”", "『", "』", "《", "》", "\n", "法", "条", "决", "办", "细", "规", "要", "准", "中", "国", "，", "。",
		"「数字乡村」规划", "“海洋保护法”", "违反了土地管理法", "根据《宪法》和国家安全法，", "依照本条例第三条", "提出修正案", "安理会2231号决议",
		"\xe3\x80", "\xe6\xb3", "\x95", "\xff", "a", " ", "𠀀"}
	rng := rand.New(rand.NewPCG(9, 10))
	quotes, heads, found := 0, 0, 0
	for k := 0; k < 4000; k++ {
		var b strings.Builder
		for range rng.IntN(30) {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		text := b.String()
		var mk marks
		if got, want := scanMarks(text, &mk), scan(text); !reflect.DeepEqual(got, want) {
			t.Fatalf("scanMarks(%q) spans %+v; scan %+v", text, got, want)
		}
		var wantQ, wantH []int
		for i := 0; i < len(text); i++ {
			for _, q := range []string{"「", "“", "『"} {
				if strings.HasPrefix(text[i:], q) {
					wantQ = append(wantQ, i)
				}
			}
			for _, h := range []string{"法", "条", "决", "办", "细", "规", "要", "准"} {
				if strings.HasPrefix(text[i:], h) {
					wantH = append(wantH, i)
				}
			}
		}
		if !slices.Equal(mk.quotes, wantQ) || !slices.Equal(mk.heads, wantH) {
			t.Fatalf("%q: marks %v %v; want %v %v", text, mk.quotes, mk.heads, wantQ, wantH)
		}
		quotes, heads = quotes+len(wantQ), heads+len(wantH)
		if got, want := quotedTitles(text, text, &mk), quotedTitles(text, text, nil); !reflect.DeepEqual(got, want) {
			t.Fatalf("quotedTitles(%q) with marks %+v; without %+v", text, got, want)
		}
		got, want := bareLaws(text, text, noWords, &mk), bareLaws(text, text, noWords, nil)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("bareLaws(%q) with marks %+v; without %+v", text, got, want)
		}
		found += len(got)
	}
	if quotes < 1000 || heads < 1000 || found < 300 {
		t.Errorf("only %d quote marks, %d heads, %d laws", quotes, heads, found)
	}
}
