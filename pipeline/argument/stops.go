package argument

import (
	"math/bits"
	"unicode/utf8"
)

// This file holds the document's stop index: one bit for every rune of
// the text at which some scan over the whole text has something to do.
// Several scans (sentences, clause separators, markers, announcements,
// numbers) step over runs of Han characters three bytes at a time; with
// the index they jump from one stop to the next in one step instead, and
// the text is read rune by rune once, when the index is built.

// stopHan are the Han characters (U+4E00–U+9FFF) that are stops: those a
// marker, a numeral or a formal numeral may start with (hanMarkerStarts
// holds numeralHan). Every other rune is a stop too: a rune that is not
// a Han character in the text or in its folded copy, and a Han character
// below U+4E00.
var stopHan = hanMarkerStarts

// noStops turns the index off (for the tests that compare the scans
// with and without it).
var noStops bool

// buildStops returns the stop index of text and its folded copy f (the
// same length, byte for byte aligned), in buf if it is large enough, or
// nil when text is not valid UTF-8 (the scans then step as they did
// without it). In the same pass it records in trig where the trigger
// characters of f stand (trigs.go); trig is left empty without an index.
func buildStops(text, f string, valid bool, buf []uint64, trig *triggers) []uint64 {
	trig.reset()
	if !valid || len(f) != len(text) || noStops || len(f) >= 1<<31 {
		return nil
	}
	stops := fit(buf, len(f)/64+1)[:len(f)/64+1]
	clear(stops)
	cls := hanScanClasses()
	same := f == text // (nothing folded: Fold returned text itself)
	for i := 0; i < len(f); {
		if hanAt(f, i, len(f)) && (same || hanAt(text, i, len(text))) {
			r := hanRune(f, i)
			if r < 0x4E00 {
				stops[i>>6] |= 1 << (i & 63) // (no trigger lies below U+4E00)
				i += 3
				continue
			}
			c := cls[r-0x4E00]
			if c == 0 {
				i += 3 // (most characters)
				continue
			}
			if c&clsStop != 0 {
				stops[i>>6] |= 1 << (i & 63)
			}
			trig.add(c, i)
			i += 3
			continue
		}
		stops[i>>6] |= 1 << (i & 63)
		if f[i] < utf8.RuneSelf {
			i++
			continue
		}
		if hanAt(f, i, len(f)) { // (a Han character in f, not in text)
			if r := hanRune(f, i); r >= 0x4E00 {
				trig.add(cls[r-0x4E00], i)
			}
		} else if i+2 < len(f) && f[i] == 0xE3 && f[i+1] == 0x80 && f[i+2] == 0x81 { // 、
			trig.pos[trigDun] = append(trig.pos[trigDun], int32(i))
		}
		_, n := decodeRune(f[i:])
		i += n
	}
	trig.on = true
	return stops
}

// nextStop returns where a scan at a Han character at byte i (a
// three-byte one, in the text and in the folded copy) goes next: the first
// stop after it, or lim if that comes first. All the runes in between are
// Han characters that are no stop: a scan stepping by three bytes over
// Han characters other than stopHan would step over them. Without an
// index it returns i+3.
func (d *doc) nextStop(i, lim int) int {
	j := i + 3
	if d.stops == nil || j >= lim {
		return j
	}
	w := j >> 6
	if b := d.stops[w] >> (j & 63); b != 0 {
		return min(j+bits.TrailingZeros64(b), lim)
	}
	for w++; w<<6 < lim; w++ {
		if b := d.stops[w]; b != 0 {
			return min(w<<6+bits.TrailingZeros64(b), lim)
		}
	}
	return lim
}
