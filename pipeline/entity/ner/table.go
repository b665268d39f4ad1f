package ner

import (
	"fmt"
	"math/bits"
	"slices"
)

// hashTable is a static open-addressing table whose slots are single
// uint64 words: a well-mixed key (never 0) in the high 64−valBits bits and
// its value in the low valBits bits; 0 marks an empty slot. A look-up probes
// linearly from the slot the key picks, so it costs one cache miss, and the
// slots are laid out as they are stored in a model file, so a loaded model
// reads them in place.
//
// The table is ordered (Amble and Knuth's ordered hash table, the layout
// Robin Hood placement gives): newHashTable inserts the keys in increasing
// order, and a key's home slot grows with the key, so every key a probe
// passes on its way to a present key is smaller than it. A probe therefore
// stops at the first larger key as well as at an empty slot: an absent key
// costs about as many probes as a present one (about 2 at maxLoad rather
// than 6).
type hashTable struct {
	slots   []uint64
	valBits uint
	bloom   []uint64 // a Bloom filter of the keys, or nil
}

// A table's Bloom filter answers most look-ups of absent keys without
// touching the slots: bloomBitsPerKey bits per key, and a key's three bits
// in one word of the filter (a blocked Bloom filter), so that a test reads
// one word and needs no division; about one absent key in twenty gets
// through.
const bloomBitsPerKey = 8

// bloomAt holds where a key stands in a table's Bloom filter: the word
// and the mask of its bits in that word.
type bloomAt struct {
	word int
	mask uint64
}

// bloomOf returns where key stands in a filter of n words (n > 0).
func bloomOf(key uint64, n int) bloomAt {
	h := key * 0x9e3779b97f4a7c15
	w, _ := bits.Mul64(h, uint64(n))
	return bloomAt{int(w), 1<<(h>>40&63) | 1<<(h>>46&63) | 1<<(h>>52&63)}
}

// inBloom reports whether b's bits are all set in bloom, or bloom is empty
// (a table without a filter): hashTable.getAt's test.
func inBloom(bloom []uint64, b bloomAt) bool {
	return len(bloom) == 0 || bloom[b.word]&b.mask == b.mask
}

// newBloom returns the Bloom filter of t's keys.
func newBloom(t *hashTable) []uint64 {
	words := (t.len()*bloomBitsPerKey + 63) / 64
	if words == 0 {
		return nil
	}
	bloom := make([]uint64, words)
	for _, s := range t.slots {
		if s != 0 {
			b := bloomOf(s>>t.valBits, words)
			bloom[b.word] |= b.mask
		}
	}
	return bloom
}

// Value widths of the model's tables.
const (
	pairValBits = 32 // first row << pairRowShift | lexicon value << pairLexShift | mask of the pair templates present
	skipValBits = 32 // row
	triValBits  = 16 // row
	lexValBits  = 8  // label bits and lexPrefix
)

// A pair value: the mask of the pair templates present (bits 0–3), the
// lexicon value of the pair's two-character word key (bits 4–11, 0: not a
// key; see assemble) and the first of its rows (bits 12–31).
const (
	pairMask     = 1<<4 - 1
	pairLexShift = 4
	pairLexBits  = 8
	pairRowShift = pairLexShift + pairLexBits
)

// maxLoad is the largest share of used slots.
const maxLoad = 0.7

// tableSize returns the number of slots for n keys.
func tableSize(n int) int {
	if n == 0 {
		return 0
	}
	return int(float64(n)/maxLoad) + 1
}

// home returns the first slot to probe for key.
func (t *hashTable) home(key uint64) int {
	hi, _ := bits.Mul64(key<<t.valBits, uint64(len(t.slots)))
	return int(hi)
}

// get returns the value of key (a mixed key of 64−valBits bits).
func (t *hashTable) get(key uint64) (uint64, bool) {
	var b bloomAt
	if len(t.bloom) != 0 {
		b = bloomOf(key, len(t.bloom))
	}
	return t.getAt(key, b)
}

// getAt is get for a key whose Bloom filter place (bloomOf, when the
// table has a filter) are b.
func (t *hashTable) getAt(key uint64, b bloomAt) (uint64, bool) {
	n := len(t.slots)
	if n == 0 {
		return 0, false
	}
	if !inBloom(t.bloom, b) {
		return 0, false
	}
	for i := t.home(key); ; {
		s := t.slots[i]
		if k := s >> t.valBits; k >= key {
			if k == key {
				return s & (1<<t.valBits - 1), true
			}
			return 0, false // a larger key: key would stand before it
		}
		if s == 0 {
			return 0, false
		}
		if i++; i == n {
			i = 0
		}
	}
}

// getLong is get without the ordered table's early stop: the probe of a
// plain linear-probing table, which ends only at key or at an empty slot.
// Tests compare get with it.
func (t *hashTable) getLong(key uint64) (uint64, bool) {
	n := len(t.slots)
	if n == 0 {
		return 0, false
	}
	for i := t.home(key); ; {
		s := t.slots[i]
		if s>>t.valBits == key {
			return s & (1<<t.valBits - 1), true
		}
		if s == 0 {
			return 0, false
		}
		if i++; i == n {
			i = 0
		}
	}
}

// len returns the number of keys.
func (t *hashTable) len() int {
	n := 0
	for _, s := range t.slots {
		if s != 0 {
			n++
		}
	}
	return n
}

// newHashTable builds a table of the given keys (of 64−valBits bits, not
// 0) and values (of valBits bits). The result depends only on the pairs.
func newHashTable(kv map[uint64]uint64, valBits uint) (*hashTable, error) {
	keys := make([]uint64, 0, len(kv))
	for k, v := range kv {
		if k == 0 || k>>(64-valBits) != 0 || v>>valBits != 0 {
			return nil, fmt.Errorf("ner: hash table entry %#x → %#x out of range", k, v)
		}
		keys = append(keys, k)
	}
	slices.Sort(keys)
	t := &hashTable{slots: make([]uint64, tableSize(len(keys))), valBits: valBits}
	for _, k := range keys {
		i := t.home(k)
		for t.slots[i] != 0 {
			if i++; i == len(t.slots) {
				i = 0
			}
		}
		t.slots[i] = k<<valBits | kv[k]
	}
	return t, nil
}

// entries returns the table's pairs as a map.
func (t *hashTable) entries() map[uint64]uint64 {
	kv := make(map[uint64]uint64, len(t.slots))
	for _, s := range t.slots {
		if s != 0 {
			kv[s>>t.valBits] = s & (1<<t.valBits - 1)
		}
	}
	return kv
}

// check verifies that the table has an empty slot, so that get ends on
// any key, whatever bytes a model file held.
func (t *hashTable) check() error {
	if len(t.slots) == 0 || slices.Contains(t.slots, 0) {
		return nil
	}
	return fmt.Errorf("hash table without an empty slot")
}

// mix32 and mix48 are bijections on 32- and 48-bit keys (murmur3's and
// splitmix64's finalizers, cut to width): exact keys of character numbers
// become well-spread table keys, and the table stores no plain n-grams.
func mix32(h uint32) uint32 {
	h ^= h >> 16
	h *= 0x85ebca6b
	h ^= h >> 13
	h *= 0xc2b2ae35
	h ^= h >> 16
	return h
}

const mask48 = 1<<48 - 1

func mix48(h uint64) uint64 {
	h ^= h >> 24
	h = h * 0xbf58476d1ce4e5b9 & mask48
	h ^= h >> 23
	h = h * 0x94d049bb133111eb & mask48
	h ^= h >> 24
	return h
}
