package entity

import (
	"strings"
	"unicode/utf8"
)

// glossOpen holds the brackets that open an English gloss.
var glossOpen = newRuneSet("（(")

// orgWords in a bracketed original mark an organization, not a person.
var orgWords = []string{"Inc", "Corp", "Company", "Agency", "Office", "Department", "Organization",
	"Organisation", "Bank", "University", "Institute", "Council", "Committee", "Commission", "Group",
	"Party", "Association", "Fund", "Ministry", "Bureau", "Administration", "Foundation", "Center",
	"Centre", "Union", "Ltd", "LLC", "Labs", "Court", "Forum"}

// bracketCands finds names followed by their original in brackets:
// 塞克斯（David Sacks）. The brackets are not part of the mention.
func (x *Extractor) bracketCands(s *scan, dotted []*cand) []*cand {
	text := s.text
	var out []*cand
	for i := 0; i < len(text); {
		if skipIdle {
			// Only an opening bracket starts a gloss: go to the next.
			if i = s.next(markGloss, i); i < 0 {
				break
			}
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if r != '（' && r != '(' {
			i += size
			continue
		}
		j := i + size
		k := j
		for k < len(text) {
			c := text[k]
			if isASCIILetter(rune(c)) || c == ' ' || c == '.' || c == '-' || c == '\'' {
				k++
				continue
			}
			break
		}
		cr, _ := utf8.DecodeRuneInString(text[k:])
		orig := strings.TrimSpace(text[j:k])
		words := strings.Fields(orig)
		if (cr != '）' && cr != ')') || len(words) < 2 || len(words) > 5 || !isUpper(orig[0]) || hasAny(words, orgWords) {
			i += size
			continue
		}
		var named *cand
		for _, d := range dotted {
			if d.end == i {
				named = d
			}
		}
		if named == nil {
			start := i
			for n := 0; n < 8 && start > 0; n++ {
				pr, psize := utf8.DecodeLastRuneInString(text[:start])
				if !translit.has(pr) {
					break
				}
				start -= psize
			}
			start = acrossDot(text, start)
			if !x.titleEndsAt(s, start) {
				// Characters the transliteration set lacks (葛宣 of 葛宣明克):
				// the name then reaches back to a title, at most 6 runes.
				if p := x.titleBefore(s, start, i, 6); p >= 0 {
					start = p
				}
			}
			if utf8.RuneCountInString(text[start:i]) < 2 {
				i += size
				continue
			}
			named = newCand(start, i, Person, prioBracket)
			named.person = int32(x.exact(text[start:i], hitPerson))
			out = append(out, named)
		}
		named.set().english = strings.Join(words, " ")
		i = k
	}
	return out
}

// acrossDot returns where a transliterated name starts whose part before
// the original in brackets begins with characters the transliteration set
// lacks (迈克尔·蓬 + 佩奥 before (Mike Pompeo)): when at most two Han
// characters that may stand in a name, then a dot, come before start, the
// name reaches back over them and the transliteration run before the dot;
// otherwise start.
func acrossDot(text string, start int) int {
	q := start
	for n := 0; n <= 2 && q > 0; n++ {
		r, size := utf8.DecodeLastRuneInString(text[:q])
		if isDot(r) {
			p, k := translitRunBack(text, q-size, 8)
			if k == 0 {
				return start
			}
			return p
		}
		if !isHan(r) || stopChars.has(r) {
			return start
		}
		q -= size
	}
	return start
}

func isUpper(b byte) bool { return b >= 'A' && b <= 'Z' }

func hasAny(words, set []string) bool {
	for _, w := range words {
		if contains(set, strings.Trim(w, ".,")) {
			return true
		}
	}
	return false
}

// titleBefore returns the position after the nearest title that ends
// before start, if only Han characters that may stand in a name lie
// between it and end (at most max runes from it to end); else -1.
func (x *Extractor) titleBefore(s *scan, start, end, max int) int {
	text := s.text
	p := start
	for n := utf8.RuneCountInString(text[start:end]); n < max && p > 0; n++ {
		r, size := utf8.DecodeLastRuneInString(text[:p])
		if !isHan(r) || stopChars.has(r) {
			return -1
		}
		p -= size
		if x.titleEndsAt(s, p) {
			return p
		}
	}
	return -1
}
