package out

import (
	"math/bits"
	"unicode/utf8"
)

// Offsets converts byte offsets of one text to code point and UTF-16
// offsets. It keeps a checkpoint every 64 bytes, so each conversion costs
// at most 64 bytes of decoding whatever the text's size.
type Offsets struct {
	text  string
	runes []int32 // code points before each checkpoint
	units []int32 // UTF-16 units before each checkpoint
}

const checkpoint = 64

// NewOffsets indexes text.
func NewOffsets(text string) *Offsets {
	n := len(text)/checkpoint + 1
	o := &Offsets{text: text, runes: make([]int32, 0, n), units: make([]int32, 0, n)}
	var r, u int32
	for i := 0; i <= len(text); i += checkpoint {
		o.runes = append(o.runes, r)
		o.units = append(o.units, u)
		end := min(i+checkpoint, len(text))
		if end-i == checkpoint {
			// A whole block, eight bytes at a time: a byte begins a code
			// point unless it is 10xxxxxx, and one of 11110xxx or above
			// counts two UTF-16 units, as below.
			for j := i; j < end; j += 8 {
				starts, four := count8(load64(text, j))
				r += int32(starts)
				u += int32(starts + four)
			}
			continue
		}
		for j := i; j < end; j++ {
			if utf8.RuneStart(text[j]) {
				r++
				if text[j] >= 0xF0 {
					u += 2
				} else {
					u++
				}
			}
		}
	}
	return o
}

// count8 returns how many of the eight bytes of w begin a code point (are
// not 10xxxxxx) and how many are 11110xxx or above (a code point of two
// UTF-16 units).
func count8(w uint64) (starts, four int) {
	cont := w >> 7 & ^(w >> 6) & 0x0101010101010101
	f := w & (w << 1) & (w << 2) & (w << 3) & 0x8080808080808080
	return 8 - bits.OnesCount64(cont), bits.OnesCount64(f)
}

// load64 returns the eight bytes of s from i as a little-endian number.
func load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// Rune returns the number of code points before byte offset b.
func (o *Offsets) Rune(b int) int {
	r, _ := o.at(b)
	return r
}

// runeSpan returns Rune(start) and Rune(end), counting the second from the
// first when both fall between the same checkpoints.
func (o *Offsets) runeSpan(start, end int) (int, int) {
	rs := o.Rune(start)
	if start < 0 || end < start || end > len(o.text) || end/checkpoint != start/checkpoint {
		return rs, o.Rune(end)
	}
	re := rs
	for j := start; j < end; j++ {
		if utf8.RuneStart(o.text[j]) {
			re++
		}
	}
	return rs, re
}

// UTF16 returns the number of UTF-16 units before byte offset b.
func (o *Offsets) UTF16(b int) int {
	_, u := o.at(b)
	return u
}

func (o *Offsets) at(b int) (int, int) {
	if b > len(o.text) {
		b = len(o.text)
	}
	k := b / checkpoint
	r, u := int(o.runes[k]), int(o.units[k])
	j := k * checkpoint
	for ; j+8 <= b; j += 8 {
		starts, four := count8(load64(o.text, j))
		r += starts
		u += starts + four
	}
	for ; j < b; j++ {
		if utf8.RuneStart(o.text[j]) {
			r++
			if o.text[j] >= 0xF0 {
				u += 2
			} else {
				u++
			}
		}
	}
	return r, u
}
