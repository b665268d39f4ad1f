package entity

import (
	"math/rand/v2"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/zhpipe/zhpipe/internal/shared"
)

// skipIdleParts are pieces of news sentences, written for this test, that
// the rule passes with an early exit (skipIdle) react to: names with and
// without a surname of their own, titles after a surname, leaders'
// meetings, media credits, dotted names, organizations.
var skipIdleParts = []string{
	"王小明", "李大华", "王总统", "李主席", "张部长", "习拜会", "王李会谈", "川习通话", "陈女士",
	"美国总统", "国务院总理", "外交部长", "记者", "新华社北京3月1日电", "东海日报记者：", "东海传媒董事长",
	"马尔科·卢比奥", "约翰·史密斯", "卢比奥", "史密斯说", "保罗.艾伦", "安德鲁 卡内基", "约翰 史密斯", "JD·万斯", "让-马克·埃罗",
	"迈克尔·J·克拉茨奥斯", "A·A·A", "·", "‧", "•", "・", "．", "･", "∙", "⋅", ".", " ", "\u3000", "\xe3\x80", "\xc2", "梁生，", "王表示", "区称", "欧其后向二人付款",
	"（Marco Rubio）", "(John Smith)", "（", "(", "）", ")", "（Bank of China）", "约翰（John Smith）",
	"上海", "虹桥火车站", "机场", "港口", "酒店", "饭店", "地区", "亚太", "北京饭店", "希尔顿酒店", "亚太地区", "中东地区", "首都机场",
	"联合国", "中国共产党", "北京市人民政府", "外交部", "商务部", "东海大学", "（东大）",
	"，", "。", "、", "\n", "“", "”", "会见了", "表示", "在", "的", "和", "今天", "说",
}

// TestSkipIdleSameAsFullSearch compares Extract with and without the early
// exits of skipIdle on random sentences of skipIdleParts and on the seed
// article, with and without the Articles reading.
func TestSkipIdleSameAsFullSearch(t *testing.T) {
	texts := []string{
		"王小明会见了李大华。王总统表示，习拜会在北京举行。",
		"记者：梁生，你怎么看？王小明说。",
		"美国国务卿马尔科·卢比奥今天访问北京。卢比奥表示……",
		"东海日报记者王小明报道。",
		"今天天气很好。",
	}
	if raw, err := os.ReadFile(shared.Path(t, "fixtures", "seed", "article.txt")); err == nil {
		texts = append(texts, string(raw))
	}
	rnd := rand.New(rand.NewPCG(13, 5))
	for range 400 {
		var b strings.Builder
		for range 1 + rnd.IntN(24) {
			b.WriteString(skipIdleParts[rnd.IntN(len(skipIdleParts))])
		}
		texts = append(texts, b.String())
	}
	for _, opts := range []Options{{}, {Articles: true}} {
		x := newTestExtractor(t, opts)
		for _, text := range texts {
			skipIdle = false
			want := x.Extract(text)
			skipIdle = true
			got := x.Extract(text)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("Articles=%v, %q: with early exits\n%v\nwithout\n%v", opts.Articles, text, got, want)
			}
		}
	}
}

// TestSkipIdleWithWords compares ExtractHints with and without the early
// exits of skipIdle on random sentences with the segmenter's words, which
// the lone surnames of surnameRefs need (区称, 欧其后).
func TestSkipIdleWithWords(t *testing.T) {
	parts := []string{"区小明", "欧大伟", "区", "欧", "称", "其后", "表示", "，", "。", "\n", "他", "知道", "王小明", "王", "向", "二人", "付款", "区议会", "李"}
	rnd := rand.New(rand.NewPCG(17, 2))
	// The tagger reads the full names.
	x := newTestExtractor(t, Options{Articles: true, Tagger: TaggerFunc(func(s string) []Span {
		var out []Span
		for _, name := range []string{"区小明", "欧大伟", "王小明"} {
			for off := 0; ; {
				k := strings.Index(s[off:], name)
				if k < 0 {
					break
				}
				out = append(out, Span{Start: off + k, End: off + k + len(name), Type: Person})
				off += k + len(name)
			}
		}
		return out
	})})
	linked := 0
	for range 600 {
		var ws []string
		for range 1 + rnd.IntN(20) {
			ws = append(ws, parts[rnd.IntN(len(parts))])
		}
		text := strings.Join(ws, "")
		h := Hints{Words: testWords(wordsOf(text, ws...))}
		skipIdle = false
		want := x.ExtractHints(text, h)
		skipIdle = true
		got := x.ExtractHints(text, h)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%q: with early exits\n%v\nwithout\n%v", text, got, want)
		}
		for _, e := range want {
			for _, m := range e.Mentions {
				if e.Type == Person && len([]rune(m.Text)) == 1 {
					linked++
				}
			}
		}
	}
	if linked == 0 {
		t.Fatal("no lone surname linked: the test proves nothing")
	}
}
