package ner

import "unicode/utf8"

// Sentence length limits (in runes) for splitting long texts: a sentence is
// cut at a soft boundary (comma, enumeration comma, space) once it is longer
// than softLimit, and cut unconditionally at hardLimit.
const (
	softLimit = 120
	hardLimit = 250
)

// isHardStop reports a sentence end. The full-width full stop ．is not one:
// it also joins the parts of transliterated names (馬爾科．盧比歐).
func isHardStop(r rune) bool {
	switch r {
	case '。', '！', '？', '；', '!', '?', ';', '\n', '\r':
		return true
	}
	return false
}

func isSoftStop(r rune) bool {
	switch r {
	case '，', ',', '、', ' ', '\t', '：', ':', '\u3000':
		return true
	}
	return false
}

// Every hard and soft stop is at most stopsBelow or at least stopsAbove:
// the CJK punctuation 、。 and the ideographic space below, the full-width
// forms above, and the Han characters between.
const (
	stopsBelow = '。'
	stopsAbove = '！'
)

// sentenceBounds returns the byte offsets at which text is cut into
// sentences for tagging: ascending, ending with len(text), never 0. A cut
// never falls at a position for which keep(byteOffset) is false (keep may be
// nil); the trainer uses it to avoid cutting through a gold entity.
func sentenceBounds(text string, keep func(int) bool) []int {
	var cuts []int
	start, runes, soft := 0, 0, -1
	for i := 0; i < len(text); {
		r, w := decode3(text, i)
		if w == 0 {
			r, w = decodeRuneSlow(text, i)
		}
		i += w
		runes++
		if i == len(text) {
			break
		}
		allowed := keep == nil || keep(i)
		if r <= stopsBelow || r >= stopsAbove { // else no stop: most Han text
			switch {
			case isHardStop(r) && allowed:
				cuts = append(cuts, i)
				start, runes, soft = i, 0, -1
				continue
			case isSoftStop(r) && allowed:
				soft = i
			}
		}
		if runes >= softLimit && soft > start {
			cuts = append(cuts, soft)
			runes = utf8.RuneCountInString(text[soft:i])
			start, soft = soft, -1
		}
		if runes >= hardLimit && allowed {
			cuts = append(cuts, i)
			start, runes, soft = i, 0, -1
		}
	}
	return append(cuts, len(text))
}
