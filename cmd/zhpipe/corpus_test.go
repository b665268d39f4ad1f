package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/zhpipe/zhpipe/corpus/batch"
)

func TestCorpusBuildIncrementalAndCheck(t *testing.T) {
	src := writeTree(t)
	os.Remove(filepath.Join(src, "a", "bad.txt"))
	dst := filepath.Join(t.TempDir(), "corpus")
	r := runCLI(t, "", "corpus", "build", "-q", "--format", "json,jsonl", src, dst)
	if r.code != exitOK {
		t.Fatalf("build: exit %d: %s", r.code, r.stderr)
	}
	m, err := batch.ReadManifest(dst)
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Inputs) != 16 || len(m.Inputs[0].Outputs) != 2 || m.DataDigest == "" {
		t.Fatalf("manifest: %d inputs, %d outputs for the first, digest %q", len(m.Inputs), len(m.Inputs[0].Outputs), m.DataDigest)
	}
	before, _ := os.ReadFile(filepath.Join(dst, batch.ManifestName))
	if r := runCLI(t, "", "corpus", "check", "--format", "json,jsonl", src, dst); r.code != exitOK {
		t.Fatalf("check after build: exit %d: %s%s", r.code, r.stdout, r.stderr)
	}
	// Nothing changed: nothing rebuilt, manifest byte-identical.
	r = runCLI(t, "", "corpus", "build", "--format", "json,jsonl", src, dst)
	if r.code != exitOK || !strings.Contains(r.stderr, "0 rebuilt, 16 unchanged") {
		t.Fatalf("second build: exit %d, stderr %q", r.code, r.stderr)
	}
	if after, _ := os.ReadFile(filepath.Join(dst, batch.ManifestName)); string(after) != string(before) {
		t.Error("manifest changed on a no-op rebuild")
	}
	// One input changed, one output tampered with, one input removed.
	os.WriteFile(filepath.Join(src, "a", "00.txt"), []byte("美國總統拜登表示。\n"), 0o644)
	os.WriteFile(filepath.Join(dst, "a", "02.json"), []byte("{}"), 0o644)
	os.Remove(filepath.Join(src, "b", "c", "01.txt"))
	r = runCLI(t, "", "corpus", "check", "--format", "json,jsonl", src, dst)
	if r.code != exitFailed {
		t.Fatalf("check after changes: exit %d; want 1", r.code)
	}
	for _, want := range []string{"a/00.txt: input changed", "a/02.txt: outputs missing or modified", "b/c/01.txt: in the corpus but no longer"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("check output %q lacks %q", r.stdout, want)
		}
	}
	r = runCLI(t, "", "corpus", "build", "--format", "json,jsonl", src, dst)
	if r.code != exitOK || !strings.Contains(r.stderr, "2 rebuilt, 13 unchanged") {
		t.Fatalf("incremental build: exit %d, stderr %q", r.code, r.stderr)
	}
	if _, err := os.Stat(filepath.Join(dst, "b", "c", "01.json")); !os.IsNotExist(err) {
		t.Error("the output of a removed input is still there")
	}
	if r := runCLI(t, "", "corpus", "check", "--format", "json,jsonl", src, dst); r.code != exitOK {
		t.Fatalf("check after rebuild: exit %d: %s", r.code, r.stdout)
	}
	// Different formats: check reports the build does not match.
	if r := runCLI(t, "", "corpus", "check", "--format", "json", src, dst); r.code != exitFailed {
		t.Errorf("check with other formats: exit %d; want 1", r.code)
	}
}

func TestCorpusUsage(t *testing.T) {
	for _, args := range [][]string{{"corpus"}, {"corpus", "frob"}, {"corpus", "build", "only-one"}, {"corpus", "build", "--format", "xml", "a", "b"}} {
		if r := runCLI(t, "", args...); r.code != exitUsage {
			t.Errorf("%v: exit %d; want %d", args, r.code, exitUsage)
		}
	}
}

// TestCorpusBuildSurvivesKill kills a corpus build with SIGKILL while it
// runs, resumes it, and compares the result with an uninterrupted build:
// no partial file anywhere, the same outputs, the same manifest.
func TestCorpusBuildSurvivesKill(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping: builds the binary and a larger corpus")
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("skipping: the go command is not on PATH")
	}
	bin := filepath.Join(t.TempDir(), "zhpipe")
	if out, err := exec.Command(goBin, "build", "-tags", "ne", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	src := t.TempDir()
	seedText, _ := os.ReadFile(seed)
	seedRunes := []rune(string(seedText))
	for i := 0; i < 24; i++ {
		os.WriteFile(filepath.Join(src, strings.Repeat("x", 1+i%3)+string(rune('a'+i%26))+".txt"), []byte(strings.Repeat(string(seedText), 1+i%2)), 0o644)
		os.MkdirAll(filepath.Join(src, "d"), 0o755)
		os.WriteFile(filepath.Join(src, "d", string(rune('a'+i%26))+strings.Repeat("y", i/26)+".txt"), []byte(string(seedRunes[:len(seedRunes)/(1+i%4)])), 0o644)
	}
	ref := filepath.Join(t.TempDir(), "ref")
	if out, err := exec.Command(bin, "corpus", "build", "-q", "-j", "2", src, ref).CombinedOutput(); err != nil {
		t.Fatalf("reference build: %v\n%s", err, out)
	}
	dst := filepath.Join(t.TempDir(), "killed")
	for attempt := 0; attempt < 3; attempt++ {
		cmd := exec.Command(bin, "corpus", "build", "-q", "-j", "2", src, dst)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(1200+attempt*600) * time.Millisecond)
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		filepath.Walk(dst, func(p string, info os.FileInfo, err error) error {
			if err == nil && !info.IsDir() && strings.Contains(filepath.Base(p), ".tmp") {
				os.Remove(p) // temporary files are the only leftovers allowed
			}
			return nil
		})
	}
	if out, err := exec.Command(bin, "corpus", "build", "-q", "-j", "1", src, dst).CombinedOutput(); err != nil {
		t.Fatalf("resumed build: %v\n%s", err, out)
	}
	want, _ := os.ReadFile(filepath.Join(ref, batch.ManifestName))
	got, _ := os.ReadFile(filepath.Join(dst, batch.ManifestName))
	if string(got) != string(want) {
		t.Error("the resumed corpus's manifest differs from an uninterrupted build's")
	}
	if out, err := exec.Command(bin, "corpus", "check", src, dst).CombinedOutput(); err != nil {
		t.Errorf("check of the resumed corpus: %v\n%s", err, out)
	}
}
