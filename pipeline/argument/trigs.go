package argument

import (
	"sync"

	"github.com/zhpipe/zhpipe/pipeline/internal/hanstr"
)

// This file holds the document's trigger index: where the characters
// stand that some pass looks for in paragraph after paragraph or clause
// after clause (和, 及 and 與 for a pair, 、 for a list, 是 and 一 for the
// 一是 family, the first characters of section cues), and where a speech
// verb may start (findActs goes from one to the next). It is built in the
// pass that builds the stop index, which reads every character once;
// asking whether a span holds one is then a binary search in a short
// list instead of a search of the span's bytes for each character.

// The trigger classes.
const (
	trigConj = iota // 和 及 与
	trigDun         // 、
	trigShi         // 是
	trigYi          // 一
	trigCue         // 背 容 特 估 几 挑: cueRole's words hold one
	trigAct         // actFirsts: a speech verb or a source frame may start there
	nTrig
)

// trigClass returns the class of the Han character r, or -1.
func trigClass(r rune) int {
	switch r {
	case '和', '及', '与':
		return trigConj
	case '是':
		return trigShi
	case '一':
		return trigYi
	case '背', '容', '特', '估', '几', '挑':
		return trigCue
	}
	return -1
}

// trigHan are the Han characters of the classes.
const trigHan = "和及与是一背容特估几挑"

// triggers holds, for each class, the byte offsets in the folded text of
// its characters (all of three bytes), ascending. on is false when the
// index was not built (text that is not valid UTF-8, or the tests'
// noStops): the questions are then answered by searching the text.
type triggers struct {
	pos [nTrig][]int32
	on  bool
}

// The classes of hanScanClasses: a stop, the start of a speech act, and
// a trigger class (plus one; 0 for none) in the low bits.
const (
	clsStop = 0x80
	clsAct  = 0x40
	clsTrig = 0x0F
)

// hanScanClasses returns, for each Han character of U+4E00–U+9FFF (index
// r-0x4E00), what buildStops records there: clsStop when it is in
// stopHan, clsAct when it is in actFirsts, its trigClass plus one in
// clsTrig; 0 for the characters passed over. (Built on first use from
// the sets; a test compares it with them.)
var hanScanClasses = sync.OnceValue(func() *[0xA000 - 0x4E00]uint8 {
	t := new([0xA000 - 0x4E00]uint8)
	for r := rune(0x4E00); r < 0xA000; r++ {
		var c uint8
		if stopHan.has(r) {
			c |= clsStop
		}
		if actFirsts.has(r) {
			c |= clsAct
		}
		if k := trigClass(r); k >= 0 {
			c |= uint8(k + 1)
		}
		t[r-0x4E00] = c
	}
	return t
})

// add records a character of class c (see hanScanClasses) at byte i.
func (t *triggers) add(c uint8, i int) {
	if k := c & clsTrig; k != 0 {
		t.pos[k-1] = append(t.pos[k-1], int32(i))
	}
	if c&clsAct != 0 {
		t.pos[trigAct] = append(t.pos[trigAct], int32(i))
	}
}

func (t *triggers) reset() {
	for c := range t.pos {
		t.pos[c] = t.pos[c][:0]
	}
	t.on = false
}

// in reports whether a character of class c stands wholly in [s, e): at
// an offset p with s <= p and p+3 <= e.
func (t *triggers) in(c, s, e int) bool {
	ps := t.pos[c]
	lo, hi := 0, len(ps)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if int(ps[m]) < s {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo < len(ps) && int(ps[lo])+3 <= e
}

// trigOn reports whether the doc has its trigger index.
func (d *doc) trigOn() bool { return d.trig != nil && d.trig.on }

// hasConjIn is hasConj(d.f[s:e]).
func (d *doc) hasConjIn(s, e int) bool {
	if !d.trigOn() {
		return hasConj(d.f[s:e])
	}
	return d.trig.in(trigConj, s, e)
}

// hasIn is hanstr.Contains(d.f[s:e], w) for w the one character of class
// c (、, 是 or 一).
func (d *doc) hasIn(c int, w string, s, e int) bool {
	if !d.trigOn() {
		return hanstr.Contains(d.f[s:e], w)
	}
	return d.trig.in(c, s, e)
}

// hasCueWordIn is hasCueWord(d.f[s:e]): no span without one of the
// characters of trigCue holds a cue word.
func (d *doc) hasCueWordIn(s, e int) bool {
	if d.trigOn() && !d.trig.in(trigCue, s, e) {
		return false
	}
	return hasCueWord(d.f[s:e])
}
