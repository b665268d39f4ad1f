package entity

import (
	"slices"
	"strings"
	"testing"
)

// TestAbbreviatesParts covers abbreviations taken from the parts of a name.
func TestAbbreviatesParts(t *testing.T) {
	for _, c := range []struct {
		short, full string
		starts      string
		want        bool
	}{
		{"亚太司", "亚东太平洋司", "亚", true},
		{"台日协", "台湾日本关系协会", "台", true},  // 协 for 协会
		{"美商会", "中国美国商会", "中美", true},   // the country dropped
		{"国发会", "国家发展委员会", "国", true},   // 会 of 委员会
		{"贸发局", "香港贸易发展局", "香贸", true},  // the place dropped
		{"美商会", "中国美国商会", "中", false},   // no place to drop
		{"国务院", "国家发展委员会", "国", false},  // 务 not in the name
		{"国发司", "国家发展司委员会", "国", false}, // 司 not in the head
		{"会委国", "国家发展委员会", "国", false},  // not in order
	} {
		if got := abbreviatesParts(c.short, c.full, []rune(c.starts)); got != c.want {
			t.Errorf("abbreviatesParts(%q, %q, %q) = %v; want %v", c.short, c.full, c.starts, got, c.want)
		}
	}
}

// TestOrgAbbrevsAgain covers abbreviations of an organization's full name
// that the text uses later, with the segmenter's words.
func TestOrgAbbrevsAgain(t *testing.T) {
	x := newTestExtractor(t, Options{Tagger: TaggerFunc(func(s string) []Span {
		return []Span{spanOf(s, "东海渔业合作协会", Organization)}
	})})
	text := "东海渔业合作协会昨天发表声明。东渔协表示将继续沟通。"
	words := []string{"东海/ns", "渔业/n", "合作/vn", "协会/n", "昨天/t", "发表/v", "声明/n", "。/w", "东渔协/j", "表示/v", "将/d", "继续/v", "沟通/v", "。/w"}
	ents := x.ExtractHints(text, Hints{Words: testWords(posWords(text, words...))})
	checkEntities(t, text, ents)
	if e := find(ents, Organization, "东海渔业合作协会"); e == nil || !slices.Equal(mentionTexts(e), []string{"东海渔业合作协会", "东渔协"}) {
		t.Errorf("ExtractHints(%q): want 东渔协 linked to 东海渔业合作协会%s", text, describe(ents))
	}
	if got := namesOf(ents, Organization); len(got) != 1 {
		t.Errorf("ExtractHints(%q): organizations %q; want one", text, got)
	}
	// Not standing as words (协 glued to 调 after it): nothing.
	text = "东海渔业合作协会昨天发表声明。东渔协调会议结束。"
	words = []string{"东海/ns", "渔业/n", "合作/vn", "协会/n", "昨天/t", "发表/v", "声明/n", "。/w", "东/f", "渔/n", "协调/v", "会议/n", "结束/v", "。/w"}
	ents = x.ExtractHints(text, Hints{Words: testWords(posWords(text, words...))})
	if e := find(ents, Organization, "东海渔业合作协会"); e == nil || len(e.Mentions) != 1 {
		t.Errorf("ExtractHints(%q): want 东海渔业合作协会 alone%s", text, describe(ents))
	}
	// Before the full name: nothing.
	text = "东渔协表示将继续沟通。东海渔业合作协会昨天发表声明。"
	words = []string{"东渔协/j", "表示/v", "将/d", "继续/v", "沟通/v", "。/w", "东海/ns", "渔业/n", "合作/vn", "协会/n", "昨天/t", "发表/v", "声明/n", "。/w"}
	ents = x.ExtractHints(text, Hints{Words: testWords(posWords(text, words...))})
	if e := find(ents, Organization, "东海渔业合作协会"); e == nil || len(e.Mentions) != 1 {
		t.Errorf("ExtractHints(%q): want 东海渔业合作协会 alone%s", text, describe(ents))
	}
}

// TestOrgAbbrevsOverPlaces covers an abbreviation whose first characters
// read as a place of their own (亚太 in 亚太司): the abbreviation takes the
// place's span when the place is no part of the full name as written.
func TestOrgAbbrevsOverPlaces(t *testing.T) {
	x := newTestExtractor(t, Options{Tagger: TaggerFunc(func(s string) []Span {
		return []Span{spanOf(s, "南洋渔业合作司", Organization), spanOf(s, "南渔", Place)}
	})})
	text := "南洋渔业合作司发表声明。南渔司表示将继续沟通。"
	words := []string{"南洋/ns", "渔业/n", "合作/vn", "司/n", "发表/v", "声明/n", "。/w", "南渔/ns", "司/n", "表示/v", "将/d", "继续/v", "沟通/v", "。/w"}
	ents := x.ExtractHints(text, Hints{Words: testWords(posWords(text, words...))})
	checkEntities(t, text, ents)
	if e := find(ents, Organization, "南洋渔业合作司"); e == nil || !slices.Equal(mentionTexts(e), []string{"南洋渔业合作司", "南渔司"}) {
		t.Errorf("ExtractHints(%q): want 南渔司 linked to 南洋渔业合作司%s", text, describe(ents))
	}
	// A place written in the full name stays a place (南洋 of 南洋渔业合作司).
	x = newTestExtractor(t, Options{Tagger: TaggerFunc(func(s string) []Span {
		i := strings.LastIndex(s, "南洋")
		return []Span{spanOf(s, "南洋渔业合作司", Organization), {Start: i, End: i + len("南洋"), Type: Place}}
	})})
	text = "南洋渔业合作司发表声明。南洋司表示将继续沟通。"
	words = []string{"南洋/ns", "渔业/n", "合作/vn", "司/n", "发表/v", "声明/n", "。/w", "南洋/ns", "司/n", "表示/v", "将/d", "继续/v", "沟通/v", "。/w"}
	ents = x.ExtractHints(text, Hints{Words: testWords(posWords(text, words...))})
	if e := find(ents, Organization, "南洋渔业合作司"); e == nil || len(e.Mentions) != 1 {
		t.Errorf("ExtractHints(%q): want 南洋渔业合作司 alone%s", text, describe(ents))
	}
}

// TestOrgAbbrevsOtherHead covers a head word of its own that the full name
// does not write: another body, not an abbreviation (医院 after 医学院).
func TestOrgAbbrevsOtherHead(t *testing.T) {
	x := newTestExtractor(t, Options{Tagger: TaggerFunc(func(s string) []Span {
		return []Span{spanOf(s, "东滨大学医学院", Organization)}
	})})
	text := "东滨大学医学院发表研究。东大医院收治病人。"
	words := []string{"东滨/ns", "大学/n", "医学院/n", "发表/v", "研究/vn", "。/w", "东大/j", "医院/n", "收治/v", "病人/n", "。/w"}
	ents := x.ExtractHints(text, Hints{Words: testWords(posWords(text, words...))})
	if e := find(ents, Organization, "东滨大学医学院"); e == nil || len(e.Mentions) != 1 {
		t.Errorf("ExtractHints(%q): want 东滨大学医学院 alone%s", text, describe(ents))
	}
}

// TestTakesParts covers abbreviations taken from several parts of a name
// against stretches of it.
func TestTakesParts(t *testing.T) {
	for _, c := range []struct {
		short, full string
		want        bool
	}{
		{"美商会", "中国美国商会", true},
		{"贸发局", "香港贸易发展局", true},
		{"东矿公司", "东山矿业有限责任公司", true},
		{"音乐会", "柏林音乐之友协会", false}, // 音乐 side by side
		{"上市公司", "中国上市公司", false},  // a stretch of the name
	} {
		if got := takesParts(c.short, c.full); got != c.want {
			t.Errorf("takesParts(%q, %q) = %v; want %v", c.short, c.full, got, c.want)
		}
	}
	// A pronoun is no part of an abbreviation (本公司: this company).
	x := newTestExtractor(t, Options{Tagger: TaggerFunc(func(s string) []Span {
		return []Span{spanOf(s, "本溪矿业机械公司", Organization)}
	})})
	text := "本溪矿业机械公司扩大生产。他在本公司工作多年。"
	words := []string{"本溪/ns", "矿业/n", "机械/n", "公司/n", "扩大/v", "生产/vn", "。/w", "他/r", "在/p", "本/r", "公司/n", "工作/v", "多年/m", "。/w"}
	ents := x.ExtractHints(text, Hints{Words: testWords(posWords(text, words...))})
	if got := namesOf(ents, Organization); !slices.Equal(got, []string{"本溪矿业机械公司"}) {
		t.Errorf("ExtractHints(%q): organizations %q; want 本溪矿业机械公司 only%s", text, got, describe(ents))
	}
	if e := find(ents, Organization, "本溪矿业机械公司"); e == nil || len(e.Mentions) != 1 {
		t.Errorf("ExtractHints(%q): want 本溪矿业机械公司 alone%s", text, describe(ents))
	}
}
