package argument

import "testing"

// Classes of lists seen in real news that the first rules missed, each
// with sentences written for the test (both scripts, other words).

// enumCase is a text and the summary enumSummary gives of its lists.
type enumCase struct{ desc, text, want string }

func runEnumCases(t *testing.T, cases []enumCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.desc, func(t *testing.T) {
			a := Analyze(tc.text, nil, nil)
			checkSpans(t, tc.text, a)
			checkOrder(t, a)
			if g := enumSummary(a); g != tc.want {
				t.Errorf("enumerations in %q =\n  %q; want\n  %q", tc.text, g, tc.want)
			}
		})
	}
}

// 第一、…，第二、…，第三… inside a paragraph: the first marker follows
// the word introducing the list, and a later one may lack its punctuation.
func TestInlineOrdinalLists(t *testing.T) {
	runEnumCases(t, []enumCase{
		{"after 分別是, the last marker bare", "市府去年提出四項施政重點，分別是第一、改善交通，紓解壅塞，第二、興建社宅，第三、推動長照，第四整頓市容，美化街道。",
			"di:4:改善交通|興建社宅|推動長照|整頓市容"},
		{"simplified, after 即", "学校制定了三个目标，即第一、提高教学质量，第二、改善住宿条件，第三加强安全教育。",
			"di:3:提高教学质量|改善住宿条件|加强安全教育"},
		{"commas after the markers, after 包括", "新方案包括第一，延長補助期限；第二，放寬申請資格。", "di:0:延長補助期限|放寬申請資格"},
		{"ranks are no list", "他在比赛中获得第一、第二名的成绩。", ""},
		{"quarters are no list", "今年第一、二季度增长较快，第三季度放缓。", ""},
		{"a bare ordinal of a thing ends the list", "我们要做到：第一，稳增长，第二，保就业，第三方也要参与。", "di:0:稳增长|保就业"},
		{"a bare ordinal alone opens nothing", "他第二次参加比赛，第三天就回家了。", ""},
	})
}

// A count announces the list, 首先 marks its first item, and the others
// open with words that add to it (此外, 同時, 我們還…).
func TestOpenerLists(t *testing.T) {
	runEnumCases(t, []enumCase{
		{"two things, the second with 還", "这次调研有两个任务:首先,摸清企业的实际困难,这是基础。调研组还要听取职工的意见。",
			"seq:2:摸清企业的实际困难|调研组还要听取职工的意见"},
		{"three things, 此外 and 同時", "本次會議討論三件事：首先，審議年度預算。此外，會議檢討了交通政策。同時，委員們也聽取了防疫報告。",
			"seq:3:審議年度預算|會議檢討了交通政策|委員們也聽取了防疫報告"},
		{"one item per paragraph", "政府将推出两项措施：\n首先，降低税率，减轻负担。\n此外，扩大补贴范围。\n这很好。",
			"seq:2:降低税率|扩大补贴范围"},
		{"第一 as the opener", "這項計畫有兩個重點。第一，擴大招生。學校也將增聘教師。", "di:2:擴大招生|學校也將增聘教師"},
		{"no count, no list", "首先，我们要说明立场。我们还要了解关切。", ""},
		{"too few additions", "會議討論三件事：首先，審議預算。此外，會議檢討了交通政策。", ""},
		{"a sentence referring back adds nothing", "他们想做成两件事：首先，稳定物价。这一点他们也做到了。", ""},
	})
}

// 分別為 / 分別是 / 依次為 introduce the list of a group the text counted
// or named before; the items may hold glosses in brackets with commas.
func TestRespectiveLists(t *testing.T) {
	runEnumCases(t, []enumCase{
		{"counted in the paragraph before, closed by 等+noun", "代表團由4國部長組成。\n成員分別為甲國外長王大明、乙國財長李小華、丙國商務部長張三豐及丁國衛生部長趙四等官員，及隨行人員。",
			"inline:4:甲國外長王大明|乙國財長李小華|丙國商務部長張三豐|丁國衛生部長趙四"},
		{"glosses with commas in brackets", "本次论坛邀请了5位嘉宾。\n嘉宾分别是经济学家陈明(Chen Ming, PhD)、企业家刘芳、作家孙强、教授周丽(Zhou Li, Jr.)和律师吴刚。",
			"inline:5:经济学家陈明(Chen Ming, PhD)|企业家刘芳|作家孙强|教授周丽(Zhou Li, Jr.)|律师吴刚"},
		{"no count", "获奖者分别是张明、李华和王强。", "inline:0:张明|李华|王强"},
		{"a closing 以及 clause", "三家機構的負責人依次為甲公司董事長、乙銀行行長，以及丙基金會主席。",
			"inline:3:甲公司董事長|乙銀行行長|丙基金會主席"},
		{"the count closes the list", "兩張選票分別為紅、綠兩色。", "inline:2:紅|綠"},
		{"values are no list", "两地气温分别为25度、27度。", ""},
		{"shares are no list", "今年前三季的成長率分別為三成、兩成和一成。", ""},
	})
}

// A 、 list closed by a count and a short noun of any kind.
func TestTrailingCounts(t *testing.T) {
	runEnumCases(t, []enumCase{
		{"a count and a noun of two characters", "會議由甲市、乙市、丙市三市輪流主辦。", "inline:3:甲市|乙市|丙市"},
		{"simplified, a noun outside the classifier list", "要做到收入、支出两平衡。", "inline:2:收入|支出"},
		{"a time is no count", "北京、天津两天都下了雪。", ""},
		{"a pair of directions before the number", "院落由正殿、偏殿及东西两厢组成。", ""},
		{"dates are no items", "剧团将于2月6日、7日、8日连演三场。", ""},
		{"在內的 before the count", "包括美國、日本和澳洲在內的3國代表出席。", "inline:3:美國|日本|澳洲"},
		{"people counted right after their names", "王大明、陳小華兩人昨天獲釋。", "inline:2:王大明|陳小華"},
		{"a count of people that goes on is no count of the list", "警方逮捕了甲某、乙某和丙某的同夥三人被判刑。", ""},
		{"a name ending in a numeral is no count", "张三、李四两人昨天被捕。", ""},
		{"the first count closes the list, before a verb of composition", "会议决定由甲国、乙国和丙国三国组成的联盟联合丁国和戊国两国组成新的联盟。",
			"inline:3:甲国|乙国|丙国"},
	})
}

// Marker families of official documents: formal numerals (壹、貳、), lower
// -case Roman numerals in brackets ((i) (ii)), letters with a bracket
// (a) b)), and nested levels.
func TestDocumentMarkerFamilies(t *testing.T) {
	runEnumCases(t, []enumCase{
		{"formal numerals over 一、", "壹、前言\n本文說明計畫緣起。\n貳、計畫內容\n一、目標\n提升效率。\n二、策略\n強化合作。\n參、結論\n計畫可行。",
			"dun:0:前言|計畫內容|結論 ; dun:0:目標|策略"},
		{"a formal numeral inside a word is no marker", "大陸、台灣與香港的學者出席。\n陸、海、空三軍參加演習。", ""},
		{"lower-case Roman numerals in brackets", "申請人須符合以下條件：(i) 年滿十八歲；(ii) 在港居住滿七年；(iii) 沒有犯罪紀錄。",
			"roman:0:年滿十八歲|在港居住滿七年|沒有犯罪紀錄"},
		{"letters with a closing bracket", "a) 提交申请表\nb) 缴交费用\nc) 等候通知", "alpha:0:a) 提交申请表|b) 缴交费用|c) 等候通知"},
		{"(1) under （一） under 一、", "一、工作目標\n（一）擴大就業\n(1) 增加職缺。\n(2) 提供訓練。\n（二）穩定物價\n二、保障措施\n加強督導。",
			"dun:0:工作目標|保障措施 ; paren:0:擴大就業|穩定物價 ; paren:0:增加職缺|提供訓練"},
		{"semicolon lines end in 。", "申請須附下列文件：\n身分證明文件影本；\n最近三個月薪資證明；\n租賃契約影本。\n收件後十日內通知。",
			"lines:0:身分證明文件影本|最近三個月薪資證明|租賃契約影本"},
	})
}

// Counts announced with any classifier or with a noun alone: the list
// must have exactly that many items.
func TestCountsOfAnyNoun(t *testing.T) {
	runEnumCases(t, []enumCase{
		{"a count of a noun after the list's introducer", "會議邀請三家銀行參與，包括甲銀行、乙銀行和丙銀行。", "inline:3:甲銀行|乙銀行|丙銀行"},
		{"等 and a noun closing the items", "市府共有4處工地，分別為南港、內湖、士林及北投等區。", "inline:4:南港|內湖|士林|北投"},
		{"平等 is no 等", "会议强调三项原则，包括公平、平等和正义。", "inline:3:公平|平等|正义"},
		{"a count alone before a colon (有三：)", "首相也將推出兩項長期措施，包括提升數碼設施及加強技職教育。資金來源有三：一，政府儲備；二，國債；三，特別股息。",
			"inline:2:提升數碼設施|加強技職教育 ; dun:3:政府儲備|國債|特別股息"},
		{"the count phrase ends before a verb", "雙方在氣候、禁毒和交流等三個領域取得進展。", "inline:3:氣候|禁毒|交流"},
		{"a slogan count before a colon", "当地推行“三招”：减税、降费、简化审批。", "inline:3:减税|降费|简化审批"},
		{"a count of people before a marker list", "委員會選出兩位召集人：第一位是王大明；第二位是李小華。", "di-noun:2:第一位是王大明|第二位是李小華"},
		{"a noun count needs the exact number", "会议邀请了五位专家：甲、乙和丙。", ""},
		{"values are no items of a noun count", "兩名考生的成績分別為：251分、256分。", ""},
		{"a set word is no count", "两岸关系：交流、合作。", ""},
	})
}

// Marker lists in other places and mixes: sequence words and ordinals
// continuing each other, markers opening a quotation or following 包括,
// stems, dashes and dingbats opening lines, unpunctuated lines after a
// colon.
func TestMarkerPlacesAndMixes(t *testing.T) {
	runEnumCases(t, []enumCase{
		{"首先, 其次, then ordinals", "改革分四步走。首先，清查資產。其次，評估價值。第三，公開招標。最後，完成移交。",
			"seq:4:清查資產|評估價值|公開招標|完成移交"},
		{"ordinals closed by 最后", "第一，加强领导。第二，落实责任。最后，严格考核。", "di:0:加强领导|落实责任|严格考核"},
		{"no gap across families", "首先，说明背景。第三是要加强监管。", ""},
		{"a sequence word that is no marker", "首先，收集資料。接著，整理資料。第三天大家都累了。", "seq:0:收集資料|整理資料"},
		{"markers opening a quotation", "他说：“第一，我们要团结；第二，我们要发展。”", "di:0:我们要团结|我们要发展"},
		{"1) after 包括", "措施包括1）降低税率，2）扩大补贴，3）简化程序。", "num:0:降低税率|扩大补贴|简化程序"},
		{"(1) after 分別為 is one list", "計畫分別為(1)甲案、(2)乙案。", "paren:0:甲案|乙案"},
		{"a number in brackets is no marker", "增长率达到3）。", ""},
		{"a bracketed number after a list is no item", "1. 依第12(2)條辦理。\n2. 依第15條辦理。", "num:0:依第12(2)條辦理|依第15條辦理"},
		{"heavenly stems opening lines", "甲、申請人資格\n須年滿二十歲。\n乙、申請程序\n線上填寫表格。\n丙、審查方式\n書面審查。",
			"alpha:0:申請人資格|申請程序|審查方式"},
		{"a stem in running text", "甲、乙雙方同意延長合約。", ""},
		{"double dashes opening lines", "——加快城乡融合；\n——加强生态保护；\n——提升公共服务。", "bullet:0:加快城乡融合|加强生态保护|提升公共服务"},
		{"digits with a full stop", "⒈报名\n⒉考试\n⒊录取", "num:0:报名|考试|录取"},
		{"dingbat circled digits", "➀ 登記；➁ 繳費；➂ 上課", "circled:0:登記|繳費|上課"},
		{"numbers in lenticular brackets opening lines", "【一】市場回顧\n今年市場波動。\n【二】未來展望\n明年可望回穩。", "paren:0:市場回顧|未來展望"},
		{"citations in square brackets are no markers", "研究指出[1]，此法有效[2]。", ""},
		{"一． and 一） opening lines", "一．總則\n本辦法依法訂定。\n二．適用範圍\n全體員工。\n一）申請資格\n年滿二十歲。\n二）申請方式\n線上申請。",
			"dun:0:總則|適用範圍 ; paren:0:申請資格|申請方式"},
		{"a text given in full is no list", "下面是演講全文的英譯：\n某市政府\n市長新年致詞\n2024年1月1日\n各位市民大家好。",
			""},
		{"a count of two of a noun is a set word unless a colon follows", "兩院協調版本中，一是刪除甲條，二是刪除乙條。", "shi:0:刪除甲條|刪除乙條"},
		{"unpunctuated lines after a colon", "本屆得獎名單如下：\n最佳影片 海上日出\n最佳導演 王大明\n最佳女主角 李小華\n頒獎典禮在台北舉行。",
			"lines:0:最佳影片 海上日出|最佳導演 王大明|最佳女主角 李小華"},
	})
}
