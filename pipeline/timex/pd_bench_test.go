package timex

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/zhpipe/zhpipe/internal/shared"
)

// pdArticle is an article of People's Daily (January 1998) with the byte
// offsets where the corpus's own words end.
type pdArticle struct {
	text string
	ends []int
}

// readPDArticles reads up to max articles of the People's Daily corpus,
// paragraphs joined by newlines, or skips when the corpus is absent.
func readPDArticles(tb testing.TB, max int) []pdArticle {
	f, err := os.Open(shared.Path(tb, "eval", "corpus", "pd1998", "199801.utf8.txt"))
	if err != nil {
		tb.Skipf("skipping: %v", err)
	}
	defer f.Close()
	var out []pdArticle
	var cur pdArticle
	var sb strings.Builder
	id := ""
	flush := func() {
		if sb.Len() > 0 {
			cur.text = sb.String()
			out = append(out, cur)
		}
		cur = pdArticle{}
		sb.Reset()
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		if len(fs) < 2 {
			continue
		}
		if a := fs[0][:min(15, len(fs[0]))]; a != id {
			flush()
			if len(out) == max {
				break
			}
			id = a
		} else {
			sb.WriteByte('\n')
			cur.ends = append(cur.ends, sb.Len())
		}
		for _, w := range fs[1:] {
			form, _, _ := strings.Cut(w, "/")
			sb.WriteString(strings.TrimPrefix(form, "["))
			cur.ends = append(cur.ends, sb.Len())
		}
	}
	if len(out) < max {
		flush()
	}
	return out
}

// BenchmarkPipelinePD is what the pipeline does with the dates of 300
// People's Daily articles: prepare each with its words, guess its
// reference, extract against it.
func BenchmarkPipelinePD(b *testing.B) {
	arts := readPDArticles(b, 300)
	n := 0
	for _, a := range arts {
		n += len(a.text)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			tx := NewText(a.text).WithWordEnds(a.ends)
			ref, _ := tx.GuessReferenceExprs()
			tx.Extract(ref)
		}
	}
}

// BenchmarkNewTextPD is the folding of 300 People's Daily articles alone.
func BenchmarkNewTextPD(b *testing.B) {
	arts := readPDArticles(b, 300)
	n := 0
	for _, a := range arts {
		n += len(a.text)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for _, a := range arts {
			NewText(a.text)
		}
	}
}

// BenchmarkExtractAfterGuessPD is the second reading alone: Extract of 300
// People's Daily articles whose first reading (GuessReferenceExprs) left
// its memo, against the reference it guessed.
func BenchmarkExtractAfterGuessPD(b *testing.B) {
	arts := readPDArticles(b, 300)
	n := 0
	txs := make([]*Text, len(arts))
	refs := make([]Reference, len(arts))
	for k, a := range arts {
		n += len(a.text)
		txs[k] = NewText(a.text).WithWordEnds(a.ends)
		refs[k], _ = txs[k].GuessReferenceExprs()
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		for k, x := range txs {
			x.Extract(refs[k])
		}
	}
}
