package jsonl

import (
	"bytes"
	"context"
	"encoding/json"
	"strings"
	"sync"
	"testing"

	"golang.org/x/text/encoding/traditionalchinese"

	"github.com/zhpipe/zhpipe/dict"
	"github.com/zhpipe/zhpipe/out"
	"github.com/zhpipe/zhpipe/pipeline/annotate"
)

var testPipeline = sync.OnceValues(func() (*annotate.Pipeline, error) {
	res, err := annotate.LoadResources(dict.Options{})
	if err != nil {
		return nil, err
	}
	return annotate.New(res, annotate.Options{})
})

func pipe(t *testing.T) *annotate.Pipeline {
	t.Helper()
	p, err := testPipeline()
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func TestFileDecodesAndSummarizes(t *testing.T) {
	p := pipe(t)
	text := "臺北市政府昨天宣布，明年起公車票價調漲五元。\n"
	big5, err := traditionalchinese.Big5.NewEncoder().Bytes([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	line, err := File(context.Background(), p, out.Options{}, "news/a/taipei-bus.txt", big5, "")
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Count(line, []byte("\n")) != 1 || line[len(line)-1] != '\n' {
		t.Fatalf("not one line: %q", line)
	}
	var a struct {
		ID     string `json:"id"`
		Source struct {
			Path     string `json:"path"`
			Encoding string `json:"encoding"`
			Bytes    int    `json:"bytes"`
		} `json:"source"`
	}
	if err := json.Unmarshal(line, &a); err != nil {
		t.Fatal(err)
	}
	if a.ID != "taipei-bus" || a.Source.Path != "news/a/taipei-bus.txt" || a.Source.Encoding != "big5" || a.Source.Bytes != len(big5) {
		t.Errorf("id %q, source %+v; want taipei-bus, the path as given, big5, %d bytes", a.ID, a.Source, len(big5))
	}
	// The same as decoding, annotating and summarizing step by step (what
	// the command line's readDoc and jsonl format do).
	d, err := DecodeDoc("news/a/taipei-bus.txt", big5, "")
	if err != nil {
		t.Fatal(err)
	}
	if err := p.Annotate(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	if want, _ := Summary(d, out.Options{}); !bytes.Equal(line, want) {
		t.Error("File differs from DecodeDoc + Annotate + Summary")
	}
	if _, err := File(context.Background(), p, out.Options{}, "bin.txt", []byte("\x00\x01\x02binary\xff"), ""); err == nil {
		t.Error("a binary file gave no error")
	}
}

func TestFileError(t *testing.T) {
	got := string(FileError(`dir/"odd".txt`, "corpus: binary data"))
	if want := `{"path":"dir/\"odd\".txt","error":"corpus: binary data"}` + "\n"; got != want {
		t.Errorf("FileError = %q; want %q", got, want)
	}
}

func TestRecord(t *testing.T) {
	p := pipe(t)
	ctx := context.Background()
	for _, c := range []struct{ line, want string }{
		{"", `{"id":null,"error":"empty line"}`},
		{"  ", `{"id":null,"error":"empty line"}`},
		{`[1, 2]`, `{"id":null,"error":"not a JSON object: `},
		{`{"id": 7}`, `{"id":7,"error":"no \"text\" field"}`},
		{`{"id": "x", "text": ["a"]}`, `{"id":"x","error":"\"text\" is not a string"}`},
	} {
		data, msg, err := Record(ctx, p, out.Options{}, []byte(c.line))
		if err != nil || msg == "" || !strings.HasPrefix(string(data), c.want) || !strings.HasSuffix(string(data), "}\n") {
			t.Errorf("Record(%q) = %q, %q, %v; want an error record starting %s", c.line, data, msg, err, c.want)
		}
	}
	long := append([]byte(`{"id":"long","text":"`), bytes.Repeat([]byte("字"), MaxRecord/3+1)...)
	if data, msg, _ := Record(ctx, p, out.Options{}, long); msg == "" || !strings.Contains(string(data), "longer than") {
		t.Errorf("an over-long record gave %.80q", data)
	}
	data, msg, err := Record(ctx, p, out.Options{}, []byte(`{"id": 12, "text": "\ufeff澳門旅遊局今日發布新措施。\r\n", "url": "https://example.org/1"}`))
	if err != nil || msg != "" {
		t.Fatalf("good record: %q, %v", msg, err)
	}
	var a struct {
		ID     string                     `json:"id"`
		Source struct{ Path string }      `json:"source"`
		Meta   map[string]json.RawMessage `json:"meta"`
		Text   string                     `json:"text"`
	}
	if err := json.Unmarshal(data, &a); err != nil {
		t.Fatal(err)
	}
	if a.ID != "12" || a.Source.Path != "-" || string(a.Meta["url"]) != `"https://example.org/1"` {
		t.Errorf("id %q, path %q, meta %v; want 12, -, the url passed through", a.ID, a.Source.Path, a.Meta)
	}
	// The record's place in a stream does not matter: the same line twice
	// gives the same bytes.
	again, _, _ := Record(ctx, p, out.Options{}, []byte(`{"id": 12, "text": "\ufeff澳門旅遊局今日發布新措施。\r\n", "url": "https://example.org/1"}`))
	if !bytes.Equal(data, again) {
		t.Error("the same record gave different lines")
	}
}
