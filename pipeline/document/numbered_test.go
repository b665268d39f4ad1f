package document

import (
	"strings"
	"testing"
)

func TestNumberedReports(t *testing.T) {
	for _, tc := range []struct {
		desc, text string
		want       string // title/kind of each document, joined by " ; "
	}{
		{"an issuer, a number in Chinese numerals, 報告書", "議員討論了監察專員第十二號報告書。", "監察專員第十二號報告書/report"},
		{"digits with a session", "財務小組第5/23-24號報告已提交。", "財務小組第5/23-24號報告/report"},
		{"simplified", "审议了专责委员会第3号报告。", "专责委员会第3号报告/report"},
		{"no issuer", "請參閱其中的第5號報告。", ""},
		{"a meeting", "明天舉行研究院第2號報告會。", ""},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			if got := titleKinds(t, tc.text); got != tc.want {
				t.Errorf("Extract(%q) = %q; want %q", tc.text, got, tc.want)
			}
		})
	}
}

// titleKinds returns the documents Extract finds in text as title/kind,
// joined by " ; ", after checking that their spans cut text.
func titleKinds(t *testing.T, text string) string {
	t.Helper()
	docs := Extract(text)
	checkSpans(t, text, docs)
	var got []string
	for _, d := range docs {
		got = append(got, d.Title+"/"+d.Kind)
	}
	return strings.Join(got, " ; ")
}
