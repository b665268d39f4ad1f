package corpus

import "unicode/utf8"

// seqStatus classifies the byte sequence at the start of a slice.
type seqStatus uint8

const (
	seqOK        seqStatus = iota // a complete, well-formed sequence
	seqInvalid                    // ill-formed whatever follows
	seqTruncated                  // a well-formed prefix cut by the end of input
)

// A grammar is the byte grammar of an encoding. It checks the byte
// structure (and, for GB18030, the four-byte code ranges) but not whether a
// two-byte code is mapped: the decoder's U+FFFD tells that.
type grammar uint8

const (
	grammarUTF8 grammar = iota
	grammarGBK
	grammarGB18030
	grammarBig5
)

// seq returns the length and status of the character sequence at the start
// of p (len(p) > 0, p[0] >= 0x80). For an invalid sequence the length is 1.
func (g grammar) seq(p []byte) (int, seqStatus) {
	switch g {
	case grammarGBK:
		return gbkSeq(p)
	case grammarGB18030:
		return gbSeq(p)
	case grammarBig5:
		return big5Seq(p)
	}
	return utf8Seq(p)
}

// trailLow returns the lowest byte of the upper trail range of g's
// two-byte sequences (whose trails are 40–7E and trailLow–FE), or 0 when g
// has no such sequences.
func (g grammar) trailLow() byte {
	switch g {
	case grammarGBK, grammarGB18030:
		return 0x80
	case grammarBig5:
		return 0xA1
	}
	return 0
}

// gbSeq is the GB18030 grammar: 0x80 (the euro sign of Code Page 936, which
// golang.org/x/text accepts in both GBK and GB18030), two-byte sequences
// 81–FE × 40–7E|80–FE, and four-byte sequences 81–FE × 30–39 × 81–FE × 30–39
// whose linear value lies in the BMP table or the supplementary planes.
func gbSeq(p []byte) (int, seqStatus) {
	c0 := p[0]
	switch {
	case c0 == 0x80:
		return 1, seqOK
	case c0 == 0xFF:
		return 1, seqInvalid
	}
	if len(p) < 2 {
		return 1, seqTruncated
	}
	c1 := p[1]
	switch {
	case 0x40 <= c1 && c1 <= 0x7E, 0x80 <= c1 && c1 <= 0xFE:
		return 2, seqOK
	case c1 < 0x30 || c1 > 0x39:
		return 1, seqInvalid
	}
	if len(p) < 3 {
		return 1, seqTruncated
	}
	c2 := p[2]
	if c2 < 0x81 || c2 > 0xFE {
		return 1, seqInvalid
	}
	if len(p) < 4 {
		return 1, seqTruncated
	}
	c3 := p[3]
	if c3 < 0x30 || c3 > 0x39 {
		return 1, seqInvalid
	}
	// The linear value as GB18030 defines it: values below 39420 map the
	// BMP, 189000 onwards maps U+10000..U+10FFFF; everything else is
	// unassigned.
	v := ((int(c0-0x81)*10+int(c1-0x30))*126+int(c2-0x81))*10 + int(c3-0x30)
	if v < 39420 || (189000 <= v && v < 189000+0x100000) {
		return 4, seqOK
	}
	return 1, seqInvalid
}

// gbkSeq is the GBK grammar: gbSeq without four-byte sequences.
func gbkSeq(p []byte) (int, seqStatus) {
	n, st := gbSeq(p)
	if n == 4 {
		return 1, seqInvalid
	}
	if st == seqTruncated && len(p) >= 2 {
		// A cut four-byte sequence is simply invalid in GBK.
		return 1, seqInvalid
	}
	return n, st
}

// big5Seq is the Big5 grammar of the WHATWG Encoding Standard: lead 81–FE,
// trail 40–7E|A1–FE.
func big5Seq(p []byte) (int, seqStatus) {
	c0 := p[0]
	if c0 < 0x81 || c0 == 0xFF {
		return 1, seqInvalid
	}
	if len(p) < 2 {
		return 1, seqTruncated
	}
	c1 := p[1]
	if 0x40 <= c1 && c1 <= 0x7E || 0xA1 <= c1 && c1 <= 0xFE {
		return 2, seqOK
	}
	return 1, seqInvalid
}

// utf8Seq is the UTF-8 grammar.
func utf8Seq(p []byte) (int, seqStatus) {
	r, n := utf8.DecodeRune(p)
	if r != utf8.RuneError || n > 1 {
		return n, seqOK
	}
	if !utf8.FullRune(p) {
		return 1, seqTruncated
	}
	return 1, seqInvalid
}

// scanResult is what scan learns about a whole input.
type scanResult struct {
	n         int       // bytes of complete, valid sequences from the start
	status    seqStatus // seqOK when n == len(p); else why scanning stopped at n
	multibyte bool      // at least one valid multibyte sequence occurred
	four      bool      // at least one four-byte sequence occurred
}

// scan checks p against g up to the first sequence that is not seqOK.
func scan(p []byte, g grammar) scanResult {
	var r scanResult
	// Fast path: the two-byte sequences of GBK, GB18030 and Big5 all have
	// leads 81–FE and trails 40–7E or lo–FE.
	lo := g.trailLow()
	i := 0
	for i < len(p) {
		c := p[i]
		if c < utf8.RuneSelf {
			i++
			continue
		}
		if lo != 0 && c >= 0x81 && c != 0xFF && i+1 < len(p) {
			if c1 := p[i+1]; 0x40 <= c1 && c1 <= 0x7E || lo <= c1 && c1 != 0xFF {
				r.multibyte = true
				i += 2
				continue
			}
		}
		n, st := g.seq(p[i:])
		if st != seqOK {
			r.n, r.status = i, st
			return r
		}
		if n > 1 {
			r.multibyte = true
		}
		if n == 4 {
			r.four = true
		}
		i += n
	}
	r.n, r.status = i, seqOK
	return r
}
