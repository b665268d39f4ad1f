package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/zhpipe/zhpipe/corpus/batch"
	"github.com/zhpipe/zhpipe/internal/corpusgen"
	"github.com/zhpipe/zhpipe/internal/shared"
)

// TestHeavyCorpus is the batch hard-case test (make test-heavy; make bench
// reports its figures): a corpus of 3,000+ files in mixed encodings with
// empty, binary, truncated and invalid files is annotated with -j 1 and
// -j 2 (outputs must be byte-identical, bad files reported, the rest
// processed); a 50 MB article and a one-line 10 MB file are annotated
// alone for their peak RSS; a corpus build killed with SIGKILL resumes to
// the same outputs.
func TestHeavyCorpus(t *testing.T) {
	if os.Getenv("ZHPIPE_HEAVY") == "" {
		t.Skip("skipping: set ZHPIPE_HEAVY=1 (make test-heavy) to run the 3,000-file and 50 MB batch tests")
	}
	pd := shared.Path(t, "eval", "corpus", "pd1998")
	sharedDir := filepath.Dir(filepath.Dir(filepath.Dir(pd)))
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("skipping: the go command is not on PATH")
	}
	work := t.TempDir()
	bin := filepath.Join(work, "zhpipe")
	if out, err := exec.Command(goBin, "build", "-tags", "ne", "-trimpath", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	src := filepath.Join(work, "src")
	res, err := corpusgen.Generate(sharedDir, src, corpusgen.Options{Big: true})
	if err != nil {
		t.Fatal(err)
	}
	if res.Files < 2000 {
		t.Fatalf("only %d files generated", res.Files)
	}
	// The big files go through on their own below.
	bigDir := filepath.Join(work, "big")
	os.Rename(filepath.Join(src, "big"), bigDir)
	t.Logf("corpus: %d files, %.1f MB (of which %d bad, %d big moved apart)", res.Files, float64(res.Bytes)/1e6, len(res.Bad), len(res.Big))

	run := func(name string, args ...string) (stderr string, code int, wall time.Duration, rssMB float64) {
		cmd := exec.Command(bin, args...)
		var e bytes.Buffer
		cmd.Stderr = &e
		start := time.Now()
		err := cmd.Run()
		wall = time.Since(start)
		code = 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		} else if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			rssMB = float64(ru.Maxrss) / 1024
		}
		return e.String(), code, wall, rssMB
	}
	var smallBytes int64
	filepath.Walk(src, func(p string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() {
			smallBytes += info.Size()
		}
		return nil
	})
	outs := map[string]string{}
	var walls = map[string]time.Duration{}
	for _, j := range []string{"1", "2"} {
		dst := filepath.Join(work, "out-j"+j)
		stderr, code, wall, rss := run("-j"+j, "annotate", "-j", j, "-o", dst, src)
		walls[j] = wall
		if code != exitFailed {
			t.Errorf("-j %s: exit %d; want 1 (bad inputs)", j, code)
		}
		for _, b := range res.Bad {
			if !strings.Contains(stderr, filepath.Join(src, b)+": corpus:") {
				t.Errorf("-j %s: %s not reported", j, b)
			}
		}
		files := res.Files - len(res.Big)
		t.Logf("annotate -j %s: %d files, %.1f MB in %v: %.1f files/s, %.2f MB/s, peak RSS %.0f MB", j, files,
			float64(smallBytes)/1e6, wall.Round(time.Millisecond), float64(files)/wall.Seconds(), float64(smallBytes)/1e6/wall.Seconds(), rss)
		outs[j] = dst
	}
	t.Logf("speed-up -j 2 over -j 1: %.2f×", walls["1"].Seconds()/walls["2"].Seconds())
	if out, err := exec.Command("diff", "-r", outs["1"], outs["2"]).CombinedOutput(); err != nil {
		t.Errorf("-j 1 and -j 2 outputs differ: %v\n%.2000s", err, out)
	}
	n := 0
	filepath.Walk(outs["1"], func(p string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() {
			n++
		}
		return nil
	})
	if want := res.Files - len(res.Big) - len(res.Bad); n != want {
		t.Errorf("%d outputs; want %d (every input but the bad ones)", n, want)
	}
	for _, b := range res.Big {
		p := filepath.Join(bigDir, filepath.Base(b))
		st, _ := os.Stat(p)
		stderr, code, wall, rss := run(b, "annotate", "-q", "-o", filepath.Join(work, "out-big"), p)
		if code != exitOK {
			t.Errorf("%s: exit %d: %.500s", b, code, stderr)
		}
		t.Logf("%s: %.1f MB in %v (%.2f MB/s), peak RSS %.0f MB (%.1f× the input)", b, float64(st.Size())/1e6,
			wall.Round(time.Millisecond), float64(st.Size())/1e6/wall.Seconds(), rss, rss*1024*1024/float64(st.Size()))
	}
	// A corpus build killed twice (while writing an output, when it can),
	// then resumed, gives the outputs of the uninterrupted run and nothing
	// else: no temporary file, hidden or not.
	dst := filepath.Join(work, "corpus")
	for _, after := range []time.Duration{8 * time.Second, 15 * time.Second} {
		cmd := exec.Command(bin, "corpus", "build", "-q", "-j", "2", src, dst)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		killDuringWrite(cmd, dst, after)
	}
	left, _ := batch.Leftovers(dst, nil)
	t.Logf("%d temporary files left by the killed builds", len(left))
	if stderr, code, _, _ := run("resume", "corpus", "build", "-q", "-j", "2", src, dst); code != exitFailed {
		t.Errorf("resumed build: exit %d; want 1 (bad inputs): %.500s", code, stderr)
	}
	os.Remove(filepath.Join(dst, "MANIFEST.json"))
	if diff := diffTrees(outs["2"], dst); diff != "" {
		t.Errorf("the resumed corpus differs from the uninterrupted run (diff -r):\n%.2000s", diff)
	}
}
