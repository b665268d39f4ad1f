package main

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestGNUParallel runs the stream filter under GNU parallel, split into
// blocks at line ends, and compares with a single process: the output must
// be byte-identical (the record contract is what makes cluster runs work).
func TestGNUParallel(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping: builds the binary")
	}
	par, err := exec.LookPath("parallel")
	if err != nil {
		t.Skip("skipping: GNU parallel not installed (make test installs the Debian package 'parallel' when it can)")
	}
	if out, err := exec.Command(par, "--version").Output(); err != nil || !strings.Contains(string(out), "GNU parallel") {
		t.Skip("skipping: 'parallel' is not GNU parallel")
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("skipping: the go command is not on PATH")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "zhpipe")
	if out, err := exec.Command(goBin, "build", "-tags", "ne", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	seedText, _ := os.ReadFile(seed)
	var b strings.Builder
	n := 0
	for round := 0; round < 4; round++ {
		for _, p := range strings.Split(strings.TrimSpace(string(seedText)), "\n") {
			rec, _ := json.Marshal(map[string]any{"id": fmt.Sprintf("r%03d", n), "text": p, "round": round})
			b.Write(rec)
			b.WriteByte('\n')
			n++
		}
	}
	b.WriteString("{\"id\":\"bad\"}\n")
	records := filepath.Join(dir, "records.jsonl")
	os.WriteFile(records, []byte(b.String()), 0o644)
	single := exec.Command(bin, "annotate", "--jsonl-in", "-q", "-j", "1")
	in, _ := os.Open(records)
	defer in.Close()
	single.Stdin = in
	want, err := single.Output()
	if ee, ok := err.(*exec.ExitError); !ok || ee.ExitCode() != exitFailed {
		t.Fatalf("single process: %v; want exit 1 for the bad record", err)
	}
	cmd := exec.Command(par, "--will-cite", "--pipepart", "-a", records, "--block", "8k", "--keep-order", bin, "annotate", "--jsonl-in", "-q", "-j", "1")
	cmd.Env = append(os.Environ(), "PARALLEL_HOME="+filepath.Join(dir, ".parallel"))
	got, _ := cmd.Output() // exits non-zero: one job has the bad record
	if string(got) != string(want) {
		t.Errorf("GNU parallel output (%d bytes) differs from a single process's (%d bytes)", len(got), len(want))
	}
	if lines := strings.Count(string(want), "\n"); lines != n+1 {
		t.Errorf("%d output lines for %d records", lines, n+1)
	}
}
