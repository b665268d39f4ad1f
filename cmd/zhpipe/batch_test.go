package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeTree writes a small input tree: articles in several encodings and
// one bad file.
func writeTree(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	seedText, err := os.ReadFile(seed)
	if err != nil {
		t.Fatal(err)
	}
	paras := strings.Split(strings.TrimSpace(string(seedText)), "\n")
	for i, p := range paras {
		sub := "a"
		if i%2 == 1 {
			sub = "b/c"
		}
		os.MkdirAll(filepath.Join(dir, sub), 0o755)
		os.WriteFile(filepath.Join(dir, sub, fmt.Sprintf("%02d.txt", i)), []byte(p+"\n"), 0o644)
	}
	os.WriteFile(filepath.Join(dir, "a", "bad.txt"), []byte("\x00\x01\x02binary\xff"), 0o644)
	return dir
}

func TestBatchDeterministicAcrossWorkers(t *testing.T) {
	dir := writeTree(t)
	var outs []string
	for _, j := range []string{"1", "2", "4"} {
		r := runCLI(t, "", "annotate", "--jsonl", "-q", "-j", j, dir)
		if r.code != exitFailed || !strings.Contains(r.stderr, "bad.txt") {
			t.Fatalf("-j %s: exit %d, stderr %q; want 1 naming bad.txt", j, r.code, r.stderr)
		}
		outs = append(outs, r.stdout)
	}
	if outs[0] != outs[1] || outs[0] != outs[2] {
		t.Fatal("outputs differ between -j 1, -j 2 and -j 4")
	}
	lines := strings.Split(strings.TrimSpace(outs[0]), "\n")
	if len(lines) != 16 {
		t.Fatalf("%d summaries; want 16 (the bad file skipped)", len(lines))
	}
	// Input order: a/… then b/c/…, each sorted.
	var prev string
	for _, l := range lines {
		var a struct {
			Source struct{ Path string } `json:"source"`
		}
		if err := json.Unmarshal([]byte(l), &a); err != nil {
			t.Fatal(err)
		}
		rel, _ := filepath.Rel(dir, a.Source.Path)
		if rel < prev {
			t.Errorf("%s after %s: not in input order", rel, prev)
		}
		prev = rel
	}
}

func TestBatchOutputDirMirrorsTree(t *testing.T) {
	dir := writeTree(t)
	outDir := filepath.Join(t.TempDir(), "out")
	r := runCLI(t, "", "annotate", "-q", "-o", outDir, "--glob", "0*.txt", dir)
	if r.code != exitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	if r.stdout != "" {
		t.Errorf("stdout = %.100q; want nothing with -o", r.stdout)
	}
	for _, want := range []string{"a/00.json", "b/c/01.json", "a/08.json"} {
		data, err := os.ReadFile(filepath.Join(outDir, want))
		if err != nil {
			t.Errorf("missing %s: %v", want, err)
			continue
		}
		validate(t, data)
	}
	entries, _ := filepath.Glob(filepath.Join(outDir, "a", ".*"))
	if len(entries) > 0 {
		t.Errorf("temporary files left: %v", entries)
	}
}

func TestStreamFilter(t *testing.T) {
	var in strings.Builder
	texts := []string{"美國總統川普簽署行政令。", "", "特朗普表示，2025年7月23日发布计划。", "香港特區政府今日宣布。"}
	for i, text := range texts {
		rec := map[string]any{"id": fmt.Sprintf("r%d", i), "text": text, "source": "test", "n": i}
		b, _ := json.Marshal(rec)
		in.Write(b)
		in.WriteByte('\n')
	}
	in.WriteString("{\"id\": \"broken\", \"text\": 5}\n")
	in.WriteString("{\"id\": \"last\", \"text\": \"完。\"}")
	r1 := runCLI(t, in.String(), "annotate", "--jsonl-in", "-j", "1")
	r2 := runCLI(t, in.String(), "annotate", "--jsonl-in", "-j", "2")
	if r1.stdout != r2.stdout {
		t.Fatal("stream filter output differs between -j 1 and -j 2")
	}
	if r1.code != exitFailed || !strings.Contains(r1.stderr, "1 of 6 records failed") {
		t.Errorf("exit %d, stderr %q; want 1 and one failed record", r1.code, r1.stderr)
	}
	sc := bufio.NewScanner(strings.NewReader(r1.stdout))
	sc.Buffer(nil, 1<<24)
	var ids []string
	for sc.Scan() {
		var rec map[string]any
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			t.Fatalf("output line is not JSON: %v", err)
		}
		ids = append(ids, fmt.Sprint(rec["id"]))
		if rec["id"] == "r2" {
			meta, _ := rec["meta"].(map[string]any)
			if meta["source"] != "test" || meta["n"] != 2.0 {
				t.Errorf("meta = %v; want source and n passed through", meta)
			}
			validate(t, sc.Bytes())
		}
		if rec["id"] == "broken" && rec["error"] == nil {
			t.Error("the broken record has no error field")
		}
	}
	if got := strings.Join(ids, ","); got != "r0,r1,r2,r3,broken,last" {
		t.Errorf("ids = %s; want r0,r1,r2,r3,broken,last", got)
	}
}

func TestBatchBRATAndOverwriteGuard(t *testing.T) {
	dir := writeTree(t)
	outDir := filepath.Join(t.TempDir(), "brat")
	r := runCLI(t, "", "annotate", "-q", "--format", "brat", "-o", outDir, "--glob", "00.txt", dir)
	if r.code != exitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	for _, want := range []string{"annotation.conf", "a/00.txt", "a/00.ann"} {
		if _, err := os.Stat(filepath.Join(outDir, want)); err != nil {
			t.Errorf("missing %s", want)
		}
	}
	orig, _ := os.ReadFile(filepath.Join(dir, "a", "00.txt"))
	copyBack, _ := os.ReadFile(filepath.Join(outDir, "a", "00.txt"))
	if string(orig) != string(copyBack) {
		t.Error("brat's .txt is not the original text")
	}
	// brat into the input directory would overwrite the inputs: refused.
	r = runCLI(t, "", "annotate", "-q", "--format", "brat", "-o", dir, "--glob", "00.txt", dir)
	if r.code == exitOK || !strings.Contains(r.stderr, "overwrite its own input") {
		t.Errorf("exit %d, stderr %q; want a refusal", r.code, r.stderr)
	}
	if again, _ := os.ReadFile(filepath.Join(dir, "a", "00.txt")); string(again) != string(orig) {
		t.Error("the input was overwritten")
	}
}

func TestCorpusHTMLIndex(t *testing.T) {
	src := writeTree(t)
	os.Remove(filepath.Join(src, "a", "bad.txt"))
	dst := filepath.Join(t.TempDir(), "site")
	for round := 0; round < 2; round++ { // the second build reuses every page and still writes the index
		if r := runCLI(t, "", "corpus", "build", "-q", "--format", "html", "--glob", "0*.txt", src, dst); r.code != exitOK {
			t.Fatalf("round %d: exit %d: %s", round, r.code, r.stderr)
		}
		index, err := os.ReadFile(filepath.Join(dst, "index.html"))
		if err != nil {
			t.Fatal(err)
		}
		for _, href := range []string{`href="a/00.html"`, `href="b/c/01.html"`} {
			if !strings.Contains(string(index), href) {
				t.Errorf("round %d: index.html lacks %s", round, href)
			}
		}
		if strings.Contains(string(index), "http://") || strings.Contains(string(index), "https://") {
			t.Error("index.html refers to the network")
		}
	}
}
