package ner

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zhpipe/zhpipe/internal/shared"
	"github.com/zhpipe/zhpipe/pipeline/entity/ner"
)

func TestResultAdd(t *testing.T) {
	text := "张三在北京"
	gold := []ner.Span{{Start: 0, End: 6, Label: ner.PER}, {Start: 9, End: 15, Label: ner.LOC}}
	tests := []struct {
		desc       string
		pred       []ner.Span
		tp, fp, fn int
		f1         string
	}{
		{"exact", gold, 2, 0, 0, "100.00"},
		{"wrong label", []ner.Span{{Start: 0, End: 6, Label: ner.ORG}, gold[1]}, 1, 1, 1, "50.00"},
		{"short span", []ner.Span{{Start: 0, End: 3, Label: ner.PER}}, 0, 1, 2, "0.00"},
		{"nothing", nil, 0, 0, 2, "0.00"},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			var r Result
			fail := r.Add(text, gold, tc.pred)
			o := r.Overall()
			if o.TP != tc.tp || o.FP != tc.fp || o.FN != tc.fn {
				t.Errorf("Add: got TP %d FP %d FN %d; want %d %d %d", o.TP, o.FP, o.FN, tc.tp, tc.fp, tc.fn)
			}
			if got := figures("x", &r)[0].Value; got != tc.f1 {
				t.Errorf("F1 = %q; want %q", got, tc.f1)
			}
			if (fail == "") != (tc.fp+tc.fn == 0) {
				t.Errorf("failure line %q for %d errors", fail, tc.fp+tc.fn)
			}
		})
	}
}

func TestEvalRun(t *testing.T) {
	if os.Getenv("ZHPIPE_EVAL") != "1" {
		t.Skip("skipping: set ZHPIPE_EVAL=1 to run the NER evaluation")
	}
	shared.Path(t, "eval", "ner", "msra", "test.bio")
	dir := filepath.Dir(filepath.Dir(filepath.Dir(shared.Path(t, "eval", "ner", "msra", "test.bio"))))
	dir = filepath.Dir(dir)
	var log strings.Builder
	figs, err := Run(dir, t.TempDir(), &log)
	t.Log("\n" + log.String())
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range figs {
		t.Logf("EVAL %s %s", f.Name, f.Value)
	}
	if len(figs) < 10 {
		t.Errorf("Run returned %d figures; want at least 10", len(figs))
	}
}
