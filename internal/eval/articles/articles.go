// Package articles scores zhpipe on the real articles in
// ../shared/eval/articles: each NN.txt is annotated by the zhpipe binary
// (exactly what a user runs) with --date set to its gold doc_date, so that
// relative dates are judged on their own, and scored by the shared
// score-article tool against its gold (converted by article-gold). A second
// run without --date checks the article date zhpipe finds by itself.
//
// Figures: articles.mean (mean of the per-article scores),
// articles.<category> (mean over the articles that have the category),
// articles.region.<region> (SOURCES.tsv's region column) and
// articles.doc_date (share of articles whose own date is found).
package articles

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/zhpipe/zhpipe/internal/eval"
)

// Categories are the categories reported one figure each, in this order.
var Categories = []string{"people", "organizations", "places", "documents", "dates", "enumerations", "quotes", "sections"}

// Options configures a run.
type Options struct {
	Shared  string // the shared directory
	Out     string // where summaries and score reports go
	Binary  string // the zhpipe binary
	Workers int    // articles annotated and scored at once
}

// Result is one article's outcome.
type Result struct {
	Name       string
	Region     string
	Score      float64
	Categories map[string]float64
	GoldDate   string
	FoundDate  string
	DateSource string
	Report     string // score-article's output
	Err        error
}

// Run is the zheval area: it expects the binary at bin/zhpipe (make eval
// builds it).
func Run(sharedDir, outDir string, w io.Writer) ([]eval.Figure, error) {
	bin := os.Getenv("ZHPIPE_BIN")
	if bin == "" {
		bin = "bin/zhpipe"
	}
	if _, err := os.Stat(bin); err != nil {
		return nil, fmt.Errorf("%s: %v (make eval builds it; or set ZHPIPE_BIN)", bin, err)
	}
	res, err := Evaluate(Options{Shared: sharedDir, Out: filepath.Join(outDir, "articles"), Binary: bin, Workers: 2})
	if err != nil {
		return nil, err
	}
	for _, r := range res {
		if r.Err != nil {
			return nil, fmt.Errorf("%s: %v", r.Name, r.Err)
		}
		fmt.Fprintf(w, "   %s %-3s %.2f  date %s (%s; gold %s)  %s\n", r.Name, r.Region, r.Score, orNone(r.FoundDate), r.DateSource, r.GoldDate, compact(r.Categories))
	}
	fmt.Fprintf(w, "   reports in %s\n", filepath.Join(outDir, "articles"))
	return Figures(res), nil
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

func compact(cats map[string]float64) string {
	var b strings.Builder
	for _, c := range Categories {
		if v, ok := cats[c]; ok {
			fmt.Fprintf(&b, "%s=%.2f ", c[:5], v)
		}
	}
	return strings.TrimSpace(b.String())
}

// Figures turns results into EVAL figures.
func Figures(res []Result) []eval.Figure {
	var figs []eval.Figure
	mean := func(xs []float64) float64 {
		s := 0.0
		for _, x := range xs {
			s += x
		}
		return s / float64(len(xs))
	}
	var all []float64
	byCat := map[string][]float64{}
	byRegion := map[string][]float64{}
	dated := 0
	for _, r := range res {
		all = append(all, r.Score)
		for c, v := range r.Categories {
			byCat[c] = append(byCat[c], v)
		}
		byRegion[r.Region] = append(byRegion[r.Region], r.Score)
		if r.FoundDate != "" && r.FoundDate == r.GoldDate {
			dated++
		}
	}
	if len(all) == 0 {
		return nil
	}
	figs = append(figs, eval.Number("articles.mean", mean(all), 2))
	for _, c := range Categories {
		if xs := byCat[c]; len(xs) > 0 {
			figs = append(figs, eval.Number("articles."+c, mean(xs), 2))
		}
	}
	regions := make([]string, 0, len(byRegion))
	for r := range byRegion {
		regions = append(regions, r)
	}
	sort.Strings(regions)
	for _, r := range regions {
		figs = append(figs, eval.Number("articles.region."+r, mean(byRegion[r]), 2))
	}
	figs = append(figs, eval.Number("articles.doc_date", float64(dated)/float64(len(res)), 2))
	return figs
}

// Evaluate annotates and scores every article.
func Evaluate(o Options) ([]Result, error) {
	dir := filepath.Join(o.Shared, "eval", "articles")
	regions, err := readRegions(filepath.Join(dir, "SOURCES.tsv"))
	if err != nil {
		return nil, err
	}
	texts, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, err
	}
	sort.Strings(texts)
	if len(texts) == 0 {
		return nil, fmt.Errorf("no articles in %s", dir)
	}
	if err := os.MkdirAll(o.Out, 0o755); err != nil {
		return nil, err
	}
	res := make([]Result, len(texts))
	workers := max(o.Workers, 1)
	var wg sync.WaitGroup
	next := make(chan int)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				res[i] = one(o, texts[i], regions)
			}
		}()
	}
	for i := range texts {
		next <- i
	}
	close(next)
	wg.Wait()
	return res, nil
}

func readRegions(path string) (map[string]string, error) {
	rows, err := eval.ReadTSV(path)
	if err != nil {
		return nil, err
	}
	m := map[string]string{}
	for _, r := range rows {
		if len(r) > 2 {
			m[r[0]] = r[2]
		}
	}
	return m, nil
}

var (
	catLine   = regexp.MustCompile(`^([a-z]+)\s+([0-9.]+)\s`)
	scoreLine = regexp.MustCompile(`^score: ([0-9.]+)`)
)

func one(o Options, text string, regions map[string]string) Result {
	base := filepath.Base(text)
	name := strings.TrimSuffix(base, ".txt")
	r := Result{Name: name, Region: regions[base], Categories: map[string]float64{}}
	goldPath := strings.TrimSuffix(text, ".txt") + ".gold.json"
	raw, err := os.ReadFile(goldPath)
	if err != nil {
		r.Err = err
		return r
	}
	var gold struct {
		DocDate string `json:"doc_date"`
	}
	if err := json.Unmarshal(raw, &gold); err != nil {
		r.Err = fmt.Errorf("%s: %v", goldPath, err)
		return r
	}
	r.GoldDate = gold.DocDate
	tools := filepath.Join(o.Shared, "tools")
	converted, err := exec.Command(filepath.Join(tools, "article-gold"), goldPath).Output()
	if err != nil {
		r.Err = fmt.Errorf("article-gold: %v", err)
		return r
	}
	convPath := filepath.Join(o.Out, name+".gold.json")
	summary := filepath.Join(o.Out, name+".json")
	if err := os.WriteFile(convPath, converted, 0o644); err != nil {
		r.Err = err
		return r
	}
	// Judged: with the gold date.
	data, err := exec.Command(o.Binary, "annotate", "-q", "--date", gold.DocDate, text).Output()
	if err != nil {
		r.Err = fmt.Errorf("zhpipe annotate: %v", err)
		return r
	}
	if err := os.WriteFile(summary, data, 0o644); err != nil {
		r.Err = err
		return r
	}
	out, err := exec.Command(filepath.Join(tools, "score-article"), convPath, summary, "--text", text, "--min", "0").CombinedOutput()
	if err != nil {
		r.Err = fmt.Errorf("score-article: %v: %s", err, out)
		return r
	}
	r.Report = string(out)
	if err := os.WriteFile(filepath.Join(o.Out, name+".score"), out, 0o644); err != nil {
		r.Err = err
		return r
	}
	sc := bufio.NewScanner(bytes.NewReader(out))
	for sc.Scan() {
		l := sc.Text()
		if m := scoreLine.FindStringSubmatch(l); m != nil {
			r.Score, _ = strconv.ParseFloat(m[1], 64)
		} else if m := catLine.FindStringSubmatch(l); m != nil && slices.Contains(Categories, m[1]) {
			r.Categories[m[1]], _ = strconv.ParseFloat(m[2], 64)
		}
	}
	// The article's own date, found without --date.
	data, err = exec.Command(o.Binary, "annotate", "-q", text).Output()
	if err != nil {
		r.Err = fmt.Errorf("zhpipe annotate (no date): %v", err)
		return r
	}
	var s struct {
		Source struct {
			Date struct {
				Value  string `json:"value"`
				Source string `json:"source"`
			} `json:"date"`
		} `json:"source"`
	}
	if err := json.Unmarshal(data, &s); err != nil {
		r.Err = fmt.Errorf("summary: %v", err)
		return r
	}
	r.FoundDate, r.DateSource = s.Source.Date.Value, s.Source.Date.Source
	return r
}
