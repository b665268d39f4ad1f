package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/zhpipe/zhpipe/corpus"
	"github.com/zhpipe/zhpipe/dict"
	"github.com/zhpipe/zhpipe/out"
	"github.com/zhpipe/zhpipe/pipeline/annotate"
	"github.com/zhpipe/zhpipe/pipeline/annotate/jsonl"
)

// runRender writes the standalone HTML page of one article: FILE is either
// an article (annotated with the default pipeline) or a zhpipe/article@1
// summary written by `zhpipe annotate`.
func runRender(ctx context.Context, load loader, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("render", "render [flags] FILE|-", stderr)
	var f annotateFlags
	var output string
	fs.StringVar(&output, "o", "", "write the page to this file (atomically) instead of stdout")
	fs.StringVar(&f.encoding, "encoding", "", "input encoding of an article, overriding detection: "+strings.Join(corpus.Encodings(), ", "))
	fs.StringVar(&f.conv, "convert", "auto", "conversion to Simplified: "+strings.Join(annotate.Conversions(), ", "))
	fs.StringVar(&f.date, "date", "", "the article's date (YYYY-MM-DD) for relative dates; default: found in the text")
	fs.Var(&f.userDicts, "user-dict", "extra dictionary file (WORD [FREQ [POS]] per line); repeatable")
	f.addSegmenterFlag(fs)
	files, err := parseFlags(fs, args)
	if err != nil {
		return flagExit(err)
	}
	if len(files) > 1 {
		fmt.Fprintf(stderr, "zhpipe: render takes one FILE, got %d\n", len(files))
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
	name := "-"
	if len(files) == 1 {
		name = files[0]
	}
	raw, err := renderReadInput(name, stdin)
	if err != nil {
		fmt.Fprintf(stderr, "zhpipe: %s: %v\n", displayName(name), err)
		return exitFailed
	}

	var page bytes.Buffer
	a, err := renderParseSummary(raw)
	switch {
	case err != nil:
		fmt.Fprintf(stderr, "zhpipe: %s: %v\n", displayName(name), err)
		return exitFailed
	case a != nil:
		err = out.WriteHTML(&page, a, out.HTMLOptions{})
	default:
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
		doc, err := jsonl.DecodeDoc(name, raw, f.encoding)
		if err == nil {
			err = p.Annotate(ctx, doc)
		}
		if errors.Is(err, context.Canceled) {
			fmt.Fprintln(stderr, "zhpipe: interrupted")
			return exitInterrupted
		}
		if err != nil {
			fmt.Fprintf(stderr, "zhpipe: %s: %v\n", displayName(name), err)
			return exitFailed
		}
		err = out.WriteHTML(&page, out.NewArticle(doc, out.Options{}), out.HTMLOptions{Alignment: &doc.Align})
	}
	if err != nil {
		fmt.Fprintf(stderr, "zhpipe: %s: %v\n", displayName(name), err)
		return exitFailed
	}
	if err := renderWriteOutput(output, stdout, page.Bytes()); err != nil {
		fmt.Fprintf(stderr, "zhpipe: writing output: %v\n", err)
		return exitFailed
	}
	return exitOK
}

// renderReadInput reads one named input, or stdin for "-".
func renderReadInput(name string, stdin io.Reader) ([]byte, error) {
	r := stdin
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
	return raw, nil
}

// renderParseSummary returns the summary in raw when raw is a JSON object with
// "schema": "zhpipe/article@1"; nil, nil when raw is not JSON (an article);
// an error for JSON of another schema or a summary that does not decode.
func renderParseSummary(raw []byte) (*out.Article, error) {
	trimmed := bytes.TrimSpace(bytes.TrimPrefix(raw, []byte("\ufeff")))
	if len(trimmed) == 0 || trimmed[0] != '{' || !json.Valid(trimmed) {
		return nil, nil
	}
	var head struct {
		Schema string `json:"schema"`
	}
	if err := json.Unmarshal(trimmed, &head); err != nil {
		return nil, nil
	}
	if head.Schema != out.Schema {
		return nil, fmt.Errorf("JSON with schema %q; want a %s summary or an article", head.Schema, out.Schema)
	}
	var a out.Article
	if err := json.Unmarshal(trimmed, &a); err != nil {
		return nil, fmt.Errorf("%s summary: %w", out.Schema, err)
	}
	return &a, nil
}

// renderWriteOutput writes data to stdout, or atomically to the file output.
func renderWriteOutput(output string, stdout io.Writer, data []byte) error {
	if output == "" || output == "-" {
		bw := bufio.NewWriter(stdout)
		if _, err := bw.Write(data); err != nil {
			return err
		}
		return bw.Flush()
	}
	f, err := createAtomic(output)
	if err != nil {
		return err
	}
	defer f.Abort()
	if _, err := f.Write(data); err != nil {
		return err
	}
	return f.Commit()
}
