// Package sighan measures zhpipe's word segmentation on the SIGHAN 2005
// bakeoff test sets (PKU and MSR in Simplified, CityU and AS in
// Traditional) with the bakeoff's own perl scorer. The Traditional sets are
// segmented the way zhpipe reads any Traditional text: converted to
// Simplified through the aligned converter, segmented, and mapped back.
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

	"github.com/zhpipe/zhpipe/internal/eval"
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

// Run segments every set, scores it with scripts/score and returns
// sighan.<set>.f1 (0–100) and sighan.<set>.oov_recall.
func Run(sharedDir, outDir string, w io.Writer) ([]eval.Figure, error) {
	dir := filepath.Join(sharedDir, "eval", "sighan2005")
	if _, err := exec.LookPath("perl"); err != nil {
		fmt.Fprintln(w, "sighan: skipped: perl (for the bakeoff's scorer) not found")
		return nil, nil
	}
	res, err := annotate.LoadResources(dictOptions())
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(w, "sighan: dictionaries loaded in %v\n", res.LoadTime.Round(time.Millisecond))
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		return nil, err
	}
	// Segment every set, then score them two at a time: the perl scorer,
	// not zhpipe, is what takes minutes here.
	speed := make([]float64, len(Sets))
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
		if err := os.WriteFile(filepath.Join(outDir, "sighan-"+set.Name+".seg"), []byte(seg), 0o644); err != nil {
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
				filepath.Join(dir, "gold", set.Words), filepath.Join(dir, "gold", set.Gold),
				filepath.Join(outDir, "sighan-"+set.Name+".seg"))
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
		if err := os.WriteFile(filepath.Join(outDir, "sighan-"+set.Name+".score"), report, 0o644); err != nil {
			return nil, err
		}
		m := fMeasure.FindSubmatch(report)
		if m == nil {
			return nil, fmt.Errorf("sighan %s: no F MEASURE in the scorer's report", set.Name)
		}
		f, _ := strconv.ParseFloat(string(m[1]), 64)
		figs = append(figs, eval.Number("sighan."+set.Name+".f1", 100*f, 1))
		if o := oovRecall.FindSubmatch(report); o != nil {
			if v, err := strconv.ParseFloat(string(o[1]), 64); err == nil {
				figs = append(figs, eval.Number("sighan."+set.Name+".oov_recall", v, 3))
			}
		}
		fmt.Fprintf(w, "sighan %-5s F %.1f  (%s, segmented at %.2f MB/s; report %s)\n", set.Name, 100*f, set.Conversion,
			speed[i], filepath.Join(outDir, "sighan-"+set.Name+".score"))
	}
	return figs, nil
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
