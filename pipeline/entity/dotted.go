package entity

import (
	"strings"
	"unicode/utf8"
)

// translitRun returns the end of the run of name characters starting at i
// (at most max runes, stopping before a stop word) and its rune count.
func translitRun(text string, i, max int) (int, int) {
	n := 0
	for i < len(text) && n < max {
		if n > 0 && hasStopWord(text[i:]) {
			break
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if isHyphen(r) && n > 0 && translit.has(runeAt(text, i+size)) {
			i += size // 让-马克
			continue
		}
		if !translit.has(r) {
			break
		}
		i += size
		n++
	}
	return i, n
}

// isHyphen reports whether r joins two parts of one given name (让-马克).
func isHyphen(r rune) bool { return r == '-' || r == '‐' || r == '－' }

func hasStopWord(s string) bool {
	for _, w := range nameStopWords {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// latinRun returns the end of the run of ASCII letters starting at i (with
// one trailing '.', as in "A.") and the letters.
func latinRun(text string, i int) (int, string) {
	j := i
	for j < len(text) && isASCIILetter(rune(text[j])) {
		j++
	}
	letters := text[i:j]
	if j > i && j < len(text) && text[j] == '.' {
		j++
	}
	return j, letters
}

// dotOrJoin holds the runes for which isDot or weakDotAt may hold.
var dotOrJoin = newRuneSet("·‧•・．･∙⋅. \u3000")

// dottedCands finds transliterated names whose parts are joined by dots,
// with initials: 马尔科·A·卢比奥, 迈克尔·J·克拉茨奥斯, JD·万斯.
func (x *Extractor) dottedCands(s *scan) []*cand {
	text := s.text
	var out []*cand
	titleEnds := func(p int) bool { return x.titleEndsAt(s, p) }
	for i := 0; i < len(text); {
		if skipIdle {
			// Only a dot or a weak join opens a name: go to the next.
			if i = s.next(markDot, i); i < 0 {
				break
			}
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isDot(r) && !x.weakJoin(s, i) {
			i += size
			continue
		}
		// First part, backwards from the dot.
		start := i
		if isASCIILetter(runeBefore(text, i)) {
			for start > 0 && isASCIILetter(rune(text[start-1])) {
				start--
			}
		} else {
			for n := 0; n < 6 && start > 0; n++ {
				if titleEnds(start) && n > 0 {
					break
				}
				pr, psize := utf8.DecodeLastRuneInString(text[:start])
				if isHyphen(pr) && n > 0 && translit.has(runeBefore(text, start-psize)) {
					start -= psize // 让-马克
					pr, psize = utf8.DecodeLastRuneInString(text[:start])
				}
				if !translit.has(pr) {
					break
				}
				start -= psize
			}
		}
		if start == i || !nameBoundary(text, start, titleEnds(start)) {
			i += size
			continue
		}
		parts := []string{text[start:i]}
		var initials []string
		if isASCIILetter(runeAt(text, start)) && len(parts[0]) <= 3 {
			initials = append(initials, parts[0])
		}
		end := i
		lastHan := false
		for {
			r, size := utf8.DecodeRuneInString(text[end:])
			if !isDot(r) && !x.weakJoin(s, end) {
				break
			}
			p := end + size
			if isASCIILetter(runeAt(text, p)) {
				e, letters := latinRun(text, p)
				parts = append(parts, letters)
				if len(letters) <= 3 {
					initials = append(initials, letters)
				}
				end, lastHan = e, false
				continue
			}
			e, n := translitRun(text, p, 8)
			if n == 0 {
				break
			}
			// Prefer a known name's end inside the run (卢比奥访华).
			x.trie.matchAt(text, p, func(le int, hs []hit) {
				for _, h := range hs {
					if h.kind == hitPerson && le <= e && le > p {
						e = le
					}
				}
			})
			parts = append(parts, text[p:e])
			end, lastHan = e, true
		}
		if len(parts) < 2 || !lastHan {
			// A chain that fails fails from any later dot in it too
			// (A·A·A·…): go on after it, so the scan stays linear.
			i = max(end, i+size)
			continue
		}
		// A lexicon name around it is the better reading (让-马克·埃罗).
		for p := start; p >= 0 && p > start-maxCandBytes; p-- {
			for _, h := range s.starting(p) {
				if h.h.kind == hitPerson && h.end >= end && h.end-h.start > end-start {
					start, end = h.start, h.end
				}
			}
		}
		c := newCand(start, end, Person, prioDotted)
		c.set().initials = initials
		c.set().lastPart = parts[len(parts)-1]
		var noInit []string
		for _, p := range parts {
			if !contains(initials, p) {
				noInit = append(noInit, p)
			}
		}
		for _, form := range []string{text[start:end], strings.Join(noInit, "·"), c.get().lastPart} {
			if c.person = int32(x.exact(form, hitPerson)); c.person >= 0 {
				break
			}
		}
		out = append(out, c)
		i = end
	}
	return out
}

// nameBoundary reports whether a name may start at start: after a
// non-Han character, a stop character, a conjunction or a title. Otherwise
// the name goes on to the left with characters the rules do not know, and
// is left to the tagger (会见阿沛·阿旺晋美).
func nameBoundary(text string, start int, afterTitle bool) bool {
	r := runeBefore(text, start)
	return start == 0 || afterTitle || !isHan(r) || stopChars.has(r) || strings.ContainsRune("和与與及同、", r)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// weakDotAt reports whether a full stop or a space at i joins two parts of
// a transliterated name, as some texts write them (保罗.艾伦, 安德鲁 卡内基):
// transliteration characters on both sides, at least two for a full stop
// and three for a space.
func weakDotAt(text string, i int) bool {
	if i >= len(text) || text[i] != '.' && text[i] != ' ' && text[i] != 0xE3 {
		return false // not '.', ' ' or U+3000 (E3 80 80)
	}
	r, size := utf8.DecodeRuneInString(text[i:])
	need := 0
	switch r {
	case '.':
		need = 2
	case ' ', '\u3000':
		need = 3
	default:
		return false
	}
	_, before := translitRunBack(text, i, need)
	_, after := translitRun(text, i+size, need)
	return before >= need && after >= need
}

// weakJoin is weakDotAt, except that a space between two names of the
// lexicon separates them (特朗普 奥巴马).
func (x *Extractor) weakJoin(s *scan, i int) bool {
	if !weakDotAt(s.text, i) {
		return false
	}
	if r := runeAt(s.text, i); r == '.' {
		return true
	}
	for _, h := range s.ending(i) {
		if h.h.kind == hitPerson {
			return false
		}
	}
	for _, h := range s.starting(i + utf8.RuneLen(runeAt(s.text, i))) {
		if h.h.kind == hitPerson {
			return false
		}
	}
	return true
}
