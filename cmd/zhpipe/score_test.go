package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zhpipe/zhpipe/internal/shared"
)

// TestSeedScore scores the seed article's summary with the project's
// score-article tool against the hand-made gold: every category must be 1.00.
func TestSeedScore(t *testing.T) {
	tool := shared.Path(t, "tools", "score-article")
	gold := shared.Path(t, "fixtures", "seed", "gold.json")
	article := shared.Path(t, "fixtures", "seed", "article.txt")
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("skipping: python3 (to run score-article) not found")
	}
	r := runCLI(t, "", "annotate", article)
	if r.code != exitOK {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	summary := filepath.Join(t.TempDir(), "seed.json")
	if err := os.WriteFile(summary, []byte(r.stdout), 0o644); err != nil {
		t.Fatal(err)
	}
	outb, err := exec.Command(python, tool, gold, summary, "--text", article).CombinedOutput()
	report := string(outb)
	t.Log("\n" + report)
	if err != nil {
		t.Errorf("score-article failed (%v):\n%s", err, report)
	}
	for _, line := range strings.Split(report, "\n") {
		f := strings.Fields(line)
		if len(f) >= 2 && f[0] != "score:" && !strings.HasPrefix(line, " ") && f[1] != "1.00" {
			t.Errorf("category %s scored %s; want 1.00", f[0], f[1])
		}
	}
}
