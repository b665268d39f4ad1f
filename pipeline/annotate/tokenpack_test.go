package annotate

import (
	"context"
	"math/rand"
	"os"
	"reflect"
	"slices"
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

// TestPackTokens packs and unpacks random tokens: the same tokens, with
// the room alignTokens needs.
func TestPackTokens(t *testing.T) {
	rng := rand.New(rand.NewSource(5))
	for _, n := range []int{0, 1, 2, 17, 1000, 100000} {
		toks := randomTokens(rng, n)
		got := packTokens(toks).unpack()
		if want := min(cap(toks), n+tokenRoom(n)); !reflect.DeepEqual(got, toks) || cap(got) != want {
			t.Fatalf("%d tokens: unpacked tokens differ (cap %d, want %d)", n, cap(got), want)
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

// TestCompactTokens compacts random tokens and packs them: the same
// tokens; the compacted words are the tokens' words.
func TestCompactTokens(t *testing.T) {
	rng := rand.New(rand.NewSource(8))
	d := &pipeline.Doc{}
	for _, tag := range []string{"n", "v", "", "nr"} {
		d.Tag(tag)
	}
	for _, n := range []int{0, 1, 5, 1000, 50000} {
		toks := randomTokens(rng, n)
		for i := range toks {
			toks[i].Tag %= 6 // some beyond d.Tags
			toks[i].WorkEnd = max(toks[i].WorkEnd, toks[i].WorkStart)
		}
		c, ok := compactTokensOf(toks)
		if !ok {
			t.Fatalf("%d tokens: not compacted", n)
		}
		if got := c.pack().unpack(); !reflect.DeepEqual(got, toks) {
			t.Fatalf("%d tokens: compacted and packed tokens differ", n)
		}
		d.Tokens = toks
		cw, tw := compactWords{c, d}, tokenWords{d}
		if cw.Len() != tw.Len() {
			t.Fatalf("%d tokens: %d compacted words", n, cw.Len())
		}
		for i := range n {
			a, b := cw.Span(i)
			x, y := tw.Span(i)
			if a != x || b != y || cw.POS(i) != tw.POS(i) {
				t.Fatalf("%d tokens: word %d is %d-%d %q; want %d-%d %q", n, i, a, b, cw.POS(i), x, y, tw.POS(i))
			}
		}
	}
	long := []pipeline.Token{{Start: 0, End: 70000, WorkStart: 0, WorkEnd: 70000}}
	if _, ok := compactTokensOf(long); ok {
		t.Error("a token of 70,000 bytes was compacted")
	}
}

// TestPackedStagesSameAsPlain annotates texts with every stage that can
// run with the tokens compacted or packed doing so (packMin 1) and with
// none doing so: the same Docs. A chain stopped after the entity stage
// leaves the Doc its tokens.
func TestPackedStagesSameAsPlain(t *testing.T) {
	raw, err := os.ReadFile("../../testdata/seed-article.txt")
	if err != nil {
		t.Fatal(err)
	}
	p := testPipeline(t, Options{})
	texts := []string{string(raw), "美國總統川普簽署了第14179號總統行政令。人工智慧與資料中心。\n美国总统特朗普表示，芯片很重要。2025年3月5日，他說三天後再談。", "短", ""}
	defer func(n int) { packMin = n }(packMin)
	for _, text := range texts {
		packMin = 1 << 20
		want := annotateText(t, p, text)
		packMin = 1
		got := annotateText(t, p, text)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%.30q: packed stages give another Doc", text)
		}
		d := pipeline.NewDoc("t", pipeline.Source{}, text)
		var segmented []pipeline.Token
		for _, s := range p.stages {
			if s.Name() == "entity" {
				segmented = slices.Clone(d.Tokens)
			}
			if err := s.Process(context.Background(), d); err != nil {
				t.Fatal(err)
			}
			if s.Name() == "entity" {
				break
			}
		}
		if _, held := p.held.Load(d); len(want.Tokens) > 0 && (!held || d.Tokens != nil) {
			t.Errorf("%.30q: the entity stage did not hand its tokens on packed", text)
		}
		p.restoreHeld(d)
		if !slices.Equal(d.Tokens, segmented) {
			t.Errorf("%.30q: %d tokens after a chain stopped after the entity stage; want the %d of segmentation", text, len(d.Tokens), len(segmented))
		}
	}
}
