// Package jsonl makes zhpipe's JSON Lines: one compact summary line
// (zhpipe/article@1) per article, from a file's raw bytes or from a record
// of the stream filter, or an error record for an input that fails. The
// command line (annotate --jsonl, annotate --jsonl-in) and the Beam
// pipeline (module github.com/zhpipe/zhpipe/beam) both call it, so that
// the same input gives the same bytes whichever of them ran it.
package jsonl

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/zhpipe/zhpipe/corpus"
	"github.com/zhpipe/zhpipe/out"
	"github.com/zhpipe/zhpipe/pipeline"
	"github.com/zhpipe/zhpipe/pipeline/annotate"
)

// MaxInput bounds one input file: the alignment addresses bytes with int32.
const MaxInput = 1 << 30

// MaxRecord bounds one JSON Lines record of the stream filter.
const MaxRecord = 64 << 20

// DecodeDoc decodes the raw bytes of the input called name ("-" for
// standard input) into a new Doc: forced names an encoding that overrides
// detection ("" detects). The Doc's id is the file's base name without its
// extension and its source path is name as given.
func DecodeDoc(name string, raw []byte, forced string) (*pipeline.Doc, error) {
	if len(raw) > MaxInput {
		return nil, fmt.Errorf("larger than %d MiB", MaxInput>>20)
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
	return pipeline.NewDoc(id, src, dec.Text), nil
}

// Summary is an annotated Doc's summary as one line of JSON, newline
// included.
func Summary(d *pipeline.Doc, oo out.Options) ([]byte, error) {
	var b bytes.Buffer
	err := out.Encode(&b, out.NewArticle(d, oo), true)
	return b.Bytes(), err
}

// File decodes, annotates and summarizes the input file called name whose
// contents are raw: the line `zhpipe annotate --jsonl NAME` writes for it.
func File(ctx context.Context, p *annotate.Pipeline, oo out.Options, name string, raw []byte, forced string) ([]byte, error) {
	d, err := DecodeDoc(name, raw, forced)
	if err != nil {
		return nil, err
	}
	if err := p.Annotate(ctx, d); err != nil {
		return nil, err
	}
	return Summary(d, oo)
}

// FileError is the error record of an input file that failed:
// {"path": name, "error": why}, newline included.
func FileError(name, why string) []byte {
	b, _ := json.Marshal(struct {
		Path  string `json:"path"`
		Error string `json:"error"`
	}{name, why})
	return append(b, '\n')
}

// recordError is the error record of a stream record: {"id": id, "error":
// why}, newline included; a missing id is null.
func recordError(id json.RawMessage, why string) []byte {
	if len(id) == 0 {
		id = json.RawMessage("null")
	}
	b, _ := json.Marshal(struct {
		ID    json.RawMessage `json:"id"`
		Error string          `json:"error"`
	}{id, why})
	return append(b, '\n')
}

// Record turns one line of the stream filter's input (without its line
// ending) into one output line: the summary of {"id", "text", …} with the
// other fields under "meta", or, for a bad record, an error record (msg
// then says why) and no error. err is set only when ctx ends. Nothing in
// the output depends on where the record stood in the stream, so any split
// of the input gives the same lines.
func Record(ctx context.Context, p *annotate.Pipeline, oo out.Options, line []byte) (data []byte, msg string, err error) {
	fail := func(id json.RawMessage, why string) ([]byte, string, error) {
		return recordError(id, why), why, nil
	}
	if len(bytes.TrimSpace(line)) == 0 {
		return fail(nil, "empty line")
	}
	if len(line) >= MaxRecord {
		return fail(nil, fmt.Sprintf("record longer than %d MiB", MaxRecord>>20))
	}
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(line, &fields); err != nil {
		return fail(nil, "not a JSON object: "+err.Error())
	}
	id := fields["id"]
	var text string
	raw, ok := fields["text"]
	if !ok {
		return fail(id, `no "text" field`)
	}
	if err := json.Unmarshal(raw, &text); err != nil {
		return fail(id, `"text" is not a string`)
	}
	idStr := "null"
	if len(id) > 0 {
		var s string
		if json.Unmarshal(id, &s) == nil {
			idStr = s
		} else {
			idStr = string(id)
		}
	}
	meta := map[string]any{}
	for k, v := range fields {
		if k == "id" || k == "text" {
			continue
		}
		meta[k] = v
	}
	text = strings.TrimPrefix(strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n"), "\ufeff")
	sum := sha256.Sum256([]byte(text))
	d := pipeline.NewDoc(idStr, pipeline.Source{Path: "-", SHA256: hex.EncodeToString(sum[:]), Encoding: "utf-8", Bytes: len(text)}, text)
	if err := p.Annotate(ctx, d); err != nil {
		if ctx.Err() != nil {
			return nil, "", err
		}
		return fail(id, err.Error())
	}
	a := out.NewArticle(d, oo)
	if len(meta) > 0 {
		a.Meta = meta
	}
	var b bytes.Buffer
	if err := out.Encode(&b, a, true); err != nil {
		return fail(id, err.Error())
	}
	return b.Bytes(), "", nil
}
