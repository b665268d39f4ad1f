package dict

import (
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestDecodeRune compares decodeRune with utf8.DecodeRuneInString on every
// pair of a lead byte and a second byte, followed by third bytes at the
// edges of the continuation range, cut short or not, and isSpace with
// unicode.IsSpace on every code point.
func TestDecodeRune(t *testing.T) {
	buf := make([]byte, 4)
	for c := 0; c < 256; c++ {
		for c1 := 0; c1 < 256; c1++ {
			for _, c2 := range []int{0x00, 0x41, 0x7F, 0x80, 0x9F, 0xA0, 0xBF, 0xC0, 0xE4, 0xFF} {
				buf[0], buf[1], buf[2], buf[3] = byte(c), byte(c1), byte(c2), 0x80
				for n := 1; n <= 4; n++ {
					s := "x" + string(buf[:n])
					r, size := decodeRune(s, 1)
					wr, wsize := utf8.DecodeRuneInString(s[1:])
					if r != wr || size != wsize {
						t.Fatalf("decodeRune(% x) = %U, %d; want %U, %d", s[1:], r, size, wr, wsize)
					}
				}
			}
		}
	}
	for r := rune(-1); r <= unicode.MaxRune+1; r++ {
		if isSpace(r) != unicode.IsSpace(r) {
			t.Fatalf("isSpace(%U) = %v", r, isSpace(r))
		}
	}
}
