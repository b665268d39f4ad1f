package main

import (
	"bufio"
	"context"
	"fmt"
	"io"

	"github.com/zhpipe/zhpipe/dict"
	"github.com/zhpipe/zhpipe/pipeline/annotate"
	"github.com/zhpipe/zhpipe/pipeline/argument"
)

// runOutline prints a readable, indented outline of each article's argument
// structure: sections, enumerations with announced/found counts, quotes
// with speakers, totals with ✓/✗.
func runOutline(ctx context.Context, load loader, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("outline", "outline [flags] [FILE|-]...", stderr)
	encoding := fs.String("encoding", "", "input encoding, overriding detection")
	conv := fs.String("convert", "auto", "conversion to Simplified")
	date := fs.String("date", "", "the article's date (YYYY-MM-DD)")
	files, err := parseFlags(fs, args)
	if err != nil {
		return flagExit(err)
	}
	if len(files) == 0 {
		files = []string{"-"}
	}
	res, err := load(dict.Options{})
	if err != nil {
		fmt.Fprintf(stderr, "zhpipe: %v\n", err)
		return exitSetup
	}
	p, err := annotate.New(res, annotate.Options{Convert: *conv, Date: *date})
	if err != nil {
		fmt.Fprintf(stderr, "zhpipe: %v\n", err)
		return exitUsage
	}
	bw := bufio.NewWriter(stdout)
	defer bw.Flush()
	code := exitOK
	for i, name := range files {
		doc, _, err := readDoc(name, stdin, *encoding)
		if err == nil {
			err = p.Annotate(ctx, doc)
		}
		if err != nil {
			if ctx.Err() != nil {
				return exitInterrupted
			}
			fmt.Fprintf(stderr, "zhpipe: %s: %v\n", displayName(name), err)
			code = exitFailed
			continue
		}
		if len(files) > 1 {
			if i > 0 {
				fmt.Fprintln(bw)
			}
			fmt.Fprintf(bw, "== %s\n", displayName(name))
		}
		if err := argument.WriteDocOutline(bw, doc); err != nil {
			fmt.Fprintf(stderr, "zhpipe: writing output: %v\n", err)
			return exitFailed
		}
	}
	return code
}
