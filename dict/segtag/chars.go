package segtag

import "unicode"

// Character classes, for the class features and the hard constraints.
const (
	clsBound uint8 = iota // before the first or after the last character
	clsHan
	clsDigit // a decimal digit of any script
	clsCNum  // a Chinese numeral character
	clsLatin // a letter of an alphabetic script
	clsPunct
	clsUnit // a date or time unit that closes a number: 年月日号时分秒
	clsOther
	numClasses
)

// Class returns the class of r.
func Class(r rune) uint8 {
	if r >= 0x4E00 && r <= 0x9FFF { // the common ideographs, first
		switch r {
		case '零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '万', '亿', '两':
			return clsCNum
		case '年', '月', '日', '号', '时', '分', '秒':
			return clsUnit
		}
		return clsHan
	}
	r = foldWidth(r)
	switch {
	case r >= '0' && r <= '9':
		return clsDigit
	case r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z':
		return clsLatin
	case r < 128:
		if unicode.IsPunct(r) || unicode.IsSymbol(r) {
			return clsPunct
		}
		return clsOther
	}
	switch r {
	case '〇', '○', '零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '万', '亿', '两':
		return clsCNum
	case '年', '月', '日', '号', '时', '分', '秒':
		return clsUnit
	}
	switch {
	case unicode.Is(unicode.Han, r):
		return clsHan
	case unicode.IsDigit(r):
		return clsDigit
	case unicode.IsLetter(r) && !unicode.In(r, unicode.Hiragana, unicode.Katakana, unicode.Hangul):
		return clsLatin
	case unicode.IsPunct(r) || unicode.IsSymbol(r):
		return clsPunct
	}
	return clsOther
}

// foldWidth maps full-width ASCII forms to ASCII and the ideographic space
// to a space.
func foldWidth(r rune) rune {
	switch {
	case r >= 0xFF01 && r <= 0xFF5E:
		return r - 0xFEE0
	case r == 0x3000:
		return ' '
	}
	return r
}

// normChar is the character the n-gram features see: full-width forms
// folded, every digit '0' and every letter of an alphabetic script 'a', so
// that numbers and foreign words generalise.
func normChar(r rune) rune {
	switch Class(r) {
	case clsDigit:
		return '0'
	case clsLatin:
		return 'a'
	}
	return foldWidth(r)
}

// joins reports whether two adjacent characters are never cut apart: both
// digits or both letters (numbers and Latin words stay whole).
func joins(a, b uint8) bool {
	return a == b && (a == clsDigit || a == clsLatin)
}
