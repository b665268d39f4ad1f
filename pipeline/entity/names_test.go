package entity

import (
	"slices"
	"strings"
	"testing"
)

// namesOf returns the names of the entities of type typ, in ID order.
func namesOf(ents []Entity, typ Type) []string {
	var out []string
	for _, e := range ents {
		if e.Type == typ {
			out = append(out, e.Name)
		}
	}
	return out
}

// TestPeopleRules covers the names read next to titles, honorifics and in
// credit lines, by the rules alone (no tagger).
func TestPeopleRules(t *testing.T) {
	cases := []struct {
		desc, text string
		people     []string // exactly these people, in order
	}{
		{"title then name, a place inside the name", "该校校长马天津说，明年扩招。", []string{"马天津"}},
		{"title then name before a weekday", "外交部发言人林大伟周四表示，将作回应。", []string{"林大伟"}},
		{"title then name before 受到", "该公司总经理王志刚受到警告处分。", []string{"王志刚"}},
		{"compound surname", "集团董事长欧阳立新表示，营收增长。", []string{"欧阳立新"}},
		{"credit line with spaces", "（记者 王小明 李华）市政府昨天开会。", []string{"王小明", "李华"}},
		{"credit line before a dateline", "本台记者陈立新上海5日电 当地举行论坛。", []string{"陈立新"}},
		{"credit line before 摄", "（本报记者温立宪摄）", []string{"温立宪"}},
		{"credit line before 报道", "本报讯记者苏明报道：会议召开。", []string{"苏明"}},
		{"Traditional credit line", "（中央社記者劉美玲台北3日電）", []string{"劉美玲"}},
		{"name before an honorific", "欢迎陈志明先生和张丽华女士。", []string{"陈志明", "张丽华"}},
		{"a married woman's double surname", "李王美玲女士致辞。", []string{"李王美玲"}},
		{"name before a title", "黄立德议员指出，预算不足。", []string{"黄立德"}},
		{"Traditional, name before a title", "鄭立德議員及謝美玲小姐出席。", []string{"鄭立德", "謝美玲"}},
		{"transliteration before a title", "对此，华勒斯参议员表示反对。", []string{"华勒斯"}},
		{"Malaysian style", "拿督斯里阿末查希表示，将出席会议。", []string{"阿末查希"}},
		{"the style of a name is no part of it", "丹斯里阿末查希说。", []string{"阿末查希"}},
		{"a common-noun title before running text", "时代赋予作家庄严的使命。", nil},
		{"a common-noun title before a name", "知名作家林海音说，文学无国界。", []string{"林海音"}},
		{"a noun before 代表", "银婚、金婚代表出席。", nil},
		{"a count before a title", "王立、洪森两首相联名致电。", []string{"洪森"}},
		{"a unit before a title", "海军、陆军司令出席。", nil},
		{"a title inside a longer title", "他总结了江总书记的讲话。", nil},
		{"a term of office after a title", "她担任州参议员任内推动教育改革。", nil},
		{"a word after a title", "部长许多次提到此事。", nil},
		{"a body before a title", "商务部长出席会议。", nil},
		{"two-character name at a clause start", "刘明先生说，会议顺利。", []string{"刘明"}},
	}
	x := newTestExtractor(t, Options{})
	for _, c := range cases {
		t.Run(c.desc, func(t *testing.T) {
			ents := x.Extract(c.text)
			checkEntities(t, c.text, ents)
			if got := namesOf(ents, Person); !slices.Equal(got, c.people) {
				t.Errorf("Extract(%q): people %q; want %q%s", c.text, got, c.people, describe(ents))
			}
		})
	}
}

// TestPeopleRulesWithTagger checks how the rules' names meet a tagger's
// spans: a tagger's place or fragment inside a name that a title marks
// gives way, a weekday or a space glued to a tagger's name is cut off, and
// a tagger's name that a style crosses is dropped.
func TestPeopleRulesWithTagger(t *testing.T) {
	cases := []struct {
		desc, text string
		spans      func(s string) []Span
		people     []string
		places     []string
	}{
		{
			desc: "a tagger's place inside a titled name",
			text: "该校校长马天津说，明年扩招。",
			spans: func(s string) []Span {
				return []Span{spanOf(s, "天津", Place)}
			},
			people: []string{"马天津"},
		},
		{
			desc: "a tagger's fragment inside a name before an honorific",
			text: "郑立德议员指出，预算不足。",
			spans: func(s string) []Span {
				return []Span{spanOf(s, "郑", Person)}
			},
			people: []string{"郑立德"},
		},
		{
			desc: "a tagger's place that is a name before an honorific",
			text: "卢孟华小姐发言。",
			spans: func(s string) []Span {
				return []Span{spanOf(s, "卢孟华", Place)}
			},
			people: []string{"卢孟华"},
		},
		{
			desc: "a weekday glued to a tagger's name",
			text: "发言人林大为周四表示，将作回应。",
			spans: func(s string) []Span {
				return []Span{spanOf(s, "林大为周", Person)}
			},
			people: []string{"林大为"},
		},
		{
			desc: "a tagger's weekday",
			text: "双方周一已开始会谈。",
			spans: func(s string) []Span {
				return []Span{spanOf(s, "周一已", Person)}
			},
		},
		{
			desc: "a tagger's name that starts with a weekday's characters",
			text: "周一良先生说。",
			spans: func(s string) []Span {
				return []Span{spanOf(s, "周一良", Person)}
			},
			people: []string{"周一良"},
		},
		{
			desc: "a space after a tagger's name",
			text: "记者 王小明 李华 报道",
			spans: func(s string) []Span {
				return []Span{spanOf(s, "王小明", Person), spanOf(s, "李华 ", Person)}
			},
			people: []string{"王小明", "李华"},
		},
		{
			desc: "a tagger's name crossed by a style",
			text: "部长拿督斯里阿末查希表示。",
			spans: func(s string) []Span {
				return []Span{spanOf(s, "拿督斯", Person)}
			},
			people: []string{"阿末查希"},
		},
	}
	for _, c := range cases {
		t.Run(c.desc, func(t *testing.T) {
			x := newTestExtractor(t, Options{Tagger: TaggerFunc(c.spans)})
			ents := x.Extract(c.text)
			checkEntities(t, c.text, ents)
			if got := namesOf(ents, Person); !slices.Equal(got, c.people) {
				t.Errorf("Extract(%q): people %q; want %q%s", c.text, got, c.people, describe(ents))
			}
			if got := namesOf(ents, Place); !slices.Equal(got, c.places) {
				t.Errorf("Extract(%q): places %q; want %q%s", c.text, got, c.places, describe(ents))
			}
		})
	}
}

// spanOf returns the span of the first occurrence of w in s.
func spanOf(s, w string, typ Type) Span {
	i := strings.Index(s, w)
	if i < 0 {
		panic("spanOf: " + w + " not in " + s)
	}
	return Span{Start: i, End: i + len(w), Type: typ}
}

// TestSurnameRefs covers one-character references to the people of a text.
func TestSurnameRefs(t *testing.T) {
	cases := []struct {
		desc, text string
		person     string   // the person the references belong to
		mentions   []string // all its mentions, in order
	}{
		{"surname before a title", "赖清德今日出席。来宾称赞赖总统的政策。", "赖清德", []string{"赖清德", "赖"}},
		{"Traditional", "馬英九將出訪。馬總統將過境洛杉磯。", "馬英九", []string{"馬英九", "馬"}},
		{"a pair of leaders", "川普与习近平会面。川习会在釜山举行。", "习近平", []string{"习近平", "习"}},
		{"the other of the pair", "川普与习近平会面。川习会在釜山举行。", "川普", []string{"川普", "川"}},
	}
	x := newTestExtractor(t, Options{})
	for _, c := range cases {
		t.Run(c.desc, func(t *testing.T) {
			ents := x.Extract(c.text)
			checkEntities(t, c.text, ents)
			e := find(ents, Person, c.person)
			if e == nil {
				t.Fatalf("Extract(%q): no person %q%s", c.text, c.person, describe(ents))
			}
			var got []string
			for _, m := range e.Mentions {
				got = append(got, m.Text)
			}
			if !slices.Equal(got, c.mentions) {
				t.Errorf("Extract(%q): %s mentions %q; want %q", c.text, c.person, got, c.mentions)
			}
		})
	}
	// Two people share the surname: the reference is left alone.
	text := "马英九与副总理马凯会面。马总统表示欢迎。"
	for _, e := range x.Extract(text) {
		for _, m := range e.Mentions {
			if m.Text == "马" && e.Type == Person {
				t.Errorf("Extract(%q): 马 linked to %s although two people are named 马", text, e.Name)
			}
		}
	}
	// No person of that surname: no reference.
	text = "美国总统出席。黄部长表示。"
	if got := namesOf(x.Extract(text), Person); len(got) != 0 {
		t.Errorf("Extract(%q): people %q; want none", text, got)
	}
}

// TestForeignNameForms covers transliterated names joined by a full stop or
// a space, and a bracketed original after a name the transliteration set
// does not cover.
func TestForeignNameForms(t *testing.T) {
	cases := []struct {
		desc, text string
		people     []string
	}{
		{"full stop", "软件公司创始人保罗.艾伦将出席。", []string{"保罗.艾伦"}},
		{"space", "州长安德鲁 卡内基说，卡内基欢迎。", []string{"安德鲁 卡内基"}},
		{"space between two known names", "出席的有特朗普 奥巴马等人。", []string{"特朗普", "奥巴马"}},
		{"a decimal point is no name", "增长2.5个百分点。", nil},
		{"bracketed original back to a title", "知名学者葛宣明克（Mark K. Gershan）认为。", []string{"葛宣明克"}},
		{"bracketed original back over a dot", "该国外长安德鲁·蓬托夫(PETER PONTOFF)发表声明。", []string{"安德鲁·蓬托夫"}},
		{"bracketed original back over a dot, Traditional", "外長安德鲁·蓬托夫（Peter Pontoff）發表聲明。", []string{"安德鲁·蓬托夫"}},
	}
	x := newTestExtractor(t, Options{})
	for _, c := range cases {
		t.Run(c.desc, func(t *testing.T) {
			ents := x.Extract(c.text)
			checkEntities(t, c.text, ents)
			if got := namesOf(ents, Person); !slices.Equal(got, c.people) {
				t.Errorf("Extract(%q): people %q; want %q%s", c.text, got, c.people, describe(ents))
			}
		})
	}
}

// TestTaggerSpanRepairs covers the tagger spans that are mended or dropped.
func TestTaggerSpanRepairs(t *testing.T) {
	cases := []struct {
		desc, text string
		spans      []Span
		people     []string
		places     []string
	}{
		{"a person's span ending like a province is a place", "斯维尔德洛夫斯克州发生地震。",
			[]Span{{0, len("斯维尔德洛夫斯克州"), Person}}, nil, []string{"斯维尔德洛夫斯克州"}},
		{"the start of a longer transliteration", "受伊莎贝拉飓风影响。",
			[]Span{{len("受"), len("受伊莎"), Person}}, nil, nil},
		{"a name before a word that starts like one", "克林顿希望会谈成功。",
			[]Span{{0, len("克林顿"), Person}}, []string{"克林顿"}, nil},
		{"a stop character and a character", "让民主更坚韧、让和平更有保障。",
			[]Span{{len("让民主更坚韧、"), len("让民主更坚韧、让和"), Person}}, nil, nil},
		{"a country's abbreviation glued to a place", "俄莫斯科州遭袭。",
			[]Span{{0, len("俄莫斯科"), Place}}, nil, []string{"莫斯科"}},
		{"a person's span ending in -sk is a place", "部队向叶卡捷琳斯克推进。",
			[]Span{{len("部队向"), len("部队向叶卡捷琳斯克"), Person}}, nil, []string{"叶卡捷琳斯克"}},
		{"Musk is a person", "马斯克表示。", []Span{{0, len("马斯克"), Person}}, []string{"马斯克"}, nil},
		{"a bracketed original after a name is no organization", "财长贝森特（Scott Bessent）表示。",
			[]Span{{len("财长贝森特（"), len("财长贝森特（Scott Bessent"), Organization}}, []string{"贝森特"}, nil},
		{"a dateline's place read as a person", "记者林立华盛顿5日专电",
			[]Span{{len("记者林立"), len("记者林立华盛顿"), Person}}, []string{"林立"}, []string{"华盛顿"}},
		{"a province then its city", "浙江温州市发布通知。",
			[]Span{{0, len("浙江温州市"), Place}}, nil, []string{"浙江", "温州市"}},
	}
	for _, c := range cases {
		t.Run(c.desc, func(t *testing.T) {
			x := newTestExtractor(t, Options{Tagger: TaggerFunc(func(string) []Span { return c.spans })})
			ents := x.Extract(c.text)
			checkEntities(t, c.text, ents)
			if got := namesOf(ents, Person); !slices.Equal(got, c.people) {
				t.Errorf("Extract(%q): people %q; want %q%s", c.text, got, c.people, describe(ents))
			}
			if got := namesOf(ents, Place); !slices.Equal(got, c.places) {
				t.Errorf("Extract(%q): places %q; want %q%s", c.text, got, c.places, describe(ents))
			}
		})
	}
}

// TestNameFormsLinked covers a dotted name written again without its dots,
// and words after a name that are no part of it.
func TestNameFormsLinked(t *testing.T) {
	x := newTestExtractor(t, Options{})
	text := "发言人马修·斯坦顿表示反对。发言人马修斯坦顿随后补充。"
	e := find(x.Extract(text), Person, "马修·斯坦顿")
	if e == nil || !slices.Equal(mentionTexts(e), []string{"马修·斯坦顿", "马修斯坦顿"}) {
		t.Errorf("Extract(%q): want 马修·斯坦顿 with 马修斯坦顿 linked; got %v", text, e)
	}
	text = "警方逮捕了总统马杜拉夫妇。"
	if got := namesOf(x.Extract(text), Person); !slices.Equal(got, []string{"马杜拉"}) {
		t.Errorf("Extract(%q): people %q; want [马杜拉]", text, got)
	}
}
