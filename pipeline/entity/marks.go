package entity

import (
	"math"
	"sort"
)

// Rune sets whose places in the text scan notes as it reads every rune,
// so that the passes that look for them (mediaRunCands, dottedCands,
// bracketCands, quotedOrgCands) need no search of the text of their own.
const (
	markFollower = iota // followerFirst
	markDot             // dotOrJoin
	markGloss           // glossOpen
	markQuote           // orgQuoteOpen
	numMarks
)

// markSets are the sets by mark; none holds utf8.RuneError, so that the
// places of their runes are the same whether read by decoding rune after
// rune (scan) or at every byte that may start a rune (indexRuneSet).
var markSets = [numMarks]*runeSet{&followerFirst, &dotOrJoin, &glossOpen, &orgQuoteOpen}

// markAny, bit r: r < bmp is in one of markSets.
var markAny = func() []uint64 {
	bits := make([]uint64, bmp/64)
	for _, set := range markSets {
		for _, r := range set.chars {
			if r >= bmp {
				panic("entity: a marked rune beyond the BMP")
			}
			bits[r>>6] |= 1 << (r & 63)
		}
	}
	return bits
}()

// note records that rune r, which may be in markAny, stands at i.
func (s *scan) note(r rune, i int) {
	if r < 0 || r >= bmp || markAny[r>>6]>>(r&63)&1 == 0 {
		return
	}
	for m, set := range markSets {
		if set.has(r) {
			s.marks[m] = append(s.marks[m], int32(i))
		}
	}
}

// next returns the first place at or after i of a rune of mark m's set,
// or -1: i + indexRuneSet(s.text[i:], set), or -1.
func (s *scan) next(m, i int) int {
	if !s.marked {
		k := indexRuneSet(s.text[i:], *markSets[m])
		if k < 0 {
			return -1
		}
		return i + k
	}
	ps := s.marks[m]
	k := sort.Search(len(ps), func(k int) bool { return int(ps[k]) >= i })
	if k == len(ps) {
		return -1
	}
	return int(ps[k])
}

// canMark reports whether scan can note the places of a text of n bytes
// in 32 bits.
func canMark(n int) bool { return n <= math.MaxInt32 }
