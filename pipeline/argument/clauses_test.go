package argument

import "testing"

// TestSubjectOfTheClauseBefore: a speech verb whose clause names nobody
// speaks for the subject opening the clause before it in the sentence
// (…見記者，開場時即提及「…」), not for a title in that clause, and not
// across a clause that has its own speech act.
func TestSubjectOfTheClauseBefore(t *testing.T) {
	runFrameCases(t, []frameCase{
		{"subject of the clause before", "院長陳明德昨天花了半小時會見記者，開場時即提及「醫護人力已經吃緊」。", []string{"陳明德"},
			"statement/陳明德/提及/醫護人力已經吃緊"},
		{"a clause of time, then an adverb", "市長黃志成今早出席市政會議前會見記者，開場發言時即提及「今天的議程很多」。", []string{"黃志成"},
			"statement/黃志成/提及/今天的議程很多"},
		{"simplified", "部长刘海洋上午走访了三家企业，随后即强调“营商环境还要再改善”。", []string{"刘海洋"},
			"statement/刘海洋/强调/营商环境还要再改善"},
		{"a title in the clause before", "翻查紀錄，李大同當晚演唱了樂隊的《春風》、《Go home》，演唱後說：「Go vote. 請投票。」", []string{"李大同", "D:《Go home》", "D:《春風》"},
			"statement/李大同/說/Go vote. 請投票。"},
	})
}

// TestRelayerInsideTheQuote: a quotation that opens with 他說/她表示 is
// the words of the one telling what another said: the relaying speaker,
// not the one relayed.
func TestRelayerInsideTheQuote(t *testing.T) {
	runFrameCases(t, []frameCase{
		{"他說 inside", "分析師張國樑轉述董事長王文華的話說：「他說工廠是搬不走的，人才才是關鍵。」", []string{"張國樑", "王文華"},
			"statement/張國樑/說/他說工廠是搬不走的，人才才是關鍵。"},
		{"a relaying clause before", "分析師張國樑發文轉述董事長王文華的發言，直言公司到海外設廠「是為了訂單才去的」，並非被迫，千萬不要說公司背棄本地，「他說工廠是搬不走的，人才才是關鍵。」", []string{"張國樑", "王文華"},
			"statement/王文華/直言/是為了訂單才去的 ; statement/張國樑/直言/他說工廠是搬不走的，人才才是關鍵。"},
		{"the relayed speaker's own words", "分析師張國樑轉述董事長王文華的話說：「工廠是搬不走的。」", []string{"張國樑", "王文華"},
			"statement/王文華/說/工廠是搬不走的。"},
	})
}

// TestNotSpeechVerbs: a speech verb that someone is told not to use, and
// words built on 說 (法說會, 換句話說), introduce no quotation.
func TestNotSpeechVerbs(t *testing.T) {
	runFrameCases(t, []frameCase{
		{"不要說", "專家建議，家長千萬不要說「你真笨」。", nil, ""},
		{"法說會", "董事長吳大衛在法說會上說：「明年營收會成長兩成。」", []string{"吳大衛"},
			"statement/吳大衛/說/明年營收會成長兩成。"},
		{"換句話說", "換句話說，「穩定」才是這次會議的重點。", nil, ""},
		{"說白了", "說白了，就是把「公」變成「私」。", nil, ""},
		{"特別指出 is no prohibition", "部長王大明會見客人。他特別指出：「兩國關係很重要。」", []string{"王大明"},
			"statement/王大明/指出/兩國關係很重要。"},
	})
}

// TestSoCalledTerm: a quotation after 所謂 and what qualifies it (所謂長期
// 視角下的「…」) is a label, not what the subject said.
func TestSoCalledTerm(t *testing.T) {
	text := "部長王大明昨天出席論壇，他強調所謂區域競爭視角下的“發展緊迫性”。"
	ss := kinded(text, "王大明")
	a := Analyze(text, ss, nil)
	checkSpans(t, text, a)
	if g, want := statements(a, ss, true), "term///發展緊迫性"; g != want {
		t.Errorf("quotes in %q = %q; want %q", text, g, want)
	}
}

// TestSpeechNamedAsANoun: X的回應為：「…」, X的聲明是：「…」: the owner of
// the speech named as a noun speaks, not whoever it answers.
func TestSpeechNamedAsANoun(t *testing.T) {
	runFrameCases(t, []frameCase{
		{"回應為", "環球日報今日發聲明表示將上訴。環球日報的回應為：「We will appeal the decision.」", []string{"O:環球日報"},
			"statement/環球日報/回應/We will appeal the decision."},
		{"an outlet in title marks", "《環球日報》的回應為：「We will appeal the decision.」", []string{"D:《環球日報》"},
			"statement/環球日報/回應/We will appeal the decision."},
		{"回应是", "交通部的回应是：“我们会检讨票价。”", []string{"O:交通部"}, "statement/交通部/回应/我们会检讨票价。"},
		{"the one answered is not the speaker", "市府對王大明的回應是：「沒有這回事。」", []string{"王大明", "O:市府"},
			"statement/市府/回應/沒有這回事。"},
	})
}

// TestGlossedName: a name glossed in brackets (王某(David Wang)表示,…)
// reports what follows its verb, and a quotation making the next sentence
// goes on with it.
func TestGlossedName(t *testing.T) {
	text := "美國智庫學者王大衛（David Wang）對英國媒體表示，他預期明年經濟會放緩。「但我認為，衰退並不會發生。」"
	ss := kinded(text, "王大衛")
	a := Analyze(text, ss, nil)
	checkSpans(t, text, a)
	if g, want := statements(a, ss, true), "indirect/王大衛/表示/他預期明年經濟會放緩 ; statement/王大衛/表示/但我認為，衰退並不會發生。"; g != want {
		t.Errorf("quotes in %q = %q; want %q", text, g, want)
	}
}
