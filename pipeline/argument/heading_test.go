package argument

import (
	"strings"
	"testing"
)

func TestHeadingShapes(t *testing.T) {
	for _, tc := range []struct {
		line string
		want bool
	}{
		{"一、總體要求", true},
		{"三、强化监管，防范风险", true},        // one comma after the marker's
		{"第一，在推動產業升級與人才培育之方面", true}, // the comma after 第一 is the marker's
		{"2． 科技创新，放在了最突出的位置", true},  // numbered, one comma
		{"II. 審議財務報告", true},         // Roman numeral
		{"（A）背景說明", true},            // letter label
		{"城市更新，靠誰來“接棒”", true},       // ends in a closing quote around a term
		{"未来十年，城市发展的五个方向", true},     // unnumbered, one comma
		{"他說，明天再來，後天也行", false},      // two commas
		{"會議今天舉行。", false},           // sentence
		{"與會者名單如下：", false},          // runs on
		{"「我們會堅持下去」", false},         // a quoted line
		{"他說：「好。」", false},           // ends a quoted sentence
		{"（二〇二四年三月一日）", false},       // a bracketed dateline
		{"這是一個超過二十四個字而且沒有任何標點符號的很長很長的句子真的很長", false}, // too long
		{"## 第一部分 背景", true},
		{"年度施政報告(二)", true}, // a part number in brackets
		{"附件說明（節錄）", false}, // a note in brackets
	} {
		d := newDoc(tc.line)
		if got := d.paras[0].heading; got != tc.want {
			t.Errorf("heading(%q) = %v; want %v", tc.line, got, tc.want)
		}
	}
}

func TestRomanAndLetters(t *testing.T) {
	for _, tc := range []struct {
		s    string
		v, n int
	}{
		{"I. 甲", 1, 1}, {"IV、乙", 4, 2}, {"XII.", 12, 3}, {"Ⅲ．", 3, 3}, {"IIII.", 0, 0}, {"IVORY", 0, 0}, {"VAT", 0, 0},
	} {
		if v, n := romanAt(tc.s, 0); v != tc.v || n != tc.n {
			t.Errorf("romanAt(%q) = %d, %d; want %d, %d", tc.s, v, n, tc.v, tc.n)
		}
	}
	for _, tc := range []struct {
		s    string
		v, n int
	}{
		{"A)", 1, 1}, {"d）", 4, 1}, {"Ｃ）", 3, 3}, {"TTN)", 0, 0}, {"甲", 0, 0},
	} {
		if v, n := letterAt(tc.s, 0); v != tc.v || n != tc.n {
			t.Errorf("letterAt(%q) = %d, %d; want %d, %d", tc.s, v, n, tc.v, tc.n)
		}
	}
}

func TestSubheadingSections(t *testing.T) {
	for _, tc := range []struct {
		desc, text string
		want       string // heading of each section, joined by " ; "
	}{
		{"first sub-heading right after the title",
			"年度施政報告(二)\n穩住就業 推動轉型\n12. 今年經濟面對多重挑戰。我們會穩住就業。\n支援中小企業\n13. 政府會推出三項措施。",
			"年度施政報告(二) ; 穩住就業 推動轉型 ; 支援中小企業"},
		{"simplified, byline between",
			"专访：城市更新的下一步\n（王明，某大学教授）\n城市更新，靠谁来“接棒”\n今天想谈谈城市更新。这是个老问题。\n未来十年，城市发展的五个方向\n第一是人口。人口在变。",
			"专访：城市更新的下一步 ; 城市更新，靠谁来“接棒” ; 未来十年，城市发展的五个方向"},
		{"a subtitle without later sub-headings stays in the lead",
			"主標題\n副標題說明\n正文第一段。甲。\n正文第二段。乙。",
			"主標題"},
		{"Roman-numbered agenda items end the header block",
			"會議紀要\n出席者\n王強先生\nI. 通過上次紀要\n上次紀要獲確認通過。\nII. 討論修訂建議\n委員討論了建議。",
			"會議紀要 ; I. 通過上次紀要 ; II. 討論修訂建議"},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			a := Analyze(tc.text, nil, nil)
			checkSpans(t, tc.text, a)
			var got []string
			for _, s := range a.Sections {
				h := s.Heading
				if h == "" {
					h = "-"
				}
				got = append(got, h)
			}
			if g := strings.Join(got, " ; "); g != tc.want {
				t.Errorf("sections of %q = %q; want %q", tc.text, g, tc.want)
			}
		})
	}
}
