package argument

import (
	"strings"
	"testing"
)

// ent is an entity the test gives as a candidate speaker: a name ending in
// an organization head (部, 局, 社, 報…) is an organization, one in 《》 a
// document, anything else a person.
func ents(text string, names ...string) []Speaker {
	var ss []seedSpeaker
	for i, n := range names {
		kind := Person
		switch {
		case strings.HasPrefix(n, "《"):
			kind = Document
		case strings.HasSuffix(n, "部") || strings.HasSuffix(n, "局") || strings.HasSuffix(n, "社") ||
			strings.HasSuffix(n, "報") || strings.HasSuffix(n, "报") || strings.HasSuffix(n, "會") ||
			strings.HasSuffix(n, "会") || strings.HasSuffix(n, "組") || strings.HasSuffix(n, "组") ||
			strings.HasSuffix(n, "院") || strings.HasSuffix(n, "署") || strings.HasSuffix(n, "委") ||
			strings.HasSuffix(n, "辦") || strings.HasSuffix(n, "办") || strings.HasSuffix(n, "黨") || strings.HasSuffix(n, "党"):
			kind = Organization
		}
		name := strings.Trim(n, "《》")
		ss = append(ss, seedSpeaker{string(rune('A' + i)), name, kind, []string{n}})
	}
	return buildSpeakers(text, ss)
}

// quoteLine renders a quote as kind/speaker/verb/text, the speaker by the
// given entity's name or, for a speaker only the text names, as written;
// several speakers are joined by +.
func quoteLine(q Quote, ss []Speaker) string {
	name := func(id string) string {
		for _, s := range ss {
			if s.ID == id {
				return s.Name
			}
		}
		return id // a speaker that only the text names
	}
	sp := name(q.Speaker)
	if len(q.Speakers) > 0 {
		var ns []string
		for _, id := range q.Speakers {
			ns = append(ns, name(id))
		}
		sp = strings.Join(ns, "+")
	}
	return q.Kind.String() + "/" + sp + "/" + q.Verb + "/" + q.Text
}

// TestSpeechFrames covers the frames of news reports that introduce what
// someone says, on sentences written for the test, in Traditional and
// Simplified: each line is the statements found (terms and reported
// speech left out unless the case is about them).
func TestSpeechFrames(t *testing.T) {
	for _, tc := range []struct {
		desc, text string
		names      []string
		want       string // statements, kind/speaker/verb/text, joined by " ; "
	}{
		// Verbs with a colon, a comma or nothing before the quotation.
		{"說", "王小明說：「我們會準時完工。」", []string{"王小明"}, "statement/王小明/說/我們會準時完工。"},
		{"表示 comma", "陳大文表示，「這項政策不會改變。」", []string{"陳大文"}, "statement/陳大文/表示/這項政策不會改變。"},
		{"指出", "林美玲指出：“物价已经回稳。”", []string{"林美玲"}, "statement/林美玲/指出/物价已经回稳。"},
		{"稱", "張志強稱：「會議延到下週舉行。」", []string{"張志強"}, "statement/張志強/稱/會議延到下週舉行。"},
		{"強調 without colon", "趙國華強調「安全是第一位的」。", []string{"趙國華"}, "statement/趙國華/強調/安全是第一位的"},
		{"透露", "黃偉明透露：「新廠明年投產。」", []string{"黃偉明"}, "statement/黃偉明/透露/新廠明年投產。"},
		{"坦言", "刘建国坦言：“压力确实很大。”", []string{"刘建国"}, "statement/刘建国/坦言/压力确实很大。"},
		{"回應", "吳淑芬回應：「我們尊重法院的判決。」", []string{"吳淑芬"}, "statement/吳淑芬/回應/我們尊重法院的判決。"},
		{"批評", "周志成批評：「這個方案根本行不通。」", []string{"周志成"}, "statement/周志成/批評/這個方案根本行不通。"},
		{"呼籲", "鄭雅文呼籲：「請市民減少外出。」", []string{"鄭雅文"}, "statement/鄭雅文/呼籲/請市民減少外出。"},
		{"直言", "孙立平直言：“这样下去不行。”", []string{"孙立平"}, "statement/孙立平/直言/这样下去不行。"},
		{"adverb before the verb", "許文龍自信表示「我們一定會贏」。", []string{"許文龍"}, "statement/許文龍/表示/我們一定會贏"},
		{"喊話", "蔡明哲喊話「大家一起來投票」。", []string{"蔡明哲"}, "statement/蔡明哲/喊話/大家一起來投票"},
		{"宣布", "何志明宣布：「公司將裁員一成。」", []string{"何志明"}, "statement/何志明/宣布/公司將裁員一成。"},
		// Frames between the speaker and the verb, and after the verb.
		{"告訴記者", "王小明告訴記者：「工程已經完成八成。」", []string{"王小明"}, "statement/王小明/告訴/工程已經完成八成。"},
		{"對媒體說", "陳大文對媒體說：「我沒有收到通知。」", []string{"陳大文"}, "statement/陳大文/說/我沒有收到通知。"},
		{"在記者會上說", "林美玲今天在記者會上說：「疫苗下月到貨。」", []string{"林美玲"}, "statement/林美玲/說/疫苗下月到貨。"},
		{"接受訪問時說", "张志强接受《经济日报》访问时说：“明年会更好。”", []string{"张志强", "《经济日报》"}, "statement/张志强/说/明年会更好。"},
		{"在…中寫道", "趙國華在臉書貼文中寫道：「謝謝大家的支持。」", []string{"趙國華"}, "statement/趙國華/寫道/謝謝大家的支持。"},
		{"回應提問時表示", "黃偉明回應記者提問時表示：「目前沒有時間表。」", []string{"黃偉明"}, "statement/黃偉明/表示/目前沒有時間表。"},
		{"發表聲明說", "何志明發表書面聲明說：「我對結果感到失望。」", []string{"何志明"}, "statement/何志明/說/我對結果感到失望。"},
		{"a weekday between", "吳淑芬週三表示：「預算已經送審。」", []string{"吳淑芬"}, "statement/吳淑芬/表示/預算已經送審。"},
		// The speaker after the quotation.
		{"post-posed, comma", "「我們不會讓步。」，周志成說。", []string{"周志成"}, "statement/周志成/說/我們不會讓步。"},
		{"post-posed, pronoun", "王小明到了現場。「情況比想像中好。」他說。", []string{"王小明"}, "statement/王小明/說/情況比想像中好。"},
		{"post-posed, title", "“这是历史性的一天。”外交部长刘建国说。", []string{"外交部", "刘建国"}, "statement/刘建国/说/这是历史性的一天。"},
		{"post-posed, the quotation holds a comma", "張志強認為，景氣會回溫。「我有信心，」他說。", []string{"張志強"}, "statement/張志強/說/我有信心，"},
		{"a term before a verb is no quotation", "被稱為「黑色星期一」的股災昨天宣布調查結果。", nil, ""},
		// A colon after the speaker's name, with no verb.
		{"colon quote", "陳大文：「我會繼續努力。」", []string{"陳大文"}, "statement/陳大文/ /我會繼續努力。"},
		// Source frames: what follows in the sentence is the source's.
		{"據X報道", "據新華社報道，事故原因是「人為疏失」。", []string{"新華社"}, "statement/新華社/ /人為疏失"},
		{"據X報道, a speaker inside", "據新華社報道，當局認為「情況已經受控」。", []string{"新華社"}, "statement/當局/認為/情況已經受控"},
		{"根據法案", "《公平交易法案》今年通過。根據法案，企業須「每年公開帳目」。", []string{"《公平交易法案》"}, "statement/公平交易法案/ /每年公開帳目"},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			ss := ents(tc.text, tc.names...)
			a := Analyze(tc.text, ss, nil)
			checkSpans(t, tc.text, a)
			var got []string
			for _, q := range a.Quotes {
				if q.Kind == KindStatement {
					got = append(got, strings.Replace(quoteLine(q, ss), "//", "/ /", 1))
				}
			}
			if g := strings.Join(got, " ; "); g != tc.want {
				t.Errorf("statements in %q = %q; want %q", tc.text, g, tc.want)
			}
		})
	}
}

// TestSpeakers covers who speaks: pronouns, titles, roles, organizations,
// several speakers and names the entity stage cut short.
func TestSpeakers(t *testing.T) {
	for _, tc := range []struct {
		desc, text string
		names      []string
		want       string // statements, kind/speaker/verb/text, joined by " ; "
		title      string // the first statement's speaker_title
		at         string // the first statement's speaker_at text
	}{
		{"他 after a named speaker", "王小明昨天出席論壇。他說：「轉型不能再等。」", []string{"王小明"},
			"statement/王小明/說/轉型不能再等。", "", "他"},
		{"她 skips a quoted name", "林美玲表示，「陳大文是好人」。她還說：「我們合作多年。」", []string{"林美玲", "陳大文"},
			"statement/林美玲/表示/陳大文是好人 ; statement/林美玲/說/我們合作多年。", "", "林美玲"},
		{"他 → a nearer subject than the last speaker", "王小明表示，計畫會延後。陳大文隨後主持會議。他說：「我們先討論預算。」", []string{"王小明", "陳大文"},
			"statement/陳大文/說/我們先討論預算。", "", "他"},
		{"a title at a transcript label stands for the person", "行政長官陳美玲今日會見傳媒。\n記者：請問何時放寬措施？\n行政長官：我們會按情況檢討。", []string{"陳美玲"},
			"statement/記者//請問何時放寬措施？ ; statement/陳美玲//我們會按情況檢討。", "", "記者"},
		{"他 → the subject, not a titled object", "新任發言人林志遠引用前院長王大同的話，形容兩岸關係。他說：「春天會來。」", []string{"林志遠", "王大同"},
			"statement/林志遠/說/春天會來。", "", "他"},
		{"他們", "王小明和陳大文昨天見面。他們表示：「雙方已有共識。」", []string{"王小明", "陳大文"},
			"statement/王小明+陳大文/表示/雙方已有共識。", "", "他們"},
		{"該部 → the ministry", "經濟部昨日公布新措施。該部表示：「補助下月起申請。」", []string{"經濟部"},
			"statement/經濟部/表示/補助下月起申請。", "", "該部"},
		{"發言人 → the spokesperson before", "外交部發言人劉建國今天表示，雙方會再談。發言人說：「我們保持開放。」", []string{"外交部", "劉建國"},
			"statement/劉建國/說/我們保持開放。", "", "發言人"},
		{"該官員 → the official before", "一名國防部官員表示，演習下週開始。該官員說：「規模比去年大。」", []string{"國防部"},
			"statement/國防部官員/說/規模比去年大。", "", "該官員"},
		{"title with the person", "外交部发言人刘建国说：“中方的立场没有变化。”", []string{"外交部", "刘建国"},
			"statement/刘建国/说/中方的立场没有变化。", "外交部发言人", "刘建国"},
		{"a name the entity stage missed, after its title", "工會副主席陳志豪說：「會員不會接受。」", []string{"工會"},
			"statement/陳志豪/說/會員不會接受。", "工會副主席", "陳志豪"},
		{"增長 is no title", "報告預計今年經濟增長速度的預測說：「會放緩。」", nil, "statement//說/會放緩。", "", ""},
		{"a role the text names", "一名知情人士說：「合約已經簽了。」", nil,
			"statement/知情人士/說/合約已經簽了。", "", "知情人士"},
		{"the one an agency quotes", "路透社引述一名知情人士說：「交易下週完成。」", []string{"路透社"},
			"statement/知情人士/說/交易下週完成。", "", "知情人士"},
		{"a statement after 指出，, not a term", "國台辦發言人陳美華指出，「分裂是死路一條」。", []string{"國台辦", "陳美華"},
			"statement/陳美華/指出/分裂是死路一條", "國台辦發言人", "陳美華"},
		{"a party's candidate right before the verb", "某黨台北市長參選人陳志明說：「我會全力以赴。」", []string{"某黨", "陳志明"},
			"statement/陳志明/說/我會全力以赴。", "某黨台北市長參選人", "陳志明"},
		{"the subject before a mention governed by 在", "林美玲昨日在衛生局記者會痛批：「這是失職。」", []string{"林美玲", "衛生局"},
			"statement/林美玲/痛批/這是失職。", "", "林美玲"},
		{"a name that lost its last character keeps 僅 out", "山田太僅回答：「可以。」", []string{"山田太"},
			"statement/山田太/回答/可以。", "", "山田太"},
		{"the vertical colon", "發言人室主任王建民︰「我們沒有這樣說。」", []string{"王建民"},
			"statement/王建民//我們沒有這樣說。", "發言人室主任", "王建民"},
		{"an organization's official", "財政部官員表示：「稅率不會調整。」", []string{"財政部"},
			"statement/財政部官員/表示/稅率不會調整。", "", "財政部官員"},
		{"a newspaper's editorial", "《环球日报》社评说：“合作才是出路。”", []string{"《环球日报》"},
			"statement/环球日报/说/合作才是出路。", "", "《环球日报》"},
		{"two ministries", "財政部和商務部表示：「關稅暫緩實施。」", []string{"財政部", "商務部"},
			"statement/財政部+商務部/表示/關稅暫緩實施。", "", "財政部"},
		{"two people", "李志遠和孫浩明在會後表示：「談判取得進展。」", []string{"李志遠", "孫浩明"},
			"statement/李志遠+孫浩明/表示/談判取得進展。", "", "李志遠"},
		{"the subject of the verb's clause", "記者追問陳大文的看法，王小明則說，「我不評論。」", []string{"陳大文", "王小明"},
			"statement/王小明/說/我不評論。", "", "王小明"},
		{"a four-character name cut short", "日本首相山田太郎說：「我們會全力支援。」", []string{"山田太"},
			"statement/山田太郎/說/我們會全力支援。", "日本首相", "山田太郎"},
		{"a transliterated name in parts", "美國國務卿約翰‧史密斯說：「美國支持盟友。」", []string{"史密斯"},
			"statement/約翰‧史密斯/說/美國支持盟友。", "美國國務卿", "約翰‧史密斯"},
		{"a name cut after its title", "經濟學者歐陽振華說：「通膨已經見頂。」", []string{"振華"},
			"statement/歐陽振華/說/通膨已經見頂。", "經濟學者", "歐陽振華"},
		{"a weekday glued to the name", "发言人王建周三表示：“谈判仍在进行。”", []string{"王建周"},
			"statement/王建/表示/谈判仍在进行。", "发言人", "王建"},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			ss := ents(tc.text, tc.names...)
			a := Analyze(tc.text, ss, nil)
			checkSpans(t, tc.text, a)
			var got []string
			var first *Quote
			for k, q := range a.Quotes {
				if q.Kind == KindStatement {
					got = append(got, quoteLine(q, ss))
					if first == nil {
						first = &a.Quotes[k]
					}
				}
			}
			if g := strings.Join(got, " ; "); g != tc.want {
				t.Errorf("statements in %q = %q; want %q", tc.text, g, tc.want)
			}
			if first == nil {
				return
			}
			if first.SpeakerTitle != tc.title {
				t.Errorf("speaker_title = %q; want %q", first.SpeakerTitle, tc.title)
			}
			at := ""
			if first.SpeakerAt != nil {
				at = tc.text[first.SpeakerAt.Start:first.SpeakerAt.End]
			}
			if at != tc.at {
				t.Errorf("speaker_at = %q; want %q", at, tc.at)
			}
		})
	}
}

// TestQuotedWords covers quotations inside what someone is reported to
// say (his words), kept apart from quoted terms (names, slogans, scare
// quotes), on sentences written for the test.
func TestQuotedWords(t *testing.T) {
	for _, tc := range []struct {
		desc, text string
		names      []string
		want       string // every quotation in marks, kind/speaker/verb/text
	}{
		{"words in reported speech", "王小明表示，希望事件得到「妥善處理」。", []string{"王小明"},
			"statement/王小明/表示/妥善處理"},
		{"words after a pronoun's statement", "陳大文出席會議。他在聲明中表示，這是「遲來的正義」。", []string{"陳大文"},
			"statement/陳大文/表示/遲來的正義"},
		{"a sentence after reported speech", "林美玲說，市場仍然疲弱，「我們要做好準備」。", []string{"林美玲"},
			"statement/林美玲/說/我們要做好準備"},
		{"fragments after a statement", "刘建国发表声明，“强烈反对”这一决定，并宣布将对“相关人员”实施制裁。", []string{"刘建国"},
			"statement/刘建国/声明/强烈反对 ; statement/刘建国/宣布/相关人员"},
		{"a law's name is a term", "王小明表示，將推動「數位發展條例」修法。", []string{"王小明"},
			"term///數位發展條例"},
		{"so-called", "陳大文批評所謂「低碳轉型」只是口號。", []string{"陳大文"},
			"term///低碳轉型"},
		{"a run of terms", "報告把問題歸結為「缺工」「缺電」兩項。", nil,
			"term///缺工 ; term///缺電"},
		{"a term with a gloss", "總統宣布進入「緊急狀態」（state of emergency）。", nil,
			"term///緊急狀態"},
		{"a phrase modifying a noun", "林美玲強調，這是一場「必須打贏」的仗。", []string{"林美玲"},
			"term///必須打贏"},
		{"the start of a noun phrase", "刘建国指出，“双循环”战略已经见效。", []string{"刘建国"},
			"term///双循环"},
		{"scare quotes without a speaker", "這家「網紅」餐廳排隊要兩小時。", nil,
			"term///網紅"},
		{"a short object of 提出", "周志成提出多項「搶人才」措施。", []string{"周志成"},
			"term///搶人才"},
		{"a bill after 提出", "議員提出「海洋保育法案」。", nil,
			"term///海洋保育法案"},
		{"a word quoted after 這個", "他解釋，這個「delay」是延後的意思。", nil,
			"term///delay"},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			ss := ents(tc.text, tc.names...)
			a := Analyze(tc.text, ss, nil)
			checkSpans(t, tc.text, a)
			var got []string
			for _, q := range a.Quotes {
				if q.Kind != KindIndirect {
					got = append(got, quoteLine(q, ss))
				}
			}
			if g := strings.Join(got, " ; "); g != tc.want {
				t.Errorf("quotations in %q = %q; want %q", tc.text, g, tc.want)
			}
		})
	}
}

// TestRunOnQuotation: a quotation over several paragraphs opens each with
// a mark and closes only at the end; every part is the speaker's, and no
// mark is reported unclosed.
func TestRunOnQuotation(t *testing.T) {
	for _, tc := range []struct {
		desc, text string
		names      []string
		want       string
	}{
		{"speaker before", "衛生局今天發文告說，疫情已經趨緩。\n「本週新增病例下降三成。\n「局方會繼續監測各區情況。」\n其他新聞。",
			[]string{"衛生局"}, "statement/衛生局/說/本週新增病例下降三成。 ; statement/衛生局/說/局方會繼續監測各區情況。"},
		{"verb and colon ending the paragraph", "王小明说：\n“第一，我们要稳住就业。\n“第二，我们要扩大内需。”",
			[]string{"王小明"}, "statement/王小明/说/第一，我们要稳住就业。 ; statement/王小明/说/第二，我们要扩大内需。"},
		{"speaker after", "「今年的訂單比去年多。\n「明年還會更多。」陳大文說。",
			[]string{"陳大文"}, "statement/陳大文/說/今年的訂單比去年多。 ; statement/陳大文/說/明年還會更多。"},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			ss := ents(tc.text, tc.names...)
			a := Analyze(tc.text, ss, nil)
			checkSpans(t, tc.text, a)
			var got []string
			for _, q := range a.Quotes {
				if q.Kind == KindStatement {
					got = append(got, quoteLine(q, ss))
				}
			}
			if g := strings.Join(got, " ; "); g != tc.want {
				t.Errorf("statements in %q = %q; want %q", tc.text, g, tc.want)
			}
			for _, d := range a.Diagnostics {
				if d.Code == DiagUnclosedQuote {
					t.Errorf("diagnostic %s at %q: the quotation runs on", d.Code, tc.text[d.Start:])
				}
			}
		})
	}
}

// TestTranscript: turns opened by the speaker's label and a colon are the
// speaker's words; a paragraph without a label goes on with the turn
// before; a header field or a credit line is no turn.
func TestTranscript(t *testing.T) {
	for _, tc := range []struct {
		desc, text string
		names      []string
		want       string
	}{
		{"press conference", "例行記者會\n電視台記者：請問部長何時訪美？\n王小明：目前還沒有確定的日程。\n我們會適時公布。\n日報記者：預算會增加嗎？\n王小明：會有小幅增加。",
			[]string{"王小明"},
			"statement/電視台記者//請問部長何時訪美？ ; statement/王小明//目前還沒有確定的日程。 ; statement/王小明//我們會適時公布。 ; statement/日報記者//預算會增加嗎？ ; statement/王小明//會有小幅增加。"},
		{"question and answer", "问：新规何时生效？\n答：从下月一日起，全国统一实施。", nil,
			"statement/问//新规何时生效？ ; statement/答//从下月一日起，全国统一实施。"},
		{"title and name", "外交部發言人陳大文：我們歡迎各方對話。", []string{"外交部", "陳大文"},
			"statement/陳大文//我們歡迎各方對話。"},
		{"a title as the label, nobody named", "記者：請問何時放寬措施？\n行政長官：我們會按情況檢討。", nil,
			"statement/記者//請問何時放寬措施？ ; statement/行政長官//我們會按情況檢討。"},
		{"an affiliation after the label; narration ends the turn", "張偉（《晨報》）：請問部長的看法？\n陳大文：我們會研究。\n張偉：還有別的嗎？\n陳大文：暫時沒有。\n會後，王小明笑著說：「今天很順利。」", []string{"張偉", "陳大文", "王小明"},
			"statement/張偉//請問部長的看法？ ; statement/陳大文//我們會研究。 ; statement/張偉//還有別的嗎？ ; statement/陳大文//暫時沒有。 ; statement/王小明/說/今天很順利。"},
		{"fields are no turns", "日期：2024年5月1日\n地點：台北市\n記者：王小明", []string{"王小明"}, ""},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			ss := ents(tc.text, tc.names...)
			a := Analyze(tc.text, ss, nil)
			checkSpans(t, tc.text, a)
			var got []string
			for _, q := range a.Quotes {
				if q.Kind == KindStatement {
					got = append(got, quoteLine(q, ss))
				}
			}
			if g := strings.Join(got, " ; "); g != tc.want {
				t.Errorf("statements in %q = %q; want %q", tc.text, g, tc.want)
			}
		})
	}
}
