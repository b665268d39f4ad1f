package argument

import (
	"bytes"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden outline files in testdata/")

func checkGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	p := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(p)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("outline differs from %s (go test -update rewrites it):\n--- got\n%s\n--- want\n%s", p, got, want)
	}
}

func TestOutlineGolden(t *testing.T) {
	for _, ar := range articles() {
		t.Run(ar.file, func(t *testing.T) {
			text := readArticle(t, ar.file)
			a := Analyze(text, buildSpeakers(text, ar.speakers), nil)
			var b bytes.Buffer
			if err := WriteOutline(&b, text, a, nil); err != nil {
				t.Fatal(err)
			}
			checkGolden(t, strings.TrimSuffix(ar.file, ".txt")+".outline", b.Bytes())
		})
	}
	t.Run("seed", func(t *testing.T) {
		text, _ := readSeed(t)
		ss := seedSpeakers()
		a := Analyze(text, buildSpeakers(text, ss), nil)
		names := func(id string) string {
			for _, s := range ss {
				if s.id == id {
					return s.name
				}
			}
			return ""
		}
		var b bytes.Buffer
		if err := WriteOutline(&b, text, a, names); err != nil {
			t.Fatal(err)
		}
		checkGolden(t, "seed.outline", b.Bytes())
	})
}

type failWriter struct{ n int }

func (f *failWriter) Write(p []byte) (int, error) {
	if f.n--; f.n < 0 {
		return 0, errors.New("disk full")
	}
	return len(p), nil
}

func TestOutlineWriteError(t *testing.T) {
	text := readArticle(t, "tw_t.txt")
	a := Analyze(text, nil, nil)
	if err := WriteOutline(&failWriter{n: 3}, text, a, nil); err == nil || err.Error() != "disk full" {
		t.Errorf("WriteOutline to a failing writer = %v; want disk full", err)
	}
}

func TestOutlineHandMade(t *testing.T) {
	// A parent cycle and spans outside the text must not hang or panic.
	a := &Argument{Enumerations: []Enumeration{
		{ID: "E1", Parent: "E2.1", Items: []Item{{Head: "a"}}},
		{ID: "E2", Parent: "E1.1", Items: []Item{{Head: "b"}}},
	}, Sections: []Section{{Role: RoleLead, Start: 5, End: 900}}}
	var b bytes.Buffer
	if err := WriteOutline(&b, "short", a, nil); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), "Sections (1)") {
		t.Errorf("outline = %q; want a Sections (1) line", b.String())
	}
	b.Reset()
	if err := WriteOutline(&b, "", nil, nil); err != nil || !strings.Contains(b.String(), "no argument") {
		t.Errorf("WriteOutline(nil) = %q, %v; want a no-argument line", b.String(), err)
	}
}
