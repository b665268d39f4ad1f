package convert

import (
	"bufio"
	"errors"
	"io"
	"slices"
	"sync"
	"unicode/utf8"
)

// configNames are OpenCC 1.4.2's configs, sorted.
var configNames = [...]string{
	"hk2s", "hk2sp", "hk2t", "jp2t", "s2hk", "s2hkp", "s2t", "s2tw",
	"s2twp", "t2hk", "t2jp", "t2s", "t2tw", "tw2s", "tw2sp", "tw2t",
}

// Configs returns the names of the 16 OpenCC 1.4.2 configs, sorted
// ("hk2s" … "tw2t"); New accepts each, with or without ".json".
func Configs() []string { return slices.Clone(configNames[:]) }

// Converter converts text with one OpenCC config. It is immutable once built
// and safe for concurrent use. Build it with New or Loader.Converter; the
// zero Converter copies its input through unchanged.
type Converter struct {
	name string
	norm []stage
	seg  *stage // nil: the whole text is one segment
	// chain holds the conversion stages, applied in turn to each segment.
	chain []stage
	// changes holds the code points that the config converts to something
	// else when they stand alone (compiled tables only; nil otherwise).
	changes *runeSet
}

// New builds the converter for an OpenCC config ("tw2sp" or "tw2sp.json")
// from the embedded OpenCC 1.4.2 data. To build several configs, use one
// Loader so that shared dictionaries are built once.
func New(config string) (*Converter, error) {
	return NewLoader().Converter(config)
}

// Changes reports whether c converts the code point r, standing alone, to
// something else (Convert(string(r)) != string(r)). With the embedded data
// it is one table look-up.
func (c *Converter) Changes(r rune) bool {
	if r < 0 || r > utf8.MaxRune {
		return false
	}
	if c.changes != nil {
		return c.changes.has(r)
	}
	if !c.mayChange(r) {
		return false
	}
	s := string(r)
	return c.Convert(s) != s
}

// mayChange reports whether some dictionary of a normalization or
// conversion stage has a key that starts with r: the others copy r.
func (c *Converter) mayChange(r rune) bool {
	for _, st := range c.norm {
		if st.set.has(r) {
			return true
		}
	}
	for _, st := range c.chain {
		if st.set.has(r) {
			return true
		}
	}
	return false
}

// Name returns the config name of c, without ".json".
func (c *Converter) Name() string { return c.name }

// Convert returns s converted. Invalid UTF-8 bytes are copied through.
func (c *Converter) Convert(s string) string {
	var sc scratch
	return string(c.appendConvert(nil, s, &sc))
}

// scratch holds the buffers of one conversion, reused across lines.
type scratch struct {
	norm   [2][]byte
	chain  [2][]byte
	pieces []Piece
	// For convertAligned: its output and pieces (reused only by
	// ConvertAlignedFunc, whose caller keeps neither), and the pieces of
	// one segment and of one stage.
	dst               []byte
	out               []Piece
	segPieces, stageP []Piece
}

// alignedScratch holds scratch buffers for ConvertAlignedFunc, which
// converts thousands of documents in a batch: each starts from emptied
// buffers (every use appends to a buffer cut to length 0), so nothing of
// one document reaches the next, and each goroutine gets its own.
var alignedScratch = sync.Pool{New: func() any { return new(scratch) }}

// maxKeptScratch is the largest output (bytes) whose buffers
// ConvertAlignedFunc keeps for reuse: a large document's go back to the
// collector.
const maxKeptScratch = 1 << 20

// normalize runs the normalization stages over the whole text.
func (c *Converter) normalize(s string, sc *scratch) string {
	for i := range c.norm {
		st := &c.norm[i]
		if st.skip(s, 0) == len(s) {
			continue
		}
		buf := st.convert(sc.norm[i%2][:0], s)
		sc.norm[i%2] = buf
		s = view(buf)
	}
	return s
}

// appendConvert appends the conversion of s to dst.
func (c *Converter) appendConvert(dst []byte, s string, sc *scratch) []byte {
	s = c.normalize(s, sc)
	if c.seg == nil {
		return c.appendChain(dst, s, sc)
	}
	for a, b := range c.seg.segments(s) {
		dst = c.appendChain(dst, s[a:b], sc)
	}
	return dst
}

// appendChain appends the conversion of one segment through the chain.
func (c *Converter) appendChain(dst []byte, seg string, sc *scratch) []byte {
	last := len(c.chain) - 1
	if last < 0 {
		return append(dst, seg...)
	}
	for i := range last {
		buf := c.chain[i].convert(sc.chain[i%2][:0], seg)
		sc.chain[i%2] = buf
		seg = view(buf)
	}
	return c.chain[last].convert(dst, seg)
}

// ConvertAligned returns s converted and the alignment from s to the
// result: pieces sorted, without gaps or overlaps, covering all of s and all
// of the result. Each piece is one matched dictionary key (or one copied
// code point, ideographic description sequence or invalid byte), widened
// where the chain's stages cut the text differently, so converting a
// piece's Src within its segment gives exactly its Dst.
func (c *Converter) ConvertAligned(s string) (string, []Piece) {
	var pieces []Piece
	var sc scratch // its pieces are returned
	dst := c.convertAligned(s, &pieces, nil, &sc)
	return string(dst), pieces
}

// ConvertAlignedFunc converts s as ConvertAligned does, but hands each
// piece to piece in order, with the output bytes it covers (valid only
// during the call), instead of returning them all: the memory it needs
// does not grow with the number of pieces.
func (c *Converter) ConvertAlignedFunc(s string, piece func(p Piece, out string)) string {
	var pieces []Piece
	flush := func(ps []Piece, dst []byte) {
		for _, p := range ps {
			piece(p, view(dst[p.DstStart:p.DstEnd]))
		}
	}
	sc := alignedScratch.Get().(*scratch)
	dst := c.convertAligned(s, &pieces, flush, sc)
	flush(pieces, dst)
	out := string(dst)
	if cap(dst) <= maxKeptScratch {
		sc.dst, sc.out = dst[:0], nil
		if cap(pieces) <= 4*flushPieces { // not all of a long text's
			sc.out = pieces[:0]
		}
		alignedScratch.Put(sc)
	}
	return out
}

// convertAligned converts s and appends the pieces to *out; with flush
// set, it hands final pieces over as it goes and leaves in *out only those
// not handed over yet.
func (c *Converter) convertAligned(s string, out *[]Piece, flush func([]Piece, []byte), sc *scratch) []byte {
	text := s
	var normPieces []Piece
	for i := range c.norm {
		st := &c.norm[i]
		if st.skip(text, 0) == len(text) {
			continue
		}
		buf, pcs := st.convertAligned(sc.norm[i%2][:0], nil, text, 0, nil)
		sc.norm[i%2] = buf
		text = view(buf)
		if normPieces == nil {
			normPieces = pcs
		} else {
			normPieces = composeAppend(nil, normPieces, pcs, 0, 0)
		}
	}
	if normPieces != nil {
		// The pieces of the conversion proper must all be composed with
		// the normalization's: nothing is final before the end.
		flush = nil
	}
	dst := sc.dst[:0]
	if n := len(text) + len(text)/8; cap(dst) < n {
		dst = make([]byte, 0, n)
	}
	pieces := sc.out[:0]
	if n := min(len(text)/3+1, 2*flushPieces); cap(pieces) < n {
		pieces = make([]Piece, 0, n)
	}
	segPieces, stagePieces := sc.segPieces[:0], sc.stageP[:0]
	defer func() { sc.segPieces, sc.stageP = segPieces[:0], stagePieces[:0] }()
	last := len(c.chain) - 1
	add := func(a, b int) {
		seg := text[a:b]
		if last < 0 {
			for p := a; p < b; {
				_, n := utf8.DecodeRuneInString(text[p:b])
				pieces = append(pieces, Piece{p, p + n, len(dst), len(dst) + n})
				dst = append(dst, text[p:p+n]...)
				p += n
			}
			return
		}
		if last == 0 {
			n0, base := len(pieces), len(dst)
			if a == 0 && base == 0 && n0 == 0 {
				// Offsets need no shifting: pieces can be handed over
				// while the stage runs (a config without segmentation
				// is one segment).
				dst, pieces = c.chain[0].convertAligned(dst, pieces, seg, base, flush)
				return
			}
			dst, pieces = c.chain[0].convertAligned(dst, pieces, seg, base, nil)
			for k := n0; k < len(pieces); k++ {
				pieces[k].SrcStart += a
				pieces[k].SrcEnd += a
				pieces[k].DstStart += base
				pieces[k].DstEnd += base
			}
			return
		}
		buf, segP := c.chain[0].convertAligned(sc.chain[0][:0], segPieces[:0], seg, 0, nil)
		sc.chain[0], segPieces = buf, segP
		for i := 1; i <= last; i++ {
			in := view(buf)
			if i == last {
				base := len(dst)
				dst, stagePieces = c.chain[i].convertAligned(dst, stagePieces[:0], in, base, nil)
				pieces = composeAppend(pieces, segPieces, stagePieces, a, base)
				return
			}
			buf, stagePieces = c.chain[i].convertAligned(sc.chain[i%2][:0], stagePieces[:0], in, 0, nil)
			sc.chain[i%2] = buf
			composed := composeAppend(sc.pieces[:0], segPieces, stagePieces, 0, 0)
			sc.pieces, segPieces = segPieces, composed
		}
	}
	if c.seg == nil {
		if len(text) > 0 {
			add(0, len(text))
		}
	} else {
		for a, b := range c.seg.segments(text) {
			add(a, b)
			if flush != nil && len(pieces) >= flushPieces {
				flush(pieces, dst)
				pieces = pieces[:0]
			}
		}
	}
	if normPieces != nil {
		pieces = composeAppend(make([]Piece, 0, len(pieces)), normPieces, pieces, 0, 0)
	}
	*out = pieces
	return dst
}

// ConvertLines converts r line by line to w, as OpenCC's command-line tool
// does: each line is converted on its own and its line ending is kept.
// Lines may be of any length. It returns the first read or write error.
func (c *Converter) ConvertLines(r io.Reader, w io.Writer) error {
	br := bufio.NewReaderSize(r, 256*1024)
	bw := bufio.NewWriterSize(w, 256*1024)
	var sc scratch
	var out, long []byte
	for {
		line, err := br.ReadSlice('\n')
		if errors.Is(err, bufio.ErrBufferFull) {
			// A line longer than the buffer: gather it whole.
			long = append(long[:0], line...)
			for errors.Is(err, bufio.ErrBufferFull) {
				line, err = br.ReadSlice('\n')
				long = append(long, line...)
			}
			line = long
		}
		if len(line) > 0 {
			body := line
			nl := len(body) > 0 && body[len(body)-1] == '\n'
			if nl {
				body = body[:len(body)-1]
			}
			out = c.appendConvert(out[:0], view(body), &sc)
			if nl {
				out = append(out, '\n')
			}
			if _, werr := bw.Write(out); werr != nil {
				return werr
			}
		}
		if err == io.EOF {
			return bw.Flush()
		}
		if err != nil {
			return err
		}
	}
}
