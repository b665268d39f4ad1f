package opencc

import (
	"io/fs"
	"strings"
	"testing"
)

func TestFS(t *testing.T) {
	fsys := FS()
	for _, name := range []string{"dictionary/STPhrases.txt", "dictionary/TSCharacters.txt", "config/tw2sp.json", "config/t2s.json"} {
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
}
