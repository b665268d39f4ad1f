package ner

import (
	"fmt"
	"github.com/zhpipe/zhpipe/internal/eval"
	"strings"

	"github.com/zhpipe/zhpipe/pipeline/entity/ner"
)

// Counts are exact-match counts of one type or of all.
type Counts = eval.Counts

// Result holds the counts per label, indexed by ner.Label (index 0, None,
// holds the overall micro counts).
type Result [4]Counts

// Overall returns the micro-averaged counts over all labels.
func (r *Result) Overall() Counts { return r[ner.None] }

// Add scores one sentence: gold and predicted spans are matched exactly on
// (Start, End, Label). It returns a description of the errors, or "" when the
// prediction is exact.
func (r *Result) Add(text string, gold, pred []ner.Span) string {
	type key struct {
		s, e int
		l    ner.Label
	}
	g := make(map[key]bool, len(gold))
	for _, s := range gold {
		g[key{s.Start, s.End, s.Label}] = true
	}
	p := make(map[key]bool, len(pred))
	for _, s := range pred {
		p[key{s.Start, s.End, s.Label}] = true
	}
	var miss []string
	for _, s := range pred {
		k := key{s.Start, s.End, s.Label}
		if g[k] {
			r[s.Label].TP++
			r[ner.None].TP++
		} else {
			r[s.Label].FP++
			r[ner.None].FP++
			miss = append(miss, fmt.Sprintf("+%s:%s", s.Label, text[s.Start:s.End]))
		}
	}
	for _, s := range gold {
		if !p[key{s.Start, s.End, s.Label}] {
			r[s.Label].FN++
			r[ner.None].FN++
			miss = append(miss, fmt.Sprintf("-%s:%s", s.Label, text[s.Start:s.End]))
		}
	}
	if len(miss) == 0 {
		return ""
	}
	return strings.Join(miss, " ") + "\t" + text
}

// Evaluate tags every sentence with m and scores it against its gold spans;
// failures gets one line per sentence with an error.
func Evaluate(m *ner.Model, data []ner.Sentence) (res Result, failures []string) {
	return score(data, tagAll(m, data))
}

// tagAll tags the text of every sentence.
func tagAll(m *ner.Model, data []ner.Sentence) [][]ner.Span {
	out := make([][]ner.Span, len(data))
	for i, d := range data {
		out[i] = m.Tag(d.Text)
	}
	return out
}

// score compares predictions with the gold spans of data.
func score(data []ner.Sentence, pred [][]ner.Span) (res Result, failures []string) {
	for i, d := range data {
		if f := res.Add(d.Text, d.Spans, pred[i]); f != "" {
			failures = append(failures, f)
		}
	}
	return res, failures
}
