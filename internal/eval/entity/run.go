package entity

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"time"
	"unicode/utf8"

	"github.com/zhpipe/zhpipe/dict/lexicon"
	"github.com/zhpipe/zhpipe/dict/nermodel"
	"github.com/zhpipe/zhpipe/internal/eval"
	"github.com/zhpipe/zhpipe/pipeline/convert"
	"github.com/zhpipe/zhpipe/pipeline/entity"
	"github.com/zhpipe/zhpipe/pipeline/entity/ner"
)

// Run measures, on the NER test sets under sharedDir, the rules and lexicon
// alone ("entity.rules.*") and combined with the embedded statistical
// tagger ("entity.hybrid.*").
func Run(sharedDir, outDir string, w io.Writer) ([]eval.Figure, error) {
	figs, err := RunWith(sharedDir, outDir, w, nil, "rules")
	if err != nil {
		return nil, err
	}
	m, err := nermodel.Load()
	if err != nil {
		return nil, err
	}
	hy, err := RunWith(sharedDir, outDir, w, entity.FromNER(m), "hybrid")
	if err != nil {
		return nil, err
	}
	return append(figs, hy...), nil
}

// RunWith measures the extractor built with tagger (nil for none) on the
// MSRA and People's Daily NER test sets; figure names start with
// "entity.<name>.". Sentences with errors go to outDir.
func RunWith(sharedDir, outDir string, w io.Writer, tagger entity.Tagger, name string) ([]eval.Figure, error) {
	lx, err := lexicon.Load()
	if err != nil {
		return nil, err
	}
	x, err := entity.New(lx, entity.Options{Tagger: tagger})
	if err != nil {
		return nil, err
	}
	var figs []eval.Figure
	for _, set := range []string{"msra", "peoples_daily"} {
		path := filepath.Join(sharedDir, "eval", "ner", set, "test.bio")
		data, err := readBIO(path)
		if err != nil {
			return nil, err
		}
		t0 := time.Now()
		res, fails := Evaluate(x, data)
		el := time.Since(t0)
		prefix := "entity." + name + "." + set
		if tagger == nil {
			figs = append(figs, eval.Number(prefix+".f1", res.All.F1(), 1)) // the rules alone: for reference
		} else {
			figs = append(figs, res.Figures(prefix)...)
		}
		fmt.Fprintf(w, "%s: %d sentences in %.1f s; F1 %.1f (P %.1f R %.1f); PER %.1f LOC %.1f ORG %.1f\n",
			prefix, len(data), el.Seconds(), res.All.F1(), res.All.P(), res.All.R(),
			res.By[entity.Person].F1(), res.By[entity.Place].F1(), res.By[entity.Organization].F1())
		p, err := eval.WriteFailures(outDir, prefix+".txt", fails)
		if err != nil {
			return nil, err
		}
		fmt.Fprintf(w, "%s: %d sentences with errors in %s\n", prefix, len(fails), p)
		if set != "msra" {
			continue
		}
		// The Traditional path: MSRA converted with our s2tw, then either
		// back with t2s as the pipeline does, or tagged as it is.
		s2tw, err := convert.New("s2tw")
		if err != nil {
			return nil, err
		}
		t2s, err := convert.New("t2s")
		if err != nil {
			return nil, err
		}
		for _, v := range []struct {
			name string
			conv func(string) string
		}{
			{"msra_tw", func(s string) string { return t2s.Convert(s2tw.Convert(s)) }},
			{"msra_tw_direct", s2tw.Convert},
		} {
			res, fails := EvaluateConverted(x, data, v.conv)
			prefix := "entity." + name + "." + v.name
			figs = append(figs, eval.Number(prefix+".f1", res.All.F1(), 1))
			fmt.Fprintf(w, "%s: F1 %.1f (P %.1f R %.1f); PER %.1f LOC %.1f ORG %.1f\n",
				prefix, res.All.F1(), res.All.P(), res.All.R(),
				res.By[entity.Person].F1(), res.By[entity.Place].F1(), res.By[entity.Organization].F1())
			if _, err := eval.WriteFailures(outDir, prefix+".txt", fails); err != nil {
				return nil, err
			}
		}
	}
	return figs, nil
}

func readBIO(path string) ([]ner.Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := ner.ReadBIO(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return data, nil
}

// Counts are exact-match counts of one type or of all.
type Counts = eval.Counts

// Result holds the counts of one evaluation.
type Result struct {
	All Counts
	By  map[entity.Type]*Counts
}

// Figures returns F1, P and R overall and F1 per type.
func (r Result) Figures(prefix string) []eval.Figure {
	figs := []eval.Figure{
		eval.Number(prefix+".f1", r.All.F1(), 1),
		eval.Number(prefix+".p", r.All.P(), 1),
		eval.Number(prefix+".r", r.All.R(), 1),
	}
	for _, t := range []entity.Type{entity.Person, entity.Place, entity.Organization} {
		figs = append(figs, eval.Number(prefix+"."+t.String()+".f1", r.By[t].F1(), 1))
	}
	return figs
}

type span struct {
	start, end int
	typ        entity.Type
}

var nerTypes = map[ner.Label]entity.Type{ner.PER: entity.Person, ner.LOC: entity.Place, ner.ORG: entity.Organization}

// flatSpans flattens entities into the typed mention spans an NER test set
// annotates: every mention, except administrations (川普政府), which nest
// their person's mention.
func flatSpans(ents []entity.Entity) []span {
	var out []span
	for _, e := range ents {
		if e.LinkedPerson != "" {
			continue
		}
		for _, m := range e.Mentions {
			out = append(out, span{m.Start, m.End, e.Type})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
}

// Evaluate runs x on every sentence and counts exact matches of span and
// type; it also returns a line per sentence with an error.
func Evaluate(x *entity.Extractor, data []ner.Sentence) (Result, []string) {
	return EvaluateConverted(x, data, nil)
}

// EvaluateConverted is Evaluate on every sentence passed through conv
// first (nil for none), as the pipeline would pass a Traditional text.
// Spans are compared by rune offsets, so conv must keep the rune count; a
// sentence whose count changes scores all its entities as misses.
func EvaluateConverted(x *entity.Extractor, data []ner.Sentence, conv func(string) string) (Result, []string) {
	res := Result{By: map[entity.Type]*Counts{entity.Person: {}, entity.Place: {}, entity.Organization: {}}}
	var fails []string
	for _, d := range data {
		gold := map[span]bool{}
		goldRunes := runeIndex(d.Text)
		for _, s := range d.Spans {
			gold[span{goldRunes[s.Start], goldRunes[s.End], nerTypes[s.Label]}] = true
		}
		text := d.Text
		if conv != nil {
			text = conv(d.Text)
		}
		var got []span
		if utf8.RuneCountInString(text) == utf8.RuneCountInString(d.Text) {
			idx := runeIndex(text)
			for _, s := range flatSpans(x.Extract(text)) {
				got = append(got, span{idx[s.start], idx[s.end], s.typ})
			}
		}
		runes := []rune(d.Text)
		cut := func(s span) string { return string(runes[s.start:s.end]) }
		var errs []string
		seen := map[span]bool{}
		for _, s := range got {
			if seen[s] {
				continue
			}
			seen[s] = true
			if gold[s] {
				res.All.TP++
				res.By[s.typ].TP++
			} else {
				res.All.FP++
				res.By[s.typ].FP++
				errs = append(errs, fmt.Sprintf("+%s/%v", cut(s), s.typ))
			}
		}
		for s := range gold {
			if !seen[s] {
				res.All.FN++
				res.By[s.typ].FN++
				errs = append(errs, fmt.Sprintf("-%s/%v", cut(s), s.typ))
			}
		}
		if len(errs) > 0 {
			sort.Strings(errs)
			fails = append(fails, fmt.Sprintf("%s\t%v", d.Text, errs))
		}
	}
	return res, fails
}

// runeIndex maps every byte offset of s that starts a rune (and len(s)) to
// its rune offset.
func runeIndex(s string) map[int]int {
	idx := make(map[int]int, len(s)/2+1)
	n := 0
	for i := range s {
		idx[i] = n
		n++
	}
	idx[len(s)] = n
	return idx
}
