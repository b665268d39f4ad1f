package convert

import (
	"iter"
	"unicode/utf8"
	"unsafe"
)

// Piece maps a byte range of a conversion's input, [SrcStart, SrcEnd), to
// the byte range of its output, [DstStart, DstEnd), that it became. Pieces
// are never empty on either side.
type Piece struct {
	SrcStart, SrcEnd, DstStart, DstEnd int
}

// stage is one dictionary applied over a text: a normalization step, the
// segmentation scan or one link of the conversion chain.
type stage struct {
	m     matcher
	first *[256]bool
	set   *runeSet
}

func newStage(m matcher) stage { return stage{m: m, first: m.starts(), set: m.runes()} }

// skip returns the first byte position at or after p where a key starts
// with the code point there, or where an ideographic description operator
// stands; the text before it is copied through unchanged. Bytes that no
// key starts with (continuation and invalid bytes among them) are passed
// one at a time, code points that no key starts with whole.
func (st *stage) skip(s string, p int) int {
	first, set := st.first, st.set
	for p < len(s) {
		b := s[p]
		if b == 0xE2 && p+1 < len(s) && s[p+1] == 0xBF {
			return p // U+2FC0..2FFF: maybe an IDS operator
		}
		if !first[b] {
			p++
			continue
		}
		if b < utf8.RuneSelf {
			return p
		}
		r, n := decodeRune(s, p)
		if n == 0 {
			p++
			continue
		}
		if set.has(r) {
			return p
		}
		p += n
	}
	return p
}

// step handles the text at p, which skip stopped at: it returns the bytes
// consumed and the value to emit, or "" with copied true when those bytes
// are copied through.
func (st *stage) step(s string, p int) (n int, v string, copied bool) {
	r, n := decodeRune(s, p)
	if n == 0 {
		return 1, "", true // an invalid byte starts no key
	}
	if m, v := st.m.match(s, p, r, n); m > 0 {
		return m, v, false
	}
	if r >= 0x2FF0 && r <= 0x2FFF {
		if m := idsLen(s[p:]); m > 0 {
			return m, "", true
		}
	}
	return n, "", true
}

// decodeRune decodes the code point at s[p], with a fast path for the
// three-byte sequences of CJK text; n is 0 for an invalid byte.
func decodeRune(s string, p int) (r rune, n int) {
	b := s[p]
	if b < utf8.RuneSelf {
		return rune(b), 1
	}
	if b >= 0xE1 && b <= 0xEF && b != 0xED && p+2 < len(s) {
		c1, c2 := s[p+1], s[p+2]
		if c1&0xC0 == 0x80 && c2&0xC0 == 0x80 {
			return rune(b&0x0F)<<12 | rune(c1&0x3F)<<6 | rune(c2&0x3F), 3
		}
	}
	r, n = utf8.DecodeRuneInString(s[p:])
	if r == utf8.RuneError && n == 1 {
		return r, 0
	}
	return r, n
}

// convert appends the conversion of s to dst.
func (st *stage) convert(dst []byte, s string) []byte {
	p := 0
	for p < len(s) {
		q := st.skip(s, p)
		dst = append(dst, s[p:q]...)
		if q == len(s) {
			break
		}
		n, v, copied := st.step(s, q)
		if copied {
			dst = append(dst, s[q:q+n]...)
		} else {
			dst = append(dst, v...)
		}
		p = q + n
	}
	return dst
}

// convertAligned appends the conversion of s to dst and appends to pieces
// one piece per matched key and per copied code point (or IDS, or invalid
// byte), with Src relative to s and Dst relative to base. With flush set,
// it hands the pieces over (with the output so far) whenever there are many,
// instead of keeping them all.
func (st *stage) convertAligned(dst []byte, pieces []Piece, s string, base int, flush func([]Piece, []byte)) ([]byte, []Piece) {
	p := 0
	for p < len(s) {
		if flush != nil && len(pieces) >= flushPieces {
			flush(pieces, dst)
			pieces = pieces[:0]
		}
		q := st.skip(s, p)
		for p < q {
			_, n := utf8.DecodeRuneInString(s[p:q])
			d := len(dst)
			dst = append(dst, s[p:p+n]...)
			pieces = append(pieces, Piece{p, p + n, d - base, len(dst) - base})
			p += n
		}
		if q == len(s) {
			break
		}
		n, v, copied := st.step(s, q)
		d := len(dst)
		if copied {
			dst = append(dst, s[q:q+n]...)
		} else {
			dst = append(dst, v...)
		}
		pieces = append(pieces, Piece{q, q + n, d - base, len(dst) - base})
		p = q + n
	}
	return dst, pieces
}

// flushPieces is how many pieces ConvertAlignedFunc gathers before handing
// them over.
const flushPieces = 4096

// segments yields the [start, end) byte ranges of OpenCC's mmseg
// segmentation of s: each matched key is a segment of its own, and each run
// of unmatched text between them is one segment.
func (st *stage) segments(s string) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		run, p := 0, 0
		for p < len(s) {
			q := st.skip(s, p)
			if q == len(s) {
				break
			}
			n, _, copied := st.step(s, q)
			if !copied {
				if run < q && !yield(run, q) {
					return
				}
				if !yield(q, q+n) {
					return
				}
				run = q + n
			}
			p = q + n
		}
		if run < len(s) {
			yield(run, len(s))
		}
	}
}

// composeAppend chains two alignments and appends the result to out: a
// maps X to Y and b maps Y to Z, both covering Y without gaps. The result
// maps X to Z with the coarsest pieces whose Y boundaries are boundaries of
// both, shifted by srcOff in X and dstOff in Z.
func composeAppend(out, a, b []Piece, srcOff, dstOff int) []Piece {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		srcStart, dstStart := a[i].SrcStart, b[j].DstStart
		for a[i].DstEnd != b[j].SrcEnd {
			if a[i].DstEnd < b[j].SrcEnd {
				i++
			} else {
				j++
			}
		}
		out = append(out, Piece{srcStart + srcOff, a[i].SrcEnd + srcOff, dstStart + dstOff, b[j].DstEnd + dstOff})
		i++
		j++
	}
	return out
}

// view returns the bytes of b as a string without copying. The caller must
// not modify b while the string is in use, and must not keep the string.
func view(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}
