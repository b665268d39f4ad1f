package corpus

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/transform"
)

// Decoded is an input decoded to text.
type Decoded struct {
	// Text is the decoded input with line endings normalized to LF (CRLF
	// and lone CR both become LF) and without a byte-order mark. It is the
	// original text that all of zhpipe's offsets refer to.
	Text string
	// Encoding is the encoding the input was decoded from.
	Encoding Encoding
	// Bytes is the size of the raw input.
	Bytes int
	// SHA256 is the lower-case hex SHA-256 of the raw input.
	SHA256 string
}

// sampleSize bounds the bytes decoded to score a candidate encoding.
const sampleSize = 256 << 10

// chunkSize is the size of the decoder's output buffer.
const chunkSize = 32 << 10

var (
	bomUTF8    = []byte("\xEF\xBB\xBF")
	bomUTF16LE = []byte("\xFF\xFE")
	bomUTF16BE = []byte("\xFE\xFF")
	// gbFFFD is GB18030's own encoding of U+FFFD, the one sequence whose
	// decoding to U+FFFD is not an error.
	gbFFFD = []byte("\x84\x31\xA4\x37")
	fffd   = []byte("\uFFFD")
)

// Decode decodes raw input to text. forced names the encoding to use (any
// name ParseEncoding accepts); "" or "auto" detects it (see the package
// documentation). Empty input is valid and yields empty text.
//
// One byte-order mark of the encoding is stripped. The reported Encoding is
// what was found: forcing utf-8 on input with a BOM reports utf-8-bom, and
// forcing utf-8-bom on input without one reports utf-8. Forcing utf-16le or
// utf-16be decodes with or without the BOM.
//
// The returned error is an *Error whose message is "corpus: <problem>";
// Decode never returns partially decoded or garbage text.
func Decode(raw []byte, forced string) (Decoded, error) {
	enc, err := ParseEncoding(forced)
	if err != nil {
		return Decoded{}, err
	}
	var text string
	if enc == "" {
		text, enc, err = detect(raw)
	} else {
		text, enc, err = decodeAs(raw, enc)
	}
	if err != nil {
		return Decoded{}, err
	}
	if err := checkControls(text, enc); err != nil {
		return Decoded{}, err
	}
	sum := sha256.Sum256(raw)
	return Decoded{Text: text, Encoding: enc, Bytes: len(raw), SHA256: hex.EncodeToString(sum[:])}, nil
}

// detect finds the encoding of raw and decodes it.
func detect(raw []byte) (string, Encoding, error) { return detectSample(raw, sampleSize) }

// detectSample is detect with the size of the scoring sample as a
// parameter, so that tests can make inputs longer than the sample cheaply.
func detectSample(raw []byte, sample int) (string, Encoding, error) {
	switch {
	case len(raw) == 0:
		return "", UTF8, nil
	case bytes.HasPrefix(raw, bomUTF8):
		return decodeAs(raw, UTF8BOM)
	case bytes.HasPrefix(raw, bomUTF16LE):
		return decodeAs(raw, UTF16LE)
	case bytes.HasPrefix(raw, bomUTF16BE):
		return decodeAs(raw, UTF16BE)
	}
	if i := bytes.IndexByte(raw, 0); i >= 0 {
		return "", "", &Error{Kind: ErrBinary, Offset: i,
			msg: fmt.Sprintf("binary input: NUL byte at offset %d (UTF-16 text needs a byte-order mark or an explicit encoding)", i)}
	}
	if utf8.Valid(raw) {
		return normalizeUTF8(raw), UTF8, nil
	}
	// UTF-8 cut inside its last character competes with GBK and Big5:
	// a short GBK or Big5 text can look like that too.
	u := &candidate{enc: UTF8}
	cands := []*candidate{u, {enc: GBK}, {enc: Big5}}
	var viable []*candidate
	for i, c := range cands {
		if i == 2 && beatenBy(cands[1]) {
			// Scoring Big5 stops once it provably cannot outscore GBK:
			// then it ranks after GBK, which is taken when reached.
			c.bound, c.bounded = cands[1].tally.score(), true
		}
		if c.rate(raw, sample) {
			viable = append(viable, c)
		}
	}
	// Best score first; on a tie a complete decoding beats a truncated one.
	sort.SliceStable(viable, func(i, j int) bool {
		si, sj := viable[i].tally.score(), viable[j].tally.score()
		if si != sj {
			return si > sj
		}
		return !viable[i].truncated && viable[j].truncated
	})

	var implausible *candidate
	for _, c := range viable {
		// Valid UTF-8 up to a cut last character is evidence enough.
		if c.enc != UTF8 && !c.tally.plausible() {
			if implausible == nil {
				implausible = c
			}
			continue
		}
		if c.truncated {
			return "", "", truncated(c.enc, c.bad)
		}
		if c.whole != nil {
			// The sample was all of raw: it is decoded already.
			return normalizeUTF8(c.whole), c.enc, nil
		}
		// The sample was valid; decoding the whole input checks the rest.
		text, enc, err := decodeMultibyte(raw, c.enc, true)
		var e *Error
		switch {
		case err == nil:
			return text, enc, nil
		case errors.As(err, &e) && e.Kind == ErrInvalid:
			c.bad = e.Offset
			continue
		}
		return "", "", err
	}
	if implausible != nil {
		return "", "", &Error{Kind: ErrInvalid, Offset: u.bad, msg: fmt.Sprintf(
			"undecodable input: not utf-8 (%s), and decoded as %s only %d%% of it is common Chinese text; force the encoding if it really is %s",
			describe(raw, u.bad, grammarUTF8), implausible.enc, implausible.tally.percent(), implausible.enc)}
	}
	var parts []string
	for _, c := range cands {
		parts = append(parts, fmt.Sprintf("not %s (%s)", c.enc, describe(raw, c.bad, grammarOf(c.enc))))
	}
	return "", "", &Error{Kind: ErrInvalid, Offset: u.bad, msg: "undecodable input: " + strings.Join(parts, ", ")}
}

// candidate is one encoding considered by detect when the input is not
// valid UTF-8: GBK (GB18030 once a four-byte sequence is seen), Big5, or
// UTF-8 that is valid up to a character cut by the end of the input.
type candidate struct {
	enc       Encoding
	tally     tally
	truncated bool // the whole input is valid but for a cut last character
	bad       int  // offset of the invalid, unmapped or cut sequence, or -1
	// whole is the decoding of all of raw when the sample was all of it
	// and valid: exactly what decodeMultibyte would make of raw again,
	// before line endings are normalized.
	whole []byte
	// With bounded set, rate gives up (reports the candidate not viable)
	// as soon as its score provably cannot end above bound.
	bound   int
	bounded bool
}

// detectShortcut enables the bounded scoring of the Big5 candidate and
// rate's growing chunks (tests turn it off to compare with the full
// computation).
var detectShortcut = true

// beatenBy reports whether a later candidate that does not score above g
// can no longer matter: g, when its turn comes in detectSample, is taken
// (its sample was all of the input, valid and complete, and it reads as
// Chinese), and a candidate of equal score ranks after it (the sort is
// stable and g is not truncated).
func beatenBy(g *candidate) bool {
	return detectShortcut && g.bad < 0 && !g.truncated && g.whole != nil && g.tally.plausible()
}

// maxGain bounds what one multibyte sequence can add to a tally's score:
// twice the highest frequency tier (a common character; punctuation adds
// 1, everything else nothing or less). The counts that lower the score
// only grow, so a score can rise by at most maxGain per sequence still to
// come (TestMaxGain), and there are at most half as many of them as
// bytes still to decode.
const maxGain = 2 * 3

// firstStep is the output size of rate's first chunk; each next chunk is
// twice as large (up to chunkSize). A wrong candidate usually fails early
// (an unmapped sequence, or the bound), and then most of the input is
// never decoded.
const firstStep = 512

// rate checks and scores the candidate on a sample from the start of raw
// (for UTF-8, the valid part of raw); it reports whether the sample is
// valid. A sample shorter than raw is cut at a sequence boundary.
func (c *candidate) rate(raw []byte, size int) bool {
	c.bad = -1
	if c.enc == UTF8 {
		// utf8.Valid failed: the first invalid byte is usually near.
		r := scan(raw, grammarUTF8)
		if r.status != seqTruncated {
			c.bad = r.n
			return false
		}
		c.truncated, c.bad = true, r.n
		c.tally.add(raw[:min(r.n, size)])
		return true
	}
	sample := raw[:min(len(raw), size)]
	g := grammarOf(c.enc)
	if c.enc == GBK {
		g = grammarGB18030
	}
	r := scan(sample, g)
	switch {
	case r.status == seqInvalid:
		c.bad = r.n
		return false
	case r.status == seqTruncated && len(sample) == len(raw):
		c.truncated, c.bad = true, r.n
	}
	if r.four {
		c.enc = GB18030
	}
	keep := len(sample) == len(raw) && r.status == seqOK && r.n == len(raw)
	if keep {
		c.whole = make([]byte, 0, len(raw)+len(raw)/2)
	}
	src := sample[:r.n]
	stopped := false
	sink := func(p []byte, end int) bool {
		c.tally.add(p)
		if keep {
			c.whole = append(c.whole, p...)
		}
		// Each sequence still to come is two bytes or more.
		if c.bounded && c.tally.score()+maxGain*((len(src)-end)/2) <= c.bound {
			stopped = true
			return false
		}
		return true
	}
	step := firstStep
	if !detectShortcut {
		step = 0
	}
	if off, ok := transcode(src, c.enc, step, sink); !ok {
		c.bad, c.truncated, c.whole = off, false, nil
		if stopped {
			c.bad = -1
		}
		return false
	}
	return true
}

// decodeAs decodes raw strictly in enc, stripping enc's byte-order mark.
func decodeAs(raw []byte, enc Encoding) (string, Encoding, error) {
	switch enc {
	case UTF8, UTF8BOM:
		p, reported := raw, UTF8
		if bytes.HasPrefix(p, bomUTF8) {
			p, reported = p[len(bomUTF8):], UTF8BOM
		}
		base := len(raw) - len(p)
		if i := bytes.IndexByte(p, 0); i >= 0 {
			return "", "", &Error{Kind: ErrBinary, Encoding: reported, Offset: base + i,
				msg: fmt.Sprintf("binary input: NUL byte at offset %d", base+i)}
		}
		if !utf8.Valid(p) {
			s := scan(p, grammarUTF8)
			return "", "", invalidAt(raw, reported, base+s.n, s.status, grammarUTF8)
		}
		return normalizeUTF8(p), reported, nil
	case UTF16LE, UTF16BE:
		return decodeUTF16(raw, enc)
	case GBK, GB18030, Big5:
		if bytes.HasPrefix(raw, bomUTF8) {
			// EF BB is a rare GBK character and BF a lead byte: reading
			// a UTF-8 BOM as text would only make mojibake.
			return "", "", &Error{Kind: ErrInvalid, Encoding: enc, Offset: 0,
				msg: fmt.Sprintf("invalid %s input: it starts with a UTF-8 byte-order mark", enc)}
		}
		if i := bytes.IndexByte(raw, 0); i >= 0 {
			return "", "", &Error{Kind: ErrBinary, Encoding: enc, Offset: i,
				msg: fmt.Sprintf("binary input: NUL byte at offset %d", i)}
		}
		return decodeMultibyte(raw, enc, false)
	}
	return "", "", &Error{Kind: ErrUnknownEncoding, Offset: -1, msg: fmt.Sprintf("unknown encoding %q", string(enc))}
}

// grammarOf returns the byte grammar of a multibyte encoding.
func grammarOf(enc Encoding) grammar {
	switch enc {
	case GBK:
		return grammarGBK
	case GB18030:
		return grammarGB18030
	case Big5:
		return grammarBig5
	}
	return grammarUTF8
}

// decoder returns a fresh golang.org/x/text decoder for enc.
func decoder(enc Encoding) transform.Transformer {
	switch enc {
	case GBK:
		return simplifiedchinese.GBK.NewDecoder()
	case GB18030:
		return simplifiedchinese.GB18030.NewDecoder()
	default:
		return traditionalchinese.Big5.NewDecoder()
	}
}

// decodeMultibyte decodes all of raw in GBK, GB18030 or Big5 with line
// endings normalized, or fails at the first invalid, unmapped or truncated
// sequence. With upgrade, GBK input turns out to be GB18030 at its first
// four-byte sequence: decoding goes on from there as GB18030 (the two agree
// on everything else) and that is the encoding returned.
func decodeMultibyte(raw []byte, enc Encoding, upgrade bool) (string, Encoding, error) {
	var b strings.Builder
	b.Grow(len(raw) + len(raw)/2)
	w := lfWriter{b: &b}
	start := 0
	for {
		n, ok := transcode(raw[start:], enc, 0, func(p []byte, _ int) bool {
			w.write(p)
			return true
		})
		if ok {
			return b.String(), enc, nil
		}
		off := start + n
		g := grammarOf(enc)
		if off < len(raw) && raw[off] >= utf8.RuneSelf {
			if _, st := g.seq(raw[off:]); st == seqTruncated {
				return "", "", truncated(enc, off)
			}
			if n, st := gbSeq(raw[off:]); enc == GBK && n == 4 && st == seqOK {
				if upgrade {
					enc, start = GB18030, off
					continue
				}
				return "", "", &Error{Kind: ErrInvalid, Encoding: enc, Offset: off, msg: fmt.Sprintf(
					"invalid gbk input: four-byte GB18030 sequence % x at offset %d (use gb18030)", raw[off:off+4], off)}
			}
		}
		return "", "", invalidAt(raw, enc, off, seqInvalid, g)
	}
}

// transcode decodes src in chunks, passing each chunk of UTF-8 output to
// sink with the end of the input it decodes. It stops at the first
// sequence that is invalid in enc's grammar or that the decoder maps to
// U+FFFD without being GB18030's encoding of U+FFFD, and returns its offset
// and false, having passed on the output of everything before it. It also
// returns false, at the end of that chunk, when sink does. step, when not
// 0, is the most output of the first chunk, and each next chunk's is twice
// the last's, up to chunkSize.
func transcode(src []byte, enc Encoding, step int, sink func(out []byte, end int) bool) (int, bool) {
	t := decoder(enc)
	g := grammarOf(enc)
	bp := chunkBufs.Get().(*[]byte)
	defer chunkBufs.Put(bp)
	full := *bp
	buf := full
	if step > 0 {
		buf = full[:min(step, len(full))]
	}
	for pos := 0; pos < len(src); {
		if pos > 0 && len(buf) < len(full) {
			buf = full[:min(2*len(buf), len(full))]
		}
		nDst, nSrc, err := t.Transform(buf, src[pos:], true)
		if nSrc == 0 && nDst == 0 {
			// Cannot happen for grammar-valid input; never loop forever.
			return pos, false
		}
		out := buf[:nDst]
		if bytes.Contains(out, fffd) {
			if off, found := firstUnmapped(src[pos:pos+nSrc], t, g); found {
				// Pass on what precedes the bad sequence: a caller may go
				// on from there in another encoding. It is valid and its
				// output fits in buf, as the whole chunk's did.
				if off > 0 {
					n, _, _ := t.Transform(buf, src[pos:pos+off], true)
					sink(buf[:n], pos+off)
				}
				return pos + off, false
			}
		}
		if !sink(out, pos+nSrc) {
			return pos + nSrc, false
		}
		pos += nSrc
		if err != nil && err != transform.ErrShortDst {
			return pos, false
		}
	}
	return 0, true
}

// chunkBufs holds transcode's and decodeUTF16's output buffers (chunkSize
// bytes) for reuse: detection transcodes a small input up to three times,
// and a batch decodes many small inputs.
var chunkBufs = sync.Pool{New: func() any {
	b := make([]byte, chunkSize)
	return &b
}}

// firstUnmapped finds the first sequence of p (whole sequences in g) that t
// decodes to U+FFFD, other than GB18030's encoding of U+FFFD itself.
func firstUnmapped(p []byte, t transform.Transformer, g grammar) (int, bool) {
	var one [16]byte
	for i := 0; i < len(p); {
		if p[i] < utf8.RuneSelf {
			i++
			continue
		}
		n, st := g.seq(p[i:])
		if st != seqOK {
			return i, true
		}
		seq := p[i : i+n]
		nDst, _, _ := t.Transform(one[:], seq, true)
		if bytes.Contains(one[:nDst], fffd) && !bytes.Equal(seq, gbFFFD) {
			return i, true
		}
		i += n
	}
	return 0, false
}

// decodeUTF16 decodes UTF-16 strictly, stripping its byte-order mark; a
// byte-order mark of the other byte order is an error.
func decodeUTF16(raw []byte, enc Encoding) (string, Encoding, error) {
	be := enc == UTF16BE
	own, other := bomUTF16LE, bomUTF16BE
	if be {
		own, other = other, own
	}
	p, base := raw, 0
	switch {
	case bytes.HasPrefix(p, own):
		p, base = p[2:], 2
	case bytes.HasPrefix(p, other):
		return "", "", &Error{Kind: ErrInvalid, Encoding: enc, Offset: 0,
			msg: fmt.Sprintf("invalid %s input: it starts with the byte-order mark of the other byte order", enc)}
	}
	if len(p)%2 != 0 {
		return "", "", &Error{Kind: ErrTruncated, Encoding: enc, Offset: len(raw) - 1,
			msg: fmt.Sprintf("truncated %s input: odd number of bytes (%d)", enc, len(raw))}
	}
	unit := func(i int) rune {
		if be {
			return rune(p[i])<<8 | rune(p[i+1])
		}
		return rune(p[i+1])<<8 | rune(p[i])
	}
	var b strings.Builder
	b.Grow(len(p) + len(p)/2)
	w := lfWriter{b: &b}
	bp := chunkBufs.Get().(*[]byte)
	defer chunkBufs.Put(bp)
	buf := (*bp)[:0]
	for i := 0; i < len(p); i += 2 {
		r := unit(i)
		switch {
		case r == 0:
			hint := ""
			if i == 0 && !be && base == 2 {
				hint = " (UTF-32 is not supported)"
			}
			return "", "", &Error{Kind: ErrBinary, Encoding: enc, Offset: base + i,
				msg: fmt.Sprintf("binary input: NUL character in %s text at offset %d%s", enc, base+i, hint)}
		case r >= 0xD800 && r < 0xDC00:
			if i+2 >= len(p) {
				return "", "", &Error{Kind: ErrTruncated, Encoding: enc, Offset: base + i,
					msg: fmt.Sprintf("truncated %s input: high surrogate without its pair at end of input (offset %d)", enc, base+i)}
			}
			r2 := unit(i + 2)
			if r2 < 0xDC00 || r2 > 0xDFFF {
				return "", "", &Error{Kind: ErrInvalid, Encoding: enc, Offset: base + i,
					msg: fmt.Sprintf("invalid %s input: unpaired high surrogate at offset %d", enc, base+i)}
			}
			r = 0x10000 + (r-0xD800)<<10 + (r2 - 0xDC00)
			i += 2
		case r >= 0xDC00 && r <= 0xDFFF:
			return "", "", &Error{Kind: ErrInvalid, Encoding: enc, Offset: base + i,
				msg: fmt.Sprintf("invalid %s input: unpaired low surrogate at offset %d", enc, base+i)}
		}
		buf = utf8.AppendRune(buf, r)
		if len(buf) > chunkSize-utf8.UTFMax {
			w.write(buf)
			buf = buf[:0]
		}
	}
	w.write(buf)
	return b.String(), enc, nil
}

// normalizeUTF8 returns valid UTF-8 p as a string with line endings
// normalized, copying it once.
func normalizeUTF8(p []byte) string {
	if bytes.IndexByte(p, '\r') < 0 {
		return string(p)
	}
	var b strings.Builder
	b.Grow(len(p))
	w := lfWriter{b: &b}
	w.write(p)
	return b.String()
}

// lfWriter appends text to a builder, turning CRLF and lone CR into LF,
// also when a CRLF pair is split between two writes.
type lfWriter struct {
	b  *strings.Builder
	cr bool // the last byte written was a CR turned into LF
}

func (w *lfWriter) write(p []byte) {
	if len(p) == 0 {
		return
	}
	if w.cr && p[0] == '\n' {
		p = p[1:]
	}
	w.cr = false
	for len(p) > 0 {
		i := bytes.IndexByte(p, '\r')
		if i < 0 {
			w.b.Write(p)
			return
		}
		w.b.Write(p[:i])
		w.b.WriteByte('\n')
		switch {
		case i+1 == len(p):
			w.cr = true
			return
		case p[i+1] == '\n':
			p = p[i+2:]
		default:
			p = p[i+1:]
		}
	}
}

// checkControls refuses text in which control characters other than TAB,
// LF, VT, FF, ESC, SUB (a DOS end-of-file mark) and NEL make up more than
// 1% of the characters: such input is binary, whatever its encoding.
func checkControls(s string, enc Encoding) error {
	ctl, first := 0, -1
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !maybeControl[c] {
			continue
		}
		bad := false
		switch {
		case c < 0x20:
			bad = c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != 0x1A && c != 0x1B
		case c == 0x7F:
			bad = true
		default: // 0xC2: C1 controls are U+0080..U+009F; NEL (U+0085) ends lines
			bad = i+1 < len(s) && s[i+1] < 0xA0 && s[i+1] != 0x85
		}
		if bad {
			ctl++
			if first < 0 {
				first = i
			}
		}
	}
	if ctl == 0 {
		return nil
	}
	if runes := utf8.RuneCountInString(s); ctl*100 > runes {
		return &Error{Kind: ErrBinary, Encoding: enc, Offset: -1, msg: fmt.Sprintf(
			"binary input: %d control characters in %d characters (first at text offset %d)", ctl, runes, first)}
	}
	return nil
}

// maybeControl marks the bytes checkControls looks at: C0 controls, DEL
// and 0xC2, the lead byte of the C1 controls.
var maybeControl = func() (t [256]bool) {
	for c := range 0x20 {
		t[c] = true
	}
	t[0x7F], t[0xC2] = true, true
	return t
}()

// truncated reports input that ends inside a multibyte sequence at off.
func truncated(enc Encoding, off int) *Error {
	return &Error{Kind: ErrTruncated, Encoding: enc, Offset: off,
		msg: fmt.Sprintf("truncated %s input: incomplete multibyte sequence at end of input (offset %d)", enc, off)}
}

// invalidAt reports the sequence at off, invalid (or truncated) in enc.
func invalidAt(raw []byte, enc Encoding, off int, st seqStatus, g grammar) *Error {
	if st == seqTruncated {
		return truncated(enc, off)
	}
	return &Error{Kind: ErrInvalid, Encoding: enc, Offset: off,
		msg: fmt.Sprintf("invalid %s input: %s", enc, describe(raw, off, g))}
}

// describe names the bad bytes at off for a message: the whole sequence
// when it is valid (an unmapped code), the lead byte and the byte after it
// when that lead could start a sequence, else the single byte.
func describe(raw []byte, off int, g grammar) string {
	if off < 0 || off >= len(raw) {
		return fmt.Sprintf("at offset %d", off)
	}
	end := off + 1
	if raw[off] >= utf8.RuneSelf {
		if n, st := g.seq(raw[off:]); st == seqOK {
			end = off + n
		} else if _, st := g.seq(raw[off : off+1]); st == seqTruncated {
			end = off + 2
		}
	}
	if end > len(raw) {
		end = len(raw)
	}
	return fmt.Sprintf("bytes % x at offset %d", raw[off:end], off)
}
