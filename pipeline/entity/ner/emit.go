package ner

import (
	"encoding/binary"
	"math/bits"
	"slices"
	"unsafe"
)

// wrow is one row of weights, one per tag, as the model file stores it.
type wrow = [numTags]int16

// zeroRow stands for a feature the model does not have, so that every
// position adds the same number of rows, without branches.
var zeroRow wrow

// rowsPerPos is the number of int16 rows emissions adds at each position:
// five unigrams, four adjacent pairs, the skip bigram and the trigram.
const rowsPerPos = 5 + 4 + 1 + 1

// Sums of int16 rows in 32-bit lanes of uint64 words ("SIMD within a
// register"): a row's weights are read four at a time, flipped to biased
// form (w + 2^15, in 0…65535) by toggling each lane's sign bit, and spread
// into two words of two 32-bit lanes. A lane then sums at most rowsPerPos
// values below 2^16, so no carry crosses into the next lane, and the
// exact signed sum is the lane minus rowsPerPos × 2^15.
const (
	laneMask = 0x0000ffff0000ffff
	signBits = 0x8000800080008000
	laneBias = rowsPerPos << 15
)

// addLo and addHi add the weights of w to the lane sums (of rowsPerPos
// rows at most): addLo those of tags 0 and 2, 1 and 3, 4 and 6, 5 and 7;
// addHi those of tags 8 and 10, 9 and 11, and 12 alone.
func addLo(a0, a1, a2, a3 uint64, w *wrow) (uint64, uint64, uint64, uint64) {
	b := (*[2 * numTags]byte)(unsafe.Pointer(w))
	x0 := binary.LittleEndian.Uint64(b[0:]) ^ signBits
	x1 := binary.LittleEndian.Uint64(b[8:]) ^ signBits
	return a0 + x0&laneMask, a1 + x0>>16&laneMask, a2 + x1&laneMask, a3 + x1>>16&laneMask
}

func addHi(a4, a5, a6 uint64, w *wrow) (uint64, uint64, uint64) {
	b := (*[2 * numTags]byte)(unsafe.Pointer(w))
	x2 := binary.LittleEndian.Uint64(b[16:]) ^ signBits
	x3 := uint64(binary.LittleEndian.Uint16(b[24:]) ^ 0x8000)
	return a4 + x2&laneMask, a5 + x2>>16&laneMask, a6 + x3
}

// emissions sums, for each of the n positions prepared in s, the weights of
// its 16 features into s.em: the bias, five unigrams, four adjacent pairs,
// the skip bigram, the class and character trigrams and three lexicon
// flags, exactly as emissionsRef does. Dense tables need no look-up; each
// adjacent pair is looked up once for the four positions that see it. The
// look-ups run in loops of their own (lookups), ahead of the sums, so that
// their cache misses overlap; they leave a row pointer for every feature
// (zeroRow when the model lacks it), and the sums add eleven int16 rows per
// position in lanes of machine words. Tag computes the keys and asks for
// the table words (keys, prefetchTables) a sentence ahead; emissions does
// what it finds not done.
func (m *Model) emissions(s *scratch, n int) {
	if !littleEndian {
		m.emissionsRef(s, n)
		return
	}
	if !s.keyed {
		m.keys(s, n)
	}
	if !s.prefetched {
		s.sink = m.touchTables(s, n)
	}
	m.lookups(s, n)
	// The rows the sums add are asked for before the lexicon flags are
	// found, so that their misses overlap with that work; where prefetch
	// does nothing, they are read ahead in a loop of their own.
	if canPrefetch {
		prefetchRows(s.pr[:4*(n+3)])
		prefetchRows(s.xr[:2*n])
	}
	m.lexFlags(s, n)
	if !canPrefetch {
		s.sink += touchRows(s.pr[:4*(n+3)]) + touchRows(s.xr[:2*n])
	}
	m.sums(s, n)
}

// keys computes the table keys of the n positions prepared in s: the pair
// key of each adjacent pair of character numbers, and the skip-bigram and
// trigram keys of each position with their places in the Bloom filters. Keys of
// unknown characters (number 0) are computed too, but never looked up.
func (m *Model) keys(s *scratch, n int) {
	ids := s.ids[:n+4]
	pk := s.pk[:n+3]
	for j := range pk {
		pk[j] = pairKey(ids[j], ids[j+1])
	}
	sk, tk := s.sk[:n], s.tk[:n]
	for i := range n {
		sk[i] = pairKey(ids[i+1], ids[i+3])
		tk[i] = triKey(ids[i+1], ids[i+2], ids[i+3])
	}
	if w := len(m.skips.bloom); w != 0 {
		sb := s.sb[:n]
		for i, k := range sk {
			sb[i] = bloomOf(k, w)
		}
	}
	if w := len(m.tris.bloom); w != 0 {
		tb := s.tb[:n]
		for i, k := range tk {
			tb[i] = bloomOf(k, w)
		}
	}
	s.keyed = true
}

// lookups sets the row pointers of the n positions prepared and keyed in
// s: s.pr, the rows of the four pair templates by adjacent pair, and s.xr,
// the skip-bigram and trigram rows by position (zeroRow where the model
// lacks the feature).
func (m *Model) lookups(s *scratch, n int) {
	ids := s.ids[:n+4]
	pk := s.pk[:n+3]
	pr := s.pr[:4*(n+3)]
	pl := s.pl[:n+3]
	pairs := m.pairs.slots // the pair table has no Bloom filter
	nrows := len(m.pairRows) / numTags
	rows := unsafe.Pointer(unsafe.SliceData(m.pairRows))
	const rowBytes = 2 * numTags
	for j := range n + 3 {
		p := (*[4]*wrow)(pr[4*j : 4*j+4])
		p[0], p[1], p[2], p[3] = &zeroRow, &zeroRow, &zeroRow, &zeroRow
		pl[j] = 0
		if a, b := ids[j], ids[j+1]; a != 0 && b != 0 && len(pairs) != 0 {
			if v, ok := probe(pairs, pk[j], pairValBits); ok {
				pl[j] = uint8(v >> pairLexShift)
				// The rows of the templates present follow each other
				// from the first (none for a pair only the lexicon put
				// there). They are chosen without a branch on the mask,
				// which no predictor can guess: conditional moves, over
				// row numbers clamped to the last row (Decode's check
				// keeps the first row plus the number present within
				// the rows, so every pointer made lies in them).
				if v&pairMask != 0 {
					r, last := int(v>>pairRowShift), nrows-1
					b0, b1, b2 := int(v&1), int(v>>1&1), int(v>>2&1)
					at := func(i int) *wrow { return (*wrow)(unsafe.Add(rows, min(i, last)*rowBytes)) }
					p[0] = pick(b0, at(r), &zeroRow)
					p[1] = pick(b1, at(r+b0), &zeroRow)
					p[2] = pick(b2, at(r+b0+b1), &zeroRow)
					p[3] = pick(int(v>>3&1), at(r+b0+b1+b2), &zeroRow)
				}
			}
		}
	}
	xr := s.xr[:2*n]
	sk, tk, sb, tb := s.sk[:n], s.tk[:n], s.sb[:n], s.tb[:n]
	skips, skipBloom := m.skips.slots, m.skips.bloom
	tris, triBloom := m.tris.slots, m.tris.bloom
	for i := range n {
		x := (*[2]*wrow)(xr[2*i : 2*i+2])
		x[0], x[1] = &zeroRow, &zeroRow
		m1, c0, p1 := ids[i+1], ids[i+2], ids[i+3]
		if m1 == 0 || p1 == 0 {
			continue
		}
		if len(skips) != 0 && inBloom(skipBloom, sb[i]) {
			if r, ok := probe(skips, sk[i], skipValBits); ok {
				x[0] = row(m.skipRows, int(r))
			}
		}
		if c0 != 0 && len(tris) != 0 && inBloom(triBloom, tb[i]) {
			if r, ok := probe(tris, tk[i], triValBits); ok {
				x[1] = row(m.triRows, int(r))
			}
		}
	}
}

// pick returns a if bit is 1, else b (a conditional move).
func pick(bit int, a, b *wrow) *wrow {
	if bit != 0 {
		return a
	}
	return b
}

// probe is hashTable.getAt's search after the Bloom filter, for a table of
// slots (not empty) whose values have valBits bits: a constant at each
// call, so that the shifts and masks are too. It stops at the first key
// not below key (the table is ordered; see hashTable).
func probe(slots []uint64, key uint64, valBits uint) (uint64, bool) {
	hi, _ := bits.Mul64(key<<valBits, uint64(len(slots)))
	for i := int(hi); ; {
		s := slots[i]
		if k := s >> valBits; k >= key {
			if k == key {
				return s & (1<<valBits - 1), true
			}
			return 0, false
		}
		if s == 0 {
			return 0, false
		}
		if i++; i == len(slots) {
			i = 0
		}
	}
}

// sums adds up the rows that lookups found, with the dense features, into
// s.em (see emissions): in AVX2 instructions where the processor has them,
// else in lanes of machine words (sumsGo). Both give the int32 sums of
// emissionsRef.
func (m *Model) sums(s *scratch, n int) {
	if !hasAVX2 || n == 0 {
		m.sumsGo(s, n)
		return
	}
	em, ids, pr, xr, cls, lf := s.em[:n*numTags], s.ids[:n+4], s.pr[:4*(n+3)], s.xr[:2*n], s.cls[:n+2], s.lf[:n]
	sumsAVX2(&em[0], n, &ids[0], &pr[0], &xr[0], &cls[0], &lf[0], &m.uni[0], &m.classBias[0], &m.lexRows[0])
}

// sumsGo is sums in lanes of machine words.
func (m *Model) sumsGo(s *scratch, n int) {
	ids := s.ids[:n+4]
	pr, xr := s.pr[:4*(n+3)], s.xr[:2*n]
	uni := m.uni
	for i := range n {
		w := ids[i : i+5 : i+5]
		p := pr[4*i : 4*i+16 : 4*i+16]
		x := xr[2*i : 2*i+2 : 2*i+2]
		u0, u1, u2, u3, u4 := row(uni, int(w[0])*5), row(uni, int(w[1])*5+1), row(uni, int(w[2])*5+2), row(uni, int(w[3])*5+3), row(uni, int(w[4])*5+4)
		var a0, a1, a2, a3, a4, a5, a6 uint64
		a0, a1, a2, a3 = addLo(a0, a1, a2, a3, u0)
		a4, a5, a6 = addHi(a4, a5, a6, u0)
		a0, a1, a2, a3 = addLo(a0, a1, a2, a3, u1)
		a4, a5, a6 = addHi(a4, a5, a6, u1)
		a0, a1, a2, a3 = addLo(a0, a1, a2, a3, u2)
		a4, a5, a6 = addHi(a4, a5, a6, u2)
		a0, a1, a2, a3 = addLo(a0, a1, a2, a3, u3)
		a4, a5, a6 = addHi(a4, a5, a6, u3)
		a0, a1, a2, a3 = addLo(a0, a1, a2, a3, u4)
		a4, a5, a6 = addHi(a4, a5, a6, u4)
		a0, a1, a2, a3 = addLo(a0, a1, a2, a3, p[0])
		a4, a5, a6 = addHi(a4, a5, a6, p[0])
		a0, a1, a2, a3 = addLo(a0, a1, a2, a3, p[5])
		a4, a5, a6 = addHi(a4, a5, a6, p[5])
		a0, a1, a2, a3 = addLo(a0, a1, a2, a3, p[10])
		a4, a5, a6 = addHi(a4, a5, a6, p[10])
		a0, a1, a2, a3 = addLo(a0, a1, a2, a3, p[15])
		a4, a5, a6 = addHi(a4, a5, a6, p[15])
		a0, a1, a2, a3 = addLo(a0, a1, a2, a3, x[0])
		a4, a5, a6 = addHi(a4, a5, a6, x[0])
		a0, a1, a2, a3 = addLo(a0, a1, a2, a3, x[1])
		a4, a5, a6 = addHi(a4, a5, a6, x[1])
		c := s.cls[i : i+3 : i+3]
		cb := row32(m.classBias, int(c[0])*81+int(c[1])*9+int(c[2]))
		lx := row32(m.lexRows, int(s.lf[i]&(lexRowsN-1)))
		e := (*[numTags]int32)(s.em[i*numTags : i*numTags+numTags])
		lane := func(a uint64, t int) int32 { return int32(uint32(a)) - laneBias + cb[t] + lx[t] }
		e[0], e[2] = lane(a0, 0), lane(a0>>32, 2)
		e[1], e[3] = lane(a1, 1), lane(a1>>32, 3)
		e[4], e[6] = lane(a2, 4), lane(a2>>32, 6)
		e[5], e[7] = lane(a3, 5), lane(a3>>32, 7)
		e[8], e[10] = lane(a4, 8), lane(a4>>32, 10)
		e[9], e[11] = lane(a5, 9), lane(a5>>32, 11)
		e[12] = lane(a6, 12)
	}
}

// Touching ahead. A look-up whose table word misses the cache stalls the
// branches that test it, so look-ups in a row would wait for their misses
// one after another. touchTables and touchRows first read, in loops
// without a branch on what they read, every word the look-ups and sums of
// a sentence will need (table slots, Bloom filter words, unigram blocks,
// rows), so that the misses overlap; what they read is only summed into
// scratch.sink, which nothing uses.

// touchTables reads the home slots and Bloom filter words of the pair,
// skip-bigram and trigram keys of the n positions keyed in s, and the
// unigram block of each character.
func (m *Model) touchTables(s *scratch, n int) uint64 {
	var sum uint64
	if t := &m.pairs; len(t.slots) != 0 {
		for _, k := range s.pk[:n+3] {
			sum += t.slots[t.home(k)]
		}
	}
	if t := &m.skips; len(t.slots) != 0 && len(t.bloom) != 0 {
		for i, k := range s.sk[:n] {
			sum += t.touch(k, s.sb[i])
		}
	}
	if t := &m.tris; len(t.slots) != 0 && len(t.bloom) != 0 {
		for i, k := range s.tk[:n] {
			sum += t.touch(k, s.tb[i])
		}
	}
	uni := m.uni
	const block = 5 * numTags
	for _, id := range s.ids[2 : n+2] {
		b := uni[int(id)*block : int(id)*block+block]
		sum += uint64(b[0]) + uint64(b[32]) + uint64(b[block-1])
	}
	return sum
}

// prefetchTables asks for the lines that touchTables reads, for the n
// positions keyed in s, without waiting: Tag issues it for the next
// sentence before it scores the current one, so the next sentence's misses
// overlap with this one's work.
// Where prefetch does nothing, emissions reads them itself.
func (m *Model) prefetchTables(s *scratch, n int) {
	s.prefetched = false
	if !canPrefetch || !littleEndian {
		return
	}
	// The addresses are computed from each table's base without bounds
	// checks: a home slot (bits.Mul64 by the table's length) and a filter
	// word (bloomOf) lie in their table by construction, and a character
	// number below the number of unigram blocks (Decode checks it).
	size := n + 3 + 2*2*n + 3*n
	a := slices.Grow(s.addrs[:0], size)[:size]
	k := 0
	if slots := m.pairs.slots; len(slots) != 0 {
		base, ln := uintptr(unsafe.Pointer(unsafe.SliceData(slots))), uint64(len(slots))
		for _, key := range s.pk[:n+3] {
			hi, _ := bits.Mul64(key<<pairValBits, ln)
			a[k] = base + uintptr(hi)*slotSize
			k++
		}
	}
	for _, x := range [2]struct {
		t       *hashTable
		valBits uint
		keys    []uint64
		places  []bloomAt
	}{{&m.skips, skipValBits, s.sk[:n], s.sb[:n]}, {&m.tris, triValBits, s.tk[:n], s.tb[:n]}} {
		slots, bloom := x.t.slots, x.t.bloom
		if len(slots) == 0 || len(bloom) == 0 {
			continue
		}
		base, ln := uintptr(unsafe.Pointer(unsafe.SliceData(slots))), uint64(len(slots))
		bbase := uintptr(unsafe.Pointer(unsafe.SliceData(bloom)))
		places := x.places[:len(x.keys)]
		for i, key := range x.keys {
			hi, _ := bits.Mul64(key<<x.valBits, ln)
			a[k] = bbase + uintptr(places[i].word)*8
			a[k+1] = base + uintptr(hi)*slotSize
			k += 2
		}
	}
	const block = 5 * numTags * 2 // bytes of a character's unigram rows
	ubase := uintptr(unsafe.Pointer(unsafe.SliceData(m.uni)))
	for _, id := range s.ids[2 : n+2] {
		b := ubase + uintptr(id)*block
		a[k], a[k+1], a[k+2] = b, b+64, b+block-2
		k += 3
	}
	prefetch(a[:k])
	s.addrs = a[:k]
	s.prefetched = true
}

// touch reads the Bloom filter word and the home slot of key, in a table
// with slots and a Bloom filter; b is its place in the filter.
func (t *hashTable) touch(key uint64, b bloomAt) uint64 {
	return t.bloom[b.word] + t.slots[t.home(key)]
}

// touchRows reads the first and last weight of each row.
func touchRows(rows []*wrow) uint64 {
	var sum uint64
	for _, r := range rows {
		sum += uint64(r[0]) + uint64(r[numTags-1])
	}
	return sum
}
