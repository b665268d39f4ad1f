package ner

import (
	"bufio"
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"maps"
	"math"
	"math/bits"
	"slices"
	"unicode/utf8"
	"unsafe"
)

// The model file is the compiled model itself, laid out to be read in
// place: loading checks it and points into it, without parsing features or
// building tables. All integers are little-endian; every section starts at
// a multiple of 8 bytes.
//
//	magic     "ZHNER\x00\x00\x05"
//	header    18 × uint32: numTags, numTemplates, featureVersion, scale
//	          (float32 bits), features, longest lexicon word, characters
//	          (V, including the 3 reserved numbers), pages, pair slots,
//	          pair rows, skip slots, skip rows, trigram slots, trigram
//	          rows, lexicon slots, and the words of the Bloom filters of
//	          the skip, trigram and lexicon tables
//	          numTags² × int32 transition weights
//	pageIndex 0x1100 × uint16: code point >> 8 → page (0: none)
//	pages     pages × 256 × uint64 runeInfo entries (page 0 unused)
//	uni       V × 5 × numTags int16: unigram rows by character number
//	classBias 729 × numTags int32: bias plus class-trigram rows
//	lexRows   4096 × numTags int32: the three lexicon-flag rows summed
//	pairs     pair slots × uint64, then pair rows × numTags int16 (the
//	          rows of each table most frequent in training first)
//	skips     skip slots × uint64, then skip rows × numTags int16
//	tris      trigram slots × uint64, then trigram rows × numTags int16
//	blooms    skip, then trigram Bloom filter words × uint64
//	lexicon   lexicon slots × uint64, then its Bloom filter words × uint64
//	uint32    CRC-32 (IEEE) of everything before it
//
// A slot holds a key in its high bits and a value in its low bits (see
// hashTable; 0: empty); the keys of every table are inserted in increasing
// order (newHashTable), which the look-ups rely on to stop early. A pair slot's value holds the mask of the pair
// templates present, the lexicon value of the pair's two-character word
// and its first row (pairMask, pairLexShift, pairRowShift); the table also
// holds every pair of numbered characters that is a two-character
// lexicon key (see assemble). Characters are numbered 1 (sentence start), 2
// (sentence end) and from 3 in code point order; table keys are bijective
// mixes of the packed numbers (mix32, mix48), and lexicon keys wordKey
// chains, so the file holds no text but the inventory of characters.
const magic = "ZHNER\x00\x00\x05"

const (
	headerWords = 18
	pageCount   = (utf8.MaxRune + 1) >> 8
	slotSize    = 8
)

// sections holds the byte offsets of a model file's sections.
type sections struct {
	pageIndex, pages, uni, classBias, lexRows, pairSlots, pairRows, skipSlots, skipRows, triSlots, triRows, skipBloom, triBloom, lex, lexBloom, end int
}

// header is the decoded header of a model file.
type header struct {
	scale                                 float32
	nfeat, lexMax, chars, npages          int
	pairSlots, pairRows, skipSlots        int
	skipRows, triSlots, triRows, lexSlots int
	skipBloom, triBloom, lexBloom         int
}

func align8(n int) int { return (n + 7) &^ 7 }

// layout computes the section offsets of a file with header h.
func layout(h *header) sections {
	var s sections
	p := align8(len(magic) + 4*headerWords + 4*numTags*numTags)
	next := func(size int) int {
		at := p
		p = align8(p + size)
		return at
	}
	s.pageIndex = next(2 * pageCount)
	s.pages = next(8 * 256 * h.npages)
	s.uni = next(2 * numTags * 5 * h.chars)
	s.classBias = next(4 * numTags * classRows)
	s.lexRows = next(4 * numTags * lexRowsN)
	s.pairSlots = next(slotSize * h.pairSlots)
	s.pairRows = next(2 * numTags * h.pairRows)
	s.skipSlots = next(slotSize * h.skipSlots)
	s.skipRows = next(2 * numTags * h.skipRows)
	s.triSlots = next(slotSize * h.triSlots)
	s.triRows = next(2 * numTags * h.triRows)
	s.skipBloom = next(8 * h.skipBloom)
	s.triBloom = next(8 * h.triBloom)
	s.lex = next(slotSize * h.lexSlots)
	s.lexBloom = next(8 * h.lexBloom)
	s.end = p
	return s
}

// WriteTo writes the model file; the output is a deterministic function of
// the model.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	n, err := w.Write(m.data)
	return int64(n), err
}

// errFormat reports a malformed model file.
var errFormat = errors.New("ner: malformed model file")

// Load reads a model written by [Model.WriteTo].
func Load(r io.Reader) (*Model, error) {
	data, err := io.ReadAll(bufio.NewReader(r))
	if err != nil {
		return nil, fmt.Errorf("ner: reading model: %w", err)
	}
	return Decode(data)
}

// Decode checks a model file and returns the model it holds. The model reads
// data in place: data must not be modified afterwards. (On a machine that
// is not little-endian, or when data is not 8-byte aligned, the model works
// on a copy.)
func Decode(data []byte) (*Model, error) {
	if len(data) < len(magic)+4 || string(data[:len(magic)]) != magic {
		return nil, fmt.Errorf("%w: bad magic", errFormat)
	}
	body := data[:len(data)-4]
	if crc32.ChecksumIEEE(body) != binary.LittleEndian.Uint32(data[len(data)-4:]) {
		return nil, fmt.Errorf("%w: checksum mismatch", errFormat)
	}
	return decodeBody(data)
}

// littleEndian reports whether the machine stores integers little-endian,
// as model files do.
var littleEndian = binary.NativeEndian.Uint16([]byte{1, 0}) == 1

// decodeBody checks and maps a model file whose magic and checksum are
// already verified (or that fuzzing made up).
func decodeBody(data []byte) (*Model, error) {
	if len(data) < len(magic)+4*headerWords+4*numTags*numTags {
		return nil, fmt.Errorf("%w: truncated header", errFormat)
	}
	hw := func(i int) uint32 { return binary.LittleEndian.Uint32(data[len(magic)+4*i:]) }
	if hw(0) != numTags || hw(1) != numTemplates || hw(2) != featureVersion {
		return nil, fmt.Errorf("%w: model built for another tag or feature set", errFormat)
	}
	var h header
	h.scale = math.Float32frombits(hw(3))
	fields := []*int{&h.nfeat, &h.lexMax, &h.chars, &h.npages, &h.pairSlots, &h.pairRows, &h.skipSlots, &h.skipRows, &h.triSlots, &h.triRows, &h.lexSlots, &h.skipBloom, &h.triBloom, &h.lexBloom}
	for i, f := range fields {
		v := hw(4 + i)
		if v > 1<<28 {
			return nil, fmt.Errorf("%w: header field %d out of range", errFormat, 4+i)
		}
		*f = int(v)
	}
	if h.chars < 3 || h.chars > 1<<16 || h.npages < 1 || h.npages > 1<<16 || h.pairRows >= 1<<(pairValBits-pairRowShift) || h.lexMax > maxLexLen {
		return nil, fmt.Errorf("%w: header out of range", errFormat)
	}
	off := layout(&h)
	if len(data) != off.end+4 {
		return nil, fmt.Errorf("%w: %d bytes; the header announces %d", errFormat, len(data), off.end+4)
	}
	if !littleEndian || uintptr(unsafe.Pointer(unsafe.SliceData(data)))%8 != 0 {
		data = alignedCopy(data, &off)
	}
	m := &Model{data: data, scale: h.scale, ok: allowedTransitions(), nfeat: h.nfeat, lexMax: h.lexMax, off: off}
	trans := data[len(magic)+4*headerWords:]
	for i := range m.trans {
		m.trans[i] = int32(binary.LittleEndian.Uint32(trans[4*i:]))
	}
	m.vt = newViterbiTables(&m.trans)
	m.pageIndex = view[uint16](data[off.pageIndex:], pageCount)
	m.pages = view[uint64](data[off.pages:], 256*h.npages)
	m.uni = view[int16](data[off.uni:], numTags*5*h.chars)
	m.classBias = view[int32](data[off.classBias:], numTags*classRows)
	m.lexRows = view[int32](data[off.lexRows:], numTags*lexRowsN)
	m.pairs = hashTable{slots: view[uint64](data[off.pairSlots:], h.pairSlots), valBits: pairValBits}
	m.pairRows = view[int16](data[off.pairRows:], numTags*h.pairRows)
	m.skips = hashTable{slots: view[uint64](data[off.skipSlots:], h.skipSlots), valBits: skipValBits}
	m.skipRows = view[int16](data[off.skipRows:], numTags*h.skipRows)
	m.tris = hashTable{slots: view[uint64](data[off.triSlots:], h.triSlots), valBits: triValBits}
	m.triRows = view[int16](data[off.triRows:], numTags*h.triRows)
	m.lex = hashTable{view[uint64](data[off.lex:], h.lexSlots), lexValBits, view[uint64](data[off.lexBloom:], h.lexBloom)}
	m.skips.bloom = view[uint64](data[off.skipBloom:], h.skipBloom)
	m.tris.bloom = view[uint64](data[off.triBloom:], h.triBloom)
	if err := m.check(&h); err != nil {
		return nil, fmt.Errorf("%w: %v", errFormat, err)
	}
	// Character number 0 (a character no feature mentions) has no unigram
	// weights; emissions adds its rows all the same, so they must be zero.
	// A compiled model has them zero; a made-up file gets a cleared copy.
	if u := m.uni[:5*numTags]; slices.ContainsFunc(u, func(w int16) bool { return w != 0 }) {
		m.uni = slices.Clone(m.uni)
		clear(m.uni[:5*numTags])
	}
	m.buildLexFirst(h.chars)
	return m, nil
}

// check verifies every index the tagger follows, so that no model file can
// make it read out of bounds or loop.
func (m *Model) check(h *header) error {
	for _, p := range m.pageIndex {
		if int(p) >= h.npages {
			return fmt.Errorf("page %d of %d", p, h.npages)
		}
	}
	for _, e := range m.pages {
		if int(e>>infoIDShift) >= h.chars || (e>>infoClassShift)&0xf > uint64(classBoundary) {
			return fmt.Errorf("character information %#x out of range", e)
		}
	}
	for _, t := range []struct {
		name string
		tab  *hashTable
		rows int
		pair bool
	}{{"pair", &m.pairs, h.pairRows, true}, {"skip", &m.skips, h.skipRows, false}, {"trigram", &m.tris, h.triRows, false}, {"lexicon", &m.lex, -1, false}} {
		if err := t.tab.check(); err != nil {
			return fmt.Errorf("%s table: %v", t.name, err)
		}
		if t.rows < 0 {
			continue
		}
		for _, s := range t.tab.slots {
			if s == 0 {
				continue
			}
			val := uint32(s & (1<<t.tab.valBits - 1))
			first, n := int(val), 1
			if t.pair {
				first, n = int(val>>pairRowShift), bits.OnesCount32(val&pairMask)
			}
			if first+n > t.rows {
				return fmt.Errorf("%s table value %d out of range", t.name, val)
			}
		}
	}
	return nil
}

// view returns the n values of type T at the start of b, in place.
func view[T any](b []byte, n int) []T {
	if n == 0 {
		return nil
	}
	var zero T
	_ = b[n*int(unsafe.Sizeof(zero))-1]
	return unsafe.Slice((*T)(unsafe.Pointer(unsafe.SliceData(b))), n)
}

// alignedCopy copies data into 8-byte aligned memory, converting each
// section's integers to the machine's byte order.
func alignedCopy(data []byte, off *sections) []byte {
	words := make([]uint64, (len(data)+7)/8)
	out := unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(words))), len(data))
	copy(out, data)
	if littleEndian {
		return out
	}
	swap := func(from, to, size int) {
		for p := from; p+size <= to; p += size {
			slices.Reverse(out[p : p+size])
		}
	}
	swap(off.pageIndex, off.pages, 2)
	swap(off.pages, off.uni, 8)
	swap(off.uni, off.classBias, 2)
	swap(off.classBias, off.pairSlots, 4)
	for _, t := range [][3]int{{off.pairSlots, off.pairRows, off.skipSlots}, {off.skipSlots, off.skipRows, off.triSlots}, {off.triSlots, off.triRows, off.skipBloom}} {
		swap(t[0], t[1], 8)
		swap(t[1], t[2], 2)
	}
	swap(off.skipBloom, off.end, 8)
	return out
}

// modelSource is what the trainer hands to compile: the kept features by
// exact key (ascending) with their quantized rows and training
// frequencies, the transitions, the fold and the lexicon.
type modelSource struct {
	scale  float32
	trans  [numTags * numTags]int32
	keys   []uint64
	freq   []int32 // how often each feature fired in training (or nil)
	rows   []int16 // len(keys) × numTags
	chars  []rune  // the trainer's character numbers → runes
	fold   map[rune]rune
	lex    map[uint64]uint8
	lexMax int
}

// compile lays out a model file. The bytes depend only on src.
func compile(src *modelSource) ([]byte, error) {
	// Number the characters that some kept feature mentions, in code point
	// order, from 3.
	isChar := func(t int) (uni, pair, tri bool) {
		return t >= tmplUni && t < tmplPair, t >= tmplPair && t <= tmplSkip, t == tmplTri
	}
	used := map[rune]bool{}
	mark := func(id uint32) error {
		if id <= idEOS {
			return nil
		}
		if int(id) >= len(src.chars) {
			return fmt.Errorf("ner: feature with unknown character number %d", id)
		}
		used[src.chars[id]] = true
		return nil
	}
	for _, k := range src.keys {
		t, a, b, c := splitKey(k)
		uni, pair, tri := isChar(t)
		var err error
		switch {
		case uni:
			err = mark(c)
		case pair:
			err = errors.Join(mark(b), mark(c))
		case tri:
			err = errors.Join(mark(a), mark(b), mark(c))
		}
		if err != nil {
			return nil, err
		}
	}
	runes := make([]rune, 0, len(used))
	for r := range used {
		runes = append(runes, r)
	}
	slices.Sort(runes)
	if len(runes)+3 > 1<<16 {
		return nil, fmt.Errorf("ner: %d characters; at most %d fit", len(runes), 1<<16-3)
	}
	number := make(map[rune]uint32, len(runes))
	for i, r := range runes {
		number[r] = uint32(i + 3)
	}
	mid := func(id uint32) uint32 {
		if id <= idEOS {
			return id
		}
		return number[src.chars[id]]
	}

	h := header{scale: src.scale, nfeat: len(src.keys), lexMax: src.lexMax, chars: len(runes) + 3}
	uni := make([]int16, numTags*5*h.chars)
	var bias [numTags]int16
	class := make([]int16, numTags*classRows)
	lexFlag := make([]int16, numTags*numLabels*16)
	type pairRowsT struct {
		mask uint32
		rows [4][numTags]int16
	}
	pairs := map[uint64]*pairRowsT{}
	skips := map[uint64][numTags]int16{}
	tris := map[uint64][numTags]int16{}
	freq := map[uint64]int32{} // pair, skip and trigram keys → training frequency
	for i, k := range src.keys {
		var w [numTags]int16
		copy(w[:], src.rows[i*numTags:])
		var f int32
		if src.freq != nil {
			f = src.freq[i]
		}
		t, a, b, c := splitKey(k)
		switch {
		case t == tmplBias:
			bias = w
		case t >= tmplUni && t < tmplPair:
			copy(uni[(int(mid(c))*5+t-tmplUni)*numTags:], w[:])
		case t >= tmplPair && t < tmplSkip:
			pk := uint64(mid(b))<<16 | uint64(mid(c))
			p := pairs[pk]
			if p == nil {
				p = new(pairRowsT)
				pairs[pk] = p
			}
			p.mask |= 1 << (t - tmplPair)
			p.rows[t-tmplPair] = w
			freq[pk] = max(freq[pk], f)
		case t == tmplSkip:
			skips[uint64(mid(b))<<16|uint64(mid(c))] = w
			freq[1<<48|uint64(mid(b))<<16|uint64(mid(c))] = f
		case t == tmplClass:
			if a > 8 || b > 8 || c > 8 {
				return nil, fmt.Errorf("ner: class trigram %d %d %d out of range", a, b, c)
			}
			copy(class[(int(a)*81+int(b)*9+int(c))*numTags:], w[:])
		case t == tmplTri:
			tris[uint64(mid(a))<<32|uint64(mid(b))<<16|uint64(mid(c))] = w
			freq[2<<48|uint64(mid(a))<<32|uint64(mid(b))<<16|uint64(mid(c))] = f
		case t >= tmplLex && t < tmplLex+numLabels:
			if c > 15 {
				return nil, fmt.Errorf("ner: lexicon flags %d out of range", c)
			}
			copy(lexFlag[((t-tmplLex)*16+int(c))*numTags:], w[:])
		default:
			return nil, fmt.Errorf("ner: feature of unknown template %d", t)
		}
	}

	// The dense rows that every position adds, summed ahead: the bias with
	// each class trigram, and the three labels' lexicon flags together.
	classBias := make([]int32, numTags*classRows)
	for r := range classRows {
		for t := range numTags {
			classBias[r*numTags+t] = int32(bias[t]) + int32(class[r*numTags+t])
		}
	}
	lexRows := make([]int32, numTags*lexRowsN)
	for f := range lexRowsN {
		for l := range numLabels {
			v := f >> (l * lexBits) & (1<<lexBits - 1)
			for t := range numTags {
				lexRows[f*numTags+t] += int32(lexFlag[(l*16+v)*numTags+t])
			}
		}
	}

	// Rows of the pair, skip-bigram and trigram tables, most frequent in
	// training first (ties in key order), so that the rows most texts need
	// share cache lines and stay in the cache. Pair rows: the templates
	// present, in template order.
	byFreq := func(keys []uint64, tag uint64) []uint64 {
		slices.SortStableFunc(keys, func(x, y uint64) int { return cmp.Compare(freq[tag|y], freq[tag|x]) })
		return keys
	}
	var pairRows []int16
	pairVals := map[uint64]uint64{}
	for _, pk := range byFreq(slices.Sorted(maps.Keys(pairs)), 0) {
		p := pairs[pk]
		pairVals[uint64(mix32(uint32(pk)))] = uint64(len(pairRows)/numTags)<<pairRowShift | uint64(p.mask)
		for k := range 4 {
			if p.mask&(1<<k) != 0 {
				pairRows = append(pairRows, p.rows[k][:]...)
			}
		}
	}
	rowTable := func(m map[uint64][numTags]int16, tag uint64, key func(uint64) uint64) ([]int16, map[uint64]uint64) {
		var rows []int16
		vals := map[uint64]uint64{}
		for _, k := range byFreq(slices.Sorted(maps.Keys(m)), tag) {
			w := m[k]
			vals[key(k)] = uint64(len(rows) / numTags)
			rows = append(rows, w[:]...)
		}
		return rows, vals
	}
	skipRows, skipVals := rowTable(skips, 1<<48, func(k uint64) uint64 { return uint64(mix32(uint32(k))) })
	triRows, triVals := rowTable(tris, 2<<48, mix48)
	// Character information for every page with a folded, normalized or
	// numbered code point.
	pageIndex := make([]uint16, pageCount)
	pages := make([]uint64, 256) // page 0, unused
	infoOf := func(r rune) uint64 {
		f := r
		if x, ok := src.fold[r]; ok {
			f = x
		}
		nr := normRune(f)
		return uint64(nr)&0xffffff | uint64(classOf(nr))<<infoClassShift | uint64(number[nr])<<infoIDShift
	}
	plain := func(r rune) bool {
		e := infoOf(r)
		return rune(e&0xffffff) == r && e>>infoIDShift == 0
	}
	for p := range pageCount {
		covered := false
		for r := rune(p << 8); r < rune(p+1)<<8; r++ {
			if !plain(r) {
				covered = true
				break
			}
		}
		if !covered {
			continue
		}
		pageIndex[p] = uint16(len(pages) / 256)
		for r := rune(p << 8); r < rune(p+1)<<8; r++ {
			pages = append(pages, infoOf(r))
		}
	}
	h.npages = len(pages) / 256
	if h.npages >= 1<<16 {
		return nil, fmt.Errorf("ner: %d pages of character information", h.npages)
	}

	lex, err := newLexTable(src.lex, nil)
	if err != nil {
		return nil, err
	}
	return assemble(&parts{
		h: h, trans: src.trans, pageIndex: pageIndex, pages: pages, uni: uni, classBias: classBias, lexRows: lexRows,
		pairVals: pairVals, pairRows: pairRows, skipVals: skipVals, skipRows: skipRows, triVals: triVals, triRows: triRows, lex: lex,
	})
}

// parts are the sections of a model file before they are laid out: the
// header fields that are not sizes, the dense sections, the pair,
// skip-bigram and trigram tables as key → value maps with their rows, and
// the lexicon table. compile makes them from a trained model, WithLexicon
// from a decoded one; assemble lays them out.
type parts struct {
	h                  header // scale, nfeat, lexMax and chars
	trans              [numTags * numTags]int32
	pageIndex          []uint16
	pages              []uint64
	uni                []int16
	classBias, lexRows []int32
	pairVals           map[uint64]uint64 // row<<pairRowShift | mask, without lexicon bits
	skipVals, triVals  map[uint64]uint64
	pairRows           []int16
	skipRows, triRows  []int16
	lex                *hashTable
}

// assemble lays out a model file. The pair table gets, besides the pairs
// of characters that pair templates mention, every pair of numbered
// characters whose two-character word key is in the lexicon, and each
// pair's value carries that key's lexicon value (pairLexBits), so that the
// tagger reads the second step of its lexicon walks from the pair look-ups
// it makes anyway. The bytes depend only on p.
func assemble(p *parts) ([]byte, error) {
	h := p.h
	pairVals := maps.Clone(p.pairVals)
	lex := *p.lex
	lex.bloom = newBloom(&lex)
	runes := numberedRunes(p.pageIndex, p.pages, h.chars)
	for a, ra := range runes {
		if ra < 0 {
			continue
		}
		h1 := wordKey(wordSeed, ra)
		if _, ok := lex.get(lexKey(h1)); !ok {
			continue // the walk never asks for a longer key
		}
		for b, rb := range runes {
			if rb < 0 {
				continue
			}
			if v, ok := lex.get(lexKey(wordKey(h1, rb))); ok {
				pairVals[uint64(mix32(uint32(a)<<16|uint32(b)))] |= v << pairLexShift
			}
		}
	}
	tables := make([]*hashTable, 3)
	for i, kv := range []struct {
		vals    map[uint64]uint64
		valBits uint
	}{{pairVals, pairValBits}, {p.skipVals, skipValBits}, {p.triVals, triValBits}} {
		t, err := newHashTable(kv.vals, kv.valBits)
		if err != nil {
			return nil, err
		}
		tables[i] = t
	}
	h.pairSlots, h.pairRows = len(tables[0].slots), len(p.pairRows)/numTags
	h.skipSlots, h.skipRows = len(tables[1].slots), len(p.skipRows)/numTags
	h.triSlots, h.triRows = len(tables[2].slots), len(p.triRows)/numTags
	h.lexSlots = len(lex.slots)
	if h.pairRows >= 1<<(pairValBits-pairRowShift) {
		return nil, fmt.Errorf("ner: %d pair rows; at most %d fit", h.pairRows, 1<<(pairValBits-pairRowShift)-1)
	}
	skipBloom, triBloom, lexBloom := newBloom(tables[1]), newBloom(tables[2]), lex.bloom
	h.skipBloom, h.triBloom, h.lexBloom = len(skipBloom), len(triBloom), len(lexBloom)
	h.npages = len(p.pages) / 256

	off := layout(&h)
	b := make([]byte, off.end, off.end+4)
	copy(b, magic)
	hdr := []uint32{numTags, numTemplates, featureVersion, math.Float32bits(h.scale), uint32(h.nfeat), uint32(h.lexMax), uint32(h.chars),
		uint32(h.npages), uint32(h.pairSlots), uint32(h.pairRows), uint32(h.skipSlots), uint32(h.skipRows), uint32(h.triSlots), uint32(h.triRows), uint32(h.lexSlots),
		uint32(h.skipBloom), uint32(h.triBloom), uint32(h.lexBloom)}
	for i, v := range hdr {
		binary.LittleEndian.PutUint32(b[len(magic)+4*i:], v)
	}
	for i, v := range p.trans {
		binary.LittleEndian.PutUint32(b[len(magic)+4*headerWords+4*i:], uint32(v))
	}
	for i, v := range p.pageIndex {
		binary.LittleEndian.PutUint16(b[off.pageIndex+2*i:], v)
	}
	for i, v := range p.pages {
		binary.LittleEndian.PutUint64(b[off.pages+8*i:], v)
	}
	putRows := func(at int, rows []int16) {
		for i, v := range rows {
			binary.LittleEndian.PutUint16(b[at+2*i:], uint16(v))
		}
	}
	putRows(off.uni, p.uni)
	for i, v := range p.classBias {
		binary.LittleEndian.PutUint32(b[off.classBias+4*i:], uint32(v))
	}
	for i, v := range p.lexRows {
		binary.LittleEndian.PutUint32(b[off.lexRows+4*i:], uint32(v))
	}
	putSlots(b[off.pairSlots:], tables[0])
	putRows(off.pairRows, p.pairRows)
	putSlots(b[off.skipSlots:], tables[1])
	putRows(off.skipRows, p.skipRows)
	putSlots(b[off.triSlots:], tables[2])
	putRows(off.triRows, p.triRows)
	putWords(b[off.skipBloom:], skipBloom)
	putWords(b[off.triBloom:], triBloom)
	putSlots(b[off.lex:], &lex)
	putWords(b[off.lexBloom:], lexBloom)
	return binary.LittleEndian.AppendUint32(b, crc32.ChecksumIEEE(b)), nil
}

// numberedRunes returns the normalized rune of each character number that
// the character information pageIndex/pages gives some code point (−1 for
// the others, and for 0 and the sentence boundaries): the characters a
// text can show the tagger.
func numberedRunes(pageIndex []uint16, pages []uint64, chars int) []rune {
	runes := make([]rune, chars)
	for i := range runes {
		runes[i] = -1
	}
	for _, pg := range pageIndex {
		if pg == 0 {
			continue
		}
		for _, e := range pages[int(pg)<<8 : int(pg+1)<<8] {
			if id := int(e >> infoIDShift); id > idEOS && id < chars {
				runes[id] = rune(e & 0xffffff)
			}
		}
	}
	return runes
}

func putSlots(b []byte, t *hashTable) { putWords(b, t.slots) }

func putWords(b []byte, words []uint64) {
	for i, w := range words {
		binary.LittleEndian.PutUint64(b[8*i:], w)
	}
}

// partsOf returns the parts of m's file, with the lexicon lex (a table).
func (m *Model) partsOf(lex *hashTable, lexMax int) *parts {
	p := &parts{
		h:         header{scale: m.scale, nfeat: m.nfeat, lexMax: lexMax, chars: len(m.uni) / (5 * numTags)},
		trans:     m.trans,
		pageIndex: m.pageIndex, pages: m.pages, uni: m.uni, classBias: m.classBias, lexRows: m.lexRows,
		pairVals: map[uint64]uint64{}, skipVals: m.skips.entries(), triVals: m.tris.entries(),
		pairRows: m.pairRows, skipRows: m.skipRows, triRows: m.triRows, lex: lex,
	}
	for k, v := range m.pairs.entries() {
		if v&pairMask != 0 { // a pair that only the lexicon put there is dropped
			p.pairVals[k] = v &^ (1<<pairLexBits - 1<<pairLexShift)
		}
	}
	return p
}
