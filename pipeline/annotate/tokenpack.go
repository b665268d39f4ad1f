package annotate

import (
	"context"
	"encoding/binary"
	"fmt"
	"runtime"
	"unsafe"

	"github.com/zhpipe/zhpipe/pipeline"
)

// A long text's tokens are the largest live data of its Doc (20 bytes a
// token, some 90 MB for a 20 MB text). A stage that does not read them
// runs with the tokens packed (about 2 bytes a token), so that its own
// data does not come on top of them.

// packMin is the number of tokens from which a stage that does not read
// them runs with them packed (a text of some 5 MB); smaller texts keep
// them as they are. (A variable for tests.)
var packMin = 1 << 20

// withoutTokens runs a stage that never reads the Doc's tokens, with the
// tokens of a long text packed meanwhile.
type withoutTokens struct{ pipeline.Stage }

func (s withoutTokens) Process(ctx context.Context, d *pipeline.Doc) error {
	return packedWhile(d, s.Name(), func() error { return s.Stage.Process(ctx, d) })
}

// packedWhile calls fn, which does not read d's tokens, with the tokens of
// a long text packed meanwhile; stage names the caller in errors.
func packedWhile(d *pipeline.Doc, stage string, fn func() error) error {
	if len(d.Tokens) < packMin {
		return fn()
	}
	pk := packTokens(d.Tokens)
	d.Tokens = nil
	return unpackAfter(d, pk, stage, fn)
}

// unpackAfter calls fn, which does not read d's tokens, and then gives d
// the tokens pk holds.
func unpackAfter(d *pipeline.Doc, pk packedTokens, stage string, fn func() error) error {
	err := fn()
	if d.Tokens != nil {
		return fmt.Errorf("stage %s made tokens while they were packed", stage)
	}
	// What fn made and left is garbage now: collect it before the
	// tokens' slice comes back on top of it (see collectBefore).
	if pk.cap*int(unsafe.Sizeof(pipeline.Token{})) >= collectBefore {
		runtime.GC()
	}
	d.Tokens = pk.unpack()
	return err
}

// packedTokens are tokens as bytes: a token that starts where the one
// before ends, in both texts, with as many bytes in both, under 128, is
// its length and its tag as a varint; any other is 0x80 and the
// differences from the token before as zigzag varints, then its tag.
type packedTokens struct {
	b      []byte
	n, cap int // the tokens' count and the capacity of their slice
}

func packTokens(toks []pipeline.Token) packedTokens {
	w := newPackWriter(len(toks), cap(toks))
	for _, t := range toks {
		w.add(t)
	}
	return w.pk
}

// packWriter packs tokens given one after the other.
type packWriter struct {
	pk           packedTokens
	end, workEnd int32
}

// newPackWriter returns a writer of n tokens from a slice of capacity c.
func newPackWriter(n, c int) *packWriter {
	return &packWriter{pk: packedTokens{b: make([]byte, 0, 2*n+n/8+16), cap: c}}
}

func (w *packWriter) add(t pipeline.Token) {
	b := w.pk.b
	l, wl := t.End-t.Start, t.WorkEnd-t.WorkStart
	if t.Start == w.end && t.WorkStart == w.workEnd && l == wl && l >= 0 && l < 0x80 {
		b = append(b, byte(l))
	} else {
		b = append(b, 0x80)
		b = binary.AppendVarint(b, int64(t.Start-w.end))
		b = binary.AppendVarint(b, int64(l))
		b = binary.AppendVarint(b, int64(t.WorkStart-w.workEnd))
		b = binary.AppendVarint(b, int64(wl))
	}
	w.pk.b = binary.AppendUvarint(b, uint64(t.Tag))
	w.pk.n++
	w.end, w.workEnd = t.End, t.WorkEnd
}

// unpack returns the tokens in a slice with the room alignTokens needs
// (tokenRoom), or their former capacity when that was less.
func (pk packedTokens) unpack() []pipeline.Token {
	toks := make([]pipeline.Token, 0, min(pk.cap, pk.n+tokenRoom(pk.n)))
	pk.each(func(t pipeline.Token) { toks = append(toks, t) })
	return toks
}

// each calls fn with the tokens in order.
func (pk packedTokens) each(fn func(pipeline.Token)) {
	b := pk.b
	var end, workEnd int32
	varint := func() int32 {
		v, k := binary.Varint(b)
		b = b[k:]
		return int32(v)
	}
	for range pk.n {
		var t pipeline.Token
		if c := b[0]; c < 0x80 {
			b = b[1:]
			t.Start, t.End = end, end+int32(c)
			t.WorkStart, t.WorkEnd = workEnd, workEnd+int32(c)
		} else {
			b = b[1:]
			t.Start = end + varint()
			t.End = t.Start + varint()
			t.WorkStart = workEnd + varint()
			t.WorkEnd = t.WorkStart + varint()
		}
		if c := b[0]; c < 0x80 {
			t.Tag, b = uint16(c), b[1:]
		} else {
			v, k := binary.Uvarint(b)
			t.Tag, b = uint16(v), b[k:]
		}
		end, workEnd = t.End, t.WorkEnd
		fn(t)
	}
}

// compactTokens are tokens as the entity stage reads them, 8 bytes a
// token for the working text's words and their tags (start, length in
// the working text, tag), with their original offsets packed apart
// (differences from the token before, as zigzag varints).
type compactTokens struct {
	work []workToken
	orig []byte
	cap  int // the capacity of the tokens' slice
}

type workToken struct {
	start  int32
	n, tag uint16
}

// compactTokensOf returns toks compacted, or false when a token is too
// long for a workToken (64 KB or more of working text).
func compactTokensOf(toks []pipeline.Token) (*compactTokens, bool) {
	for _, t := range toks {
		if n := t.WorkEnd - t.WorkStart; n < 0 || n > 0xFFFF {
			return nil, false
		}
	}
	c := &compactTokens{work: make([]workToken, len(toks)), orig: make([]byte, 0, 2*len(toks)+len(toks)/8+16), cap: cap(toks)}
	var end int32
	for i, t := range toks {
		c.work[i] = workToken{t.WorkStart, uint16(t.WorkEnd - t.WorkStart), t.Tag}
		c.orig = binary.AppendVarint(c.orig, int64(t.Start-end))
		c.orig = binary.AppendVarint(c.orig, int64(t.End-t.Start))
		end = t.End
	}
	return c, true
}

// pack returns the tokens packed.
func (c *compactTokens) pack() packedTokens {
	w := newPackWriter(len(c.work), c.cap)
	b := c.orig
	var end int32
	for _, wt := range c.work {
		v, k := binary.Varint(b)
		b = b[k:]
		l, m := binary.Varint(b)
		b = b[m:]
		start := end + int32(v)
		end = start + int32(l)
		w.add(pipeline.Token{Start: start, End: end, WorkStart: wt.start, WorkEnd: wt.start + int32(wt.n), Tag: wt.tag})
	}
	return w.pk
}

// compactWords are compacted tokens as the words of a Doc's working text
// (as tokenWords are its tokens).
type compactWords struct {
	c *compactTokens
	d *pipeline.Doc
}

func (w compactWords) Len() int { return len(w.c.work) }

func (w compactWords) Span(i int) (start, end int) {
	t := &w.c.work[i]
	return int(t.start), int(t.start) + int(t.n)
}

func (w compactWords) POS(i int) string { return w.d.POS(pipeline.Token{Tag: w.c.work[i].tag}) }
