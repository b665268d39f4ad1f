package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"sync"

	"github.com/zhpipe/zhpipe/corpus/batch"
	"github.com/zhpipe/zhpipe/out"
	"github.com/zhpipe/zhpipe/pipeline"
	"github.com/zhpipe/zhpipe/pipeline/annotate/jsonl"
)

// outputFile is one rendered output of an article: Suffix replaces the
// input's extension when writing under -o.
type outputFile struct {
	Suffix string
	Data   []byte
	// pooled is set when Data is a buffer from renderBufs: the caller that
	// has written Data out may hand it back with recycle.
	pooled bool
}

// renderBufs holds the output buffers of single-file formats for reuse: a
// batch renders thousands of documents, and growing a fresh buffer for
// each (doubling up to the document's size) allocated more than the
// output itself.
var renderBufs = sync.Pool{New: func() any {
	b := make([]byte, 0, 64<<10)
	return &b
}}

// maxPooledRender is the largest buffer kept for reuse; the summary of a
// large document is returned to the collector rather than held.
const maxPooledRender = 4 << 20

// recycle hands a written output's buffer back for the next document. Only
// the caller that owns of, after the last use of of.Data, may call it.
// The next document's buffer starts empty (its length is reset), so
// nothing of this output can reach another one.
func (of *outputFile) recycle() {
	if !of.pooled || cap(of.Data) > maxPooledRender {
		return
	}
	b := of.Data[:0]
	of.Data, of.pooled = nil, false
	renderBufs.Put(&b)
}

// format renders an annotated Doc.
type format struct {
	name   string
	stdout bool // can be written to stdout (one stream for all inputs)
	render func(d *pipeline.Doc, opts out.Options) ([]outputFile, error)
	// write writes the one output of a stdout format as it is made.
	write func(w io.Writer, d *pipeline.Doc, opts out.Options) error
}

// single makes the render function of a format with one output file.
func single(suffix string, write func(io.Writer, *pipeline.Doc, out.Options) error) func(*pipeline.Doc, out.Options) ([]outputFile, error) {
	return func(d *pipeline.Doc, o out.Options) ([]outputFile, error) {
		bp := renderBufs.Get().(*[]byte)
		b := bytes.NewBuffer((*bp)[:0])
		err := write(b, d, o)
		return []outputFile{{suffix, b.Bytes(), true}}, err
	}
}

var (
	writeJSON = func(w io.Writer, d *pipeline.Doc, o out.Options) error {
		return out.Encode(w, out.NewArticle(d, o), false)
	}
	writeJSONL = func(w io.Writer, d *pipeline.Doc, o out.Options) error {
		return out.Encode(w, out.NewArticle(d, o), true)
	}
	writeCoNLLU = func(w io.Writer, d *pipeline.Doc, _ out.Options) error { return out.WriteCoNLLU(w, d) }
	writeHTML   = func(w io.Writer, d *pipeline.Doc, o out.Options) error {
		return out.WriteHTML(w, out.NewArticle(d, o), out.HTMLOptions{Alignment: &d.Align})
	}
)

var formats = []format{
	{"json", true, single(".json", writeJSON), writeJSON},
	{"jsonl", true, func(d *pipeline.Doc, o out.Options) ([]outputFile, error) {
		b, err := jsonl.Summary(d, o)
		return []outputFile{{Suffix: ".jsonl", Data: b}}, err
	}, writeJSONL},
	{"conllu", true, single(".conllu", writeCoNLLU), writeCoNLLU},
	{"html", true, single(".html", writeHTML), writeHTML},
	{"brat", false, func(d *pipeline.Doc, _ out.Options) ([]outputFile, error) {
		var txt, ann bytes.Buffer
		err := out.WriteBRAT(&txt, &ann, d)
		return []outputFile{{Suffix: ".txt", Data: txt.Bytes()}, {Suffix: ".ann", Data: ann.Bytes()}}, err
	}, nil},
}

// hasFormat reports whether fms includes the named format.
func hasFormat(fms []format, name string) bool {
	for _, f := range fms {
		if f.name == name {
			return true
		}
	}
	return false
}

// indexEntry is an article's line in the HTML index page, as JSON.
func indexEntry(d *pipeline.Doc, o out.Options, href string) json.RawMessage {
	b, _ := json.Marshal(out.NewHTMLIndexEntry(out.NewArticle(d, o), href))
	return b
}

// writeIndex writes dir/index.html listing entries in order.
func writeIndex(dir string, entries []json.RawMessage) error {
	list := make([]out.HTMLIndexEntry, 0, len(entries))
	for _, raw := range entries {
		var e out.HTMLIndexEntry
		if err := json.Unmarshal(raw, &e); err != nil {
			return err
		}
		list = append(list, e)
	}
	var b bytes.Buffer
	if err := out.WriteHTMLIndex(&b, list); err != nil {
		return err
	}
	return batch.WriteFile(filepath.Join(dir, "index.html"), b.Bytes())
}

// formatSetup writes the files a format needs once per output directory
// (brat's annotation.conf); it returns their paths relative to dir.
func formatSetup(dir string, fms []format) ([]string, error) {
	var written []string
	for _, fm := range fms {
		if fm.name != "brat" {
			continue
		}
		var b bytes.Buffer
		if err := out.WriteBRATConfig(&b); err != nil {
			return nil, err
		}
		if err := batch.WriteFile(filepath.Join(dir, "annotation.conf"), b.Bytes()); err != nil {
			return nil, err
		}
		written = append(written, "annotation.conf")
	}
	return written, nil
}

func formatNames() []string {
	var names []string
	for _, f := range formats {
		names = append(names, f.name)
	}
	return names
}

func lookupFormat(name string) (format, error) {
	for _, f := range formats {
		if f.name == name {
			return f, nil
		}
	}
	return format{}, fmt.Errorf("unknown format %q (want one of %s)", name, strings.Join(formatNames(), ", "))
}

// parseFormats reads a comma-separated list of formats.
func parseFormats(list string) ([]format, error) {
	var fs []format
	seen := map[string]bool{}
	for _, name := range strings.Split(list, ",") {
		name = strings.TrimSpace(name)
		if name == "" || seen[name] {
			continue
		}
		seen[name] = true
		f, err := lookupFormat(name)
		if err != nil {
			return nil, err
		}
		fs = append(fs, f)
	}
	if len(fs) == 0 {
		return nil, fmt.Errorf("no output format given")
	}
	return fs, nil
}
