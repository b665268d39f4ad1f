package timex

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// newTextRef is newText as it was first written, rune by rune: the
// reference TestNewTextRuns compares the run-copying newText with.
func newTextRef(orig string) *text {
	const mask = 1<<textBlockBits - 1
	n := utf8.RuneCountInString(orig)
	blocks := n>>textBlockBits + 1
	t := &text{rs: make([]rune, n)}
	low := make([]uint16, 2*(n+1))
	t.offLow, t.sbLow = low[:n+1:n+1], low[n+1:]
	base := make([]int, 2*blocks)
	t.offBase, t.sbBase = base[:blocks:blocks], base[blocks:]
	var b strings.Builder
	b.Grow(len(orig))
	k := 0
	mark := func(k, o int) {
		if k&mask == 0 {
			t.offBase[k>>textBlockBits], t.sbBase[k>>textBlockBits] = o, b.Len()
		}
		t.offLow[k] = uint16(o - t.offBase[k>>textBlockBits])
		t.sbLow[k] = uint16(b.Len() - t.sbBase[k>>textBlockBits])
	}
	for i, r := range orig {
		mark(k, i)
		f := fold(r)
		t.rs[k] = f
		if f == r && r != utf8.RuneError {
			b.WriteString(orig[i : i+utf8.RuneLen(r)])
		} else {
			b.WriteRune(f)
		}
		k++
	}
	mark(n, len(orig))
	t.s = b.String()
	return t
}

// TestNewTextRuns compares newText with newTextRef on random mixtures of
// ASCII, full-width forms, dashes, Traditional and Simplified characters,
// other scripts and invalid bytes, short and across offset blocks.
func TestNewTextRuns(t *testing.T) {
	pieces := []string{"a", "Z", "7", " ", "\n", "２０２５", "：", "\u3000", "—", "－", "〜", "∼", "年", "臺灣", "週三", "點", "個", "𠀀", "é", "\xff", "\xe4\xb8", "\xef\xbf\xbd", "，", "３月５日", "時間"}
	rng := rand.New(rand.NewSource(3))
	for n := 0; n < 400; n++ {
		var sb strings.Builder
		parts := rng.Intn(30)
		if n%50 == 0 {
			parts = 3000 // more than one block of 4,096 runes
		}
		for k := 0; k < parts; k++ {
			sb.WriteString(pieces[rng.Intn(len(pieces))])
		}
		s := sb.String()
		if got, want := newText(s), newTextRef(s); !reflect.DeepEqual(got, want) {
			t.Fatalf("newText(%q) differs from newTextRef (valid UTF-8: %v)", s, utf8.ValidString(s))
		}
	}
}
