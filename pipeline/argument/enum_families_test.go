package argument

import (
	"fmt"
	"strings"
	"testing"
)

func TestMarkerFamilies(t *testing.T) {
	for _, tc := range []struct {
		desc, text string
		want       []string // style:marker of each list, items joined by |
	}{
		{"label", "措施一，加強甲。\n措施二，推動乙。\n措施三，完善丙。", []string{"label:措施一|措施二|措施三"}},
		{"label at sentence starts, simplified", "举措一：建设甲。举措二：建设乙。", []string{"label:举措一|举措二"}},
		{"labels restart under headings", "第一，甲方面\n方案一，A。\n方案二，B。\n第二，乙方面\n方案一，C。\n方案二，D。",
			[]string{"di:第一|第二", "label:方案一|方案二", "label:方案一|方案二"}},
		{"a word ending in a numeral is no label", "統一，是我們的目標。唯一，是這條路。", nil},
		{"letters in brackets", "（A）甲\n（B）乙\n（C）丙", []string{"alpha:（A）|（B）|（C）"}},
		{"lower-case letters", "(a) 甲；(b) 乙", []string{"alpha:(a)|(b)"}},
		{"acronym in brackets", "（TTN）甲\n（TAK）乙", nil},
		{"letters opening lines", "A. 甲方案\nB. 乙方案", []string{"alpha:A.|B."}},
		{"English initials are no letters", "A. Smith said\nB. Jones said", nil},
		{"Roman numerals", "I. 通過紀要\nII. 討論草案\nIII. 其他事項", []string{"roman:I.|II.|III."}},
		{"bullets", "* 甲；\n* 乙；\n* 丙。", []string{"bullet:*|*|*"}},
		{"two bullet runs", "• 甲\n• 乙\n正文。\n• 丙\n• 丁", []string{"bullet:•|•", "bullet:•|•"}},
		{"minus signs are no bullets", "-5%\n-3%", nil},
		{"numeral and comma at sentence starts", "原因有三：一，甲；二，乙。另有說明。三，丙。", []string{"dun:一|二|三"}},
		{"numeral and comma mid-clause", "數量為一，二者相同。", nil},
		{"a walk through selected articles", "其中第二條規定甲；第五條規定乙；第九條則規定丙。", []string{"di-noun:第二條|第五條|第九條"}},
		{"numbered paragraphs continuing a part", "12. 甲。\n13. 乙。\n14. 丙。", []string{"num:12.|13.|14."}},
		{"two numbered paragraphs past 1 are not enough", "12. 甲。\n13. 乙。", nil},
		{"第N个是", "他上任后，第一个是减税，第二个是放松管制。", []string{"di-noun:第一个|第二个"}},
		{"第N个 in running text", "他是第一个到场的人，也是第二个离开的人。", nil},
		{"一來…二來", "此舉一來可節省成本，二來可提升效率。", []string{"shi:一來|二來"}},
		{"一要…二要…三要", "各地一要压实责任，二要强化监管，三要加强宣传。", []string{"shi:一要|二要|三要"}},
		{"一則 alone", "一則消息指出，會議延期。", nil},
		{"numbers at sentence starts", "措施包括：1）降低稅率；2）擴大補貼；3）簡化程序。", []string{"num:1）|2）|3）"}},
		{"numbers in running text", "增長1.5%，其中2、3月較快。", nil},
		{"numbered lines opening with a date", "1、1月6日，甲地舉行演習。\n2、1月3日，乙地發生地震。", []string{"num:1、|2、"}},
		{"parenthesized digits", "⑴甲；⑵乙；⑶丙", []string{"paren:⑴|⑵|⑶"}},
		{"parenthesized ideographs", "㈠總則\n㈡細則", []string{"paren:㈠|㈡"}},
		{"首先…然後…最後", "首先，收集資料。然後，分析資料。最後，撰寫報告。", []string{"seq:首先|然後|最後"}},
		{"然後 alone opens nothing", "他先吃飯，然後，去散步。", nil},
		{"其一，其二", "理由有二：其一，成本太高；其二，時間太短。", []string{"label:其一|其二"}},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			d := newDoc(tc.text)
			var got []string
			for _, l := range chainMarkers(d.findMarkers()) {
				var ms []string
				for _, m := range l.ms {
					ms = append(ms, d.markerText(m))
				}
				got = append(got, l.style+":"+strings.Join(ms, "|"))
			}
			if strings.Join(got, " ") != strings.Join(tc.want, " ") {
				t.Errorf("lists in %q = %q; want %q", tc.text, got, tc.want)
			}
		})
	}
}

// enumSummary is style:announced:heads of each enumeration, with
// numbers and skips when set, joined by " ; ".
func enumSummary(a *Argument) string {
	var got []string
	for _, e := range a.Enumerations {
		n := 0
		if e.Announced != nil {
			n = e.Announced.Count
		}
		var hs []string
		for _, it := range e.Items {
			hs = append(hs, it.Head)
		}
		s := fmt.Sprintf("%s:%d:%s", e.Style, n, strings.Join(hs, "|"))
		if e.Numbers != nil {
			s += fmt.Sprintf(" numbers=%v skips=%v", e.Numbers, e.Skips)
		}
		got = append(got, s)
	}
	return strings.Join(got, " ; ")
}

func TestEnumerationFamilies(t *testing.T) {
	for _, tc := range []struct {
		desc, text string
		want       string
	}{
		{"labels keep their label in the head", "措施一，加強甲，並推動乙。\n措施二，完善丙。",
			"label:0:措施一，加強甲|措施二，完善丙"},
		{"letter labels keep their label", "（A） 甲乙丙，\n（B）丁戊己。", "alpha:0:（A） 甲乙丙|（B）丁戊己"},
		{"Roman numerals are numbering", "I. 通過紀要\n紀要獲通過。\nII. 討論草案\n委員討論。", "roman:0:通過紀要|討論草案"},
		{"selected articles", "其中第二條規定甲；第五條規定乙；第九條則規定丙。",
			"di-noun:0:規定甲|規定乙|則規定丙 numbers=[2 5 9] skips=true"},
		{"a count that refers to a later list", "這裏只列導言的首點，另外還有三點。當中包括：第二點是甲；第三點是乙；第四點是丙。",
			"di-noun:3:是甲|是乙|是丙 numbers=[2 3 4] skips=false"},
		{"numbered paragraphs with sub-headings between", "穩住就業\n42. 甲事。甲。\n支援企業\n43. 乙事。乙。\n44. 丙事。丙。",
			"num:0:甲事|乙事|丙事 numbers=[42 43 44] skips=false"},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			a := Analyze(tc.text, nil, nil)
			checkSpans(t, tc.text, a)
			if g := enumSummary(a); g != tc.want {
				t.Errorf("enumerations in %q = %q; want %q", tc.text, g, tc.want)
			}
		})
	}
}

func TestInlineLists(t *testing.T) {
	for _, tc := range []struct {
		desc, text string
		want       string
	}{
		{"包括 with a closing 以及 clause", "會議聚焦三大挑戰，包括人口老化、產業外移，以及能源轉型的壓力，並提出對策。",
			"inline:3:人口老化|產業外移|能源轉型的壓力"},
		{"即 and semicolons", "方案涵蓋三個範疇,即擴大投資;培育人才;及改善營商環境。",
			"inline:3:擴大投資|培育人才|改善營商環境"},
		{"a bracket after a counted formula", "落实“两个确保”（确保粮食安全，确保能源安全）的要求。",
			"inline:2:确保粮食安全|确保能源安全"},
		{"colon and semicolons under a count", "全年发生3起事故：5月2日，甲厂火灾；6月9日，乙矿透水；7月1日，丙桥坍塌。",
			"inline:3:5月2日，甲厂火灾|6月9日，乙矿透水|7月1日，丙桥坍塌"},
		{"counted after: 等N项", "会议确定了减税、补贴和贷款贴息等三项举措。", "inline:3:减税|补贴|贷款贴息"},
		{"counted after: N个 with an inner 和", "选定北京、上海和广州、深圳4个城市试点。", "inline:4:北京|上海|广州|深圳"},
		{"counted after, in a bracket", "近期发生了甲厂爆炸、乙矿透水和丙桥坍塌（这3起事故仍在调查），损失惨重。",
			"inline:3:甲厂爆炸|乙矿透水|丙桥坍塌"},
		{"counted earlier by the noun after 等", "總統將出訪南太平洋3島國。\n總統將訪問甲島國、乙島國及丙島國等島國。",
			"inline:3:甲島國|乙島國|丙島國"},
		{"unannounced semicolon series after a colon", "我們可以一起：節約用水；減少浪費；以及支持回收。",
			"inline:0:節約用水|減少浪費|支持回收"},
		{"semicolons inside a quote", "他說：「我們；你們；他們。」", ""},
		{"a number in a later clause is no count", "雙方會否因制裁升級、而在兩國會談後言和，仍難預料。", ""},
		{"found and counted differ", "推出减税、补贴等三项举措。", ""},
		{"counted after, the count in quotation marks", "報告指出，對方強調今年是建黨、建國及改革開放「三個週年」，企圖誤導外界。",
			"inline:3:建黨|建國|改革開放"},
		{"a quoted slogan after two phrases is no count", "我認為可以提倡、也應該提倡「兩條腿走路」。", ""},
		{"a copula before the first item", "今年适逢建党、建国和改革开放三个周年。", "inline:3:建党|建国|改革开放"},
		{"a pair joined by 和, counted after", "會議主要討論了穩定物價和擴大就業兩個議題。", "inline:2:穩定物價|擴大就業"},
		{"a pair after 這兩 is no list", "他和家人對這兩件事都很在意。", ""},
		{"a pair that nothing introduces", "陳大文和李小明兩人昨天抵達。", ""},
		{"counted, then 一個是 per item", "外界有兩個疑問，一個是資金問題，一個是人才問題。她說，政府會處理。", "inline:2:資金問題|人才問題"},
		{"一種是 … 另一種是, an item over two clauses", "对此有两种看法，一种是认为应当加税，理由是财政吃紧；另一种是主张减支。",
			"inline:2:认为应当加税，理由是财政吃紧|主张减支"},
		{"一個是 without a count before", "他說這是一個是非問題，一個是人民的選擇。", ""},
		{"一個是 items fewer than counted", "公司有三個部門，一個是研發，另一個是生產。", ""},
		{"the first item loses its verb phrase", "解决限制发展的算力、能源和人才三大瓶颈。", "inline:3:算力|能源|人才"},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			a := Analyze(tc.text, nil, nil)
			checkSpans(t, tc.text, a)
			if g := enumSummary(a); g != tc.want {
				t.Errorf("enumerations in %q = %q; want %q", tc.text, g, tc.want)
			}
		})
	}
}

func TestLineLists(t *testing.T) {
	for _, tc := range []struct {
		desc, text string
		want       string
	}{
		{"lines after a colon, then a marker line", "措施一，申請程序應有更多考量：\n申請人應放棄原有戶籍。\n居留制度將另訂長期居留辦法。\n措施二，加強管理。",
			"label:0:措施一，申請程序應有更多考量|措施二，加強管理 ; lines:0:申請人應放棄原有戶籍|居留制度將另訂長期居留辦法"},
		{"simplified, semicolon lines", "审查工作应做到以下要求：\n材料齐全；\n程序合法；\n结果公开。",
			"lines:0:材料齐全|程序合法|结果公开"},
		{"speech after a colon is no list", "他說：\n這很好。\n那也不錯。", ""},
		{"long paragraphs are no list", "市長致詞內容為：\n今年以來，市府推動了多項建設，市民也給了很多意見。我們聽到了。我們會改進。\n接下來一年，我們要做的事情還有很多。我們會繼續。我們不會停止。",
			""},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			a := Analyze(tc.text, nil, nil)
			checkSpans(t, tc.text, a)
			if g := enumSummary(a); g != tc.want {
				t.Errorf("enumerations in %q = %q; want %q", tc.text, g, tc.want)
			}
		})
	}
}
