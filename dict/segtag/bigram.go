package segtag

import (
	"cmp"
	"encoding/binary"
	"slices"
)

// The character tagger's two hash tables (layout 4): the pair table (the
// weights of the four bigram templates of each character bigram) and the
// skip table (tSkip). Both are made of buckets of 32 bytes that hold their
// keys with their weights. The file pads each table to a multiple of 64
// bytes from its start, and the linker places a large embedded file on a
// 32-byte boundary, so a bucket never straddles two cache lines: a key
// found in its home bucket costs one line, where layout 3 read a line of
// keys and then a row of weights (rows of 32 bytes, at any offset).
// (Buckets of 64 bytes measured worse: the embedded model starts 32 bytes
// past a line in our binaries, so each of them straddled two lines.)
//
// A key's home bucket is hashSlot(key, buckets). A key goes to the first
// bucket from its home with a free entry, the keys taken from the most to
// the least frequent in the training data (then in ascending order), so
// that the frequent bigrams sit in their home buckets; each
// bucket it passes on the way records it in a small filter (a bit chosen
// by a second hash of the key, passBit), so that a look-up stops at the
// first bucket whose filter lacks its bit: a key absent from the table
// mostly costs its home bucket alone, even where that bucket overflowed.
//
// Pair bucket: one row of four uint64 words (tBiL2, tBiL1, tBiR1, tBiR2),
// each word four lanes of 16 bits (labels B, M, E, S). A lane holds
// weight + pairBias in its low 14 bits; the top two bits of the sixteen
// lanes hold the bucket's tag, 32 bits: the pair key a<<14 | b in bits
// 0-27, tagOccupied, and the filter in bits 29-31 (one of three bits a
// key).
//
// Skip bucket: the uint32 filter (one of 32 bits a key), two uint32 keys
// (the tSkip keys, never 0; 0: empty), four bytes of zeros, then two rows
// of four uint16 weights + weightBias at offset 16.

const (
	bucketSize  = 32
	pairRowSize = 32
	// pairBias is the bias of a pair weight, which must lie within
	// ±(pairBias-1).
	pairBias     = 1 << 13
	pairLaneMask = 0x3FFF3FFF3FFF3FFF
	tagOccupied  = 1 << 28
	tagFilter    = 7 << 29
	skipPerLine  = 2
	skipRowsAt   = 16
	skipRowSize  = 8
)

// pairBucketCount and skipBucketCount are the bucket counts of the tables
// for n keys: the pair table 60% full, the skip table 70%.
func pairBucketCount(n int) uint32 { return uint32(n*5/3 + 1) }
func skipBucketCount(n int) uint32 { return uint32(n*5/7 + 1) }

// gather8 collects the top two bits of the four lanes of v.
func gather8(v uint64) uint32 {
	return uint32(v>>14&3 | v>>28&0xC | v>>42&0x30 | v>>56&0xC0)
}

// spread8 is the inverse of gather8: the bits of the byte t at the top of
// the lanes, two a lane (the four shifted copies of t that the product
// makes do not overlap, so nothing carries).
func spread8(t uint32) uint64 {
	return uint64(t) * (1<<14 | 1<<28 | 1<<42 | 1<<56) & tagBits
}

// pairTag returns the tag of the pair row at table[off:].
func pairTag(table []byte, off int) uint32 {
	b := table[off : off+pairRowSize]
	return gather8(binary.LittleEndian.Uint64(b)) |
		gather8(binary.LittleEndian.Uint64(b[8:]))<<8 |
		gather8(binary.LittleEndian.Uint64(b[16:]))<<16 |
		gather8(binary.LittleEndian.Uint64(b[24:]))<<24
}

// findPair returns the offset of the row of key (a<<14 | b) in the pair
// table of n buckets, -1 when it is absent. It compares the top bits of
// the row's lanes with the tag spread as the row holds it (spread8) rather
// than gathering the row's tag (pairTag), which is the same test in fewer
// instructions.
func findPair(table []byte, n uint32, key uint32) int32 {
	want := key | tagOccupied
	s0, s1, s2, s3 := spread8(want&0xFF), spread8(want>>8&0xFF), spread8(want>>16&0xFF), spread8(want>>24)
	pass := spread8(pairPassBit(key) >> 24)
	j := hashSlot(key, n)
	for range n {
		off := int(j) * bucketSize
		b := table[off : off+bucketSize]
		v0, v1 := binary.LittleEndian.Uint64(b), binary.LittleEndian.Uint64(b[8:])
		v2, v3 := binary.LittleEndian.Uint64(b[16:]), binary.LittleEndian.Uint64(b[24:])
		d := ((v0 ^ s0) | (v1 ^ s1) | (v2 ^ s2) | (v3^s3)&^filterBits) & tagBits
		if d == 0 {
			return int32(off)
		}
		if v3&pass == 0 {
			return -1
		}
		if j++; j == n {
			j = 0
		}
	}
	return -1 // (a damaged table: every bucket marked)
}

// tagBits are the bits of a row's words that hold its tag; filterBits are
// those of the fourth word that hold tagFilter.
const (
	tagBits    = 0xC000C000C000C000
	filterBits = 1<<47 | 1<<62 | 1<<63
)

// passHash is a second hash of a key, for the filters of the buckets it
// passes.
func passHash(key uint32) uint32 { return key * 0x85EBCA77 }

// pairPassBit is the bit of the pair table's filter (tagFilter) that
// records key.
func pairPassBit(key uint32) uint32 {
	return 1 << (29 + uint64(passHash(key))*3>>32)
}

// skipPassBit is the bit of the skip table's filter that records key.
func skipPassBit(key uint32) uint32 { return 1 << (passHash(key) >> 27) }

// findSkip returns the offset of the row of key in the skip table of n
// buckets, -1 when it is absent.
func findSkip(table []byte, n uint32, key uint32) int32 {
	pass := skipPassBit(key)
	j := hashSlot(key, n)
	for range n {
		bk := table[int(j)*bucketSize : int(j+1)*bucketSize]
		for k := range skipPerLine {
			if binary.LittleEndian.Uint32(bk[4+4*k:]) == key {
				return int32(int(j)*bucketSize + skipRowsAt + skipRowSize*k)
			}
		}
		if binary.LittleEndian.Uint32(bk)&pass == 0 {
			return -1
		}
		if j++; j == n {
			j = 0
		}
	}
	return -1
}

// findPairs sets out[k] to findPair(table, n, keys[k]) for every k; home
// is scratch (len(keys)). The home buckets of all the keys are read first,
// in a loop whose loads do not wait for one another, so that their cache
// misses overlap; then each probe goes on from there.
func findPairs(table []byte, n uint32, keys []uint32, home []uint32, out []int32) {
	home = home[:len(keys)]
	out = out[:len(keys)]
	for k, key := range keys {
		home[k] = binary.LittleEndian.Uint32(table[bucketSize*hashSlot(key, n):])
	}
	for k, key := range keys {
		out[k] = findPair(table, n, key)
	}
}

// findSkips is findPairs for the skip table.
func findSkips(table []byte, n uint32, keys []uint32, home []uint32, out []int32) {
	home = home[:len(keys)]
	out = out[:len(keys)]
	for k, key := range keys {
		home[k] = binary.LittleEndian.Uint32(table[bucketSize*hashSlot(key, n):])
	}
	for k, key := range keys {
		out[k] = findSkip(table, n, key)
	}
}

// placeKeys assigns each of keys (in that order) an entry of a table of n
// buckets of per entries: it returns the entry index of each key (bucket
// × per + entry) and the filter of each bucket, the union of bit(key) for
// the keys that passed it.
func placeKeys(keys []uint32, n uint32, per int, bit func(uint32) uint32) (at []int, passed []uint32) {
	used := make([]int, n)
	passed = make([]uint32, n)
	at = make([]int, len(keys))
	for i, key := range keys {
		j := hashSlot(key, n)
		for used[j] == per {
			passed[j] |= bit(key)
			if j++; j == n {
				j = 0
			}
		}
		at[i] = int(j)*per + used[j]
		used[j]++
	}
	return at, passed
}

// buildPairTable lays out the pair table of n buckets for rows, the
// sixteen biased weights (below 1<<14) of each pair key, placing the keys
// in the order of freq (see byFrequency).
func buildPairTable(rows map[uint32]*[16]uint16, n uint32, freq map[uint32]int64) []byte {
	keys := byFrequency(rows, freq)
	at, passed := placeKeys(keys, n, 1, pairPassBit)
	table := make([]byte, int(n)*bucketSize)
	for i, key := range keys {
		tag := key | tagOccupied | passed[at[i]]
		putPairRow(table[at[i]*bucketSize:], rows[key], tag)
	}
	return table
}

// putPairRow writes a row of sixteen biased weights with its tag.
func putPairRow(b []byte, ws *[16]uint16, tag uint32) {
	for w := range 4 {
		var v uint64
		for l := range 4 {
			v |= uint64(ws[4*w+l]) << (16 * l)
		}
		v |= spread8(tag >> (8 * w) & 0xFF)
		binary.LittleEndian.PutUint64(b[8*w:], v)
	}
}

// buildSkipTable lays out the skip table of n buckets for rows, the four
// biased weights of each tSkip key, placing the keys in the order of freq.
func buildSkipTable(rows map[uint32][numLabels]uint16, n uint32, freq map[uint32]int64) []byte {
	keys := byFrequency(rows, freq)
	at, passed := placeKeys(keys, n, skipPerLine, skipPassBit)
	table := make([]byte, int(n)*bucketSize)
	for j, f := range passed {
		binary.LittleEndian.PutUint32(table[j*bucketSize:], f)
	}
	for i, key := range keys {
		bk := table[at[i]/skipPerLine*bucketSize:]
		k := at[i] % skipPerLine
		binary.LittleEndian.PutUint32(bk[4+4*k:], key)
		for l, w := range rows[key] {
			binary.LittleEndian.PutUint16(bk[skipRowsAt+skipRowSize*k+2*l:], w)
		}
	}
	return table
}

// byFrequency returns the keys of m from the most to the least frequent
// (freq), ties in ascending order.
func byFrequency[V any](m map[uint32]V, freq map[uint32]int64) []uint32 {
	keys := sortedKeys(m)
	slices.SortStableFunc(keys, func(a, b uint32) int { return cmp.Compare(freq[b], freq[a]) })
	return keys
}

func sortedKeys[V any](m map[uint32]V) []uint32 {
	keys := make([]uint32, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
