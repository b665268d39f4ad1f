package timex

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// newTextRef is newText written rune by rune, with the offsets as
// appended: the reference TestNewTextRuns compares newText with.
func newTextRef(orig string) *text {
	const mask = 1<<textBlockBits - 1
	t := &text{}
	k := 0
	mark := func(k, o int) {
		if k&mask == 0 {
			t.offBase = append(t.offBase, o)
		}
		t.offLow = append(t.offLow, uint8(o-t.offBase[k>>textBlockBits]))
	}
	for i, r := range orig {
		mark(k, i)
		f := fold(r)
		if f >= 0x10000 {
			t.wide = append(t.wide, wideRune{k, f})
			f = wideMark
		}
		t.rs = append(t.rs, uint16(f))
		k++
	}
	mark(k, len(orig))
	if t.rs == nil {
		t.rs = []uint16{}
	}
	return t
}

// TestNewTextRuns compares newText with newTextRef on random mixtures of
// ASCII, full-width forms, dashes, Traditional and Simplified characters,
// other scripts and invalid bytes, short and across offset blocks.
func TestNewTextRuns(t *testing.T) {
	pieces := []string{"a", "Z", "7", " ", "\n", "２０２５", "：", "\u3000", "—", "－", "〜", "∼", "年", "臺灣", "週三", "點", "個", "𠀀", "é", "\xff", "\xe4\xb8", "\xef\xbf\xbd", "，", "３月５日", "時間", "\xed\xa0\x80", "\xe0\x80\x80", "\xe0\xa4\x85", "\xe1\x80", "\xef\xbc", "\xe4", "ｑ", "～", "〇", "㐀", "鿿", "ꀀ", "\U0010ffff"}
	rng := rand.New(rand.NewSource(3))
	for n := 0; n < 400; n++ {
		var sb strings.Builder
		parts := rng.Intn(30)
		if n%50 == 0 {
			parts = 3000 // many blocks of 64 runes
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
