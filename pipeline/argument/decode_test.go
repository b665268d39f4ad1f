package argument

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// decodeTexts returns strings of random bytes, random runes (valid, of
// every length), the stop tests' texts, and their prefixes and suffixes
// cut anywhere.
func decodeTexts() []string {
	rng := rand.New(rand.NewPCG(1, 2))
	var out []string
	for k := 0; k < 3000; k++ {
		var b strings.Builder
		for range rng.IntN(24) {
			switch rng.IntN(5) {
			case 0:
				b.WriteByte(byte(rng.IntN(256)))
			case 1:
				b.WriteByte(byte(0x80 + rng.IntN(64)))
			case 2:
				b.WriteRune(rune(rng.IntN(0x110000)))
			case 3:
				b.WriteRune(rune(0x3000 + rng.IntN(0xD000)))
			default:
				b.WriteString([]string{"中", "，", "。", "“", "」", "a", " ", "\u3000", "\ufeff", "\xed\xa0\x80", "\xe0\x80\x80", "\xef\xbf\xbd"}[rng.IntN(12)])
			}
		}
		out = append(out, b.String())
	}
	for _, s := range stopsTexts(300) {
		for i := 0; i <= len(s); i += 1 + len(s)/7 {
			out = append(out, s[i:], s[:i])
		}
	}
	return out
}

// TestDecodeSameAsUTF8 compares decodeRune, decodeLastRune and runeCount
// with package utf8, at every offset of the texts.
func TestDecodeSameAsUTF8(t *testing.T) {
	for _, s := range decodeTexts() {
		if got, want := runeCount(s), utf8.RuneCountInString(s); got != want {
			t.Fatalf("runeCount(%q) = %d; want %d", s, got, want)
		}
		for i := 0; i <= len(s); i++ {
			r, n := decodeRune(s[i:])
			wr, wn := utf8.DecodeRuneInString(s[i:])
			if r != wr || n != wn {
				t.Fatalf("decodeRune(%q) = %U, %d; want %U, %d", s[i:], r, n, wr, wn)
			}
			r, n = decodeLastRune(s[:i])
			wr, wn = utf8.DecodeLastRuneInString(s[:i])
			if r != wr || n != wn {
				t.Fatalf("decodeLastRune(%q) = %U, %d; want %U, %d", s[:i], r, n, wr, wn)
			}
		}
	}
}

var decodeSink int

func BenchmarkDecode(b *testing.B) {
	s := strings.Repeat("中华人民共和国，“成立”。", 40)
	b.Run("utf8", func(b *testing.B) {
		for b.Loop() {
			for i := 0; i < len(s); {
				r, n := utf8.DecodeRuneInString(s[i:])
				decodeSink += int(r)
				i += n
			}
		}
	})
	b.Run("decodeRune", func(b *testing.B) {
		for b.Loop() {
			for i := 0; i < len(s); {
				r, n := decodeRune(s[i:])
				decodeSink += int(r)
				i += n
			}
		}
	})
	b.Run("utf8Last", func(b *testing.B) {
		for b.Loop() {
			for i := len(s); i > 0; {
				r, n := utf8.DecodeLastRuneInString(s[:i])
				decodeSink += int(r)
				i -= n
			}
		}
	})
	b.Run("decodeLastRune", func(b *testing.B) {
		for b.Loop() {
			for i := len(s); i > 0; {
				r, n := decodeLastRune(s[:i])
				decodeSink += int(r)
				i -= n
			}
		}
	})
	b.Run("utf8Count", func(b *testing.B) {
		for b.Loop() {
			decodeSink += utf8.RuneCountInString(s)
		}
	})
	b.Run("runeCount", func(b *testing.B) {
		for b.Loop() {
			decodeSink += runeCount(s)
		}
	})
}

// TestIsSpaceEveryRune compares isSpace with its definition, white space
// of Unicode, the ideographic space or the byte-order mark, on every rune.
func TestIsSpaceEveryRune(t *testing.T) {
	for r := rune(-2); r <= unicode.MaxRune+2; r++ {
		if want := unicode.IsSpace(r) || r == '\u3000' || r == '\ufeff'; isSpace(r) != want {
			t.Fatalf("isSpace(%U) = %v; want %v", r, !want, want)
		}
	}
}

// TestIsHanRune compares isHanRune with unicode.Is(unicode.Han, r) on
// every rune (and a few that are none).
func TestIsHanRune(t *testing.T) {
	for r := rune(-2); r <= unicode.MaxRune+2; r++ {
		if isHanRune(r) != unicode.Is(unicode.Han, r) {
			t.Fatalf("isHanRune(%U) = %v", r, isHanRune(r))
		}
	}
}

// TestRuneSetsAsStrings compares the rune sets that replace
// strings.ContainsRune over a literal with the literal, on every rune.
func TestRuneSetsAsStrings(t *testing.T) {
	for _, x := range []struct {
		set *runeBits
		s   string
	}{{notInNameSet, notInName}, {notBeforeNameSet, notBeforeName}, {notAfterNameSet, notAfterName},
		{weakCountStopSet, weakCountStops()}, {bulletSet, bullets}, {nounStopSet, nounStops}} {
		for r := rune(-2); r <= unicode.MaxRune+2; r++ {
			if x.set.has(r) != strings.ContainsRune(x.s, r) {
				t.Fatalf("%q: has(%U) = %v", x.s, r, x.set.has(r))
			}
		}
	}
}

// TestRunesUpToRange compares runesUpTo with counting the runes of a range
// loop up to limit+1, on the decode texts and every limit up to their
// length.
func TestRunesUpToRange(t *testing.T) {
	for _, s := range decodeTexts() {
		d := &doc{text: s}
		for limit := 0; limit <= len(s)+1; limit++ {
			want := 0
			for range s {
				if want++; want > limit {
					break
				}
			}
			if got := d.runesUpTo(0, len(s), limit); got != want {
				t.Fatalf("runesUpTo(%q, %d) = %d; want %d", s, limit, got, want)
			}
		}
	}
}
