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
// them as they are.
const packMin = 1 << 20

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
	b := make([]byte, 0, 2*len(toks)+len(toks)/8+16)
	var end, workEnd int32
	for _, t := range toks {
		l, wl := t.End-t.Start, t.WorkEnd-t.WorkStart
		if t.Start == end && t.WorkStart == workEnd && l == wl && l >= 0 && l < 0x80 {
			b = append(b, byte(l))
		} else {
			b = append(b, 0x80)
			b = binary.AppendVarint(b, int64(t.Start-end))
			b = binary.AppendVarint(b, int64(l))
			b = binary.AppendVarint(b, int64(t.WorkStart-workEnd))
			b = binary.AppendVarint(b, int64(wl))
		}
		b = binary.AppendUvarint(b, uint64(t.Tag))
		end, workEnd = t.End, t.WorkEnd
	}
	return packedTokens{b: b, n: len(toks), cap: cap(toks)}
}

// unpack returns the tokens in a slice of their former capacity.
func (pk packedTokens) unpack() []pipeline.Token {
	toks := make([]pipeline.Token, pk.n, pk.cap)
	b := pk.b
	var end, workEnd int32
	varint := func() int32 {
		v, k := binary.Varint(b)
		b = b[k:]
		return int32(v)
	}
	for i := range toks {
		t := &toks[i]
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
	}
	return toks
}
