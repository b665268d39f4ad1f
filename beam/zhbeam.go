// Package zhbeam is zhpipe as an Apache Beam pipeline: articles read as
// files or as JSON Lines records, annotated by pipeline/annotate on the
// workers, written as sharded JSON Lines. Each summary line is the one
// `zhpipe annotate --jsonl FILE` (for a file) or `zhpipe annotate
// --jsonl-in` (for a record) writes for the same input, byte for byte: both
// go through pipeline/annotate/jsonl. An input that fails gives an error
// record and the job goes on.
//
// The package is its own module so that the zhpipe command's dependency
// graph does not include the Beam SDK; the command is cmd/zhpipe-beam.
package zhbeam

import (
	"context"
	"fmt"
	"hash/fnv"
	"io"
	"strings"
	"sync"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/zhpipe/zhpipe/corpus"
	"github.com/zhpipe/zhpipe/dict"
	"github.com/zhpipe/zhpipe/out"
	"github.com/zhpipe/zhpipe/pipeline/annotate"
	"github.com/zhpipe/zhpipe/pipeline/annotate/jsonl"
)

// Namespace is the Beam metrics namespace of the pipeline's counters.
const Namespace = "zhpipe"

// The pipeline's counters, printed by zhpipe-beam at the end of a run.
var (
	articles  = beam.NewCounter(Namespace, "articles")       // summaries written
	failures  = beam.NewCounter(Namespace, "failures")       // error records written
	bytesRead = beam.NewCounter(Namespace, "bytes")          // input bytes: files' sizes, records' lengths without line ends
	loads     = beam.NewCounter(Namespace, "resource_loads") // dictionary and model loads, one per worker process
)

// Options are the annotation options: those of `zhpipe annotate`.
type Options struct {
	Encoding string `json:"encoding,omitempty"` // forced input encoding of files ("" detects)
	Convert  string `json:"convert,omitempty"`  // conversion to Simplified ("" is auto)
	Date     string `json:"date,omitempty"`     // article date for relative dates
	Tokens   bool   `json:"tokens,omitempty"`   // tokens in the summaries
}

// Check reports options the workers would reject, before a job starts.
func (o Options) Check() error {
	if _, err := corpus.ParseEncoding(o.Encoding); err != nil {
		return err
	}
	conv := o.Convert
	if conv == "" {
		conv = "auto"
	}
	ok := false
	for _, c := range annotate.Conversions() {
		ok = ok || c == conv
	}
	if !ok {
		return fmt.Errorf("unknown conversion %q (want one of %s)", o.Convert, strings.Join(annotate.Conversions(), ", "))
	}
	if o.Date != "" {
		if _, err := time.Parse("2006-01-02", o.Date); err != nil {
			return fmt.Errorf("date %q is not YYYY-MM-DD", o.Date)
		}
	}
	return nil
}

func init() {
	register.DoFn3x1[context.Context, string, func(string), error](&matchFn{})
	register.DoFn3x1[context.Context, string, func(string), error](&fileFn{})
	register.DoFn4x1[context.Context, string, string, func(string), error](&recordFn{})
	register.DoFn2x0[string, func(int, string)](&shardFn{})
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&writeFn{})
	register.Emitter1[string]()
	register.Emitter2[int, string]()
	register.Iter1[string]()
}

// Files annotates the files that patterns match (see Match for the
// syntax): one summary line, or error record, per file.
func Files(s beam.Scope, o Options, patterns ...string) beam.PCollection {
	s = s.Scope("zhpipe.Files")
	paths := beam.ParDo(s, &matchFn{}, beam.CreateList(s, patterns))
	// Spread the files over the workers before the costly step.
	paths = beam.Reshuffle(s, paths)
	return beam.ParDo(s, &fileFn{Options: o}, paths)
}

// Records annotates the JSON Lines records (the stream filter's contract:
// {"id", "text", …} per line) of the files glob matches: one summary line,
// or error record, per record.
func Records(s beam.Scope, o Options, glob string) beam.PCollection {
	s = s.Scope("zhpipe.Records")
	lines := textio.ReadWithFilename(s, glob)
	lines = beam.Reshuffle(s, lines)
	return beam.ParDo(s, &recordFn{Options: o}, lines)
}

// pipelines holds the annotation pipeline of each set of options, built
// once per worker process: the resources (dictionaries, conversion tables,
// lexicon, NER model) take about a second and a few hundred MB to load and
// are shared by every DoFn instance and bundle of the process.
var pipelines struct {
	sync.Mutex
	res *annotate.Resources
	p   map[Options]*annotate.Pipeline
}

// sharedPipeline returns the process's pipeline for o, and whether this
// call loaded the resources.
func sharedPipeline(o Options) (*annotate.Pipeline, bool, error) {
	pipelines.Lock()
	defer pipelines.Unlock()
	key := o
	key.Encoding = "" // decoding is not the pipeline's business
	if p := pipelines.p[key]; p != nil {
		return p, false, nil
	}
	loaded := false
	if pipelines.res == nil {
		res, err := annotate.LoadResources(dict.Options{})
		if err != nil {
			return nil, false, err
		}
		pipelines.res, loaded = res, true
	}
	p, err := annotate.New(pipelines.res, annotate.Options{Convert: o.Convert, Date: o.Date})
	if err != nil {
		return nil, loaded, err
	}
	if pipelines.p == nil {
		pipelines.p = map[Options]*annotate.Pipeline{}
	}
	pipelines.p[key] = p
	return p, loaded, nil
}

// annotator is what the two annotating DoFns share: the pipeline, set up
// once per DoFn instance from the process's shared one.
type annotator struct {
	p      *annotate.Pipeline
	oo     out.Options
	loaded bool // this instance's Setup loaded the resources: count it once
}

func (a *annotator) setup(o Options) error {
	p, loaded, err := sharedPipeline(o)
	if err != nil {
		return fmt.Errorf("zhpipe: loading resources: %w", err)
	}
	a.p, a.oo, a.loaded = p, out.Options{Tokens: o.Tokens}, loaded
	return nil
}

// countLoad reports a load made in Setup, where no metrics context exists.
func (a *annotator) countLoad(ctx context.Context) {
	if a.loaded {
		loads.Inc(ctx, 1)
		a.loaded = false
	}
}

// fileFn reads, decodes and annotates one file per element.
type fileFn struct {
	Options Options `json:"options"`
	annotator
	fs map[string]filesystem.Interface // by scheme, opened on first use
}

func (fn *fileFn) Setup() error { return fn.setup(fn.Options) }

func (fn *fileFn) Teardown() {
	for _, fs := range fn.fs {
		fs.Close()
	}
	fn.fs = nil
}

func (fn *fileFn) ProcessElement(ctx context.Context, path string, emit func(string)) error {
	fn.countLoad(ctx)
	raw, err := fn.read(ctx, path)
	bytesRead.Inc(ctx, int64(len(raw)))
	var line []byte
	if err == nil {
		line, err = jsonl.File(ctx, fn.p, fn.oo, path, raw, fn.Options.Encoding)
	}
	if err != nil {
		if ctx.Err() != nil {
			return err
		}
		log.Warnf(ctx, "zhpipe: %s: %v", path, err)
		failures.Inc(ctx, 1)
		emit(string(jsonl.FileError(path, err.Error())))
		return nil
	}
	articles.Inc(ctx, 1)
	emit(string(line))
	return nil
}

// read reads a whole file, at most jsonl.MaxInput bytes.
func (fn *fileFn) read(ctx context.Context, path string) ([]byte, error) {
	scheme := schemeOf(path)
	fs := fn.fs[scheme]
	if fs == nil {
		var err error
		if fs, err = filesystem.New(ctx, path); err != nil {
			return nil, err
		}
		if fn.fs == nil {
			fn.fs = map[string]filesystem.Interface{}
		}
		fn.fs[scheme] = fs
	}
	r, err := fs.OpenRead(ctx, path)
	if err != nil {
		return nil, unwrapPathError(err)
	}
	defer r.Close()
	raw, err := io.ReadAll(io.LimitReader(r, jsonl.MaxInput+1))
	if err != nil {
		return raw, unwrapPathError(err)
	}
	if len(raw) > jsonl.MaxInput {
		return raw, fmt.Errorf("larger than %d MiB", jsonl.MaxInput>>20)
	}
	return raw, nil
}

// recordFn annotates one JSON Lines record per element, keyed by the file
// it came from.
type recordFn struct {
	Options Options `json:"options"`
	annotator
}

func (fn *recordFn) Setup() error { return fn.setup(fn.Options) }

func (fn *recordFn) ProcessElement(ctx context.Context, file, line string, emit func(string)) error {
	fn.countLoad(ctx)
	rec := []byte(strings.TrimRight(line, "\r\n"))
	bytesRead.Inc(ctx, int64(len(rec)))
	data, msg, err := jsonl.Record(ctx, fn.p, fn.oo, rec)
	if err != nil {
		return err
	}
	if msg != "" {
		log.Warnf(ctx, "zhpipe: %s: %s", file, msg)
		failures.Inc(ctx, 1)
	} else {
		articles.Inc(ctx, 1)
	}
	emit(string(data))
	return nil
}

// shardFn assigns each line to a shard by a hash of its bytes, so a line
// always lands in the same shard whatever the runner and the workers.
type shardFn struct {
	Shards int `json:"shards"`
}

func (fn *shardFn) ProcessElement(line string, emit func(int, string)) {
	h := fnv.New32a()
	h.Write([]byte(line))
	emit(int(h.Sum32()%uint32(fn.Shards)), line)
}

// schemeOf is a path's file system scheme ("" for local files).
func schemeOf(path string) string {
	if i := strings.Index(path, "://"); i > 0 {
		return path[:i]
	}
	return ""
}
