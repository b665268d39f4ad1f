package entity

import (
	"slices"
	"testing"
)

// TestTaggerOrgClauses covers a tagger's organization that the segmenter's
// words show to be a clause: a known body or place, a verb, and nothing or
// another known body (dropped, the lexicon's names stay); and one that
// starts inside a verb (starts after it).
func TestTaggerOrgClauses(t *testing.T) {
	cases := []struct {
		desc, text string
		words      []string
		span       string
		orgs       []string
	}{
		{"a body, a verb and another body", "外交部函送立法院一份报告。",
			[]string{"外交部/nt", "函送/v", "立法院/nt", "一/m", "份/q", "报告/n", "。/w"},
			"外交部函送立法院", []string{"外交部", "立法院"}},
		{"a place and a verb", "该公司决定到日本设厂生产。",
			[]string{"该/r", "公司/n", "决定/v", "到/v", "日本/ns", "设厂/v", "生产/vn", "。/w"},
			"日本设厂", nil},
		{"a verb inside a name that goes on", "美国联合航空宣布复航。",
			[]string{"美国/ns", "联合/v", "航空/n", "宣布/v", "复航/v", "。/w"},
			"美国联合航空", []string{"美国联合航空"}},
		{"a span starting inside a verb", "多个部门包括统计处都有回应。",
			[]string{"多个/m", "部门/n", "包括/v", "统计处/n", "都/d", "有/v", "回应/vn", "。/w"},
			"括统计处", []string{"统计处"}},
	}
	for _, c := range cases {
		t.Run(c.desc, func(t *testing.T) {
			x := newTestExtractor(t, Options{Tagger: TaggerFunc(func(s string) []Span {
				return []Span{spanOf(s, c.span, Organization)}
			})})
			ents := x.ExtractHints(c.text, Hints{Words: testWords(posWords(c.text, c.words...))})
			checkEntities(t, c.text, ents)
			if got := namesOf(ents, Organization); !slices.Equal(got, c.orgs) {
				t.Errorf("organizations %q; want %q%s", got, c.orgs, describe(ents))
			}
		})
	}
}
