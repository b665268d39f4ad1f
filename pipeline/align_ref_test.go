package pipeline

// The alignment as it was stored before the compact form (one int32 pair per
// piece): the reference that TestAlignmentSameAsReference holds the compact
// one to.

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"
)

// refAlignment maps ranges of a derived text back to its source. It is a sorted,
// gap-free list of pieces: piece i maps source bytes [src[i], src[i+1]) to
// derived bytes [dst[i], dst[i+1]). A piece may be empty on one side (a
// deletion or an insertion). Positions inside a piece are not mapped: a range
// is widened to the edges of the pieces it touches, so a piece is the
// smallest unit the alignment can tell apart. Rewrites that keep the number
// of code points are recorded one code point per piece, so tokens inside a
// rewritten phrase (人工智慧 → 人工|智能) still map to their own characters.
//
// The zero refAlignment is the identity of an empty text. refAlignments are
// immutable once built and safe for concurrent use.
type refAlignment struct {
	src, dst []int32
	identity bool // src == dst everywhere; src/dst hold only the two ends
}

// Identity returns the alignment of a text with an unchanged copy of itself.
func refIdentity(n int) refAlignment {
	return refAlignment{src: []int32{0, int32(n)}, dst: []int32{0, int32(n)}, identity: true}
}

// Pieces returns the number of pieces.
func (a refAlignment) Pieces() int {
	if len(a.src) == 0 {
		return 0
	}
	return len(a.src) - 1
}

// Piece returns piece i as (source range, derived range).
func (a refAlignment) Piece(i int) (src, dst Range) {
	return Range{int(a.src[i]), int(a.src[i+1])}, Range{int(a.dst[i]), int(a.dst[i+1])}
}

// SrcLen and DstLen return the lengths of the source and derived texts.
func (a refAlignment) SrcLen() int {
	if len(a.src) == 0 {
		return 0
	}
	return int(a.src[len(a.src)-1])
}

// DstLen returns the length of the derived text.
func (a refAlignment) DstLen() int {
	if len(a.dst) == 0 {
		return 0
	}
	return int(a.dst[len(a.dst)-1])
}

// ToSource maps a range of the derived text to the smallest range of the
// source that covers it, widening to piece edges.
func (a refAlignment) ToSource(r Range) Range {
	if a.identity || len(a.src) == 0 {
		return r
	}
	return refClampEmpty(Range{refMapStart(a.dst, a.src, r.Start), refMapEnd(a.dst, a.src, r.End)})
}

// clampEmpty keeps an empty range empty: at an insertion point the start
// maps after the inserted text and the end before it.
func refClampEmpty(r Range) Range {
	if r.End < r.Start {
		r.Start = r.End
	}
	return r
}

// ToDerived maps a range of the source to the smallest covering range of the
// derived text.
func (a refAlignment) ToDerived(r Range) Range {
	if a.identity || len(a.src) == 0 {
		return r
	}
	return refClampEmpty(Range{refMapStart(a.src, a.dst, r.Start), refMapEnd(a.src, a.dst, r.End)})
}

// mapStart finds the piece whose from-side contains pos (the last boundary
// <= pos) and returns that piece's start on the to-side.
func refMapStart(from, to []int32, pos int) int {
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
func refMapEnd(from, to []int32, pos int) int {
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
func (a refAlignment) Then(b refAlignment) (refAlignment, error) {
	if a.DstLen() != b.SrcLen() {
		return refAlignment{}, fmt.Errorf("pipeline: composing alignments of %d and %d bytes", a.DstLen(), b.SrcLen())
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
	return refAlignment{src: src, dst: dst}, nil
}

// refBuilder builds a derived text and its alignment to a source text piece by
// piece, in source order. Every rewrite of the working text goes through a
// refBuilder so that the alignment is never lost.
type refBuilder struct {
	source   string
	pos      int // bytes of source consumed
	out      strings.Builder
	src, dst []int32
}

// newRefBuilder starts a derived text of source.
func newRefBuilder(source string) *refBuilder {
	b := &refBuilder{source: source, src: []int32{0}, dst: []int32{0}}
	b.out.Grow(len(source))
	return b
}

// Copy copies the next n source bytes unchanged, one piece per code point.
func (b *refBuilder) Copy(n int) {
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
func (b *refBuilder) Replace(n int, repl string) {
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
func (b *refBuilder) Pos() int { return b.pos }

// Finish copies what is left of the source and returns the derived text and
// its alignment.
func (b *refBuilder) Finish() (string, refAlignment) {
	if b.pos < len(b.source) {
		b.Copy(len(b.source) - b.pos)
	}
	return b.out.String(), refAlignment{src: b.src, dst: b.dst}
}

// edit is one step of a rewrite: copy n bytes, or replace them with repl.
type edit struct {
	n    int
	repl string
	copy bool
}

// randomEdits cuts s into random copies and replacements: same-length and
// other code point swaps, deletions, insertions, phrases that change the
// number of code points, invalid bytes copied through.
func randomEdits(rng *rand.Rand, s string) []edit {
	var eds []edit
	reps := []string{"", "x", "字", "𫝈", "线程", "ab", "\xff", "人工智能"}
	for i := 0; i < len(s); {
		_, size := utf8.DecodeRuneInString(s[i:])
		n := size
		for k := rng.IntN(3); k > 0 && i+n < len(s); k-- {
			_, sz := utf8.DecodeRuneInString(s[i+n:])
			n += sz
		}
		switch rng.IntN(6) {
		case 0, 1:
			eds = append(eds, edit{n: n, copy: true})
		case 2:
			// same code points, maybe other lengths
			var b strings.Builder
			for _, r := range s[i : i+n] {
				if r == utf8.RuneError {
					b.WriteString("?")
				} else if r < 0x80 {
					b.WriteRune(r + 0x4E00)
				} else {
					b.WriteRune(r%0x80 + 'a')
				}
			}
			eds = append(eds, edit{n: n, repl: b.String()})
		case 3:
			eds = append(eds, edit{n: n, repl: reps[rng.IntN(len(reps))]})
		case 4:
			eds = append(eds, edit{n: 0, repl: reps[1+rng.IntN(len(reps)-1)]}, edit{n: n, copy: true})
		default:
			eds = append(eds, edit{n: n, repl: s[i : i+n]})
		}
		i += n
	}
	return eds
}

func applyEdits(s string, eds []edit) (string, Alignment, refAlignment) {
	b, r := NewBuilder(s), newRefBuilder(s)
	for _, e := range eds {
		if e.copy {
			b.Copy(e.n)
			r.Copy(e.n)
		} else {
			b.Replace(e.n, e.repl)
			r.Replace(e.n, e.repl)
		}
	}
	t1, a := b.Finish()
	t2, ra := r.Finish()
	if t1 != t2 {
		panic("builders disagree on the text")
	}
	return t1, a, ra
}

// sameAlignment checks that a stores exactly the pieces of the reference
// and maps every range between byte offsets as it does.
func sameAlignment(t *testing.T, what string, a Alignment, ra refAlignment) {
	t.Helper()
	if a.Pieces() != ra.Pieces() || a.SrcLen() != ra.SrcLen() || a.DstLen() != ra.DstLen() {
		t.Fatalf("%s: %d pieces %d→%d bytes; reference %d pieces %d→%d", what, a.Pieces(), a.SrcLen(), a.DstLen(), ra.Pieces(), ra.SrcLen(), ra.DstLen())
	}
	i := 0
	for s, d := range a.All() {
		rs, rd := ra.Piece(i)
		if s != rs || d != rd {
			t.Fatalf("%s: piece %d = %v→%v; reference %v→%v", what, i, s, d, rs, rd)
		}
		if i%7 == 0 {
			if ps, pd := a.Piece(i); ps != rs || pd != rd {
				t.Fatalf("%s: Piece(%d) = %v→%v; reference %v→%v", what, i, ps, pd, rs, rd)
			}
		}
		i++
	}
	for x := 0; x <= a.DstLen(); x++ {
		for y := x; y <= a.DstLen() && y <= x+7; y++ {
			if got, want := a.ToSource(Range{x, y}), ra.ToSource(Range{x, y}); got != want {
				t.Fatalf("%s: ToSource(%d, %d) = %v; reference %v", what, x, y, got, want)
			}
		}
	}
	for x := 0; x <= a.SrcLen(); x++ {
		for y := x; y <= a.SrcLen() && y <= x+7; y++ {
			if got, want := a.ToDerived(Range{x, y}), ra.ToDerived(Range{x, y}); got != want {
				t.Fatalf("%s: ToDerived(%d, %d) = %v; reference %v", what, x, y, got, want)
			}
		}
	}
	for _, r := range []Range{{-1, 0}, {0, a.DstLen() + 3}, {a.DstLen() + 1, a.DstLen() + 2}} {
		if got, want := a.ToSource(r), ra.ToSource(r); got != want {
			t.Fatalf("%s: ToSource(%v) = %v; reference %v", what, r, got, want)
		}
	}
}

// TestAlignmentSameAsReference builds random rewrites and their
// compositions with the compact alignment and with the list of pieces it
// replaced: same pieces, same mappings for every range.
func TestAlignmentSameAsReference(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	texts := []string{"", "a", "執行緒與人工智慧", "２０２５年ＡＩ執行緒\r\n𠮷", "a\xffb\x80\x80c", "美國總統川普簽署了第14179號總統行政令《消除障礙》。"}
	alphabet := []string{"a", "執", "行", "緒", "２", "　", "\xff", "𠮷", "，", "\n", "國"}
	for range 300 {
		var b strings.Builder
		for range rng.IntN(40) {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		texts = append(texts, b.String())
	}
	for i, x := range texts {
		y, a, ra := applyEdits(x, randomEdits(rng, x))
		sameAlignment(t, fmt.Sprintf("text %d", i), a, ra)
		z, b, rb := applyEdits(y, randomEdits(rng, y))
		c, err := a.Then(b)
		if err != nil {
			t.Fatal(err)
		}
		rc, _ := ra.Then(rb)
		sameAlignment(t, fmt.Sprintf("text %d composed", i), c, rc)
		_, e, re := applyEdits(z, randomEdits(rng, z))
		c2, _ := c.Then(e)
		rc2, _ := rc.Then(re)
		sameAlignment(t, fmt.Sprintf("text %d composed twice", i), c2, rc2)
		id, _ := Identity(len(x)).Then(a)
		sameAlignment(t, fmt.Sprintf("text %d after identity", i), id, ra)
	}
}
