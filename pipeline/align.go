package pipeline

import (
	"fmt"
	"iter"
	"sort"
	"strings"
	"unicode/utf8"
)

// Range is a half-open byte range [Start, End) of some text.
type Range struct {
	Start, End int
}

// Len returns the length of r in bytes.
func (r Range) Len() int { return r.End - r.Start }

// Of returns the part of s that r covers.
func (r Range) Of(s string) string { return s[r.Start:r.End] }

// Alignment maps ranges of a derived text back to its source. It is a sorted,
// gap-free list of pieces: piece i maps source bytes [src[i], src[i+1]) to
// derived bytes [dst[i], dst[i+1]). A piece may be empty on one side (a
// deletion or an insertion). Positions inside a piece are not mapped: a range
// is widened to the edges of the pieces it touches, so a piece is the
// smallest unit the alignment can tell apart. Rewrites that keep the number
// of code points are recorded one code point per piece, so tokens inside a
// rewritten phrase (人工智慧 → 人工|智能) still map to their own characters.
//
// The list is stored compactly: a run of pieces that are each one valid
// code point of the source with a derived side of the same length
// (copied text, and Traditional→Simplified, mostly) is one mark, its inner
// edges found from the source text's code points; only the other pieces
// (the edits that change lengths) take a mark each. The alignment keeps a
// reference to its source text for that.
//
// The zero Alignment is the identity of an empty text. Alignments are
// immutable once built and safe for concurrent use.
type Alignment struct {
	src      string // the source text (code point edges inside runs)
	marks    []mark // the last one marks the end of both texts
	identity bool   // src == dst everywhere: one piece
}

// mark is a piece edge where the compact list starts a run or a piece:
// with run > 0, the run pieces that follow are one source code point each
// with derived sides of the same lengths; with run == 0, one piece spans to
// the next mark. idx numbers the first piece after the mark.
type mark struct {
	s, d int32
	run  int32
	idx  int32
}

// MaxText is the largest text, in bytes, that an Alignment can describe.
const MaxText = 1<<31 - 1

// Identity returns the alignment of a text with an unchanged copy of itself.
func Identity(n int) Alignment {
	return Alignment{marks: []mark{{}, {s: int32(n), d: int32(n), idx: 1}}, identity: true}
}

// Pieces returns the number of pieces.
func (a Alignment) Pieces() int {
	if len(a.marks) == 0 {
		return 0
	}
	return int(a.marks[len(a.marks)-1].idx)
}

// Marks returns the number of marks the alignment stores (its memory is
// proportional to it): one per run of same-length code points and one per
// other piece.
func (a Alignment) Marks() int { return len(a.marks) }

// Piece returns piece i as (source range, derived range). It walks the run
// that holds the piece; All visits every piece in linear time.
func (a Alignment) Piece(i int) (src, dst Range) {
	k := sort.Search(len(a.marks), func(k int) bool { return int(a.marks[k].idx) > i }) - 1
	m := a.marks[k]
	if m.run == 0 {
		n := a.marks[k+1]
		return Range{int(m.s), int(n.s)}, Range{int(m.d), int(n.d)}
	}
	s := int(m.s)
	for j := int(m.idx); ; j++ {
		_, size := utf8.DecodeRuneInString(a.src[s:])
		if j == i {
			d := int(m.d) + s - int(m.s)
			return Range{s, s + size}, Range{d, d + size}
		}
		s += size
	}
}

// All yields every piece in order as (source range, derived range).
func (a Alignment) All() iter.Seq2[Range, Range] {
	return func(yield func(Range, Range) bool) {
		for k := 0; k+1 < len(a.marks); k++ {
			m, n := a.marks[k], a.marks[k+1]
			if m.run == 0 {
				if !yield(Range{int(m.s), int(n.s)}, Range{int(m.d), int(n.d)}) {
					return
				}
				continue
			}
			off := int(m.d) - int(m.s)
			for s := int(m.s); s < int(n.s); {
				_, size := utf8.DecodeRuneInString(a.src[s:int(n.s)])
				if !yield(Range{s, s + size}, Range{s + off, s + size + off}) {
					return
				}
				s += size
			}
		}
	}
}

// SrcLen and DstLen return the lengths of the source and derived texts.
func (a Alignment) SrcLen() int {
	if len(a.marks) == 0 {
		return 0
	}
	return int(a.marks[len(a.marks)-1].s)
}

// DstLen returns the length of the derived text.
func (a Alignment) DstLen() int {
	if len(a.marks) == 0 {
		return 0
	}
	return int(a.marks[len(a.marks)-1].d)
}

// ToSource maps a range of the derived text to the smallest range of the
// source that covers it, widening to piece edges.
func (a Alignment) ToSource(r Range) Range {
	if a.identity || len(a.marks) == 0 {
		return r
	}
	return clampEmpty(Range{a.mapStart(true, r.Start), a.mapEnd(true, r.End)})
}

// clampEmpty keeps an empty range empty: at an insertion point the start
// maps after the inserted text and the end before it.
func clampEmpty(r Range) Range {
	if r.End < r.Start {
		r.Start = r.End
	}
	return r
}

// ToDerived maps a range of the source to the smallest covering range of the
// derived text.
func (a Alignment) ToDerived(r Range) Range {
	if a.identity || len(a.marks) == 0 {
		return r
	}
	return clampEmpty(Range{a.mapStart(false, r.Start), a.mapEnd(false, r.End)})
}

// side returns a mark's position on the from-side (the derived side when
// fromDst) and on the other side.
func side(m mark, fromDst bool) (from, to int) {
	if fromDst {
		return int(m.d), int(m.s)
	}
	return int(m.s), int(m.d)
}

// mapStart finds the piece whose from-side contains pos (the last edge
// <= pos, past the pieces empty on the from-side) and returns that piece's
// start on the to-side; at or past the end, the end.
func (a Alignment) mapStart(fromDst bool, pos int) int {
	k := sort.Search(len(a.marks), func(k int) bool { f, _ := side(a.marks[k], fromDst); return f > pos }) - 1
	if k < 0 {
		k = 0
	}
	if k >= len(a.marks)-1 {
		_, t := side(a.marks[len(a.marks)-1], fromDst)
		return t
	}
	m := a.marks[k]
	f, t := side(m, fromDst)
	if m.run > 0 && pos > f {
		// The edge at or before pos is the start of its code point.
		s := int(m.s) + pos - f
		for s > int(m.s) && !utf8.RuneStart(a.src[s]) {
			s--
		}
		return t + s - int(m.s)
	}
	return t
}

// mapEnd finds the first edge >= pos and returns its to-side position; past
// the end, the end.
func (a Alignment) mapEnd(fromDst bool, pos int) int {
	// k: the last mark strictly before pos.
	k := sort.Search(len(a.marks), func(k int) bool { f, _ := side(a.marks[k], fromDst); return f >= pos }) - 1
	if k >= 0 && k+1 < len(a.marks) {
		m := a.marks[k]
		if m.run > 0 {
			f, t := side(m, fromDst)
			s, end := int(m.s)+pos-f, int(a.marks[k+1].s)
			for s < end && !utf8.RuneStart(a.src[s]) {
				s++
			}
			if s < end {
				return t + s - int(m.s)
			}
		}
	}
	if k+1 >= len(a.marks) {
		k = len(a.marks) - 2
	}
	_, t := side(a.marks[k+1], fromDst)
	return t
}

// markBuilder appends pieces to a compact list over the source text src.
type markBuilder struct {
	src   string
	marks []mark
	s, d  int32 // the end of the pieces so far
}

// unit appends a piece of one valid source code point of size bytes on both
// sides.
func (mb *markBuilder) unit(size int) {
	if n := len(mb.marks); n > 0 && mb.marks[n-1].run > 0 {
		mb.marks[n-1].run++
	} else {
		mb.push(1)
	}
	mb.s += int32(size)
	mb.d += int32(size)
}

// units appends the pieces of the valid UTF-8 text s[mb.s:mb.s+n], one per
// code point.
func (mb *markBuilder) units(n int) {
	runes := int32(utf8.RuneCountInString(mb.src[mb.s : int(mb.s)+n]))
	if runes == 0 {
		return
	}
	if k := len(mb.marks); k > 0 && mb.marks[k-1].run > 0 {
		mb.marks[k-1].run += runes
	} else {
		mb.push(runes)
	}
	mb.s += int32(n)
	mb.d += int32(n)
}

// piece appends a piece of sn source and dn derived bytes: to the current
// run when it is one valid source code point of dn bytes.
func (mb *markBuilder) piece(sn, dn int) {
	if sn == dn && sn > 0 {
		if r, size := utf8.DecodeRuneInString(mb.src[mb.s:]); size == sn && (r != utf8.RuneError || size > 1) {
			mb.unit(sn)
			return
		}
	}
	mb.push(0)
	mb.s += int32(sn)
	mb.d += int32(dn)
}

// push starts a mark at the current end.
func (mb *markBuilder) push(run int32) {
	idx := int32(0)
	if n := len(mb.marks); n > 0 {
		p := mb.marks[n-1]
		idx = p.idx + max(p.run, 1)
	}
	mb.marks = append(mb.marks, mark{s: mb.s, d: mb.d, run: run, idx: idx})
}

// finish closes the list with the end mark.
func (mb *markBuilder) finish() Alignment {
	mb.push(0)
	marks := mb.marks
	if cap(marks) > len(marks)+len(marks)/8 {
		marks = append([]mark(nil), marks...)
	}
	return Alignment{src: mb.src, marks: marks}
}

// Then composes two alignments: a maps X → Y and b maps Y → Z; the result
// maps X → Z. Each piece of b is mapped to X through a (widened to a's piece
// edges); pieces whose X ranges overlap are merged, so the result is exact
// where both alignments are and widened where either is.
func (a Alignment) Then(b Alignment) (Alignment, error) {
	if a.DstLen() != b.SrcLen() {
		return Alignment{}, fmt.Errorf("pipeline: composing alignments of %d and %d bytes", a.DstLen(), b.SrcLen())
	}
	if a.identity {
		return b, nil
	}
	if b.identity {
		return a, nil
	}
	// The edges of the result, as in a list: each new edge makes the piece
	// before the previous one final, and the last edge may still move.
	mb := markBuilder{src: a.src}
	edges := 1
	var lastS, lastD int32 // the last edge (the first is 0, 0)
	add := func(s, d int32) {
		if edges > 1 {
			mb.piece(int(lastS-mb.s), int(lastD-mb.d))
		}
		lastS, lastD = s, d
		edges++
	}
	for ys, zs := range b.All() {
		x := a.ToSource(ys)
		xs, xe, ze := int32(x.Start), int32(x.End), int32(zs.End)
		switch {
		case xs < lastS && edges > 1:
			// Overlaps the previous piece: both lie inside one piece of a.
			if xe > lastS {
				lastS = xe
			}
			lastD = ze
			continue
		case xs > lastS:
			// a deleted source text here: keep it as a piece of its own.
			add(xs, lastD)
		}
		if xe < lastS {
			xe = lastS
		}
		add(xe, ze)
	}
	if n := int32(a.SrcLen()); lastS != n {
		add(n, lastD)
	}
	if edges > 1 {
		mb.piece(int(lastS-mb.s), int(lastD-mb.d))
	}
	return mb.finish(), nil
}

// Builder builds a derived text and its alignment to a source text piece by
// piece, in source order. Every rewrite of the working text goes through a
// Builder so that the alignment is never lost.
type Builder struct {
	source string
	pos    int // bytes of source consumed
	out    strings.Builder
	mb     markBuilder
}

// NewBuilder starts a derived text of source.
func NewBuilder(source string) *Builder {
	b := &Builder{source: source, mb: markBuilder{src: source}}
	b.out.Grow(len(source))
	return b
}

// Copy copies the next n source bytes unchanged, one piece per code point.
func (b *Builder) Copy(n int) {
	s := b.source[b.pos : b.pos+n]
	b.out.WriteString(s)
	if utf8.ValidString(s) {
		b.mb.units(n)
	} else {
		for i := 0; i < len(s); {
			_, size := utf8.DecodeRuneInString(s[i:])
			b.mb.piece(size, size)
			i += size
		}
	}
	b.pos += n
}

// Replace consumes the next n source bytes and writes repl in their place.
// When both sides have the same number of code points the replacement is
// recorded one code point per piece; otherwise as one piece.
func (b *Builder) Replace(n int, repl string) {
	s := b.source[b.pos : b.pos+n]
	b.out.WriteString(repl)
	b.pos += n
	if n > 0 && utf8.RuneCountInString(s) == utf8.RuneCountInString(repl) && utf8.ValidString(s) && utf8.ValidString(repl) {
		j := 0
		for i := 0; i < len(s); {
			_, si := utf8.DecodeRuneInString(s[i:])
			_, sj := utf8.DecodeRuneInString(repl[j:])
			b.mb.piece(si, sj)
			i += si
			j += sj
		}
		return
	}
	b.mb.piece(n, len(repl))
}

// Pos returns how many source bytes have been consumed.
func (b *Builder) Pos() int { return b.pos }

// Finish copies what is left of the source and returns the derived text and
// its alignment.
func (b *Builder) Finish() (string, Alignment) {
	if b.pos < len(b.source) {
		b.Copy(len(b.source) - b.pos)
	}
	return b.out.String(), b.mb.finish()
}
