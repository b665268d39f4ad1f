// Command zheval runs zhpipe's evaluations against the public gold data in
// ../shared/eval and the reference tools, writes failure lists under
// build/eval, and ends with one line per figure: `EVAL <name> <value>`.
//
// Usage: zheval [-shared DIR] [-out DIR] [AREA...]   (areas: see -h)
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/zhpipe/zhpipe/internal/eval"
	"github.com/zhpipe/zhpipe/internal/shared"
)

// area is one evaluation.
type area struct {
	name string
	run  func(sharedDir, outDir string, w io.Writer) ([]eval.Figure, error)
}

func main() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) }

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("zheval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	sharedDir := fs.String("shared", shared.Dir(), "the shared directory with eval/ and fixtures/")
	outDir := fs.String("out", "build/eval", "where failure lists and reports go")
	names := make([]string, len(areas))
	for i, a := range areas {
		names[i] = a.name
	}
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: zheval [flags] [AREA...]\nAreas: %s\n", strings.Join(names, " "))
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *sharedDir == "" {
		fmt.Fprintln(stderr, "zheval: ../shared not found; give -shared DIR")
		return 3
	}
	want := fs.Args()
	for _, w := range want {
		if !slices.Contains(names, w) {
			fmt.Fprintf(stderr, "zheval: unknown area %q (areas: %s)\n", w, strings.Join(names, " "))
			return 2
		}
	}
	var figs []eval.Figure
	failed := 0
	for _, a := range areas {
		if len(want) > 0 && !slices.Contains(want, a.name) {
			continue
		}
		start := time.Now()
		fmt.Fprintf(stdout, "== %s\n", a.name)
		got, err := a.run(*sharedDir, *outDir, stdout)
		if err != nil {
			fmt.Fprintf(stderr, "zheval: %s: %v\n", a.name, err)
			failed++
			continue
		}
		fmt.Fprintf(stdout, "   (%s took %v)\n", a.name, time.Since(start).Round(time.Millisecond))
		figs = append(figs, got...)
	}
	fmt.Fprintln(stdout)
	for _, f := range figs {
		fmt.Fprintf(stdout, "EVAL %s %s\n", f.Name, f.Value)
	}
	if failed > 0 {
		return 1
	}
	return 0
}
