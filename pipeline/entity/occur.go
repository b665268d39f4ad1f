package entity

import (
	"strings"
	"unicode/utf8"

	"github.com/zhpipe/zhpipe/pipeline/internal/hanstr"
)

// occurrences finds, in one pass over text, where each of forms occurs at
// or after from[i] (from may be nil: from the start): the byte offsets of
// every occurrence, overlapping ones included, in text order. It gives
// what repeated strings.Index calls give, in time linear in the text and
// the occurrences rather than in the text times the forms. Forms of two
// runes or more are indexed by their first two runes; others are searched
// one by one.
func occurrences(text string, forms []string, from []int) [][]int {
	if len(forms) <= occurFew {
		occ := make([][]int, len(forms))
		for i, f := range forms {
			occ[i] = occurrencesOf(text, f, startAt(from, i), nil)
		}
		return occ
	}
	var ix occurIndex
	ix.init(forms)
	return ix.find(text, from)
}

// startAt is from[i], or 0 when from is nil.
func startAt(from []int, i int) int {
	if from == nil {
		return 0
	}
	return from[i]
}

// occurrencesOf appends to occ the places of f in text at or after off.
func occurrencesOf(text, f string, off int, occ []int) []int {
	for off <= len(text) {
		n := hanstr.Index(text[off:], f)
		if n < 0 {
			break
		}
		occ = append(occ, off+n)
		off += n + 1
	}
	return occ
}

// occurFew is how many forms occurrences searches one by one (hanstr.Index
// finds a Han word by a byte about one character in 64 ends with, which
// costs less than reading every rune) rather than in one pass.
const occurFew = 8

// occurIndex is what occurrences builds from its forms, to search any
// number of texts for the same forms.
type occurIndex struct {
	forms []string
	plain []int                // the forms searched one by one
	first [0x10000 / 64]uint64 // first runes of the indexed forms in the BMP
	high  map[rune]bool        // first runes of the indexed forms beyond the BMP
	index map[string][]int     // form indexes by their first two runes
}

func newOccurIndex(forms []string) *occurIndex {
	ix := new(occurIndex)
	ix.init(forms)
	return ix
}

func (ix *occurIndex) init(forms []string) {
	ix.forms, ix.index = forms, map[string][]int{}
	for i, f := range forms {
		k, r := prefix2(f)
		if k == "" || !utf8.ValidString(f) {
			ix.plain = append(ix.plain, i)
			continue
		}
		ix.index[k] = append(ix.index[k], i)
		if r < 0x10000 {
			ix.first[r>>6] |= 1 << (r & 63)
		} else {
			if ix.high == nil {
				ix.high = map[rune]bool{}
			}
			ix.high[r] = true
		}
	}
}

// find is occurrences(text, ix.forms, from).
func (ix *occurIndex) find(text string, from []int) [][]int {
	forms := ix.forms
	occ := make([][]int, len(forms))
	start := func(i int) int {
		if from == nil {
			return 0
		}
		return from[i]
	}
	for _, i := range ix.plain {
		occ[i] = occurrencesOf(text, forms[i], start(i), occ[i])
	}
	if len(ix.index) == 0 {
		return occ
	}
	lo := len(text)
	if from == nil {
		lo = 0
	} else {
		for _, is := range ix.index {
			for _, i := range is {
				lo = min(lo, from[i])
			}
		}
	}
	first, high := &ix.first, ix.high
	for p := lo; p < len(text); {
		r, size := decodeAt(text, p)
		if r < 0x10000 && first[r>>6]&(1<<(r&63)) == 0 || r >= 0x10000 && !high[r] {
			p += size
			continue
		}
		size2 := 0
		if p+size < len(text) {
			_, size2 = decodeAt(text, p+size)
		}
		for _, i := range ix.index[text[p:p+size+size2]] {
			if p >= start(i) && strings.HasPrefix(text[p:], forms[i]) {
				occ[i] = append(occ[i], p)
			}
		}
		p += size
	}
	return occ
}

// prefix2 returns the first two runes of s and its first rune, or "" when
// s has fewer than two.
func prefix2(s string) (string, rune) {
	r, size := utf8.DecodeRuneInString(s)
	if size == len(s) {
		return "", r
	}
	_, size2 := utf8.DecodeRuneInString(s[size:])
	return s[:size+size2], r
}

// candIndex finds the candidates over a range of the text without going
// through all of them: candidates by the block of 64 bytes they start in.
type candIndex struct {
	blocks  map[int][]*cand
	longest int // the longest candidate's length: how far back one may start
}

func newCandIndex(cs []*cand) *candIndex {
	ix := &candIndex{blocks: map[int][]*cand{}}
	for _, c := range cs {
		ix.add(c)
	}
	return ix
}

func (ix *candIndex) add(c *cand) {
	ix.blocks[c.start>>6] = append(ix.blocks[c.start>>6], c)
	ix.longest = max(ix.longest, c.end-c.start)
}

// near calls f for each candidate that may overlap a:b or lie in it (all
// that start from a minus the longest length to b), in no particular
// order, until f returns false.
func (ix *candIndex) near(a, b int, f func(c *cand) bool) {
	for k := (a - ix.longest) >> 6; k <= b>>6; k++ {
		for _, c := range ix.blocks[k] {
			if c.start >= a-ix.longest && c.start <= b && !f(c) {
				return
			}
		}
	}
}

// over returns the candidates that overlap a:b and are not empty, in no
// particular order.
func (ix *candIndex) over(a, b int) []*cand {
	var out []*cand
	ix.near(a, b, func(c *cand) bool {
		if c.end > a && c.start < b && c.start != c.end {
			out = append(out, c)
		}
		return true
	})
	return out
}

// abbrevIndex holds the names of organizations for linkShortOrgs to find
// the one a short form abbreviates: each name and key once, by the name's
// last character, and what was found for each short form so far.
type abbrevIndex struct {
	seen   map[[2]string]bool
	byLast map[rune][]abbrevName
	found  map[[2]string]*abbrevFound
}

type abbrevName struct {
	name, key string
	n         int    // runes
	mask      uint64 // runes, 1 << (r & 63)
}

type abbrevFound struct {
	done int      // names of the bucket looked at
	keys []string // the distinct keys that fit, two at most
}

func newAbbrevIndex() *abbrevIndex {
	return &abbrevIndex{seen: map[[2]string]bool{}, byLast: map[rune][]abbrevName{}, found: map[[2]string]*abbrevFound{}}
}

func (ix *abbrevIndex) add(name, key string) {
	if ix.seen[[2]string{name, key}] {
		return
	}
	ix.seen[[2]string{name, key}] = true
	last, _ := utf8.DecodeLastRuneInString(name)
	ix.byLast[last] = append(ix.byLast[last], abbrevName{name, key, utf8.RuneCountInString(name), runeMask(name)})
}

// only returns the key of the one organization so far whose name form (of n
// runes) abbreviates, with two runes more at least and a key other than
// own; false when none or several fit.
func (ix *abbrevIndex) only(form string, n int, own string) (string, bool) {
	last, _ := utf8.DecodeLastRuneInString(form)
	names := ix.byLast[last]
	f := ix.found[[2]string{form, own}]
	if f == nil {
		f = &abbrevFound{}
		ix.found[[2]string{form, own}] = f
	}
	mask := runeMask(form)
	for ; f.done < len(names) && len(f.keys) < 2; f.done++ {
		p := names[f.done]
		if p.key == own || p.n < n+2 || mask&^p.mask != 0 || !abbreviates(form, p.name) {
			continue
		}
		if len(f.keys) == 0 || f.keys[0] != p.key {
			f.keys = append(f.keys, p.key)
		}
	}
	if len(f.keys) == 1 {
		return f.keys[0], true
	}
	return "", false
}

func runeMask(s string) uint64 {
	var m uint64
	for _, r := range s {
		m |= 1 << (r & 63)
	}
	return m
}
