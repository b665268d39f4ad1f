package annotate

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/zhpipe/zhpipe/pipeline"
)

// sentencesRef is Sentences as it was before finalStart: every rune of
// the paragraph decoded.
func sentencesRef(text string, para pipeline.Range) []pipeline.Range {
	var out []pipeline.Range
	start := para.Start
	for i := para.Start; i < para.End; {
		r, n := utf8.DecodeRuneInString(text[i:])
		i += n
		if !isFinal(r) {
			continue
		}
		for i < para.End {
			r2, n2 := utf8.DecodeRuneInString(text[i:])
			if !isFinal(r2) && !isCloser(r2) {
				break
			}
			i += n2
		}
		if s, ok := trim(text, pipeline.Range{Start: start, End: i}); ok {
			out = append(out, s)
		}
		start = i
	}
	if s, ok := trim(text, pipeline.Range{Start: start, End: para.End}); ok {
		out = append(out, s)
	}
	return out
}

// TestSentencesSameAsReference compares Sentences with sentencesRef on
// sentences written for it and on random text of marks, closers, Han
// characters and broken UTF-8, over whole texts and random paragraphs.
func TestSentencesSameAsReference(t *testing.T) {
	for _, r := range finals {
		if !isFinal(r) {
			t.Fatalf("finals holds %q, which isFinal rejects", r)
		}
	}
	texts := []string{
		"他说：“我们明天出发。”大家都同意了！真的吗？是的……好；再见",
		"Really?! Yes. 好吧!? 」『结束。』",
		"第一句。\n第二句！\n\n　第三句？　",
	}
	pieces := []string{"。", "！", "？", "!", "?", "；", "…", "”", "’", "」", "』", "）", ")", "》", "〉", "\"", "'",
		"中", "国", "a", " ", "\u3000", "\t", "\r", "\xe3", "\xe3\x80", "\xef\xbc", "\xe2\x80", "\x80", "\xff", "\xf0\x9f"}
	rng := rand.New(rand.NewPCG(13, 14))
	for range 3000 {
		var b strings.Builder
		for range rng.IntN(40) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		texts = append(texts, b.String())
	}
	for _, text := range texts {
		paras := []pipeline.Range{{Start: 0, End: len(text)}}
		paras = append(paras, Paragraphs(text)...)
		if len(text) > 0 {
			a, b := rng.IntN(len(text)+1), rng.IntN(len(text)+1)
			paras = append(paras, pipeline.Range{Start: min(a, b), End: max(a, b)})
		}
		for _, p := range paras {
			// A paragraph cut inside a mark makes both panic (a
			// paragraph of Paragraphs never is).
			got, gotPanic := safely(Sentences, text, p)
			want, wantPanic := safely(sentencesRef, text, p)
			if gotPanic != wantPanic || !slices.Equal(got, want) {
				t.Fatalf("Sentences(%q, %v) = %v (panic %v); the reference gives %v (panic %v)", text, p, got, gotPanic, want, wantPanic)
			}
		}
	}
}

// safely calls split, reporting a panic instead of passing it on.
func safely(split func(string, pipeline.Range) []pipeline.Range, text string, p pipeline.Range) (out []pipeline.Range, panicked bool) {
	defer func() {
		if recover() != nil {
			out, panicked = nil, true
		}
	}()
	return split(text, p), false
}
