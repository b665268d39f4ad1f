package zhbeam_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"

	zhbeam "github.com/zhpipe/zhpipe/beam"
	"github.com/zhpipe/zhpipe/internal/corpusgen"
	"github.com/zhpipe/zhpipe/internal/shared"
)

// binaries builds zhpipe-beam and zhpipe once for the tests.
var binaries struct {
	beam, zhpipe string
	err          error
	done         bool
}

func build(t *testing.T) (beamBin, zhpipeBin string) {
	t.Helper()
	if !binaries.done {
		binaries.done = true
		goBin, err := exec.LookPath("go")
		if err != nil {
			t.Skip("skipping: the go command is not on PATH")
		}
		dir, err := os.MkdirTemp("", "zhpipe-beam-test")
		if err != nil {
			t.Fatal(err)
		}
		binaries.beam, binaries.zhpipe = filepath.Join(dir, "zhpipe-beam"), filepath.Join(dir, "zhpipe")
		for _, b := range [][2]string{{binaries.beam, "./cmd/zhpipe-beam"}, {binaries.zhpipe, "github.com/zhpipe/zhpipe/cmd/zhpipe"}} {
			if out, err := exec.Command(goBin, "build", "-tags", "ne", "-trimpath", "-o", b[0], b[1]).CombinedOutput(); err != nil {
				binaries.err = fmt.Errorf("go build %s: %v\n%s", b[1], err, out)
				break
			}
		}
	}
	if binaries.err != nil {
		t.Fatal(binaries.err)
	}
	return binaries.beam, binaries.zhpipe
}

func TestMain(m *testing.M) {
	code := m.Run()
	if binaries.beam != "" {
		os.RemoveAll(filepath.Dir(binaries.beam))
	}
	os.Exit(code)
}

// TestPrismRepository runs the pipeline under prism on inputs written from
// the repository alone: the seed article's paragraphs as files in three
// encodings and as records, with the bad inputs of the batch and stream
// filter tests.
func TestPrismRepository(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping: builds and runs the Beam pipeline")
	}
	seed, err := os.ReadFile(filepath.Join("..", "testdata", "seed-article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	src, recs := t.TempDir(), t.TempDir()
	paras := strings.Split(strings.TrimSpace(string(seed)), "\n")
	var records []string
	for i, p := range paras {
		data := []byte(p + "\n")
		switch i % 3 {
		case 1:
			if b, err := traditionalchinese.Big5.NewEncoder().Bytes(data); err == nil {
				data = b
			}
		case 2:
			data = append([]byte("\ufeff"), bytes.ReplaceAll(data, []byte("\n"), []byte("\r\n"))...)
		}
		writeFile(t, filepath.Join(src, fmt.Sprintf("p%d", i%2), fmt.Sprintf("%02d.txt", i)), data)
		rec, _ := json.Marshal(map[string]any{"id": fmt.Sprintf("seed-%02d", i), "text": p, "para": i})
		records = append(records, string(rec))
	}
	badFiles(t, src, paras[0])
	writeFile(t, filepath.Join(src, ".hidden", "skipped.txt"), []byte("不讀這個檔案。\n"))
	writeFile(t, filepath.Join(src, "p0", "notes.md"), []byte("不是 .txt\n"))
	runCase(t, src, recs, records)
}

// TestPrismPeoplesDaily runs the pipeline under prism on 300 People's Daily
// 1998 articles written as files in mixed encodings (UTF-8, GB18030,
// UTF-16, UTF-8 with BOM and CRLF, Big5) with the batch tests' bad files,
// and on the UTF-8 ones again as JSON Lines records.
func TestPrismPeoplesDaily(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping: builds and runs the Beam pipeline")
	}
	pd := shared.Path(t, "eval", "corpus", "pd1998", "199801.utf8.txt")
	sharedDir := filepath.Dir(filepath.Dir(filepath.Dir(filepath.Dir(pd))))
	src, recs := t.TempDir(), t.TempDir()
	res, err := corpusgen.Generate(sharedDir, src, corpusgen.Options{MaxArticles: 300})
	if err != nil {
		t.Fatal(err)
	}
	if res.Files != 300+len(res.Bad)+10 {
		t.Fatalf("corpusgen wrote %d files; want 300 articles, %d bad and 10 empty", res.Files, len(res.Bad))
	}
	var records []string
	filepath.WalkDir(src, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.Contains(p, string(filepath.Separator)+"bad"+string(filepath.Separator)) {
			return err
		}
		data, _ := os.ReadFile(p)
		if len(data) == 0 || !utf8.Valid(data) || bytes.HasPrefix(data, []byte("\ufeff")) {
			return nil
		}
		rec, _ := json.Marshal(map[string]any{"id": strings.TrimSuffix(filepath.Base(p), ".txt"), "text": string(data), "corpus": "pd1998"})
		records = append(records, string(rec))
		return nil
	})
	if len(records) < 90 {
		t.Fatalf("only %d UTF-8 articles for records", len(records))
	}
	badFiles(t, src, "全国人民代表大会常务委员会今天举行会议。")
	runCase(t, src, recs, records)
}

// badFiles adds the bad inputs of the batch tests under src/bad-batch.
func badFiles(t *testing.T, src, text string) {
	gbk, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	for len(gbk) > 0 && gbk[len(gbk)-1] < 0x80 {
		gbk = gbk[:len(gbk)-1]
	}
	for name, data := range map[string][]byte{
		"binary.txt":        []byte("\x00\x01\x02binary\xff"),
		"invalid-utf8.txt":  []byte("有效的文字\xff\xfe\xfd然後\x80無效"),
		"truncated-gbk.txt": gbk[:len(gbk)-1],
		"empty.txt":         nil, // not bad: an empty article
	} {
		writeFile(t, filepath.Join(src, "bad-batch", name), data)
	}
}

// badRecords are the stream filter test's bad records (and a CRLF line).
var badRecords = []string{
	"",
	`{"id": "broken", "text": 5}`,
	`{"id": 42}`,
	`not json`,
	"{\"id\": \"crlf\", \"text\": \"澳門旅遊局今日發布新措施。\"}\r",
}

func writeFile(t *testing.T, p string, data []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
}

// runCase writes the records into two files under recs, runs zhpipe-beam
// on src's .txt files and the records, and checks its output against
// zhpipe annotate --jsonl and --jsonl-in on the same inputs.
func runCase(t *testing.T, src, recs string, records []string) {
	beamBin, zhpipeBin := build(t)
	records = append(records, badRecords...)
	half := len(records) / 2
	var recFiles []string
	var recBytes int64
	for i, part := range [][]string{records[:half], records[half:]} {
		p := filepath.Join(recs, fmt.Sprintf("records-%d.jsonl", i))
		writeFile(t, p, []byte(strings.Join(part, "\n")+"\n"))
		recFiles = append(recFiles, p)
		for _, r := range part {
			recBytes += int64(len(strings.TrimRight(r, "\r")))
		}
	}
	files, err := zhbeam.Match(filepath.Join(src, "**", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	var fileBytes int64
	for _, f := range files {
		st, _ := os.Stat(f)
		fileBytes += st.Size()
		if strings.Contains(f, ".hidden") || !strings.HasSuffix(f, ".txt") {
			t.Errorf("Match returned %s", f)
		}
	}

	// The reference: the zhpipe command on the same inputs.
	start := time.Now()
	want := map[string]string{} // path or id → line
	cli := exec.Command(zhpipeBin, append([]string{"annotate", "--jsonl", "-q", "-j", "2"}, files...)...)
	var stdout, stderr bytes.Buffer
	cli.Stdout, cli.Stderr = &stdout, &stderr
	cli.Run()
	for _, line := range lines(stdout.String()) {
		var a struct {
			Source struct{ Path string } `json:"source"`
		}
		if err := json.Unmarshal([]byte(line), &a); err != nil {
			t.Fatal(err)
		}
		want["path:"+a.Source.Path] = line
	}
	for _, l := range strings.Split(stderr.String(), "\n") {
		for _, f := range files {
			if msg, ok := strings.CutPrefix(l, "zhpipe: "+f+": "); ok {
				want["path:"+f] = strings.TrimSuffix(string(mustFileError(f, msg)), "\n")
			}
		}
	}
	for _, rf := range recFiles {
		in, _ := os.Open(rf)
		cli := exec.Command(zhpipeBin, "annotate", "--jsonl-in", "-j", "2")
		cli.Stdin = in
		out, _ := cli.Output()
		in.Close()
		for _, line := range lines(string(out)) {
			want[recordKey(t, line)] = line
		}
	}
	cliWall := time.Since(start)
	if len(want) != len(files)+len(records) {
		t.Fatalf("zhpipe gave %d lines for %d files and %d records", len(want), len(files), len(records))
	}

	// The Beam pipeline under prism.
	outDir := t.TempDir()
	const shards = 3
	start = time.Now()
	cmd := exec.Command(beamBin, "--runner", "prism", "--input", filepath.Join(src, "**", "*.txt"),
		"--jsonl-in", filepath.Join(recs, "records-*.jsonl"), "--output", filepath.Join(outDir, "summaries"), "--shards", strconv.Itoa(shards))
	stdout.Reset()
	stderr.Reset()
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err = cmd.Run()
	beamWall := time.Since(start)
	code := cmd.ProcessState.ExitCode()
	if code != 1 {
		t.Fatalf("zhpipe-beam: exit %d (%v); want 1 (some inputs failed)\n%s", code, err, tail(stderr.String(), 4000))
	}
	t.Logf("%d files (%.2f MB) and %d records (%.2f MB): zhpipe-beam under prism %v; zhpipe annotate --jsonl + --jsonl-in (-j 2) %v",
		len(files), float64(fileBytes)/1e6, len(records), float64(recBytes)/1e6, beamWall.Round(time.Millisecond), cliWall.Round(time.Millisecond))

	// Every shard is there, nothing else.
	entries, _ := os.ReadDir(outDir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	var wantNames []string
	for i := 0; i < shards; i++ {
		wantNames = append(wantNames, filepath.Base(zhbeam.ShardName("summaries", i, shards, ".jsonl")))
	}
	if strings.Join(names, " ") != strings.Join(wantNames, " ") {
		t.Errorf("output files %v; want %v", names, wantNames)
	}
	got := map[string]string{}
	summaries, failures, badRecs := 0, 0, 0
	for _, n := range names {
		data, err := os.ReadFile(filepath.Join(outDir, n))
		if err != nil {
			t.Fatal(err)
		}
		if len(data) > 0 && data[len(data)-1] != '\n' {
			t.Errorf("%s does not end in a newline", n)
		}
		for _, line := range lines(string(data)) {
			var rec struct {
				Path   *string         `json:"path"`
				ID     json.RawMessage `json:"id"`
				Error  *string         `json:"error"`
				Source *struct {
					Path string `json:"path"`
				} `json:"source"`
			}
			if err := json.Unmarshal([]byte(line), &rec); err != nil {
				t.Fatalf("%s: not JSON: %.200s", n, line)
			}
			var key string
			switch {
			case rec.Error != nil && rec.Path != nil:
				key = "path:" + *rec.Path
			case rec.Error != nil || (rec.Source != nil && rec.Source.Path == "-"):
				key = recordKey(t, line)
				if rec.Error != nil {
					badRecs++
				}
			case rec.Source != nil:
				key = "path:" + rec.Source.Path
			default:
				t.Fatalf("%s: neither a summary nor an error record: %.200s", n, line)
			}
			if rec.Error != nil {
				failures++
			} else {
				summaries++
			}
			if _, dup := got[key]; dup {
				t.Errorf("two lines for %s", key)
			}
			got[key] = line
		}
	}
	for k, w := range want {
		g, ok := got[k]
		switch {
		case !ok:
			t.Errorf("%s: no line from zhpipe-beam", k)
		case g != w:
			t.Errorf("%s: zhpipe-beam's line differs from zhpipe's:\n got %.300s\nwant %.300s", k, g, w)
		}
	}
	for k := range got {
		if _, ok := want[k]; !ok {
			t.Errorf("%s: a line zhpipe did not write", k)
		}
	}

	// The bad inputs came back as error records.
	for _, name := range []string{"binary.txt", "invalid-utf8.txt", "truncated-gbk.txt"} {
		p := filepath.Join(src, "bad-batch", name)
		if !strings.Contains(got["path:"+p], `"error":"corpus:`) {
			t.Errorf("%s: %.200q; want an error record", name, got["path:"+p])
		}
	}
	if !strings.Contains(got["path:"+filepath.Join(src, "bad-batch", "empty.txt")], `"schema":"zhpipe/article@1"`) {
		t.Error("the empty file has no summary")
	}
	if badRecs != 4 {
		t.Errorf("%d error records for records; want 4 (empty line, text not a string, no text, not JSON)", badRecs)
	}

	// The metrics add up.
	metrics := map[string]int64{}
	for _, l := range lines(stdout.String()) {
		name, v, ok := strings.Cut(l, " ")
		n, err := strconv.ParseInt(v, 10, 64)
		if !ok || err != nil || !strings.HasPrefix(name, zhbeam.Namespace+".") {
			t.Fatalf("stdout line %q is not a metric", l)
		}
		metrics[strings.TrimPrefix(name, zhbeam.Namespace+".")] = n
	}
	t.Logf("metrics: %v", metrics)
	if metrics["articles"] != int64(summaries) || metrics["failures"] != int64(failures) {
		t.Errorf("metrics: %d articles, %d failures; the output has %d summaries and %d error records", metrics["articles"], metrics["failures"], summaries, failures)
	}
	if metrics["articles"]+metrics["failures"] != int64(len(files)+len(records)) {
		t.Errorf("metrics: %d articles + %d failures ≠ %d files + %d records", metrics["articles"], metrics["failures"], len(files), len(records))
	}
	if metrics["bytes"] != fileBytes+recBytes {
		t.Errorf("metrics: %d bytes; the inputs have %d (files) + %d (records)", metrics["bytes"], fileBytes, recBytes)
	}
	// prism runs the workers in this one process: one load, never one per
	// element or bundle.
	if metrics["resource_loads"] != 1 {
		t.Errorf("metrics: the resources were loaded %d times; want once (one worker process)", metrics["resource_loads"])
	}
}

func mustFileError(path, msg string) []byte {
	b, _ := json.Marshal(struct {
		Path  string `json:"path"`
		Error string `json:"error"`
	}{path, msg})
	return append(b, '\n')
}

// recordKey keys a record's line by its id; the records without an id
// (all null) by their whole line.
func recordKey(t *testing.T, line string) string {
	var rec struct {
		ID json.RawMessage `json:"id"`
	}
	if err := json.Unmarshal([]byte(line), &rec); err != nil {
		t.Fatalf("not JSON: %.200s", line)
	}
	if string(rec.ID) == "null" {
		return "id:null:" + line
	}
	return "id:" + string(rec.ID)
}

func lines(s string) []string {
	var out []string
	sc := bufio.NewScanner(strings.NewReader(s))
	sc.Buffer(nil, 1<<28)
	for sc.Scan() {
		out = append(out, sc.Text())
	}
	return out
}

func tail(s string, n int) string {
	if len(s) > n {
		return "…" + s[len(s)-n:]
	}
	return s
}
