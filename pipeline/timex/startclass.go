package timex

import (
	"slices"
	"strings"

	"github.com/zhpipe/zhpipe/pipeline/numeral"
)

// The scan asks canStart and deadStart at every rune of startMay, a few
// hundred runes that are frequent in news (一, 上, 的, 和, 时 …). What the
// two ask of the rune itself (the sets startSet, startPairFirst, startOne,
// startFirst …, the numerals, the words that follow it) is looked up once
// per rune of startMay, by its rank there: one class byte, the second
// runes of its pairs (startPairs) and its longer start words (startLong).
// TestStartClassAgrees compares canStart and deadStart with the set
// look-ups they stand for.

// Bits of a start class.
const (
	classSure          = 1 << iota // canStart accepts the rune alone: startSet, a numeral (numeralRune, startOther)
	classPairFirst                 // startPairFirst
	classLive                      // deadStart accepts the rune alone: startOne or numeral.Starts
	classBeforeAmount              // startBeforeAmount
	classBeforeQuarter             // startBeforeQuarter
	classFirst                     // startFirst
)

// startClasses holds the class of each rune of startMay by its rank,
// startSeconds the second runes of its startPairs, sorted, and
// startLongs its longer start words (startLong), and startLongSeconds
// their second runes.
var startClasses, startSeconds, startLongs, startLongSeconds = func() ([]uint8, [][]rune, [][]string, [][]rune) {
	var cls []uint8
	var seconds, longSeconds [][]rune
	var longs [][]string
	for r := range startMay.members() {
		c := uint8(0)
		if _, num := numeralRune(r); startSet.has(r) || num || strings.ContainsRune(startOther, r) {
			c |= classSure
		}
		if startPairFirst.has(r) {
			c |= classPairFirst
		}
		if startOne.has(r) || numeral.Starts(r) {
			c |= classLive
		}
		if startBeforeAmount.has(r) {
			c |= classBeforeAmount
		}
		if startBeforeQuarter.has(r) {
			c |= classBeforeQuarter
		}
		if startFirst.has(r) {
			c |= classFirst
		}
		var sec []rune
		for k := range startPairSet {
			if k[0] == r {
				sec = append(sec, k[1])
			}
		}
		slices.Sort(sec)
		cls = append(cls, c)
		seconds = append(seconds, sec)
		longs = append(longs, startLong[r])
		var ls []rune
		for _, w := range startLong[r] {
			if rs := []rune(w); !slices.Contains(ls, rs[1]) {
				ls = append(ls, rs[1])
			}
		}
		longSeconds = append(longSeconds, ls)
	}
	return cls, seconds, longs, longSeconds
}()

// startClassOf returns the class of r, a rune of startMay, and its rank.
func startClassOf(r rune) (uint8, int) {
	k := startMay.rank(r)
	return startClasses[k], k
}

// numeralStarts is numeral.Starts for the Basic Multilingual Plane as a
// bit set of the package's own, read without a call
// (TestNumStartsIsNumeralStarts).
var numeralStarts = func() *runeSet {
	var s runeSet
	for r := rune(0); r < 0x10000; r++ {
		if numeral.Starts(r) {
			s.bits[r>>6] |= 1 << (r & 63)
		}
	}
	return &s
}()

// numStarts is numeral.Starts(r).
func numStarts(r rune) bool {
	if uint32(r) < 0x10000 {
		return numeralStarts.bits[r>>6]&(1<<(r&63)) != 0
	}
	return numeral.Starts(r)
}
