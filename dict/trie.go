package dict

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"unicode/utf8"
)

// The compiled dictionary (gse/zh_s.dat, written by Compile) holds gse's
// Simplified Chinese dictionary as a double-array trie over rune codes, and
// the emission table of gse's HMM for unknown words. It is read where it
// lies: opening it slices the embedded bytes, nothing is parsed, built or
// allocated per entry. All integers are little-endian:
//
//	magic     "ZHGSE\x00\x00\x02"
//	uint32    nSlots, nAstral, nEmit, nTags, nWords, maxRunes
//	float64   total frequency (gse's TotalFreq: the sum in insertion order)
//	[32]byte  SHA-256 of everything after this header
//	uint16    × 65536: the code of each BMP rune (0: in no word)
//	uint32×2  × nAstral: rune, code of the runes above U+FFFF, by rune
//	int32×2   × nSlots: base, check of each trie slot (check -1: free,
//	          -2: the root; else the parent slot, | wordFlag | tag<<tagShift
//	          when a word ends at the slot)
//	uint32    × nEmit: runes of the HMM emission table, ascending
//	float64×4 × nEmit: log emission of B, M, E, S (gse's minFloat where
//	          gse's table has none)
//	nTags ×   byte length, then the tag (tag 0 is "", no tag)
//
// Slot 0 is the root. The child of slot s by code c ≥ 1 is slot base[s]+c
// when base[s] > 0 and check[base[s]+c] & parentMask == s. Every slot
// reached is a prefix of a word (gse's Find says "found" for it). The word
// ending at a slot, if any, is its value frequency<<8 | tag, stored negated:
// in the slot's base when the slot has no children, else in the base of its
// child by code 0; and the slot's check has wordFlag and the word's tag, so
// that the longest-match walks (Lex) and DictTag learn that a word ends
// where they step, and its tag, from the slot they read anyway.
const trieMagic = "ZHGSE\x00\x00\x02"

// A slot's check: the parent slot in its low bits (parentMask), wordFlag
// when a word ends at the slot, and then the word's tag from tagShift.
const (
	parentMask = 1<<22 - 1
	tagShift   = 22
	wordFlag   = 1 << 30
)

const trieHeader = 8 + 6*4 + 8 + 32

// minFloat is gse's HMM "impossible" log probability.
const minFloat = -3.14e100

// trie is an opened compiled dictionary. It only slices the bytes it was
// opened on and is safe for concurrent use.
type trie struct {
	codes    []byte // 65536 × uint16
	astral   []byte // nAstral × (rune, code)
	slots    []byte // nSlots × (base, check)
	emitR    []byte // nEmit × uint32
	emitP    []byte // nEmit × 4 × float64
	tags     []string
	total    float64
	words    int
	maxRunes int
	digest   [32]byte
}

// openTrie checks the header and section sizes of a compiled dictionary
// and slices it. It does not copy data.
func openTrie(data []byte) (*trie, error) {
	if len(data) < trieHeader || string(data[:8]) != trieMagic {
		return nil, errors.New("dict: compiled dictionary: bad magic")
	}
	u32 := func(i int) int { return int(binary.LittleEndian.Uint32(data[8+4*i:])) }
	nSlots, nAstral, nEmit, nTags := u32(0), u32(1), u32(2), u32(3)
	t := &trie{words: u32(4), maxRunes: u32(5)}
	t.total = math.Float64frombits(binary.LittleEndian.Uint64(data[32:]))
	copy(t.digest[:], data[40:72])
	rest := data[trieHeader:]
	take := func(n int) ([]byte, error) {
		if n < 0 || n > len(rest) {
			return nil, errors.New("dict: compiled dictionary: truncated")
		}
		b := rest[:n:n]
		rest = rest[n:]
		return b, nil
	}
	var err error
	for _, s := range []struct {
		dst *[]byte
		n   int
	}{
		{&t.codes, 65536 * 2}, {&t.astral, nAstral * 8}, {&t.slots, nSlots * 8},
		{&t.emitR, nEmit * 4}, {&t.emitP, nEmit * 32},
	} {
		if *s.dst, err = take(s.n); err != nil {
			return nil, err
		}
	}
	t.tags = make([]string, 0, nTags)
	for range nTags {
		if len(rest) == 0 || int(rest[0]) >= len(rest) {
			return nil, errors.New("dict: compiled dictionary: truncated tags")
		}
		n := int(rest[0])
		t.tags = append(t.tags, string(rest[1:1+n]))
		rest = rest[1+n:]
	}
	if len(rest) != 0 {
		return nil, fmt.Errorf("dict: compiled dictionary: %d bytes after the tags", len(rest))
	}
	if nSlots == 0 || nSlots >= parentMask-1 {
		return nil, errors.New("dict: compiled dictionary: no root or too many slots")
	}
	return t, nil
}

// code returns the alphabet code of r, 0 when r is in no word.
func (t *trie) code(r rune) uint32 {
	if uint32(r) < 65536 {
		return uint32(binary.LittleEndian.Uint16(t.codes[2*r:]))
	}
	return t.astralCode(r)
}

// astralCode is code for a rune above U+FFFF (kept out of code, so that
// code is inlined where it is called for every character).
func (t *trie) astralCode(r rune) uint32 {
	lo, hi := 0, len(t.astral)/8
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if rune(binary.LittleEndian.Uint32(t.astral[8*m:])) < r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(t.astral)/8 && rune(binary.LittleEndian.Uint32(t.astral[8*lo:])) == r {
		return binary.LittleEndian.Uint32(t.astral[8*lo+4:])
	}
	return 0
}

// child returns the slot reached from slot s by rune r.
func (t *trie) child(s uint32, r rune) (uint32, bool) {
	return t.childCode(s, t.code(r))
}

// childCode returns the slot reached from slot s by the rune of code c.
func (t *trie) childCode(s uint32, c uint32) (uint32, bool) {
	if c == 0 {
		return 0, false
	}
	base := int32(binary.LittleEndian.Uint32(t.slots[8*s:]))
	next := uint32(base) + c
	if base <= 0 || uint64(next)*8+8 > uint64(len(t.slots)) {
		return 0, false
	}
	if binary.LittleEndian.Uint32(t.slots[8*next+4:])&parentMask != s {
		return 0, false
	}
	return next, true
}

// step returns the slot reached from slot s by the rune of code c, and
// whether a word ends there: one read of the child's slot.
func (t *trie) step(s uint32, c uint32) (next uint32, ok, word bool) {
	if c == 0 {
		return 0, false, false
	}
	base := int32(binary.LittleEndian.Uint32(t.slots[8*s:]))
	next = uint32(base) + c
	if base <= 0 || uint64(next)*8+8 > uint64(len(t.slots)) {
		return 0, false, false
	}
	check := binary.LittleEndian.Uint32(t.slots[8*next+4:])
	if check&parentMask != s {
		return 0, false, false
	}
	return next, true, check&wordFlag != 0
}

// stepCheck is step returning the check of the slot reached (wordFlag:
// a word ends there, its tag index from tagShift).
func (t *trie) stepCheck(s uint32, c uint32) (next uint32, ok bool, check uint32) {
	if c == 0 {
		return 0, false, 0
	}
	base := int32(binary.LittleEndian.Uint32(t.slots[8*s:]))
	next = uint32(base) + c
	if base <= 0 || uint64(next)*8+8 > uint64(len(t.slots)) {
		return 0, false, 0
	}
	check = binary.LittleEndian.Uint32(t.slots[8*next+4:])
	if check&parentMask != s {
		return 0, false, 0
	}
	return next, true, check
}

// wordTag returns the tag index of the word ending at slot s (a slot
// reached by a walk), and whether one does.
func (t *trie) wordTag(s uint32) (uint8, bool) {
	check := binary.LittleEndian.Uint32(t.slots[8*s+4:])
	if int32(check) < 0 || check&wordFlag == 0 {
		return 0, false
	}
	return uint8(check >> tagShift), true
}

// value returns the word ending at slot s: its frequency and tag index.
func (t *trie) value(s uint32) (freq uint32, tag uint8, ok bool) {
	b := int32(binary.LittleEndian.Uint32(t.slots[8*s:]))
	if b > 0 {
		if uint64(b)*8+8 > uint64(len(t.slots)) || binary.LittleEndian.Uint32(t.slots[8*b+4:])&parentMask != s {
			return 0, 0, false
		}
		b = int32(binary.LittleEndian.Uint32(t.slots[8*b:]))
	}
	if b >= 0 {
		return 0, 0, false
	}
	v := uint32(-b)
	return v >> 8, uint8(v), true
}

// isWord reports whether a word ends at slot s.
func (t *trie) isWord(s uint32) bool {
	b := int32(binary.LittleEndian.Uint32(t.slots[8*s:]))
	if b > 0 {
		return uint64(b)*8+8 <= uint64(len(t.slots)) && binary.LittleEndian.Uint32(t.slots[8*b+4:])&parentMask == s &&
			int32(binary.LittleEndian.Uint32(t.slots[8*b:])) < 0
	}
	return b < 0
}

// walk returns the slot of the string w, if w is a prefix of a word.
func (t *trie) walk(w string) (uint32, bool) {
	s := uint32(0)
	for _, r := range w {
		var ok bool
		if s, ok = t.child(s, r); !ok {
			return 0, false
		}
	}
	return s, true
}

// emission returns gse's HMM log emission probabilities of r for the
// states B, M, E, S (minFloat where gse has none).
func (t *trie) emission(r rune) [4]float64 {
	lo, hi := 0, len(t.emitR)/4
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if rune(binary.LittleEndian.Uint32(t.emitR[4*m:])) < r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == len(t.emitR)/4 || rune(binary.LittleEndian.Uint32(t.emitR[4*lo:])) != r {
		return [4]float64{minFloat, minFloat, minFloat, minFloat}
	}
	var p [4]float64
	for k := range p {
		p[k] = math.Float64frombits(binary.LittleEndian.Uint64(t.emitP[32*lo+8*k:]))
	}
	return p
}

// runeAt decodes the rune at byte i of s (utf8.RuneError, 1 on bad bytes).
func runeAt(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}
