package entity

import (
	"slices"
	"strings"
	"testing"
)

// testTags are the part-of-speech tags of the tests' words.
var testTags = []string{"n", "v", "w", "ns", "vn", "p", "nr", "r", "nt", "m", "d", "j", "t", "c", "a", "u", "q", "f", "b", "vd", "x", "nz", "an"}

// tagOf returns the number of tag pos in testTags.
func tagOf(pos string) uint16 {
	i := slices.Index(testTags, pos)
	if i < 0 {
		panic("tagOf: " + pos)
	}
	return uint16(i)
}

// testWords returns ws as Words, with the tags of testTags.
func testWords(ws []Word) Words { return &WordList{List: ws, Tags: testTags} }

// wordsOf cuts text into the given words (which must tile it), tagged n.
func wordsOf(text string, words ...string) []Word {
	var out []Word
	at := 0
	for _, w := range words {
		i := strings.Index(text[at:], w)
		if i < 0 {
			panic("wordsOf: " + w)
		}
		out = append(out, Word{Start: int32(at + i), End: int32(at + i + len(w)), Tag: tagOf("n")})
		at += i + len(w)
	}
	return out
}

// TestWordHints covers a tagger's organizations mended with the
// segmenter's words.
func TestWordHints(t *testing.T) {
	cases := []struct {
		desc, text string
		words      []string
		span       string
		orgs       []string
	}{
		{"a name cut at its start takes the word and the noun before it", "就版权条例草案委员会提交意见。",
			[]string{"就", "版权", "条例", "草案", "委员会", "提交", "意见", "。"}, "例草案委员会", []string{"版权条例草案委员会"}},
		{"a name ending inside a word is dropped", "北京市教育集中培训。",
			[]string{"北京市", "教育", "集中", "培训", "。"}, "北京市教育集", nil},
		{"a body inside a title word is dropped", "由交通部长出席。",
			[]string{"由", "交通部长", "出席", "。"}, "交通部", nil},
		{"a Latin word cut is dropped", "学者（Mark Gershon）认为。",
			[]string{"学者", "（", "Mark", " ", "Gershon", "）", "认为", "。"}, "ershon", nil},
		{"a generic noun stays generic", "报道指，股市上涨。",
			[]string{"报道", "指", "，", "股市", "上涨", "。"}, "道指", nil},
	}
	for _, c := range cases {
		t.Run(c.desc, func(t *testing.T) {
			x := newTestExtractor(t, Options{Tagger: TaggerFunc(func(s string) []Span {
				return []Span{spanOf(s, c.span, Organization)}
			})})
			ents := x.ExtractHints(c.text, Hints{Words: testWords(wordsOf(c.text, c.words...))})
			checkEntities(t, c.text, ents)
			if got := namesOf(ents, Organization); !slices.Equal(got, c.orgs) {
				t.Errorf("ExtractHints(%q): organizations %q; want %q%s", c.text, got, c.orgs, describe(ents))
			}
			// Without words the tagger's span is kept as it is.
			if got := namesOf(x.Extract(c.text), Organization); c.desc == "a name ending inside a word is dropped" && !slices.Equal(got, []string{c.span}) {
				t.Errorf("Extract(%q) without words: organizations %q; want [%s]", c.text, got, c.span)
			}
		})
	}
	// Ill-formed words are ignored, not trusted.
	text := "北京市教育集中培训。"
	x := newTestExtractor(t, Options{Tagger: TaggerFunc(func(s string) []Span { return []Span{spanOf(s, "北京市教育集", Organization)} })})
	bad := []Word{{Start: 5, End: 3}, {Start: 1, End: 4}, {Start: 0, End: int32(len(text) + 9)}, {Start: 0, End: 3, Tag: 9999}}
	checkEntities(t, text, x.ExtractHints(text, Hints{Words: testWords(bad)}))
}

// TestPlaceThenOwnOrg covers a tagger's organization that is a city and an
// organization of the city's own country.
func TestPlaceThenOwnOrg(t *testing.T) {
	text := "会谈将于华盛顿美国商务部进行。"
	x := newTestExtractor(t, Options{Tagger: TaggerFunc(func(s string) []Span {
		return []Span{spanOf(s, "华盛顿美国商务部", Organization)}
	})})
	ents := x.Extract(text)
	if got := namesOf(ents, Organization); !slices.Equal(got, []string{"美国商务部"}) {
		t.Errorf("Extract(%q): organizations %q; want [美国商务部]%s", text, got, describe(ents))
	}
	// A branch abroad is one organization.
	text = "赞比亚中国银行开业。"
	x = newTestExtractor(t, Options{Tagger: TaggerFunc(func(s string) []Span {
		return []Span{spanOf(s, "赞比亚中国银行", Organization)}
	})})
	if got := namesOf(x.Extract(text), Organization); !slices.Equal(got, []string{"赞比亚中国银行"}) {
		t.Errorf("Extract(%q): organizations %q; want [赞比亚中国银行]", text, got)
	}
}

// TestListOrgs covers organizations listed with a found one.
func TestListOrgs(t *testing.T) {
	text := "其中民联党、复兴联盟党、南方军政府等均被取缔。"
	words := []Word{}
	for _, w := range []struct{ s, pos string }{
		{"其中", "r"}, {"民联", "x"}, {"党", "n"}, {"、", "w"}, {"复兴", "x"}, {"联盟党", "nt"}, {"、", "w"},
		{"南方", "ns"}, {"军政府", "nt"}, {"等", "u"}, {"均", "d"}, {"被", "p"}, {"取缔", "v"}, {"。", "w"},
	} {
		at := 0
		if len(words) > 0 {
			at = int(words[len(words)-1].End)
		}
		words = append(words, Word{Start: int32(at), End: int32(at + len(w.s)), Tag: tagOf(w.pos)})
	}
	x := newTestExtractor(t, Options{Tagger: TaggerFunc(func(s string) []Span {
		return []Span{spanOf(s, "复兴联盟党", Organization), spanOf(s, "南方", Place)}
	})})
	ents := x.ExtractHints(text, Hints{Words: testWords(words)})
	checkEntities(t, text, ents)
	if got, want := namesOf(ents, Organization), []string{"民联党", "复兴联盟党", "南方军政府"}; !slices.Equal(got, want) {
		t.Errorf("ExtractHints(%q): organizations %q; want %q%s", text, got, want, describe(ents))
	}
	// Without words, nothing is read from the list.
	if got := namesOf(x.Extract(text), Organization); !slices.Equal(got, []string{"复兴联盟党"}) {
		t.Errorf("Extract(%q) without words: organizations %q; want [复兴联盟党]", text, got)
	}
	// An item with a verb is a clause, not a name.
	text = "市委、市政府发动工会。"
	words = wordsOf(text, "市委", "、", "市政府", "发动", "工会", "。")
	words[3].Tag = tagOf("v")
	x = newTestExtractor(t, Options{Tagger: TaggerFunc(func(s string) []Span { return []Span{spanOf(s, "市委", Organization)} })})
	if got := namesOf(x.ExtractHints(text, Hints{Words: testWords(words)}), Organization); !slices.Equal(got, []string{"市委"}) {
		t.Errorf("ExtractHints(%q): organizations %q; want [市委]", text, got)
	}
}

// TestTaggerOrgEndingInAName covers a tagger's organization that is a place
// and a person.
func TestTaggerOrgEndingInAName(t *testing.T) {
	text := "他与美国川普总统会面。"
	x := newTestExtractor(t, Options{Tagger: TaggerFunc(func(s string) []Span { return []Span{spanOf(s, "美国川普", Organization)} })})
	ents := x.Extract(text)
	if got := namesOf(ents, Organization); len(got) != 0 || find(ents, Person, "川普") == nil {
		t.Errorf("Extract(%q): organizations %q; want none and the person 川普%s", text, got, describe(ents))
	}
}

// TestSetWords checks that well-formed words are kept as given (not
// copied) and that ill-formed ones (out of order, empty, past the text, off
// a rune boundary) are dropped and the others kept with their tags.
func TestSetWords(t *testing.T) {
	x := newTestExtractor(t, Options{})
	text := "北京市教育局"
	good := testWords(wordsOf(text, "北京市", "教育局"))
	if s := x.scan(text, Hints{Words: good}); s.words != good || s.nw != 2 {
		t.Errorf("well-formed words: kept %v (%d); want them as given", s.words, s.nw)
	}
	bad := &WordList{Tags: []string{"ns", "n"}, List: []Word{
		{Start: 0, End: 9, Tag: 0}, {Start: 3, End: 6}, {Start: 9, End: 10}, {Start: 9, End: 9},
		{Start: 9, End: 18, Tag: 1}, {Start: 18, End: 30},
	}}
	s := x.scan(text, Hints{Words: bad})
	var got []string
	for k := 0; k < s.nw; k++ {
		got = append(got, text[s.wstart(k):s.wend(k)]+"/"+s.pos(k))
	}
	if want := []string{"北京市/ns", "教育局/n"}; !slices.Equal(got, want) {
		t.Errorf("ill-formed words: kept %q; want %q", got, want)
	}
}
