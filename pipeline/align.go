package pipeline

import (
	"fmt"
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
// The zero Alignment is the identity of an empty text. Alignments are
// immutable once built and safe for concurrent use.
type Alignment struct {
	src, dst []int32
	identity bool // src == dst everywhere; src/dst hold only the two ends
}

// MaxText is the largest text, in bytes, that an Alignment can describe.
const MaxText = 1<<31 - 1

// Identity returns the alignment of a text with an unchanged copy of itself.
func Identity(n int) Alignment {
	return Alignment{src: []int32{0, int32(n)}, dst: []int32{0, int32(n)}, identity: true}
}

// Pieces returns the number of pieces.
func (a Alignment) Pieces() int {
	if len(a.src) == 0 {
		return 0
	}
	return len(a.src) - 1
}

// Piece returns piece i as (source range, derived range).
func (a Alignment) Piece(i int) (src, dst Range) {
	return Range{int(a.src[i]), int(a.src[i+1])}, Range{int(a.dst[i]), int(a.dst[i+1])}
}

// SrcLen and DstLen return the lengths of the source and derived texts.
func (a Alignment) SrcLen() int {
	if len(a.src) == 0 {
		return 0
	}
	return int(a.src[len(a.src)-1])
}

// DstLen returns the length of the derived text.
func (a Alignment) DstLen() int {
	if len(a.dst) == 0 {
		return 0
	}
	return int(a.dst[len(a.dst)-1])
}

// ToSource maps a range of the derived text to the smallest range of the
// source that covers it, widening to piece edges.
func (a Alignment) ToSource(r Range) Range {
	if a.identity || len(a.src) == 0 {
		return r
	}
	return clampEmpty(Range{mapStart(a.dst, a.src, r.Start), mapEnd(a.dst, a.src, r.End)})
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
	if a.identity || len(a.src) == 0 {
		return r
	}
	return clampEmpty(Range{mapStart(a.src, a.dst, r.Start), mapEnd(a.src, a.dst, r.End)})
}

// mapStart finds the piece whose from-side contains pos (the last boundary
// <= pos) and returns that piece's start on the to-side.
func mapStart(from, to []int32, pos int) int {
	i := sort.Search(len(from), func(i int) bool { return int(from[i]) > pos }) - 1
	if i < 0 {
		i = 0
	}
	if i >= len(from)-1 { // at or past the end
		return int(to[len(to)-1])
	}
	// Skip pieces that are empty on the from-side so that pos maps to the
	// start of the piece that actually holds it.
	return int(to[i])
}

// mapEnd finds the first boundary >= pos and returns its to-side position.
func mapEnd(from, to []int32, pos int) int {
	j := sort.Search(len(from), func(i int) bool { return int(from[i]) >= pos })
	if j >= len(from) {
		j = len(from) - 1
	}
	return int(to[j])
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
	src := make([]int32, 1, len(b.src))
	dst := make([]int32, 1, len(b.dst))
	for k := 0; k+1 < len(b.src); k++ {
		x := a.ToSource(Range{int(b.src[k]), int(b.src[k+1])})
		last := len(src) - 1
		xs, xe, ze := int32(x.Start), int32(x.End), b.dst[k+1]
		switch {
		case xs < src[last] && last > 0:
			// Overlaps the previous piece: both lie inside one piece of a.
			if xe > src[last] {
				src[last] = xe
			}
			dst[last] = ze
			continue
		case xs > src[last]:
			// a deleted source text here: keep it as a piece of its own.
			src = append(src, xs)
			dst = append(dst, dst[last])
		}
		if xe < src[len(src)-1] {
			xe = src[len(src)-1]
		}
		src = append(src, xe)
		dst = append(dst, ze)
	}
	if n := int32(a.SrcLen()); src[len(src)-1] != n {
		src = append(src, n)
		dst = append(dst, dst[len(dst)-1])
	}
	return Alignment{src: src, dst: dst}, nil
}

// Builder builds a derived text and its alignment to a source text piece by
// piece, in source order. Every rewrite of the working text goes through a
// Builder so that the alignment is never lost.
type Builder struct {
	source   string
	pos      int // bytes of source consumed
	out      strings.Builder
	src, dst []int32
}

// NewBuilder starts a derived text of source.
func NewBuilder(source string) *Builder {
	b := &Builder{source: source, src: []int32{0}, dst: []int32{0}}
	b.out.Grow(len(source))
	return b
}

// Copy copies the next n source bytes unchanged, one piece per code point.
func (b *Builder) Copy(n int) {
	s := b.source[b.pos : b.pos+n]
	b.out.WriteString(s)
	base := int32(b.out.Len() - n)
	for i := 0; i < len(s); {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
		b.src = append(b.src, int32(b.pos+i))
		b.dst = append(b.dst, base+int32(i))
	}
	b.pos += n
}

// Replace consumes the next n source bytes and writes repl in their place.
// When both sides have the same number of code points the replacement is
// recorded one code point per piece; otherwise as one piece.
func (b *Builder) Replace(n int, repl string) {
	s := b.source[b.pos : b.pos+n]
	if n > 0 && utf8.RuneCountInString(s) == utf8.RuneCountInString(repl) && utf8.ValidString(s) && utf8.ValidString(repl) {
		base := int32(b.out.Len())
		b.out.WriteString(repl)
		j := 0
		for i := 0; i < len(s); {
			_, si := utf8.DecodeRuneInString(s[i:])
			_, sj := utf8.DecodeRuneInString(repl[j:])
			i += si
			j += sj
			b.src = append(b.src, int32(b.pos+i))
			b.dst = append(b.dst, base+int32(j))
		}
		b.pos += n
		return
	}
	b.out.WriteString(repl)
	b.pos += n
	b.src = append(b.src, int32(b.pos))
	b.dst = append(b.dst, int32(b.out.Len()))
}

// Pos returns how many source bytes have been consumed.
func (b *Builder) Pos() int { return b.pos }

// Finish copies what is left of the source and returns the derived text and
// its alignment.
func (b *Builder) Finish() (string, Alignment) {
	if b.pos < len(b.source) {
		b.Copy(len(b.source) - b.pos)
	}
	return b.out.String(), Alignment{src: b.src, dst: b.dst}
}
