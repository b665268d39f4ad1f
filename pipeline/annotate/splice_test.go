package annotate

import (
	"math/rand/v2"
	"os"
	"reflect"
	"slices"
	"testing"

	"github.com/zhpipe/zhpipe/pipeline"
	"github.com/zhpipe/zhpipe/pipeline/document"
	"github.com/zhpipe/zhpipe/pipeline/entity"
)

func tok(i int) pipeline.Token { return pipeline.Token{Start: int32(i), End: int32(i + 1)} }

func toks(ids ...int) []pipeline.Token {
	var out []pipeline.Token
	for _, i := range ids {
		out = append(out, tok(i))
	}
	return out
}

// TestSpliceTokens checks the splice against a plain rebuild, in place (room
// in the slice; windows that grow or shrink) and by copy (no room).
func TestSpliceTokens(t *testing.T) {
	cases := []struct {
		name   string
		room   int
		recuts []recut
	}{
		{"grow in place", 10, []recut{{1, 2, toks(10, 11)}, {4, 6, toks(12, 13, 14)}}},
		{"grow no room", 0, []recut{{1, 2, toks(10, 11)}, {4, 6, toks(12, 13, 14)}}},
		{"shrink then grow", 10, []recut{{0, 3, toks(10)}, {4, 5, toks(11, 12, 13, 14)}}},
		{"same length", 0, []recut{{2, 4, toks(10, 11)}}},
		{"last tokens", 5, []recut{{5, 7, toks(10, 11, 12)}}},
		{"grow, shrink, grow", 10, []recut{{0, 1, toks(10, 11, 12)}, {2, 5, toks(13)}, {6, 7, toks(14, 15, 16, 17)}}},
		{"shrink only", 0, []recut{{1, 3, toks(10)}, {4, 7, toks(11)}}},
	}
	for _, c := range cases {
		in := make([]pipeline.Token, 7, 7+c.room)
		for i := range in {
			in[i] = tok(i)
		}
		var want []pipeline.Token
		done := 0
		for _, r := range c.recuts {
			want = append(want, in[done:r.lo]...)
			want = append(want, r.toks...)
			done = r.hi
		}
		want = append(want, in[done:]...)
		if got := spliceTokens(in, c.recuts); !slices.Equal(got, want) {
			t.Errorf("%s: got %v, want %v", c.name, got, want)
		}
	}
}

// TestSpliceTokensRandom checks the splice against a plain rebuild on
// random windows, with and without room.
func TestSpliceTokensRandom(t *testing.T) {
	rnd := rand.New(rand.NewPCG(1, 2))
	for iter := 0; iter < 2000; iter++ {
		n := rnd.IntN(40)
		var recuts []recut
		next := 100
		for at := 0; at < n; {
			at += rnd.IntN(4)
			if at >= n {
				break
			}
			hi := at + rnd.IntN(min(4, n-at)+1)
			var ts []pipeline.Token
			for range rnd.IntN(6) {
				ts = append(ts, tok(next))
				next++
			}
			recuts = append(recuts, recut{at, hi, ts})
			at = max(hi, at+1)
		}
		var want []pipeline.Token
		done := 0
		for _, r := range recuts {
			for i := done; i < r.lo; i++ {
				want = append(want, tok(i))
			}
			want = append(want, r.toks...)
			done = r.hi
		}
		for i := done; i < n; i++ {
			want = append(want, tok(i))
		}
		in := make([]pipeline.Token, n, n+rnd.IntN(20))
		for i := range in {
			in[i] = tok(i)
		}
		if got := spliceTokens(in, recuts); !slices.Equal(got, want) {
			t.Fatalf("n=%d room=%d recuts %v: got %v, want %v", n, cap(in)-n, recuts, got, want)
		}
	}
}

// TestTokenWords checks that the extractors read the tokens as words
// (tokenWords) as they read a copy of them in a list.
func TestTokenWords(t *testing.T) {
	raw, err := os.ReadFile("../../testdata/seed-article.txt")
	if err != nil {
		t.Fatal(err)
	}
	p := testPipeline(t, Options{})
	d := annotateText(t, p, string(raw))
	if len(d.Tokens) == 0 {
		t.Fatal("no tokens")
	}
	el, dl := &entity.WordList{}, &document.WordList{}
	for _, tk := range d.Tokens {
		el.Add(int(tk.WorkStart), int(tk.WorkEnd), d.POS(tk))
		dl.Add(int(tk.WorkStart), int(tk.WorkEnd), d.POS(tk))
	}
	got := p.entity.ExtractHints(d.Text, entity.Hints{Words: tokenWords{d}})
	want := p.entity.ExtractHints(d.Text, entity.Hints{Words: el})
	if len(want) == 0 || !reflect.DeepEqual(got, want) {
		t.Errorf("entities from the tokens differ from those from a word list: %d, want %d", len(got), len(want))
	}
	if got, want := document.ExtractWords(d.Text, tokenWords{d}), document.ExtractWords(d.Text, dl); !reflect.DeepEqual(got, want) {
		t.Errorf("documents from the tokens differ from those from a word list: %v, want %v", got, want)
	}
}
