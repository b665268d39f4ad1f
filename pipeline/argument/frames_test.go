package argument

import (
	"strings"
	"testing"
)

// kinded gives the test's candidate speakers with their kinds spelled out:
// "O:" an organization, "D:" a document (its name written in 《》 in the
// text), anything else a person.
func kinded(text string, names ...string) []Speaker {
	var ss []seedSpeaker
	for i, n := range names {
		kind := Person
		switch {
		case strings.HasPrefix(n, "O:"):
			kind, n = Organization, n[2:]
		case strings.HasPrefix(n, "D:"):
			kind, n = Document, n[2:]
		}
		ss = append(ss, seedSpeaker{string(rune('A' + i)), strings.Trim(n, "《》"), kind, []string{n}})
	}
	return buildSpeakers(text, ss)
}

// statements renders the statements of a, as quoteLine does, with " ; "
// between them; with all set, terms and reported speech are listed too.
func statements(a *Argument, ss []Speaker, all bool) string {
	var got []string
	for _, q := range a.Quotes {
		if all || q.Kind == KindStatement {
			got = append(got, quoteLine(q, ss))
		}
	}
	return strings.Join(got, " ; ")
}

type frameCase struct {
	desc, text string
	names      []string
	want       string // statements, kind/speaker/verb/text, joined by " ; "
}

func runFrameCases(t *testing.T, cases []frameCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.desc, func(t *testing.T) {
			ss := kinded(tc.text, tc.names...)
			a := Analyze(tc.text, ss, nil)
			checkSpans(t, tc.text, a)
			if g := statements(a, ss, false); g != tc.want {
				t.Errorf("statements in %q =\n  %q\nwant\n  %q", tc.text, g, tc.want)
			}
		})
	}
}

// TestRelayedQuotes: words one speaker quotes from another (引述/援引/
// 轉述 X (的話) 說/提及：「…」) are the quoted speaker's; a quotation
// joined to them by a connective (，因為「…」, ，而且「…」) goes on with
// them; the relaying speaker's own words after 並強調 are his.
func TestRelayedQuotes(t *testing.T) {
	runFrameCases(t, []frameCase{
		{"引述 X 受訪時提及", "院長特別引述陳志豪教授日前受訪時提及：「產業轉型已經刻不容緩」，因為「對手跑得更快，再不改變就會被淘汰。」",
			[]string{"陳志豪"}, "statement/陳志豪/提及/產業轉型已經刻不容緩 ; statement/陳志豪/提及/對手跑得更快，再不改變就會被淘汰。"},
		{"援引 X 的话说", "王建国援引李明的话说：“改革没有回头路。”", []string{"王建国", "李明"},
			"statement/李明/说/改革没有回头路。"},
		{"轉述 X 的話指", "林佳慧轉述許文龍的話指：「合約不會續簽。」", []string{"林佳慧", "許文龍"},
			"statement/許文龍/指/合約不會續簽。"},
		{"the relayer's own words after 並強調", "市長林志強引述顧問黃明德的話說：「財政必須開源。」並強調，市府的債務已經逼近上限，「我們沒有時間再等了」。",
			[]string{"林志強", "黃明德"}, "statement/黃明德/說/財政必須開源。 ; statement/林志強/強調/我們沒有時間再等了"},
		{"他 after a relay is the relayer", "市長林志強引述顧問黃明德的話說：「財政必須開源。」他接著表示：「市府會先從節流做起。」",
			[]string{"林志強", "黃明德"}, "statement/黃明德/說/財政必須開源。 ; statement/林志強/表示/市府會先從節流做起。"},
		{"并强调 in the same sentence", "部长赵立新援引专家周海的话说：“风险可控”，并强调，今年的目标不会调整，“我们有信心完成”。",
			[]string{"赵立新", "周海"}, "statement/周海/说/风险可控 ; statement/赵立新/强调/我们有信心完成"},
	})
}

// TestConnectedQuotes: a quotation joined to a statement by a connective
// goes on with its speaker; one far into the speaker's reported speech is
// still the speaker's.
func TestConnectedQuotes(t *testing.T) {
	runFrameCases(t, []frameCase{
		{"而且", "陳大文表示：「油價還會再漲」，而且「漲幅可能超過一成。」", []string{"陳大文"},
			"statement/陳大文/表示/油價還會再漲 ; statement/陳大文/表示/漲幅可能超過一成。"},
		{"但是", "李红说：“我们已经尽力了”，但是“结果不如预期”。", []string{"李红"},
			"statement/李红/说/我们已经尽力了 ; statement/李红/说/结果不如预期"},
		{"所以", "周啟明說，「景氣正在轉好」，所以「今年不必再降息」。", []string{"周啟明"},
			"statement/周啟明/說/景氣正在轉好 ; statement/周啟明/說/今年不必再降息"},
		{"far into reported speech", "蘇明哲進一步表示，經濟放緩的原因在於出口減少，加上國內投資不足，企業普遍觀望，許多中小企業面臨資金壓力，銀行放貸趨於保守，使得消費信心持續低迷，「我們必須拿出更大的決心來改革。」",
			[]string{"蘇明哲"}, "statement/蘇明哲/表示/我們必須拿出更大的決心來改革。"},
		{"far into reported speech, after a semicolon", "许志刚强调，除了稳定物价之外，政府也会扩大投资；在就业方面，各地也将增加补贴，帮助毕业生找到工作，同时加强职业培训，“虽然困难不少，但我们不会退缩。”",
			[]string{"许志刚"}, "statement/许志刚/强调/虽然困难不少，但我们不会退缩。"},
		{"a sentence of its own after reported speech", "黃志遠重申，法案經過多次公聽會，「已是歷來最透明的立法」；而預算案一再延宕，恐將拖累投資。「如果我們再不行動，機會就不會再來。」",
			[]string{"黃志遠"}, "statement/黃志遠/重申/已是歷來最透明的立法 ; statement/黃志遠/重申/如果我們再不行動，機會就不會再來。"},
	})
}

// TestColonFrames: a clause naming its speaker (or going on from the
// sentence's subject) and ending with a colon before a quotation
// introduces what the speaker says, whatever its verb (勉勵, 寫下, 喊口號,
// 高唱《…》); a colon clause without a speaker introduces no statement.
func TestColonFrames(t *testing.T) {
	runFrameCases(t, []frameCase{
		{"勉勵", "蔡明哲在致全體員工的信中勉勵：「困難只是暫時的，大家一起撐過去。」", []string{"蔡明哲"},
			"statement/蔡明哲/勉勵/困難只是暫時的，大家一起撐過去。"},
		{"写下", "王立群在留言簿上写下：“愿两国人民世代友好。”", []string{"王立群"},
			"statement/王立群/写下/愿两国人民世代友好。"},
		{"a song's title is no speaker", "李國華為候選人站台，高唱改編歌曲《春天來了》：「春天來了，改變來了。」", []string{"李國華", "D:《春天來了》"},
			"statement/李國華//春天來了，改變來了。"},
		{"the nearest clause's subject", "某黨林淑華出戰北區，知名歌手陳國良為林站台，高唱改編版《明天會更好》：「明天會更好，北區會更好。」", []string{"林淑華", "陳國良", "D:《明天會更好》"},
			"statement/陳國良//明天會更好，北區會更好。"},
		{"a zero subject after a semicolon", "陳淑貞上台合唱；張美玲則在謝幕時帶領支持者喊口號：「堅持到底，勝利在望！」", []string{"陳淑貞", "張美玲"},
			"statement/張美玲//堅持到底，勝利在望！"},
		{"致詞後說", "黃國強當晚頒發了三個獎項，致詞後說：「謝謝大家來捧場。」", []string{"黃國強"},
			"statement/黃國強/說/謝謝大家來捧場。"},
		{"离开前说", "刘德明离开会场前说：“明天再谈。”", []string{"刘德明"},
			"statement/刘德明/说/明天再谈。"},
		{"a role after 的", "負責開場的司儀說：「請大家踴躍投票！」", nil,
			"statement/司儀/說/請大家踴躍投票！"},
		{"a role of a titled person stays whole", "州長的發言人表示：「州長下月出訪。」", nil,
			"statement/州長的發言人/表示/州長下月出訪。"},
		{"a slogan on a banner has no speaker", "標語上寫著：「安全第一，預防為主。」", nil, ""},
		{"an unknown verb is no name", "日本專家連連稱讚：「這支團隊了不起！」", nil,
			"statement/日本專家//這支團隊了不起！"},
		{"a letter's words are not an earlier clause's subject", "陳志明在信中寫道：「謝謝你們。」另一封署名小林的來信只有短短一句話：「我很喜歡這個網站。」", []string{"陳志明"},
			"statement/陳志明/寫道/謝謝你們。"},
		{"a second letter far after the first", "讀者陳志明在信中寫道：『你們的網站很好，內容豐富，更新也快，我每天都會上來看看，也推薦給身邊的朋友和同事。以前總覺得國內沒有像樣的網站，現在終於有了，真替你們高興……』而另一封署名小林的來信只有短短一句話：『我很喜歡這個網站！』", []string{"陳志明"},
			"statement/陳志明/寫道/你們的網站很好，內容豐富，更新也快，我每天都會上來看看，也推薦給身邊的朋友和同事。以前總覺得國內沒有像樣的網站，現在終於有了，真替你們高興……"},
		{"a vision defined is no speech", "王志明上任後召開會議，確定新的願景為：「建設宜居宜業的城市」。", []string{"王志明"}, ""},
		{"a list after 包括 is no speech", "陈立新提出三项目标，包括：“稳就业、保民生、促发展”。", []string{"陈立新"}, ""},
		{"a screen has no speaker", "大屏幕上打出：“欢迎各位来宾。”", nil, ""},
	})
}

// TestTranscriptTurns: a statement read as one turn goes on over the
// paragraphs after it while they speak in the first person; a reported
// third party inside an answer does not end the turn; a title as the
// label stands for the person holding it, named before or after.
func TestTranscriptTurns(t *testing.T) {
	runFrameCases(t, []frameCase{
		{"one turn over several paragraphs", "國務院\n新聞稿\n部長張志明：大家午安。我先簡單說明今天會談的結果。\n我們就貿易問題交換了意見，雙方同意繼續對話。\n我們也談到了氣候合作。",
			[]string{"張志明"},
			"statement/張志明//大家午安。我先簡單說明今天會談的結果。 ; statement/張志明//我們就貿易問題交換了意見，雙方同意繼續對話。 ; statement/張志明//我們也談到了氣候合作。"},
		{"one turn in Simplified with ASCII colons", "部长王立:各位好,我讲三点。\n第一,我们会继续开放市场。\n第二,我们会保护投资者。",
			[]string{"王立"},
			"statement/王立//各位好,我讲三点。 ; statement/王立//第一,我们会继续开放市场。 ; statement/王立//第二,我们会保护投资者。"},
		{"a headline label does not run on", "總統：經濟會在明年下半年好轉，薪資與就業也會同步成長\n王大同總統今天表示，我們的經濟會好轉。\n我國行政院隨後公布了新的預算案，總額比去年多。",
			[]string{"王大同"}, "statement/王大同//經濟會在明年下半年好轉，薪資與就業也會同步成長"},
		{"narration in the third person ends one turn", "部長張志明：我們會繼續努力。\n張志明隨後離開會場，前往機場。",
			[]string{"張志明"}, "statement/張志明//我們會繼續努力。"},
		{"a third party reported inside an answer", "記者：請問會談有什麼成果？\n林美玲：會談非常成功，雙方簽了三份文件。\n今年是兩國建交五十年，部長王志遠在會上提出三點建議：一是加強合作。二是擴大交流。",
			[]string{"林美玲", "王志遠"},
			"statement/記者//請問會談有什麼成果？ ; statement/林美玲//會談非常成功，雙方簽了三份文件。 ; statement/林美玲//今年是兩國建交五十年，部長王志遠在會上提出三點建議：一是加強合作。二是擴大交流。"},
		{"labels by the short name the text declares", "本報專訪經濟學者林志遠（以下簡稱林）。\n記者：您怎麼看明年的景氣？\n林：明年上半年仍然偏弱，下半年才會回升。\n記者：央行會降息嗎？\n林：我認為機會不大。",
			[]string{"林志遠"},
			"statement/記者//您怎麼看明年的景氣？ ; statement/林志遠//明年上半年仍然偏弱，下半年才會回升。 ; statement/記者//央行會降息嗎？ ; statement/林志遠//我認為機會不大。"},
		{"a title label for the person named after it", "總統：我們會堅守民主。\n陳志明總統今天在國慶大會上致詞，重申這一立場。",
			[]string{"陳志明"}, "statement/陳志明//我們會堅守民主。"},
	})
}

// TestParagraphQuotes: a quotation making a paragraph of its own belongs
// to the speaker of the paragraph before (他解釋，…) or to the one the
// next paragraph names (王大明這麼說); a run-on quotation whose last
// closing mark is lost ends with its paragraph.
func TestParagraphQuotes(t *testing.T) {
	runFrameCases(t, []frameCase{
		{"after 她解釋", "衛生部長陳美華證實，政府曾討論延長隔離。\n她解釋，專家的意見必須尊重，因此有這樣的建議。\n「請大家等待正式公布，不要猜測。」\n陳美華是在出席活動後這樣回應。",
			[]string{"陳美華"}, "statement/陳美華/解釋/請大家等待正式公布，不要猜測。"},
		{"the next paragraph names the speaker", "「這項計畫不會因為預算而取消。」\n王大明在記者會上這麼說。",
			[]string{"王大明"}, "statement/王大明/說/這項計畫不會因為預算而取消。"},
		{"the next paragraph names the speaker, 如此表示", "“我们欢迎所有愿意合作的伙伴。”\n商务部长李文是在今天的论坛上如此表示的。",
			[]string{"李文"}, "statement/李文/表示/我们欢迎所有愿意合作的伙伴。"},
		{"a statement issued in full after 如下", "美國貿易代表白瑞德今天發表如下聲明：\n我們對談判的進展感到滿意。\n我們會在下個月公布後續安排。\n（完）",
			[]string{"白瑞德"},
			"statement/白瑞德/聲明/我們對談判的進展感到滿意。 ; statement/白瑞德/聲明/我們會在下個月公布後續安排。"},
		{"a speech in full ends where the text narrates", "总理李国安在开幕式上致辞，致辞全文如下：\n各位来宾，大家好。今天我们在这里隆重集会。\n李国安随后会见了与会代表，他说：“希望大家畅所欲言。”",
			[]string{"李国安"},
			"statement/李国安/致辞/各位来宾，大家好。今天我们在这里隆重集会。 ; statement/李国安/说/希望大家畅所欲言。"},
		{"a transcript after 如下 is read by its turns", "发言人王立答记者问，实录如下：\n记者：会谈有何成果？\n王立：双方达成了三点共识。",
			[]string{"王立"}, "statement/记者//会谈有何成果？ ; statement/王立//双方达成了三点共识。"},
		{"a run-on quotation whose last mark is lost", "外交部发表声明如下：\n“我们对局势表示关切。\n“我们呼吁各方保持克制。\n“我们将继续关注事态发展。\n相关单位将于下月公布细则。",
			[]string{"O:外交部"},
			"statement/外交部/声明/我们对局势表示关切。 ; statement/外交部/声明/我们呼吁各方保持克制。 ; statement/外交部/声明/我们将继续关注事态发展。"},
	})
}

// TestMoreFrames covers further frames of Chinese news: posts, statements
// and reports as the subject, 坦承, 補充說, a spokesperson's 回應稱, a
// quotation followed by 他說 without a comma, half-width marks.
func TestMoreFrames(t *testing.T) {
	runFrameCases(t, []frameCase{
		{"在社交媒体上发文称", "李明在社交媒体上发文称：“这是不公平的。”", []string{"李明"},
			"statement/李明/称/这是不公平的。"},
		{"在推特上寫道", "王強在推特上寫道：「我們一定會贏。」", []string{"王強"},
			"statement/王強/寫道/我們一定會贏。"},
		{"在臉書貼文表示", "林宜君在臉書貼文表示，「謝謝每一位支持者」。", []string{"林宜君"},
			"statement/林宜君/表示/謝謝每一位支持者"},
		{"坦承", "陳大文坦承：「我們低估了困難。」", []string{"陳大文"},
			"statement/陳大文/坦承/我們低估了困難。"},
		{"他补充说", "张伟今天出席论坛。他补充说：“这只是第一步。”", []string{"张伟"},
			"statement/张伟/补充说/这只是第一步。"},
		{"发言人回应称", "外交部发言人回应称：“中方的立场是一贯的。”", []string{"O:外交部"},
			"statement/外交部发言人/称/中方的立场是一贯的。"},
		{"聲明指出 → the issuer", "白宮昨天發表聲明。聲明指出：「美國將繼續支持盟友。」", []string{"O:白宮"},
			"statement/白宮/指出/美國將繼續支持盟友。"},
		{"报告写道 → the issuer", "世界银行今天发布一份报告。报告写道：“全球增长将放缓。”", []string{"O:世界银行"},
			"statement/世界银行/写道/全球增长将放缓。"},
		{"公告說 → the issuer where the text is mentioned", "根據財政部日前的公告，新稅制明年上路，並由次長林志明督導。公告也說：「稅率不會調高。」", []string{"O:財政部", "林志明"},
			"statement/財政部/說/稅率不會調高。"},
		{"文章稱 → the outlet", "《晨報》昨天刊出一篇評論。文章稱：「改革不能半途而廢。」", []string{"O:《晨報》"},
			"statement/晨報/稱/改革不能半途而廢。"},
		{"他說 without a comma", "吳志偉走出會場。「這是最後一次。」他說。", []string{"吳志偉"},
			"statement/吳志偉/說/這是最後一次。"},
		{"inside brackets", "會議延到下月（王小明說：「我們需要更多時間。」），各方同意。", []string{"王小明"},
			"statement/王小明/說/我們需要更多時間。"},
		{"ASCII marks", "王小明说:\"我们会准时完工。\"", []string{"王小明"},
			"statement/王小明/说/我们会准时完工。"},
		{"ASCII comma", "陈大文表示,“这项政策不会改变。”", []string{"陈大文"},
			"statement/陈大文/表示/这项政策不会改变。"},
		{"解释说", "赵刚解释说：“新规只针对大企业。”", []string{"赵刚"},
			"statement/赵刚/解释说/新规只针对大企业。"},
		{"a name introduced after its title, alone later", "資深律師的范志強回應查詢，指法例寫得很清楚。\n范志強表示：「關鍵在於有沒有呼籲投票。」", nil,
			"statement/范志強/表示/關鍵在於有沒有呼籲投票。"},
		{"透過發言人表示", "林志成透過發言人表示：「我不會參選。」", []string{"林志成"},
			"statement/林志成/表示/我不會參選。"},
		{"告訴《…》", "王小明告訴《晨報》：「我們下個月就會宣布。」", []string{"王小明", "O:《晨報》"},
			"statement/王小明/告訴/我們下個月就會宣布。"},
		{"the spokesperson of an organization", "白宮的發言人說：「總統下週出訪。」", []string{"O:白宮"},
			"statement/白宮的發言人/說/總統下週出訪。"},
		{"他續稱", "陳大文表示，公司營收創新高。他續稱：「明年會更好。」", []string{"陳大文"},
			"statement/陳大文/稱/明年會更好。"},
		{"直指", "周志成直指：「這是政策失誤。」", []string{"周志成"},
			"statement/周志成/直指/這是政策失誤。"},
		{"補充 after the quotation", "林美玲談到人才問題。「我們要留住年輕人。」她補充。", []string{"林美玲"},
			"statement/林美玲/補充/我們要留住年輕人。"},
		{"如是說", "「改革已經走到深水區，不能回頭。」\n劉志強在會議結束時如是說。", []string{"劉志強"},
			"statement/劉志強/說/改革已經走到深水區，不能回頭。"},
		{"受訪時指", "黃美華受訪時指，「房價短期內不會下跌」。", []string{"黃美華"},
			"statement/黃美華/指/房價短期內不會下跌"},
		{"回應媒體查詢時表示", "衛生署回應媒體查詢時表示：「疫苗供應充足。」", []string{"O:衛生署"},
			"statement/衛生署/表示/疫苗供應充足。"},
		{"在微博上发文称", "演员李小冉在微博上发文称：“感谢大家的关心。”", []string{"李小冉"},
			"statement/李小冉/称/感谢大家的关心。"},
		{"据报道 then a named speaker", "据路透社报道，一名官员说：“谈判已经破裂。”", []string{"O:路透社"},
			"statement/官员/说/谈判已经破裂。"},
		{"a saying quoted by the speaker", "總統引用一句俗話說：「家和萬事興。」", []string{"總統"},
			"statement/總統/說/家和萬事興。"},
		{"a described speaker after the quotation", "「我們不會放棄任何一個人。」，曾任衛生局長的黃俊傑說。", []string{"黃俊傑"},
			"statement/黃俊傑/說/我們不會放棄任何一個人。"},
		{"a dateline in brackets before the subject", "（本報記者周文華台北8日電）交通部長李建成今天表示，「高鐵票價不會調漲」。", []string{"周文華", "李建成"},
			"statement/李建成/表示/高鐵票價不會調漲"},
		{"an anonymous trader relayed at question time", "立委趙明德質詢時引述一名業者的話說：「申請流程太繁瑣，很多人來不及申請。」", nil,
			"statement/業者/說/申請流程太繁瑣，很多人來不及申請。"},
		{"a long title after the quotation", "“分歧是结构性的，”华盛顿一家智库国际经济研究中心的资深研究员约翰·韦斯特说，“不可能在几周内解决。”", []string{"约翰·韦斯特"},
			"statement/约翰·韦斯特/说/分歧是结构性的， ; statement/约翰·韦斯特/说/不可能在几周内解决。"},
		{"a verb after the quotation that introduces the next one", "老人接過鑰匙，連聲說：「政府真的守信用。」一直在工地督導的副市長張國華指著新樓說：「春節前大家都能搬進去。」", []string{"張國華"},
			"statement/老人/說/政府真的守信用。 ; statement/張國華/說/春節前大家都能搬進去。"},
		{"他接著說 after a quotation goes on", "「是啊，日子比以前好多了。」王秀蘭接著說：「孩子們也都有了工作。」", []string{"王秀蘭"},
			"statement/王秀蘭/說/是啊，日子比以前好多了。 ; statement/王秀蘭/說/孩子們也都有了工作。"},
		{"a resident described after the quotation", "有市民表示，停電超過十小時。「政府應該早點通知我們。」一名姓李的居民說。", []string{"李"},
			"statement/居民/說/政府應該早點通知我們。"},
		{"a Malaysian honorific between the office and the name", "（吉隆坡5日訊）教育部長拿督莎麗娜宣布，新學年將延後開課。\n她說，家長不必擔心學生的進度。\n“我們會確保每一個孩子都跟得上。”\n莎麗娜是今日在國會大廈出席記者會時這麼說的。", nil,
			"statement/莎麗娜/說/我們會確保每一個孩子都跟得上。"},
		{"a headline's bare title for the person named after it", "特首回應：「政府會全力支援受災市民。」\n行政長官何志強今日會見傳媒。", []string{"何志強"},
			"statement/何志強/回應/政府會全力支援受災市民。"},
		{"a quotation going on from the sentence before", "部長周文華指出，兩國都是重要的貿易夥伴。雙方要加強溝通，“共同維護公平的貿易秩序”。", []string{"周文華"},
			"statement/周文華/指出/共同維護公平的貿易秩序"},
		{"an actor of its own keeps a quotation apart", "王小明表示，會議順利結束。美國代表團卻“在會上一再打斷別人的發言”。", []string{"王小明", "O:美國代表團"},
			""},
		{"a bare title far into the text for the holder the lead names", "林一民總統今日接見訪問團。\n訪問團團長感謝我國協助。\n雙方就貿易議題交換意見。\n會中也談到能源合作。\n代表團隨後前往台中參訪。\n總統最後表示：「我們期待雙方的合作更加緊密。」", []string{"林一民"},
			"statement/林一民/表示/我們期待雙方的合作更加緊密。"},
		{"a deputy's title is not the title", "林一民總統今日接見訪問團。前副總統王大同也在座。總統表示：「歡迎各位貴賓。」", []string{"林一民", "王大同"},
			"statement/林一民/表示/歡迎各位貴賓。"},
		{"特首 for the 行政長官 named before", "行政長官何志強今日會見傳媒。\n特首說：「復常工作會在一週內完成。」", []string{"何志強"},
			"statement/何志強/說/復常工作會在一週內完成。"},
		{"報道指 → the outlet that reported", "據《海峽日報》報道，港口昨天一度關閉。報道指：「數百艘船隻受到影響。」", []string{"O:《海峽日報》"},
			"statement/海峽日報/指/數百艘船隻受到影響。"},
		{"an outlet's report relaying people at a meeting", "《金融日報》周日報道，談判出現僵局。該報援引參與會議人士稱：「雙方在補貼問題上沒有交集。」", []string{"O:《金融日報》"},
			"statement/參與會議人士/稱/雙方在補貼問題上沒有交集。"},
		{"消息指 with no source named", "消息指：「談判已經破裂。」", nil, "statement//指/談判已經破裂。"},
		{"據報導 has no speaker", "據報導，「雙方已經達成協議」。", nil, ""},
	})
}

// TestQuotesStayTerms: scare quotes, names and slogans stay terms however
// the new frames read.
func TestQuotesStayTerms(t *testing.T) {
	for _, tc := range []frameCase{
		{"號稱", "這家店號稱「全台最好吃」。", nil, "term///全台最好吃"},
		{"所謂的", "王小明說，這是所謂的「雙贏」。", []string{"王小明"}, "term///雙贏"},
		{"a long event name", "林美玲表示，她曾出席「東亞數位貿易（DTA）部長級論壇」。", []string{"林美玲"},
			"term///東亞數位貿易（DTA）部長級論壇"},
		{"what he said, a word", "他說的「躺平」其實是一種態度。", nil, "term///躺平"},
		{"a nickname after 稱", "網友稱他為「小巨人」。", nil, "term///小巨人"},
		{"a term after 而且", "陳大文表示：「我們會檢討」，而且會推動「城鄉一體」政策。", []string{"陳大文"},
			"statement/陳大文/表示/我們會檢討 ; term///城鄉一體"},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			ss := kinded(tc.text, tc.names...)
			a := Analyze(tc.text, ss, nil)
			checkSpans(t, tc.text, a)
			var got []string
			for _, q := range a.Quotes {
				if q.Kind != KindIndirect {
					got = append(got, quoteLine(q, ss))
				}
			}
			if g := strings.Join(got, " ; "); g != tc.want {
				t.Errorf("quotations in %q =\n  %q\nwant\n  %q", tc.text, g, tc.want)
			}
		})
	}
}

// TestNameKnownWhole: a person mention the entity stage cut short at
// either end is made whole, and given to the person, where the text names
// that person whole elsewhere.
func TestNameKnownWhole(t *testing.T) {
	for _, tc := range []struct {
		desc, text, whole, cut string
		want                   string
	}{
		{"cut at the start", "美國總統哈里森今天發表談話。\n「這是艱難的決定，」哈里森說，「但我們必須做。」", "哈里森", "里森",
			"statement/哈里森/說/這是艱難的決定， ; statement/哈里森/說/但我們必須做。"},
		{"cut at the end", "首相山本一郎昨天抵達。\n山本一郎表示：“双方会加强合作。”", "山本一郎", "山本一",
			"statement/山本一郎/表示/双方会加强合作。"},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			// The whole name at its first occurrence, the cut one inside
			// its second.
			first := strings.Index(tc.text, tc.whole)
			again := first + len(tc.whole) + strings.Index(tc.text[first+len(tc.whole):], tc.whole)
			second := again + strings.Index(tc.whole, tc.cut)
			ss := []Speaker{
				{ID: "A", Name: tc.whole, Kind: Person, Mentions: []Span{{first, first + len(tc.whole)}}},
				{ID: "B", Name: tc.cut, Kind: Person, Mentions: []Span{{second, second + len(tc.cut)}}},
			}
			if got := tc.text[second : second+len(tc.cut)]; got != tc.cut {
				t.Fatalf("test setup: %q at the cut mention, want %q", got, tc.cut)
			}
			a := Analyze(tc.text, ss, nil)
			checkSpans(t, tc.text, a)
			if g := statements(a, ss, false); g != tc.want {
				t.Errorf("statements in %q =\n  %q\nwant\n  %q", tc.text, g, tc.want)
			}
		})
	}
}

// TestHonorificNames: a person mention that opens with a Malaysian title
// of honour and was cut inside the long name after it is read as the
// whole name, without the honorific.
func TestHonorificNames(t *testing.T) {
	text := "卫生部长拿督斯里阿兹曼哈欣证实，政府正在研究入境限制。“请大家耐心等待正式宣布。”"
	for _, cut := range []string{"拿督斯里阿兹曼", "阿兹曼"} {
		i := strings.Index(text, cut)
		ss := []Speaker{{ID: "P1", Name: cut, Kind: Person, Mentions: []Span{{i, i + len(cut)}}}}
		a := Analyze(text, ss, nil)
		checkSpans(t, text, a)
		if g, want := statements(a, ss, true), "indirect/阿兹曼哈欣/证实/政府正在研究入境限制 ; statement/阿兹曼哈欣/证实/请大家耐心等待正式宣布。"; g != want {
			t.Errorf("quotes in %q, the name found as %q =\n  %q\nwant\n  %q", text, cut, g, want)
		}
	}
}

// TestReportedAfterAFrame: reported speech whose verb comes after a frame
// built on another verb (回應時指，…) is the speaker's.
func TestReportedAfterAFrame(t *testing.T) {
	text := "交通局局長陳志遠回應時指，票價是按公式計算，政府無權凍結。"
	ss := kinded(text, "陳志遠")
	a := Analyze(text, ss, nil)
	checkSpans(t, text, a)
	if g, want := statements(a, ss, true), "indirect/陳志遠/指/票價是按公式計算，政府無權凍結"; g != want {
		t.Errorf("quotes in %q = %q; want %q", text, g, want)
	}
}
