package gocc

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/zhpipe/zhpipe/internal/shared"
)

func TestConvert(t *testing.T) {
	tests := []struct {
		config, in, want string
		wantErr          bool
	}{
		{"t2s", "漢字", "汉字", false},
		{"jp2t", "漢字", "", true}, // gocc has no jp2t
	}
	for _, tc := range tests {
		t.Run(tc.config, func(t *testing.T) {
			got, err := Convert(tc.config, []string{tc.in})
			if (err != nil) != tc.wantErr {
				t.Fatalf("Convert(%s) error = %v; want error %v", tc.config, err, tc.wantErr)
			}
			if err == nil && got[0] != tc.want {
				t.Errorf("Convert(%s, %q) = %q; want %q", tc.config, tc.in, got[0], tc.want)
			}
		})
	}
}

// TestEvalRun runs the gocc evaluation (ZHPIPE_EVAL=1).
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
	found := false
	for _, f := range figs {
		t.Logf("EVAL %s %s", f.Name, f.Value)
		if f.Name == "opencc.gocc.all" {
			found = true
		}
		if !strings.HasPrefix(f.Name, "opencc.gocc.") {
			t.Errorf("figure %s lacks the opencc.gocc. prefix", f.Name)
		}
	}
	if !found {
		t.Errorf("no opencc.gocc.all figure")
	}
}
