package timex

import (
	"math/bits"
	"slices"
	"sort"
	"unicode/utf8"
)

// wordSet is a list of words that a rule tries at one position, built
// once: a bit set of their first runes rejects most positions before any
// comparison, and the words are kept longest first so that the first
// match is the longest. It is never written after it is built.
type wordSet struct {
	first  [wordSetBits / 64]uint64 // bit r%wordSetBits is set when a word starts with rune r
	words  []string
	firsts []rune // firsts[k] is the first rune of words[k]
	// The words again, grouped by first rune (keys, sorted) and in their
	// order within a group: those of keys[k] are byFirst[from[k]:from[k+1]].
	keys    []rune
	from    []int
	byFirst []string
}

func newWordSet(ws ...string) *wordSet {
	s := &wordSet{}
	for _, w := range ws {
		if w == "" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		s.first[r>>6%(wordSetBits/64)] |= 1 << (r & 63)
		s.words = append(s.words, w)
	}
	// Two words that match at the same position with the same length are
	// the same word, so longest first by bytes is longest first by runes.
	sort.SliceStable(s.words, func(a, b int) bool { return len(s.words[a]) > len(s.words[b]) })
	for _, w := range s.words {
		r, _ := utf8.DecodeRuneInString(w)
		s.firsts = append(s.firsts, r)
		if !slices.Contains(s.keys, r) {
			s.keys = append(s.keys, r)
		}
	}
	slices.Sort(s.keys)
	for _, r := range s.keys {
		s.from = append(s.from, len(s.byFirst))
		for k, w := range s.words {
			if s.firsts[k] == r {
				s.byFirst = append(s.byFirst, w)
			}
		}
	}
	s.from = append(s.from, len(s.byFirst))
	return s
}

// startingWith returns the words of s that begin with r, longest first.
func (s *wordSet) startingWith(r rune) []string {
	lo, hi := 0, len(s.keys)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if s.keys[m] < r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == len(s.keys) || s.keys[lo] != r {
		return nil
	}
	return s.byFirst[s.from[lo]:s.from[lo+1]]
}

// mayStart reports whether a word of s may begin with r.
func (s *wordSet) mayStart(r rune) bool {
	return s.first[r>>6%(wordSetBits/64)]&(1<<(r&63)) != 0
}

// wordSetBits is the size of a wordSet's filter of first runes: 2,048
// bits tell apart most Han characters, which share their low 8 bits
// often.
const wordSetBits = 2048

// anyOf matches the longest word of s at rune i and returns the index
// after it and the word, or i and "".
func (p *parser) anyOf(i int, s *wordSet) (int, string) {
	if i < 0 || i >= p.n() || !s.mayStart(p.t.at(i)) {
		return i, ""
	}
	for _, w := range s.startingWith(p.t.at(i)) {
		if j, ok := p.word(i, w); ok {
			return j, w
		}
	}
	return i, ""
}

// runeSet is a set of runes of the Basic Multilingual Plane as a bit set
// (8 KB) with the count of members before each word of bits (2 KB for
// rank); it is never written after it is built.
type runeSet struct {
	bits   [0x10000 / 64]uint64
	before [0x10000 / 64]uint16
}

// newRuneSet returns the set of the runes of the strings.
func newRuneSet(ss ...string) *runeSet {
	var s runeSet
	for _, x := range ss {
		for _, r := range x {
			if r < 0x10000 {
				s.bits[r>>6] |= 1 << (r & 63)
			}
		}
	}
	n := 0
	for k, w := range s.bits {
		s.before[k] = uint16(n)
		n += bits.OnesCount64(w)
	}
	return &s
}

// members yields the runes of s in order.
func (s *runeSet) members() func(func(rune) bool) {
	return func(yield func(rune) bool) {
		for k, w := range s.bits {
			for ; w != 0; w &= w - 1 {
				if !yield(rune(k*64 + bits.TrailingZeros64(w))) {
					return
				}
			}
		}
	}
}

func (s *runeSet) has(r rune) bool { return r >= 0 && r < 0x10000 && s.bits[r>>6]&(1<<(r&63)) != 0 }

// rank returns the number of members below r, a member: members numbered
// in rune order.
func (s *runeSet) rank(r rune) int {
	return int(s.before[r>>6]) + bits.OnesCount64(s.bits[r>>6]&(1<<(r&63)-1))
}
