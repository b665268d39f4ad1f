package annotate

import (
	"math/rand/v2"
	"os"
	"reflect"
	"slices"
	"testing"

	"github.com/zhpipe/zhpipe/pipeline"
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

// TestShelveTokens checks that annotating with the tokens shelved during
// entity extraction (as large documents are) gives the same tokens and
// entities as keeping them.
func TestShelveTokens(t *testing.T) {
	raw, err := os.ReadFile("../../testdata/seed-article.txt")
	if err != nil {
		t.Fatal(err)
	}
	p := testPipeline(t, Options{})
	defer func(n int) { shelveMin = n }(shelveMin)
	shelveMin = 1 << 30
	kept := annotateText(t, p, string(raw))
	shelveMin = 0
	shelved := annotateText(t, p, string(raw))
	if len(kept.Tokens) == 0 || !slices.Equal(kept.Tokens, shelved.Tokens) {
		t.Errorf("tokens differ when shelved: %d kept, %d shelved", len(kept.Tokens), len(shelved.Tokens))
	}
	if len(kept.People) == 0 || !reflect.DeepEqual(kept.People, shelved.People) || !reflect.DeepEqual(kept.Organizations, shelved.Organizations) || !reflect.DeepEqual(kept.Places, shelved.Places) {
		t.Errorf("entities differ when shelved")
	}
}
