package argument

import "unicode/utf8"

// The scans of this package read Chinese text: nearly every character is
// a three-byte sequence (a Han character, a CJK or full-width mark), which
// package utf8 decodes out of line through its general path. These are
// its functions with those sequences (see wideAt) read first; every other
// input goes to package utf8, so the results are the same.

// decodeRune is utf8.DecodeRuneInString(s).
func decodeRune(s string) (rune, int) {
	if wideAt(s, 0, len(s)) {
		return hanRune(s, 0), 3
	}
	return utf8.DecodeRuneInString(s)
}

// decodeLastRune is utf8.DecodeLastRuneInString(s): going back from the
// end over continuation bytes, package utf8 stops at the first byte that
// is none, here the lead of a three-byte sequence, and reads it.
func decodeLastRune(s string) (rune, int) {
	if n := len(s); n > 2 && wideAt(s, n-3, n) {
		return hanRune(s, n-3), 3
	}
	return utf8.DecodeLastRuneInString(s)
}

// runeCount is utf8.RuneCountInString(s): the number of steps of
// decodeRune through s (an invalid byte is a step of one).
func runeCount(s string) int {
	n := 0
	for i := 0; i < len(s); n++ {
		switch {
		case wideAt(s, i, len(s)):
			i += 3
		case s[i] < utf8.RuneSelf:
			i++
		default:
			_, k := utf8.DecodeRuneInString(s[i:])
			i += k
		}
	}
	return n
}
