// Package tsfold folds the Traditional characters that the rule stages'
// lexicons use (speech verbs, titles, list markers, document heads…) to
// Simplified, keeping every byte offset: each pair of its table has the same
// UTF-8 length, so a folded text can be matched against Simplified lexicons
// and its offsets used on the original.
//
// It is not a converter: pipeline/convert does the real OpenCC conversion,
// with phrases and alignment. tsfold is for stages that read the original
// text (or a title, a name) directly and only need their own words to match
// in either script. Characters that are also Simplified words of their own
// (著, 藉, 覆) are left out of the table.
package tsfold

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// String returns text with every character of the table folded. The result
// has exactly the byte length of text, byte for byte aligned; invalid UTF-8
// bytes are copied unchanged.
func String(text string) string {
	var b strings.Builder
	b.Grow(len(text))
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == utf8.RuneError && size <= 1 {
			b.WriteByte(text[i])
			i++
			continue
		}
		if f := Rune(r); f != r && utf8.RuneLen(f) == size {
			b.WriteRune(f)
		} else {
			b.WriteString(text[i : i+size])
		}
		i += size
	}
	return b.String()
}

// Fold returns String(text) and whether text is valid UTF-8 (as
// utf8.ValidString), read in one pass: it copies the runs of characters
// that do not fold whole, tests each character in a bitmap of those that
// do, and returns text itself, without copying, when nothing folds (as
// for Simplified text).
func Fold(text string) (string, bool) {
	folds := foldable()
	valid := true
	var b strings.Builder
	last := 0 // text[last:i] is still to be copied
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		var r rune
		n := 3
		if i+2 < len(text) && lead3[c] && text[i+1]&0xC0 == 0x80 && text[i+2]&0xC0 == 0x80 {
			r = rune(c&0x0F)<<12 | rune(text[i+1]&0x3F)<<6 | rune(text[i+2]&0x3F)
		} else if r, n = utf8.DecodeRuneInString(text[i:]); r == utf8.RuneError && n <= 1 {
			i++ // an invalid byte, copied unchanged
			valid = false
			continue
		}
		if r < 0x10000 && folds[r>>6]&(1<<(r&63)) == 0 {
			i += n
			continue
		}
		if f := Rune(r); f != r && utf8.RuneLen(f) == n {
			if b.Cap() == 0 {
				b.Grow(len(text))
			}
			b.WriteString(text[last:i])
			b.WriteRune(f)
			last = i + n
		}
		i += n
	}
	if last == 0 {
		return text, valid // nothing folds
	}
	b.WriteString(text[last:])
	return b.String(), valid
}

// foldable is the bitmap of the characters of the Basic Multilingual
// Plane that Rune changes.
var foldable = sync.OnceValue(func() *[1024]uint64 {
	var b [1024]uint64
	for r := rune(0); r < 0x10000; r++ {
		if Rune(r) != r {
			b[r>>6] |= 1 << (r & 63)
		}
	}
	return &b
})

// lead3 marks the bytes E1–EC and EE–EF: they lead three-byte sequences
// in which any continuation bytes are valid (E0 and ED restrict the
// second byte).
var lead3 = func() (t [256]bool) {
	for c := 0xE1; c <= 0xEF; c++ {
		t[c] = c != 0xED
	}
	return t
}()
