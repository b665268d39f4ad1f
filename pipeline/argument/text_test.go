package argument

import (
	"fmt"
	"strings"
	"testing"
)

func TestFoldKeepsOffsets(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"三個核心維度", "三个核心维度"},
		{"直言不諱地稱", "直言不讳地称"},
		{"以下4項", "以下4项"},
		{"顯著特點", "显著特点"},
		{"最後", "最后"},
		{"a\xffb說", "a\xffb说"},
	} {
		if got := fold(tc.in); got != tc.want || len(got) != len(tc.in) {
			t.Errorf("fold(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}

func TestParseNumeral(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want float64
		n    int
	}{
		{"103條", 103, 3},
		{"１５項", 15, 6},
		{"十五項", 15, 6},
		{"一百零三條", 103, 12},
		{"三大支柱", 3, 3},
		{"两个", 2, 3},
		{"二十", 20, 6},
		{"3.5倍", 3.5, 3},
		{"項", 0, 0},
		{"", 0, 0},
	} {
		v, n := parseNumeral(tc.in, 0, true)
		if v != tc.want || n != tc.n {
			t.Errorf("parseNumeral(%q) = %v, %d; want %v, %d", tc.in, v, n, tc.want, tc.n)
		}
	}
}

func TestMarkers(t *testing.T) {
	for _, tc := range []struct {
		desc, text string
		want       []string // style:marker of each list, items joined by |
	}{
		{"di inline", "目標有以下2項。第一，甲。第二，乙。", []string{"di:第一|第二"}},
		{"di shi mid-sentence", "要考慮的第一是甲。第二是乙。", []string{"di:第一是|第二是"}},
		{"not clause start", "排名第一，其次是乙。", nil},
		{"shi", "一是甲，二是乙，三是丙。", []string{"shi:一是|二是|三是"}},
		{"not shi inside a word", "統一是目標，唯一是方法。", nil},
		{"seq across paragraphs", "首先，甲。\n其次，乙。\n最後，丙。", []string{"seq:首先|其次|最後"}},
		{"seq alone", "最後，甲。", nil},
		{"side", "一方面甲；另一方面乙。", []string{"side:一方面|另一方面"}},
		{"dun headings", "一、背景\n甲。\n二、內容\n乙。", []string{"dun:一、|二、"}},
		{"dun not at line start", "甲一、乙二、丙", nil},
		{"paren", "（一）甲\n（二）乙", []string{"paren:（一）|（二）"}},
		{"paren ascii digits", "(1)甲；(2)乙", []string{"paren:(1)|(2)"}},
		{"num", "1. 甲\n2. 乙\n3. 丙", []string{"num:1.|2.|3."}},
		{"num decimal", "1.5倍\n2.5倍", nil},
		{"circled", "①甲；②乙；③丙", []string{"circled:①|②|③"}},
		{"di-noun", "第一支柱——甲。\n第二支柱——乙。", []string{"di-noun:第一支柱|第二支柱"}},
		{"di-noun in parentheses", "技術層(第一支柱)。\n基建層(第二支柱)。", nil},
		{"ordinal not a marker", "第4天簽署。第14179號命令。", nil},
		{"restart", "第一，甲。第二，乙。\n第一，丙。第二，丁。", []string{"di:第一|第二", "di:第一|第二"}},
		{"markdown numbered headings", "## 一、背景\n甲。\n## 二、內容\n乙。", []string{"dun:一、|二、"}},
		{"markdown di-noun headings", "## 第一部分 背景\n甲。\n## 第二部分 內容\n乙。", []string{"di-noun:第一部分|第二部分"}},
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

func TestAnnouncements(t *testing.T) {
	for _, tc := range []struct {
		text  string
		want  string // text:count, or "" for none
		noun  string
		anaph bool
	}{
		{"明確了三大支柱。", "三大支柱:3", "支柱", false},
		{"主要發展目標有以下4項。", "以下4項:4", "", false},
		{"可歸結為三個核心維度，", "三個核心維度:3", "核心維度", false},
		{"具有三大顯著特點。", "三大顯著特點:3", "顯著特點", false},
		{"從四方面著手。", "四方面:4", "方面", false},
		{"圍繞四個方面部署任務。", "四個方面:4", "方面", false},
		{"報告圍繞三大方向展開：", "三大方向:3", "方向", false},
		{"這三大支柱實為", "三大支柱:3", "支柱", true},
		{"統一大市場", "", "", false},
		{"用了三個月時間", "", "", false},
		{"八點二八元", "", "", false},
		{"分為三點：", "三點:3", "", false},
		{"第二大經濟體", "", "", false},
	} {
		d := newDoc(tc.text)
		as := d.findAnnouncements()
		got, noun, anaph := "", "", false
		if len(as) > 0 {
			a := as[0]
			got = tc.text[a.Start:a.End] + ":" + string(rune('0'+a.count))
			noun, anaph = tc.text[a.nounS.Start:a.nounS.End], a.anaph
		}
		if got != tc.want || noun != tc.noun || anaph != tc.anaph {
			t.Errorf("announcement in %q = %q noun %q anaphoric %v; want %q noun %q anaphoric %v", tc.text, got, noun, anaph, tc.want, tc.noun, tc.anaph)
		}
	}
}

func TestQuotesSmall(t *testing.T) {
	sp := func(text string, names ...string) []Speaker {
		var ss []seedSpeaker
		for i, n := range names {
			kind := Person
			if strings.HasSuffix(n, "部") || strings.HasSuffix(n, "聯") {
				kind = Organization
			}
			ss = append(ss, seedSpeaker{string(rune('A' + i)), n, kind, []string{n}})
		}
		return buildSpeakers(text, ss)
	}
	for _, tc := range []struct {
		desc, text string
		names      []string
		want       string // kind/speaker name/verb/text of each quote, joined by " ; "
	}{
		{"colon", "王強說：「明天會更好。」", []string{"王強"}, "statement/王強/說/明天會更好。"},
		{"post-posed", "「明天會更好。」王強表示。", []string{"王強"}, "statement/王強/表示/明天會更好。"},
		{"post-posed with title", "「要落實。」民建聯主席陳克勤表示。", []string{"民建聯", "陳克勤"}, "statement/陳克勤/表示/要落實。"},
		{"org title person", "經濟部長郭智輝直言：“沒有電就沒有產業。”", []string{"經濟部", "郭智輝"}, "statement/郭智輝/直言/沒有電就沒有產業。"},
		{"scare quotes", "所謂的“去枷鎖”與“AI北約”。", []string{"王強"}, "term///去枷鎖 ; term///AI北約"},
		{"passive", "此舉被認為“將衝擊合作關係”。", nil, "statement//認為/將衝擊合作關係"},
		{"pronoun", "王強到場。他說：「我很高興。」", []string{"王強"}, "statement/王強/說/我很高興。"},
		{"indirect", "商務部表示，新規將於明年實施。", []string{"商務部"}, "indirect/商務部/表示/新規將於明年實施"},
		{"not speech: 稱為", "王強可將其稱為關鍵支柱。", []string{"王強"}, ""},
		{"simplified", "李明认为：“这是好事。”", []string{"李明"}, "statement/李明/认为/这是好事。"},
		{"naming with 稱", "大家都稱他“老王”。", nil, "term///老王"},
		{"ascii quotes", "李明說:\"我們會做到。\"大家叫他\"老李\"。", []string{"李明"}, "statement/李明/說/我們會做到。 ; term///老李"},
		{"quote after an attributed sentence", "李明指出，形勢很好。“我們有信心做得更好。”", []string{"李明"},
			"indirect/李明/指出/形勢很好 ; statement/李明/指出/我們有信心做得更好。"},
		{"two verbs", "李明強調指出，要抓好落實。", []string{"李明"}, "indirect/李明/強調/要抓好落實"},
		{"not speech: object", "王強向客人介紹了經濟形勢。李明對代表團來訪表示熱烈歡迎。", []string{"王強", "李明"}, ""},
		{"not speech: negated", "李明沒有提出任何新的建議和具體的辦法。", []string{"李明"}, ""},
		{"not speech: discourse marker", "對於李明來說，這是好事。", []string{"李明"}, ""},
		{"addressee", "教師們對李明說：“房子很好。”", []string{"李明"}, "statement//說/房子很好。"},
		{"topic, then quote", "李明談到改革時說：“要堅定不移。”", []string{"李明"}, "statement/李明/說/要堅定不移。"},
		{"nested marks", "李明說：「他說過『不』。」", []string{"李明"}, "statement/李明/說/他說過『不』。 ; term///不"},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			ss := sp(tc.text, tc.names...)
			a := Analyze(tc.text, ss, nil)
			checkSpans(t, tc.text, a)
			name := map[string]string{}
			for _, s := range ss {
				name[s.ID] = s.Name
			}
			var got []string
			for _, q := range a.Quotes {
				got = append(got, q.Kind.String()+"/"+name[q.Speaker]+"/"+q.Verb+"/"+q.Text)
			}
			if g := strings.Join(got, " ; "); g != tc.want {
				t.Errorf("quotes in %q = %q; want %q", tc.text, g, tc.want)
			}
		})
	}
}

func TestUnclosedQuote(t *testing.T) {
	a := Analyze("他說：「沒有結束\n下一段。", nil, nil)
	if len(a.Diagnostics) != 1 || a.Diagnostics[0].Code != DiagUnclosedQuote {
		t.Errorf("diagnostics = %+v; want one %s", a.Diagnostics, DiagUnclosedQuote)
	}
}

func TestRoleText(t *testing.T) {
	for r := RoleOther; r <= RoleConclusion; r++ {
		b, err := r.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back Role
		if err := back.UnmarshalText(b); err != nil || back != r {
			t.Errorf("role %v round trip = %v, %v", r, back, err)
		}
	}
	if _, err := Role(99).MarshalText(); err == nil {
		t.Errorf("Role(99).MarshalText() succeeded; want an error")
	}
	for k := KindStatement; k <= KindIndirect; k++ {
		b, _ := k.MarshalText()
		var back QuoteKind
		if err := back.UnmarshalText(b); err != nil || back != k {
			t.Errorf("kind %v round trip = %v, %v", k, back, err)
		}
	}
}

func TestEnumerationsSmall(t *testing.T) {
	for _, tc := range []struct {
		desc, text string
		want       string // style:announced:heads of each enumeration, joined by " ; "
	}{
		{"inline after a colon", "報告有三個特點：目標明確、措施具體和保障有力。",
			"inline:3:目標明確|措施具體|保障有力"},
		{"inline count must match", "報告有三個特點：目標明確、措施具體。", ""},
		{"side takes only two", "園區發展五大產業。一方面甲；另一方面乙。", "side:0:甲|乙"},
		{"side announced by two", "要從兩方面看。一方面甲；另一方面乙。", "side:2:甲|乙"},
		{"parallel paragraphs need three", "這裡有兩個選擇。\n一邊是甲。\n一邊是乙。", ""},
		{"parallel paragraphs", "可歸結為三個維度。\n源自甲的危機。甲。\n基於乙的轉向。乙。\n滿足丙的需要。丙。",
			"paragraphs:3:源自甲的危機|基於乙的轉向|滿足丙的需要"},
		{"count mismatch", "目標有以下3項：\n第一，甲。\n第二，乙。", "di:3:甲|乙"},
		{"inline list does not take the previous paragraph's count", "要抓好四個環節。\n把握本質。一是甲，二是乙。", "shi:0:甲|乙"},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			a := Analyze(tc.text, nil, nil)
			checkSpans(t, tc.text, a)
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
				got = append(got, fmt.Sprintf("%s:%d:%s", e.Style, n, strings.Join(hs, "|")))
			}
			if g := strings.Join(got, " ; "); g != tc.want {
				t.Errorf("enumerations in %q = %q; want %q", tc.text, g, tc.want)
			}
		})
	}
}

func TestConcurrentAnalyze(t *testing.T) {
	text := readArticle(t, "mainland_s.txt")
	want := shape(Analyze(text, nil, nil))
	done := make(chan string)
	for range 4 {
		go func() { done <- shape(Analyze(text, nil, nil)) }()
	}
	for range 4 {
		if got := <-done; got != want {
			t.Errorf("concurrent Analyze gave a different structure:\n%s\nwant\n%s", got, want)
		}
	}
}

func TestSectionsSmall(t *testing.T) {
	for _, tc := range []struct {
		desc, text string
		want       string // role[heading] of each section, joined by " ; "
	}{
		{"no structure", "今天天氣很好。\n我們去公園。", "lead[]"},
		{"markdown di-noun headings", "# 報告\n導語一段。\n## 第一部分 背景\n甲。\n## 第二部分 主要內容\n乙。\n## 結語\n丙。",
			"lead[報告] ; background[第一部分 背景] ; content[第二部分 主要內容] ; conclusion[結語]"},
		{"nested headings open no section", "一、背景\n（一）國際\n甲。\n（二）國內\n乙。\n二、影響\n丙。",
			"background[一、背景] ; assessment[二、影響]"},
		{"plan without headings", "本文分析其出台背景和主要內容。\n其背景可歸結為三個維度。\n源自甲。甲甲。\n基於乙。乙乙。\n滿足丙。丙丙。\n新規採取三層佈局。\n總之，前景可期。",
			"lead[] ; background[] ; content[] ; conclusion[]"},
		{"title block", "引題\n主標題\n記者 王強\n正文第一段。\n正文第二段。", "lead[引題]"},
		{"cues without a plan", "新辦法昨日公布。\n辦法的出台背景是市場變化。甲。\n乙。\n辦法的主要內容包括三點。丙。\n其顯著特點是簡便。丁。\n總之，辦法值得期待。",
			"lead[] ; background[] ; content[] ; features[] ; conclusion[]"},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			a := Analyze(tc.text, nil, nil)
			checkSpans(t, tc.text, a)
			var got []string
			for _, s := range a.Sections {
				got = append(got, s.Role.String()+"["+s.Heading+"]")
			}
			if g := strings.Join(got, " ; "); g != tc.want {
				t.Errorf("sections of %q = %q; want %q", tc.text, g, tc.want)
			}
		})
	}
}

func TestGivenNumbers(t *testing.T) {
	text := readArticle(t, "pillars_s.txt")
	var given []Number
	for _, x := range (&doc{text: text, f: fold(text)}).numbers(nil) {
		given = append(given, Number{Start: x.Start, End: x.End, Value: x.value, Unit: x.unitText})
	}
	// Numbers that announce a list or are ordinals are not counted, and
	// spans that do not fit are dropped, whoever gives them.
	extra := []Number{{Start: -1, End: 2, Value: 9, Unit: "项"}, {Start: 1, End: 2, Value: 9, Unit: "项"}, {Start: 0, End: 3, Value: 9}}
	a := Analyze(text, nil, append(given, extra...))
	b := Analyze(text, nil, nil)
	if shape(a) != shape(b) {
		t.Errorf("with given numbers:\n%s\nwant as with the internal finder:\n%s", shape(a), shape(b))
	}
	d := newDoc("以下4项：第3项是甲。")
	got := d.numbers([]Number{{Start: 6, End: 10, Value: 4, Unit: "项"}, {Start: 16, End: 20, Value: 3, Unit: "项"}})
	if want := d.numbers(nil); len(got) != 0 || len(want) != 0 {
		t.Errorf("numbers kept from %q = %+v, found %+v; want none", d.text, got, want)
	}
}
