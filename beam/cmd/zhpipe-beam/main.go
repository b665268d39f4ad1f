// Command zhpipe-beam runs zhpipe as an Apache Beam pipeline: on one
// machine with the in-process prism runner (the default), or on Dataflow,
// Flink or Spark with --runner. It reads articles as files (--input, one
// article per file, any encoding zhpipe decodes) or as JSON Lines records
// (--jsonl-in, the stream filter's {"id", "text", …} contract) and writes
// sharded JSON Lines under --output: one zhpipe/article@1 summary per
// article, the same bytes `zhpipe annotate --jsonl` writes for it, and an
// error record for each input that fails ({"path"|"id": …, "error": …}).
// At the end it prints the job's counters (articles, bytes, failures).
//
// Usage:
//
//	zhpipe-beam --input 'news/**/*.txt' --output out/summaries
//	zhpipe-beam --jsonl-in 'records-*.jsonl' --output out/summaries --shards 16
//
// Exit status: 0 all inputs annotated; 1 some inputs failed (their error
// records are in the output, the rest was annotated); 2 usage; 3 the job
// failed.
package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/core/metrics"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	zhbeam "github.com/zhpipe/zhpipe/beam"
)

var (
	input    = flag.String("input", "", "articles, one per file: a file pattern where ** matches any number of directories ('news/**/*.txt'; gs://… too)")
	jsonlIn  = flag.String("jsonl-in", "", `JSON Lines records {"id": …, "text": …}: a file pattern ('records-*.jsonl'; gs://… too)`)
	output   = flag.String("output", "", "output prefix: writes PREFIX-00000-of-NNNNN.jsonl …")
	shards   = flag.Int("shards", 4, "number of output files")
	suffix   = flag.String("suffix", ".jsonl", "output file suffix")
	encoding = flag.String("encoding", "", "input encoding of --input files, overriding detection")
	convert  = flag.String("convert", "auto", "conversion to Simplified (as zhpipe annotate --convert)")
	date     = flag.String("date", "", "the articles' date (YYYY-MM-DD) for relative dates; default: found in each text")
	tokens   = flag.Bool("tokens", false, "include the tokens in the summaries")
	verbose  = flag.Bool("verbose", false, "log the runner's progress (by default only warnings: the inputs that failed)")
)

func main() {
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "Usage: zhpipe-beam (--input PATTERN | --jsonl-in PATTERN) --output PREFIX [--runner prism|dataflow|flink|spark] [flags]\n\nzhpipe's flags:\n")
		for _, name := range []string{"input", "jsonl-in", "output", "shards", "suffix", "encoding", "convert", "date", "tokens", "verbose"} {
			f := flag.Lookup(name)
			def := ""
			if f.DefValue != "" && f.DefValue != "false" {
				def = fmt.Sprintf(" (default %s)", f.DefValue)
			}
			fmt.Fprintf(flag.CommandLine.Output(), "  --%s\n    \t%s%s\n", f.Name, f.Usage, def)
		}
		fmt.Fprintf(flag.CommandLine.Output(), "\nBeam's flags (--runner, --endpoint, --project, --region, --temp_location, --environment_type, …): see the README and the Beam Go SDK documentation.\n")
	}
	flag.Parse()
	// On a worker, Init runs the SDK harness and does not return.
	beam.Init()
	os.Exit(run(context.Background()))
}

func run(ctx context.Context) int {
	if (*input == "" && *jsonlIn == "") || *output == "" || flag.NArg() > 0 {
		flag.Usage()
		return 2
	}
	if *shards < 1 {
		fmt.Fprintf(os.Stderr, "zhpipe-beam: --shards %d: want at least 1\n", *shards)
		return 2
	}
	o := zhbeam.Options{Encoding: *encoding, Convert: *convert, Date: *date, Tokens: *tokens}
	if err := o.Check(); err != nil {
		fmt.Fprintf(os.Stderr, "zhpipe-beam: %v\n", err)
		return 2
	}
	// Local patterns are checked here, so that a typo is a usage error
	// rather than a failed job; remote ones are listed by the workers.
	for _, c := range []struct {
		pattern string
		match   func(string) ([]string, error)
	}{{*input, zhbeam.Match}, {*jsonlIn, filepath.Glob}} {
		if c.pattern == "" || strings.Contains(c.pattern, "://") {
			continue
		}
		files, err := c.match(c.pattern)
		if err == nil && len(files) == 0 {
			err = fmt.Errorf("no file matches")
		}
		if err != nil {
			fmt.Fprintf(os.Stderr, "zhpipe-beam: %s: %v\n", c.pattern, err)
			return 2
		}
	}
	if !*verbose {
		// The in-process runner (prism) logs every step at INFO level.
		slog.SetDefault(slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn})))
	}
	p, s := beam.NewPipelineWithRoot()
	var parts []beam.PCollection
	if *input != "" {
		parts = append(parts, zhbeam.Files(s, o, *input))
	}
	if *jsonlIn != "" {
		parts = append(parts, zhbeam.Records(s, o, *jsonlIn))
	}
	zhbeam.Write(s, *output, *suffix, *shards, beam.Flatten(s, parts...))
	res, err := beamx.RunWithMetrics(ctx, p)
	if err != nil {
		fmt.Fprintf(os.Stderr, "zhpipe-beam: the job failed: %v\n", err)
		return 3
	}
	if res == nil {
		fmt.Fprintln(os.Stderr, "zhpipe-beam: the runner returned no metrics")
		return 0
	}
	counts := counters(res.Metrics())
	names := make([]string, 0, len(counts))
	for n := range counts {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("%s.%s %d\n", zhbeam.Namespace, n, counts[n])
	}
	fmt.Fprintf(os.Stderr, "zhpipe-beam: %d articles, %d failed, %.2f MB read; output %s\n",
		counts["articles"], counts["failures"], float64(counts["bytes"])/1e6, zhbeam.ShardName(*output, 0, *shards, *suffix)+strings.Repeat(" …", min(*shards-1, 1)))
	if counts["failures"] > 0 {
		return 1
	}
	return 0
}

// counters sums the pipeline's counters over the steps that update them.
func counters(r metrics.Results) map[string]int64 {
	sums := map[string]int64{
		"articles": 0, "failures": 0, "bytes": 0, // printed even when zero
	}
	for _, c := range r.Query(func(sr metrics.SingleResult) bool { return sr.Namespace() == zhbeam.Namespace }).Counters() {
		sums[c.Name()] += c.Result()
	}
	return sums
}
