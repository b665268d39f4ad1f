package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/zhpipe/zhpipe/corpus/batch"
	"github.com/zhpipe/zhpipe/dict"
	"github.com/zhpipe/zhpipe/out"
	"github.com/zhpipe/zhpipe/pipeline/annotate"
	"github.com/zhpipe/zhpipe/pipeline/annotate/jsonl"
)

const corpusUsage = `Usage:
  zhpipe corpus build [flags] SRC OUT   annotate every file under SRC into OUT (+ MANIFEST.json);
                                        re-running rebuilds only what changed
  zhpipe corpus check [flags] SRC OUT   verify OUT against SRC without writing; exit 1 on drift
`

// corpusFlags are the flags both corpus commands take: they define the
// build, so check must be given the same ones.
type corpusFlags struct {
	formats  string
	glob     string
	encoding string
	conv     string
	tokens   bool
	workers  int
	quiet    bool
}

func (f *corpusFlags) options() string {
	return fmt.Sprintf("encoding=%s convert=%s tokens=%v glob=%s", f.encoding, f.conv, f.tokens, f.glob)
}

func runCorpus(ctx context.Context, load loader, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || (args[0] != "build" && args[0] != "check") {
		fmt.Fprint(stderr, corpusUsage)
		return exitUsage
	}
	sub := args[0]
	fs := newFlagSet("corpus "+sub, "corpus "+sub+" [flags] SRC OUT", stderr)
	var f corpusFlags
	fs.StringVar(&f.formats, "format", "json", "comma-separated output formats: "+strings.Join(formatNames(), ", "))
	fs.StringVar(&f.glob, "glob", "", "only files whose name matches this pattern (e.g. '*.txt')")
	fs.StringVar(&f.encoding, "encoding", "", "input encoding, overriding detection")
	fs.StringVar(&f.conv, "convert", "auto", "conversion to Simplified")
	fs.BoolVar(&f.tokens, "tokens", false, "include tokens in JSON outputs")
	fs.IntVar(&f.workers, "j", runtime.NumCPU(), "number of workers")
	fs.BoolVar(&f.quiet, "q", false, "no progress and no summary line")
	operands, err := parseFlags(fs, args[1:])
	if err != nil {
		return flagExit(err)
	}
	if len(operands) != 2 {
		fmt.Fprint(stderr, corpusUsage)
		return exitUsage
	}
	src, dst := operands[0], operands[1]
	fms, err := parseFormats(f.formats)
	if err != nil {
		fmt.Fprintf(stderr, "zhpipe: %v\n", err)
		return exitUsage
	}
	if st, err := os.Stat(src); err != nil || !st.IsDir() {
		fmt.Fprintf(stderr, "zhpipe: %s: not a directory\n", src)
		return exitUsage
	}
	if f.workers < 1 {
		fmt.Fprintf(stderr, "zhpipe: -j %d: want at least 1 worker\n", f.workers)
		return exitUsage
	}
	res, err := load(dict.Options{})
	if err != nil {
		fmt.Fprintf(stderr, "zhpipe: %v\n", err)
		return exitSetup
	}
	p, err := annotate.New(res, annotate.Options{Convert: f.conv})
	if err != nil {
		fmt.Fprintf(stderr, "zhpipe: %v\n", err)
		return exitUsage
	}
	want := &batch.Manifest{
		ArticleSchema: out.Schema, Version: version(), DataDigest: res.Digest(), Options: f.options(),
	}
	for _, fm := range fms {
		want.Formats = append(want.Formats, fm.name)
	}
	inputs, errs := batch.Expand([]string{src}, f.glob)
	for _, e := range errs {
		fmt.Fprintf(stderr, "zhpipe: %v\n", e)
	}
	old, err := batch.ReadManifest(dst)
	if err != nil {
		if sub == "check" {
			fmt.Fprintf(stderr, "zhpipe: %v\n", err)
			return exitFailed
		}
		fmt.Fprintf(stderr, "zhpipe: %v; rebuilding everything\n", err)
		old = &batch.Manifest{}
	}
	if sub == "check" {
		return checkCorpus(src, dst, inputs, old, want, stdout, stderr)
	}
	return buildCorpus(ctx, p, f, fms, dst, inputs, old, want, len(errs) > 0, stderr)
}

// inputEntry reads an input and its digest.
func inputEntry(in batch.Input) ([]byte, batch.Entry, error) {
	raw, err := os.ReadFile(in.Path)
	e := batch.Entry{Path: filepath.ToSlash(in.Rel), SHA256: batch.SHA256(raw), Bytes: int64(len(raw))}
	return raw, e, err
}

func outputPath(rel, suffix string) string {
	return filepath.ToSlash(strings.TrimSuffix(rel, filepath.Ext(rel)) + suffix)
}

func buildCorpus(ctx context.Context, p *annotate.Pipeline, f corpusFlags, fms []format, dst string, inputs []batch.Input,
	old, want *batch.Manifest, expandFailed bool, stderr io.Writer) int {
	sameBuild := old.SameBuild(want)
	m := *want
	m.Inputs = nil
	prog := newProgress(stderr, len(inputs), f.quiet)
	type built struct {
		entry  batch.Entry
		reused bool
	}
	var failed []string
	reused, lastSave := 0, time.Now()
	save := func() error {
		// Keep what the previous manifest knew of inputs not done yet, so
		// that an interrupted build resumes without redoing them.
		cur := m
		done := map[string]bool{}
		for _, e := range m.Inputs {
			done[e.Path] = true
		}
		if sameBuild {
			for _, e := range old.Inputs {
				if !done[e.Path] {
					cur.Inputs = append(cur.Inputs, e)
				}
			}
		}
		cur.Inputs = append([]batch.Entry(nil), cur.Inputs...)
		return cur.Write(dst)
	}
	if err := os.MkdirAll(dst, 0o755); err != nil {
		fmt.Fprintf(stderr, "zhpipe: %s: %v\n", dst, err)
		return exitSetup
	}
	if _, err := formatSetup(dst, fms); err != nil {
		fmt.Fprintf(stderr, "zhpipe: %s: %v\n", dst, err)
		return exitSetup
	}
	err := batch.Run(ctx, len(inputs), f.workers,
		func(ctx context.Context, i int) (built, error) {
			in := inputs[i]
			raw, e, err := inputEntry(in)
			if err != nil {
				return built{entry: e}, err
			}
			if prev, ok := old.Lookup(e.Path); sameBuild && ok && prev.SHA256 == e.SHA256 && prev.Error == "" {
				if cur, err := prev.Current(dst); err == nil && cur {
					return built{entry: prev, reused: true}, nil
				}
			}
			d, err := jsonl.DecodeDoc(in.Path, raw, f.encoding)
			if err != nil {
				return built{entry: e}, err
			}
			if err := p.Annotate(ctx, d); err != nil {
				return built{entry: e}, err
			}
			if hasFormat(fms, "html") {
				e.Index = indexEntry(d, out.Options{Tokens: f.tokens}, outputPath(in.Rel, ".html"))
			}
			for _, fm := range fms {
				files, err := fm.render(d, out.Options{Tokens: f.tokens})
				if err != nil {
					return built{entry: e}, err
				}
				for _, of := range files {
					rel := outputPath(in.Rel, of.Suffix)
					if err := batch.WriteFile(filepath.Join(dst, filepath.FromSlash(rel)), of.Data); err != nil {
						return built{entry: e}, err
					}
					e.Outputs = append(e.Outputs, batch.Output{Path: rel, SHA256: batch.SHA256(of.Data)})
				}
			}
			return built{entry: e}, nil
		},
		func(r batch.Result[built]) error {
			e := r.Value.entry
			if r.Err != nil {
				if ctx.Err() != nil {
					return ctx.Err()
				}
				fmt.Fprintf(stderr, "zhpipe: %s: %v\n", inputs[r.Index].Path, r.Err)
				failed = append(failed, inputs[r.Index].Path)
				e.Error = r.Err.Error()
				e.Outputs = nil
			}
			if r.Value.reused {
				reused++
			}
			m.Inputs = append(m.Inputs, e)
			prog.add(e.Bytes, r.Err != nil)
			if time.Since(lastSave) > 2*time.Second {
				lastSave = time.Now()
				return save()
			}
			return nil
		})
	if err != nil {
		prog.finish()
		if ctx.Err() != nil {
			save()
			fmt.Fprintln(stderr, "zhpipe: interrupted; run again to complete the corpus")
			return exitInterrupted
		}
		fmt.Fprintf(stderr, "zhpipe: %v\n", err)
		return exitFailed
	}
	// Outputs of inputs that are gone, or of formats no longer built.
	keep := map[string]bool{}
	for _, e := range m.Inputs {
		for _, o := range e.Outputs {
			keep[o.Path] = true
		}
	}
	for _, e := range old.Inputs {
		for _, o := range e.Outputs {
			if !keep[o.Path] {
				os.Remove(filepath.Join(dst, filepath.FromSlash(o.Path)))
			}
		}
	}
	// Temporary files of writes a killed build left: the workers are done,
	// so none is still being written.
	if n, err := removeLeftovers(dst, old, &m); err != nil {
		fmt.Fprintf(stderr, "zhpipe: %s: %v\n", dst, err)
		return exitFailed
	} else if n > 0 && !f.quiet {
		fmt.Fprintf(stderr, "zhpipe: removed %d temporary files an interrupted build left\n", n)
	}
	if err := m.Write(dst); err != nil {
		fmt.Fprintf(stderr, "zhpipe: %s: %v\n", dst, err)
		return exitFailed
	}
	if hasFormat(fms, "html") {
		var entries []json.RawMessage
		for _, e := range m.Inputs { // sorted by path
			if len(e.Index) > 0 {
				entries = append(entries, e.Index)
			}
		}
		if err := writeIndex(dst, entries); err != nil {
			fmt.Fprintf(stderr, "zhpipe: %s: %v\n", dst, err)
			return exitFailed
		}
	}
	prog.finish()
	if !f.quiet {
		fmt.Fprintf(stderr, "zhpipe: %d rebuilt, %d unchanged\n", len(inputs)-reused-len(failed), reused)
	}
	if len(failed) > 0 || expandFailed {
		return exitFailed
	}
	return exitOK
}

// checkCorpus verifies a built corpus without writing: every input has an
// entry with its current digest, every recorded output is there unchanged,
// and the build (version, data, formats, options) is the current one.
func checkCorpus(src, dst string, inputs []batch.Input, old, want *batch.Manifest, stdout, stderr io.Writer) int {
	drift := 0
	report := func(format string, args ...any) {
		drift++
		fmt.Fprintf(stdout, format+"\n", args...)
	}
	left, err := batch.Leftovers(dst, isOutput(old))
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		report("%s: %v", dst, err)
	}
	for _, rel := range left {
		report("%s: temporary file left by an interrupted build (corpus build removes it)", rel)
	}
	if old.Schema == "" {
		report("%s: no %s", dst, batch.ManifestName)
		return exitFailed
	}
	if old.Version != want.Version {
		report("built by zhpipe %s, this is %s", old.Version, want.Version)
	}
	if old.DataDigest != want.DataDigest {
		report("built with data %s, this binary has %s", old.DataDigest, want.DataDigest)
	}
	if strings.Join(old.Formats, ",") != strings.Join(want.Formats, ",") || old.Options != want.Options {
		report("built with formats %v (%s), checking %v (%s)", old.Formats, old.Options, want.Formats, want.Options)
	}
	seen := map[string]bool{}
	for _, in := range inputs {
		_, e, err := inputEntry(in)
		if err != nil {
			report("%s: %v", in.Path, err)
			continue
		}
		seen[e.Path] = true
		prev, ok := old.Lookup(e.Path)
		switch {
		case !ok:
			report("%s: new input, not in the corpus", e.Path)
		case prev.SHA256 != e.SHA256:
			report("%s: input changed since the build", e.Path)
		case prev.Error != "":
			report("%s: failed at build time: %s", e.Path, prev.Error)
		default:
			cur, err := prev.Current(dst)
			if err != nil || !cur {
				report("%s: outputs missing or modified", e.Path)
			}
		}
	}
	for _, e := range old.Inputs {
		if !seen[e.Path] {
			report("%s: in the corpus but no longer in %s", e.Path, src)
		}
	}
	if drift > 0 {
		fmt.Fprintf(stderr, "zhpipe: %s: %d problems\n", dst, drift)
		return exitFailed
	}
	fmt.Fprintf(stderr, "zhpipe: %s: %d inputs, up to date\n", dst, len(inputs))
	return exitOK
}

// isOutput reports whether a slash-separated path relative to the corpus
// directory is one of its outputs according to the manifests ms, or a file
// the build writes at its root.
func isOutput(ms ...*batch.Manifest) func(rel string) bool {
	var outputs map[string]bool
	return func(rel string) bool {
		if outputs == nil {
			outputs = map[string]bool{batch.ManifestName: true, "index.html": true, "annotation.conf": true}
			for _, m := range ms {
				for _, e := range m.Inputs {
					for _, o := range e.Outputs {
						outputs[o.Path] = true
					}
				}
			}
		}
		return outputs[rel]
	}
}

// removeLeftovers removes the temporary files under dst that killed
// builds left, and only those (see batch.Leftovers); it returns how many.
func removeLeftovers(dst string, ms ...*batch.Manifest) (int, error) {
	left, err := batch.Leftovers(dst, isOutput(ms...))
	if err != nil {
		return 0, err
	}
	for _, rel := range left {
		if err := os.Remove(filepath.Join(dst, filepath.FromSlash(rel))); err != nil {
			return 0, err
		}
	}
	return len(left), nil
}
