package entity

import (
	"math"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/zhpipe/zhpipe/pipeline/internal/hanstr"
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

// markRunes are the first runes of the words that passes look for one by
// one (scan.index): scan notes the places of each, in marks[numMarks+k]
// for markRunes[k]. None is utf8.RuneError.
var markRunes = [...]rune{'《', '》', '社', '办', '辦', '驻', '駐', '国', '國', '生', '会', '會', '通'}

// markAny, bit r: r < bmp is in one of markSets or markRunes.
var markAny = func() []uint64 {
	bits := make([]uint64, bmp/64)
	add := func(r rune) {
		if r >= bmp {
			panic("entity: a marked rune beyond the BMP")
		}
		bits[r>>6] |= 1 << (r & 63)
	}
	for _, set := range markSets {
		for _, r := range set.chars {
			add(r)
		}
	}
	for _, r := range markRunes {
		add(r)
	}
	return bits
}()

// markOfRune returns k where markRunes[k] == r, or -1.
func markOfRune(r rune) int {
	for k, m := range markRunes {
		if m == r {
			return k
		}
	}
	return -1
}

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
	if k := markOfRune(r); k >= 0 {
		s.marks[numMarks+k] = append(s.marks[numMarks+k], int32(i))
	}
}

// index returns the first place at or after off where w stands in the
// text, or -1: off + hanstr.Index(s.text[off:], w) when that is found.
// A word that starts with one of markRunes is looked for at the places
// scan noted.
func (s *scan) index(w string, off int) int {
	r, _ := utf8.DecodeRuneInString(w)
	k := markOfRune(r)
	if !s.marked || k < 0 || off > len(s.text) {
		n := hanstr.Index(s.text[off:], w)
		if n < 0 {
			return -1
		}
		return off + n
	}
	ps := s.marks[numMarks+k]
	lo, hi := 0, len(ps) // sort.Search for the first place >= off, in line
	for lo < hi {
		if m := int(uint(lo+hi) >> 1); int(ps[m]) < off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	for _, p := range ps[lo:] {
		if strings.HasPrefix(s.text[p:], w) {
			return int(p)
		}
	}
	return -1
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
