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
	s.lexCodes(text, lex, new(lexScratch))
}

// lexScratch is the scratch space of lexCodes.
type lexScratch struct {
	codes  []uint32 // alphabet code of each character
	slots  []uint32 // trie slot each walk has reached
	active []int32  // the walks still going
	starts []int32  // start of each word (dictTags)
	// tagAt[i*maxTagged+d] is what the walk from character i learnt of
	// the dictionary word of d+1 characters starting there: 0 none, else
	// 1 + its tag index (tagWalk: tag index too large, walk again).
	tagAt []uint8
}

// maxTagged bounds the length of the words whose tags lexCodes keeps for
// dictTags (longer words are walked again).
const maxTagged = 8

// tagWalk in lexScratch.tagAt marks a word whose tag index does not fit.
const tagWalk = 255

// lexCodes is Lex with scratch space. The walks from every start go down
// the trie together, one character a round, so that the trie reads of
// different walks (independent of one another) overlap their cache misses.
// Each word found raises maxima only, so the order does not matter. The
// tags of the words found (up to maxTagged characters) go to sc.tagAt,
// where dictTags reads them instead of walking the words again.
func (s *Set) lexCodes(text []rune, lex []segtag.Lex, sc *lexScratch) {
	n := len(text)
	clear(lex[:n])
	t := s.trie
	sc.codes = grow(sc.codes, n)
	sc.slots = grow(sc.slots, n)
	sc.active = grow(sc.active, n)[:0]
	sc.tagAt = grow(sc.tagAt, n*maxTagged)
	clear(sc.tagAt)
	codes, slots, active, tagAt := sc.codes, sc.slots, sc.active, sc.tagAt
	// The first step of every walk, from the root, as the codes are
	// looked up; a walk goes on while it is in the trie and not at the end
	// of the text.
	for i, r := range text {
		c := t.code(r)
		codes[i] = c
		slot, ok, check := t.stepCheck(0, c)
		if !ok {
			continue
		}
		slots[i] = slot
		if check&wordFlag != 0 {
			markWord(lex, tagAt, i, i, check)
		}
		if i+1 < n {
			active = append(active, int32(i))
		}
	}
	for d := 1; d < t.maxRunes && len(active) > 0; d++ {
		keep := 0
		for _, i := range active {
			j := int(i) + d
			slot, ok, check := t.stepCheck(slots[i], codes[j])
			if !ok {
				continue
			}
			slots[i] = slot
			if j+1 < n {
				active[keep] = i
				keep++
			}
			if check&wordFlag != 0 {
				markWord(lex, tagAt, int(i), j, check)
			}
		}
		active = active[:keep]
	}
}

// markWord records in lex and tagAt (see lexCodes) the dictionary word of
// characters i … j whose slot's check is check.
func markWord(lex []segtag.Lex, tagAt []uint8, i, j int, check uint32) {
	d := j - i
	if d < maxTagged && int32(check) >= 0 {
		tagAt[i*maxTagged+d] = uint8(min(check>>tagShift&0xFF+1, tagWalk))
	}
	l := uint8(min(d+1, segtag.MaxLex))
	lex[i].Start = max(lex[i].Start, l)
	lex[j].End = max(lex[j].End, l)
	for k := i + 1; k < j; k++ {
		lex[k].Cover = max(lex[k].Cover, l)
	}
}

// dictTags appends DictTag of each word (lengths in characters) of the text
// that lexCodes went through last with sc: from sc.tagAt for the words of
// up to maxTagged characters, by a walk down the trie for the others.
func (s *Set) dictTags(lens []int, out []string, sc *lexScratch) []string {
	t := s.trie
	pos := 0
	for _, l := range lens {
		tag := ""
		v := uint8(tagWalk)
		if l == 0 {
			v = 0
		} else if l <= maxTagged {
			v = sc.tagAt[pos*maxTagged+l-1]
		}
		switch {
		case v == 0:
		case v == tagWalk:
			tag = s.walkTag(sc.codes[pos : pos+l])
		case int(v-1) < len(t.tags):
			tag = t.tags[v-1]
		}
		out = append(out, tag)
		pos += l
	}
	return out
}

// walkTag returns DictTag of the word whose alphabet codes are codes.
func (s *Set) walkTag(codes []uint32) string {
	t := s.trie
	slot := uint32(0)
	for _, c := range codes {
		var ok bool
		if slot, ok, _ = t.step(slot, c); !ok {
			return ""
		}
	}
	if i, ok := t.wordTag(slot); ok && len(codes) > 0 && int(i) < len(t.tags) {
		return t.tags[i]
	}
	return ""
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
	if tag, ok := t.wordTag(slot); ok && len(w) > 0 && int(tag) < len(t.tags) {
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
	lexSc lexScratch
	cut   []bool
	join  []bool
	lens  []int
	dtags []string
	tags  []string
	user  []string // the user's tag of each word, "" when not a user word
	cuts  []int    // byte offsets where a word must begin (SegmentCut)
	words []Word   // the words of the text being cut
}

// segmentModel cuts text with the trained model: white space and invalid
// bytes are words of their own and break runs; each run of other
// characters is cut and tagged by the model, with the user words as hard
// constraints.
func (s *Set) segmentModel(text string, cuts []int) []Word {
	var out []Word
	s.segmentModelTo(text, cuts, func(words []Word) {
		// The words go out in a slice of their size; the cutter keeps its
		// buffer for the next text unless it grew very large.
		out = make([]Word, len(words))
		copy(out, words)
	})
	return out
}

// segmentModelTo cuts text into the cutter's buffer of words and calls fn
// with them; the buffer goes back to the cutter (unless it grew very large)
// once fn returns.
func (s *Set) segmentModelTo(text string, cuts []int, fn func([]Word)) {
	c := s.cutters.get()
	defer s.cutters.put(c)
	c.cuts = cuts
	words := c.words[:0]
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
			r2, n := decodeRune(text, j)
			if isSpace(r2) || r2 == utf8.RuneError && n == 1 {
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
	c.words = nil
	fn(words)
	if cap(words) <= maxKeptWords {
		c.words = words[:0]
	}
}

// maxKeptWords bounds the buffer of words a modelCutter keeps between
// calls (4 MB).
const maxKeptWords = 1 << 17

// decodeRune is utf8.DecodeRuneInString(s[i:]) with the three-byte
// sequences of U+1000 … U+CFFF and U+E000 … U+FFFF (most Chinese text:
// lead bytes E1 … EC, EE, EF, whose second byte may be any continuation
// byte) decoded in line.
func decodeRune(s string, i int) (rune, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	if c >= 0xE1 && c <= 0xEF && c != 0xED && i+2 < len(s) {
		c1, c2 := s[i+1], s[i+2]
		if c1&0xC0 == 0x80 && c2&0xC0 == 0x80 {
			return rune(c&0x0F)<<12 | rune(c1&0x3F)<<6 | rune(c2&0x3F), 3
		}
	}
	return utf8.DecodeRuneInString(s[i:])
}

// isSpace is unicode.IsSpace, answered at once above U+3000 (the last
// white space character).
func isSpace(r rune) bool {
	return r <= 0x3000 && unicode.IsSpace(r)
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
	s.lexCodes(c.runes, c.lex, &c.lexSc)
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
	c.dtags = s.dictTags(c.lens, c.dtags[:0], &c.lexSc)
	c.tags = c.tg.Tag(c.runes, c.lens, c.dtags, c.tags[:0])
	pos := 0
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
	c := s.cutters.get()
	defer s.cutters.put(c)
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
