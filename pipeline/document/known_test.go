package document

import (
	"strings"
	"testing"
)

func TestKnownDocuments(t *testing.T) {
	for _, tc := range []struct {
		desc, text string
		want       string // title/kind/number of mentions of each document, joined by " ; "
	}{
		{"a yearly report with its year, then without", "特首將於下週發表2030年施政報告，施政報告將提出房屋措施。", "2030年施政報告/report/2"},
		{"the same year written without 年", "總理作了2031政府工作報告；2031年政府工作報告強調就業。", "2031年政府工作報告/report/2"},
		{"Chinese numerals", "代表们审议一九九九年政府工作报告。", "一九九九年政府工作报告/report/1"},
		{"two years: the bare name stays apart", "2030年施政報告與2031年施政報告不同，施政報告年年有。", "2030年施政報告/report/1 ; 2031年施政報告/report/1 ; 施政報告/report/1"},
		{"a short law known by name", "言論自由受到基本法保障。", "基本法/law/1"},
		{"a longer name ending in a known one", "立法院三讀通過教育基本法。", "教育基本法/law/1"},
		{"a local government's report is not the known one", "市政府工作报告提出新目标。", ""},
		{"a word that only begins like a known name", "他是基本法律專家，也辦過施政報告會。", ""},
		{"fields of law are no laws", "他研究國內外刑法理論和民法。", ""},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			docs := Extract(tc.text)
			checkSpans(t, tc.text, docs)
			var got []string
			for _, d := range docs {
				got = append(got, d.Title+"/"+d.Kind+"/"+strings.Repeat("|", len(d.Mentions)))
			}
			g := strings.Join(got, " ; ")
			for n := 9; n >= 1; n-- {
				g = strings.ReplaceAll(g, "/"+strings.Repeat("|", n), "/"+string(rune('0'+n)))
			}
			if g != tc.want {
				t.Errorf("Extract(%q) = %q; want %q", tc.text, g, tc.want)
			}
		})
	}
}

func TestYearBefore(t *testing.T) {
	for s, want := range map[string]string{"發表2030年": "2030年", "作2031": "2031", "一九九九年": "一九九九年", "2024年度": "2024年度", "第12030年": "", "十二年": "", "去年": ""} {
		if got := s[len(s)-yearBefore(s):]; got != want {
			t.Errorf("yearBefore(%q) → %q; want %q", s, got, want)
		}
	}
}
