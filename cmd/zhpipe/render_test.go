package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/zhpipe/zhpipe/out"
)

// renderCLI calls runRender directly (the command table wires it as
// `zhpipe render`).
func renderCLI(t *testing.T, stdin string, args ...string) result {
	t.Helper()
	var o, e bytes.Buffer
	code := runRender(context.Background(), sharedLoad, args, strings.NewReader(stdin), &o, &e)
	return result{code, o.String(), e.String()}
}

// renderedData extracts and checks the page data: every highlight covers
// its text in both texts, counted in UTF-16 units as JavaScript does.
func renderedData(t *testing.T, page string) *out.HTMLData {
	t.Helper()
	const open = `<script type="application/json" id="zhpipe-data">`
	i := strings.Index(page, open)
	j := strings.Index(page[max(i, 0):], "</script>")
	if i < 0 || j < 0 {
		t.Fatalf("no page data in %.200q", page)
	}
	var d out.HTMLData
	if err := json.Unmarshal([]byte(page[i+len(open):i+j]), &d); err != nil {
		t.Fatalf("page data: %v", err)
	}
	slice := func(s string, a, b int) string {
		u := utf16.Encode([]rune(s))
		if a < 0 || b < a || b > len(u) {
			return "<out of range>"
		}
		return string(utf16.Decode(u[a:b]))
	}
	for k, h := range d.Highlights {
		if got := slice(d.Text, h.Start, h.End); got != h.Text {
			t.Errorf("highlight %d: text[%d:%d] = %q; want %q", k, h.Start, h.End, got, h.Text)
		}
		if got := slice(d.Simplified, h.SStart, h.SEnd); got != h.Simplified {
			t.Errorf("highlight %d: simplified[%d:%d] = %q; want %q", k, h.SStart, h.SEnd, got, h.Simplified)
		}
	}
	return &d
}

func TestRender(t *testing.T) {
	dir := t.TempDir()
	other := filepath.Join(dir, "other.json")
	os.WriteFile(other, []byte(`{"schema":"zhpipe/corpus@1","files":[]}`), 0o644)
	tests := []struct {
		name   string
		args   []string
		stdin  string
		code   int
		stdout string // substring
		stderr string // substring
	}{
		{name: "stdin article", args: nil, stdin: "美國總統川普2025年7月23日在白宮簽署行政令。", code: exitOK, stdout: `"type":"person"`},
		{name: "dash", args: []string{"-"}, stdin: "軟體", code: exitOK, stdout: "<!DOCTYPE html>"},
		{name: "empty", args: []string{"-"}, stdin: "", code: exitOK, stdout: `"highlights":[]`},
		{name: "astral", args: []string{"-"}, stdin: "𠮷野家的㑮先生在美國", code: exitOK, stdout: `"simplified":"𠮷野家的𫝈先生在美国"`},
		{name: "script in the article is inert", args: []string{"-"}, stdin: "<script>alert(1)</script>川普", code: exitOK, stdout: `\u003cscript\u003ealert(1)`},
		{name: "two files", args: []string{seed, seed}, code: exitUsage, stderr: "one FILE"},
		{name: "missing", args: []string{"/nonexistent/a.txt"}, code: exitFailed, stderr: "zhpipe: /nonexistent/a.txt: "},
		{name: "directory", args: []string{dir}, code: exitFailed, stderr: "is a directory"},
		{name: "other JSON", args: []string{other}, code: exitFailed, stderr: `schema "zhpipe/corpus@1"`},
		{name: "broken summary", args: []string{"-"}, stdin: `{"schema":"zhpipe/article@1","text":"川普","people":[{"id":"P1","mentions":[{"text":"川普","start":0,"end":9}]}]}`, code: exitFailed, stderr: "outside the text"},
		{name: "bad flag", args: []string{"--nope", seed}, code: exitUsage, stderr: "nope"},
		{name: "bad encoding", args: []string{"--encoding", "ebcdic", seed}, code: exitUsage, stderr: "ebcdic"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := renderCLI(t, tc.stdin, tc.args...)
			if r.code != tc.code {
				t.Errorf("exit code = %d; want %d (stderr %q)", r.code, tc.code, r.stderr)
			}
			if !strings.Contains(r.stdout, tc.stdout) {
				t.Errorf("stdout = %.300q; want it to contain %q", r.stdout, tc.stdout)
			}
			if !strings.Contains(r.stderr, tc.stderr) {
				t.Errorf("stderr = %q; want it to contain %q", r.stderr, tc.stderr)
			}
			if tc.code != exitOK && r.stdout != "" {
				t.Errorf("stdout = %.200q; want nothing on failure", r.stdout)
			}
			if tc.code == exitOK {
				renderedData(t, r.stdout)
				if n := strings.Count(r.stdout, "<script"); n != 2 {
					t.Errorf("page has %d <script> elements; want 2", n)
				}
			}
		})
	}
}

// TestRenderSeedTextAndJSON renders the seed from its text and from its
// summary: the highlights are the same, and the alignment derived from the
// summary's two texts gives the same Simplified forms as the recorded one.
func TestRenderSeedTextAndJSON(t *testing.T) {
	dir := t.TempDir()
	fromText := renderCLI(t, "", seed)
	if fromText.code != exitOK {
		t.Fatalf("render %s: exit %d: %s", seed, fromText.code, fromText.stderr)
	}
	summary := runCLI(t, "", "annotate", seed)
	if summary.code != exitOK {
		t.Fatalf("annotate: exit %d: %s", summary.code, summary.stderr)
	}
	js := filepath.Join(dir, "seed.json")
	os.WriteFile(js, []byte(summary.stdout), 0o644)
	target := filepath.Join(dir, "seed.html")
	os.WriteFile(target, []byte("an older, longer page that must be replaced entirely"), 0o644)
	fromJSON := renderCLI(t, "", js, "-o", target)
	if fromJSON.code != exitOK || fromJSON.stdout != "" {
		t.Fatalf("render -o: exit %d, stdout %.100q, stderr %s", fromJSON.code, fromJSON.stdout, fromJSON.stderr)
	}
	page, err := os.ReadFile(target)
	if err != nil {
		t.Fatal(err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 2 {
		t.Errorf("%d files in the output directory; want 2 (no temporary file left)", len(entries))
	}
	a, b := renderedData(t, fromText.stdout), renderedData(t, string(page))
	if len(a.Highlights) == 0 || len(a.Highlights) != len(b.Highlights) {
		t.Fatalf("%d highlights from the text, %d from the summary; want the same, more than none", len(a.Highlights), len(b.Highlights))
	}
	types := map[string]bool{}
	for k := range a.Highlights {
		x, y := a.Highlights[k], b.Highlights[k]
		types[x.Type] = true
		if x.Text != y.Text || x.Start != y.Start || x.End != y.End {
			t.Errorf("highlight %d: %q [%d, %d) from the text; %q [%d, %d) from the summary", k, x.Text, x.Start, x.End, y.Text, y.Start, y.End)
		}
		if x.Simplified != y.Simplified {
			t.Errorf("highlight %d %q: Simplified %q with the recorded alignment; %q with the derived one", k, x.Text, x.Simplified, y.Simplified)
		}
	}
	for _, typ := range out.HighlightTypes() {
		if !types[typ] {
			t.Errorf("the seed's page has no %s highlight", typ)
		}
	}
}
