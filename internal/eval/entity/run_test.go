package entity

import (
	"os"
	"strings"
	"testing"

	"github.com/zhpipe/zhpipe/dict/lexicon"
	"github.com/zhpipe/zhpipe/internal/shared"
	"github.com/zhpipe/zhpipe/pipeline/entity"
	"github.com/zhpipe/zhpipe/pipeline/entity/ner"
)

func TestEvaluate(t *testing.T) {
	lx, err := lexicon.Load()
	if err != nil {
		t.Fatal(err)
	}
	x, err := entity.New(lx, entity.Options{})
	if err != nil {
		t.Fatal(err)
	}
	text := "美国总统特朗普在白宫会见了张三。"
	at := func(s string) int { return strings.Index(text, s) }
	data := []ner.Sentence{{Text: text, Spans: []ner.Span{
		{Start: at("美国"), End: at("美国") + len("美国"), Label: ner.LOC},
		{Start: at("特朗普"), End: at("特朗普") + len("特朗普"), Label: ner.PER},
		{Start: at("张三"), End: at("张三") + len("张三"), Label: ner.PER},
	}}}
	res, fails := Evaluate(x, data)
	// 美国 and 特朗普 found; 白宫 (ORG) is not in the gold; 张三 is missed.
	if res.All != (Counts{TP: 2, FP: 1, FN: 1}) {
		t.Errorf("counts = %+v; want TP 2 FP 1 FN 1", res.All)
	}
	if res.By[entity.Person].TP != 1 || res.By[entity.Person].FN != 1 {
		t.Errorf("PER counts = %+v; want TP 1 FN 1", *res.By[entity.Person])
	}
	if len(fails) != 1 || !strings.Contains(fails[0], "-张三/PER") || !strings.Contains(fails[0], "+白宫/ORG") {
		t.Errorf("fails = %q; want one line with -张三/PER and +白宫/ORG", fails)
	}
	if got := (Counts{TP: 1, FP: 1, FN: 1}).F1(); got != 50 {
		t.Errorf("F1 = %v; want 50", got)
	}
	if got := (Counts{}).F1(); got != 0 {
		t.Errorf("F1 of nothing = %v; want 0", got)
	}
}

// TestEvalRun runs the full evaluation (ZHPIPE_EVAL=1).
func TestEvalRun(t *testing.T) {
	if os.Getenv("ZHPIPE_EVAL") != "1" {
		t.Skip("set ZHPIPE_EVAL=1 to run the entity evaluation")
	}
	dir := shared.Dir()
	shared.Path(t, "eval", "ner", "msra", "test.bio")
	var b strings.Builder
	out := os.Getenv("ZHPIPE_EVAL_OUT") // keep the failure files there
	if out == "" {
		out = t.TempDir()
	}
	figs, err := Run(dir, out, &b)
	if err != nil {
		t.Fatal(err)
	}
	t.Log(b.String())
	for _, f := range figs {
		t.Logf("EVAL %s %s", f.Name, f.Value)
	}
	if len(figs) == 0 {
		t.Errorf("Run returned no figures")
	}
}
