package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/zhpipe/zhpipe/corpus"
	"github.com/zhpipe/zhpipe/dict"
	"github.com/zhpipe/zhpipe/out"
	"github.com/zhpipe/zhpipe/pipeline"
	"github.com/zhpipe/zhpipe/pipeline/annotate"
)

// maxInput bounds one input: the alignment addresses bytes with int32.
const maxInput = 1 << 30

type annotateFlags struct {
	encoding  string
	conv      string
	date      string
	tokens    bool
	jsonl     bool
	userDicts listFlag
	quiet     bool
}

func runAnnotate(ctx context.Context, load loader, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("annotate", "annotate [flags] [FILE|-]...", stderr)
	var f annotateFlags
	fs.StringVar(&f.encoding, "encoding", "", "input encoding, overriding detection: "+strings.Join(corpus.Encodings(), ", "))
	fs.StringVar(&f.conv, "convert", "auto", "conversion to Simplified: "+strings.Join(annotate.Conversions(), ", "))
	fs.StringVar(&f.date, "date", "", "the article's date (YYYY-MM-DD) for relative dates; default: found in the text")
	fs.BoolVar(&f.tokens, "tokens", false, "include the tokens in the summary")
	fs.BoolVar(&f.jsonl, "jsonl", false, "one line of JSON per article (JSON Lines)")
	fs.Var(&f.userDicts, "user-dict", "extra dictionary file (WORD [FREQ [POS]] per line); repeatable")
	fs.BoolVar(&f.quiet, "q", false, "no summary line on stderr")
	files, err := parseFlags(fs, args)
	if err != nil {
		return flagExit(err)
	}
	if _, err := corpus.ParseEncoding(f.encoding); err != nil {
		fmt.Fprintf(stderr, "zhpipe: %v\n", err)
		return exitUsage
	}
	forced := f.encoding
	if len(files) == 0 {
		files = []string{"-"}
	}
	res, err := load(dict.Options{UserDicts: f.userDicts})
	if err != nil {
		fmt.Fprintf(stderr, "zhpipe: %v\n", err)
		return exitSetup
	}
	p, err := annotate.New(res, annotate.Options{Convert: f.conv, Date: f.date})
	if err != nil {
		fmt.Fprintf(stderr, "zhpipe: %v\n", err)
		return exitUsage
	}
	bw := bufio.NewWriterSize(stdout, 256*1024)
	defer bw.Flush()
	var failed []string
	for _, name := range files {
		if ctx.Err() != nil {
			bw.Flush()
			fmt.Fprintln(stderr, "zhpipe: interrupted")
			return exitInterrupted
		}
		doc, err := readDoc(name, stdin, forced)
		if err == nil {
			err = p.Annotate(ctx, doc)
		}
		if err != nil {
			if errors.Is(err, context.Canceled) {
				bw.Flush()
				fmt.Fprintln(stderr, "zhpipe: interrupted")
				return exitInterrupted
			}
			fmt.Fprintf(stderr, "zhpipe: %s: %v\n", displayName(name), err)
			failed = append(failed, displayName(name))
			continue
		}
		if err := out.Encode(bw, out.NewArticle(doc, out.Options{Tokens: f.tokens}), f.jsonl); err != nil {
			fmt.Fprintf(stderr, "zhpipe: writing output: %v\n", err)
			return exitFailed
		}
	}
	if err := bw.Flush(); err != nil {
		fmt.Fprintf(stderr, "zhpipe: writing output: %v\n", err)
		return exitFailed
	}
	if len(failed) > 0 {
		if len(files) > 1 {
			fmt.Fprintf(stderr, "zhpipe: %d of %d inputs failed: %s\n", len(failed), len(files), strings.Join(failed, ", "))
		}
		return exitFailed
	}
	return exitOK
}

// readDoc reads and decodes one input into a new Doc.
func readDoc(name string, stdin io.Reader, forced string) (*pipeline.Doc, error) {
	var r io.Reader = stdin
	if name != "-" {
		f, err := os.Open(name)
		if err != nil {
			return nil, unwrapPathError(err)
		}
		defer f.Close()
		if st, err := f.Stat(); err == nil && st.IsDir() {
			return nil, fmt.Errorf("is a directory")
		}
		r = f
	}
	raw, err := io.ReadAll(io.LimitReader(r, maxInput+1))
	if err != nil {
		return nil, err
	}
	if len(raw) > maxInput {
		return nil, fmt.Errorf("larger than %d MiB", maxInput>>20)
	}
	dec, err := corpus.Decode(raw, forced)
	if err != nil {
		return nil, err
	}
	id := "stdin"
	if name != "-" {
		id = strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
	}
	src := pipeline.Source{Path: name, SHA256: dec.SHA256, Encoding: dec.Encoding.String(), Bytes: len(raw)}
	if name == "-" {
		src.Path = "-"
	}
	return pipeline.NewDoc(id, src, dec.Text), nil
}
