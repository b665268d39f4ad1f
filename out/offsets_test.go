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
		for range 200 {
			a, b := rng.IntN(len(text)+1), rng.IntN(len(text)+1)
			if a > b && rng.IntN(4) > 0 {
				a, b = b, a
			}
			if ga, gb := o.runeSpan(a, b); ga != o.Rune(a) || gb != o.Rune(b) {
				t.Fatalf("runeSpan(%d, %d) = %d, %d; want %d, %d", a, b, ga, gb, o.Rune(a), o.Rune(b))
			}
		}
		if r := o.Rune(len(text) + 5); r != utf8.RuneCountInString(text) {
			t.Fatalf("past the end: got %d", r)
		}
	}
}

// TestPlainString holds plainString to its definition: true exactly when
// appendStringBody copies the string unchanged.
func TestPlainString(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	pieces := []string{"a", "中", "\u2028", "\u2029", "\u2027", "\u202a", "\"", "\\", "\n", "\x1f", "\x7f", "\xff", "\xe2\x80", "\xed\xa0\x80", "\xe0\xa0\x80", "\xe0\x80\x80", "é", "😀", "\xf0\x9f", "\xc0\xaf", "\uffff", "\ufffd"}
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(6) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		v := b.String()
		want := string(appendStringBody(nil, v)) == v
		if got := plainString(v); got != want {
			t.Fatalf("plainString(%q) = %v, want %v", v, got, want)
		}
	}
}

// TestNewOffsetsBytes compares NewOffsets' checkpoints and the counts at
// every offset with counting byte by byte (a byte that is not 10xxxxxx begins a code point; 11110xxx and
// above count two UTF-16 units) on random bytes, valid UTF-8 or not.
func TestNewOffsetsBytes(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	for range 300 {
		b := make([]byte, rng.IntN(700))
		for k := range b {
			switch rng.IntN(3) {
			case 0:
				b[k] = byte(rng.IntN(256))
			case 1:
				b[k] = 0x80 | byte(rng.IntN(64))
			default:
				b[k] = 0xE0 + byte(rng.IntN(32))
			}
		}
		text := string(b)
		o := NewOffsets(text)
		var r, u int32
		for i := 0; i <= len(text); i++ {
			if i%checkpoint == 0 && (o.runes[i/checkpoint] != r || o.units[i/checkpoint] != u) {
				t.Fatalf("checkpoint %d of % x: %d, %d; byte by byte %d, %d", i/checkpoint, b, o.runes[i/checkpoint], o.units[i/checkpoint], r, u)
			}
			if gr, gu := o.at(i); gr != int(r) || gu != int(u) {
				t.Fatalf("at(%d) of % x = %d, %d; byte by byte %d, %d", i, b, gr, gu, r, u)
			}
			if i < len(text) && utf8.RuneStart(text[i]) {
				r++
				u++
				if text[i] >= 0xF0 {
					u++
				}
			}
		}
		if len(o.runes) != len(text)/checkpoint+1 {
			t.Fatalf("%d checkpoints for %d bytes", len(o.runes), len(text))
		}
	}
}
