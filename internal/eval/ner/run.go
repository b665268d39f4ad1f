package ner

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"time"
	"unicode/utf8"

	"github.com/zhpipe/zhpipe/dict/nermodel"
	"github.com/zhpipe/zhpipe/internal/eval"
	"github.com/zhpipe/zhpipe/pipeline/convert"
	"github.com/zhpipe/zhpipe/pipeline/entity/ner"
)

// Run scores the embedded model on the MSRA and People's Daily NER test sets
// under sharedDir, and on the MSRA test converted to Traditional (s2tw) and
// back (t2s) as the pipeline would; it writes the sentences with errors to
// outDir and returns the figures (F1, P, R as 0–100).
func Run(sharedDir, outDir string, w io.Writer) ([]eval.Figure, error) {
	cpu0, t0 := cpuTime(), time.Now()
	m, err := nermodel.Load()
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(w, "ner: model %d bytes, %d features, loaded in %.0f ms CPU (%.0f ms wall)\n",
		nermodel.Size(), m.NumFeatures(), ms(cpuTime()-cpu0), ms(time.Since(t0)))

	var figs []eval.Figure
	msraPath := filepath.Join(sharedDir, "eval", "ner", "msra", "test.bio")
	msra, err := readBIO(msraPath)
	if err != nil {
		return nil, err
	}
	sets := []struct {
		name, path string
		data       []ner.Sentence
	}{
		{"msra", msraPath, msra},
		{"peoples_daily", filepath.Join(sharedDir, "eval", "ner", "peoples_daily", "test.bio"), nil},
	}
	for _, set := range sets {
		data := set.data
		if data == nil {
			if data, err = readBIO(set.path); err != nil {
				return nil, err
			}
		}
		cpu0 = cpuTime()
		pred := tagAll(m, data)
		cpu := cpuTime() - cpu0
		res, fails := score(data, pred)
		figs = append(figs, figures("ner."+set.name, &res)...)
		if err := writeFails(outDir, "ner-"+set.name+".txt", fails, w); err != nil {
			return nil, err
		}
		bytes := 0
		for _, d := range data {
			bytes += len(d.Text)
		}
		fmt.Fprintf(w, "ner: %s: %d sentences, %s; tagged at %.2f MB/s per core (CPU time)\n",
			set.name, len(data), summary(&res), float64(bytes)/1e6/cpu.Seconds())
	}

	tw, err := traditional(m, msra, outDir, w)
	if err != nil {
		return nil, err
	}
	return append(figs, tw...), nil
}

// traditional scores the MSRA test converted with s2tw: through t2s (the
// pipeline's path) and tagged directly (the model's own character fold).
func traditional(m *ner.Model, msra []ner.Sentence, outDir string, w io.Writer) ([]eval.Figure, error) {
	loader := convert.NewLoader()
	s2tw, err := loader.Converter("s2tw")
	if err != nil {
		return nil, fmt.Errorf("ner: s2tw: %w", err)
	}
	t2s, err := loader.Converter("t2s")
	if err != nil {
		return nil, fmt.Errorf("ner: t2s: %w", err)
	}
	var viaT2S, direct Result
	var failsT2S, failsDirect []string
	mismatch := 0
	for _, d := range msra {
		twText := s2tw.Convert(d.Text)
		back := t2s.Convert(twText)
		n := utf8.RuneCountInString(d.Text)
		offs := runeOffsets(d.Text)
		mapSpans := func(text string, spans []ner.Span) []ner.Span {
			if utf8.RuneCountInString(text) != n {
				return nil // counted as misses below
			}
			ro := runeIndex(text)
			out := make([]ner.Span, 0, len(spans))
			for _, s := range spans {
				out = append(out, ner.Span{Start: offs[ro[s.Start]], End: offs[ro[s.End]], Label: s.Label})
			}
			return out
		}
		if utf8.RuneCountInString(twText) != n || utf8.RuneCountInString(back) != n {
			mismatch++
		}
		if f := viaT2S.Add(d.Text, d.Spans, mapSpans(back, m.Tag(back))); f != "" {
			failsT2S = append(failsT2S, f)
		}
		if f := direct.Add(d.Text, d.Spans, mapSpans(twText, m.Tag(twText))); f != "" {
			failsDirect = append(failsDirect, twText+"\t"+f)
		}
	}
	fmt.Fprintf(w, "ner: msra_tw (s2tw → t2s → tag): %s; %d/%d sentences changed rune count (scored as misses)\n",
		summary(&viaT2S), mismatch, len(msra))
	fmt.Fprintf(w, "ner: msra_tw_direct (s2tw → tag with the model's fold): %s\n", summary(&direct))
	if err := writeFails(outDir, "ner-msra_tw.txt", failsT2S, w); err != nil {
		return nil, err
	}
	if err := writeFails(outDir, "ner-msra_tw_direct.txt", failsDirect, w); err != nil {
		return nil, err
	}
	figs := figures("ner.msra_tw", &viaT2S)
	figs = append(figs, eval.Number("ner.msra_tw_direct.f1", direct.Overall().F1(), 2))
	figs = append(figs, eval.Ratio("ner.msra_tw.rune_mismatch", mismatch, len(msra)))
	return figs, nil
}

// runeOffsets returns the byte offset of every rune of s, plus len(s).
func runeOffsets(s string) []int {
	offs := make([]int, 0, len(s)+1)
	for i := range s {
		offs = append(offs, i)
	}
	return append(offs, len(s))
}

// runeIndex maps each rune-start byte offset of s (and len(s)) to its rune
// index.
func runeIndex(s string) map[int]int {
	idx := make(map[int]int, len(s)/2)
	n := 0
	for i := range s {
		idx[i] = n
		n++
	}
	idx[len(s)] = n
	return idx
}

func figures(prefix string, r *Result) []eval.Figure {
	o := r.Overall()
	figs := []eval.Figure{
		eval.Number(prefix+".f1", o.F1(), 2),
		eval.Number(prefix+".p", o.P(), 2),
		eval.Number(prefix+".r", o.R(), 2),
	}
	for _, l := range []ner.Label{ner.PER, ner.LOC, ner.ORG} {
		figs = append(figs, eval.Number(prefix+"."+strings.ToLower(l.String())+".f1", r[l].F1(), 2))
	}
	return figs
}

func summary(r *Result) string {
	o := r.Overall()
	return fmt.Sprintf("P %.2f R %.2f F1 %.2f (PER %.2f, LOC %.2f, ORG %.2f)",
		o.P(), o.R(), o.F1(), r[ner.PER].F1(), r[ner.LOC].F1(), r[ner.ORG].F1())
}

func writeFails(dir, name string, lines []string, w io.Writer) error {
	p, err := eval.WriteFailures(dir, name, lines)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "ner: %d sentences with errors in %s\n", len(lines), p)
	return nil
}

func readBIO(path string) ([]ner.Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	s, err := ner.ReadBIO(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}

// cpuTime returns the user+system CPU time of the process, so that speeds
// are per core even on a busy machine.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func ms(d time.Duration) float64 { return float64(d) / 1e6 }
