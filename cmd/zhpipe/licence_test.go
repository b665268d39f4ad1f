package main

import (
	"os/exec"
	"strings"
	"testing"
)

// TestNoGPLInBinary checks the module graph of the zhpipe binary: gocc
// (and the GPL-2.0 trie it links, github.com/liuzl/cedar-go) are test and
// benchmark references only and must never be linked into the command.
func TestNoGPLInBinary(t *testing.T) {
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("skipping: the go command is not on PATH")
	}
	out, err := exec.Command(goBin, "list", "-tags", "ne", "-deps", "-f", "{{if .Module}}{{.Module.Path}}{{end}}", ".").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	allowed := map[string]string{
		"github.com/zhpipe/zhpipe":  "Apache-2.0",
		"github.com/go-ego/gse":     "Apache-2.0",
		"github.com/vcaesar/cedar":  "BSD-2-Clause",
		"golang.org/x/text":         "BSD-3-Clause",
		"github.com/6tail/lunar-go": "MIT",
	}
	seen := map[string]bool{}
	for _, m := range strings.Fields(string(out)) {
		if seen[m] {
			continue
		}
		seen[m] = true
		if _, ok := allowed[m]; !ok {
			t.Errorf("the zhpipe binary links module %s, whose licence has not been checked; add it here after checking its whole tree", m)
		}
		if strings.HasPrefix(m, "github.com/liuzl/") {
			t.Errorf("the zhpipe binary links %s (gocc and its GPL-2.0 trie are references for tests only)", m)
		}
	}
}
