package ner

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
	"unsafe"
)

// randomText mixes the characters of the synthetic training set (whose
// features the model has) with digits, letters, punctuation, spaces and
// characters the model never saw.
func randomText(rng *rand.Rand, n int) string {
	var pool []rune
	for _, s := range synthetic()[:20] {
		pool = append(pool, []rune(s.Text)...)
	}
	pool = append(pool, []rune("０１2３abcＸＹ，。、 \t\n龘乂·")...)
	var b strings.Builder
	for range n {
		b.WriteRune(pool[rng.IntN(len(pool))])
	}
	return b.String()
}

// TestEmissionsSame compares the word-lane sums of emissions with the
// plain sums of emissionsRef on random text, row for row.
func TestEmissionsSame(t *testing.T) {
	m := trainSynthetic(t)
	rng := rand.New(rand.NewPCG(5, 8))
	var s scratch
	for trial := range 500 {
		text := randomText(rng, 1+rng.IntN(60))
		m.prepare(text, &s)
		n := len(s.runes)
		m.emissionsRef(&s, n)
		want := slices.Clone(s.em[:n*numTags])
		clear(s.em)
		m.emissions(&s, n)
		if got := s.em[:n*numTags]; !slices.Equal(got, want) {
			t.Fatalf("trial %d, %q: emissions = %v; want %v", trial, text, got, want)
		}
	}
}

// TestLexFlagsSame compares the model's lexicon flags, whose first look-up
// comes from the dense lexFirst table and whose second from the pair
// look-ups, with the plain lexFlags on random text, for a model whose
// lexicon has words of one to five characters, some of them prefixes of
// others (so that its pair table holds pairs without rows); and the
// emissions with emissionsRef.
func TestLexFlagsSame(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 4))
	var entries []Entry
	for i := range 60 {
		w := []rune(randomText(rng, 1+i%5))
		entries = append(entries, Entry{Word: string(w), Label: Label(1 + i%3)})
		entries = append(entries, Entry{Word: string(w) + string(w[:1]), Label: Label(1 + (i+1)%3)})
	}
	m, err := trainSynthetic(t).WithLexicon(entries)
	if err != nil {
		t.Fatal(err)
	}
	if len(m.lexFirst) == 0 {
		t.Fatal("no lexFirst table after Decode")
	}
	var s scratch
	marked := 0
	for trial := range 2000 {
		text := randomText(rng, 1+rng.IntN(40))
		if trial%3 == 0 && len(entries) > 0 {
			text += entries[rng.IntN(len(entries))].Word + randomText(rng, 2)
		}
		m.prepare(text, &s)
		n := len(s.runes)
		m.emissionsRef(&s, n)
		wantEm := slices.Clone(s.em[:n*numTags])
		clear(s.em)
		m.emissions(&s, n)
		want := make([]uint16, n)
		lexFlags(&m.lex, maxLexLen, s.runes, want)
		if got := s.lf[:n]; !slices.Equal(got, want) {
			t.Fatalf("trial %d, %q: lexicon flags %v; want %v", trial, text, got, want)
		}
		if got := s.em[:n*numTags]; !slices.Equal(got, wantEm) {
			t.Fatalf("trial %d, %q: emissions %v; want %v", trial, text, got, wantEm)
		}
		for _, f := range want {
			if f != 0 {
				marked++
			}
		}
	}
	if marked == 0 {
		t.Fatal("no position had a lexicon flag: the test proves nothing")
	}
}

// TestDecodeRune compares decodeRune with utf8.DecodeRuneInString on every
// lead byte followed by every pair of a set of second and third bytes
// (all the boundaries of the three-byte ranges), at the end of the string
// and before more text.
func TestDecodeRune(t *testing.T) {
	var tails []byte
	for _, b := range []int{0x00, 0x41, 0x7f, 0x80, 0x81, 0x9f, 0xa0, 0xa1, 0xbf, 0xc0, 0xc2, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xff} {
		tails = append(tails, byte(b))
	}
	for b0 := range 256 {
		for _, b1 := range tails {
			for _, b2 := range tails {
				for _, s := range []string{string([]byte{byte(b0), b1, b2}), string([]byte{byte(b0), b1, b2, 0x80, 'x'}), string([]byte{'a', byte(b0), b1})} {
					for i := range len(s) {
						r, w := decodeRune(s, i)
						if wr, ww := utf8.DecodeRuneInString(s[i:]); r != wr || w != ww {
							t.Fatalf("decodeRune(%q, %d) = %U, %d; want %U, %d", s, i, r, w, wr, ww)
						}
					}
				}
			}
		}
	}
}

// TestSumsAVX2SameAsGo compares the AVX2 sums with the word-lane sums on
// random text, where the processor has AVX2.
func TestSumsAVX2SameAsGo(t *testing.T) {
	if !hasAVX2 {
		t.Skip("skipping: the processor has no AVX2")
	}
	m := trainSynthetic(t)
	rng := rand.New(rand.NewPCG(6, 1))
	var s scratch
	for trial := range 500 {
		text := randomText(rng, 1+rng.IntN(80))
		m.prepare(text, &s)
		n := len(s.runes)
		m.keys(&s, n)
		m.lookups(&s, n)
		m.sumsGo(&s, n)
		want := slices.Clone(s.em[:n*numTags])
		clear(s.em)
		m.sums(&s, n)
		if got := s.em[:n*numTags]; !slices.Equal(got, want) {
			t.Fatalf("trial %d, %q: AVX2 sums = %v; want %v", trial, text, got, want)
		}
	}
}

// TestStopsOutside checks that every hard and soft stop lies outside
// (stopsBelow, stopsAbove), which sentenceBounds skips, and that prepare
// finds the runes of a range loop, at its offsets, on strings with
// invalid bytes.
func TestStopsOutside(t *testing.T) {
	for r := stopsBelow + 1; r < stopsAbove; r++ {
		if isHardStop(r) || isSoftStop(r) {
			t.Errorf("stop %U between stopsBelow and stopsAbove", r)
		}
	}
	m := trainSynthetic(t)
	var sc scratch
	rng := rand.New(rand.NewPCG(1, 1))
	parts := []string{"中", "a", "。", "\xe4\xb8", "\xe4", "\x80", "\xff", "𠮷", "é", "\xed\xa0\x80", "\xe0\x80\x80"}
	for range 3000 {
		var b strings.Builder
		for range rng.IntN(12) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		s := b.String()
		m.prepare(s, &sc)
		var offs []int
		for i := range s {
			offs = append(offs, i)
		}
		offs = append(offs, len(s))
		if n := utf8.RuneCountInString(s); len(sc.runes) != n || len(sc.ids) != n+4 || len(sc.cls) != n+2 || !slices.Equal(sc.offs, offs) {
			t.Fatalf("prepare(%q): %d runes at %v; want %d at %v", s, len(sc.runes), sc.offs, n, offs)
		}
	}
}

// TestTagUnscoredSameSpans checks that TagUnscored gives Tag's spans with
// Score 0, on random text.
func TestTagUnscoredSameSpans(t *testing.T) {
	m := trainSynthetic(t)
	rng := rand.New(rand.NewPCG(2, 2))
	spans := 0
	for trial := range 300 {
		text := randomText(rng, 1+rng.IntN(200))
		want := m.Tag(text)
		got := m.TagUnscored(text)
		if len(got) != len(want) {
			t.Fatalf("trial %d, %q: TagUnscored = %v; Tag = %v", trial, text, got, want)
		}
		for i := range want {
			w := want[i]
			w.Score = 0
			if got[i] != w {
				t.Fatalf("trial %d, %q: TagUnscored = %v; Tag = %v", trial, text, got, want)
			}
		}
		spans += len(want)
	}
	if spans == 0 {
		t.Fatal("no span tagged: the test proves nothing")
	}
}

// TestPrefetchAddresses checks that every address prefetchTables asks for
// lies in the model's data, on random text.
func TestPrefetchAddresses(t *testing.T) {
	if !canPrefetch {
		t.Skip("skipping: prefetch does nothing on this architecture")
	}
	m := trainSynthetic(t)
	lo := uintptr(unsafe.Pointer(unsafe.SliceData(m.data)))
	hi := lo + uintptr(len(m.data))
	rng := rand.New(rand.NewPCG(6, 6))
	var s scratch
	asked := 0
	for trial := range 300 {
		text := randomText(rng, 1+rng.IntN(60))
		m.prepareSentence(text, &s)
		for _, a := range s.addrs {
			if a < lo || a >= hi {
				t.Fatalf("trial %d, %q: address %#x outside the model [%#x, %#x)", trial, text, a, lo, hi)
			}
		}
		asked += len(s.addrs)
	}
	if asked == 0 {
		t.Fatal("no address asked for")
	}
}
