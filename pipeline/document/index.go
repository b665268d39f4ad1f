package document

import "github.com/zhpipe/zhpipe/pipeline/internal/hanstr"

// index is strings.Index(s, w), faster for w a word of the lexicons.
func index(s, w string) int { return hanstr.Index(s, w) }

// hasWord is strings.Contains(s, w) by index.
func hasWord(s, w string) bool { return hanstr.Contains(s, w) }

// han3At reports whether s[i:] starts with a three-byte sequence led by
// E4–E9 and two continuation bytes: a character of U+4000–U+9FFF (Han
// ideographs), which utf8.DecodeRuneInString would read as one rune of
// three bytes.
func han3At(s string, i int) bool {
	return i+2 < len(s) && s[i]-0xE4 < 6 && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80
}
