package argument

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// article is one of the short test articles under testdata/argument.
type article struct {
	file     string
	speakers []seedSpeaker
}

func articles() []article {
	return []article{
		{"mainland_s.txt", []seedSpeaker{
			{"O1", "国务院办公厅", Organization, []string{"国务院办公厅"}},
			{"O2", "国家发展改革委", Organization, []string{"国家发展改革委"}},
			{"P1", "李明", Person, []string{"李明"}},
			{"D1", "关于加快发展数字经济的实施意见", Document, []string{"《关于加快发展数字经济的实施意见》", "《意见》"}},
		}},
		{"hk_t.txt", []seedSpeaker{
			{"P1", "李家超", Person, []string{"李家超"}},
			{"P2", "陳克勤", Person, []string{"陳克勤"}},
			{"O1", "民建聯", Organization, []string{"民建聯"}},
			{"O2", "立法會", Organization, []string{"立法會"}},
		}},
		{"tw_t.txt", []seedSpeaker{
			{"O1", "經濟部", Organization, []string{"經濟部"}},
			{"P1", "郭智輝", Person, []string{"郭智輝"}},
		}},
		{"pillars_s.txt", nil},
		{"govdoc_s.txt", []seedSpeaker{
			{"O1", "住房城乡建设部", Organization, []string{"住房城乡建设部"}},
		}},
		{"mainland2_s.txt", []seedSpeaker{
			{"O1", "市农业农村局", Organization, []string{"市农业农村局"}},
			{"P1", "王建国", Person, []string{"王建国"}},
		}},
		{"hk2_t.txt", []seedSpeaker{
			{"O1", "衞生署", Organization, []string{"衞生署"}},
			{"P1", "林文健", Person, []string{"林文健"}},
		}},
	}
}

func readArticleBytes(name string) ([]byte, error) {
	return os.ReadFile(filepath.Join("..", "..", "testdata", "argument", name))
}

func readArticle(t testing.TB, name string) string {
	t.Helper()
	b, err := readArticleBytes(name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

type wantEnum struct {
	style     string
	announced int // 0: not announced
	heads     []string
	parent    string // first head of the parent item, "" at top level
}

type wantQuote struct {
	text    string // prefix of the quote
	kind    QuoteKind
	speaker string // speaker name (an entity's, or as the text names it), "" for none
	verb    string
}

type wantSection struct {
	role       Role
	startsWith string
	heading    string
}

type wantTotal struct {
	stated     float64
	parts      []float64
	consistent bool
}

type articleWant struct {
	file     string
	sections []wantSection
	enums    []wantEnum
	quotes   []wantQuote
	totals   []wantTotal
	diags    []string // codes that must be reported
	noDiags  bool     // and nothing else
	thesis   string
}

func articleWants() []articleWant {
	return []articleWant{
		{
			file: "mainland_s.txt",
			sections: []wantSection{
				{RoleLead, "# 关于", "关于加快发展数字经济的实施意见解读"},
				{RoleBackground, "一、出台背景", "一、出台背景"},
				{RoleContent, "二、主要内容", "二、主要内容"},
				{RoleFeatures, "三、特点", "三、特点"},
			},
			enums: []wantEnum{
				// The lead's plan is itself a list counted after its items:
				// 从出台背景、主要内容和特点三个方面.
				{"inline", 3, []string{"出台背景", "主要内容", "特点"}, ""},
				{"dun", 3, []string{"出台背景", "主要内容", "特点"}, ""},
				{"paren", 4, []string{"夯实数字基础设施", "推动产业数字化转型", "强化数据要素保障"}, "主要内容"},
				{"shi", 0, []string{"加快5G网络建设", "推进算力中心布局", "完善工业互联网平台"}, "夯实数字基础设施"},
				{"seq", 3, []string{"目标明确", "措施具体", "保障有力"}, "特点"},
			},
			quotes: []wantQuote{
				{"数字经济规模连续多年", KindIndirect, "国家发展改革委负责人", "表示"}, // the official, not the ministry
				{"上云用数赋智", KindTerm, "", ""},
				{"这份文件为今后五年", KindStatement, "李明", "说"},
				{"各地要结合实际", KindIndirect, "国务院办公厅", "强调"},
			},
			totals: []wantTotal{{20, []float64{8, 7, 5}, true}},
			diags:  []string{DiagCountMismatch},
		},
		{
			file: "hk_t.txt",
			sections: []wantSection{
				{RoleLead, "施政報告重點解讀", "施政報告重點解讀"},
				{RoleContent, "主要內容", "主要內容"},
				{RoleAssessment, "社會反應", "社會反應"},
				{RoleConclusion, "總之", ""},
			},
			enums: []wantEnum{
				{"num", 3, []string{"發展北部都會區", "推動創新科技", "改善民生"}, ""},
				{"seq", 0, []string{"商界認為", "勞工團體關注", "學者指出"}, ""},
			},
			quotes: []wantQuote{
				{"搶人才", KindTerm, "", ""},
				{"拚經濟", KindTerm, "", ""},
				{"我們要以結果為目標", KindStatement, "李家超", "說"},
				{"報告有方向", KindStatement, "陳克勤", "表示"},
				{"輸入外勞", KindTerm, "", ""},
			},
			noDiags: true,
			thesis:  "總之，這份報告能否兌現",
		},
		{
			file: "tw_t.txt",
			sections: []wantSection{
				{RoleLead, "# 能源轉型", "能源轉型白皮書評析"},
				{RoleBackground, "## 背景", "背景"},
				{RoleContent, "## 重點措施", "重點措施"},
				{RoleAssessment, "## 評估", "評估"},
			},
			enums: []wantEnum{
				{"side", 0, []string{"半導體產業擴廠帶動用電", "燃煤機組陸續除役"}, ""},
				{"di", 3, []string{"提高再生能源占比", "強化電網韌性"}, ""},
				{"circled", 2, []string{"成本可能轉嫁給用戶", "時程過於樂觀"}, ""},
			},
			quotes: []wantQuote{
				{"穩定供電是轉型的前提", KindStatement, "筆者", "認為"}, // the author, named by role
				{"沒有穩定的電", KindStatement, "郭智輝", "直言"},
			},
			diags:  []string{DiagCountMismatch},
			thesis: "穩定供電是轉型的前提",
		},
		{
			file:     "pillars_s.txt",
			sections: []wantSection{{RoleLead, "新规划", ""}},
			enums: []wantEnum{
				{"di-noun", 3, []string{"科技自立", "产业升级", "开放合作"}, ""},
			},
			totals: []wantTotal{{20, []float64{8, 7, 4}, false}, {60, []float64{30, 20, 10}, true}},
			diags:  []string{DiagTotalMismatch, DiagClaimContradicted},
		},
		{
			file: "govdoc_s.txt",
			sections: []wantSection{
				{RoleLead, "关于推进", "关于推进城市更新行动的指导意见"},
				{RoleOther, "一、总体要求", "一、总体要求"},
				{RoleContent, "二、主要任务", "二、主要任务"},
				{RoleOther, "三、保障措施", "三、保障措施"},
			},
			enums: []wantEnum{
				{"dun", 0, []string{"总体要求", "主要任务", "保障措施"}, ""},
				{"paren", 0, []string{"指导思想", "工作目标"}, "总体要求"},
				{"paren", 5, []string{"加强既有建筑改造利用", "推进老旧小区改造", "完善城市功能", "加强历史文化保护"}, "主要任务"},
				{"paragraphs", 0, []string{"坚持规划引领", "坚持政府引导", "坚持群众参与"}, "保障措施"},
			},
			quotes: []wantQuote{
				{"各地要因地制宜", KindIndirect, "住房城乡建设部有关负责人", "说"}, // the official, not the ministry
			},
			diags: []string{DiagCountMismatch},
		},
		{
			file:     "mainland2_s.txt",
			sections: []wantSection{{RoleLead, "今年以来", ""}},
			enums: []wantEnum{
				{"shi", 4, []string{"稳定粮食生产", "发展特色产业", "改善人居环境", "深化农村改革"}, ""},
			},
			quotes: []wantQuote{
				{"全年共安排项目45个", KindIndirect, "王建国", "介绍"},
				{"明年我们将继续加大投入", KindStatement, "王建国", "说"},
				{"农民收入增速连续五年", KindIndirect, "专家", "指出"}, // a role speaker, reported
			},
			totals:  []wantTotal{{45, []float64{20, 15, 8}, false}},
			noDiags: true, // a breakdown after 其中 may be partial
		},
		{
			file:     "hk2_t.txt",
			sections: []wantSection{{RoleLead, "政府公布防疫新措施", "政府公布防疫新措施"}},
			enums: []wantEnum{
				{"paren", 2, []string{"食肆晚市堂食時間縮短至晚上六時", "公眾地方聚集人數上限由四人減至兩人"}, ""},
			},
			quotes: []wantQuote{
				{"由於本地個案持續增加", KindIndirect, "政府發言人", "表示"},       // a role speaker, reported
				{"我們明白措施會對市民生活造成不便", KindStatement, "政府發言人", "說"}, // 發言人 resolved to the 政府發言人 before
				{"過去一星期共錄得120宗本地個案", KindIndirect, "林文健", "指出"},
				{"市民應盡量留在家中", KindStatement, "林文健", "強調"},
				{"後知後覺", KindTerm, "", ""},
			},
			totals:  []wantTotal{{120, []float64{80, 30}, false}},
			noDiags: true,
		},
	}
}

func TestArticles(t *testing.T) {
	names := map[string]map[string]string{}
	for _, ar := range articles() {
		names[ar.file] = map[string]string{}
		for _, s := range ar.speakers {
			names[ar.file][s.id] = s.name
		}
	}
	for _, w := range articleWants() {
		t.Run(w.file, func(t *testing.T) {
			var ar article
			for _, x := range articles() {
				if x.file == w.file {
					ar = x
				}
			}
			text := readArticle(t, w.file)
			a := Analyze(text, buildSpeakers(text, ar.speakers), nil)
			checkSpans(t, text, a)

			if len(a.Sections) != len(w.sections) {
				t.Errorf("%d sections; want %d: %+v", len(a.Sections), len(w.sections), a.Sections)
			}
			for i, ws := range w.sections {
				if i >= len(a.Sections) {
					break
				}
				s := a.Sections[i]
				if s.Role != ws.role || !strings.HasPrefix(text[s.Start:], ws.startsWith) || s.Heading != ws.heading {
					t.Errorf("section %d = %v %q heading %q; want %v %q heading %q",
						i, s.Role, prefix(text[s.Start:], 8), s.Heading, ws.role, ws.startsWith, ws.heading)
				}
			}

			heads := map[string]*Enumeration{}
			for k := range a.Enumerations {
				heads[a.Enumerations[k].ID] = &a.Enumerations[k]
			}
			if len(a.Enumerations) != len(w.enums) {
				t.Errorf("%d enumerations; want %d", len(a.Enumerations), len(w.enums))
			}
			for _, we := range w.enums {
				var got *Enumeration
				for k := range a.Enumerations {
					e := &a.Enumerations[k]
					// The same items may be listed twice (a plan, then the
					// headings): the style tells them apart.
					if len(e.Items) == len(we.heads) && strings.HasPrefix(e.Items[0].Head, we.heads[0]) && (got == nil || e.Style == we.style) {
						got = e
					}
				}
				if got == nil {
					t.Errorf("enumeration %q…: not found", we.heads[0])
					continue
				}
				for i, h := range we.heads {
					if !strings.HasPrefix(got.Items[i].Head, h) {
						t.Errorf("%s item %d head = %q; want %q", got.ID, i+1, got.Items[i].Head, h)
					}
				}
				if got.Style != we.style {
					t.Errorf("%s style = %q; want %q", got.ID, got.Style, we.style)
				}
				ann := 0
				if got.Announced != nil {
					ann = got.Announced.Count
				}
				if ann != we.announced {
					t.Errorf("%s announced count = %d; want %d", got.ID, ann, we.announced)
				}
				parent := ""
				if got.Parent != "" {
					id, n, _ := strings.Cut(got.Parent, ".")
					k, _ := strconv.Atoi(n)
					if p := heads[id]; p != nil && k >= 1 && k <= len(p.Items) {
						parent = p.Items[k-1].Head
					} else {
						parent = "?" + got.Parent
					}
				}
				if !strings.HasPrefix(parent, we.parent) || (we.parent == "") != (parent == "") {
					t.Errorf("%s parent = %q (%s); want %q", got.ID, parent, got.Parent, we.parent)
				}
			}

			if len(a.Quotes) != len(w.quotes) {
				t.Errorf("%d quotes; want %d", len(a.Quotes), len(w.quotes))
			}
			for _, wq := range w.quotes {
				var got *Quote
				for k := range a.Quotes {
					if strings.HasPrefix(a.Quotes[k].Text, wq.text) {
						got = &a.Quotes[k]
					}
				}
				if got == nil {
					t.Errorf("quote %q: not found", wq.text)
					continue
				}
				sp := names[w.file][got.Speaker]
				if sp == "" {
					sp = got.SpeakerName // a speaker that only the text names
				}
				if got.Kind != wq.kind || sp != wq.speaker || got.Verb != wq.verb {
					t.Errorf("quote %q = %v by %q (%q); want %v by %q (%q)", wq.text, got.Kind, sp, got.Verb, wq.kind, wq.speaker, wq.verb)
				}
			}

			if len(a.Totals) != len(w.totals) {
				t.Errorf("totals = %+v; want %+v", a.Totals, w.totals)
			}
			for i, wt := range w.totals {
				if i >= len(a.Totals) {
					break
				}
				got := a.Totals[i]
				if got.Stated != wt.stated || fmt.Sprint(got.Parts) != fmt.Sprint(wt.parts) || got.Consistent != wt.consistent {
					t.Errorf("total %d = %v %v consistent %v; want %v %v %v", i, got.Stated, got.Parts, got.Consistent, wt.stated, wt.parts, wt.consistent)
				}
			}

			codes := map[string]bool{}
			for _, d := range a.Diagnostics {
				codes[d.Code] = true
			}
			for _, c := range w.diags {
				if !codes[c] {
					t.Errorf("diagnostic %q not reported; got %+v", c, a.Diagnostics)
				}
			}
			if w.noDiags && len(a.Diagnostics) > 0 {
				t.Errorf("diagnostics = %+v; want none", a.Diagnostics)
			}

			switch {
			case w.thesis == "" && a.Thesis != nil:
				t.Errorf("thesis = %q; want none", a.Thesis.Text)
			case w.thesis != "" && (a.Thesis == nil || !strings.HasPrefix(a.Thesis.Text, w.thesis)):
				t.Errorf("thesis = %+v; want %q…", a.Thesis, w.thesis)
			}
		})
	}
}

func prefix(s string, n int) string {
	r := []rune(s)
	return string(r[:min(n, len(r))])
}
