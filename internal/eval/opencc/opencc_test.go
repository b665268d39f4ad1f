package opencc

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/zhpipe/zhpipe/internal/shared"
	"github.com/zhpipe/zhpipe/pipeline/convert"
)

func TestScore(t *testing.T) {
	cases := []Case{
		{ID: "a", Input: "漢字", Expected: map[string]string{"t2s": "汉字", "t2tw": "漢字"}},
		{ID: "b", Input: "軟體", Expected: map[string]string{"t2s": "wrong"}},
	}
	var w bytes.Buffer
	figs, fails := Score("x", cases, Ours(convert.NewLoader()), &w)
	got := map[string]string{}
	for _, f := range figs {
		got[f.Name] = f.Value
	}
	want := map[string]string{"x.t2s": "1/2", "x.t2tw": "1/1", "x.all": "2/3"}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("figure %s = %q; want %q", k, got[k], v)
		}
	}
	if len(fails) != 1 || !strings.Contains(fails[0], "\tb\t") {
		t.Errorf("failures = %q; want one line for case b", fails)
	}
}

func TestDebianMissing(t *testing.T) {
	if _, err := Debian("")("t2s", []string{"漢字"}); err == nil {
		t.Errorf("Debian(\"\") = nil error; want one")
	}
}

func TestLoadCases(t *testing.T) {
	cases, err := LoadCases(CasesPath(shared.Dir()))
	if shared.Dir() == "" {
		t.Skip("skipping: ../shared not found")
	}
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, c := range cases {
		n += len(c.Expected)
	}
	if n != 543 {
		t.Errorf("got %d (case, config) pairs; want 543", n)
	}
}

// TestEvalRun runs the whole evaluation (ZHPIPE_EVAL=1).
func TestEvalRun(t *testing.T) {
	if os.Getenv("ZHPIPE_EVAL") != "1" {
		t.Skip("set ZHPIPE_EVAL=1 to run the evaluation")
	}
	shared.Path(t, "eval", "opencc", "testcases.json")
	var w bytes.Buffer
	figs, err := Run(shared.Dir(), t.TempDir(), &w)
	if err != nil {
		t.Fatal(err)
	}
	t.Log("\n" + w.String())
	for _, f := range figs {
		t.Logf("EVAL %s %s", f.Name, f.Value)
		if f.Name == "opencc.all" && f.Value != "543/543" {
			t.Errorf("opencc.all = %s; want 543/543", f.Value)
		}
	}
}
