package entity

import (
	"slices"
	"testing"
)

// TestMediaRuns covers unquoted media names that open a credit: before 记者
// at the start of a line, and a news agency before its dateline.
func TestMediaRuns(t *testing.T) {
	cases := []struct {
		desc, text string
		orgs       []string
	}{
		{"a paper's reporter opens a line", "會上提問踴躍。\n南海財經日報記者：請問前景如何？", []string{"南海財經日報"}},
		{"a broadcaster's reporter, Simplified", "南海财经电视记者：增速为何放缓？", []string{"南海财经电视"}},
		{"a news agency's dateline", "南海社廣州3月1日電　會議今天召開。", []string{"南海社"}},
		{"our own paper", "本报记者前往采访。", nil},
		{"a reporter of some broadcaster", "一名电视台记者提问。", nil},
		{"a head alone", "电视记者：请问？", nil},
		{"inside a clause", "他说南海财经日报记者来过。", nil},
		{"a medium's head", "外界多有猜測，南海傳媒董事長王大同近日發文。", []string{"南海傳媒"}},
		{"a former head", "原南海省音像出版社社长出席。", nil},
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

// TestLanguageServices covers a medium's Chinese service after its name
// (BBC中文, 纽约时报中文网): one organization; a word after an
// organization that is no medium stays out.
func TestLanguageServices(t *testing.T) {
	cases := []struct {
		text, span string
		orgs       []string
	}{
		{"学者对BBC中文表示，变化将加快。", "BBC", []string{"BBC中文"}},
		{"据纽约时报中文网报道，谈判恢复。", "", []string{"纽约时报中文网"}},
		{"东海大学中文系主任出席。", "东海大学", []string{"东海大学"}},
	}
	for _, c := range cases {
		x := newTestExtractor(t, Options{Tagger: TaggerFunc(func(s string) []Span {
			if c.span == "" {
				return nil
			}
			return []Span{spanOf(s, c.span, Organization)}
		})})
		ents := x.Extract(c.text)
		checkEntities(t, c.text, ents)
		if got := namesOf(ents, Organization); !slices.Equal(got, c.orgs) {
			t.Errorf("Extract(%q): organizations %q; want %q%s", c.text, got, c.orgs, describe(ents))
		}
	}
}
