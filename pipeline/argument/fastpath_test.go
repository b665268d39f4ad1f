package argument

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/zhpipe/zhpipe/pipeline/internal/tsfold"
)

// TestHanAtAgreesWithDecode checks that where hanAt lets a scan step over
// three bytes, decoding reads one Han-range character of three bytes,
// and that it never does so for the punctuation the scanners look for.
func TestHanAtAgreesWithDecode(t *testing.T) {
	for a := 0xC0; a < 0x100; a++ {
		for b := 0; b < 0x100; b += 3 {
			for _, c := range []byte{0x00, 0x41, 0x7F, 0x80, 0x9F, 0xA0, 0xBF, 0xC0, 0xE5, 0xFF} {
				s := string([]byte{byte(a), byte(b), c})
				r, n := utf8.DecodeRuneInString(s)
				if got, want := hanAt(s, 0, len(s)), n == 3 && r >= 0x4000 && r <= 0x9FFF; got != want {
					t.Fatalf("% x: hanAt %v, decoded %U (%d bytes)", s, got, r, n)
				}
				if hanAt(s, 0, 2) {
					t.Fatalf("% x: hanAt past the end", s)
				}
			}
		}
	}
	for _, r := range "，,。；;：:！？!?、“”「」『』‘’《》〈〉（）()…．.\n　" {
		s := string(r)
		if hanAt(s, 0, len(s)) {
			t.Errorf("%q taken for a Han character", r)
		}
	}
	if !hanAt("說", 0, len("說")) || !hanAt("一", 0, len("一")) || !hanAt("龥", 0, len("龥")) {
		t.Error("Han characters not recognized")
	}
}

// TestRuneBitsAgreesWithContainsRune compares a set with strings.ContainsRune
// over the whole Basic Multilingual Plane and some runes beyond it.
func TestRuneBitsAgreesWithContainsRune(t *testing.T) {
	const lit = "，,。；;：:！？!?、和及与𠀀"
	b := newRuneBits(lit)
	for r := rune(0); r < 0x10000; r++ {
		if b.has(r) != strings.ContainsRune(lit, r) {
			t.Fatalf("%U: has %v", r, b.has(r))
		}
	}
	for _, r := range []rune{0x20000, 0x20001, 0x10FFFF, -1, utf8.RuneError} {
		if b.has(r) != strings.ContainsRune(lit, r) {
			t.Errorf("%U: has %v", r, b.has(r))
		}
	}
}

// TestHanMarkerStarts checks the Han characters of mayStartMarker's
// bitmap against the full test.
func TestHanMarkerStarts(t *testing.T) {
	for r := rune(0x4E00); r <= 0x9FFF; r++ {
		if hanMarkerStarts.has(r) != mayStartMarkerAll(r) {
			t.Errorf("%c: bitmap %v", r, hanMarkerStarts.has(r))
		}
	}
}

// TestSuffixIndexFindsFirstSuffix checks that the first word of a list
// ending a string is the first of the indexed words ending it, on strings
// ending in each word, in part of each word and in other text.
func TestSuffixIndexFindsFirstSuffix(t *testing.T) {
	for _, list := range [][]string{adverbials(), titleWords()} {
		x := newSuffixIndex(list)
		first := func(s string, ws []string) string {
			for _, w := range ws {
				if strings.HasSuffix(s, w) {
					return w
				}
			}
			return ""
		}
		var ss []string
		for _, w := range list {
			ss = append(ss, w, "王明"+w, "他"+w[len(w)/2:], w+"说", "")
		}
		for _, s := range ss {
			if got, want := first(s, x.ending(s)), first(s, list); got != want {
				t.Errorf("%q: index finds %q, list %q", s, got, want)
			}
		}
	}
}

// TestFoldAgreesWithTsfold compares fold with tsfold.String on the seed
// article, every character of the Basic Multilingual Plane and random
// bytes (invalid UTF-8 included).
func TestFoldAgreesWithTsfold(t *testing.T) {
	seed, _ := readSeed(t)
	var all strings.Builder
	for r := rune(0); r < 0x10000; r++ {
		all.WriteRune(r)
	}
	texts := []string{seed, all.String(), "", "說", "abc", "\xe8\xaa", "\xe8\xaa\xaa\xff說\xed\xa0\x80國"}
	rng := uint64(1)
	for k := 0; k < 2000; k++ {
		b := make([]byte, k%40)
		for i := range b {
			rng = rng*6364136223846793005 + 1442695040888963407
			b[i] = byte(rng >> 56)
			if rng>>40&3 == 0 {
				b[i] = "說國與\xe8"[rng>>50%10] // runs of folded characters
			}
		}
		texts = append(texts, string(b))
	}
	for _, s := range texts {
		if got, want := fold(s), tsfold.String(s); got != want {
			t.Fatalf("fold(%q) = %q, tsfold %q", s, got, want)
		}
	}
}

// TestRunesUpTo compares the capped count with the full one.
func TestRunesUpTo(t *testing.T) {
	d := newDoc("ab說話\xff國家，很好的文字 and more 說說說說說說說說說說說說")
	for s := 0; s <= len(d.text); s++ {
		for e := s; e <= len(d.text); e++ {
			for _, limit := range []int{0, 1, 2, 5, 8, 24, 40} {
				if got, want := d.runesUpTo(s, e, limit), min(d.runeCount(s, e), limit+1); got != want {
					t.Fatalf("[%d:%d] up to %d: %d, want %d", s, e, limit, got, want)
				}
			}
		}
	}
}
