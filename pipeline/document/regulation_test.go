package document

import (
	"strings"
	"testing"
)

func TestBareRegulations(t *testing.T) {
	for _, tc := range []struct {
		desc, text string
		want       string // title/kind of each document, joined by " ; "
	}{
		{"a quoted 辦法 is a regulation, not a law", "主管機關公告「電子票證發行管理辦法」。", "電子票證發行管理辦法/regulation"},
		{"a bare 辦法 amended, by its articles", "主管機關預告修正電子票證發行管理辦法第5條。", "電子票證發行管理辦法/regulation"},
		{"a bare 辦法 followed by 辦理", "業者依據漁船海難救助補助辦法辦理。", "漁船海難救助補助辦法/regulation"},
		{"a law's enforcement rules", "依照空氣污染防制法施行細則第8條申報。", "空氣污染防制法施行細則/regulation"},
		{"simplified, a 实施细则 with its context", "省里制定了农村土地承包实施细则。", "农村土地承包实施细则/regulation"},
		{"everyday words", "大家要想辦法，沒有辦法就改遊戲規則，會議提出三個要點。", ""},
		{"a regulation's head without a law's context", "他們談到公司內部的車輛使用管理辦法很麻煩。", ""},
		{"a short name is no regulation", "這是管理辦法第一條。", ""},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			if got := titleKinds(t, tc.text); got != tc.want {
				t.Errorf("Extract(%q) = %q; want %q", tc.text, got, tc.want)
			}
		})
	}
}

// A stop word that is the first half of a word (新 of 新聞) does not cut
// a regulation's name; the name then runs on to a real boundary.
func TestRegulationNameOverAStopWord(t *testing.T) {
	text := "部會將修正新聞採訪管理辦法第3條。"
	words := taggedWords(text, "部會/n", "將/d", "修正/v", "新聞/n", "採訪/vn", "管理/v", "辦法/n", "第3條/m", "。/w")
	docs := ExtractWords(text, words)
	checkSpans(t, text, docs)
	if got := strings.Join(titles(docs), "|"); got != "新聞採訪管理辦法" {
		t.Errorf("ExtractWords = %q; want 新聞採訪管理辦法", got)
	}
}
