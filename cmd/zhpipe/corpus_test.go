package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
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

// TestCorpusBuildSurvivesKill kills a corpus build with SIGKILL three times
// while it runs, resumes it, and compares the resumed tree with an
// uninterrupted build's file for file, hidden files included: no partial
// file and no temporary file anywhere, the same outputs, the same manifest.
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
	start := time.Now()
	if out, err := exec.Command(bin, "corpus", "build", "-q", "-j", "2", src, ref).CombinedOutput(); err != nil {
		t.Fatalf("reference build: %v\n%s", err, out)
	}
	t.Logf("uninterrupted build: %v", time.Since(start).Round(time.Millisecond))
	dst := filepath.Join(t.TempDir(), "killed")
	for attempt := 0; attempt < 3; attempt++ {
		cmd := exec.Command(bin, "corpus", "build", "-q", "-j", "2", src, dst)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		killDuringWrite(cmd, dst, time.Duration(1200+attempt*600)*time.Millisecond)
	}
	// A killed build's temporary files stay where they are: the resumed
	// build must remove them (and check must report them until then).
	left, _ := batch.Leftovers(dst, nil)
	t.Logf("%d temporary files left by the 3 killed builds", len(left))
	if len(left) > 0 {
		out, err := exec.Command(bin, "corpus", "check", src, dst).Output()
		if err == nil || !strings.Contains(string(out), left[0]+": temporary file left") {
			t.Errorf("check with %v left: %v\n%s", left, err, out)
		}
	}
	if out, err := exec.Command(bin, "corpus", "build", "-q", "-j", "1", src, dst).CombinedOutput(); err != nil {
		t.Fatalf("resumed build: %v\n%s", err, out)
	}
	if diff := diffTrees(ref, dst); diff != "" {
		t.Errorf("the resumed corpus differs from an uninterrupted build (diff -r):\n%s", diff)
	}
	if out, err := exec.Command(bin, "corpus", "check", src, dst).CombinedOutput(); err != nil {
		t.Errorf("check of the resumed corpus: %v\n%s", err, out)
	}
}

// killDuringWrite lets the build cmd run for after, then kills it with
// SIGKILL at a moment when it is writing an output, if it is not done by
// then: the build is stopped (SIGSTOP) and its output tree inspected until
// a new temporary file is seen (about one check in three), so the kill
// leaves one behind as a crash during a write would.
func killDuringWrite(cmd *exec.Cmd, dst string, after time.Duration) {
	done := make(chan struct{})
	go func() { cmd.Wait(); close(done) }()
	select {
	case <-done:
		return
	case <-time.After(after):
	}
	before, _ := batch.Leftovers(dst, nil)
	for try := 0; try < 300; try++ {
		if cmd.Process.Signal(syscall.SIGSTOP) != nil {
			break // exited
		}
		left, _ := batch.Leftovers(dst, nil)
		if len(left) > len(before) {
			break
		}
		cmd.Process.Signal(syscall.SIGCONT)
		select {
		case <-done:
			return
		case <-time.After(time.Duration(5+try%7) * time.Millisecond):
		}
	}
	cmd.Process.Signal(syscall.SIGKILL)
	<-done
}

// TestCorpusBuildRemovesLeftovers plants the temporary files a killed
// build leaves (with today's names and the names earlier versions gave
// them) beside files of the user's that look alike: check reports only
// the build's, the next build removes only those, and the tree is then a
// clean build's plus the user's files.
func TestCorpusBuildRemovesLeftovers(t *testing.T) {
	src := writeTree(t)
	os.Remove(filepath.Join(src, "a", "bad.txt"))
	ref := filepath.Join(t.TempDir(), "ref")
	if r := runCLI(t, "", "corpus", "build", "-q", src, ref); r.code != exitOK {
		t.Fatalf("build: exit %d: %s", r.code, r.stderr)
	}
	dst := filepath.Join(t.TempDir(), "corpus")
	if r := runCLI(t, "", "corpus", "build", "-q", src, dst); r.code != exitOK {
		t.Fatalf("build: exit %d: %s", r.code, r.stderr)
	}
	ours := []string{
		".MANIFEST.json.zhpipe-tmp-3971",   // the manifest's
		"a/.00.json.zhpipe-tmp-1199083856", // an output's
		"b/c/.03.json.zhpipe-tmp-12",       // another's
		"a/.99.json.zhpipe-tmp-5",          // an output not built (yet)
		"a/.02.json.tmp1199083856",         // an earlier version's name for a/02.json's
	}
	theirs := []string{
		"a/.notes.txt.tmp42",     // the earlier pattern, but not an output's
		"a/.draft.tmp",           // no digits
		"a/00.json.zhpipe-tmp-1", // not hidden: not a name zhpipe makes
		".cache/.x.json.zhpipe-tmp-1",
	}
	for _, f := range append(append([]string(nil), ours...), theirs...) {
		p := filepath.Join(dst, filepath.FromSlash(f))
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte(`{"partial`), 0o600)
	}
	r := runCLI(t, "", "corpus", "check", src, dst)
	if r.code != exitFailed {
		t.Errorf("check with leftovers: exit %d; want 1", r.code)
	}
	for _, f := range ours {
		if !strings.Contains(r.stdout, f+": temporary file left by an interrupted build") {
			t.Errorf("check does not report %s:\n%s", f, r.stdout)
		}
	}
	for _, f := range theirs {
		if strings.Contains(r.stdout, f) {
			t.Errorf("check reports the user's %s", f)
		}
	}
	r = runCLI(t, "", "corpus", "build", src, dst)
	if r.code != exitOK || !strings.Contains(r.stderr, fmt.Sprintf("removed %d temporary files", len(ours))) {
		t.Fatalf("build: exit %d, stderr %q; want the %d leftovers removed", r.code, r.stderr, len(ours))
	}
	for _, f := range theirs {
		if _, err := os.Stat(filepath.Join(dst, filepath.FromSlash(f))); err != nil {
			t.Errorf("the user's %s was removed", f)
		}
		os.Remove(filepath.Join(dst, filepath.FromSlash(f)))
	}
	os.Remove(filepath.Join(dst, ".cache"))
	if diff := diffTrees(ref, dst); diff != "" {
		t.Errorf("after the build, the corpus differs from a clean build (diff -r):\n%s", diff)
	}
	if r := runCLI(t, "", "corpus", "check", src, dst); r.code != exitOK {
		t.Errorf("check after the build: exit %d: %s", r.code, r.stdout)
	}
}

// diffTrees compares two directory trees as diff -r does: the same
// names (hidden ones included), the same kinds, the same bytes; it
// returns the differences, "" if none.
func diffTrees(a, b string) string {
	list := func(root string) map[string]os.FileInfo {
		m := map[string]os.FileInfo{}
		filepath.Walk(root, func(p string, info os.FileInfo, err error) error {
			if err != nil {
				m["(error) "+p] = nil
				return nil
			}
			if rel, _ := filepath.Rel(root, p); rel != "." {
				m[filepath.ToSlash(rel)] = info
			}
			return nil
		})
		return m
	}
	la, lb := list(a), list(b)
	var names []string
	for n := range la {
		names = append(names, n)
	}
	for n := range lb {
		if _, ok := la[n]; !ok {
			names = append(names, n)
		}
	}
	sort.Strings(names)
	var diff strings.Builder
	for _, n := range names {
		ia, ib := la[n], lb[n]
		switch {
		case ia == nil:
			fmt.Fprintf(&diff, "only in %s: %s\n", b, n)
		case ib == nil:
			fmt.Fprintf(&diff, "only in %s: %s\n", a, n)
		case ia.IsDir() != ib.IsDir() || ia.Mode().Type() != ib.Mode().Type():
			fmt.Fprintf(&diff, "%s: a %v in one, a %v in the other\n", n, ia.Mode().Type(), ib.Mode().Type())
		case !ia.IsDir():
			da, _ := os.ReadFile(filepath.Join(a, n))
			db, _ := os.ReadFile(filepath.Join(b, n))
			if !bytes.Equal(da, db) {
				fmt.Fprintf(&diff, "%s differs\n", n)
			}
		}
	}
	return diff.String()
}
