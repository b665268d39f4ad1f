// Package normalize folds the width of the working text: full-width digits
// and Latin letters (０-９, Ａ-Ｚ, ａ-ｚ), the full-width percent sign and the
// ideographic space become their ASCII forms, through pipeline.Builder so
// that the alignment to the original is kept. CJK punctuation (，。《》「」)
// is left alone: later stages read it.
package normalize

import (
	"unicode/utf8"

	"github.com/zhpipe/zhpipe/pipeline"
)

// Fold returns s with full-width alphanumerics, ％ and U+3000 folded to ASCII,
// and the alignment from s to the result. Invalid UTF-8 is copied through.
func Fold(s string) (string, pipeline.Alignment) {
	if !needsFold(s) {
		return s, pipeline.Identity(len(s))
	}
	b := pipeline.NewBuilder(s)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if f, ok := fold(r); ok {
			if b.Pos() < i {
				b.Copy(i - b.Pos())
			}
			b.Replace(n, string(f))
		}
		i += n
	}
	return b.Finish()
}

func fold(r rune) (rune, bool) {
	switch {
	case r >= '０' && r <= '９', r >= 'Ａ' && r <= 'Ｚ', r >= 'ａ' && r <= 'ｚ', r == '％':
		return r - 0xFEE0, true
	case r == '\u3000':
		return ' ', true
	}
	return r, false
}

func needsFold(s string) bool {
	for _, r := range s {
		if _, ok := fold(r); ok {
			return true
		}
	}
	return false
}
