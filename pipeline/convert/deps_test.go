package convert

import (
	"os/exec"
	"strings"
	"testing"
)

// TestNoGPLDependency keeps liuzl/gocc and its GPL-2.0 trie (cedar-go via
// da) out of this package's non-test dependencies: gocc is a test and
// benchmark reference only.
func TestNoGPLDependency(t *testing.T) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("skipping: go tool not found")
	}
	out, err := exec.Command(goTool, "list", "-deps", ".").Output()
	if err != nil {
		t.Skipf("skipping: go list failed: %v", err)
	}
	for _, dep := range strings.Fields(string(out)) {
		if strings.HasPrefix(dep, "github.com/liuzl/") {
			t.Errorf("pipeline/convert depends on %s (GPL-2.0 via gocc)", dep)
		}
	}
}
