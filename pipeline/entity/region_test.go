package entity

import "testing"

// TestRegionalIdentity checks that a bare body's name takes the identity it
// has in the text's region, and keeps the lexicon's or none elsewhere.
func TestRegionalIdentity(t *testing.T) {
	text := "国防部表示，外交部与总统府将回应，国军加强战备。"
	cases := []struct {
		region string
		want   map[string]string // name → lexicon id ("" = found, no identity; "-" = not found)
	}{
		{"TW", map[string]string{"国防部": "tw-mnd", "外交部": "tw-mofa", "总统府": "tw-president", "国军": "tw-armed"}},
		{"CN", map[string]string{"国防部": "cn-mod", "外交部": "cn-mfa", "总统府": "-", "国军": "-"}},
		{"", map[string]string{"国防部": "cn-mod", "外交部": "cn-mfa", "总统府": "-", "国军": "-"}},
	}
	x := newTestExtractor(t, Options{})
	for _, c := range cases {
		t.Run("region "+c.region, func(t *testing.T) {
			ents := x.ExtractIn(text, c.region)
			checkEntities(t, text, ents)
			for name, id := range c.want {
				e := find(ents, Organization, name)
				switch {
				case id == "-" && e != nil:
					t.Errorf("ExtractIn(%q, %q): %s found; want none", text, c.region, name)
				case id != "-" && e == nil:
					t.Errorf("ExtractIn(%q, %q): no %s%s", text, c.region, name, describe(ents))
				case id != "-" && e.LexiconID != id:
					t.Errorf("ExtractIn(%q, %q): %s is %q; want %q", text, c.region, name, e.LexiconID, id)
				}
			}
		})
	}
	// A bare body after the same body of another country: in Taiwan text it
	// is Taiwan's, not a back-reference.
	text = "美国国防部宣布军售，国防部表示感谢。"
	ents := x.ExtractIn(text, "TW")
	if e := find(ents, Organization, "国防部"); e == nil || e.LexiconID != "tw-mnd" {
		t.Errorf("ExtractIn(%q, TW): want 国防部 as tw-mnd%s", text, describe(ents))
	}
	ents = x.ExtractIn(text, "")
	if e := find(ents, Organization, "美国国防部"); e == nil || len(e.Mentions) != 2 {
		t.Errorf("ExtractIn(%q, \"\"): want 国防部 linked to 美国国防部%s", text, describe(ents))
	}
	// Macao's 特区政府.
	text = "特区政府今日公布施政报告。"
	if e := find(x.ExtractIn(text, "MO"), Organization, "特区政府"); e == nil || e.LexiconID != "mo-gov" {
		t.Errorf("ExtractIn(%q, MO): want 特区政府 as mo-gov", text)
	}
	if e := find(x.ExtractIn(text, "HK"), Organization, "特区政府"); e == nil || e.LexiconID != "hk-gov" {
		t.Errorf("ExtractIn(%q, HK): want 特区政府 as hk-gov", text)
	}
}

// TestLexiconOrgGuards checks organizations of the lexicon inside common
// nouns.
func TestLexiconOrgGuards(t *testing.T) {
	x := newTestExtractor(t, Options{})
	for _, text := range []string{"中国银行业协会发布报告。", "各民主党派人士出席。"} {
		for _, e := range x.Extract(text) {
			if e.Name == "中国银行" || e.Name == "民主党" {
				t.Errorf("Extract(%q): %s is no organization here", text, e.Name)
			}
		}
	}
}
