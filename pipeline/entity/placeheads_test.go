package entity

import (
	"slices"
	"strings"
	"testing"
)

// TestPlaceNotName covers a tagger's name or organization that is exactly
// a country of the lexicon: the lexicon's place wins for a name always, for
// an organization with Options.Articles.
func TestPlaceNotName(t *testing.T) {
	cases := []struct {
		desc, text string
		spans      []string // the tagger's spans, all of the type typ
		typ        Type
		articles   bool
		places     []string
		others     []string // names of the tagger's type that stay
	}{
		{"countries before a title and a name", "图瓦卢总理索本嘉和基里巴斯总统马茂抵达。",
			[]string{"图瓦卢", "索本嘉", "基里巴斯", "马茂"}, Person, false, []string{"图瓦卢", "基里巴斯"}, []string{"索本嘉", "马茂"}},
		{"Taiwan's forms in Traditional text", "萬那杜總理與帛琉總統出席。",
			[]string{"萬那杜", "帛琉"}, Person, false, []string{"萬那杜", "帛琉"}, nil},
		{"a country listed as an organization, for articles", "对于伊朗、朝鲜、阿富汗问题，双方交换意见。",
			[]string{"朝鲜"}, Organization, true, []string{"伊朗", "朝鲜", "阿富汗"}, nil},
		{"a country as a team stays with the tagger, for NER", "中国的选手和巴西队交手。",
			[]string{"巴西"}, Organization, false, []string{"中国"}, []string{"巴西"}},
	}
	for _, c := range cases {
		t.Run(c.desc, func(t *testing.T) {
			x := newTestExtractor(t, Options{Articles: c.articles, Tagger: TaggerFunc(func(s string) []Span {
				var out []Span
				for _, w := range c.spans {
					out = append(out, spanOf(s, w, c.typ))
				}
				return out
			})})
			ents := x.Extract(c.text)
			checkEntities(t, c.text, ents)
			if got := namesOf(ents, Place); !slices.Equal(got, c.places) {
				t.Errorf("places %q; want %q%s", got, c.places, describe(ents))
			}
			if got := namesOf(ents, c.typ); !slices.Equal(got, c.others) {
				t.Errorf("%s %q; want %q%s", c.typ, got, c.others, describe(ents))
			}
		})
	}
}

// TestVariantsOption covers lexicon forms matched in another spelling: a
// country CLDR names in Traditional only (吐瓦魯), in a text converted to
// Simplified.
func TestVariantsOption(t *testing.T) {
	text := "吐瓦鲁和吉里巴斯的代表团抵达。"
	simplify := strings.NewReplacer("魯", "鲁", "巴", "巴").Replace
	if got := namesOf(newTestExtractor(t, Options{}).Extract(text), Place); slices.Contains(got, "吐瓦鲁") {
		t.Fatalf("without variants: places %q; the test needs a form the lexicon lacks", got)
	}
	ents := newTestExtractor(t, Options{Variants: simplify}).Extract(text)
	checkEntities(t, text, ents)
	if got, want := namesOf(ents, Place), []string{"吐瓦鲁", "吉里巴斯"}; !slices.Equal(got, want) {
		t.Errorf("places %q; want %q%s", got, want, describe(ents))
	}
	if e := find(ents, Place, "吐瓦鲁"); e == nil || e.English != "Tuvalu" {
		t.Errorf("吐瓦鲁: %+v; want the lexicon's Tuvalu", e)
	}
}

// TestGeoHeads covers places written with a geographic head: the mention
// is the place alone, as in NER corpora, and the entity's name takes the
// head.
func TestGeoHeads(t *testing.T) {
	cases := []struct {
		desc, text string
		tagged     []string // the tagger's places
		name       string
		mentions   []string
	}{
		{"a region with 地区, named bare later", "外交部欢迎亚太地区各国贵宾。亚太国家关系密切。", nil,
			"亚太地区", []string{"亚太", "亚太"}},
		{"Traditional", "我國與亞太地區夥伴合作。", nil, "亞太地區", []string{"亞太"}},
		{"a peninsula", "朝鲜半岛局势趋于缓和。", nil, "朝鲜半岛", []string{"朝鲜"}},
		{"a strip the tagger finds", "以军在加沙地带展开行动，加沙居民撤离。", []string{"加沙"}, "加沙地带", []string{"加沙"}},
		{"a reservoir area", "三峡库区蓄水后，地质灾害增多。", []string{"三峡"}, "三峡库区", []string{"三峡"}},
		{"a word that starts with the head is no head", "这是亚太地区性的安排。", nil, "亚太", []string{"亚太"}},
	}
	for _, c := range cases {
		t.Run(c.desc, func(t *testing.T) {
			x := newTestExtractor(t, Options{Tagger: TaggerFunc(func(s string) []Span {
				var out []Span
				for _, w := range c.tagged {
					out = append(out, spanOf(s, w, Place))
				}
				return out
			})})
			ents := x.Extract(c.text)
			checkEntities(t, c.text, ents)
			e := find(ents, Place, c.name)
			if e == nil {
				t.Fatalf("no place named %q%s", c.name, describe(ents))
			}
			if got := mentionTexts(e); !slices.Equal(got, c.mentions) {
				t.Errorf("%s: mentions %q; want %q", c.name, got, c.mentions)
			}
		})
	}
}

// TestFacilities covers facilities named after a place or a person: a
// port, a square, an airport named after a person that the tagger cut.
func TestFacilities(t *testing.T) {
	cases := []struct {
		desc, text string
		spans      []Span
		places     []string
		people     []string
	}{
		{"a port after a name the tagger took for a person", "邮轮停靠巴生港口后接受检测。",
			[]Span{{Type: Person}}, []string{"巴生港口"}, nil},
		{"an airport named after a person", "航班降落在约翰·沃尔特国际机场。",
			[]Span{{Type: Place}}, []string{"约翰·沃尔特国际机场"}, nil},
		{"a square after a city of the lexicon", "示威者聚集在柏林广场。", nil, []string{"柏林广场"}, nil},
		{"a station after the city it is in stays apart", "列车抵达北京永定门车站。",
			[]Span{{Type: Place}}, []string{"北京", "永定门车站"}, nil},
	}
	tagged := map[string][]string{
		"a port after a name the tagger took for a person": {"巴生"},
		"an airport named after a person":                  {"沃尔特国际机场"},
		"a station after the city it is in stays apart":    {"永定门车站"},
	}
	for _, c := range cases {
		t.Run(c.desc, func(t *testing.T) {
			x := newTestExtractor(t, Options{Tagger: TaggerFunc(func(s string) []Span {
				var out []Span
				for i, w := range tagged[c.desc] {
					out = append(out, spanOf(s, w, c.spans[i].Type))
				}
				return out
			})})
			ents := x.Extract(c.text)
			checkEntities(t, c.text, ents)
			if got := namesOf(ents, Place); !slices.Equal(got, c.places) {
				t.Errorf("places %q; want %q%s", got, c.places, describe(ents))
			}
			if got := namesOf(ents, Person); !slices.Equal(got, c.people) {
				t.Errorf("people %q; want %q%s", got, c.people, describe(ents))
			}
		})
	}
}
