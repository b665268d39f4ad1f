package document

import "github.com/zhpipe/zhpipe/pipeline/internal/hanstr"

// index is strings.Index(s, w), faster for w a word of the lexicons.
func index(s, w string) int { return hanstr.Index(s, w) }

// hasWord is strings.Contains(s, w) by index.
func hasWord(s, w string) bool { return hanstr.Contains(s, w) }

// wide3At reports whether s[i:] starts with a three-byte sequence led by
// E1–EC or EE–EF and two continuation bytes: after those leads every
// continuation byte is allowed, so utf8.DecodeRuneInString reads it as
// one rune of three bytes (a Han character, a CJK or full-width mark).
func wide3At(s string, i int) bool {
	return i+2 < len(s) && s[i]-0xE1 < 0x0F && s[i] != 0xED && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80
}

// bracketAt reports whether one of the title brackets of scan (〈 〉 《 》,
// E3 80 88–8B, and U+2329 U+232A, E2 8C A9–AA) starts at s[i] where
// wide3At holds.
func bracketAt(s string, i int) bool {
	return s[i] == 0xE3 && s[i+1] == 0x80 && s[i+2]-0x88 < 4 || s[i] == 0xE2 && s[i+1] == 0x8C && s[i+2]-0xA9 < 2
}

// rune3 decodes the three-byte character at s[i:] where wide3At holds.
func rune3(s string, i int) rune {
	return rune(s[i]&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
}

// titleQuoteAt reports whether 「 (E3 80 8C), “ (E2 80 9C) or 『 (E3 80 8E)
// starts at s[i] where wide3At holds.
func titleQuoteAt(s string, i int) bool {
	return s[i+1] == 0x80 && (s[i] == 0xE3 && (s[i+2] == 0x8C || s[i+2] == 0x8E) || s[i] == 0xE2 && s[i+2] == 0x9C)
}

// han3At reports whether s[i:] starts with a three-byte sequence led by
// E4–E9 and two continuation bytes: a character of U+4000–U+9FFF (Han
// ideographs), which utf8.DecodeRuneInString would read as one rune of
// three bytes.
func han3At(s string, i int) bool {
	return i+2 < len(s) && s[i]-0xE4 < 6 && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80
}
