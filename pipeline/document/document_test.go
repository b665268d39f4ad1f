package document

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/zhpipe/zhpipe/internal/benchcpu"
	"github.com/zhpipe/zhpipe/internal/shared"
)

// checkSpans fails the test when a mention does not cut its text out of
// text, or when IDs are not D1, D2, … in order of first mention.
func checkSpans(t testing.TB, text string, docs []Document) {
	t.Helper()
	prev := -1
	for i, d := range docs {
		if want := "D" + itoa(i+1); d.ID != want {
			t.Errorf("document %d: ID %q; want %q", i, d.ID, want)
		}
		if len(d.Mentions) == 0 {
			t.Errorf("%s: no mentions", d.ID)
			continue
		}
		if d.Mentions[0].Start <= prev {
			t.Errorf("%s: first mention at %d, not after the previous document's %d", d.ID, d.Mentions[0].Start, prev)
		}
		prev = d.Mentions[0].Start
		if !d.Mentions[0].Kind.IsTitle() {
			t.Errorf("%s: first mention kind %v; want a title", d.ID, d.Mentions[0].Kind)
		}
		for _, m := range d.Mentions {
			if m.Start < 0 || m.End > len(text) || m.Start > m.End || text[m.Start:m.End] != m.Text {
				t.Errorf("%s: mention %q at [%d,%d) does not cut the text", d.ID, m.Text, m.Start, m.End)
			}
			if !utf8.ValidString(m.Text) {
				t.Errorf("%s: mention %q is not valid UTF-8", d.ID, m.Text)
			}
		}
	}
}

func itoa(i int) string {
	const digits = "0123456789"
	if i < 10 {
		return digits[i : i+1]
	}
	return itoa(i/10) + digits[i%10:i%10+1]
}

type want struct {
	title    string
	aliases  []string
	mentions []string // mention texts in order
	parent   string
}

func TestExtract(t *testing.T) {
	tests := []struct {
		desc string
		text string
		want []want
	}{
		{"single title traditional", "川普簽署了《消除美國在人工智慧領域領導地位的障礙》。",
			[]want{{title: "消除美國在人工智慧領域領導地位的障礙", mentions: []string{"《消除美國在人工智慧領域領導地位的障礙》"}}}},
		{"single title simplified", "特朗普签署了《消除美国在人工智能领域领导地位的障碍》。",
			[]want{{title: "消除美国在人工智能领域领导地位的障碍", mentions: []string{"《消除美国在人工智能领域领导地位的障碍》"}}}},
		{"angle title", "他的〈論自由〉一文", []want{{title: "論自由", mentions: []string{"〈論自由〉"}}}},
		{"repeated title is one document", "《人工智能风险管理框架》发布后，《人工智能风险管理框架》被修改。",
			[]want{{title: "人工智能风险管理框架", mentions: []string{"《人工智能风险管理框架》", "《人工智能风险管理框架》"}}}},
		{"alias 以下簡稱 with ASCII parens", "發佈了《贏得競賽:美國人工智慧行動計畫》(以下簡稱《計畫》)。根據《計畫》文字內容,這份戰略計畫",
			[]want{{title: "贏得競賽:美國人工智慧行動計畫", aliases: []string{"計畫"}, mentions: []string{"《贏得競賽:美國人工智慧行動計畫》", "《計畫》", "《計畫》"}}}},
		{"alias 以下简称 with full-width parens", "发布了《赢得竞赛：美国人工智能行动计划》（以下简称《计划》）。《计划》指出，这份战略计划",
			[]want{{title: "赢得竞赛：美国人工智能行动计划", aliases: []string{"计划"}, mentions: []string{"《赢得竞赛：美国人工智能行动计划》", "《计划》", "《计划》"}}}},
		{"alias 下稱 bare", "《個人資料保護法》（下稱個資法）規定，個資法第5條",
			[]want{{title: "個人資料保護法", aliases: []string{"個資法"}, mentions: []string{"《個人資料保護法》", "個資法", "個資法"}}}},
		{"alias 下称 quoted", "《区域全面经济伙伴关系协定》（下称“RCEP”）生效后，RCEP成员",
			[]want{{title: "区域全面经济伙伴关系协定", aliases: []string{"RCEP"}, mentions: []string{"《区域全面经济伙伴关系协定》", "“RCEP”", "RCEP"}}}},
		{"alias 簡稱 after comma", "《中華民國憲法增修條文》，簡稱增修條文，於1991年公布。增修條文規定",
			[]want{{title: "中華民國憲法增修條文", aliases: []string{"增修條文"}, mentions: []string{"《中華民國憲法增修條文》", "增修條文", "增修條文"}}}},
		{"alias 简称 in parens", "《中华人民共和国个人信息保护法》（简称《个保法》）。《个保法》规定",
			[]want{{title: "中华人民共和国个人信息保护法", aliases: []string{"个保法"}, mentions: []string{"《中华人民共和国个人信息保护法》", "《个保法》", "《个保法》"}}}},
		{"alias 以下稱 with 為", "《美墨加協定》(以下稱為《協定》)。《協定》",
			[]want{{title: "美墨加協定", aliases: []string{"協定"}, mentions: []string{"《美墨加協定》", "《協定》", "《協定》"}}}},
		{"alias 以下称 with colon", "《数据安全法》（以下称：《数安法》）。",
			[]want{{title: "数据安全法", aliases: []string{"数安法"}, mentions: []string{"《数据安全法》", "《数安法》"}}}},
		{"alias in corner quotes, Hong Kong style", "《國家安全法》（下稱「國安法」）實施後，國安法規定",
			[]want{{title: "國家安全法", aliases: []string{"國安法"}, mentions: []string{"《國家安全法》", "「國安法」", "國安法"}}}},
		{"two aliases with 或", "《通用数据保护条例》（以下简称《条例》或“GDPR”）。GDPR要求",
			[]want{{title: "通用数据保护条例", aliases: []string{"条例", "GDPR"}, mentions: []string{"《通用数据保护条例》", "《条例》", "“GDPR”", "GDPR"}}}},
		{"bracketed alias: bare word not linked", "《美国人工智能行动计划》（以下简称《计划》）。这份战略计划很长，计划加注投资。",
			[]want{{title: "美国人工智能行动计划", aliases: []string{"计划"}, mentions: []string{"《美国人工智能行动计划》", "《计划》"}}}},
		{"comma then prose is not a second alias", "《美国人工智能行动计划》（以下简称《计划》，该计划很长）",
			[]want{{title: "美国人工智能行动计划", aliases: []string{"计划"}, mentions: []string{"《美国人工智能行动计划》", "《计划》"}}}},
		{"nested angle in double", "《关于修改〈中华人民共和国立法法〉的决定》",
			[]want{
				{title: "关于修改〈中华人民共和国立法法〉的决定", mentions: []string{"《关于修改〈中华人民共和国立法法〉的决定》"}},
				{title: "中华人民共和国立法法", mentions: []string{"〈中华人民共和国立法法〉"}, parent: "D1"},
			}},
		{"nested traditional", "《關於〈國家安全法〉的說明》與〈國家安全法〉",
			[]want{
				{title: "關於〈國家安全法〉的說明", mentions: []string{"《關於〈國家安全法〉的說明》"}},
				{title: "國家安全法", mentions: []string{"〈國家安全法〉", "〈國家安全法〉"}, parent: "D1"},
			}},
		{"order of first mention", "《乙》和《甲》，再談《乙》",
			[]want{{title: "乙", mentions: []string{"《乙》", "《乙》"}}, {title: "甲", mentions: []string{"《甲》"}}}},
		{"unclosed and stray brackets", "《未完\n》孤立〉和《》空", nil},
		{"alias defined after an equal title takes over", "《计划》一文。《美国行动计划》（以下简称《计划》）。《计划》指出",
			[]want{
				{title: "计划", mentions: []string{"《计划》"}},
				{title: "美国行动计划", aliases: []string{"计划"}, mentions: []string{"《美国行动计划》", "《计划》", "《计划》"}},
			}},
		{"alias redefined goes to the latest", "《甲法》（以下简称本法）。本法规定。《乙法》（以下简称本法）。本法另有规定。",
			[]want{
				{title: "甲法", aliases: []string{"本法"}, mentions: []string{"《甲法》", "本法", "本法"}},
				{title: "乙法", aliases: []string{"本法"}, mentions: []string{"《乙法》", "本法", "本法"}},
			}},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			docs := Extract(tc.text)
			checkSpans(t, tc.text, docs)
			if len(docs) != len(tc.want) {
				t.Fatalf("Extract(%q): %d documents %v; want %d", tc.text, len(docs), titles(docs), len(tc.want))
			}
			for i, w := range tc.want {
				d := docs[i]
				if d.Title != w.title {
					t.Errorf("doc %d: title %q; want %q", i, d.Title, w.title)
				}
				if got, want := strings.Join(d.Aliases, "|"), strings.Join(w.aliases, "|"); got != want {
					t.Errorf("doc %d: aliases %q; want %q", i, got, want)
				}
				var ms []string
				for _, m := range d.Mentions {
					ms = append(ms, m.Text)
				}
				if got, want := strings.Join(ms, "|"), strings.Join(w.mentions, "|"); got != want {
					t.Errorf("doc %d: mentions %q; want %q", i, got, want)
				}
				if d.Parent != w.parent {
					t.Errorf("doc %d: parent %q; want %q", i, d.Parent, w.parent)
				}
			}
		})
	}
}

func titles(docs []Document) []string {
	var out []string
	for _, d := range docs {
		out = append(out, d.Title)
	}
	return out
}

func TestMentionKinds(t *testing.T) {
	text := "《区域全面经济伙伴关系协定》（以下简称“协定”）。《协定》和协定"
	docs := Extract(text)
	if len(docs) != 1 {
		t.Fatalf("got %d documents; want 1", len(docs))
	}
	var got []string
	for _, m := range docs[0].Mentions {
		got = append(got, m.Kind.String())
	}
	if g, w := strings.Join(got, ","), "title,alias definition,alias,bare alias"; g != w {
		t.Errorf("kinds %q; want %q", g, w)
	}
	if b, _ := AliasBare.MarshalText(); string(b) != "bare alias" {
		t.Errorf("MarshalText = %q; want %q", b, "bare alias")
	}
}

// The seed article's five titled documents, the first with alias 計畫, in
// both scripts, and the plan an order asked for, named in quotation marks
// (指導制定一項“人工智慧行動計畫”).
func TestSeed(t *testing.T) {
	wantT := []string{"贏得競賽:美國人工智慧行動計畫", "消除美國在人工智慧領域領導地位的障礙", "人工智慧行動計畫", "安全、可靠和值得信賴的人工智慧開發和使用", "國家安全領域的人工智慧治理和風險管理框架", "人工智慧風險管理框架"}
	wantS := []string{"赢得竞赛:美国人工智能行动计划", "消除美国在人工智能领域领导地位的障碍", "人工智能行动计划", "安全、可靠和值得信赖的人工智能开发和使用", "国家安全领域的人工智能治理和风险管理框架", "人工智能风险管理框架"}
	for _, tc := range []struct {
		file  []string
		want  []string
		alias string
	}{
		{[]string{"fixtures", "seed", "article.txt"}, wantT, "計畫"},
		{[]string{"fixtures", "encodings", "seed-simplified.utf8.txt"}, wantS, "计划"},
	} {
		t.Run(tc.file[len(tc.file)-1], func(t *testing.T) {
			b, err := os.ReadFile(shared.Path(t, tc.file...))
			if err != nil {
				t.Fatal(err)
			}
			text := string(b)
			docs := Extract(text)
			checkSpans(t, text, docs)
			if got, want := strings.Join(titles(docs), "|"), strings.Join(tc.want, "|"); got != want {
				t.Fatalf("titles %q; want %q", got, want)
			}
			if got := strings.Join(docs[0].Aliases, "|"); got != tc.alias {
				t.Errorf("D1 aliases %q; want %q", got, tc.alias)
			}
			alias := "《" + tc.alias + "》"
			if got, want := len(docs[0].Mentions), 1+strings.Count(text, alias); got != want {
				t.Errorf("D1 has %d mentions; want %d (title + every %s)", got, want, alias)
			}
			for _, d := range docs[1:] {
				if len(d.Aliases) != 0 {
					t.Errorf("%s: aliases %q; want none", d.ID, d.Aliases)
				}
			}
		})
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"《贏得競賽:美國人工智慧行動計畫》(以下簡稱《計畫》)。根據《計畫》",
		"《关于修改〈中华人民共和国立法法〉的决定》（以下简称本决定）本决定",
		"《甲〈乙》丙〉", "（以下简称《》）", "《\xff》", "《a》，简称“b", "〈〈〈》》》",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		docs := Extract(text)
		checkSpans(t, text, docs)
		seen := map[int]bool{}
		for _, d := range docs {
			if d.Title == "" {
				t.Errorf("%s: empty title", d.ID)
			}
			for _, m := range d.Mentions {
				if seen[m.Start] {
					t.Errorf("%s: two mentions start at %d", d.ID, m.Start)
				}
				seen[m.Start] = true
			}
		}
	})
}

func BenchmarkExtract(b *testing.B) {
	data, err := os.ReadFile(shared.Path(b, "fixtures", "seed", "article.txt"))
	if err != nil {
		b.Fatal(err)
	}
	text := string(data)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Extract(text)
	}
}

// BenchmarkExtractPD runs on 1,000 articles of People's Daily (January
// 1998), rebuilt from the tagged corpus without its tags: news text,
// where documents are rare.
func BenchmarkExtractPD(b *testing.B) {
	data, err := os.ReadFile(shared.Path(b, "eval", "corpus", "pd1998", "199801.utf8.txt"))
	if err != nil {
		b.Fatal(err)
	}
	var texts []string
	var cur strings.Builder
	last := ""
	for _, line := range strings.Split(string(data), "\n") {
		toks := strings.Fields(line)
		if len(toks) < 2 {
			continue
		}
		if id := toks[0][:min(len(toks[0]), 15)]; id != last {
			if cur.Len() > 0 {
				texts = append(texts, cur.String())
				cur.Reset()
			}
			if last = id; len(texts) == 1000 {
				break
			}
		}
		for _, t := range toks[1:] {
			t = strings.TrimPrefix(t, "[")
			if i := strings.LastIndex(t, "/"); i > 0 {
				cur.WriteString(t[:i])
			}
		}
		cur.WriteString("\n")
	}
	n := 0
	for _, t := range texts {
		n += len(t)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	defer benchcpu.Start(b, int64(n))()
	for b.Loop() {
		for _, t := range texts {
			Extract(t)
		}
	}
}
