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
		{"countries before a title and a name", "萨摩亚总理卡洛和汤加首相莫阿纳抵达。",
			[]string{"萨摩亚", "卡洛", "汤加", "莫阿纳"}, Person, false, []string{"萨摩亚", "汤加"}, []string{"卡洛", "莫阿纳"}},
		{"Taiwan's forms in Traditional text", "萬那杜總理與帛琉總統出席。",
			[]string{"萬那杜", "帛琉"}, Person, false, []string{"萬那杜", "帛琉"}, nil},
		{"a country listed as an organization, for articles", "会议讨论叙利亚、朝鲜、也门局势。",
			[]string{"朝鲜"}, Organization, true, []string{"叙利亚", "朝鲜", "也门"}, nil},
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
		{"a region with 地区, named bare later", "东盟与亚太地区伙伴加强合作。亚太经济持续增长。", nil,
			"亚太地区", []string{"亚太", "亚太"}},
		{"Traditional", "我國與亞太地區夥伴合作。", nil, "亞太地區", []string{"亞太"}},
		{"a peninsula the tagger finds", "科拉半岛局势趋于缓和。", []string{"科拉"}, "科拉半岛", []string{"科拉"}},
		{"a belt the tagger finds", "萨赫勒地带局势动荡，萨赫勒居民撤离。", []string{"萨赫勒"}, "萨赫勒地带", []string{"萨赫勒"}},
		{"a strip of the lexicon, found again", "联合国车队进入加沙地带，加沙居民排队领取物资。", nil, "加沙地带", []string{"加沙", "加沙"}},
		{"a reservoir area", "小浪底库区水位回落。", []string{"小浪底"}, "小浪底库区", []string{"小浪底"}},
		{"a word that starts with the head is no head", "这是亚太地区性的安排。", nil, "亚太", []string{"亚太"}},
		{"a region followed by 间", "东盟推动亚太区域间的贸易往来。", nil, "亚太区域", []string{"亚太"}},
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

// TestGeoHeadsNotTaken covers geographic heads that do not end a place's
// name: the start of a place read apart (日本 + 平原县), a feature of a
// country (美国 + 海域: the country keeps its name in the whole text), a
// head the segmenter reads inside a longer word.
func TestGeoHeadsNotTaken(t *testing.T) {
	cases := []struct {
		text   string
		tagged []string // the tagger's places
		words  []string
		places []string
	}{
		{"他先后到过日本平原县等地。", []string{"平原县"},
			[]string{"他/r", "先后/d", "到/v", "过/u", "日本/ns", "平原县/ns", "等/u", "地/n", "。/w"}, []string{"日本", "平原县"}},
		{"两艘舰船在美国海域巡逻，美国表示关切。", nil,
			[]string{"两/m", "艘/q", "舰船/n", "在/p", "美国/ns", "海域/n", "巡逻/v", "，/w", "美国/ns", "表示/v", "关切/a", "。/w"}, []string{"美国"}},
		{"科拉半岛链条断裂。", []string{"科拉"},
			[]string{"科拉/ns", "半/m", "岛链/n", "条/q", "断裂/v", "。/w"}, []string{"科拉"}},
		{"两岸与亚太地区间贸易增长。", nil,
			[]string{"两岸/n", "与/p", "亚太/ns", "地区间/n", "贸易/n", "增长/v", "。/w"}, []string{"亚太地区"}},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			x := newTestExtractor(t, Options{Tagger: TaggerFunc(func(s string) []Span {
				var out []Span
				for _, w := range c.tagged {
					out = append(out, spanOf(s, w, Place))
				}
				return out
			})})
			ents := x.ExtractHints(c.text, Hints{Words: testWords(posWords(c.text, c.words...))})
			checkEntities(t, c.text, ents)
			if got := namesOf(ents, Place); !slices.Equal(got, c.places) {
				t.Errorf("places %q; want %q%s", got, c.places, describe(ents))
			}
		})
	}
}

// TestTitledPersonBeforeFacility covers a name that a title marks right
// before a facility's head: the person stays a person (局长王小明 +
// 机场迎接: the airport is where he met them) unless the segmenter reads
// the whole as nouns.
func TestTitledPersonBeforeFacility(t *testing.T) {
	cases := []struct {
		text, name string
		words      []string
		people     []string
		places     []string
	}{
		{"局长王小明机场迎接外宾。", "王小明", []string{"局长/n", "王/nr", "小明/nr", "机场/n", "迎接/v", "外宾/n", "。/w"}, []string{"王小明"}, nil},
		{"市长李大华车站送别代表团。", "李大华", nil, []string{"李大华"}, nil},
		{"旅客在张伯伦机场转机。", "张伯伦", nil, nil, []string{"张伯伦机场"}},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			x := newTestExtractor(t, Options{Tagger: TaggerFunc(func(s string) []Span { return []Span{spanOf(s, c.name, Person)} })})
			var ws []Word
			if c.words != nil {
				ws = posWords(c.text, c.words...)
			}
			ents := x.ExtractHints(c.text, Hints{Words: testWords(ws)})
			checkEntities(t, c.text, ents)
			if got := namesOf(ents, Person); !slices.Equal(got, c.people) {
				t.Errorf("people %q; want %q%s", got, c.people, describe(ents))
			}
			if got := namesOf(ents, Place); !slices.Equal(got, c.places) {
				t.Errorf("places %q; want %q%s", got, c.places, describe(ents))
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
		{"a port after a name the tagger took for a person", "货轮停靠甘马挽港口卸货。",
			[]Span{{Type: Person}}, []string{"甘马挽港口"}, nil},
		{"an airport named after a person", "航班降落在约翰·沃尔特国际机场。",
			[]Span{{Type: Place}}, []string{"约翰·沃尔特国际机场"}, nil},
		{"a square after a city of the lexicon", "示威者聚集在柏林广场。", nil, []string{"柏林广场"}, nil},
		{"a station after the city it is in stays apart", "列车抵达上海虹桥火车站。",
			[]Span{{Type: Place}}, []string{"上海", "虹桥火车站"}, nil},
	}
	tagged := map[string][]string{
		"a port after a name the tagger took for a person": {"甘马挽"},
		"an airport named after a person":                  {"沃尔特国际机场"},
		"a station after the city it is in stays apart":    {"虹桥火车站"},
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

// TestNestedPlaces covers, for articles, the country or city that starts
// an organization's name as a mention of that place too.
func TestNestedPlaces(t *testing.T) {
	cases := []struct {
		text     string
		articles bool
		places   []string
	}{
		{"英国下议院今日表决。", true, []string{"英国"}},
		{"日本防衛省週三發表聲明。", true, []string{"日本"}},
		{"日本外务省发表声明。", true, []string{"日本"}},
		{"英国下议院今日表决。", false, nil},
	}
	for _, c := range cases {
		x := newTestExtractor(t, Options{Articles: c.articles})
		ents := x.Extract(c.text)
		checkEntities(t, c.text, ents)
		if got := namesOf(ents, Place); !slices.Equal(got, c.places) {
			t.Errorf("Extract(%q) articles=%v: places %q; want %q%s", c.text, c.articles, got, c.places, describe(ents))
		}
		if len(namesOf(ents, Organization)) != 1 {
			t.Errorf("Extract(%q): organizations %q; want one", c.text, namesOf(ents, Organization))
		}
	}
}

// TestPlaceSpanRepairs covers places the lexicon and a tagger read
// differently: 首都 before a capital, a tagger's place cut at the start of
// a place of the lexicon, and one that only follows a place.
func TestPlaceSpanRepairs(t *testing.T) {
	cases := []struct {
		desc, text, span string
		places           []string
	}{
		{"the capital Berlin, not Dublin", "在首都柏林举行的会议上通过。", "", []string{"柏林"}},
		{"the capital Dublin", "爱尔兰首都都柏林举行游行。", "", []string{"爱尔兰", "都柏林"}},
		{"a tagger's square cut inside a city", "球迷聚集在曼彻斯特广场。", "彻斯特广场", []string{"曼彻斯特广场"}},
		{"a tagger's place after a province cuts nothing", "江苏丹阳的眼镜市场很大。", "丹阳", []string{"江苏", "丹阳"}},
	}
	for _, c := range cases {
		t.Run(c.desc, func(t *testing.T) {
			x := newTestExtractor(t, Options{Tagger: TaggerFunc(func(s string) []Span {
				if c.span == "" {
					return nil
				}
				return []Span{spanOf(s, c.span, Place)}
			})})
			ents := x.Extract(c.text)
			checkEntities(t, c.text, ents)
			if got := namesOf(ents, Place); !slices.Equal(got, c.places) {
				t.Errorf("places %q; want %q%s", got, c.places, describe(ents))
			}
		})
	}
}

// TestDistrictBeforeBody covers a constituency before the territory's own
// legislature: a place and the body, not one organization.
func TestDistrictBeforeBody(t *testing.T) {
	for _, c := range []struct{ text, span, place string }{
		{"九龍東立法會議員出席。", "九龍東立法會", "九龍東"},
		{"港岛西立法会选举结果揭晓。", "港岛西立法会", "港岛西"},
		{"新界东北立法会议席出缺。", "新界东北立法会", "新界东北"},
	} {
		x := newTestExtractor(t, Options{Tagger: TaggerFunc(func(s string) []Span {
			return []Span{spanOf(s, c.span, Organization)}
		})})
		ents := x.ExtractIn(c.text, "HK")
		checkEntities(t, c.text, ents)
		if got := namesOf(ents, Place); !slices.Equal(got, []string{c.place}) {
			t.Errorf("ExtractIn(%q): places %q; want [%s]%s", c.text, got, c.place, describe(ents))
		}
		if e := find(ents, Organization, strings.TrimPrefix(c.span, c.place)); e == nil || e.LexiconID != "hk-legco" {
			t.Errorf("ExtractIn(%q): no Legislative Council%s", c.text, describe(ents))
		}
	}
}

// TestAbbreviationPairs covers two one-character abbreviations side by
// side that the segmenter reads as abbreviations (j): both are places,
// linked to their countries' full names.
func TestAbbreviationPairs(t *testing.T) {
	text := "日本首相訪問美國。美日聯合軍演今天展開。"
	words := []string{"日本/ns", "首相/n", "訪問/v", "美國/ns", "。/w", "美/j", "日/j", "聯合/vn", "軍演/n", "今天/t", "展開/v", "。/w"}
	x := newTestExtractor(t, Options{})
	ents := x.ExtractHints(text, Hints{Words: testWords(posWords(text, words...))})
	checkEntities(t, text, ents)
	for name, want := range map[string][]string{"日本": {"日本", "日"}, "美國": {"美國", "美"}} {
		if e := find(ents, Place, name); e == nil || !slices.Equal(mentionTexts(e), want) {
			t.Errorf("%s: %v; want mentions %q%s", name, e, want, describe(ents))
		}
	}
	// A verb made of an abbreviation's character is no pair (中意: to like).
	text = "他很中意这个方案。"
	words = []string{"他/r", "很/d", "中意/a", "这个/r", "方案/n", "。/w"}
	if got := namesOf(x.ExtractHints(text, Hints{Words: testWords(posWords(text, words...))}), Place); len(got) != 0 {
		t.Errorf("ExtractHints(%q): places %q; want none", text, got)
	}
}

// TestArticleVenues covers, for articles, a government named after a place
// the tagger found (荆门市 + 人民政府) and a hotel as a venue.
func TestArticleVenues(t *testing.T) {
	text := "荆门市人民政府召开会议。会谈在凯悦酒店举行。"
	tagger := TaggerFunc(func(s string) []Span {
		return []Span{spanOf(s, "荆门市", Place), spanOf(s, "凯悦酒店", Organization)}
	})
	ents := newTestExtractor(t, Options{Tagger: tagger, Articles: true}).Extract(text)
	checkEntities(t, text, ents)
	if got, want := namesOf(ents, Organization), []string{"荆门市人民政府"}; !slices.Equal(got, want) {
		t.Errorf("organizations %q; want %q%s", got, want, describe(ents))
	}
	if got, want := namesOf(ents, Place), []string{"荆门市", "凯悦酒店"}; !slices.Equal(got, want) {
		t.Errorf("places %q; want %q%s", got, want, describe(ents))
	}
	// For NER the corpora's conventions hold: the hotel is an organization.
	ents = newTestExtractor(t, Options{Tagger: tagger}).Extract(text)
	if got, want := namesOf(ents, Organization), []string{"凯悦酒店"}; !slices.Equal(got, want) {
		t.Errorf("for NER: organizations %q; want %q%s", got, want, describe(ents))
	}
}
