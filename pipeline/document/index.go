package document

import "strings"

// index is strings.Index(s, w) for the words of this package's lexicons,
// which start with a Han character. Searching for w's first byte, a lead
// byte that most Han characters share, stops at nearly every character
// of Chinese text; index searches for w's third byte instead, the last
// byte of its first character, which one character in about 64 ends
// with, and compares w where it is found.
func index(s, w string) int {
	if len(w) < 3 || w[0] < 0xE0 {
		return strings.Index(s, w)
	}
	c := w[2]
	for i := 2; i < len(s); {
		k := strings.IndexByte(s[i:], c)
		if k < 0 {
			return -1
		}
		at := i + k - 2 // where w would start
		if strings.HasPrefix(s[at:], w) {
			return at
		}
		i += k + 1
	}
	return -1
}

// hasWord is strings.Contains(s, w) by index.
func hasWord(s, w string) bool { return index(s, w) >= 0 }

// han3At reports whether s[i:] starts with a three-byte sequence led by
// E4–E9 and two continuation bytes: a character of U+4000–U+9FFF (Han
// ideographs), which utf8.DecodeRuneInString would read as one rune of
// three bytes.
func han3At(s string, i int) bool {
	return i+2 < len(s) && s[i]-0xE4 < 6 && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80
}
