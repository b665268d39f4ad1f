// Command coldstart prints what one process spends loading each of
// zhpipe's resources before it can annotate (make bench): run in a fresh
// process, it measures what `zhpipe annotate` pays at every start, in the
// order the pipeline loads them, and then annotates one article.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"runtime"
	"syscall"
	"time"

	"github.com/zhpipe/zhpipe/dict"
	"github.com/zhpipe/zhpipe/dict/lexicon"
	"github.com/zhpipe/zhpipe/dict/nermodel"
	"github.com/zhpipe/zhpipe/pipeline"
	"github.com/zhpipe/zhpipe/pipeline/annotate"
	"github.com/zhpipe/zhpipe/pipeline/convert"
	"github.com/zhpipe/zhpipe/pipeline/entity"
)

func cpuTime() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func main() {
	article := flag.String("article", "", "an article to annotate after loading (the 1 KB sample)")
	flag.Parse()
	var ms runtime.MemStats
	step := func(name string, fn func() error) {
		runtime.ReadMemStats(&ms)
		alloc0, w0, c0 := ms.TotalAlloc, time.Now(), cpuTime()
		if err := fn(); err != nil {
			fmt.Fprintf(os.Stderr, "coldstart: %s: %v\n", name, err)
			os.Exit(1)
		}
		wall, cpu := time.Since(w0), cpuTime()-c0
		runtime.ReadMemStats(&ms)
		fmt.Printf("%-40s %8.1f ms wall %8.1f ms cpu %8.1f MB allocated\n", name, ms2(wall), ms2(cpu), float64(ms.TotalAlloc-alloc0)/1e6)
	}
	var set *dict.Set
	var lex *lexicon.Lexicon
	loader := convert.NewLoader()
	step("segmentation dictionary (dict.Load)", func() (err error) { set, err = dict.Load(dict.Options{}); return })
	step("lexicon (lexicon.Load)", func() (err error) { lex, err = lexicon.Load(); return })
	step("NER model (nermodel.Load)", func() error { _, err := nermodel.Load(); return err })
	for _, c := range []string{"t2s", "tw2s", "tw2sp", "hk2s", "s2t"} {
		step("OpenCC "+c, func() error { _, err := loader.Converter(c); return err })
	}
	step("entity extractor (entity.New)", func() error { _, err := entity.New(lex, entity.Options{}); return err })
	_ = set
	var p *annotate.Pipeline
	step("all of it again: LoadResources + New", func() error {
		res, err := annotate.LoadResources(dict.Options{})
		if err == nil {
			p, err = annotate.New(res, annotate.Options{})
		}
		return err
	})
	if *article != "" {
		data, err := os.ReadFile(*article)
		if err != nil {
			fmt.Fprintln(os.Stderr, "coldstart:", err)
			os.Exit(1)
		}
		step(fmt.Sprintf("annotate %s (%d bytes)", *article, len(data)), func() error {
			return p.Annotate(context.Background(), pipeline.NewDoc("a", pipeline.Source{}, string(data)))
		})
	}
}

func ms2(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
