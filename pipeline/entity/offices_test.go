package entity

import (
	"slices"
	"testing"
)

// TestTitleOffices covers the office of a title's holder that opens a line
// or clause: an organization; a room after a word in the clause is none.
func TestTitleOffices(t *testing.T) {
	cases := []struct {
		desc, text string
		orgs       []string
	}{
		{"a statement signed by an office", "媒体声明\n发言人办公室\n2019年5月1日", []string{"发言人办公室"}},
		{"an office that acts, Traditional", "總統辦公室今天發表聲明。", []string{"總統辦公室"}},
		{"an office inside a clause", "他走进主任办公室坐下。", nil},
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
