package pdseg

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zhpipe/zhpipe/dict"
)

func writeCorpus(t *testing.T, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "pd.txt")
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestRead(t *testing.T) {
	p := writeCorpus(t, "19980101-01-001-001/m  在/p  [中央/n  电视台/n]nt  讲话/v  １９９８年/t  ，/w  江/nr  泽民/nr  摄/Vg  \n\n"+
		"19980101-01-002-001/m  好/a  \n")
	paras, err := Read(p)
	if err != nil {
		t.Fatal(err)
	}
	if len(paras) != 2 {
		t.Fatalf("Read: %d paragraphs; want 2", len(paras))
	}
	got := paras[0]
	if got.Article != "19980101-01-001" || strings.Join(got.Words, "|") != "在|中央|电视台|讲话|1998年|，|江|泽民|摄" ||
		strings.Join(got.Tags, "|") != "p|n|n|v|t|w|nr|nr|vg" {
		t.Errorf("Read = %+v", got)
	}
	if m := got.MergeNames(); strings.Join(m.Words, "|") != "在|中央|电视台|讲话|1998年|，|江泽民|摄" {
		t.Errorf("MergeNames = %q", m.Words)
	}
	if _, err := Read(writeCorpus(t, "19980101-01-001-001/m  坏\n")); err == nil || !strings.Contains(err.Error(), ":1:") {
		t.Errorf("Read(token without a tag) error = %v; want one naming line 1", err)
	}
}

func TestSplitByArticle(t *testing.T) {
	var paras []Paragraph
	for a := range 25 {
		for range 2 { // two paragraphs an article
			paras = append(paras, Paragraph{Article: "a" + string(rune('A'+a))})
		}
	}
	train, held := Split(paras, 10)
	if len(held) != 4 || len(train) != 46 {
		t.Fatalf("Split: %d train, %d held out; want 46, 4", len(train), len(held))
	}
	// Whole articles: the 10th and the 20th.
	if held[0].Article != "aJ" || held[1].Article != "aJ" || held[2].Article != "aT" {
		t.Errorf("held out %v", held)
	}
	if train, held := Split(paras, 0); len(held) != 0 || len(train) != 50 {
		t.Errorf("Split(n=0): %d, %d", len(train), len(held))
	}
}

func TestExclude(t *testing.T) {
	p := writeCorpus(t, "")
	os.WriteFile(p, []byte("我们在北京大学读书多年。\n别的 句子 一共 十个 字以上 对吧。\n"), 0o644)
	tests, err := ReadTests([]string{p})
	if err != nil {
		t.Fatal(err)
	}
	paras := []Paragraph{
		{Words: []string{"开头", "一句", "话", "。", "我们", "在", "北京", "大学", "读书", "多年", "。"}},
		{Words: []string{"别的", "句子", "一共", "十个", "字", "以上", "对", "吧", "。"}},
		{Words: []string{"我们", "在", "北京", "大学", "读书", "。"}},
	}
	kept, dropped := Exclude(paras, tests)
	if dropped != 2 || len(kept) != 1 || kept[0].Text() != "我们在北京大学读书。" {
		t.Errorf("Exclude kept %v, dropped %d; want only the third", kept, dropped)
	}
}

func TestScore(t *testing.T) {
	s, err := dict.Load(dict.Options{})
	if err != nil {
		t.Fatal(err)
	}
	paras := []Paragraph{
		{Words: []string{"我们", "今天", "开会", "。"}, Tags: []string{"r", "t", "v", "w"}},
		// A deliberately wrong gold cut: 今天 as two words.
		{Words: []string{"今", "天", "开会"}, Tags: []string{"r", "t", "v"}},
	}
	sc := Score(s, paras)
	if sc.Seg.TP != 5 || sc.Seg.FP != 1 || sc.Seg.FN != 2 {
		t.Errorf("Score: words %+v; want TP 5, FP 1, FN 2", sc.Seg)
	}
	if sc.Tagged != 7 || sc.TagRight < 4 {
		t.Errorf("Score: %d of %d gold words tagged right; want 7 tagged, the first sentence right", sc.TagRight, sc.Tagged)
	}
}
