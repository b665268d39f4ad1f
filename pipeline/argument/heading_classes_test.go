package argument

import (
	"strings"
	"testing"
)

// sectionHeadings lists the headings of a's sections ("-" for none).
func sectionHeadings(a *Argument) string {
	var got []string
	for _, s := range a.Sections {
		h := s.Heading
		if h == "" {
			h = "-"
		}
		got = append(got, h)
	}
	return strings.Join(got, " ; ")
}

// Sub-heading shapes of news and documents beyond the short line: phrases
// set apart by spaces, numbered questions, formal numerals, 第N部分.
func TestMoreHeadingShapes(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"市政府宣布擴大補助範圍至全體中小企業 申請期限延長至年底", true},     // spaced phrases, 27 characters
		{"交通部公布春运期间高速公路收费新方案 部分路段免费通行", true},      // simplified
		{"教育部宣布新學年課綱調整方向 部長 : 將兼顧學生的課業負擔", true},   // three phrases and a colon
		{"這是一個沒有空格也沒有標點但是超過了二十四個字的很長的一行文字", false}, // long without spaces
		{"他說好。 我們明天再見面吧", false},                   // a sentence
		{"一、為什麼要推動能源轉型？", true},                    // numbered question
		{"（二）新制何时上路？", true},
		{"一、他问：为什么？", false}, // a colon: a quoted question
		{"壹、計畫緣起", true},
		{"第一部分 总体要求", true},
		{"Hello world this is English", false},
		{"【三】市場展望", true},
		{"一．總則", true},
		{"二）申請方式", true},
	} {
		d := newDoc(tc.line)
		if got := d.paras[0].heading; got != tc.want {
			t.Errorf("heading(%q) = %v; want %v", tc.line, got, tc.want)
		}
	}
}

func TestMoreSubheadingSections(t *testing.T) {
	for _, tc := range []struct {
		desc, text string
		want       string
	}{
		{"spaced sub-headings longer than 24 characters, a date line after the title",
			"市府公布新年度預算 社福支出創新高\n2024-01-05 10:30\n市政府今天公布新年度總預算。社福支出比去年增加一成。\n社會福利支出創下歷年新高 長照服務擴大到全市各區\n社會局表示，長照預算增加兩成。\n交通建設經費小幅減少 捷運延伸線仍按計畫推動\n交通局表示，延伸線明年動工。",
			"市府公布新年度預算 社福支出創新高 ; 社會福利支出創下歷年新高 長照服務擴大到全市各區 ; 交通建設經費小幅減少 捷運延伸線仍按計畫推動"},
		{"a credit line is no sub-heading",
			"新药获批上市\n记者 王小明\n市卫健委今天宣布一款新药进入医保。该药用于治疗罕见病。\n专家称疗效显著\n专家表示，临床数据良好。\n价格仍待确定\n企业称价格将在下月公布。",
			"新药获批上市 ; 专家称疗效显著 ; 价格仍待确定"},
		{"question sub-headings of an explainer",
			"新制上路懶人包\n新的票價制度下月起實施。以下整理重點。\n為什麼要調整票價？\n營運成本連年上升，票價已十年未調整。\n哪些人可以享有優惠？\n學生與長者可享半價。",
			"新制上路懶人包 ; 為什麼要調整票價？ ; 哪些人可以享有優惠？"},
		{"one rhetorical question is no sub-heading",
			"評論：城市的未來\n城市正在快速變化。人口持續移入。\n這意味著什麼？\n這意味著住房需求將持續增加，政府必須提早規劃。",
			"評論：城市的未來"},
		{"questions a speaker asks the audience are no sub-headings",
			"主席致詞\n今年經濟面臨挑戰。\n大家知道今年的增長率是多少？\n答案是百分之三。\n我們能不能做得更好？\n我相信可以。",
			"主席致詞"},
		{"questions in a row are no sub-headings",
			"讀者來信\n有讀者來信詢問以下問題。\n何時可以申請？\n要準備哪些文件？\n我們整理了答案如下。申請期間為下月一日起。",
			"讀者來信"},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			a := Analyze(tc.text, nil, nil)
			checkSpans(t, tc.text, a)
			checkOrder(t, a)
			if g := sectionHeadings(a); g != tc.want {
				t.Errorf("sections of %q =\n  %q; want\n  %q", tc.text, g, tc.want)
			}
		})
	}
}

func TestLongPlainSubheadings(t *testing.T) {
	for _, tc := range []struct {
		desc, text string
		want       string
	}{
		{"a long unpunctuated line among sub-headings",
			"年終特稿\n今年經濟表現亮眼。出口持續成長。\n出口成長\n全年出口創下歷史新高。\n房地產市場在利率上升壓力下明顯降溫而交易量大幅減少\n房價漲幅趨緩，交易量下滑三成。",
			"年終特稿 ; 出口成長 ; 房地產市場在利率上升壓力下明顯降溫而交易量大幅減少"},
		{"two long lines",
			"评论\n城市发展面临新的挑战。人口增长放缓。\n人口结构的变化正在深刻地改变着城市公共服务的需求方向\n老龄化加快，养老需求上升。\n产业转型升级需要更多高素质的技术工人和专业服务人才\n企业普遍反映招工难。",
			"评论 ; 人口结构的变化正在深刻地改变着城市公共服务的需求方向 ; 产业转型升级需要更多高素质的技术工人和专业服务人才"},
		{"one long line alone stays body",
			"評論\n城市發展面臨新的挑戰。人口增長放緩。\n人口結構的變化正在深刻地改變著城市公共服務的需求方向\n老齡化加快，養老需求上升。",
			"評論"},
		{"a long line in two parts among sub-headings",
			"年終特稿\n今年經濟表現亮眼。出口持續成長。\n出口成長\n全年出口創下歷史新高。\n房地產市場明顯降溫，交易量在利率上升壓力下大幅減少三成\n房價漲幅趨緩，交易量下滑。\n經濟部：明年將再推出一系列協助中小企業轉型升級的措施\n措施將在下月公布。",
			"年終特稿 ; 出口成長 ; 房地產市場明顯降溫，交易量在利率上升壓力下大幅減少三成 ; 經濟部：明年將再推出一系列協助中小企業轉型升級的措施"},
		{"the ordinary sub-heading followed by a paragraph that ends in a colon",
			"年終特稿\n今年經濟表現亮眼。出口持續成長。\n房地產市場明顯降溫，交易量在利率上升壓力下大幅減少三成\n房價漲幅趨緩，交易量下滑。\n明年展望\n經濟部官員表示，明年的重點有三個方面：\n一是穩定出口。",
			"年終特稿 ; 房地產市場明顯降溫，交易量在利率上升壓力下大幅減少三成 ; 明年展望"},
		{"a long line in two parts without ordinary sub-headings stays body",
			"評論\n城市發展面臨新的挑戰。人口增長放緩。\n人口結構的變化正在深刻地改變著城市，公共服務的需求方向也在變\n老齡化加快，養老需求上升。\n產業轉型升級需要更多高素質的技術工人，專業服務人才也不夠用\n企業普遍反映招工難。",
			"評論"},
		{"a long line ending in a colon introduces what follows",
			"年終特稿\n今年經濟表現亮眼。出口持續成長。\n出口成長\n全年出口創下歷史新高。\n第六條，地方各級主管機關在這次調整中的主要職責是：\n依法審查申請案件。",
			"年終特稿 ; 出口成長"},
		{"unpunctuated lines after a colon are items, not sub-headings",
			"頒獎典禮\n本屆得獎名單如下：\n最佳影片 海上日出\n最佳導演 王大明\n頒獎典禮在台北舉行。典禮隆重。",
			"頒獎典禮"},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			a := Analyze(tc.text, nil, nil)
			checkSpans(t, tc.text, a)
			checkOrder(t, a)
			if g := sectionHeadings(a); g != tc.want {
				t.Errorf("sections of %q =\n  %q; want\n  %q", tc.text, g, tc.want)
			}
		})
	}
}
