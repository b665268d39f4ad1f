package timex

import (
	"sort"
	"unicode/utf8"
)

// wordSet is a list of words that a rule tries at one position, built
// once: a bit set of their first runes rejects most positions before any
// comparison, and the words are kept longest first so that the first
// match is the longest. It is never written after it is built.
type wordSet struct {
	first [4]uint64 // bit r&255 is set when a word starts with rune r
	words []string
}

func newWordSet(ws ...string) *wordSet {
	s := &wordSet{}
	for _, w := range ws {
		if w == "" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		s.first[r>>6&3] |= 1 << (r & 63)
		s.words = append(s.words, w)
	}
	// Two words that match at the same position with the same length are
	// the same word, so longest first by bytes is longest first by runes.
	sort.SliceStable(s.words, func(a, b int) bool { return len(s.words[a]) > len(s.words[b]) })
	return s
}

// mayStart reports whether a word of s may begin with r.
func (s *wordSet) mayStart(r rune) bool { return s.first[r>>6&3]&(1<<(r&63)) != 0 }

// anyOf matches the longest word of s at rune i and returns the index
// after it and the word, or i and "".
func (p *parser) anyOf(i int, s *wordSet) (int, string) {
	if i < 0 || i >= p.n() || !s.mayStart(p.t.rs[i]) {
		return i, ""
	}
	for _, w := range s.words {
		if j, ok := p.word(i, w); ok {
			return j, w
		}
	}
	return i, ""
}
