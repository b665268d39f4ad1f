package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zhpipe/zhpipe/pipeline/entity/ner"
)

func TestRun(t *testing.T) {
	dir := t.TempDir()
	var bio strings.Builder
	for range 40 {
		for _, line := range []string{"张\tB-PER", "三\tI-PER", "在\tO", "北\tB-LOC", "京\tI-LOC", "。\tO", ""} {
			bio.WriteString(line + "\n")
		}
	}
	msra := filepath.Join(dir, "train.bio")
	pd := filepath.Join(dir, "pd.txt")
	test := filepath.Join(dir, "test.bio")
	for name, body := range map[string]string{
		msra: bio.String(),
		pd:   "19980101-01-001-001/m  李/nr  四/nr  在/p  上海/ns  。/w  \n",
		test: "张\tB-PER\n三\tI-PER\n在\tO\n北\tB-LOC\n京\tI-LOC\n。\tO\n",
	} {
		if err := os.WriteFile(name, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out := filepath.Join(dir, "model.bin")
	tests := []struct {
		desc string
		args []string
		code int
	}{
		{"no arguments", nil, exitUsage},
		{"no output", []string{"-msra", msra}, exitUsage},
		{"bad flag", []string{"-nope"}, exitUsage},
		{"missing file", []string{"-msra", filepath.Join(dir, "none"), "-o", out}, exitSetup},
		{"train", []string{"-msra", msra, "-pd", pd, "-exclude", test, "-epochs", "2", "-fold=false", "-lexfolds", "2", "-o", out, "-eval", test}, exitOK},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			var stderr strings.Builder
			if got := run(context.Background(), tc.args, &stderr); got != tc.code {
				t.Errorf("run(%q) = %d; want %d\nstderr: %s", tc.args, got, tc.code, stderr.String())
			}
		})
	}
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	m, err := ner.Load(f)
	if err != nil {
		t.Fatalf("Load(trained model): %v", err)
	}
	// The test sentence is shorter than 8 characters, too generic to be
	// excluded, so the model has learned it.
	text := "张三在北京。"
	var got []string
	for _, s := range m.Tag(text) {
		got = append(got, s.Label.String()+":"+text[s.Start:s.End])
	}
	if want := "PER:张三 LOC:北京"; strings.Join(got, " ") != want {
		t.Errorf("trained model: Tag(%q) = %q; want %q", text, got, want)
	}
}

func TestExcludeTests(t *testing.T) {
	tests := map[string]bool{"我们在北京大学读书多年。": true}
	for _, tc := range []struct {
		para string
		want bool
	}{
		{"我们在北京大学读书多年。", true},
		{"开头一句话。我们在北京大学读书多年。结尾", true},
		{"我们在北京大学读书多年", false},
		{"别的句子。", false},
	} {
		if got := containsAny(normKey(tc.para), tests); got != tc.want {
			t.Errorf("containsAny(%q) = %v; want %v", tc.para, got, tc.want)
		}
	}
}

func TestConsistentSentences(t *testing.T) {
	para := ner.Sentence{Text: "江泽民在北京讲话。学习邓小平理论。中共中央开会。"}
	// 江泽民 PER, 北京 LOC, 邓小平理论 untagged (a hidden name), 中共中央 ORG.
	para.Spans = []ner.Span{
		{Start: 0, End: 9, Label: ner.PER},
		{Start: 12, End: 18, Label: ner.LOC},
		{Start: 51, End: 63, Label: ner.ORG},
	}
	lexicon := []ner.Entry{{Word: "邓小平", Label: ner.PER}, {Word: "中共", Label: ner.ORG}}
	kept, total := consistentSentences([]ner.Sentence{para}, lexicon, nil)
	if total != 3 {
		t.Errorf("consistentSentences: %d sentences; want 3", total)
	}
	var got []string
	for _, k := range kept {
		got = append(got, k.Text)
		for _, s := range k.Spans {
			if s.Start < 0 || s.End > len(k.Text) {
				t.Fatalf("span %+v outside %q", s, k.Text)
			}
		}
	}
	// 中共 inside the tagged 中共中央 is fine; 邓小平 inside 邓小平理论 is not.
	if want := "江泽民在北京讲话。|中共中央开会。"; strings.Join(got, "|") != want {
		t.Errorf("consistentSentences kept %q; want %q", strings.Join(got, "|"), want)
	}
}
