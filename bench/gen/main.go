// Command gen writes the inputs of the speed, memory and golden-output
// runs (make bench, scripts/golden.sh) from the shared People's Daily
// corpus: a directory of articles in mixed encodings (-articles N -dir D)
// and one large Traditional document (-doc FILE -mb N).
package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/zhpipe/zhpipe/internal/corpusgen"
	"github.com/zhpipe/zhpipe/internal/shared"
)

func main() { os.Exit(run(os.Args[1:], os.Stderr)) }

func run(args []string, stderr io.Writer) int {
	fs := flag.NewFlagSet("gen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	sharedDir := fs.String("shared", shared.Dir(), "the shared directory (eval/corpus/pd1998)")
	dir := fs.String("dir", "", "write People's Daily articles, one file each, under this directory")
	articles := fs.Int("articles", 0, "with -dir: how many articles (0: all 3,151)")
	doc := fs.String("doc", "", "write one large Traditional document to this file")
	mb := fs.Int("mb", 20, "with -doc: its size in MB")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *sharedDir == "" {
		fmt.Fprintln(stderr, "gen: no shared directory (set -shared or ZHPIPE_SHARED)")
		return 2
	}
	if *dir == "" && *doc == "" {
		fmt.Fprintln(stderr, "gen: nothing to do: give -dir or -doc")
		return 2
	}
	if *dir != "" {
		res, err := corpusgen.Generate(*sharedDir, *dir, corpusgen.Options{MaxArticles: *articles})
		if err != nil {
			fmt.Fprintf(stderr, "gen: %v\n", err)
			return 1
		}
		fmt.Fprintf(stderr, "gen: %s: %d files, %.1f MB\n", *dir, res.Files, float64(res.Bytes)/1e6)
	}
	if *doc != "" {
		data, err := corpusgen.Document(*sharedDir, *mb<<20)
		if err == nil {
			err = os.WriteFile(*doc, data, 0o644)
		}
		if err != nil {
			fmt.Fprintf(stderr, "gen: %v\n", err)
			return 1
		}
		fmt.Fprintf(stderr, "gen: %s: %.1f MB\n", *doc, float64(len(data))/1e6)
	}
	return 0
}
