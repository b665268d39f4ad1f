package corpus

import (
	"bytes"
	"fmt"
	"testing"
	"unicode/utf8"
)

// TestScanPairs checks scan, whose fast path handles two-byte sequences,
// against the grammar's seq for every pair of bytes.
func TestScanPairs(t *testing.T) {
	for _, g := range []grammar{grammarUTF8, grammarGBK, grammarGB18030, grammarBig5} {
		for c0 := 0x80; c0 <= 0xFF; c0++ {
			for c1 := 0; c1 <= 0xFF; c1++ {
				p := []byte{byte(c0), byte(c1)}
				n, st := g.seq(p)
				want := n == 2 && st == seqOK
				r := scan(p, g)
				if got := r.status == seqOK && r.multibyte; got != want {
					t.Errorf("grammar %d: scan(% x) = %+v; seq = %d, %d", g, p, r, n, st)
				}
			}
		}
	}
}

// TestGrammarMatchesDecoder checks, for every two-byte sequence, that what
// the grammar accepts is what the golang.org/x/text decoder consumes as one
// character (mapped or not).
func TestGrammarMatchesDecoder(t *testing.T) {
	for _, enc := range []Encoding{GBK, GB18030, Big5} {
		g, dec := grammarOf(enc), decoder(enc)
		var out [16]byte
		for c0 := 0x80; c0 <= 0xFF; c0++ {
			for c1 := 0x40; c1 <= 0xFF; c1++ {
				p := []byte{byte(c0), byte(c1)}
				n, st := g.seq(p)
				if st != seqOK || n != 2 {
					continue
				}
				_, nSrc, _ := dec.Transform(out[:], p, true)
				if nSrc != 2 {
					t.Errorf("%s: grammar accepts % x but the decoder reads %d bytes", enc, p, nSrc)
				}
			}
		}
	}
}

// TestGB18030FourByte checks every four-byte GB18030 sequence: the grammar
// accepts exactly those that the decoder maps to a character (U+FFFD only
// from GB18030's own encoding of it).
func TestGB18030FourByte(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping: 1.6 million sequences (-short)")
	}
	dec := decoder(GB18030)
	var out [16]byte
	bad := 0
	p := make([]byte, 4)
	for c0 := 0x81; c0 <= 0xFE; c0++ {
		for c1 := 0x30; c1 <= 0x39; c1++ {
			for c2 := 0x81; c2 <= 0xFE; c2++ {
				for c3 := 0x30; c3 <= 0x39; c3++ {
					p[0], p[1], p[2], p[3] = byte(c0), byte(c1), byte(c2), byte(c3)
					n, st := gbSeq(p)
					ok := n == 4 && st == seqOK
					nDst, nSrc, _ := dec.Transform(out[:], p, true)
					mapped := nSrc == 4 && utf8.RuneCount(out[:nDst]) == 1 &&
						(!bytes.Equal(out[:nDst], fffd) || bytes.Equal(p, gbFFFD))
					if ok != mapped {
						if bad < 10 {
							t.Errorf("gbSeq(% x) ok = %v; decoder maps it: %v (%q)", p, ok, mapped, out[:nDst])
						}
						bad++
					}
				}
			}
		}
	}
	if bad > 0 {
		t.Errorf("%d four-byte sequences disagree", bad)
	}
}

// TestTruncatedPrefixes cuts valid sequences of each encoding after every
// byte: scan must call the cut truncated, never invalid.
func TestTruncatedPrefixes(t *testing.T) {
	seqs := map[grammar][]string{
		grammarUTF8:    {"\xE4\xB8\xAD", "\xF0\x9F\x98\x80", "\xC3\xA9"},
		grammarGBK:     {"\xD6\xD0", "\x81\x40"},
		grammarGB18030: {"\xD6\xD0", "\x81\x30\x81\x30", "\x95\x32\x82\x36"},
		grammarBig5:    {"\xA4\xA4", "\xF9\xFE"},
	}
	for g, list := range seqs {
		for _, s := range list {
			for cut := 1; cut < len(s); cut++ {
				in := "ab" + s[:cut]
				t.Run(fmt.Sprintf("%d/%x", g, in), func(t *testing.T) {
					r := scan([]byte(in), g)
					if r.status != seqTruncated || r.n != 2 {
						t.Errorf("scan(%q) = %+v; want truncated at 2", in, r)
					}
				})
			}
			if r := scan([]byte("ab"+s), g); r.status != seqOK {
				t.Errorf("scan(%q) = %+v; want ok", "ab"+s, r)
			}
		}
	}
}
