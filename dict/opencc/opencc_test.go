package opencc

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestFS(t *testing.T) {
	fsys := FS()
	for _, name := range []string{"config/tw2sp.json", "config/t2s.json"} {
		t.Run(name, func(t *testing.T) {
			b, err := fs.ReadFile(fsys, name)
			if err != nil {
				t.Fatalf("ReadFile(%q): %v", name, err)
			}
			if len(b) == 0 {
				t.Errorf("ReadFile(%q) is empty", name)
			}
		})
	}
	cfgs, err := fs.Glob(fsys, "config/*.json")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, c := range cfgs {
		if !strings.HasSuffix(c, "schema.json") {
			n++
		}
	}
	if n != 16 {
		t.Errorf("got %d configs; want 16", n)
	}
	// The text dictionaries are the source, not embedded.
	if _, err := fs.Stat(fsys, "dictionary/STPhrases.txt"); err == nil {
		t.Errorf("the text dictionaries are embedded; only the compiled tables should be")
	}
}

func TestCompiled(t *testing.T) {
	if !strings.HasPrefix(Compiled(), "ZHOCC") {
		t.Fatalf("Compiled() starts with %q; want the compiled tables (run make dict-opencc-compile)", Compiled()[:min(8, len(Compiled()))])
	}
	// The source of the compiled tables is in the repository.
	for _, name := range []string{"STPhrases.txt", "TSCharacters.txt"} {
		if st, err := os.Stat(filepath.Join("data", "dictionary", name)); err != nil || st.Size() == 0 {
			t.Errorf("data/dictionary/%s: %v", name, err)
		}
	}
}
