package batch

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

func TestRunOrdered(t *testing.T) {
	for _, workers := range []int{1, 2, 3, 8} {
		var got []int
		err := Run(context.Background(), 50, workers,
			func(_ context.Context, i int) (int, error) {
				time.Sleep(time.Duration((i*7)%5) * time.Millisecond) // finish out of order
				return i * i, nil
			},
			func(r Result[int]) error {
				if r.Value != r.Index*r.Index {
					return fmt.Errorf("result %d has value %d", r.Index, r.Value)
				}
				got = append(got, r.Index)
				return nil
			})
		if err != nil {
			t.Fatal(err)
		}
		for i, v := range got {
			if v != i {
				t.Fatalf("workers=%d: emitted %v; want 0..49 in order", workers, got)
			}
		}
		if len(got) != 50 {
			t.Fatalf("workers=%d: emitted %d results; want 50", workers, len(got))
		}
	}
}

func TestRunWorkErrorsAreResults(t *testing.T) {
	var failed []int
	err := Run(context.Background(), 10, 3,
		func(_ context.Context, i int) (string, error) {
			if i%4 == 1 {
				return "", fmt.Errorf("bad %d", i)
			}
			return "ok", nil
		},
		func(r Result[string]) error {
			if r.Err != nil {
				failed = append(failed, r.Index)
			}
			return nil
		})
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(failed, []int{1, 5, 9}) {
		t.Errorf("failed = %v; want [1 5 9]", failed)
	}
}

func TestRunStopsOnEmitErrorAndCancel(t *testing.T) {
	stop := errors.New("stop")
	var started atomic.Int32
	err := Run(context.Background(), 1000, 2,
		func(_ context.Context, i int) (int, error) { started.Add(1); return i, nil },
		func(r Result[int]) error {
			if r.Index == 3 {
				return stop
			}
			return nil
		})
	if !errors.Is(err, stop) {
		t.Errorf("err = %v; want stop", err)
	}
	if n := started.Load(); n > 40 {
		t.Errorf("%d items started after emit failed at 3; the window should bound it", n)
	}
	ctx, cancel := context.WithCancel(context.Background())
	err = Run(ctx, 1000, 2,
		func(_ context.Context, i int) (int, error) {
			if i == 5 {
				cancel()
			}
			return i, nil
		},
		func(Result[int]) error { return nil })
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v; want context.Canceled", err)
	}
}

func TestExpand(t *testing.T) {
	dir := t.TempDir()
	for _, p := range []string{"b/2.txt", "a/1.txt", "a/z.md", "c.txt", ".hidden/x.txt"} {
		os.MkdirAll(filepath.Join(dir, filepath.Dir(p)), 0o755)
		os.WriteFile(filepath.Join(dir, p), []byte("x"), 0o644)
	}
	single := filepath.Join(dir, "c.txt")
	inputs, errs := Expand([]string{dir, "-", single, filepath.Join(dir, "missing.txt")}, "*.txt")
	var rels []string
	for _, in := range inputs {
		rels = append(rels, in.Rel)
	}
	want := []string{"a/1.txt", "b/2.txt", "c.txt", "stdin", "c.txt"}
	if !reflect.DeepEqual(rels, want) {
		t.Errorf("Rel = %v; want %v", rels, want)
	}
	if len(errs) != 1 || !strings.Contains(errs[0].Error(), "missing.txt") {
		t.Errorf("errs = %v; want one naming missing.txt", errs)
	}
	if _, errs := Expand([]string{dir}, "[x"); len(errs) != 1 {
		t.Errorf("a bad glob gave %v; want an error", errs)
	}
}

func TestAtomicFile(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "sub", "out.json")
	if err := WriteFile(target, []byte("first version, long")); err != nil {
		t.Fatal(err)
	}
	f, err := Create(target)
	if err != nil {
		t.Fatal(err)
	}
	f.WriteString("half")
	// Not committed: the old content stays, the temporary file goes.
	f.Abort()
	if got, _ := os.ReadFile(target); string(got) != "first version, long" {
		t.Errorf("after Abort the target holds %q", got)
	}
	if err := WriteFile(target, []byte("new")); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(target); string(got) != "new" {
		t.Errorf("target = %q; want %q", got, "new")
	}
	entries, _ := os.ReadDir(filepath.Dir(target))
	if len(entries) != 1 {
		t.Errorf("left behind: %v", entries)
	}
}

func TestManifestRoundTrip(t *testing.T) {
	dir := t.TempDir()
	m, err := ReadManifest(dir)
	if err != nil || len(m.Inputs) != 0 {
		t.Fatalf("missing manifest: %v, %v", m, err)
	}
	os.WriteFile(filepath.Join(dir, "a.json"), []byte("A"), 0o644)
	m = &Manifest{Version: "v1", DataDigest: "d", Formats: []string{"json"}, Inputs: []Entry{
		{Path: "z.txt", SHA256: SHA256([]byte("z"))},
		{Path: "a.txt", SHA256: SHA256([]byte("a")), Outputs: []Output{{Path: "a.json", SHA256: SHA256([]byte("A"))}}},
	}}
	if err := m.Write(dir); err != nil {
		t.Fatal(err)
	}
	back, err := ReadManifest(dir)
	if err != nil {
		t.Fatal(err)
	}
	if !back.SameBuild(m) || back.Inputs[0].Path != "a.txt" {
		t.Errorf("round trip gave %+v", back)
	}
	e, ok := back.Lookup("a.txt")
	if !ok {
		t.Fatal("a.txt not found")
	}
	if cur, err := e.Current(dir); !cur || err != nil {
		t.Errorf("Current = %v, %v; want true", cur, err)
	}
	os.WriteFile(filepath.Join(dir, "a.json"), []byte("changed"), 0o644)
	if cur, _ := e.Current(dir); cur {
		t.Error("Current is true after the output changed")
	}
	other := *m
	other.DataDigest = "e"
	if back.SameBuild(&other) {
		t.Error("SameBuild ignores the data digest")
	}
	os.WriteFile(filepath.Join(dir, ManifestName), []byte("{"), 0o644)
	if _, err := ReadManifest(dir); err == nil {
		t.Error("a corrupt manifest was accepted")
	}
}

// TestRunInlineMatchesWorkers checks that one worker (run inline) emits
// what the goroutine version emits: every result, errors included, in
// order, and that a cancelled context stops it after the item that
// cancelled it.
func TestRunInlineMatchesWorkers(t *testing.T) {
	work := func(_ context.Context, i int) (string, error) {
		if i%3 == 2 {
			return "", fmt.Errorf("bad %d", i)
		}
		return strings.Repeat("x", i), nil
	}
	collect := func(workers int) []string {
		var got []string
		err := Run(context.Background(), 40, workers, work, func(r Result[string]) error {
			got = append(got, fmt.Sprintf("%d %q %v", r.Index, r.Value, r.Err))
			return nil
		})
		if err != nil {
			t.Fatalf("workers=%d: %v", workers, err)
		}
		return got
	}
	if a, b := collect(1), collect(3); !reflect.DeepEqual(a, b) {
		t.Errorf("one worker emitted\n%v\nthree emitted\n%v", a, b)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var emitted []int
	err := Run(ctx, 100, 1,
		func(_ context.Context, i int) (int, error) {
			if i == 5 {
				cancel()
			}
			return i, nil
		},
		func(r Result[int]) error { emitted = append(emitted, r.Index); return nil })
	if !errors.Is(err, context.Canceled) {
		t.Errorf("err = %v; want context.Canceled", err)
	}
	if !reflect.DeepEqual(emitted, []int{0, 1, 2, 3, 4, 5}) {
		t.Errorf("emitted %v; want 0..5", emitted)
	}
}
