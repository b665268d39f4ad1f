package timex

import (
	"encoding/binary"
	"sync/atomic"
)

// A text is read twice in the pipeline: with no reference, to find the
// article's date (GuessReferenceExprs), then against that date (Extract).
// Most positions where an expression may start hold none, and at most of
// them the rules give up without reading the reference: the reading is
// then a function of the text alone, and the second reading need not run
// it again. A memo keeps those positions.
//
// What a reading at rune i depends on: the text and its word ends (the
// same Text), the position, the reference (Reference's fields, read
// through parser.ref, known, region, future, spans and refGrain), the
// anchors left by the expressions read before (parser.anc), and
// parser.vagueAmount, which a reading may leave set for the next one. The
// rest of the parser's state is set back when a reading ends (thisPeriod,
// guardOff, recurrenceRun), is written before it is read within a reading
// (days, span, vagueFrom, vagueTo), is a cache of the text (nums, lines)
// or is only read by GuessReference (clarified). So a reading that failed
// without touching the reference or the anchors fails again at the same
// position when vagueAmount is the same, and leaves vagueAmount as it did.
//
// TestMemoAgrees compares the readings with and without a memo.

// Cells of a memo, 4 bits per rune: memoSkip where no expression may
// start (canStart, startable), memoRun where the next reading must read,
// else memoFail or memoNumeral with the vagueAmount bits.
const (
	memoSkip     = 0
	memoFail     = 1 // no expression starts here; go on at the next rune
	memoNumeral  = 2 // none, and the numeral here is skipped whole
	memoRun      = memoFail | memoNumeral
	memoVagueIn  = 4 // vagueAmount before the reading
	memoVagueOut = 8 // vagueAmount after it
)

// memo holds a cell of 4 bits per rune of a text; it is never written
// after it is published.
type memo struct {
	cells []byte
	// exprs is how many expressions the first reading found: the next
	// reading's slice starts with room for as many (capacity only).
	exprs int
}

func newMemo(n int) *memo { return &memo{cells: make([]byte, n/2+1)} }

func (m *memo) get(i int) byte { return m.cells[i>>1] >> (4 * (i & 1)) & 15 }

func (m *memo) set(i int, c byte) {
	m.cells[i>>1] = m.cells[i>>1]&^(15<<(4*(i&1))) | c<<(4*(i&1))
}

// nextLive returns the first rune index at or after i, below n, whose
// cell is not memoSkip, else n: the runes a second reading skips one by
// one, passed over 16 at a time where the cells are all memoSkip
// (TestMemoNextLive compares it with the cells one by one).
func (m *memo) nextLive(i, n int) int {
	if i&1 != 0 {
		if i >= n || m.get(i) != memoSkip {
			return min(i, n)
		}
		i++
	}
	b := i >> 1
	last := (n + 1) >> 1 // bytes holding runes below n
	for b+8 <= last && binary.LittleEndian.Uint64(m.cells[b:]) == 0 {
		b += 8
	}
	for b < last && m.cells[b] == 0 {
		b++
	}
	i = b << 1
	if i < n && m.get(i) == memoSkip {
		i++ // (the byte's other half is live)
	}
	return min(i, n)
}

// run marks the runes [i, j) memoRun: the first reading skipped them or
// read an expression there.
func (m *memo) run(i, j int) {
	for k := i; k < j; k++ {
		m.set(k, memoRun)
	}
}

// memoSlot is where a Text keeps the memo of its first reading.
type memoSlot = atomic.Pointer[memo]

// memoCell returns the cell of a failed reading at i: kind (memoFail or
// memoNumeral) with vagueAmount before (in) and after it.
func memoCell(kind byte, in, out bool) byte {
	if in {
		kind |= memoVagueIn
	}
	if out {
		kind |= memoVagueOut
	}
	return kind
}
