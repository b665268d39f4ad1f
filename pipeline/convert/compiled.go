package convert

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"math/bits"
	"slices"
	"strings"
	"unicode/utf8"
	"unsafe"
)

// The compiled tables (dict/opencc/data/opencc.bin, written by Compile) hold
// every dictionary that OpenCC 1.4.2's configs use, the generated ones
// included, in the form the matcher reads in place: opening a dictionary
// checks it and points into the embedded bytes, without parsing or building
// anything. All integers are little-endian; sections start at multiples of
// 8 bytes.
//
//	magic      "ZHOCC\x00\x00\x01"
//	uint32     number of sections, then 0
//	directory  per section: name offset, name length, offset, size (uint32)
//	names      the section names, one after the other
//	sections   "dict/NAME": a dictionary; "changes/CONFIG": the code points
//	           that CONFIG converts to something else when they stand alone
//
// A dictionary section:
//
//	header   kind 1, pages, cells, multi keys, values, key bytes, value
//	         bytes, 0 (uint32)
//	pageNums pages × uint16: the 256-code-point pages that hold a first
//	         code point of a key, ascending (local pages 1…)
//	set      (pages + 1) × 4 × uint64: those code points, 256 bits per
//	         local page (page 0 empty)
//	rank     (pages + 1) × 4 × uint32: the number of the cell of the first
//	         code point of each 64-bit word of set
//	cells    cells × uint64, one per first code point: bits 0–23 the
//	         single-code-point entry's value + 1 (0: none), bits 24–47 the
//	         first multi-code-point key starting with the code point, bits
//	         48–63 how many there are
//	keyOff   (multi keys + 1) × uint32: the keys, sorted bytewise
//	mval     multi keys × uint32: each key's value
//	valOff   (values + 1) × uint32
//	keys     key bytes; vals: value bytes
//
// A changes section: header (kind 2, pages, 0…), pageNums and set. Opening
// a section builds only its page index (one uint16 per page of Unicode).
const compiledMagic = "ZHOCC\x00\x00\x01"

const (
	kindDict    = 1
	kindChanges = 2
	sectionHdr  = 32
)

// A compiled cell's fields.
const (
	cellValBits = 24
	cellLoShift = 24
	cellNShift  = 48
)

// compiledSet is an opened compiled file: its sections by name.
type compiledSet struct {
	data     string // 8-byte aligned
	sections map[string][2]int
}

var littleEndian = binary.NativeEndian.Uint16([]byte{1, 0}) == 1

// openCompiled reads the directory of a compiled file. When data is not
// 8-byte aligned, or the machine is not little-endian, it works on an
// aligned copy in the machine's byte order.
func openCompiled(data string) (*compiledSet, error) {
	bad := func(why string) error { return fmt.Errorf("convert: compiled tables: %s", why) }
	if len(data) < len(compiledMagic)+8 || data[:len(compiledMagic)] != compiledMagic {
		return nil, bad("bad magic")
	}
	u32 := func(at int) int { return int(binary.LittleEndian.Uint32([]byte(data[at : at+4]))) }
	n := u32(len(compiledMagic))
	dir := len(compiledMagic) + 8
	if n > 1<<16 || dir+16*n > len(data) {
		return nil, bad("bad directory")
	}
	cs := &compiledSet{sections: make(map[string][2]int, n)}
	for i := range n {
		e := dir + 16*i
		no, nl, off, size := u32(e), u32(e+4), u32(e+8), u32(e+12)
		if no+nl > len(data) || off%8 != 0 || off+size > len(data) || size < sectionHdr {
			return nil, bad("bad directory entry")
		}
		cs.sections[data[no:no+nl]] = [2]int{off, size}
	}
	if !littleEndian || uintptr(unsafe.Pointer(unsafe.StringData(data)))%8 != 0 {
		var err error
		if data, err = alignedCopy(data, cs); err != nil {
			return nil, err
		}
	}
	cs.data = data
	return cs, nil
}

// alignedCopy copies data into 8-byte aligned memory, converting every
// section's integers to the machine's byte order.
func alignedCopy(data string, cs *compiledSet) (string, error) {
	words := make([]uint64, (len(data)+7)/8)
	b := unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(words))), len(data))
	copy(b, data)
	if !littleEndian {
		for _, sec := range cs.sections {
			off := sec[0]
			h := readHeader(b[off:])
			l := dictLayout(h)
			swap := func(from, to, size int) {
				for p := off + from; p+size <= off+to; p += size {
					slices.Reverse(b[p : p+size])
				}
			}
			swap(0, sectionHdr, 4)
			swap(l.pageNums, l.set, 2)
			swap(l.set, l.rank, 8)
			swap(l.rank, l.cells, 4)
			swap(l.cells, l.keyOff, 8)
			swap(l.keyOff, l.keys, 4)
		}
	}
	return unsafe.String(unsafe.SliceData(b), len(b)), nil
}

// sectionHeader is the header of a section.
type sectionHeader struct {
	kind, pages, cells, multi, values, keyBytes, valBytes int
}

func readHeader(b []byte) sectionHeader {
	u := func(i int) int { return int(binary.LittleEndian.Uint32(b[4*i:])) }
	return sectionHeader{u(0), u(1), u(2), u(3), u(4), u(5), u(6)}
}

// sectionLayout holds the offsets of a section's parts.
type sectionLayout struct {
	pageNums, set, rank, cells, keyOff, mval, valOff, keys, vals, end int
}

func align8(n int) int { return (n + 7) &^ 7 }

func dictLayout(h sectionHeader) sectionLayout {
	var l sectionLayout
	p := sectionHdr
	next := func(size int) int {
		at := p
		p = align8(p + size)
		return at
	}
	l.pageNums = next(2 * h.pages)
	l.set = next(32 * (h.pages + 1))
	if h.kind == kindChanges {
		l.rank, l.cells, l.keyOff, l.mval, l.valOff, l.keys, l.vals, l.end = p, p, p, p, p, p, p, p
		return l
	}
	l.rank = next(16 * (h.pages + 1))
	l.cells = next(8 * h.cells)
	l.keyOff = next(4 * (h.multi + 1))
	l.mval = next(4 * h.multi)
	l.valOff = next(4 * (h.values + 1))
	l.keys = next(h.keyBytes)
	l.vals = next(h.valBytes)
	l.end = p
	return l
}

// viewAt returns the n values of type T at byte offset off of s, in place.
func viewAt[T any](s string, off, n int) []T {
	if n == 0 {
		return nil
	}
	var zero T
	_ = s[off+n*int(unsafe.Sizeof(zero))-1]
	return unsafe.Slice((*T)(unsafe.Pointer(unsafe.StringData(s[off:]))), n)
}

// section returns the header and layout of section name, checked against
// its size.
func (cs *compiledSet) section(name string, kind int) (string, sectionHeader, sectionLayout, error) {
	sec, ok := cs.sections[name]
	if !ok {
		return "", sectionHeader{}, sectionLayout{}, fmt.Errorf("convert: compiled tables: no section %s", name)
	}
	s := cs.data[sec[0] : sec[0]+sec[1]]
	h := readHeader([]byte(s[:sectionHdr]))
	if h.kind != kind || h.pages > runePages || h.cells > 256*h.pages || h.multi > 1<<24 || h.values >= 1<<cellValBits || h.keyBytes > len(s) || h.valBytes > len(s) {
		return "", h, sectionLayout{}, fmt.Errorf("convert: compiled tables: section %s: bad header", name)
	}
	l := dictLayout(h)
	if l.end != len(s) {
		return "", h, l, fmt.Errorf("convert: compiled tables: section %s: %d bytes; the header announces %d", name, len(s), l.end)
	}
	return s, h, l, nil
}

// ctable is a compiled dictionary, read in place.
type ctable struct {
	name   string
	first  [256]bool
	set    runeSet  // first code points of the keys; its pages number rank's
	rank   []uint32 // cell number of each word of set
	cells  []uint64
	keyOff []uint32
	mval   []uint32
	valOff []uint32
	keys   string
	vals   string
}

// openSet builds the page index of a section's set of code points.
func openSet(s string, h sectionHeader, l sectionLayout) (runeSet, error) {
	nums := viewAt[uint16](s, l.pageNums, h.pages)
	rs := runeSet{index: make([]uint16, runePages), bits: viewAt[uint64](s, l.set, 4*(h.pages+1))}
	for i, pn := range nums {
		if int(pn) >= runePages || rs.index[pn] != 0 {
			return rs, errors.New("bad page list")
		}
		rs.index[pn] = uint16(i + 1)
	}
	return rs, nil
}

// dict opens the compiled dictionary named stem and checks every index in
// it, so that no file can make a match read out of bounds.
func (cs *compiledSet) dict(stem string) (*ctable, error) {
	name := "dict/" + stem
	s, h, l, err := cs.section(name, kindDict)
	if err != nil {
		return nil, err
	}
	bad := func(what string) (*ctable, error) {
		return nil, fmt.Errorf("convert: compiled tables: section %s: %s out of range", name, what)
	}
	t := &ctable{
		name:   stem,
		rank:   viewAt[uint32](s, l.rank, 4*(h.pages+1)),
		cells:  viewAt[uint64](s, l.cells, h.cells),
		keyOff: viewAt[uint32](s, l.keyOff, h.multi+1),
		mval:   viewAt[uint32](s, l.mval, h.multi),
		valOff: viewAt[uint32](s, l.valOff, h.values+1),
		keys:   s[l.keys : l.keys+h.keyBytes],
		vals:   s[l.vals : l.vals+h.valBytes],
	}
	if t.set, err = openSet(s, h, l); err != nil {
		return bad("page")
	}
	for w, word := range t.set.bits {
		if int(t.rank[w])+bits.OnesCount64(word) > h.cells {
			return bad("rank")
		}
	}
	for _, c := range t.cells {
		v, lo, n := c&(1<<cellValBits-1), int(c>>cellLoShift&(1<<24-1)), int(c>>cellNShift)
		if int(v) > h.values || lo+n > h.multi {
			return bad("cell")
		}
	}
	if !ascending(t.keyOff, h.keyBytes) || !ascending(t.valOff, h.valBytes) {
		return bad("offsets")
	}
	for _, v := range t.mval {
		if int(v) >= h.values {
			return bad("value")
		}
	}
	t.first = startBytes(&t.set)
	return t, nil
}

// ascending reports whether offs starts at 0, never decreases and ends at
// most at limit.
func ascending(offs []uint32, limit int) bool {
	if len(offs) == 0 || offs[0] != 0 || int(offs[len(offs)-1]) > limit {
		return false
	}
	for i := 1; i < len(offs); i++ {
		if offs[i] < offs[i-1] {
			return false
		}
	}
	return true
}

// changes opens the set of code points that config converts when alone.
func (cs *compiledSet) changes(config string) (*runeSet, error) {
	name := "changes/" + config
	s, h, l, err := cs.section(name, kindChanges)
	if err != nil {
		return nil, err
	}
	rs, err := openSet(s, h, l)
	if err != nil {
		return nil, fmt.Errorf("convert: compiled tables: section %s: %v", name, err)
	}
	return &rs, nil
}

// startBytes returns the set of bytes that the UTF-8 encodings of the
// code points in rs start with.
func startBytes(rs *runeSet) (first [256]bool) {
	var buf [utf8.UTFMax]byte
	for pg, p := range rs.index {
		if p == 0 {
			continue
		}
		for w, word := range rs.bits[int(p)*4 : int(p)*4+4] {
			if word == 0 {
				continue
			}
			if pg >= 0x08 { // one lead byte for the whole page: 3 or 4 bytes
				utf8.EncodeRune(buf[:], rune(pg<<8))
				first[buf[0]] = true
				break
			}
			for bit := range 64 {
				if word>>bit&1 != 0 {
					utf8.EncodeRune(buf[:], rune(pg<<8|w<<6|bit))
					first[buf[0]] = true
				}
			}
		}
	}
	return first
}

func (t *ctable) starts() *[256]bool { return &t.first }

func (t *ctable) runes() *runeSet { return &t.set }

func (t *ctable) key(i int) string { return t.keys[t.keyOff[i]:t.keyOff[i+1]] }

func (t *ctable) value(v uint32) string { return t.vals[t.valOff[v]:t.valOff[v+1]] }

// match finds the longest key at s[p:], as table.match does: the keys of
// two or more code points that start with r are a sorted range, narrowed
// one code point at a time to those that have s[p:q] as a prefix.
func (t *ctable) match(s string, p int, r rune, n int) (int, string) {
	if !t.first[s[p]] {
		return 0, ""
	}
	w := int(t.set.index[r>>8])*4 + int(r&0xff)>>6
	word, bit := t.set.bits[w], uint(r&63)
	if word>>bit&1 == 0 {
		return 0, ""
	}
	c := t.cells[int(t.rank[w])+bits.OnesCount64(word&(1<<bit-1))]
	if cnt := int(c >> cellNShift); cnt > 0 {
		lo := int(c >> cellLoShift & (1<<24 - 1))
		hi := lo + cnt
		best, bestV := 0, ""
		for q := p + n; q < len(s); {
			// Every key of [lo, hi) has the prefix s[p:q] (at first,
			// the code point r): they compare with s[p:q'] as their
			// rest from off compares with the next code point, next.
			off := q - p
			q += int(seqLen[s[q]])
			if q > len(s) {
				break
			}
			next := s[off+p : q]
			// lo: the first key ≥ s[p:q]; hi: the first key after lo
			// without the prefix s[p:q].
			for a, b := lo, hi; a < b; {
				if m := int(uint(a+b) >> 1); restLess(t.key(m)[off:], next) {
					a = m + 1
					lo = a
				} else {
					b = m
				}
			}
			for a, b := lo, hi; a < b; {
				if m := int(uint(a+b) >> 1); restHasPrefix(t.key(m)[off:], next) {
					a = m + 1
				} else {
					b = m
					hi = b
				}
			}
			if lo == hi {
				break
			}
			if len(t.key(lo)) == q-p {
				best, bestV = q-p, t.value(t.mval[lo])
			}
		}
		if best > 0 {
			return best, bestV
		}
	}
	if v := c & (1<<cellValBits - 1); v != 0 {
		return n, t.value(uint32(v - 1))
	}
	return 0, ""
}

// restLess reports whether k < x, for the short strings of one code
// point that ctable.match compares (a loop instead of a call).
func restLess(k, x string) bool {
	for i := 0; i < len(k) && i < len(x); i++ {
		if k[i] != x[i] {
			return k[i] < x[i]
		}
	}
	return len(k) < len(x)
}

// restHasPrefix reports whether k starts with x, as restLess does.
func restHasPrefix(k, x string) bool {
	if len(k) < len(x) {
		return false
	}
	for i := 0; i < len(x); i++ {
		if k[i] != x[i] {
			return false
		}
	}
	return true
}

// Compile writes the compiled tables of the OpenCC data in fsys (laid out
// as dict/opencc's: dictionary/NAME.txt, config/NAME.json): every
// dictionary the 16 configs use, generated ones included, and for each
// config the code points it converts when they stand alone. The bytes
// depend only on the data.
func Compile(fsys fs.FS) ([]byte, error) {
	l := NewLoaderFS(fsys)
	stems := map[string]bool{}
	var walk func(d dictSpec)
	walk = func(d dictSpec) {
		switch d.Type {
		case "group":
			for _, c := range d.Dicts {
				walk(c)
			}
		case "ocd2", "ocd", "text":
			stems[fileStem(d.File)] = true
		}
	}
	for _, name := range Configs() {
		spec, err := l.config(name)
		if err != nil {
			return nil, err
		}
		for _, c := range spec.Normalization {
			walk(c.Dict)
		}
		if spec.Segmentation != nil {
			walk(spec.Segmentation.Dict)
		}
		for _, c := range spec.ConversionChain {
			walk(c.Dict)
		}
	}
	type section struct {
		name string
		data []byte
	}
	var secs []section
	for _, stem := range slices.Sorted(maps.Keys(stems)) {
		d, err := l.textDict(stem)
		if err != nil {
			return nil, err
		}
		b, err := compileDict(d)
		if err != nil {
			return nil, err
		}
		secs = append(secs, section{"dict/" + stem, b})
	}
	for _, name := range Configs() {
		c, err := l.Converter(name)
		if err != nil {
			return nil, err
		}
		secs = append(secs, section{"changes/" + name, compileChanges(c)})
	}
	var out []byte
	out = append(out, compiledMagic...)
	out = binary.LittleEndian.AppendUint32(out, uint32(len(secs)))
	out = binary.LittleEndian.AppendUint32(out, 0)
	dir := len(out)
	out = append(out, make([]byte, 16*len(secs))...)
	for i, s := range secs {
		binary.LittleEndian.PutUint32(out[dir+16*i:], uint32(len(out)))
		binary.LittleEndian.PutUint32(out[dir+16*i+4:], uint32(len(s.name)))
		out = append(out, s.name...)
	}
	for i, s := range secs {
		for len(out)%8 != 0 {
			out = append(out, 0)
		}
		binary.LittleEndian.PutUint32(out[dir+16*i+8:], uint32(len(out)))
		binary.LittleEndian.PutUint32(out[dir+16*i+12:], uint32(len(s.data)))
		out = append(out, s.data...)
	}
	return out, nil
}

func fileStem(file string) string {
	for _, ext := range []string{".ocd2", ".ocd", ".txt"} {
		file = strings.TrimSuffix(file, ext)
	}
	return file
}

// compileDict lays out one dictionary section (only the first value of
// each entry is kept, as conversion uses only that).
func compileDict(d *textDict) ([]byte, error) {
	type kv struct{ key, val string }
	entries := make([]kv, 0, len(d.entries))
	for _, e := range d.entries {
		entries = append(entries, kv{e.key, e.first()})
	}
	slices.SortStableFunc(entries, func(a, b kv) int { return strings.Compare(a.key, b.key) })
	for i := 1; i < len(entries); i++ {
		if entries[i].key == entries[i-1].key {
			return nil, fmt.Errorf("convert: %s: duplicate key %q", d.name, entries[i].key)
		}
	}
	if len(entries) >= 1<<cellValBits-1 {
		return nil, fmt.Errorf("convert: %s: too many entries", d.name)
	}
	// Cells in code point order of their first code points.
	type first struct {
		r    rune
		cell uint64
	}
	var firsts []first
	var keyOff, mval, valOff []uint32
	var keys, vals []byte
	keyOff = append(keyOff, 0)
	valOff = append(valOff, 0)
	sb := newRuneSetBuilder()
	cellOf := map[rune]int{}
	for i, e := range entries {
		vals = append(vals, e.val...)
		valOff = append(valOff, uint32(len(vals)))
		r, n := utf8.DecodeRuneInString(e.key)
		ci, ok := cellOf[r]
		if !ok {
			ci = len(firsts)
			cellOf[r] = ci
			firsts = append(firsts, first{r: r})
			sb.add(r)
		}
		c := &firsts[ci].cell
		if n == len(e.key) {
			*c |= uint64(i + 1)
			continue
		}
		m := len(mval)
		if *c>>cellNShift == 0 {
			*c |= uint64(m) << cellLoShift
		}
		if *c>>cellNShift == 1<<16-1 || m >= 1<<24 {
			return nil, fmt.Errorf("convert: %s: too many keys starting with %q", d.name, r)
		}
		*c += 1 << cellNShift
		keys = append(keys, e.key...)
		keyOff = append(keyOff, uint32(len(keys)))
		mval = append(mval, uint32(i))
	}
	slices.SortFunc(firsts, func(a, b first) int { return int(a.r - b.r) })
	cells := make([]uint64, len(firsts))
	for i, f := range firsts {
		cells[i] = f.cell
	}
	h := sectionHeader{kind: kindDict, cells: len(cells), multi: len(mval), values: len(entries), keyBytes: len(keys), valBytes: len(vals)}
	nums, set, rank := setSection(sb.set())
	h.pages = len(nums)
	l := dictLayout(h)
	b := make([]byte, l.end)
	putHeader(b, h)
	put16(b[l.pageNums:], nums)
	put64(b[l.set:], set)
	put32(b[l.rank:], rank)
	put64(b[l.cells:], cells)
	put32(b[l.keyOff:], keyOff)
	put32(b[l.mval:], mval)
	put32(b[l.valOff:], valOff)
	copy(b[l.keys:], keys)
	copy(b[l.vals:], vals)
	return b, nil
}

// setSection lays out a set of code points as a section stores it: the
// pages that hold some in ascending order, their bits (after an empty page
// 0), and the rank of each 64-bit word (the number of code points before
// it).
func setSection(rs *runeSet) (nums []uint16, set []uint64, rank []uint32) {
	set = make([]uint64, 4)
	rank = make([]uint32, 4)
	n := 0
	for pg, p := range rs.index {
		if p == 0 {
			continue
		}
		nums = append(nums, uint16(pg))
		for _, w := range rs.bits[int(p)*4 : int(p)*4+4] {
			set = append(set, w)
			rank = append(rank, uint32(n))
			n += bits.OnesCount64(w)
		}
	}
	return nums, set, rank
}

// compileChanges lays out the set of code points that c converts to
// something else when they stand alone.
func compileChanges(c *Converter) []byte {
	sb := newRuneSetBuilder()
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if (r >= 0xD800 && r <= 0xDFFF) || !c.mayChange(r) {
			continue
		}
		if s := string(r); c.Convert(s) != s {
			sb.add(r)
		}
	}
	nums, set, _ := setSection(sb.set())
	h := sectionHeader{kind: kindChanges, pages: len(nums)}
	l := dictLayout(h)
	b := make([]byte, l.end)
	putHeader(b, h)
	put16(b[l.pageNums:], nums)
	put64(b[l.set:], set)
	return b
}

func putHeader(b []byte, h sectionHeader) {
	for i, v := range []int{h.kind, h.pages, h.cells, h.multi, h.values, h.keyBytes, h.valBytes} {
		binary.LittleEndian.PutUint32(b[4*i:], uint32(v))
	}
}

func put16(b []byte, v []uint16) {
	for i, x := range v {
		binary.LittleEndian.PutUint16(b[2*i:], x)
	}
}

func put32(b []byte, v []uint32) {
	for i, x := range v {
		binary.LittleEndian.PutUint32(b[4*i:], x)
	}
}

func put64(b []byte, v []uint64) {
	for i, x := range v {
		binary.LittleEndian.PutUint64(b[8*i:], x)
	}
}
