package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/zhpipe/zhpipe/corpus"
	"github.com/zhpipe/zhpipe/corpus/batch"
	"github.com/zhpipe/zhpipe/dict"
	"github.com/zhpipe/zhpipe/out"
	"github.com/zhpipe/zhpipe/pipeline"
	"github.com/zhpipe/zhpipe/pipeline/annotate"
	"github.com/zhpipe/zhpipe/pipeline/annotate/jsonl"
)

// maxInput bounds one input: the alignment addresses bytes with int32.
const maxInput = jsonl.MaxInput

type annotateFlags struct {
	encoding  string
	conv      string
	date      string
	tokens    bool
	jsonl     bool
	jsonlIn   bool
	format    string
	outDir    string
	glob      string
	workers   int
	userDicts listFlag
	segmenter string
	quiet     bool
}

// addSegmenterFlag defines --segmenter on fs.
func (f *annotateFlags) addSegmenterFlag(fs *flag.FlagSet) {
	fs.StringVar(&f.segmenter, "segmenter", "model", "word segmenter: "+strings.Join(dict.Segmenters(), ", ")+" (model: the trained tagger; dict: gse's dictionary DAG)")
}

// checkSegmenter reports an unknown --segmenter value.
func (f *annotateFlags) checkSegmenter() error {
	if !slices.Contains(dict.Segmenters(), f.segmenter) {
		return fmt.Errorf("--segmenter %q: want one of %s", f.segmenter, strings.Join(dict.Segmenters(), ", "))
	}
	return nil
}

func runAnnotate(ctx context.Context, load loader, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("annotate", "annotate [flags] [FILE|DIR|-]...", stderr)
	var f annotateFlags
	fs.StringVar(&f.encoding, "encoding", "", "input encoding, overriding detection: "+strings.Join(corpus.Encodings(), ", "))
	fs.StringVar(&f.conv, "convert", "auto", "conversion to Simplified: "+strings.Join(annotate.Conversions(), ", "))
	fs.StringVar(&f.date, "date", "", "the article's date (YYYY-MM-DD) for relative dates; default: found in the text")
	fs.BoolVar(&f.tokens, "tokens", false, "include the tokens in the summary")
	fs.BoolVar(&f.jsonl, "jsonl", false, "one line of JSON per article (same as --format jsonl)")
	fs.BoolVar(&f.jsonlIn, "jsonl-in", false, `stream filter: read JSON Lines records {"id": …, "text": …} from stdin, write one summary line per record`)
	fs.StringVar(&f.format, "format", "json", "output format: "+strings.Join(formatNames(), ", "))
	fs.StringVar(&f.outDir, "o", "", "write one output per input under this directory, mirroring the input tree (default: stdout)")
	fs.StringVar(&f.glob, "glob", "", "in directories, only files whose name matches this pattern (e.g. '*.txt')")
	fs.IntVar(&f.workers, "j", runtime.NumCPU(), "number of workers; output order and bytes do not depend on it")
	fs.Var(&f.userDicts, "user-dict", "extra dictionary file (WORD [FREQ [POS]] per line); repeatable; with the model segmenter its words are never cut")
	f.addSegmenterFlag(fs)
	fs.BoolVar(&f.quiet, "q", false, "no progress and no summary line on stderr")
	files, err := parseFlags(fs, args)
	if err != nil {
		return flagExit(err)
	}
	if f.jsonl {
		f.format = "jsonl"
	}
	fm, err := lookupFormat(f.format)
	if err != nil {
		fmt.Fprintf(stderr, "zhpipe: %v\n", err)
		return exitUsage
	}
	if !fm.stdout && f.outDir == "" {
		fmt.Fprintf(stderr, "zhpipe: format %s writes several files per article: give -o DIR\n", fm.name)
		return exitUsage
	}
	if _, err := corpus.ParseEncoding(f.encoding); err != nil {
		fmt.Fprintf(stderr, "zhpipe: %v\n", err)
		return exitUsage
	}
	if err := f.checkSegmenter(); err != nil {
		fmt.Fprintf(stderr, "zhpipe: %v\n", err)
		return exitUsage
	}
	if f.workers < 1 {
		fmt.Fprintf(stderr, "zhpipe: -j %d: want at least 1 worker\n", f.workers)
		return exitUsage
	}
	if f.jsonlIn && (len(files) > 0 || f.outDir != "") {
		fmt.Fprintln(stderr, "zhpipe: --jsonl-in reads standard input and writes standard output: no files, no -o")
		return exitUsage
	}
	res, err := load(dict.Options{UserDicts: f.userDicts, Segmenter: f.segmenter})
	if err != nil {
		fmt.Fprintf(stderr, "zhpipe: %v\n", err)
		return exitSetup
	}
	p, err := annotate.New(res, annotate.Options{Convert: f.conv, Date: f.date})
	if err != nil {
		fmt.Fprintf(stderr, "zhpipe: %v\n", err)
		return exitUsage
	}
	oo := out.Options{Tokens: f.tokens}
	if f.jsonlIn {
		return streamRecords(ctx, p, oo, f.workers, stdin, stdout, stderr)
	}
	if len(files) == 0 {
		files = []string{"-"}
	}
	inputs, errs := batch.Expand(files, f.glob)
	var failed []string
	for _, e := range errs {
		fmt.Fprintf(stderr, "zhpipe: %v\n", e)
		failed = append(failed, strings.SplitN(e.Error(), ":", 2)[0])
	}
	if f.outDir != "" {
		if _, err := formatSetup(f.outDir, []format{fm}); err != nil {
			fmt.Fprintf(stderr, "zhpipe: %s: %v\n", f.outDir, err)
			return exitSetup
		}
	}
	bw := bufio.NewWriterSize(stdout, 256*1024)
	prog := newProgress(stderr, len(inputs), f.quiet || (len(inputs) <= 1 && f.outDir == ""))
	type done struct {
		files []outputFile
		bytes int64
		index json.RawMessage
	}
	var index []json.RawMessage
	// One input to standard output is written as it is made: the summary
	// of a large article is several times its size and need not be held.
	direct := len(inputs) == 1 && f.outDir == "" && fm.write != nil
	var budget memoryBudget
	err = batch.Run(ctx, len(inputs), f.workers,
		func(ctx context.Context, i int) (done, error) {
			in := inputs[i]
			d, n, err := readDoc(in.Path, stdin, f.encoding)
			if err != nil {
				return done{bytes: n}, err
			}
			defer budget.hold(n)()
			if err := p.Annotate(ctx, d); err != nil {
				return done{bytes: n}, err
			}
			if direct {
				w := &errWriter{w: bw}
				if err := fm.write(w, d, oo); err != nil {
					if w.err != nil {
						err = outputError{w.err}
					}
					return done{bytes: n}, err
				}
				return done{nil, n, nil}, nil
			}
			files, err := fm.render(d, oo)
			if err != nil || f.outDir == "" {
				return done{files, n, nil}, err
			}
			// Files under -o are written by the workers: their order does
			// not matter, and each write (fsync + rename) is independent.
			for _, of := range files {
				target := filepath.Join(f.outDir, strings.TrimSuffix(in.Rel, filepath.Ext(in.Rel))+of.Suffix)
				if sameFile(target, in.Path) {
					return done{bytes: n}, fmt.Errorf("%s: the output would overwrite its own input; choose another -o", target)
				}
				if err := batch.WriteFile(target, of.Data); err != nil {
					return done{bytes: n}, fmt.Errorf("%s: %w", target, err)
				}
			}
			for i := range files {
				files[i].recycle()
			}
			var ix json.RawMessage
			if fm.name == "html" {
				ix = indexEntry(d, oo, filepath.ToSlash(strings.TrimSuffix(in.Rel, filepath.Ext(in.Rel))+".html"))
			}
			return done{nil, n, ix}, nil
		},
		func(r batch.Result[done]) error {
			in := inputs[r.Index]
			if r.Err != nil {
				if errors.Is(r.Err, context.Canceled) {
					return r.Err
				}
				var oe outputError
				if errors.As(r.Err, &oe) {
					return fmt.Errorf("writing output: %w", oe.err)
				}
				fmt.Fprintf(stderr, "zhpipe: %s: %v\n", displayName(in.Path), r.Err)
				failed = append(failed, displayName(in.Path))
				prog.add(r.Value.bytes, true)
				return nil
			}
			for i := range r.Value.files { // stdout: in input order
				of := &r.Value.files[i]
				if _, err := bw.Write(of.Data); err != nil {
					return fmt.Errorf("writing output: %w", err)
				}
				// bufio.Writer copies or writes through: Data is no
				// longer referenced once Write returns.
				of.recycle()
			}
			if r.Value.index != nil {
				index = append(index, r.Value.index)
			}
			prog.add(r.Value.bytes, false)
			return nil
		})
	if err == nil && len(index) > 0 {
		err = writeIndex(f.outDir, index)
	}
	flushErr := bw.Flush()
	prog.finish()
	switch {
	case errors.Is(err, context.Canceled) || ctx.Err() != nil:
		fmt.Fprintln(stderr, "zhpipe: interrupted")
		return exitInterrupted
	case err != nil:
		fmt.Fprintf(stderr, "zhpipe: %v\n", err)
		return exitFailed
	case flushErr != nil:
		fmt.Fprintf(stderr, "zhpipe: writing output: %v\n", flushErr)
		return exitFailed
	}
	if len(failed) > 0 {
		if len(inputs)+len(errs) > 1 {
			fmt.Fprintf(stderr, "zhpipe: %d of %d inputs failed: %s\n", len(failed), len(inputs)+len(errs), strings.Join(failed, ", "))
		}
		return exitFailed
	}
	return exitOK
}

// errWriter passes writes on and keeps the first error, so that an error
// of the output is told from an error of the input.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(p)
	if err != nil {
		e.err = err
	}
	return n, err
}

// outputError is a failure to write the output, not a bad input.
type outputError struct{ err error }

func (e outputError) Error() string { return e.err.Error() }

// sameFile reports whether two paths name one existing file.
func sameFile(a, b string) bool {
	sa, err := os.Stat(a)
	if err != nil {
		return false
	}
	sb, err := os.Stat(b)
	return err == nil && os.SameFile(sa, sb)
}

// readDoc reads and decodes one input into a new Doc; it also returns the
// number of raw bytes read.
func readDoc(name string, stdin io.Reader, forced string) (*pipeline.Doc, int64, error) {
	var r io.Reader = stdin
	size := int64(-1)
	if name != "-" {
		f, n, closeFn, err := openInput(name)
		if err != nil {
			return nil, 0, err
		}
		defer closeFn()
		r, size = f, n
	}
	bp := rawBufs.Get().(*[]byte)
	raw, err := readAll(io.LimitReader(r, maxInput+1), size, *bp)
	// The raw bytes are dead once decoded (the Doc's text is a string made
	// from them, errors keep none): the buffer is read into afresh, from
	// length 0, for the next input.
	defer func() {
		if cap(raw) <= maxPooledRaw {
			*bp = raw[:0]
			rawBufs.Put(bp)
		}
	}()
	if err != nil {
		return nil, int64(len(raw)), err
	}
	if len(raw) > maxInput {
		return nil, int64(len(raw)), fmt.Errorf("larger than %d MiB", maxInput>>20)
	}
	d, err := jsonl.DecodeDoc(name, raw, forced)
	return d, int64(len(raw)), err
}

// rawBufs holds input buffers for reuse across the files of a batch.
var rawBufs = sync.Pool{New: func() any { return new([]byte) }}

// maxPooledRaw is the largest input buffer kept for reuse.
const maxPooledRaw = 1 << 20

// readAll is io.ReadAll into a buffer sized for a file of size bytes (-1:
// unknown), so that a regular file is read without growing the buffer. It
// reads into buf (from length 0) when buf has room for it.
func readAll(r io.Reader, size int64, buf []byte) ([]byte, error) {
	if size < 0 || size > maxInput {
		return io.ReadAll(r)
	}
	// One byte more than the size lets a file that grew show at once.
	b := buf[:0]
	if int64(cap(b)) < size+1 {
		b = make([]byte, 0, size+1)
	}
	for {
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if err == io.EOF {
			return b, nil
		}
		if err != nil {
			return b, err
		}
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)] // grow; io.ReadAll's way
		}
	}
}

// maxRecord bounds one JSON Lines record.
const maxRecord = jsonl.MaxRecord

// streamRecords is the stream filter: JSON Lines records {"id", "text", …}
// in, one summary line per record out, in the same order with the same id;
// other fields are passed through under "meta". A bad record yields an
// error record {"id", "error"} and a message on stderr; the stream goes on.
// No state is kept across records.
func streamRecords(ctx context.Context, p *annotate.Pipeline, oo out.Options, workers int, stdin io.Reader, stdout, stderr io.Writer) int {
	br := bufio.NewReaderSize(stdin, 1<<20)
	bw := bufio.NewWriterSize(stdout, 256*1024)
	defer bw.Flush()
	failed, line := 0, 0
	// Read in chunks of records so that workers have work while memory
	// stays bounded.
	const chunk = 256
	for {
		var lines [][]byte
		var readErr error
		for len(lines) < chunk {
			l, err := readLine(br)
			if len(l) > 0 || err == nil {
				lines = append(lines, l)
			}
			if err != nil {
				readErr = err
				break
			}
		}
		base := line
		line += len(lines)
		type result struct {
			data []byte
			msg  string
		}
		err := batch.Run(ctx, len(lines), workers,
			func(ctx context.Context, i int) (result, error) {
				data, msg, err := jsonl.Record(ctx, p, oo, lines[i])
				return result{data, msg}, err
			},
			func(r batch.Result[result]) error {
				if r.Value.msg != "" {
					failed++
					fmt.Fprintf(stderr, "zhpipe: <stdin>:%d: %s\n", base+r.Index+1, r.Value.msg)
				}
				if r.Err != nil {
					return r.Err
				}
				_, err := bw.Write(r.Value.data)
				return err
			})
		if err != nil {
			if ctx.Err() != nil {
				bw.Flush()
				fmt.Fprintln(stderr, "zhpipe: interrupted")
				return exitInterrupted
			}
			fmt.Fprintf(stderr, "zhpipe: %v\n", err)
			return exitFailed
		}
		if readErr != nil {
			if readErr != io.EOF {
				fmt.Fprintf(stderr, "zhpipe: reading <stdin>: %v\n", readErr)
				return exitFailed
			}
			break
		}
	}
	if err := bw.Flush(); err != nil {
		fmt.Fprintf(stderr, "zhpipe: writing output: %v\n", err)
		return exitFailed
	}
	if failed > 0 {
		fmt.Fprintf(stderr, "zhpipe: %d of %d records failed\n", failed, line)
		return exitFailed
	}
	return exitOK
}

// readLine reads one line without its line ending. A line longer than
// maxRecord is consumed whole but only its first maxRecord bytes are kept,
// so the record is reported as too long instead of exhausting memory.
func readLine(br *bufio.Reader) ([]byte, error) {
	var buf []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if len(buf)+len(chunk) <= maxRecord {
			buf = append(buf, chunk...)
		} else if len(buf) < maxRecord {
			buf = append(buf, chunk[:maxRecord-len(buf)]...)
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		buf = bytes.TrimRight(buf, "\r\n")
		return buf, err
	}
}
