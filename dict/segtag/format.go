package segtag

import (
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
)

// The model file (all integers little-endian) is read in place. The
// character tagger's weights (uint16) are round(weight × scale) + 32768,
// those of the pair table round(weight × scale) + 8192 in 14 bits (see
// bigram.go).
//
//	magic     "ZHSEGT\x00\x04"
//	[32]byte  SHA-256 of everything after it
//	uint32    featureVersion, nChars, nAstral, nPairBuckets, nSkipBuckets, posBytes
//	float64   scale (weights are round(weight × scale))
//	int32×16  character label transitions
//	uint16    × 65536: the character id of each BMP rune (normalization
//	          included: every digit has the id of '0')
//	uint8     × 65536: the class of each BMP rune (Class)
//	uint32×2  × nAstral: rune, id of the runes above U+FFFF with an id
//	          (zero bytes up to a multiple of 64 from the file's start)
//	uint16×4  × 4 × nChars: the unigram weights of each character id, at
//	          offsets -2 … +1 (tUni0 … tUni3), a row of 32 bytes (one
//	          cache line) per character
//	uint16×4  × nChars: the unigram weights at offset +2 (tUni4)
//	uint8     × nChars: 1 for a name character (nameChars), else 0
//	uint16×4  × size, for each other dense template in template order
//	          (zero bytes up to a multiple of 64)
//	32 bytes  × nPairBuckets: the pair table (bigram.go): every weight of
//	          each character bigram a b (tBiL2, tBiL1, tBiR1, tBiR2), read
//	          once per position
//	32 bytes  × nSkipBuckets: the skip table (bigram.go)
//	posBytes  the word tagger (see pos.go)
//
// The two tables of the character tagger keep each key with its weights
// in buckets of 32 bytes (bigram.go): a bigram found in its home bucket
// costs one cache line. (Layout 3 kept the keys, two thirds full, apart from the
// weights: a key found cost a line of keys and a row of weights, often two
// lines; layout 2 interleaved keys and weights in slots of 36 and 12 bytes
// behind a one-bit-per-key filter.) The word tagger's tables are
// open-addressed: linear probing from hashSlot(key, n), Robin Hood order
// (a key never sits further from its home slot than the keys it passed),
// so that a lookup of an absent key stops early.
const modelMagic = "ZHSEGT\x00\x04"

// oldMagics are the magics of earlier layouts of the model file.
var oldMagics = []string{"ZHSEGT\x00\x01", "ZHSEGT\x00\x02", "ZHSEGT\x00\x03"}

// featureVersion changes whenever the meaning of a feature changes.
const featureVersion = 9

const headerSize = 8 + 32 + 6*4 + 8 + 16*4

// uniRowSize is the size of a row of the unigram table: the weights of
// one character at the offsets -2 … +1 (those at +2 are in a table of
// their own, so that a row is 32 bytes and never straddles two lines).
const uniRowSize = 32

// lineSize is the size of a cache line: the file starts its large tables
// at multiples of it.
const lineSize = 64

// Model is an opened model file. It only slices the bytes it was opened
// on; it is immutable and safe for concurrent use.
type Model struct {
	digest [32]byte
	nChars int
	scale  float64
	trans  [numLabels * numLabels]int64
	chars  []byte // 65536 × uint16
	class  []byte // 65536 × uint8
	astral []byte
	uni    []byte // nChars × uniRowSize
	uni4   []byte // nChars × 4 × int16
	names  []byte // nChars
	dense  [numTemplates][]byte
	pairs  []byte // nPairs × bucketSize
	skips  []byte // nSkips × bucketSize
	nPairs uint32 // buckets
	nSkips uint32
	pos    posModel
}

// Open reads a model file in place.
func Open(data []byte) (*Model, error) {
	if len(data) >= 8 && slices.Contains(oldMagics, string(data[:8])) {
		return nil, errors.New("segtag: model file in an earlier layout: rebuild it (make train)")
	}
	if len(data) < headerSize || string(data[:8]) != modelMagic {
		return nil, errors.New("segtag: not a model file")
	}
	u32 := func(i int) int { return int(binary.LittleEndian.Uint32(data[40+4*i:])) }
	if v := u32(0); v != featureVersion {
		return nil, fmt.Errorf("segtag: model has feature version %d, want %d: retrain it (make train)", v, featureVersion)
	}
	m := &Model{nChars: u32(1), nPairs: uint32(u32(3)), nSkips: uint32(u32(4))}
	nAstral, posBytes := u32(2), u32(5)
	if m.nChars < 2 || m.nChars > maxChars || m.nPairs == 0 || m.nPairs > 1<<28 || m.nSkips == 0 || m.nSkips > 1<<28 {
		return nil, errors.New("segtag: model header out of range")
	}
	copy(m.digest[:], data[8:40])
	m.scale = math.Float64frombits(binary.LittleEndian.Uint64(data[64:]))
	for k := range m.trans {
		m.trans[k] = int64(int32(binary.LittleEndian.Uint32(data[72+4*k:])))
	}
	rest := data[headerSize:]
	take := func(n int) ([]byte, error) {
		if n < 0 || n > len(rest) {
			return nil, errors.New("segtag: model file truncated")
		}
		b := rest[:n:n]
		rest = rest[n:]
		return b, nil
	}
	var err error
	// pad skips the zero bytes up to a multiple of 64 from the start.
	pad := func() error {
		_, err := take(-(len(data) - len(rest)) & (lineSize - 1))
		return err
	}
	if m.chars, err = take(65536 * 2); err != nil {
		return nil, err
	}
	if m.class, err = take(65536); err != nil {
		return nil, err
	}
	if m.astral, err = take(nAstral * 8); err != nil {
		return nil, err
	}
	if err = pad(); err != nil {
		return nil, err
	}
	if m.uni, err = take(m.nChars * uniRowSize); err != nil {
		return nil, err
	}
	if m.uni4, err = take(m.nChars * numLabels * 2); err != nil {
		return nil, err
	}
	if m.names, err = take(m.nChars); err != nil {
		return nil, err
	}
	for tp := tUni4 + 1; tp < numTemplates; tp++ {
		if !isHashed(tp) {
			if m.dense[tp], err = take(denseSize(tp, m.nChars) * numLabels * 2); err != nil {
				return nil, err
			}
		}
	}
	if err = pad(); err != nil {
		return nil, err
	}
	if m.pairs, err = take(int(m.nPairs) * bucketSize); err != nil {
		return nil, err
	}
	if m.skips, err = take(int(m.nSkips) * bucketSize); err != nil {
		return nil, err
	}
	posData, err := take(posBytes)
	if err != nil {
		return nil, err
	}
	if len(rest) != 0 {
		return nil, fmt.Errorf("segtag: %d bytes after the model", len(rest))
	}
	if err := m.pos.open(posData); err != nil {
		return nil, err
	}
	if err := m.check(); err != nil {
		return nil, err
	}
	return m, nil
}

// check verifies the indexes the model's own data holds (character ids),
// so that no lookup can leave its table: a damaged file is an error, never
// a panic.
func (m *Model) check() error {
	for r := range 65536 {
		if int(binary.LittleEndian.Uint16(m.chars[2*r:])) >= m.nChars {
			return errors.New("segtag: character id out of range")
		}
		if m.class[r] >= numClasses {
			return errors.New("segtag: character class out of range")
		}
	}
	for _, b := range m.names {
		if b > 1 {
			return errors.New("segtag: name flag out of range")
		}
	}
	for k := 0; k < len(m.astral); k += 8 {
		if int(binary.LittleEndian.Uint32(m.astral[k+4:])) >= m.nChars {
			return errors.New("segtag: character id out of range")
		}
	}
	return nil
}

// charID returns the id of r (idUnknown when the model has none).
func (m *Model) charID(r rune) uint32 {
	if uint32(r) < 65536 {
		return uint32(binary.LittleEndian.Uint16(m.chars[2*r:]))
	}
	n := len(m.astral) / 8
	lo, hi := 0, n
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if rune(binary.LittleEndian.Uint32(m.astral[8*h:])) < r {
			lo = h + 1
		} else {
			hi = h
		}
	}
	if lo < n && rune(binary.LittleEndian.Uint32(m.astral[8*lo:])) == r {
		return binary.LittleEndian.Uint32(m.astral[8*lo+4:])
	}
	return idUnknown
}

// classOf returns Class(r), from the model's table for the BMP.
func (m *Model) classOf(r rune) uint8 {
	if uint32(r) < 65536 {
		return m.class[r]
	}
	return Class(r)
}

// hashSlot is where key's probe sequence starts in a table of n slots.
func hashSlot(key, n uint32) uint32 {
	return uint32(uint64(key*0x9E3779B1) * uint64(n) >> 32)
}

// The character tagger's weights are stored as uint16(weight + 32768), so
// that a row of four reads as one uint64 and adds to the sums two lanes at
// a time (labels 0 and 2 in lo, 1 and 3 in hi, 32 bits each: twenty rows
// of at most 65535 cannot carry into the next lane).
const weightBias = 32768

// sums accumulates rows of four biased weights.
type sums struct {
	lo, hi uint64
	n      uint32 // rows added
	n14    uint32 // rows of the pair table added
}

const laneMask = 0x0000FFFF0000FFFF

// add adds the row stored at b[off:].
func (s *sums) add(b []byte, off uint32) {
	v := binary.LittleEndian.Uint64(b[off:])
	s.lo += v & laneMask
	s.hi += v >> 16 & laneMask
	s.n++
}

// put adds the row stored at b[off:] without counting it.
func (s *sums) put(b []byte, off uint32) {
	v := binary.LittleEndian.Uint64(b[off:])
	s.lo += v & laneMask
	s.hi += v >> 16 & laneMask
}

// addPair adds the word of a row of the pair table stored at b[off:]
// (four weights + pairBias in 14-bit lanes).
func (s *sums) addPair(b []byte, off uint32) {
	v := binary.LittleEndian.Uint64(b[off:]) & pairLaneMask
	s.lo += v & laneMask
	s.hi += v >> 16 & laneMask
	s.n14++
}

// labels returns the four sums without the bias.
func (s *sums) labels() (l0, l1, l2, l3 int64) {
	b := int64(s.n)*weightBias + int64(s.n14)*pairBias
	return int64(uint32(s.lo)) - b, int64(uint32(s.hi)) - b, int64(s.lo>>32) - b, int64(s.hi>>32) - b
}

// find returns the offset in table (n slots of size bytes, each starting
// with its uint32 key, 0 when empty) of the slot holding key, or -1.
func find(table []byte, n uint32, size int, key uint32) int {
	j := hashSlot(key, n)
	for d := uint32(0); ; d++ {
		off := int(j) * size
		sk := binary.LittleEndian.Uint32(table[off:])
		if sk == key {
			return off
		}
		if sk == 0 {
			return -1
		}
		// Robin Hood order: a resident closer to its home than we are to
		// ours means key is not in the table.
		h := hashSlot(sk, n)
		dist := j - h
		if j < h {
			dist += n
		}
		if dist < d {
			return -1
		}
		if j++; j == n {
			j = 0
		}
	}
}

// insert puts slot (its key first) into table in Robin Hood order. The
// layout depends only on the set of slots inserted when they are inserted
// in the same order.
func insert(table []byte, n uint32, size int, slot []byte) {
	cur := append([]byte(nil), slot...)
	tmp := make([]byte, size)
	key := binary.LittleEndian.Uint32(cur)
	j := hashSlot(key, n)
	for d := uint32(0); ; d++ {
		at := table[int(j)*size : int(j+1)*size]
		sk := binary.LittleEndian.Uint32(at)
		if sk == 0 {
			copy(at, cur)
			return
		}
		h := hashSlot(sk, n)
		dist := j - h
		if j < h {
			dist += n
		}
		if dist < d {
			copy(tmp, at)
			copy(at, cur)
			cur, tmp = tmp, cur
			d = dist
		}
		if j++; j == n {
			j = 0
		}
	}
}

// pairKey is the key of the bigram a b in the pair table.
func pairKey(a, b uint32) uint32 { return a<<14 | b }

// scoreScratch is the scratch space of score.
type scoreScratch struct {
	touched byte // (keeps the loads of score's first pass)
	pairRow []int32
	skipRow []int32
	keys    []uint32
	home    []uint32
}

// score fills scores (n × numLabels) with the weights of the features at
// each character of s.
func (m *Model) score(s *sentence, n int, scores []int64, ss *scoreScratch) {
	ids, cl, lx := s.ids, s.class, s.lex
	ss.pairRow = grow(ss.pairRow, n+4)
	ss.skipRow = grow(ss.skipRow, n+4)
	ss.keys = grow(ss.keys, n+4)
	ss.home = grow(ss.home, n+4)
	pairRow, skipRow := ss.pairRow, ss.skipRow
	// The bigram rows, once for each adjacent pair of the padded sentence,
	// and the skip bigram of each character (a probe reads its rows).
	keys := ss.keys[:n+3]
	for p := range keys {
		keys[p] = pairKey(ids[p], ids[p+1])
	}
	findPairs(m.pairs, m.nPairs, keys, ss.home, pairRow)
	keys = ss.keys[:n]
	for i := range keys {
		keys[i] = hashPrefix(tSkip) | ids[i+1]<<14 | ids[i+3]
	}
	findSkips(m.skips, m.nSkips, keys, ss.home, skipRow)
	const nc = uint32(numClasses)
	const nl = MaxLex + 1
	lexC0, lexC1, class, lex, lexB, rep, names := m.dense[tLexC0], m.dense[tLexC1], m.dense[tClass], m.dense[tLex], m.dense[tLexB], m.dense[tRep], m.dense[tName]
	// A byte of each row of the large tables that the loop below reads,
	// first, in a loop whose loads do not wait for one another: their
	// cache misses overlap, where the loop below, long for each character,
	// would mostly take them one after another.
	var touch byte
	for p := 2; p < n+2; p++ {
		c, l := ids[p], lx[p]
		touch += m.uni[uniRowSize*c] + m.uni4[8*c] + lexC0[8*(c*nl+uint32(l.Start))] + lexC1[8*(c*nl+uint32(l.End))]
	}
	ss.touched = touch
	nm := s.name
	// The class and name-character windows c-2 … c+2, shifted along one
	// character at a time (numClasses is a power of two).
	const classMask, nameMask = uint32(sizeClass - 1), uint32(sizeName - 1)
	cw := (uint32(cl[0])*nc+uint32(cl[1]))*nc*nc + uint32(cl[2])*nc + uint32(cl[3])
	nw := uint32(nm[0])<<3 | uint32(nm[1])<<2 | uint32(nm[2])<<1 | uint32(nm[3])
	for i := range n {
		p := i + 2
		sc := sums{n: 12} // the twelve rows put below
		c := ids[p]
		cw = (cw*nc + uint32(cl[p+2])) & classMask
		nw = (nw<<1 | uint32(nm[p+2])) & nameMask
		sc.put(m.uni, uniRowSize*ids[p-2])
		sc.put(m.uni, uniRowSize*ids[p-1]+8)
		sc.put(m.uni, uniRowSize*c+16)
		sc.put(m.uni, uniRowSize*ids[p+1]+24)
		sc.put(m.uni4, 8*ids[p+2])
		l := lx[p]
		start, end := uint32(l.Start), uint32(l.End)
		sc.put(lexC0, 8*(c*nl+start))
		sc.put(lexC1, 8*(c*nl+end))
		sc.put(class, 8*cw)
		sc.put(lex, 8*((start*nl+end)*nl+uint32(l.Cover)))
		sc.put(lexB, 8*(((uint32(lx[p-1].End)*nl+start)*nl+end)*nl+uint32(lx[p+1].Start)))
		var r uint32
		if c == ids[p-1] {
			r |= 1
		}
		if c == ids[p+1] {
			r |= 2
		}
		if ids[p-1] == ids[p+1] {
			r |= 4
		}
		sc.put(rep, 8*r)
		sc.put(names, 8*nw)
		if off := pairRow[p-2]; off >= 0 {
			sc.addPair(m.pairs, uint32(off))
		}
		if off := pairRow[p-1]; off >= 0 {
			sc.addPair(m.pairs, uint32(off)+8)
		}
		if off := pairRow[p]; off >= 0 {
			sc.addPair(m.pairs, uint32(off)+16)
		}
		if off := pairRow[p+1]; off >= 0 {
			sc.addPair(m.pairs, uint32(off)+24)
		}
		if off := skipRow[i]; off >= 0 {
			sc.add(m.skips, uint32(off))
		}
		out := scores[4*i : 4*i+4]
		out[0], out[1], out[2], out[3] = sc.labels()
	}
}

// tableSize is the number of slots of a hash table for n keys: about 80%
// full, so that linear probes stay short.
func tableSize(n int) uint32 {
	return uint32(n + n/4 + 1)
}

// keyTableSize is the number of slots of the word tagger's feature table
// for n keys: about two thirds
// full, so that most keys are found in their home slot or the next, and
// most absent keys stop there.
func keyTableSize(n int) uint32 {
	return uint32(n + n/2 + 1)
}

// quantize rounds w × scale to an int16.
func quantize(w, scale float64) int16 {
	v := math.Round(w * scale)
	return int16(max(-32767, min(32767, v)))
}

// modelScale is the factor of the quantized weights: the largest that
// keeps every weight within an int16 and every weight of the pair table
// within its 14 bits.
func modelScale(seg *segResult) float64 {
	scale := 32767 / max(seg.maxAbs, 1e-9)
	pairMax := 0.0
	for k, ws := range seg.hashed {
		if int(k>>28)-1+tBiL2 != tSkip {
			for _, w := range ws {
				pairMax = max(pairMax, math.Abs(w))
			}
		}
	}
	if pairMax*scale > pairBias-1 {
		scale = (pairBias - 1) / pairMax
	}
	return scale
}

// writeModel serializes a trained character tagger and word tagger. The
// output is a deterministic function of its input.
func writeModel(seg *segResult, pos []byte) []byte {
	scale := modelScale(seg)
	q := func(w float64) uint16 { return uint16(int32(quantize(w, scale)) + weightBias) }
	var astral [][2]uint32
	chars := make([]byte, 65536*2)
	for r := rune(0); r <= 0x10FFFF; r++ {
		id, ok := seg.ids[normChar(r)]
		if !ok {
			continue
		}
		if r < 65536 {
			binary.LittleEndian.PutUint16(chars[2*r:], uint16(id))
		} else {
			astral = append(astral, [2]uint32{uint32(r), id})
		}
	}
	// Group the bigram templates by bigram, the skip bigrams apart. An
	// absent template of a bigram has the weights 0.
	pairs := map[uint32]*[16]uint16{}
	skips := map[uint32][numLabels]uint16{}
	pairFreq := map[uint32]int64{}
	for k, ws := range seg.hashed {
		tp, ab := int(k>>28)-1+tBiL2, k&(1<<28-1)
		if tp == tSkip {
			var row [numLabels]uint16
			for l, w := range ws {
				row[l] = q(w)
			}
			skips[k] = row
			continue
		}
		g := pairs[ab]
		if g == nil {
			g = new([16]uint16)
			for l := range g {
				g[l] = pairBias
			}
			pairs[ab] = g
		}
		for l, w := range ws {
			g[4*(tp-tBiL2)+l] = uint16(int32(quantize(w, scale)) + pairBias)
		}
		pairFreq[ab] = max(pairFreq[ab], int64(seg.freq[k]))
	}
	nPairs, nSkips := pairBucketCount(len(pairs)), skipBucketCount(len(skips))
	buf := append([]byte(modelMagic), make([]byte, 32)...)
	for _, v := range []int{featureVersion, seg.nChars, len(astral), int(nPairs), int(nSkips), len(pos)} {
		buf = binary.LittleEndian.AppendUint32(buf, uint32(v))
	}
	buf = binary.LittleEndian.AppendUint64(buf, math.Float64bits(scale))
	for _, w := range seg.trans {
		buf = binary.LittleEndian.AppendUint32(buf, uint32(int32(quantize(w, scale))))
	}
	buf = append(buf, chars...)
	for r := range rune(65536) {
		buf = append(buf, Class(r))
	}
	for _, a := range astral {
		buf = binary.LittleEndian.AppendUint32(buf, a[0])
		buf = binary.LittleEndian.AppendUint32(buf, a[1])
	}
	pad := func() { buf = append(buf, make([]byte, -len(buf)&(lineSize-1))...) }
	pad()
	for id := range seg.nChars {
		for k := range 4 {
			for _, w := range seg.dense[tUni0+k][id*numLabels : (id+1)*numLabels] {
				buf = binary.LittleEndian.AppendUint16(buf, q(w))
			}
		}
	}
	for _, w := range seg.dense[tUni4] {
		buf = binary.LittleEndian.AppendUint16(buf, q(w))
	}
	buf = append(buf, seg.names...)
	for tp := tUni4 + 1; tp < numTemplates; tp++ {
		if isHashed(tp) {
			continue
		}
		for _, w := range seg.dense[tp] {
			buf = binary.LittleEndian.AppendUint16(buf, q(w))
		}
	}
	pad()
	skipFreq := map[uint32]int64{}
	for k := range skips {
		skipFreq[k] = int64(seg.freq[k])
	}
	buf = append(buf, buildPairTable(pairs, nPairs, pairFreq)...)
	buf = append(buf, buildSkipTable(skips, nSkips, skipFreq)...)
	buf = append(buf, pos...)
	sum := sha256.Sum256(buf[40:])
	copy(buf[8:40], sum[:])
	return buf
}

// appendTable appends an open-addressed table of n slots of size bytes
// holding entries, filled in ascending key order (deterministic).
func appendTable[V any](buf []byte, entries map[uint32]V, n uint32, size int, put func([]byte, V)) []byte {
	table := make([]byte, int(n)*size)
	keys := make([]uint32, 0, len(entries))
	for k := range entries {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	slot := make([]byte, size)
	for _, k := range keys {
		clear(slot)
		binary.LittleEndian.PutUint32(slot, k)
		put(slot, entries[k])
		insert(table, n, size, slot)
	}
	return append(buf, table...)
}

// Digest returns the SHA-256 of the model file's content, stored in it
// when it was written.
func (m *Model) Digest() [32]byte { return m.digest }
