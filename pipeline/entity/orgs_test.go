package entity

import (
	"slices"
	"testing"
)

// mentionTexts returns the texts of an entity's mentions.
func mentionTexts(e *Entity) []string {
	var out []string
	for _, m := range e.Mentions {
		out = append(out, m.Text)
	}
	return out
}

// TestMediaTitles covers media outlets written as titles that act as a
// source: the mention keeps the title marks, the name is inside them.
func TestMediaTitles(t *testing.T) {
	cases := []struct {
		desc, text string
		name       string // "" for no organization
		lexID      string
	}{
		{"interview with a known outlet", "总统昨日接受《纽约时报》专访时表示。", "纽约时报", "media-nyt"},
		{"an outlet's reporter", "《东海日报》记者提问：会谈何时举行？", "东海日报", ""},
		{"an outlet says", "《经济学人》指出，通胀仍高。", "经济学人", "media-economist"},
		{"according to an outlet", "据《华尔街日报》报道，谈判已恢复。", "华尔街日报", "media-wsj"},
		{"an editorial", "《环球时报》社评说，美方应当克制。", "环球时报", "cn-globaltimes"},
		{"a report is no outlet", "《报告》指出，经济增长放缓。", "", ""},
		{"a law is no outlet", "《反分裂国家法》规定，国家不承诺放弃。", "", ""},
		{"an outlet that does not act", "他爱读《东海日报》。", "", ""},
		{"an outlet opens a clause with a time", "《东海日报》今日发表声明，将提上诉。", "东海日报", ""},
		{"an outlet's original in brackets", "在场的包括《東海時報》（East Sea Times）等。", "東海時報", ""},
		{"a post at an outlet", "身兼协会副主席的《东海日报》亚洲新闻编辑出席。", "东海日报", ""},
		{"no post within reach", "他读了《东海日报》的一篇长篇分析文章。", "", ""},
	}
	x := newTestExtractor(t, Options{})
	for _, c := range cases {
		t.Run(c.desc, func(t *testing.T) {
			ents := x.Extract(c.text)
			checkEntities(t, c.text, ents)
			var orgs []Entity
			for _, e := range ents {
				if e.Type == Organization {
					orgs = append(orgs, e)
				}
			}
			if c.name == "" {
				if len(orgs) != 0 {
					t.Errorf("Extract(%q): organizations%s; want none", c.text, describe(orgs))
				}
				return
			}
			e := find(ents, Organization, c.name)
			if e == nil {
				t.Fatalf("Extract(%q): no organization %q%s", c.text, c.name, describe(ents))
			}
			if want := []string{"《" + c.name + "》"}; !slices.Equal(mentionTexts(e), want) || e.LexiconID != c.lexID {
				t.Errorf("Extract(%q): %s mentions %q id %q; want %q id %q", c.text, c.name, mentionTexts(e), e.LexiconID, want, c.lexID)
			}
		})
	}
}

// TestOrgShortForms covers the short forms linked to an organization's full
// name: the rest after a known prefix, the head, an abbreviation in order,
// a short form the text introduces, and two names written together.
func TestOrgShortForms(t *testing.T) {
	cases := []struct {
		desc, text string
		name       string
		mentions   []string
	}{
		{"the rest after a known organization", "联合国安全理事会召开紧急会议。他们重返安全理事会，并与理事会合作。",
			"联合国安全理事会", []string{"联合国安全理事会", "安全理事会", "理事会"}},
		{"the rest after a country", "美国商务部宣布，商务部将调查。", "美国商务部", []string{"美国商务部", "商务部"}},
		{"an introduced short form in quotes", "中国美国商会（以下简称“美商会”）发布报告。美商会表示。",
			"中国美国商会", []string{"中国美国商会", "美商会", "美商会"}},
		{"two names of one body written together", "五角大楼美国国防部发言人表示。", "五角大楼美国国防部", []string{"五角大楼美国国防部"}},
	}
	x := newTestExtractor(t, Options{})
	for _, c := range cases {
		t.Run(c.desc, func(t *testing.T) {
			ents := x.Extract(c.text)
			checkEntities(t, c.text, ents)
			e := find(ents, Organization, c.name)
			if e == nil {
				t.Fatalf("Extract(%q): no organization %q%s", c.text, c.name, describe(ents))
			}
			if got := mentionTexts(e); !slices.Equal(got, c.mentions) {
				t.Errorf("Extract(%q): %s mentions %q; want %q", c.text, c.name, got, c.mentions)
			}
		})
	}
	// A short form the text introduces, with a space inside, found again
	// without it; the full name from a tagger.
	text := "香港会计师公会(以下简称「会计师 公会」)提交意见书。会计师公会认为应当修改。"
	tx := newTestExtractor(t, Options{Tagger: TaggerFunc(func(s string) []Span {
		return []Span{spanOf(s, "香港会计师公会", Organization)}
	})})
	if e := find(tx.Extract(text), Organization, "香港会计师公会"); e == nil || !slices.Equal(mentionTexts(e), []string{"香港会计师公会", "会计师 公会", "会计师公会"}) {
		t.Errorf("Extract(%q): want 香港会计师公会 with 会计师 公会 and 会计师公会; got %v", text, e)
	}
	// An anaphor after a demonstrative is no mention.
	text = "卫生部营养研究所发布报告，该研究所表示。"
	if e := find(x.Extract(text), Organization, "卫生部营养研究所"); e != nil && len(e.Mentions) != 1 {
		t.Errorf("Extract(%q): %s mentions %q; want the full name only", text, e.Name, mentionTexts(e))
	}
}

// TestAbbreviates covers abbreviations made of a name's characters in order.
func TestAbbreviates(t *testing.T) {
	for _, c := range []struct {
		short, full string
		want        bool
	}{
		{"美商会", "中国美国商会", true},
		{"东矿公司", "东山矿业有限责任公司", true},
		{"国务院", "国务院办公厅", false}, // not the same last character
		{"商会美", "中国美国商会", false}, // not in order
	} {
		if got := abbreviates(c.short, c.full); got != c.want {
			t.Errorf("abbreviates(%q, %q) = %v; want %v", c.short, c.full, got, c.want)
		}
	}
	// An abbreviation the text uses after the full name is linked to it.
	x := newTestExtractor(t, Options{Tagger: TaggerFunc(func(s string) []Span {
		return []Span{spanOf(s, "东山矿业有限责任公司", Organization), spanOf(s, "东矿公司", Organization)}
	})})
	text := "东山矿业有限责任公司发生事故。东矿公司负责人被免职。"
	if e := find(x.Extract(text), Organization, "东山矿业有限责任公司"); e == nil || len(e.Mentions) != 2 {
		t.Errorf("Extract(%q): want 东矿公司 linked to 东山矿业有限责任公司", text)
	}
}

// TestOrgSpanRepairs covers a tagger's organizations that are mended.
func TestOrgSpanRepairs(t *testing.T) {
	cases := []struct {
		desc, text string
		span       string
		orgs       []string
	}{
		{"a verb glued before a known organization", "他问波音公司何时交货。", "问波音公司", []string{"波音公司"}},
		{"a country's abbreviation stays", "中国民主党成立。", "中国民主党", []string{"中国民主党"}},
		{"a level stays", "省社科院发布报告。", "省社科院", []string{"省社科院"}},
		{"a doubled last character", "商务部部署新一轮调查。", "商务部部", []string{"商务部"}},
		{"unpaired brackets", "世界卫生组织（WHO）北京办事处主任出席。", "WHO）北京办事处", []string{"世界卫生组织"}},
		{"a quote at the edge", "中国美国商会发布“美商会报告”。", "“美商会", []string{"中国美国商会"}},
	}
	for _, c := range cases {
		t.Run(c.desc, func(t *testing.T) {
			x := newTestExtractor(t, Options{Tagger: TaggerFunc(func(s string) []Span {
				return []Span{spanOf(s, c.span, Organization)}
			})})
			ents := x.Extract(c.text)
			checkEntities(t, c.text, ents)
			if got := namesOf(ents, Organization); !slices.Equal(got, c.orgs) {
				t.Errorf("Extract(%q): organizations %q; want %q%s", c.text, got, c.orgs, describe(ents))
			}
		})
	}
}

// TestMissionsAndSessions covers a country's missions abroad and the
// session of a body that is no unit of it.
func TestMissionsAndSessions(t *testing.T) {
	cases := []struct {
		desc, text string
		orgs       []string
	}{
		{"abbreviation, place abbreviation", "日驻华使馆发出提醒。", []string{"日驻华使馆"}},
		{"after a verb", "要求英驻法使馆人员撤离。", []string{"英驻法使馆"}},
		{"country and place", "英国驻德国大使馆表示关注。", []string{"英国驻德国大使馆"}},
		{"a session is no unit", "世界银行第五届理事会会议今天结束。", []string{"世界银行"}},
		{"a unit with a long suffix after a known body", "美国国务院新闻办公室发表声明。", []string{"美国国务院新闻办公室"}},
	}
	x := newTestExtractor(t, Options{})
	for _, c := range cases {
		t.Run(c.desc, func(t *testing.T) {
			ents := x.Extract(c.text)
			checkEntities(t, c.text, ents)
			if got := namesOf(ents, Organization); !slices.Equal(got, c.orgs) {
				t.Errorf("Extract(%q): organizations %q; want %q%s", c.text, got, c.orgs, describe(ents))
			}
		})
	}
}

// TestTaggerLatinAndLaw covers a tagger's Latin word inside a Latin phrase
// and an organization's abbreviation inside a law's title.
func TestTaggerLatinAndLaw(t *testing.T) {
	cases := []struct{ text, span string }{
		{"the policy of the United States toward Asia", "States"},
		{"他们违反《国安法》被捕。", "国安"},
	}
	for _, c := range cases {
		x := newTestExtractor(t, Options{Tagger: TaggerFunc(func(s string) []Span {
			return []Span{spanOf(s, c.span, Organization)}
		})})
		if got := namesOf(x.Extract(c.text), Organization); len(got) != 0 {
			t.Errorf("Extract(%q): organizations %q; want none", c.text, got)
		}
	}
}
