package entity

import (
	"cmp"
	"math"
	"slices"
	"unicode/utf8"

	"github.com/zhpipe/zhpipe/dict/lexicon"
)

// lexHit is a lexicon form found in the text.
type lexHit struct {
	start, end int
	h          hit
}

// scan holds the lexicon forms found in one text.
type scan struct {
	text   string
	region string   // the region of the text's wording ("TW", "HK", "CN", "MO") or ""
	hits   []lexHit // by start, then end
	ends   []lexHit // the same, by end
	reach  []int    // reach[k]: the furthest end of the places among hits[:k+1]
	// startAt[b], endAt[b]: the first of hits, ends that starts, ends at
	// or after byte b*hitBlock (where to search from: see firstStarting).
	startAt, endAt []int32
	words          Words // the segmenter's words, when known (see Hints)
	nw             int   // how many
	// marks[m]: the places of the runes of markSets[m], in order, when
	// marked (see next).
	marks [numMarks + len(markRunes)][]int32
	// slab holds the candidates newCand made, a block at a time.
	slab   []cand
	marked bool
}

// scan finds the lexicon forms of text, with the segmenter's words when
// known (see Hints.Words); a guarded form (lexicon.Guarded) is kept only
// where the words start and end with it.
func (x *Extractor) scan(text string, h Hints) *scan {
	s := &scan{text: text, region: h.Region}
	s.setWords(h.Words)
	s.marked = canMark(len(text))
	// r (size bytes) is the rune at i, r2 (size2) the one after it: each
	// rune is decoded once.
	var r, r2 rune
	var size, size2 int
	if len(text) > 0 {
		r, size = decodeAt(text, 0)
	}
	for i := 0; i < len(text); i, r, size = i+size, r2, size2 {
		j := i + size
		if j < len(text) {
			r2, size2 = decodeAt(text, j)
		}
		if s.marked && r < bmp && markAny[r>>6]>>(r&63)&1 != 0 {
			s.note(r, i)
		}
		if !x.trie.mayStart(r) || skipIdle && !x.trie.mayPair(r, r2, j < len(text)) {
			continue // no form starts here
		}
		at := i
		x.trie.matchAt(text, at, func(end int, hs []hit) {
			for _, h := range hs {
				if lh := (lexHit{at, end, h}); h.kind == hitAffix || x.guardOK(s, lh) {
					s.hits = append(s.hits, lh)
				}
			}
		})
	}
	s.ends = append([]lexHit(nil), s.hits...)
	slices.SortStableFunc(s.ends, func(a, b lexHit) int { return cmp.Compare(a.end, b.end) })
	s.reach = make([]int, len(s.hits))
	far := 0
	for k, h := range s.hits {
		if h.h.kind == hitPlace && utf8.RuneCountInString(text[h.start:h.end]) >= 2 {
			far = max(far, h.end)
		}
		s.reach[k] = far
	}
	if len(text) <= math.MaxInt32-hitBlock && len(s.hits) <= math.MaxInt32 {
		s.startAt = blockIndex(s.hits, len(text), false)
		s.endAt = blockIndex(s.ends, len(text), true)
	}
	return s
}

// newCand is newCand with the candidate taken from a block that the scan
// keeps: one allocation for many candidates, in blocks of 4 that double
// up to 256.
func (s *scan) newCand(start, end int, typ Type, prio int) *cand {
	if len(s.slab) == cap(s.slab) {
		s.slab = make([]cand, 0, min(max(2*cap(s.slab), 4), 256))
	}
	s.slab = append(s.slab, cand{start: start, end: end, typ: typ, prio: int8(prio), person: -1, org: -1, place: -1})
	return &s.slab[len(s.slab)-1]
}

// hitBlock is the span of text, in bytes, of an entry of scan.startAt
// and scan.endAt: about one hit in news text.
const hitBlock = 64

// blockIndex returns, for each block b of hitBlock bytes of a text of n
// bytes and one past its end, the first k where hs[k] starts (or, if
// byEnd, ends) at or after b*hitBlock; hs is sorted so.
func blockIndex(hs []lexHit, n int, byEnd bool) []int32 {
	idx := make([]int32, n/hitBlock+2)
	k := 0
	for b := range idx {
		for k < len(hs) && (!byEnd && hs[k].start < b*hitBlock || byEnd && hs[k].end < b*hitBlock) {
			k++
		}
		idx[b] = int32(k)
	}
	return idx
}

// firstStarting returns the index of the first hit that starts at or
// after pos (sort.Search's answer), from the block index when there is
// one.
func (s *scan) firstStarting(pos int) int {
	hs := s.hits
	if s.startAt == nil {
		lo, hi := 0, len(hs) // sort.Search, in line
		for lo < hi {
			if m := int(uint(lo+hi) >> 1); hs[m].start < pos {
				lo = m + 1
			} else {
				hi = m
			}
		}
		return lo
	}
	k := 0
	if pos > 0 {
		k = int(s.startAt[min(pos/hitBlock, len(s.startAt)-1)])
	}
	for k < len(hs) && hs[k].start < pos {
		k++
	}
	return k
}

// firstEnding is firstStarting for the hits by end (s.ends).
func (s *scan) firstEnding(pos int) int {
	hs := s.ends
	if s.endAt == nil {
		lo, hi := 0, len(hs) // sort.Search, in line
		for lo < hi {
			if m := int(uint(lo+hi) >> 1); hs[m].end < pos {
				lo = m + 1
			} else {
				hi = m
			}
		}
		return lo
	}
	k := 0
	if pos > 0 {
		k = int(s.endAt[min(pos/hitBlock, len(s.endAt)-1)])
	}
	for k < len(hs) && hs[k].end < pos {
		k++
	}
	return k
}

// starting returns the hits that start at pos.
func (s *scan) starting(pos int) []lexHit {
	lo := s.firstStarting(pos)
	hi := lo
	for hi < len(s.hits) && s.hits[hi].start == pos {
		hi++
	}
	return s.hits[lo:hi]
}

// ending returns the hits that end at pos.
func (s *scan) ending(pos int) []lexHit {
	lo := s.firstEnding(pos)
	hi := lo
	for hi < len(s.ends) && s.ends[hi].end == pos {
		hi++
	}
	return s.ends[lo:hi]
}

func (x *Extractor) affix(h hit) *lexicon.Affix {
	if h.kind != hitAffix {
		return nil
	}
	return &x.lex.Affixes[h.idx]
}

// affixAt returns the longest affix of one of the kinds that starts (or, if
// atEnd, ends) at pos, and whether there is one.
func (x *Extractor) affixAt(s *scan, pos int, atEnd bool, kinds ...lexicon.AffixKind) (lexHit, bool) {
	hs := s.starting(pos)
	if atEnd {
		hs = s.ending(pos)
	}
	var best lexHit
	found := false
	for _, h := range hs {
		if h.h.kind != hitAffix {
			continue
		}
		for _, k := range kinds {
			if h.h.akind == k && (!found || h.end-h.start > best.end-best.start) {
				best, found = h, true
			}
		}
	}
	return best, found
}

// exact returns the lexicon entry of kind whose form is exactly s, or -1.
func (x *Extractor) exact(s string, kind hitKind) int {
	idx := -1
	x.trie.matchAt(s, 0, func(end int, hs []hit) {
		if end != len(s) {
			return
		}
		for _, h := range hs {
			if h.kind == kind {
				idx = int(h.idx)
				return
			}
		}
	})
	return idx
}

// exactAll returns the lexicon entries of each kind whose form is exactly
// s, or -1: exact(s, kind) for each kind, read in one walk of the trie.
func (x *Extractor) exactAll(s string) (idx [hitAffix + 1]int) {
	for k := range idx {
		idx[k] = -1
	}
	x.trie.matchAt(s, 0, func(end int, hs []hit) {
		if end != len(s) {
			return
		}
		for _, h := range hs {
			if idx[h.kind] < 0 {
				idx[h.kind] = int(h.idx)
			}
		}
	})
	return idx
}

func runeBefore(text string, i int) rune {
	if i <= 0 {
		return utf8.RuneError
	}
	r, _ := utf8.DecodeLastRuneInString(text[:i])
	return r
}

func runeAt(text string, i int) rune {
	if i >= len(text) {
		return utf8.RuneError
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return r
}

// startsName reports whether a lexicon person, organization or place
// starts at pos.
func (x *Extractor) startsName(s *scan, pos int) bool {
	for _, h := range s.starting(pos) {
		switch h.h.kind {
		case hitPerson, hitOrg, hitPlace:
			return true
		}
	}
	return false
}

// startsKnown reports whether a lexicon person, organization or place or a
// title word starts at pos.
func (x *Extractor) startsKnown(s *scan, pos int) bool {
	for _, h := range s.starting(pos) {
		switch h.h.kind {
		case hitPerson, hitOrg, hitPlace:
			return true
		case hitAffix:
			if k := h.h.akind; isTitleKind(k) || k == lexicon.TitleQualifier {
				return true
			}
		}
	}
	return false
}
