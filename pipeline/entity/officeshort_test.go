package entity

import (
	"slices"
	"testing"
)

// TestOfficeShortForms covers an office written later with the short head
// 办 (新闻办 for 新闻办公室): one organization.
func TestOfficeShortForms(t *testing.T) {
	cases := []struct {
		text     string
		spans    []string
		mentions []string
	}{
		{"东海省新闻办公室今天举行发布会。东海省新闻办主任介绍情况。",
			[]string{"东海省新闻办公室", "东海省新闻办"}, []string{"东海省新闻办公室", "东海省新闻办"}},
		{"南山市扶貧辦公室成立。南山市扶貧辦表示將加強工作。",
			[]string{"南山市扶貧辦公室", "南山市扶貧辦"}, []string{"南山市扶貧辦公室", "南山市扶貧辦"}},
	}
	for _, c := range cases {
		x := newTestExtractor(t, Options{Tagger: TaggerFunc(func(s string) []Span {
			var out []Span
			at := 0
			for _, w := range c.spans {
				sp := spanOf(s[at:], w, Organization)
				sp.Start, sp.End = sp.Start+at, sp.End+at
				at = sp.End
				out = append(out, sp)
			}
			return out
		})})
		ents := x.Extract(c.text)
		checkEntities(t, c.text, ents)
		var orgs []Entity
		for _, e := range ents {
			if e.Type == Organization {
				orgs = append(orgs, e)
			}
		}
		if len(orgs) != 1 || !slices.Equal(mentionTexts(&orgs[0]), c.mentions) {
			t.Errorf("Extract(%q): organizations%s; want one with %q", c.text, describe(orgs), c.mentions)
		}
	}
}
