// Package sighan measures zhpipe's word segmentation on the SIGHAN 2005
// bakeoff test sets (PKU and MSR in Simplified, CityU and AS in
// Traditional) with the bakeoff's own perl scorer, for both segmenters: the
// trained model (the default; figures sighan.<set>.*) and gse's dictionary
// DAG (sighan.dict.<set>.*). The Traditional sets are segmented the way
// zhpipe reads any Traditional text: converted to Simplified through the
// aligned converter, segmented, and mapped back. It also scores both on the
// held-out tenth of People's Daily 1998 (every tenth article, which the
// model was not trained on): words, and part-of-speech tags of the gold
// words (sighan.pd1998.*, sighan.dict.pd1998.*).
package sighan

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/zhpipe/zhpipe/dict"
	"github.com/zhpipe/zhpipe/internal/eval"
	"github.com/zhpipe/zhpipe/internal/eval/pdseg"
	"github.com/zhpipe/zhpipe/pipeline"
	"github.com/zhpipe/zhpipe/pipeline/annotate"
)

// Set is one bakeoff test set.
type Set struct {
	Name       string // pku, msr, cityu, as
	Test       string // testing/…
	Gold       string // gold/…
	Words      string // gold/…_training_words.utf8
	Conversion string // how zhpipe reads it
}

// Sets are the four SIGHAN 2005 test sets.
var Sets = []Set{
	{"pku", "pku_test.utf8", "pku_test_gold.utf8", "pku_training_words.utf8", "none"},
	{"msr", "msr_test.utf8", "msr_test_gold.utf8", "msr_training_words.utf8", "none"},
	{"cityu", "cityu_test.utf8", "cityu_test_gold.utf8", "cityu_training_words.utf8", "hk2s"},
	{"as", "as_test.utf8", "as_testing_gold.utf8", "as_training_words.utf8", "t2s"},
}

var fMeasure = regexp.MustCompile(`(?m)^=== F MEASURE:\s+([0-9.]+)`)
var oovRecall = regexp.MustCompile(`(?m)^=== OOV Recall Rate:\s+([0-9.-]+)`)

// Run segments every set with each segmenter, scores it with scripts/score
// and returns sighan.<set>.f1 (0–100) and sighan.<set>.oov_recall, then the
// held-out People's Daily figures.
func Run(sharedDir, outDir string, w io.Writer) ([]eval.Figure, error) {
	dir := filepath.Join(sharedDir, "eval", "sighan2005")
	if _, err := exec.LookPath("perl"); err != nil {
		fmt.Fprintln(w, "sighan: skipped: perl (for the bakeoff's scorer) not found")
		return nil, nil
	}
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		return nil, err
	}
	var figs []eval.Figure
	for _, segmenter := range dict.Segmenters() {
		res, err := annotate.LoadResources(dict.Options{Segmenter: segmenter})
		if err != nil {
			return nil, err
		}
		prefix := "sighan."
		if segmenter != "model" {
			prefix += segmenter + "."
		}
		fmt.Fprintf(w, "sighan: segmenter %s: resources loaded in %v\n", segmenter, res.LoadTime.Round(time.Millisecond))
		f, err := runSets(res, dir, outDir, prefix, w)
		if err != nil {
			return nil, err
		}
		figs = append(figs, f...)
		f, err = heldOut(res.Dict, sharedDir, prefix, w)
		if err != nil {
			return nil, err
		}
		figs = append(figs, f...)
	}
	return figs, nil
}

// runSets segments and scores the four sets with res.
func runSets(res *annotate.Resources, dir, outDir, prefix string, w io.Writer) ([]eval.Figure, error) {
	// Segment every set, then score them two at a time: the perl scorer,
	// not zhpipe, is what takes minutes here.
	speed := make([]float64, len(Sets))
	name := func(set Set, ext string) string {
		return filepath.Join(outDir, strings.ReplaceAll(prefix, ".", "-")+set.Name+ext)
	}
	for i, set := range Sets {
		p, err := annotate.New(res, annotate.Options{Convert: set.Conversion})
		if err != nil {
			return nil, err
		}
		raw, err := os.ReadFile(filepath.Join(dir, "testing", set.Test))
		if err != nil {
			return nil, err
		}
		text := strings.TrimPrefix(strings.ReplaceAll(string(raw), "\r\n", "\n"), "\ufeff")
		start := time.Now()
		seg, err := Segment(p, text)
		if err != nil {
			return nil, fmt.Errorf("sighan %s: %w", set.Name, err)
		}
		speed[i] = float64(len(raw)) / 1e6 / time.Since(start).Seconds()
		if err := os.WriteFile(name(set, ".seg"), []byte(seg), 0o644); err != nil {
			return nil, err
		}
	}
	reports := make([][]byte, len(Sets))
	errs := make([]error, len(Sets))
	var wg sync.WaitGroup
	slots := make(chan struct{}, 2)
	for i, set := range Sets {
		wg.Add(1)
		go func() {
			defer wg.Done()
			slots <- struct{}{}
			defer func() { <-slots }()
			cmd := exec.Command("perl", filepath.Join(dir, "scripts", "score"),
				filepath.Join(dir, "gold", set.Words), filepath.Join(dir, "gold", set.Gold), name(set, ".seg"))
			reports[i], errs[i] = cmd.Output()
		}()
	}
	wg.Wait()
	var figs []eval.Figure
	for i, set := range Sets {
		report := reports[i]
		if errs[i] != nil {
			return nil, fmt.Errorf("sighan %s: scorer: %w", set.Name, errs[i])
		}
		if err := os.WriteFile(name(set, ".score"), report, 0o644); err != nil {
			return nil, err
		}
		m := fMeasure.FindSubmatch(report)
		if m == nil {
			return nil, fmt.Errorf("sighan %s: no F MEASURE in the scorer's report", set.Name)
		}
		f, _ := strconv.ParseFloat(string(m[1]), 64)
		figs = append(figs, eval.Number(prefix+set.Name+".f1", 100*f, 1))
		if o := oovRecall.FindSubmatch(report); o != nil {
			if v, err := strconv.ParseFloat(string(o[1]), 64); err == nil {
				figs = append(figs, eval.Number(prefix+set.Name+".oov_recall", v, 3))
			}
		}
		fmt.Fprintf(w, "%s%-5s F %.1f  (%s, segmented at %.2f MB/s; report %s)\n", prefix, set.Name, 100*f, set.Conversion,
			speed[i], name(set, ".score"))
	}
	return figs, nil
}

// heldOut scores set on the held-out tenth of People's Daily 1998.
func heldOut(set *dict.Set, sharedDir, prefix string, w io.Writer) ([]eval.Figure, error) {
	path := filepath.Join(sharedDir, "eval", "corpus", "pd1998", "199801.utf8.txt")
	if _, err := os.Stat(path); err != nil {
		fmt.Fprintf(w, "%spd1998: skipped: %v\n", prefix, err)
		return nil, nil
	}
	paras, err := pdseg.Read(path)
	if err != nil {
		return nil, err
	}
	_, test := pdseg.Split(paras, pdseg.HeldOut)
	sc := pdseg.Score(set, test)
	fmt.Fprintf(w, "%spd1998 held out (%d paragraphs): words P %.2f R %.2f F1 %.2f; POS accuracy on the gold words %.4f; words and tags F1 %.2f\n",
		prefix, len(test), sc.Seg.P(), sc.Seg.R(), sc.Seg.F1(), sc.POSAccuracy(), sc.Joint.F1())
	return []eval.Figure{
		eval.Number(prefix+"pd1998.f1", sc.Seg.F1(), 1),
		eval.Number(prefix+"pd1998.pos_accuracy", sc.POSAccuracy(), 3),
	}, nil
}

// Segment segments text line by line with p and returns the lines with
// words separated by two spaces, as the bakeoff's scorer expects.
func Segment(p *annotate.Pipeline, text string) (string, error) {
	d := pipeline.NewDoc("sighan", pipeline.Source{}, text)
	if err := p.Segment(context.Background(), d); err != nil {
		return "", err
	}
	var b strings.Builder
	b.Grow(len(text) * 2)
	pos := 0
	for _, tok := range d.Tokens {
		t := tok.Range()
		gap := text[pos:t.Start]
		if strings.Contains(gap, "\n") {
			b.WriteString(strings.Repeat("\n", strings.Count(gap, "\n")))
		}
		word := strings.TrimSpace(t.Of(text))
		if word != "" {
			b.WriteString(word)
			b.WriteString("  ")
		} else if n := strings.Count(t.Of(text), "\n"); n > 0 {
			b.WriteString(strings.Repeat("\n", n))
		}
		pos = t.End
	}
	if n := strings.Count(text[pos:], "\n"); n > 0 {
		b.WriteString(strings.Repeat("\n", n))
	}
	return b.String(), nil
}
