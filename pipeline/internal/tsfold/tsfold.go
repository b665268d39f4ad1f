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
