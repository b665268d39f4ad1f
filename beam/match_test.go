package zhbeam

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestMatch(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{
		"a.txt", "b.md", "x/c.txt", "x/y/d.txt", "x/y/z/e.txt", "x/y/z/f.md",
		"w/g.txt", ".hidden/h.txt", "x/.i.txt", "x/.hid/j.txt",
	} {
		p := filepath.Join(dir, f)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte("文"), 0o644)
	}
	os.MkdirAll(filepath.Join(dir, "dir.txt"), 0o755) // a directory is never a match
	for _, c := range []struct{ pattern, want string }{
		{"**/*.txt", "a.txt w/g.txt x/c.txt x/y/d.txt x/y/z/e.txt"},
		{"*.txt", "a.txt"},
		{"x/**/*.txt", "x/c.txt x/y/d.txt x/y/z/e.txt"},
		{"x/**/z/*", "x/y/z/e.txt x/y/z/f.md"},
		{"x/*/*.txt", "x/y/d.txt"},
		{"**/*.md", "b.md x/y/z/f.md"},
		{"x/.i.txt", "x/.i.txt"},
		{"x/.*", "x/.i.txt"},
		{".hidden/*.txt", ".hidden/h.txt"},
		{"x/y/d.txt", "x/y/d.txt"},
		{"**/nothing", ""},
	} {
		got, err := Match(filepath.Join(dir, c.pattern))
		if err != nil {
			t.Errorf("%s: %v", c.pattern, err)
			continue
		}
		var rel []string
		for _, g := range got {
			r, _ := filepath.Rel(dir, g)
			rel = append(rel, filepath.ToSlash(r))
		}
		if s := strings.Join(rel, " "); s != c.want {
			t.Errorf("Match(%s) = %s; want %s", c.pattern, s, c.want)
		}
	}
	if _, err := Match(filepath.Join(dir, "missing", "**", "*.txt")); err == nil {
		t.Error("a missing directory gave no error")
	}
	if _, err := Match(filepath.Join(dir, "[", "*.txt")); err == nil {
		t.Error("a bad pattern gave no error")
	}
}

// TestSameDependencyVersions checks that the modules zhpipe needs resolve
// to the same versions in this module as in zhpipe's own: the annotation
// code in zhpipe-beam is then built from the same sources as in zhpipe.
func TestSameDependencyVersions(t *testing.T) {
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("skipping: the go command is not on PATH")
	}
	list := func(dir string) map[string]string {
		cmd := exec.Command(goBin, "list", "-m", "all")
		cmd.Dir = dir
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("go list -m all in %s: %v", dir, err)
		}
		mods := map[string]string{}
		for _, l := range strings.Split(strings.TrimSpace(string(out)), "\n") {
			f := strings.Fields(l)
			if len(f) >= 2 {
				mods[f[0]] = f[1]
			}
		}
		return mods
	}
	root, here := list(".."), list(".")
	if len(root) == 0 {
		t.Fatal("go list -m all listed nothing at the repository root")
	}
	for m, v := range root {
		if hv, ok := here[m]; ok && hv != v && m != "github.com/zhpipe/zhpipe" {
			t.Errorf("%s: %s here, %s in zhpipe's module", m, hv, v)
		}
	}
	for _, m := range []string{"golang.org/x/text", "github.com/go-ego/gse", "github.com/liuzl/gocc"} {
		if here[m] == "" {
			t.Errorf("%s is not in this module's graph", m)
		}
	}
}
