package document

import (
	"strings"
	"testing"
)

func TestUnbracketed(t *testing.T) {
	for _, tc := range []struct {
		desc, text string
		want       string // title/kind of each document, joined by " ; "
	}{
		{"quoted law", "立法院將審議「數位中介服務法」草案。", "數位中介服務法/law"},
		{"quoted plan", "行政院推動「淨零轉型行動方案」。", "淨零轉型行動方案/plan"},
		{"quoted numbered articles", "北京發布所謂「對台十條」。", "對台十條/other"},
		{"quoted counted assurances", "美方重申「三項保證」。", "三項保證/other"},
		{"quoted budget", "政府提出「韌性強化特別預算」。", "韌性強化特別預算/budget"},
		{"quoted report", "國會要求提交「國務院就區域安全的報告」。", "國務院就區域安全的報告/report"},
		{"quoted term and a head", "各地落实“数字乡村”规划。", "“数字乡村”规划/plan"},
		{"a long quoted title, then its kind", "委員會提出「強化我國偏鄉醫療資源分配機制」建議書。", "強化我國偏鄉醫療資源分配機制/other"},
		{"simplified, a white paper", "国务院新闻办发布“新时代的中国能源发展与国际合作”白皮书。", "新时代的中国能源发展与国际合作/report"},
		{"a meeting named by a long quote is no document", "學校舉辦「學習榜樣精神再創工作佳績」報告會。", ""},
		{"a long quoted phrase without a kind after it", "他強調「要讓每一個孩子都能安心上學」很重要。", ""},
		{"scare quotes are no titles", "他稱這是「違法」行為，「我們的計劃」很好，「這項法案」不行。", ""},
		{"bare laws after a verb and a conjunction", "政府將修正反詐騙條例與個人資料保護法。", "反詐騙條例/law ; 個人資料保護法/law"},
		{"bare law after a particle", "這已違反我國的貿易法。", "貿易法/law"},
		{"bare bill in a committee's name", "商標條例草案委員會開會。", "商標條例草案/law"},
		{"numbered resolution", "北京一再曲解聯合國安理會2231號決議。", "聯合國安理會2231號決議/resolution"},
		{"words with 法 that are no laws", "這是一種好方法，法院的看法是立法會通過了。", ""},
		{"kinds of law are no laws", "這違反國際法，也不符國內法。", ""},
		{"a count of laws", "這兩部法案都已通過。", ""},
		{"official title in running text", "根據國務院關於加強安全生產工作的決定，各地要落實。", "國務院關於加強安全生產工作的決定/resolution"},
		{"official title line, simplified", "某部关于印发实施办法的通知\n各单位：\n现将办法印发给你们。", "某部关于印发实施办法的通知/announcement"},
		{"the text's own title line", "年度財政預算案演詞(二)\n各位議員：\n今天我提出預算。", "年度財政預算案演詞(二)/speech"},
		{"a news headline is no title", "市長出席活動\n今天市長出席活動。", ""},
		{"the title line of a statement given in full", "以下是聲明全文：\n某國外交部\n發言人的聲明\n2024年5月1日\n對《海洋保護法》修訂的立場\n我們強烈反對這項修訂。",
			"對《海洋保護法》修訂的立場/announcement ; 海洋保護法/law"},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			docs := Extract(tc.text)
			checkSpans(t, tc.text, docs)
			var got []string
			for _, d := range docs {
				got = append(got, d.Title+"/"+d.Kind)
			}
			if g := strings.Join(got, " ; "); g != tc.want {
				t.Errorf("Extract(%q) = %q; want %q", tc.text, g, tc.want)
			}
		})
	}
}

func TestUnbracketedAliases(t *testing.T) {
	text := "「數位中介服務法」（以下簡稱「數位法」）規定。數位法另有規定。《個人資料保護法》（Personal Data Protection Act）第5條；個資法也規定。"
	docs := Extract(text)
	checkSpans(t, text, docs)
	if len(docs) != 2 {
		t.Fatalf("got %d documents %q; want 2", len(docs), titles(docs))
	}
	if got := strings.Join(docs[0].Aliases, "|"); got != "數位法" {
		t.Errorf("D1 aliases %q; want 數位法", got)
	}
	if n := len(docs[0].Mentions); n != 3 {
		t.Errorf("D1 has %d mentions; want 3 (title, alias definition, bare alias)", n)
	}
	if got := strings.Join(docs[1].Aliases, "|"); got != "個資法" {
		t.Errorf("D2 aliases %q; want 個資法 (an abbreviation)", got)
	}
	if docs[1].English != "Personal Data Protection Act" {
		t.Errorf("D2 English %q; want %q", docs[1].English, "Personal Data Protection Act")
	}
}

func TestAbbreviates(t *testing.T) {
	for _, tc := range []struct {
		short, full string
		want        bool
	}{
		{"勞基法", "勞動基準法", true},
		{"个资法", "个人资料保护法", true},
		{"刑法", "刑事訴訟法", false},  // too short to tell
		{"勞動法", "勞動保護法", false}, // a stretch of it, another law
		{"環評法", "勞動基準法", false},
	} {
		if got := abbreviates(tc.short, tc.full); got != tc.want {
			t.Errorf("abbreviates(%q, %q) = %v; want %v", tc.short, tc.full, got, tc.want)
		}
	}
}

func TestWordsBoundBareLaws(t *testing.T) {
	text := "他直言美國不需要海洋保護法。"
	words := taggedWords(text, "他/r", "直言/v", "美國/ns", "不/d", "需要/v", "海洋/n", "保護法/n", "。/w")
	docs := ExtractWords(text, words)
	checkSpans(t, text, docs)
	if got := strings.Join(titles(docs), "|"); got != "海洋保護法" {
		t.Errorf("ExtractWords = %q; want 海洋保護法", got)
	}
	if got := strings.Join(titles(Extract(text)), "|"); got != "海洋保護法" {
		t.Errorf("Extract = %q; want 海洋保護法 (stop words)", got)
	}
}

func TestOfficialTitleHoldsABracketedTitle(t *testing.T) {
	text := "根據國務院關於修改《安全生產條例》的決定，各地要落實。"
	docs := Extract(text)
	checkSpans(t, text, docs)
	if got := strings.Join(titles(docs), "|"); got != "國務院關於修改《安全生產條例》的決定|安全生產條例" {
		t.Errorf("titles %q; want the decision, then the regulation it amends", got)
	}
}

func TestBareLawPrecision(t *testing.T) {
	for _, tc := range []struct {
		desc, text string
		want       string
	}{
		{"a name ending in 法", "阿拉法特今天抵達。穆斯塔法說，會談順利。", ""},
		{"idioms", "他們沒法走，做到有法可依。", ""},
		{"a method without a law's context", "研究人員改進了診斷法。", ""},
		{"a short law with its context", "新修訂的稅捐法第5條規定稅率。", "稅捐法/law"},
		{"a list of laws after a governing verb", "將提出甲乙法、丙丁法與戊己條例的修正案。", "甲乙法/law ; 丙丁法/law ; 戊己條例/law"},
		{"a headline about a statement", "外長訪問鄰國並發表聯合聲明\n外長今天抵達。", ""},
		{"a note in brackets is no part", "市長新年講話（附圖片1張）\n市長今天發表講話。", ""},
		{"an official title stops at its first genre", "中央關於土地政策的決定與執行政策的指示已下達。", "中央關於土地政策的決定/resolution"},
		{"quoted list of terms", "要做到“立法、監管、自律、規範”。", ""},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			docs := Extract(tc.text)
			checkSpans(t, tc.text, docs)
			var got []string
			for _, d := range docs {
				got = append(got, d.Title+"/"+d.Kind)
			}
			if g := strings.Join(got, " ; "); g != tc.want {
				t.Errorf("Extract(%q) = %q; want %q", tc.text, g, tc.want)
			}
		})
	}
}

func TestPersonNamesAreNoLaws(t *testing.T) {
	text := "記者陳長法報導，修訂後的安全法實施。"
	words := taggedWords(text, "記者/n", "陳長法/nr", "報導/v", "，/w", "修訂/v", "後/f", "的/uj", "安全法/nr", "實施/v", "。/w")
	docs := ExtractWords(text, words)
	checkSpans(t, text, docs)
	if got := strings.Join(titles(docs), "|"); got != "安全法" {
		t.Errorf("ExtractWords = %q; want 安全法 only (陳長法 is a person)", got)
	}
}

// The tagger's mistakes inside a law's name do not cut it: a prefix verb
// given as a word of its own (反 of 反走私法) and a lone character tagged as
// a surname (陸 of 陸上交通法).
func TestTaggerSlipsInsideLawNames(t *testing.T) {
	text := "這違反我國反走私法，也觸犯陸上交通法之規定。"
	words := taggedWords(text, "這/r", "違反/v", "我國/n", "反/v", "走私法/n", "，/w", "也/d", "觸犯/v", "陸/nr", "上交通法/n", "之/u",
		"規定/n", "。/w")
	docs := ExtractWords(text, words)
	checkSpans(t, text, docs)
	if got := strings.Join(titles(docs), "|"); got != "反走私法|陸上交通法" {
		t.Errorf("ExtractWords = %q; want 反走私法|陸上交通法", got)
	}
}

// taggedWords cuts text into the words given as "word/pos", in order
// (each is looked for after the one before).
func taggedWords(text string, tagged ...string) *WordList {
	ws := &WordList{}
	at := 0
	for _, t := range tagged {
		i := strings.LastIndexByte(t, '/')
		w, pos := t[:i], t[i+1:]
		j := strings.Index(text[at:], w)
		if j < 0 {
			panic("taggedWords: " + w)
		}
		ws.Add(at+j, at+j+len(w), pos)
		at += j + len(w)
	}
	return ws
}
