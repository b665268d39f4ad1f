package segtag

import (
	"encoding/binary"
	"errors"
	"fmt"
)

// The word tagger's part of a model file (little-endian), read in place:
//
//	uint32    nTags, nSlots, nPairs, nDictSlots
//	nTags ×   byte length, then the tag
//	int16     × (nTags+1) × nTags: weights of the previous tag (nTags: none)
//	          plus the bias of each tag
//	slot      × nSlots: uint32 fingerprint (0: empty), uint32
//	          first<<8 | count: the feature's weights are pairs
//	          [first, first+count)
//	pair      × nPairs: uint32 tag<<16 | uint16(weight)
//	dict slot × nDictSlots: uint32 fingerprint of a word (0: empty), uint32
//	          its tag: the frequent words that (nearly) always have one
//	          tag skip the model
//
// Keys are 64-bit hashes; the tables hold their low 32 bits (never 0), the
// fingerprint, in Robin Hood order as the character tagger's tables.

// Word tagger feature templates.
// (Measured on the held-out tenth and dropped as worth less than their
// cost: previous word with the word, previous tag with the word, each
// character of the word, last character of the previous word with the
// first of this one.)
const (
	pW0     = iota + 1 // the word
	pWm1               // the previous word
	pWp1               // the next word
	pW0Wp1             // word and next word
	pFirst             // first character and length
	pLast              // last character and length
	pPre2              // first two characters
	pSuf2              // last two characters
	pDict              // the dictionary's tag of the word
	pDictNb            // dictionary tags of the previous, this and the next word
	pShape             // classes of the word's characters (collapsed) and length
	pPrev2             // the two previous tags
)

// maxWordTags bounds the tag set (the tag index is a byte).
const maxWordTags = 255

type posModel struct {
	tags   []string
	bias   []byte  // nTags × int16
	prev   []int32 // (nTags+1) × nTags, decoded once at Open (a few KB)
	slots  []byte
	pairs  []byte
	nSlots uint32
	words  []byte // the tag dictionary
	nWords uint32
}

func (p *posModel) open(data []byte) error {
	if len(data) < 16 {
		return errors.New("segtag: word tagger missing")
	}
	nTags := int(binary.LittleEndian.Uint32(data))
	p.nSlots = binary.LittleEndian.Uint32(data[4:])
	nPairs := int(binary.LittleEndian.Uint32(data[8:]))
	p.nWords = binary.LittleEndian.Uint32(data[12:])
	if nTags == 0 || nTags > maxWordTags || p.nSlots == 0 || p.nSlots > 1<<28 || p.nWords == 0 || p.nWords > 1<<28 {
		return errors.New("segtag: word tagger header out of range")
	}
	rest := data[16:]
	p.tags = make([]string, 0, nTags)
	for range nTags {
		if len(rest) == 0 || int(rest[0]) >= len(rest) {
			return errors.New("segtag: word tagger tags truncated")
		}
		p.tags = append(p.tags, string(rest[1:1+rest[0]]))
		rest = rest[1+rest[0]:]
	}
	take := func(n int) ([]byte, error) {
		if n > len(rest) {
			return nil, errors.New("segtag: word tagger truncated")
		}
		b := rest[:n:n]
		rest = rest[n:]
		return b, nil
	}
	prev, err := take(2 * (nTags + 1) * nTags)
	if err != nil {
		return err
	}
	p.prev = make([]int32, (nTags+1)*nTags)
	for k := range p.prev {
		p.prev[k] = int32(int16(binary.LittleEndian.Uint16(prev[2*k:])))
	}
	if p.slots, err = take(8 * int(p.nSlots)); err != nil {
		return err
	}
	if p.pairs, err = take(4 * nPairs); err != nil {
		return err
	}
	if p.words, err = take(8 * int(p.nWords)); err != nil {
		return err
	}
	if len(rest) != 0 {
		return fmt.Errorf("segtag: %d bytes after the word tagger", len(rest))
	}
	for k := 0; k < len(p.slots); k += 8 {
		if binary.LittleEndian.Uint32(p.slots[k:]) == 0 {
			continue
		}
		v := binary.LittleEndian.Uint32(p.slots[k+4:])
		if first, count := int(v>>8), int(v&0xFF); first+count > nPairs {
			return errors.New("segtag: word tagger weights out of range")
		}
	}
	for k := 0; k < len(p.pairs); k += 4 {
		if int(binary.LittleEndian.Uint32(p.pairs[k:])>>16) >= nTags {
			return errors.New("segtag: word tagger tag out of range")
		}
	}
	for k := 0; k < len(p.words); k += 8 {
		if binary.LittleEndian.Uint32(p.words[k:]) != 0 && int(binary.LittleEndian.Uint32(p.words[k+4:])) >= nTags {
			return errors.New("segtag: tag dictionary tag out of range")
		}
	}
	return nil
}

// mix64 is splitmix64's finalizer.
func mix64(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// hashRunes hashes a string of characters (FNV-1a over the code points,
// then mixed).
func hashRunes(rs []rune) uint64 {
	h := uint64(14695981039346656037)
	for _, r := range rs {
		h ^= uint64(r)
		h *= 1099511628211
	}
	return mix64(h)
}

// hashString hashes a string the way hashRunes hashes its code points.
func hashString(s string) uint64 {
	h := uint64(14695981039346656037)
	for _, r := range s {
		h ^= uint64(r)
		h *= 1099511628211
	}
	return mix64(h)
}

// posKey combines a template and two values into a feature key.
func posKey(t int, a, b uint64) uint64 {
	return mix64(mix64(uint64(t)*0x9E3779B97F4A7C15^a) ^ b)
}

// wordInfo is what the word features read of one word.
type wordInfo struct {
	h     uint64 // hash of the word
	dict  uint64 // hash of the dictionary's tag ("" when none)
	first uint32 // character ids of the first and last characters
	last  uint32
	pre2  uint64
	suf2  uint64
	shape uint64
	n     int
}

// boundWord stands before the first and after the last word.
var boundWord = wordInfo{h: 0x5bd1e9955bd1e995, dict: 0x1b873593, first: idBound, last: idBound}

// describe fills the word information of words (lengths in characters of
// text) with their dictionary tags; ids and classes are the character ids
// and classes of text.
func describe(text []rune, ids []uint32, classes []uint8, words []int, dictTags []string, out []wordInfo) []wordInfo {
	out = out[:0]
	pos := 0
	for i, n := range words {
		a, b := pos, pos+n
		pos = b
		out = append(out, describeWord(ids[a:b], classes[a:b], hashRunes(text[a:b]), hashString(dictTags[i])))
	}
	return out
}

// describeWord returns the information of the word whose characters have
// the ids and classes given, h its hash and dict its dictionary tag's.
func describeWord(ids []uint32, classes []uint8, h, dict uint64) wordInfo {
	n := len(ids)
	wi := wordInfo{h: h, dict: dict, first: ids[0], last: ids[n-1], n: min(n, 5)}
	if n >= 2 {
		wi.pre2 = mix64(uint64(ids[0])<<32 | uint64(ids[1]))
		wi.suf2 = mix64(uint64(ids[n-2])<<32 | uint64(ids[n-1]))
	}
	var shape uint64
	prev := uint8(255)
	for _, c := range classes {
		if c != prev {
			shape = shape*uint64(numClasses) + uint64(c) + 1
			prev = c
		}
	}
	wi.shape = shape
	return wi
}

// wordKeys appends the hashed feature keys of word i (not the previous-tag
// and bias features, which are dense) given the previous tags: those of the
// word alone, then those of its context.
func wordKeys(ws []wordInfo, i int, prev1, prev2 int, keys []uint64) []uint64 {
	return contextKeys(ws, i, prev1, prev2, ownKeys(&ws[i], keys))
}

// ownKeys appends the keys of the features of w alone (with its dictionary
// tag): the same wherever w stands, so a Tagger caches their sum.
func ownKeys(w *wordInfo, keys []uint64) []uint64 {
	n := uint64(w.n)
	keys = append(keys,
		posKey(pW0, w.h, 0),
		posKey(pFirst, uint64(w.first), n),
		posKey(pLast, uint64(w.last), n),
		posKey(pDict, w.dict, 0),
		posKey(pShape, w.shape, n),
	)
	if w.n >= 2 {
		keys = append(keys, posKey(pPre2, w.pre2, 0), posKey(pSuf2, w.suf2, 0))
	}
	return keys
}

// contextKeys appends the keys of the features of word i's context.
func contextKeys(ws []wordInfo, i int, prev1, prev2 int, keys []uint64) []uint64 {
	w := &ws[i]
	wm1, wp1 := &boundWord, &boundWord
	if i > 0 {
		wm1 = &ws[i-1]
	}
	if i+1 < len(ws) {
		wp1 = &ws[i+1]
	}
	return append(keys,
		posKey(pWm1, wm1.h, 0),
		posKey(pWp1, wp1.h, 0),
		posKey(pW0Wp1, w.h, wp1.h),
		posKey(pDictNb, wm1.dict^mix64(w.dict), mix64(wp1.dict)),
		posKey(pPrev2, uint64(prev1), uint64(prev2)),
	)
}

// fingerprint is the part of a 64-bit key a table stores (never 0).
func fingerprint(key uint64) uint32 {
	if fp := uint32(key); fp != 0 {
		return fp
	}
	return 1
}

// dictTag returns the tag the tag dictionary gives the word hashed h.
func (p *posModel) dictTag(h uint64) (int, bool) {
	off := find(p.words, p.nWords, 8, fingerprint(h))
	if off < 0 {
		return 0, false
	}
	return int(binary.LittleEndian.Uint32(p.words[off+4:])), true
}
