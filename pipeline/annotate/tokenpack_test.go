package annotate

import (
	"context"
	"math/rand"
	"reflect"
	"testing"

	"github.com/zhpipe/zhpipe/pipeline"
)

// randomTokens returns n tokens mostly as segmentation makes them (each
// where the one before ends, as long in both texts), with gaps, merged
// and inserted text, long tokens, overlaps and large tags among them.
func randomTokens(rng *rand.Rand, n int) []pipeline.Token {
	toks := make([]pipeline.Token, 0, n+n/3)
	var end, workEnd int32
	for range n {
		t := pipeline.Token{Start: end, WorkStart: workEnd, Tag: uint16(rng.Intn(40))}
		l := int32(1 + rng.Intn(12))
		t.End, t.WorkEnd = t.Start+l, t.WorkStart+l
		switch rng.Intn(12) {
		case 0:
			t.Start += int32(rng.Intn(5)) // a gap in the original
			t.End = t.Start + l
		case 1:
			t.WorkEnd += int32(rng.Intn(7)) - 3 // a merged phrase
		case 2:
			t.End += int32(128 + rng.Intn(2000)) // long
			t.WorkEnd = t.WorkStart + (t.End - t.Start)
		case 3:
			t.Tag = uint16(rng.Intn(1 << 16))
		case 4:
			t.Start -= int32(rng.Intn(int(t.Start) + 1)) // out of order
		case 5:
			t.End, t.WorkEnd = t.Start, t.WorkStart // empty
		}
		toks = append(toks, t)
		end, workEnd = t.End, t.WorkEnd
	}
	return toks
}

// TestPackTokens packs and unpacks random tokens: the same tokens, in a
// slice of the same capacity.
func TestPackTokens(t *testing.T) {
	rng := rand.New(rand.NewSource(5))
	for _, n := range []int{0, 1, 2, 17, 1000, 100000} {
		toks := randomTokens(rng, n)
		got := packTokens(toks).unpack()
		if !reflect.DeepEqual(got, toks) || cap(got) != cap(toks) {
			t.Fatalf("%d tokens: unpacked tokens differ (cap %d, want %d)", n, cap(got), cap(toks))
		}
	}
}

// tokenFree is a stage that reads no token: it records how many tokens
// it saw.
type tokenFree struct{ saw *int }

func (tokenFree) Name() string { return "free" }

func (s tokenFree) Process(_ context.Context, d *pipeline.Doc) error {
	*s.saw = len(d.Tokens)
	return nil
}

// TestWithoutTokens runs a stage with a long text's tokens packed: it
// sees none, and the Doc has the same tokens after it; a short text's
// tokens stay as they are.
func TestWithoutTokens(t *testing.T) {
	rng := rand.New(rand.NewSource(6))
	for _, n := range []int{100, packMin} {
		toks := randomTokens(rng, n)
		d := &pipeline.Doc{Tokens: toks}
		saw := -1
		s := withoutTokens{tokenFree{&saw}}
		if s.Name() != "free" {
			t.Fatalf("Name() = %q; want the stage's", s.Name())
		}
		if err := s.Process(context.Background(), d); err != nil {
			t.Fatal(err)
		}
		if want := n; n >= packMin {
			want = 0
			if saw != want {
				t.Errorf("%d tokens: the stage saw %d; want %d", n, saw, want)
			}
		} else if saw != want {
			t.Errorf("%d tokens: the stage saw %d; want %d", n, saw, want)
		}
		if !reflect.DeepEqual(d.Tokens, toks) {
			t.Errorf("%d tokens: tokens differ after the stage", n)
		}
	}
}

// BenchmarkPackTokens packs and unpacks a million tokens.
func BenchmarkPackTokens(b *testing.B) {
	toks := randomTokens(rand.New(rand.NewSource(7)), 1<<20)
	b.SetBytes(int64(len(toks)))
	b.ReportAllocs()
	for b.Loop() {
		packTokens(toks).unpack()
	}
}
