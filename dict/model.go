package dict

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zhpipe/zhpipe/dict/segtag"
)

// Lex fills lex[i] with what the embedded dictionary says about text[i]:
// the longest dictionary word that starts there, ends there, or holds it
// strictly inside (the model's dictionary features; user words are not
// included, they are hard constraints).
func (s *Set) Lex(text []rune, lex []segtag.Lex) {
	s.lexCodes(text, lex, make([]uint32, len(text)))
}

// lexCodes is Lex with scratch space for the alphabet codes of text.
func (s *Set) lexCodes(text []rune, lex []segtag.Lex, codes []uint32) {
	clear(lex[:len(text)])
	t := s.trie
	for i, r := range text {
		codes[i] = t.code(r)
	}
	for i := range text {
		slot := uint32(0)
		for j := i; j < len(text) && j-i < t.maxRunes; j++ {
			var ok, word bool
			if slot, ok, word = t.step(slot, codes[j]); !ok {
				break
			}
			if !word {
				continue
			}
			n := uint8(min(j-i+1, segtag.MaxLex))
			lex[i].Start = max(lex[i].Start, n)
			lex[j].End = max(lex[j].End, n)
			for k := i + 1; k < j; k++ {
				lex[k].Cover = max(lex[k].Cover, n)
			}
		}
	}
}

// DictTag returns the embedded dictionary's tag of the word w, "" when w is
// not a dictionary word.
func (s *Set) DictTag(w []rune) string {
	t := s.trie
	slot := uint32(0)
	for _, r := range w {
		var ok bool
		if slot, ok = t.child(slot, r); !ok {
			return ""
		}
	}
	if _, tag, ok := t.value(slot); ok && len(w) > 0 {
		return t.tags[tag]
	}
	return ""
}

// maxRun bounds the characters the model tags at once: a longer run
// without white space is cut after sentence-final punctuation (or, failing
// that, anywhere) so that memory stays proportional to the run.
const maxRun = 4096

// modelCutter segments one text with the model.
type modelCutter struct {
	set   *Set
	tg    *segtag.Tagger
	runes []rune
	offs  []int // byte offset of each rune of the run, then its end
	lex   []segtag.Lex
	codes []uint32
	cut   []bool
	join  []bool
	lens  []int
	dtags []string
	tags  []string
	user  []string // the user's tag of each word, "" when not a user word
	cuts  []int    // byte offsets where a word must begin (SegmentCut)
}

// segmentModel cuts text with the trained model: white space and invalid
// bytes are words of their own and break runs; each run of other
// characters is cut and tagged by the model, with the user words as hard
// constraints.
func (s *Set) segmentModel(text string, cuts []int) []Word {
	c := s.cutters.Get().(*modelCutter)
	defer s.cutters.Put(c)
	c.cuts = cuts
	words := make([]Word, 0, len(text)/3)
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r == utf8.RuneError && size == 1 {
			words = append(words, Word{Start: i, End: i + 1, POS: "x"})
			i++
			continue
		}
		if unicode.IsSpace(r) {
			j := i + size
			for j < len(text) {
				r2, n := utf8.DecodeRuneInString(text[j:])
				if !unicode.IsSpace(r2) {
					break
				}
				j += n
			}
			words = append(words, Word{Start: i, End: j, POS: "x"})
			i = j
			continue
		}
		c.runes, c.offs = c.runes[:0], c.offs[:0]
		j := i
		for j < len(text) {
			r2, n := utf8.DecodeRuneInString(text[j:])
			if unicode.IsSpace(r2) || r2 == utf8.RuneError && n == 1 {
				break
			}
			if len(c.runes) >= maxRun && (isFinalPunct(c.runes[len(c.runes)-1]) || len(c.runes) >= 2*maxRun) {
				break
			}
			c.runes = append(c.runes, r2)
			c.offs = append(c.offs, j)
			j += n
		}
		c.offs = append(c.offs, j)
		words = c.run(text, words)
		i = j
	}
	return words
}

func isFinalPunct(r rune) bool {
	switch r {
	case '。', '！', '？', '；', '!', '?', ';':
		return true
	}
	return false
}

// run appends the words of the run in c.runes.
func (c *modelCutter) run(text string, words []Word) []Word {
	s := c.set
	n := len(c.runes)
	c.lex = grow(c.lex, n)
	c.codes = grow(c.codes, n)
	s.lexCodes(c.runes, c.lex, c.codes)
	var cut, join []bool
	c.user = c.user[:0]
	if s.user != nil && len(s.user.all) > 0 {
		cut, join = c.userConstraints(text)
	}
	if cut == nil && c.cutsWithin() {
		c.cut = grow(c.cut, n+1)
		c.join = grow(c.join, n+1)
		clear(c.cut)
		clear(c.join)
		cut, join = c.cut[:n+1], c.join[:n+1]
	}
	if cut != nil {
		c.markCuts(cut, join)
	}
	c.lens = c.tg.Segment(c.runes, c.lex, cut, join, c.lens[:0])
	c.dtags = c.dtags[:0]
	pos := 0
	for _, l := range c.lens {
		c.dtags = append(c.dtags, s.DictTag(c.runes[pos:pos+l]))
		pos += l
	}
	c.tags = c.tg.Tag(c.runes, c.lens, c.dtags, c.tags[:0])
	pos = 0
	for k, l := range c.lens {
		w := Word{Start: c.offs[pos], End: c.offs[pos+l], POS: c.tags[k]}
		if s.user != nil {
			if uw, ok := s.user.all[text[w.Start:w.End]]; ok {
				w.POS = uw.tag
			}
		}
		words = append(words, w)
		pos += l
	}
	return words
}

// cutsWithin reports whether a forced cut falls inside the run.
func (c *modelCutter) cutsWithin() bool {
	start, end := c.offs[0], c.offs[len(c.offs)-1]
	i := sort.SearchInts(c.cuts, start+1)
	return i < len(c.cuts) && c.cuts[i] < end
}

// markCuts sets cut (and clears join) at the forced cuts inside the run.
func (c *modelCutter) markCuts(cut, join []bool) {
	start, end := c.offs[0], c.offs[len(c.offs)-1]
	k := 0
	for i := sort.SearchInts(c.cuts, start+1); i < len(c.cuts) && c.cuts[i] < end; i++ {
		for k < len(c.offs) && c.offs[k] < c.cuts[i] {
			k++
		}
		if k < len(c.offs) && c.offs[k] == c.cuts[i] {
			cut[k], join[k] = true, false
		}
	}
}

// userConstraints marks the user words of the run, leftmost longest first:
// a word begins at each and ends after it, nothing cuts inside.
func (c *modelCutter) userConstraints(text string) (cut, join []bool) {
	n := len(c.runes)
	c.cut = grow(c.cut, n+1)
	c.join = grow(c.join, n+1)
	clear(c.cut)
	clear(c.join)
	u := c.set.user
	for i := 0; i < n; {
		best := 0
		for l := min(u.maxRunes, n-i); l >= 1; l-- {
			if _, ok := u.all[text[c.offs[i]:c.offs[i+l]]]; ok {
				best = l
				break
			}
		}
		if best == 0 {
			i++
			continue
		}
		c.cut[i], c.cut[i+best] = true, true
		for k := i + 1; k < i+best; k++ {
			c.join[k] = true
		}
		i += best
	}
	return c.cut[:n+1], c.join[:n+1]
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n, n+n/2)
	}
	return s[:n]
}

// Tag sets the POS of words, a segmentation of text given by the caller
// (each word within one run of characters without white space), with the
// model's word tagger; for measuring it on gold words. Words of white space
// get "x".
func (s *Set) Tag(text string, words []Word) {
	if s.model == nil {
		for i := range words {
			words[i].POS = s.tagOf(text[words[i].Start:words[i].End])
		}
		return
	}
	c := s.cutters.Get().(*modelCutter)
	defer s.cutters.Put(c)
	for i := 0; i < len(words); {
		j := i
		c.runes, c.lens, c.dtags = c.runes[:0], c.lens[:0], c.dtags[:0]
		for ; j < len(words) && (j == i || words[j].Start == words[j-1].End); j++ {
			w := text[words[j].Start:words[j].End]
			if strings.TrimSpace(w) == "" {
				break
			}
			before := len(c.runes)
			c.runes = append(c.runes, []rune(w)...)
			c.lens = append(c.lens, len(c.runes)-before)
			c.dtags = append(c.dtags, s.DictTag(c.runes[before:]))
		}
		if j == i {
			words[i].POS = "x"
			i++
			continue
		}
		c.tags = c.tg.Tag(c.runes, c.lens, c.dtags, c.tags[:0])
		for k := i; k < j; k++ {
			words[k].POS = c.tags[k-i]
		}
		i = j
	}
}
