package convert

import (
	"math/bits"
	"unicode/utf8"
)

// matcher finds the dictionary match at byte p of s, where s ends at the end
// of the current segment and r (n bytes long) is the valid code point at p:
// it returns the key's length in bytes and the value to emit, or 0 when
// nothing matches.
type matcher interface {
	match(s string, p int, r rune, n int) (int, string)
	// starts returns the set of bytes that some key may start with.
	starts() *[256]bool
	// runes returns the set of code points that some key starts with.
	runes() *runeSet
}

// runePages is the number of 256-code-point pages of Unicode.
const runePages = (utf8.MaxRune + 1) >> 8

// runeSet is a set of code points in two levels: a page number for each
// 256 code points (0: a page with none) and 256 bits per page.
type runeSet struct {
	index []uint16 // runePages entries
	bits  []uint64 // 4 words per page; page 0 is empty
}

// has reports whether r (a valid code point) is in the set.
func (rs *runeSet) has(r rune) bool {
	p := int(rs.index[r>>8])
	return rs.bits[p*4+int(r&0xff)>>6]>>(r&63)&1 != 0
}

// runeSetBuilder collects code points into a runeSet.
type runeSetBuilder struct {
	index []uint16
	bits  []uint64
}

func newRuneSetBuilder() *runeSetBuilder {
	return &runeSetBuilder{index: make([]uint16, runePages), bits: make([]uint64, 4)}
}

func (b *runeSetBuilder) add(r rune) {
	p := b.index[r>>8]
	if p == 0 {
		p = uint16(len(b.bits) / 4)
		b.index[r>>8] = p
		b.bits = append(b.bits, 0, 0, 0, 0)
	}
	b.bits[int(p)*4+int(r&0xff)>>6] |= 1 << (r & 63)
}

// addSet adds every code point of rs.
func (b *runeSetBuilder) addSet(rs *runeSet) {
	for pg, p := range rs.index {
		if p == 0 {
			continue
		}
		words := rs.bits[int(p)*4 : int(p)*4+4]
		for w, word := range words {
			for word != 0 {
				bit := bits.TrailingZeros64(word)
				word &= word - 1
				b.add(rune(pg<<8 | w<<6 | bit))
			}
		}
	}
}

func (b *runeSetBuilder) set() *runeSet { return &runeSet{index: b.index, bits: b.bits} }

// group is an OpenCC dictionary group. With union false (short_circuit) the
// first child with any match wins; with union true the longest match across
// the children wins, ties going to the earlier child.
type group struct {
	children []matcher
	union    bool
	first    [256]bool
	set      *runeSet
}

func newGroup(children []matcher, union bool) *group {
	g := &group{children: children, union: union}
	sb := newRuneSetBuilder()
	for _, c := range children {
		sb.addSet(c.runes())
	}
	g.set = sb.set()
	for b := range 256 {
		for _, c := range children {
			if c.starts()[b] {
				g.first[b] = true
				break
			}
		}
	}
	return g
}

func (g *group) starts() *[256]bool { return &g.first }

func (g *group) runes() *runeSet { return g.set }

func (g *group) match(s string, p int, r rune, n int) (int, string) {
	if !g.first[s[p]] {
		return 0, ""
	}
	if !g.union {
		for _, c := range g.children {
			if m, v := c.match(s, p, r, n); m > 0 {
				return m, v
			}
		}
		return 0, ""
	}
	best, bestV := 0, ""
	for _, c := range g.children {
		if m, v := c.match(s, p, r, n); m > best {
			best, bestV = m, v
		}
	}
	return best, bestV
}

// Limits of an ideographic description sequence, as in OpenCC 1.4.2.
const (
	maxIDSDepth      = 16
	maxIDSCodePoints = 64
)

// idsArity returns the number of operands of an ideographic description
// operator, or 0 when r is not one.
func idsArity(r rune) int {
	switch {
	case r == 0x2FF2 || r == 0x2FF3:
		return 3
	case r == 0x2FFE || r == 0x2FFF:
		return 1
	case r >= 0x2FF0 && r <= 0x2FFD:
		return 2
	}
	return 0
}

// idsLen returns the byte length of the complete ideographic description
// sequence that starts at s[0], or 0 when none does.
func idsLen(s string) int {
	if len(s) < 3 || s[0] != 0xE2 || s[1] != 0xBF {
		return 0 // U+2FF0..2FFF are E2 BF B0..BF
	}
	cps := 0
	n, ok := consumeIDS(s, maxIDSDepth, &cps)
	if !ok {
		return 0
	}
	return n
}

// consumeIDS parses one IDS element (an operator with its operands, or one
// code point) at the start of s.
func consumeIDS(s string, depth int, cps *int) (int, bool) {
	if len(s) == 0 || depth == 0 || *cps >= maxIDSCodePoints {
		return 0, false
	}
	r, n := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError && n <= 1 {
		return 0, false
	}
	*cps++
	arity := idsArity(r)
	off := n
	for range arity {
		if off >= len(s) {
			return 0, false
		}
		m, ok := consumeIDS(s[off:], depth-1, cps)
		if !ok {
			return 0, false
		}
		off += m
	}
	return off, true
}
