package main

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/zhpipe/zhpipe/dict"
	"github.com/zhpipe/zhpipe/out"
	"github.com/zhpipe/zhpipe/pipeline/annotate"
)

var update = flag.Bool("update", false, "rewrite golden files")

type result struct {
	code           int
	stdout, stderr string
}

// sharedLoad loads the default resources once for all tests; user
// dictionaries still load fresh.
var defaultRes = sync.OnceValues(func() (*annotate.Resources, error) { return annotate.LoadResources(dict.Options{}) })

func sharedLoad(opts dict.Options) (*annotate.Resources, error) {
	if len(opts.UserDicts) > 0 || opts.Segmenter != "" && opts.Segmenter != "model" {
		return annotate.LoadResources(opts)
	}
	return defaultRes()
}

func runCLI(t *testing.T, stdin string, args ...string) result {
	t.Helper()
	var o, e bytes.Buffer
	code := runWith(context.Background(), sharedLoad, args, strings.NewReader(stdin), &o, &e)
	return result{code, o.String(), e.String()}
}

const seed = "../../testdata/seed-article.txt"

func TestCLI(t *testing.T) {
	dir := t.TempDir()
	binary := filepath.Join(dir, "image.png")
	os.WriteFile(binary, []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00"), 0o644)
	empty := filepath.Join(dir, "empty.txt")
	os.WriteFile(empty, nil, 0o644)
	tests := []struct {
		name     string
		args     []string
		stdin    string
		code     int
		stdout   string // substring
		stderr   string // substring
		noStdout bool
	}{
		{name: "no args", args: nil, code: exitUsage, stderr: "Usage:"},
		{name: "unknown command", args: []string{"frobnicate"}, code: exitUsage, stderr: `unknown command "frobnicate"`},
		{name: "help", args: []string{"help"}, code: exitOK, stdout: "zhpipe annotate"},
		{name: "version", args: []string{"version"}, code: exitOK, stdout: "zhpipe "},
		{name: "configs", args: []string{"configs"}, code: exitOK, stdout: "tw2sp\n"},
		{name: "convert stdin", args: []string{"convert", "-c", "tw2sp"}, stdin: "人工智慧與資料中心\n晶片", code: exitOK, stdout: "人工智能与数据中心\n芯片"},
		{name: "convert .json config", args: []string{"convert", "-c", "s2twp.json"}, stdin: "软件\n", code: exitOK, stdout: "軟體\n"},
		{name: "convert unknown config", args: []string{"convert", "-c", "x2y"}, code: exitUsage, stderr: "x2y"},
		{name: "convert missing file", args: []string{"convert", "-c", "t2s", "/nonexistent/a.txt"}, code: exitFailed, stderr: "zhpipe: /nonexistent/a.txt: no such file or directory"},
		{name: "outline", args: []string{"outline", seed}, code: exitOK, stdout: "三大發展支柱: announced 3, found 3 ✓"},
		{name: "outline stdin mismatch", args: []string{"outline"}, stdin: "報告提出三大目標：一是穩增長，二是防風險。", code: exitOK, stdout: "announced 3, found 2 ✗"},
		{name: "annotate stdin", args: []string{"annotate", "-"}, stdin: "美國總統川普", code: exitOK, stdout: `"schema": "zhpipe/article@1"`},
		{name: "annotate jsonl flag after file", args: []string{"annotate", "-", "--jsonl"}, stdin: "軟體", code: exitOK, stdout: `{"schema":"zhpipe/article@1"`},
		{name: "annotate binary", args: []string{"annotate", binary}, code: exitFailed, stderr: "zhpipe: " + binary + ": corpus:", noStdout: true},
		{name: "annotate missing", args: []string{"annotate", "/nonexistent/a.txt"}, code: exitFailed, stderr: "zhpipe: /nonexistent/a.txt: ", noStdout: true},
		{name: "annotate dir goes on past a bad file", args: []string{"annotate", "--jsonl", dir}, code: exitFailed, stdout: `"id":"empty"`, stderr: "1 of 2 inputs failed"},
		{name: "annotate dir glob", args: []string{"annotate", "--glob", "*.txt", "-q", dir}, code: exitOK, stdout: `"id": "empty"`},
		{name: "annotate bad glob", args: []string{"annotate", "--glob", "[x", dir}, code: exitFailed, stderr: "bad glob"},
		{name: "annotate conllu", args: []string{"annotate", "--format", "conllu", seed}, code: exitOK, stdout: "# sent_id = seed-article-1\n"},
		{name: "annotate brat needs -o", args: []string{"annotate", "--format", "brat", seed}, code: exitUsage, stderr: "format"},
		{name: "annotate bad -j", args: []string{"annotate", "-j", "0", seed}, code: exitUsage, stderr: "-j 0"},
		{name: "jsonl-in", args: []string{"annotate", "--jsonl-in", "-j", "2"}, stdin: "{\"id\":\"a\",\"text\":\"美國總統川普\",\"src\":\"x\"}\n{\"id\":7,\"text\":\"特朗普\"}\n", code: exitOK, stdout: `"id":"7"`},
		{name: "jsonl-in bad record", args: []string{"annotate", "--jsonl-in"}, stdin: "{\"id\":\"a\"}\nnot json\n{\"id\":\"c\",\"text\":\"好\"}\n", code: exitFailed, stdout: `{"id":"a","error":"no \"text\" field"}`, stderr: "<stdin>:2: not a JSON object"},
		{name: "jsonl-in with files", args: []string{"annotate", "--jsonl-in", seed}, code: exitUsage, stderr: "--jsonl-in"},
		{name: "annotate empty", args: []string{"annotate", empty}, code: exitOK, stdout: `"chars": 0`},
		{name: "annotate bad encoding", args: []string{"annotate", "--encoding", "ebcdic", seed}, code: exitUsage, stderr: "ebcdic"},
		{name: "annotate bad convert", args: []string{"annotate", "--convert", "x2y", seed}, code: exitUsage, stderr: "x2y"},
		{name: "annotate bad flag", args: []string{"annotate", "--nope", seed}, code: exitUsage, stderr: "nope"},
		{name: "annotate missing user dict", args: []string{"annotate", "--user-dict", "/nonexistent/d.txt", seed}, code: exitSetup, stderr: "/nonexistent/d.txt"},
		{name: "batch goes on past a bad file", args: []string{"annotate", "--jsonl", binary, empty}, code: exitFailed, stdout: `"chars":0`, stderr: "1 of 2 inputs failed"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := runCLI(t, tc.stdin, tc.args...)
			if r.code != tc.code {
				t.Errorf("exit code = %d; want %d (stderr %q)", r.code, tc.code, r.stderr)
			}
			if !strings.Contains(r.stdout, tc.stdout) {
				t.Errorf("stdout = %.300q; want it to contain %q", r.stdout, tc.stdout)
			}
			if !strings.Contains(r.stderr, tc.stderr) {
				t.Errorf("stderr = %q; want it to contain %q", r.stderr, tc.stderr)
			}
			if tc.noStdout && r.stdout != "" {
				t.Errorf("stdout = %.200q; want nothing", r.stdout)
			}
			if strings.Contains(r.stderr, "panic") || strings.Contains(r.stderr, "goroutine ") {
				t.Errorf("stderr shows a panic: %s", r.stderr)
			}
		})
	}
}

func TestConvertOutputAtomic(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "out.txt")
	os.WriteFile(target, []byte("old content that is longer than the new one\n"), 0o644)
	r := runCLI(t, "軟體\n", "convert", "-c", "tw2sp", "-o", target)
	if r.code != exitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	got, _ := os.ReadFile(target)
	if string(got) != "软件\n" {
		t.Errorf("output file = %q; want %q (truncated, not overwritten in place)", got, "软件\n")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("temporary files left behind: %v", entries)
	}
}

// TestSeedGolden annotates the sample article, validates the summary
// against the JSON Schema, checks that every span cuts its own text out of
// the original, and compares with the golden file (go test -update).
func TestSeedGolden(t *testing.T) {
	r := runCLI(t, "", "annotate", "--tokens", seed)
	if r.code != exitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	validate(t, []byte(r.stdout))
	checkSpans(t, []byte(r.stdout))
	golden := filepath.Join("testdata", "seed.golden.json")
	if *update {
		os.MkdirAll("testdata", 0o755)
		if err := os.WriteFile(golden, []byte(r.stdout), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	validate(t, want)
	if r.stdout != string(want) {
		t.Errorf("summary of the seed differs from %s; review the diff and run go test ./cmd/zhpipe -update", golden)
	}
	// Byte-identical on a second run: deterministic.
	if again := runCLI(t, "", "annotate", "--tokens", seed); again.stdout != r.stdout {
		t.Error("two runs on the same input differ")
	}
}

func validate(t *testing.T, doc []byte) {
	t.Helper()
	c := jsonschema.NewCompiler()
	schemaDoc, err := jsonschema.UnmarshalJSON(bytes.NewReader(out.SchemaJSON))
	if err != nil {
		t.Fatal(err)
	}
	if err := c.AddResource("article.schema.json", schemaDoc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile("article.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	dec := json.NewDecoder(bytes.NewReader(doc))
	for dec.More() {
		var v any
		if err := dec.Decode(&v); err != nil {
			t.Fatal(err)
		}
		inst, _ := jsonschema.UnmarshalJSON(bytes.NewReader(mustJSON(t, v)))
		if err := sch.Validate(inst); err != nil {
			t.Errorf("summary does not validate against the schema: %v", err)
		}
	}
}

func mustJSON(t *testing.T, v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// checkSpans walks a summary: every object with text, start and end must
// satisfy text == runes(original)[start:end].
func checkSpans(t *testing.T, doc []byte) {
	t.Helper()
	var v map[string]any
	if err := json.Unmarshal(doc, &v); err != nil {
		t.Fatal(err)
	}
	text, _ := v["text"].(string)
	runes := []rune(text)
	n, bad := 0, 0
	var walk func(x any, path string)
	walk = func(x any, path string) {
		switch x := x.(type) {
		case map[string]any:
			s, okS := x["start"].(float64)
			e, okE := x["end"].(float64)
			if okS && okE {
				if int(s) < 0 || int(e) > len(runes) || s > e {
					t.Errorf("%s: span %v..%v outside the text", path, s, e)
					bad++
				} else if txt, ok := x["text"].(string); ok {
					n++
					if got := string(runes[int(s):int(e)]); got != txt {
						bad++
						if bad < 10 {
							t.Errorf("%s: text %q but original[%v:%v] = %q", path, txt, s, e, got)
						}
					}
				}
			}
			for k, c := range x {
				if k != "text" {
					walk(c, path+"."+k)
				}
			}
		case []any:
			for _, c := range x {
				walk(c, path+"[]")
			}
		}
	}
	walk(v, "")
	if n == 0 {
		t.Error("no spans with text found")
	}
	if !utf8.ValidString(text) {
		t.Error("text is not UTF-8")
	}
	t.Logf("%d spans cut their text", n-bad)
}
