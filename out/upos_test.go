package out_test

import (
	"bufio"
	"os"
	"strings"
	"testing"

	"github.com/zhpipe/zhpipe/out"
)

func TestUPOS(t *testing.T) {
	for _, tc := range []struct{ pos, word, want string }{
		{"n", "政府", "NOUN"},
		{"nr", "李强", "PROPN"},
		{"nrt", "拜登", "PROPN"},
		{"ns", "美国", "PROPN"},
		{"nt", "外交部", "PROPN"},
		{"nz", "人工智能", "PROPN"},
		{"v", "发布", "VERB"},
		{"vn", "发展", "VERB"},
		{"a", "新", "ADJ"},
		{"ad", "积极", "ADJ"},
		{"b", "主要", "ADJ"},
		{"d", "将", "ADV"},
		{"p", "由", "ADP"},
		{"c", "和", "CCONJ"},
		{"c", "如果", "SCONJ"},
		{"u", "等", "PART"},
		{"uj", "的", "PART"},
		{"ul", "了", "AUX"},
		{"uz", "着", "AUX"},
		{"zg", "过", "AUX"},
		{"v", "过", "VERB"},
		{"v", "是", "AUX"},
		{"v", "会", "AUX"},
		{"n", "会", "NOUN"},
		{"p", "被", "AUX"},
		{"zg", "为", "ADP"},
		{"zg", "们", "PART"},
		{"zg", "很", "ADV"},
		{"y", "吗", "PART"},
		{"m", "2025", "NUM"},
		{"mq", "三项", "NUM"},
		{"q", "个", "NOUN"},
		{"r", "我们", "PRON"},
		{"r", "这", "DET"},
		{"rz", "这位", "DET"},
		{"t", "今年", "NOUN"},
		{"s", "楼上", "NOUN"},
		{"f", "上", "ADP"},
		{"f", "以来", "ADP"},
		{"f", "西端", "NOUN"},
		{"i", "实事求是", "VERB"},
		{"j", "人大", "PROPN"},
		{"e", "哎", "INTJ"},
		{"o", "砰", "INTJ"},
		{"eng", "AI", "X"},
		{"w", "，", "PUNCT"},
		{"w", "《", "PUNCT"},
		{"w", "%", "PUNCT"},
		{"w", "+", "SYM"},
		{"w", "¥", "SYM"},
		{"x", "。", "PUNCT"},
		{"x", "川普", "X"},
		{"x", "", "X"},
		{"", "，", "PUNCT"},
		{"zg", "伟", "X"},
		{"nnew", "某", "NOUN"}, // unknown tags fall back on their first letter
		{"qq", "个", "NOUN"},
		{"?", "x", "X"},
	} {
		if got := out.UPOS(tc.pos, tc.word); got != tc.want {
			t.Errorf("UPOS(%q, %q) = %q; want %q", tc.pos, tc.word, got, tc.want)
		}
	}
}

// TestUPOSDictionary maps every tag of the embedded gse dictionary: none
// but the bound morphemes (g, zg) and untagged words (x) may become X.
func TestUPOSDictionary(t *testing.T) {
	f, err := os.Open("../dict/gse/zh_s.txt")
	if err != nil {
		t.Skipf("no gse dictionary: %v", err)
	}
	defer f.Close()
	tags := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) == 3 {
			if _, ok := tags[fields[2]]; !ok {
				tags[fields[2]] = fields[0]
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if len(tags) < 40 {
		t.Fatalf("%d tags in the dictionary; want at least 40", len(tags))
	}
	for tag, word := range tags {
		if got := out.UPOS(tag, word); got == "X" && tag != "g" && tag != "zg" && tag != "x" {
			t.Errorf("UPOS(%q, %q) = X; want a real category", tag, word)
		}
	}
}

func BenchmarkUPOS(b *testing.B) {
	words := []struct{ pos, word string }{{"n", "政府"}, {"f", "以来"}, {"w", "，"}, {"r", "这"}, {"x", "川普"}}
	b.ReportAllocs()
	for b.Loop() {
		for _, w := range words {
			out.UPOS(w.pos, w.word)
		}
	}
}
