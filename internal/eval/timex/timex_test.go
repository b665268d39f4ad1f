package timex

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zhpipe/zhpipe/internal/shared"
)

func TestEvalRun(t *testing.T) {
	if os.Getenv("ZHPIPE_EVAL") != "1" {
		t.Skip("set ZHPIPE_EVAL=1 to run the timex evaluation")
	}
	p := shared.Path(t, "eval", "timex")
	var b strings.Builder
	out := os.Getenv("ZHPIPE_EVAL_OUT")
	if out == "" {
		out = t.TempDir()
	}
	figs, err := Run(filepath.Dir(filepath.Dir(p)), out, &b)
	if err != nil {
		t.Fatal(err)
	}
	t.Log(b.String())
	if len(figs) == 0 {
		t.Fatal("no figures")
	}
	for _, f := range figs {
		t.Logf("EVAL %s %s", f.Name, f.Value)
	}
}
