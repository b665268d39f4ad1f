package annotate

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/zhpipe/zhpipe/dict"
	"github.com/zhpipe/zhpipe/pipeline"
)

// edgesInside counts the mentions of names that begin or end strictly
// inside a token of toks.
func edgesInside(d *pipeline.Doc, toks []pipeline.Token) (n int, example string) {
	for _, set := range [][]pipeline.Entity{d.People, d.Organizations, d.Places, d.Administrations} {
		for _, en := range set {
			for _, m := range en.Mentions {
				for _, t := range toks {
					r := t.Range()
					if r.Start < m.Start && m.Start < r.End || r.Start < m.End && m.End < r.End {
						n++
						example = d.Span(m) + " in " + d.Span(r)
						break
					}
				}
			}
		}
	}
	return n, example
}

// TestMentionsAreWholeTokens checks that after annotation every mention of
// a person, organization or place is a run of whole tokens (so CoNLL-U's NE
// column shows it whole), with both segmenters, on the sample article and
// on sentences written for the test, where the segmenters' own words cross
// the names the NER stage finds.
func TestMentionsAreWholeTokens(t *testing.T) {
	raw, err := os.ReadFile("../../testdata/seed-article.txt")
	if err != nil {
		t.Fatal(err)
	}
	texts := []string{
		string(raw),
		"美方表示，臺商在大陸的投資今年增加。港澳同胞和臺灣同胞都來訪問。",
		"国安会会同外交部发表声明，中方对此表示欢迎。",
	}
	for _, seg := range dict.Segmenters() {
		res, err := LoadResources(dict.Options{Segmenter: seg})
		if err != nil {
			t.Fatal(err)
		}
		p, err := New(res, Options{})
		if err != nil {
			t.Fatal(err)
		}
		crossedBefore := 0
		for _, text := range texts {
			d := pipeline.NewDoc("t", pipeline.Source{}, text)
			if err := p.Annotate(context.Background(), d); err != nil {
				t.Fatal(err)
			}
			checkDoc(t, d)
			if n, ex := edgesInside(d, d.Tokens); n > 0 {
				t.Errorf("%s: %d mentions begin or end inside a token (%s)", seg, n, ex)
			}
			// The same text segmented alone, before the names were known.
			plain := pipeline.NewDoc("t", pipeline.Source{}, text)
			if err := p.Segment(context.Background(), plain); err != nil {
				t.Fatal(err)
			}
			n, _ := edgesInside(d, plain.Tokens)
			crossedBefore += n
		}
		if crossedBefore == 0 {
			t.Errorf("%s: no token crossed a name edge before aligning; the test texts need one", seg)
		}
		t.Logf("%s: %d name edges fell inside tokens before aligning", seg, crossedBefore)
	}
}

// TestTagCache compares tagCache with Doc.Tag on POS strings that share
// their bytes, copies of them elsewhere in memory and the empty string,
// drawn from few or many distinct strings (so that entries of the cache
// are replaced).
func TestTagCache(t *testing.T) {
	var pool []string
	for i := range 400 {
		pool = append(pool, fmt.Sprintf("t%d", i%300))
	}
	pool = append(pool, "", "n", "v", strings.Clone("n"), strings.Clone("v"))
	rng := rand.New(rand.NewPCG(3, 4))
	for _, spread := range []int{5, 40, len(pool)} {
		a, b := &pipeline.Doc{}, &pipeline.Doc{}
		c := tagCache{d: a}
		for range 5000 {
			pos := pool[len(pool)-1-rng.IntN(spread)]
			if got, want := c.tag(pos), b.Tag(pos); got != want {
				t.Fatalf("tag(%q) = %d; Doc.Tag gives %d", pos, got, want)
			}
		}
		if !slices.Equal(a.Tags, b.Tags) {
			t.Fatalf("spread %d: the Doc's tags %v; Doc.Tag alone makes %v", spread, a.Tags, b.Tags)
		}
	}
}

// TestEdgeCursor compares edgeCursor with a binary search from scratch, on
// random sorted edges and ranges asked for mostly in order.
func TestEdgeCursor(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	for range 300 {
		var edges []int
		for range rng.IntN(30) {
			edges = append(edges, rng.IntN(200))
		}
		slices.Sort(edges)
		edges = slices.Compact(edges)
		c := edgeCursor{edges: edges, last: -1}
		start := 0
		for range 100 {
			if rng.IntN(10) == 0 {
				start = rng.IntN(200) // now and then back
			} else {
				start += rng.IntN(5)
			}
			end := start + rng.IntN(8)
			i, _ := slices.BinarySearch(edges, start+1)
			want := i < len(edges) && edges[i] < end
			if got := c.inside(start, end); got != want {
				t.Fatalf("edges %v: inside(%d, %d) = %v; want %v", edges, start, end, got, want)
			}
		}
	}
}
