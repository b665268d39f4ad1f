package numeral

import (
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// MaxRunes bounds the length of a numeral that Prefix reads: longer runs
// of numeral characters (identifiers, digit strings) are cut there.
const MaxRunes = 48

// Starts reports whether a numeral may start with r: Prefix returns 0
// for a string whose first rune is not one. It is isNumeralRune by a
// table.
func Starts(r rune) bool {
	if r >= 0x10000 || r < 0 {
		return isNumeralRune(r)
	}
	t := runeTables()
	return t.numeral[r>>6]&(1<<(r&63)) != 0
}

// IsDigit reports whether Digit(r) is ok, by a table.
func IsDigit(r rune) bool {
	if r >= 0x10000 || r < 0 {
		_, ok := Digit(r)
		return ok
	}
	t := runeTables()
	return t.digit[r>>6]&(1<<(r&63)) != 0
}

// runeTable is a bit set of digits and one of numeral runes.
type runeTable struct{ digit, numeral [0x10000 / 64]uint64 }

// runeTables returns the bit sets of the Basic Multilingual Plane's
// digits (Digit) and numeral runes (isNumeralRune), built on first use.
var runeTables = sync.OnceValue(func() *runeTable {
	t := new(runeTable)
	for r := rune(0); r < 0x10000; r++ {
		if _, ok := Digit(r); ok {
			t.digit[r>>6] |= 1 << (r & 63)
		}
		if isNumeralRune(r) {
			t.numeral[r>>6] |= 1 << (r & 63)
		}
	}
	return t
})

// isNumeralRune reports whether r can appear inside a numeral.
func isNumeralRune(r rune) bool {
	if _, ok := Digit(r); ok {
		return true
	}
	if _, ok := unitExp(r); ok {
		return true
	}
	_, ok := tens(r)
	return ok
}

// Prefix returns the value and byte length of the longest numeral at the
// start of s, read in Smart mode without a sign; n is 0 when s does not
// start with one. A 点 or "." counts only when a digit follows it, and ","
// only as a thousands separator between Arabic digits. Only the first
// MaxRunes runes are considered, which keeps scanning linear on
// adversarial input.
func Prefix(s string) (v float64, n int) {
	// Collect candidate end offsets (after each rune of the run), at most
	// MaxRunes of them: on the stack.
	var buf [MaxRunes]int
	ends := buf[:0]
	i := 0
	prevArabic := false
	for i < len(s) && len(ends) < MaxRunes {
		r, sz := utf8.DecodeRuneInString(s[i:])
		switch {
		case isNumeralRune(r):
			prevArabic = isArabic(r)
		case (isPoint(r) || r == '.' || r == '．') && i > 0:
			nr, _ := utf8.DecodeRuneInString(s[i+sz:])
			if _, ok := Digit(nr); !ok {
				return longest(s, ends)
			}
			prevArabic = false
		case (r == ',' || r == '，') && prevArabic && i+sz+3 <= len(s) && allASCIIDigits(s[i+sz:i+sz+3]) &&
			(i+sz+3 == len(s) || !isArabicByte(s[i+sz+3])):
			prevArabic = false
		default:
			return longest(s, ends)
		}
		i += sz
		ends = append(ends, i)
	}
	return longest(s, ends)
}

func isArabicByte(c byte) bool { return c >= '0' && c <= '9' }

func allASCIIDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isArabicByte(s[i]) {
			return false
		}
	}
	return len(s) > 0
}

func longest(s string, ends []int) (float64, int) {
	if len(ends) > 0 && allASCIIDigits(s[:ends[len(ends)-1]]) {
		// A plain digit string, the usual case: what ParseMode gives it.
		if v, err := strconv.ParseFloat(s[:ends[len(ends)-1]], 64); err == nil {
			return v, ends[len(ends)-1]
		}
	}
	for k := len(ends) - 1; k >= 0; k-- {
		if v, err := parseMode(s[:ends[k]], Smart); err == nil {
			return v, ends[k]
		}
	}
	return 0, 0
}

// ParseOrdinal parses 第七, 第十一, 第91 as an ordinal number.
func ParseOrdinal(s string) (int, bool) {
	rest, ok := strings.CutPrefix(s, "第")
	if !ok || rest == "" {
		return 0, false
	}
	v, err := ParseMode(rest, Smart)
	if err != nil || v < 0 || v != float64(int(v)) {
		return 0, false
	}
	return int(v), true
}
