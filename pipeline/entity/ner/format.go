package ner

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"math"
	"slices"
)

// The model file format (all integers little-endian):
//
//	magic    "ZHNER\x00\x00\x01"
//	uvarint  numTags, numTemplates, featureVersion
//	uint32   scale (float32 bits)
//	varint   transition weights, numTags×numTags
//	uvarint  n fold pairs, then n × (uvarint from, uvarint to), ascending from
//	uvarint  longest lexicon word, n lexicon words, then n × (uvarint key
//	         delta, byte label bits), ascending keys
//	uvarint  n features, then n uvarint key deltas (ascending keys)
//	n ×      uvarint mask of non-zero tags, then a varint per set bit
//	uint32   CRC-32 (IEEE) of everything before it
const magic = "ZHNER\x00\x00\x01"

// WriteTo serializes the model; the output is a deterministic function of
// the model.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	var buf []byte
	buf = append(buf, magic...)
	buf = binary.AppendUvarint(buf, numTags)
	buf = binary.AppendUvarint(buf, numTemplates)
	buf = binary.AppendUvarint(buf, featureVersion)
	buf = binary.LittleEndian.AppendUint32(buf, math.Float32bits(m.scale))
	for _, t := range m.trans {
		buf = binary.AppendVarint(buf, int64(t))
	}
	from := make([]rune, 0, len(m.fold))
	for r := range m.fold {
		from = append(from, r)
	}
	slices.Sort(from)
	buf = binary.AppendUvarint(buf, uint64(len(from)))
	for _, r := range from {
		buf = binary.AppendUvarint(buf, uint64(r))
		buf = binary.AppendUvarint(buf, uint64(m.fold[r]))
	}
	lexKeys := make([]uint64, 0, len(m.lex))
	for k := range m.lex {
		lexKeys = append(lexKeys, k)
	}
	slices.Sort(lexKeys)
	buf = binary.AppendUvarint(buf, uint64(m.lexMax))
	buf = binary.AppendUvarint(buf, uint64(len(lexKeys)))
	prev := uint64(0)
	for _, k := range lexKeys {
		buf = binary.AppendUvarint(buf, k-prev)
		buf = append(buf, m.lex[k])
		prev = k
	}
	buf = binary.AppendUvarint(buf, uint64(len(m.keys)))
	prev = 0
	for _, k := range m.keys {
		buf = binary.AppendUvarint(buf, k-prev)
		prev = k
	}
	for r := range m.keys {
		row := m.weights[r*numTags : (r+1)*numTags]
		var mask uint64
		for t, v := range row {
			if v != 0 {
				mask |= 1 << t
			}
		}
		buf = binary.AppendUvarint(buf, mask)
		for _, v := range row {
			if v != 0 {
				buf = binary.AppendVarint(buf, int64(v))
			}
		}
	}
	buf = binary.LittleEndian.AppendUint32(buf, crc32.ChecksumIEEE(buf))
	n, err := w.Write(buf)
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

// Decode parses a model from the bytes written by [Model.WriteTo]; it does
// not retain data.
func Decode(data []byte) (*Model, error) {
	if len(data) < len(magic)+4 || string(data[:len(magic)]) != magic {
		return nil, fmt.Errorf("%w: bad magic", errFormat)
	}
	body := data[:len(data)-4]
	if crc32.ChecksumIEEE(body) != binary.LittleEndian.Uint32(data[len(data)-4:]) {
		return nil, fmt.Errorf("%w: checksum mismatch", errFormat)
	}
	return decodeBody(body[len(magic):])
}

// decodeBody parses what follows the magic, up to the checksum.
func decodeBody(b []byte) (*Model, error) {
	d := decoder{b: b}
	if d.uvarint() != numTags || d.uvarint() != numTemplates || d.uvarint() != featureVersion {
		return nil, fmt.Errorf("%w: model built for another tag or feature set", errFormat)
	}
	m := &Model{ok: allowedTransitions()}
	m.scale = math.Float32frombits(d.uint32())
	for i := range m.trans {
		m.trans[i] = int32(d.varint())
	}
	nf := d.uvarint()
	if nf > uint64(len(d.b)) {
		return nil, fmt.Errorf("%w: fold size", errFormat)
	}
	if nf > 0 {
		m.fold = make(map[rune]rune, nf)
	}
	for range nf {
		a, b := d.uvarint(), d.uvarint()
		if a > math.MaxInt32 || b > math.MaxInt32 {
			return nil, fmt.Errorf("%w: fold pair", errFormat)
		}
		m.fold[rune(a)] = rune(b)
	}
	lexMax, nl := d.uvarint(), d.uvarint()
	if lexMax > maxLexLen || nl > uint64(len(d.b)) {
		return nil, fmt.Errorf("%w: lexicon size", errFormat)
	}
	m.lexMax = int(lexMax)
	if nl > 0 {
		m.lex = make(map[uint64]uint8, nl)
	}
	prev := uint64(0)
	for i := range nl {
		delta := d.uvarint()
		if i > 0 && delta == 0 {
			return nil, fmt.Errorf("%w: lexicon keys not ascending", errFormat)
		}
		prev += delta
		if len(d.b) == 0 {
			return nil, fmt.Errorf("%w: truncated lexicon", errFormat)
		}
		m.lex[prev] = d.b[0]
		d.b = d.b[1:]
	}
	n := d.uvarint()
	if n > uint64(len(d.b)) {
		return nil, fmt.Errorf("%w: feature count", errFormat)
	}
	m.keys = make([]uint64, n)
	prev = 0
	for i := range m.keys {
		delta := d.uvarint()
		if i > 0 && delta == 0 {
			return nil, fmt.Errorf("%w: keys not ascending", errFormat)
		}
		prev += delta
		m.keys[i] = prev
	}
	if n > 0 && m.keys[0] == 0 {
		return nil, fmt.Errorf("%w: zero key", errFormat)
	}
	m.weights = make([]int16, int(n)*numTags)
	for r := range int(n) {
		mask := d.uvarint()
		if mask >= 1<<numTags {
			return nil, fmt.Errorf("%w: tag mask", errFormat)
		}
		for t := range numTags {
			if mask&(1<<t) != 0 {
				v := d.varint()
				if v < math.MinInt16 || v > math.MaxInt16 {
					return nil, fmt.Errorf("%w: weight out of range", errFormat)
				}
				m.weights[r*numTags+t] = int16(v)
			}
		}
	}
	if d.err != nil {
		return nil, fmt.Errorf("%w: %v", errFormat, d.err)
	}
	if len(d.b) != 0 {
		return nil, fmt.Errorf("%w: %d trailing bytes", errFormat, len(d.b))
	}
	m.buildTable()
	return m, nil
}

// decoder reads varints from b, remembering the first error.
type decoder struct {
	b   []byte
	err error
}

func (d *decoder) uvarint() uint64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Uvarint(d.b)
	if n <= 0 {
		d.err = errors.New("truncated")
		d.b = nil
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) varint() int64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Varint(d.b)
	if n <= 0 {
		d.err = errors.New("truncated")
		d.b = nil
		return 0
	}
	d.b = d.b[n:]
	return v
}

func (d *decoder) uint32() uint32 {
	if d.err != nil || len(d.b) < 4 {
		d.err = errors.New("truncated")
		return 0
	}
	v := binary.LittleEndian.Uint32(d.b)
	d.b = d.b[4:]
	return v
}
