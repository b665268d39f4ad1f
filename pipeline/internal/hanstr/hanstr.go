// Package hanstr searches Chinese text for the words of the rule stages'
// lexicons faster than package strings does, with the same results.
//
// strings.Index looks for a word's first byte first. A Han character's
// first byte is one of a few lead bytes (E4–E9) that nearly every
// character of Chinese text shares, so that search stops at every
// character. Index looks for the third byte instead, the last byte of the
// word's first character, which about one character in 64 ends with, and
// compares the word where it finds it.
package hanstr

import (
	"strings"
	"unicode/utf8"
)

// Index is strings.Index(s, w).
func Index(s, w string) int {
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

// LastIndex is strings.LastIndex(s, w), searching backwards for the
// same byte as Index.
func LastIndex(s, w string) int {
	if len(w) < 3 || w[0] < 0xE0 {
		return strings.LastIndex(s, w)
	}
	c := w[2]
	for hi := len(s); hi > 2; {
		k := strings.LastIndexByte(s[:hi], c)
		if k < 2 {
			return -1
		}
		at := k - 2 // where w would start
		if strings.HasPrefix(s[at:], w) {
			return at
		}
		hi = k
	}
	return -1
}

// Contains is strings.Contains(s, w).
func Contains(s, w string) bool { return Index(s, w) >= 0 }

// ContainsAny is strings.ContainsAny(s, chars). It looks for each rune of
// chars in turn, as a word (the rule stages ask for a few punctuation
// marks in a clause), instead of looking up every rune of s in chars.
func ContainsAny(s, chars string) bool {
	for i, c := range chars {
		if c == utf8.RuneError {
			return strings.ContainsAny(s, chars) // (an invalid byte matches U+FFFD)
		}
		if Index(s, chars[i:i+utf8.RuneLen(c)]) >= 0 {
			return true
		}
	}
	return false
}
