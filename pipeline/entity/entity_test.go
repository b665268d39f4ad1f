package entity

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/zhpipe/zhpipe/dict/lexicon"
)

var (
	lexOnce sync.Once
	lexVal  *lexicon.Lexicon
	lexErr  error
)

func testLexicon(t testing.TB) *lexicon.Lexicon {
	t.Helper()
	lexOnce.Do(func() { lexVal, lexErr = lexicon.Load() })
	if lexErr != nil {
		t.Fatalf("lexicon.Load: %v", lexErr)
	}
	return lexVal
}

func newTestExtractor(t testing.TB, opts Options) *Extractor {
	t.Helper()
	x, err := New(testLexicon(t), opts)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	return x
}

var idPattern = regexp.MustCompile(`^[POLA][1-9][0-9]*$`)

// checkEntities checks the invariants of Extract's output on text.
func checkEntities(t testing.TB, text string, ents []Entity) {
	t.Helper()
	ids := map[string]bool{}
	prefix := map[Type]string{Person: "P", Organization: "O", Place: "L"}
	for _, e := range ents {
		want := prefix[e.Type]
		if e.LinkedPerson != "" {
			want = "A"
		}
		if !idPattern.MatchString(e.ID) || !strings.HasPrefix(e.ID, want) {
			t.Errorf("entity %q: bad ID for type %v", e.ID, e.Type)
		}
		if ids[e.ID] {
			t.Errorf("duplicate ID %q", e.ID)
		}
		ids[e.ID] = true
		if len(e.Mentions) == 0 {
			t.Errorf("%s: no mentions", e.ID)
		}
		if e.NameMention < 0 || e.NameMention >= len(e.Mentions) {
			t.Errorf("%s: name mention %d out of range", e.ID, e.NameMention)
		} else if m := e.Mentions[e.NameMention]; geoHeaded(text, e, m) {
			// a place named with its geographic head (亚太地区 for 亚太)
		} else if e.NameStart < m.Start || e.NameEnd > m.End || e.NameStart >= e.NameEnd ||
			text[e.NameStart:e.NameEnd] != e.Name || (m.Text != e.Name && m.Text != "《"+e.Name+"》") {
			t.Errorf("%s: name %q [%d:%d] is not the name mention %q", e.ID, e.Name, e.NameStart, e.NameEnd, m.Text)
		}
		names := false
		for i, m := range e.Mentions {
			if m.Start < 0 || m.End > len(text) || m.Start >= m.End || text[m.Start:m.End] != m.Text {
				t.Errorf("%s: mention %+v does not cut its text", e.ID, m)
				continue
			}
			if i > 0 && m.Start < e.Mentions[i-1].Start {
				t.Errorf("%s: mentions out of order", e.ID)
			}
			names = names || m.Text == e.Name || m.Text == "《"+e.Name+"》" || geoHeaded(text, e, m)
		}
		if !names {
			t.Errorf("%s: name %q is none of its mentions", e.ID, e.Name)
		}
		for _, ti := range e.Titles {
			if ti.Start < 0 || ti.End > len(text) || ti.Start >= ti.End || text[ti.Start:ti.End] != ti.Text {
				t.Errorf("%s: title %+v does not cut its text", e.ID, ti)
			}
		}
		if e.LinkedPerson != "" && !strings.HasPrefix(e.LinkedPerson, "P") {
			t.Errorf("%s: linked person %q is not a person", e.ID, e.LinkedPerson)
		}
	}
	for _, e := range ents {
		if e.LinkedPerson != "" && !ids[e.LinkedPerson] {
			t.Errorf("%s: linked person %q does not exist", e.ID, e.LinkedPerson)
		}
	}
	// People, organizations, administrations, places; each series in
	// order of first mention (the order a stable sort of the entities in
	// order of first mention gives).
	last, lastNum := -1, map[[2]int]int{}
	for _, e := range ents {
		o := int(entityOrder(e.Type, e.LinkedPerson != ""))
		if o < last {
			t.Errorf("%s: out of order after an entity of order %d", e.ID, last)
		}
		last = o
		n, _ := strconv.Atoi(e.ID[1:])
		key := [2]int{o, int(e.ID[0])}
		if n <= lastNum[key] {
			t.Errorf("%s: after %c%d in its series", e.ID, e.ID[0], lastNum[key])
		}
		lastNum[key] = n
	}
	// Mentions may share an array: appending to one entity's leaves the
	// others as they are.
	for i := range ents {
		if m := ents[i].Mentions; cap(m) != len(m) {
			t.Errorf("%s: mentions with room for %d more", ents[i].ID, cap(m)-len(m))
		}
	}
}

// geoHeaded reports whether e is a place named by its mention m and the
// geographic head written after it.
func geoHeaded(text string, e Entity, m Mention) bool {
	return e.Type == Place && e.NameStart == m.Start && e.NameEnd > m.End && e.NameEnd <= len(text) &&
		text[e.NameStart:e.NameEnd] == e.Name && slices.Contains(geoHeads, text[m.End:e.NameEnd])
}

// want describes one expected entity.
type want struct {
	typ      Type
	name     string
	lexID    string   // "" to skip
	english  string   // "" to skip
	mentions int      // 0 to skip
	titles   []string // nil to skip
	linked   string   // the Name of the linked person, "" to skip
}

func find(ents []Entity, typ Type, name string) *Entity {
	for i := range ents {
		if ents[i].Type == typ && ents[i].Name == name {
			return &ents[i]
		}
	}
	return nil
}

func titleTexts(ts []Title) []string {
	var out []string
	for _, t := range ts {
		out = append(out, t.Text)
	}
	return out
}

func describe(ents []Entity) string {
	var b strings.Builder
	for _, e := range ents {
		var ms []string
		for _, m := range e.Mentions {
			ms = append(ms, m.Text)
		}
		fmt.Fprintf(&b, "\n  %s %v %q %q titles=%q mentions=%q", e.ID, e.Type, e.Name, e.LexiconID, titleTexts(e.Titles), ms)
	}
	return b.String()
}

func TestExtract(t *testing.T) {
	cases := []struct {
		desc  string
		text  string
		want  []want
		total int // expected number of entities, -1 to skip
	}{
		{
			desc: "mainland Simplified, title and metonym",
			text: "美国国务卿蓬佩奥10日在华盛顿会见了英国外交大臣。蓬佩奥表示，美方将继续与北约盟友合作。",
			want: []want{
				{typ: Person, name: "蓬佩奥", lexID: "us-pompeo", english: "Mike Pompeo", mentions: 2, titles: []string{"美国国务卿"}},
				{typ: Organization, name: "北约", lexID: "nato", english: "NATO"},
				{typ: Place, name: "华盛顿", english: "Washington"},
				{typ: Place, name: "美国"},
				{typ: Place, name: "英国"},
			},
			total: 5,
		},
		{
			desc: "Taiwan Traditional, administration and 華府",
			text: "美國國務卿龐佩奧昨天在華府表示，川普政府將對北韓施壓。",
			want: []want{
				{typ: Person, name: "龐佩奧", lexID: "us-pompeo", titles: []string{"美國國務卿"}},
				{typ: Person, name: "川普", lexID: "us-trump"},
				{typ: Organization, name: "川普政府", linked: "川普"},
				{typ: Place, name: "華府", english: "Washington"},
				{typ: Place, name: "北韓", english: "North Korea"},
			},
			total: 6,
		},
		{
			desc: "Hong Kong Traditional, 特朗普 and 習近平",
			text: "美國總統特朗普與國家主席習近平通電話，特朗普稱兩國關係良好。",
			want: []want{
				{typ: Person, name: "特朗普", lexID: "us-trump", mentions: 2, titles: []string{"美國總統"}},
				{typ: Person, name: "習近平", lexID: "cn-xi", english: "Xi Jinping", titles: []string{"國家主席"}},
			},
			total: 3,
		},
		{
			desc: "mainland 万斯",
			text: "美国副总统万斯抵达慕尼黑。万斯随后发表讲话。",
			want: []want{
				{typ: Person, name: "万斯", lexID: "us-vance", english: "JD Vance", mentions: 2, titles: []string{"美国副总统"}},
				{typ: Place, name: "慕尼黑"},
			},
			total: 3,
		},
		{
			desc: "original in brackets",
			text: "白宫人工智能顾问塞克斯（David Sacks）表示，美国将放松监管。",
			want: []want{
				{typ: Person, name: "塞克斯", english: "David Sacks", titles: []string{"白宫人工智能顾问"}},
				{typ: Organization, name: "白宫", lexID: "us-whitehouse"},
			},
			total: 3,
		},
		{
			desc: "unknown transliterated name after a title",
			text: "德国联邦议院议长克洛克纳表示，克洛克纳将访问北京。",
			want: []want{
				{typ: Person, name: "克洛克纳", mentions: 2, titles: []string{"德国联邦议院议长"}},
				{typ: Place, name: "北京", english: "Beijing"},
			},
			total: 3,
		},
		{
			desc: "unknown Chinese name after a title",
			text: "商务部新闻发言人何亚东表示，中方将采取必要措施。",
			want: []want{
				{typ: Person, name: "何亚东", titles: []string{"商务部新闻发言人"}},
				{typ: Organization, name: "商务部", lexID: "cn-mofcom"},
			},
			total: 2,
		},
		{
			desc: "dots of every kind and initials",
			text: "国务卿马可‧卢比奥与俄罗斯外长拉夫罗夫会晤，约翰・F・肯尼迪曾任总统。",
			want: []want{
				{typ: Person, name: "马可‧卢比奥", lexID: "us-rubio", english: "Marco Rubio", titles: []string{"国务卿"}},
				{typ: Person, name: "拉夫罗夫", lexID: "ru-lavrov", titles: []string{"俄罗斯外长"}},
				{typ: Person, name: "约翰・F・肯尼迪"},
			},
			total: 4,
		},
		{
			desc: "hyphenated given names",
			text: "法国外长让-马克·埃罗会见了德国外长弗兰克-瓦尔特·施泰因迈尔和约翰-保罗·史密斯。",
			want: []want{
				{typ: Person, name: "让-马克·埃罗", lexID: "fr-ayrault", english: "Jean-Marc Ayrault", titles: []string{"法国外长"}},
				{typ: Person, name: "弗兰克-瓦尔特·施泰因迈尔", lexID: "de-steinmeier", titles: []string{"德国外长"}},
				{typ: Person, name: "约翰-保罗·史密斯"},
			},
			total: 5,
		},
		{
			desc: "initials that are part of the lexicon's name",
			text: "印度外长S·M·克里希纳抵京。",
			want: []want{
				{typ: Person, name: "S·M·克里希纳", lexID: "in-krishna", english: "S. M. Krishna", titles: []string{"印度外长"}},
				{typ: Place, name: "印度"},
			},
			total: 2,
		},
		{
			desc: "nested and abbreviated organizations",
			text: "中共中央、国务院印发意见。世贸组织争端解决机制面临困境，国际货币基金组织表示关切。",
			want: []want{
				{typ: Organization, name: "中共中央", lexID: "cn-cc"},
				{typ: Organization, name: "国务院", lexID: "cn-statecouncil"},
				{typ: Organization, name: "世贸组织争端解决机制"},
				{typ: Organization, name: "国际货币基金组织", english: "International Monetary Fund"},
			},
			total: 4,
		},
		{
			desc: "bare body after its country",
			text: "美国商务部周二宣布新规。商务部称，新规将于下月生效。",
			want: []want{
				{typ: Organization, name: "美国商务部", lexID: "us-commerce", mentions: 2},
			},
			total: 1,
		},
		{
			desc: "Hong Kong wording",
			text: "財政司司長陳茂波表示，港府將推出新措施，特首李家超亦出席。",
			want: []want{
				{typ: Person, name: "陳茂波", titles: []string{"財政司司長"}},
				{typ: Person, name: "李家超", lexID: "hk-lee", english: "John Lee", titles: []string{"特首"}},
				{typ: Organization, name: "港府", lexID: "hk-gov"},
			},
			total: 3,
		},
		{
			desc: "mainland wording in Traditional script",
			text: "俄羅斯總統普京與烏克蘭總統澤連斯基通話。",
			want: []want{
				{typ: Person, name: "普京", lexID: "ru-putin", titles: []string{"俄羅斯總統"}},
				{typ: Person, name: "澤連斯基", titles: []string{"烏克蘭總統"}},
				{typ: Place, name: "俄羅斯"},
				{typ: Place, name: "烏克蘭"},
			},
			total: 4,
		},
		{
			desc: "Taiwan wording, organization inside a title",
			text: "美國聯準會主席鮑爾宣布降息。",
			want: []want{
				{typ: Person, name: "鮑爾", lexID: "us-powell", english: "Jerome Powell", titles: []string{"美國聯準會主席"}},
				{typ: Organization, name: "美國聯準會", lexID: "us-fed"},
			},
			total: 2,
		},
		{
			desc: "two-character form inside a longer transliteration",
			text: "哥伦比亚作家卡米雷斯获奖。",
			want: []want{
				{typ: Place, name: "哥伦比亚"},
			},
			total: 1,
		},
		{
			desc: "two-character form after a character of transliterations",
			text: "对比拜登时期的政策。",
			want: []want{
				{typ: Person, name: "拜登", lexID: "us-biden"},
			},
			total: 1,
		},
		{
			desc:  "two-character form inside a common word",
			text:  "亿万斯年前，这里是海洋。",
			total: 0,
		},
		{
			desc:  "compound with Latin letters is not the organization",
			text:  "意图打造“AI北约”。",
			total: 0,
		},
	}
	x := newTestExtractor(t, Options{})
	for _, c := range cases {
		t.Run(c.desc, func(t *testing.T) {
			ents := x.Extract(c.text)
			checkEntities(t, c.text, ents)
			if c.total >= 0 && len(ents) != c.total {
				t.Errorf("Extract(%q): got %d entities; want %d:%s", c.text, len(ents), c.total, describe(ents))
			}
			for _, w := range c.want {
				e := find(ents, w.typ, w.name)
				if e == nil {
					t.Errorf("Extract(%q): no %v %q:%s", c.text, w.typ, w.name, describe(ents))
					continue
				}
				if w.lexID != "" && e.LexiconID != w.lexID {
					t.Errorf("%q: lexicon id %q; want %q", w.name, e.LexiconID, w.lexID)
				}
				if w.english != "" && e.English != w.english {
					t.Errorf("%q: english %q; want %q", w.name, e.English, w.english)
				}
				if w.mentions != 0 && len(e.Mentions) != w.mentions {
					t.Errorf("%q: %d mentions; want %d", w.name, len(e.Mentions), w.mentions)
				}
				if w.titles != nil && !slices.Equal(titleTexts(e.Titles), w.titles) {
					t.Errorf("%q: titles %q; want %q", w.name, titleTexts(e.Titles), w.titles)
				}
				if w.linked != "" {
					p := find(ents, Person, w.linked)
					if p == nil || e.LinkedPerson != p.ID {
						t.Errorf("%q: linked person %q; want the ID of %q", w.name, e.LinkedPerson, w.linked)
					}
				}
			}
		})
	}
}

// TestCrossStraitIdentity checks that one person written in any script and
// region gets the same lexicon identity and mainland Simplified name.
func TestCrossStraitIdentity(t *testing.T) {
	groups := []struct {
		forms      []string
		simplified string
	}{
		{[]string{"川普", "特朗普"}, "特朗普"},
		{[]string{"范斯", "萬斯", "万斯"}, "万斯"},
		{[]string{"蓬佩奧", "蓬佩奥", "龐佩奧"}, "蓬佩奥"},
		{[]string{"盧比歐", "卢比奥"}, "卢比奥"},
		{[]string{"習近平", "习近平"}, "习近平"},
	}
	x := newTestExtractor(t, Options{})
	for _, g := range groups {
		t.Run(g.simplified, func(t *testing.T) {
			id := ""
			for _, f := range g.forms {
				text := "据报道，" + f + "表示反对。"
				ents := x.Extract(text)
				checkEntities(t, text, ents)
				if len(ents) != 1 || ents[0].Type != Person {
					t.Errorf("Extract(%q): got%s; want one person", text, describe(ents))
					continue
				}
				e := ents[0]
				if id == "" {
					id = e.LexiconID
				}
				if e.LexiconID == "" || e.LexiconID != id {
					t.Errorf("Extract(%q): lexicon id %q; want %q", text, e.LexiconID, id)
				}
				if e.Simplified != g.simplified {
					t.Errorf("Extract(%q): simplified %q; want %q", text, e.Simplified, g.simplified)
				}
			}
		})
	}
}

func TestTitleQualifiers(t *testing.T) {
	text := "前国务卿蓬佩奥和候任总统川普会面。"
	ents := newTestExtractor(t, Options{}).Extract(text)
	checkEntities(t, text, ents)
	for _, c := range []struct{ name, title, qualifier string }{
		{"蓬佩奥", "国务卿", "前"},
		{"川普", "总统", "候任"},
	} {
		e := find(ents, Person, c.name)
		if e == nil || len(e.Titles) != 1 {
			t.Errorf("Extract(%q):%s; want %s with one title", text, describe(ents), c.name)
			continue
		}
		if got := e.Titles[0]; got.Text != c.title || got.Qualifier != c.qualifier {
			t.Errorf("%s: title %q qualifier %q; want %q qualifier %q", c.name, got.Text, got.Qualifier, c.title, c.qualifier)
		}
	}
}

func TestTitleQualifier(t *testing.T) {
	text := "2023年10月30日，时任美国总统拜登签署行政令。"
	ents := newTestExtractor(t, Options{}).Extract(text)
	checkEntities(t, text, ents)
	e := find(ents, Person, "拜登")
	if e == nil || len(e.Titles) != 1 {
		t.Fatalf("Extract(%q):%s; want 拜登 with one title", text, describe(ents))
	}
	if got := e.Titles[0]; got.Text != "美国总统" || got.Qualifier != "时任" {
		t.Errorf("title = %q qualifier %q; want %q qualifier %q", got.Text, got.Qualifier, "美国总统", "时任")
	}
}

func TestTagger(t *testing.T) {
	text := "张三丰和李四在北京市文化局见面，特朗普表示欢迎。"
	span := func(s string, typ Type) Span {
		i := strings.Index(text, s)
		return Span{Start: i, End: i + len(s), Type: typ}
	}
	tagged := TaggerFunc(func(s string) []Span {
		return []Span{
			span("张三丰", Person),
			span("北京市文化局", Organization),              // contains the lexicon's 北京市: wins
			span("普表", Person),                        // crosses the lexicon's 特朗普: dropped
			{Start: 0, End: len(s) + 5, Type: Person}, // out of range: dropped
			{Start: 1, End: 2, Type: Person},          // not on rune boundaries: dropped
		}
	})
	ents := newTestExtractor(t, Options{Tagger: tagged}).Extract(text)
	checkEntities(t, text, ents)
	if find(ents, Person, "张三丰") == nil || find(ents, Organization, "北京市文化局") == nil ||
		find(ents, Person, "特朗普") == nil || len(ents) != 3 {
		t.Errorf("Extract(%q) with tagger:%s; want 张三丰, 北京市文化局, 特朗普", text, describe(ents))
	}
	plain := newTestExtractor(t, Options{}).Extract(text)
	if find(plain, Person, "张三丰") != nil {
		t.Errorf("Extract(%q) without tagger found 张三丰", text)
	}
}

func TestSimplifyOption(t *testing.T) {
	text := "德國聯邦議院議長克洛克納表示歡迎。"
	x := newTestExtractor(t, Options{Simplify: func(s string) string { return strings.ReplaceAll(s, "納", "纳") }})
	ents := x.Extract(text)
	checkEntities(t, text, ents)
	e := find(ents, Person, "克洛克納")
	if e == nil || e.Simplified != "克洛克纳" {
		t.Errorf("Extract(%q):%s; want 克洛克納 simplified as 克洛克纳", text, describe(ents))
	}
}

func TestTypeText(t *testing.T) {
	for _, typ := range []Type{Person, Organization, Place} {
		b, err := typ.MarshalText()
		if err != nil {
			t.Fatalf("MarshalText(%d): %v", typ, err)
		}
		var back Type
		if err := back.UnmarshalText(b); err != nil || back != typ {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", b, back, err, typ)
		}
		if typ.String() != string(b) {
			t.Errorf("String() = %q; want %q", typ.String(), b)
		}
	}
	if _, err := Type(0).MarshalText(); err == nil {
		t.Errorf("MarshalText(0): got no error")
	}
	var bad Type
	if err := bad.UnmarshalText([]byte("GPE")); err == nil {
		t.Errorf("UnmarshalText(GPE): got no error")
	}
	if got := Type(9).String(); got != "Type(9)" {
		t.Errorf("Type(9).String() = %q; want %q", got, "Type(9)")
	}
}

func TestNewNilLexicon(t *testing.T) {
	if _, err := New(nil, Options{}); err == nil {
		t.Errorf("New(nil): got no error")
	}
}

// TestConcurrent shares one Extractor across goroutines (run with -race).
func TestConcurrent(t *testing.T) {
	x := newTestExtractor(t, Options{})
	text := "美国总统川普与法国总统马克龙在巴黎会晤，马克龙表示欢迎。"
	want := describe(x.Extract(text))
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for range 20 {
				if got := describe(x.Extract(text)); got != want {
					t.Errorf("concurrent Extract differs:%s\nwant%s", got, want)
					return
				}
			}
		}()
	}
	wg.Wait()
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"美国总统国家安全事务助理马尔科·A·卢比奥和总统科技事务助理、白宫科技政策办公室主任迈克尔·J·克拉茨奥斯",
		"時任美國總統拜登簽署行政令，川普政府發佈計畫。",
		"塞克斯（David Sacks）", "·A·", "总统·", "（A B）", "美国商务部、商务部", "\xff总统\xfe川普",
	} {
		f.Add(s)
	}
	x := newTestExtractor(f, Options{})
	f.Fuzz(func(t *testing.T, s string) {
		ents := x.Extract(s)
		checkEntities(t, s, ents)
		for _, e := range ents {
			for _, m := range e.Mentions {
				if !utf8.ValidString(m.Text) {
					t.Errorf("mention %q is not valid UTF-8", m.Text)
				}
			}
		}
		if again := x.Extract(s); describe(again) != describe(ents) {
			t.Errorf("Extract(%q) is not deterministic", s)
		}
	})
}

// fuzzTagger tags spans chosen from the text itself, on rune boundaries or
// not, so that every path of the tagger's resolution is exercised.
var fuzzTagger = TaggerFunc(func(s string) []Span {
	var out []Span
	for i := 0; i < len(s); i++ {
		if s[i]%5 != 0 {
			continue
		}
		end := i + 1 + int(s[i]%9)
		if end > len(s) {
			end = len(s)
		}
		out = append(out, Span{Start: i, End: end, Type: Type(s[i] % 4)})
		i = end
	}
	return out
})

func FuzzExtractTagged(f *testing.F) {
	for _, s := range []string{
		"张三丰和李四在北京市文化局见面，特朗普表示欢迎。",
		"美国总统国家安全事务助理马尔科·A·卢比奥",
		"中共中央致中国致公党十一大的贺词",
	} {
		f.Add(s)
	}
	x := newTestExtractor(f, Options{Tagger: fuzzTagger})
	f.Fuzz(func(t *testing.T, s string) {
		ents := x.Extract(s)
		checkEntities(t, s, ents)
		if again := x.Extract(s); describe(again) != describe(ents) {
			t.Errorf("Extract(%q) is not deterministic", s)
		}
	})
}

// TestTaggerLinksToLexicon checks that a tagger's span takes the lexicon
// identity of its text: 华 is 中国, 外交部 is the lexicon's 外交部.
func TestTaggerLinksToLexicon(t *testing.T) {
	text := "中国外交部表示，美方官员访华，中国欢迎。外交部长出席。"
	tagged := TaggerFunc(func(s string) []Span {
		at := func(w string, n int) Span {
			i := strings.Index(s, w)
			if n == 2 {
				i = strings.LastIndex(s, w)
			}
			return Span{Start: i, End: i + len(w), Type: Place}
		}
		org := at("外交部", 2)
		org.Type = Organization
		return []Span{at("华", 1), at("美", 1), org}
	})
	ents := newTestExtractor(t, Options{Tagger: tagged}).Extract(text)
	checkEntities(t, text, ents)
	cn := find(ents, Place, "中国")
	if cn == nil || len(cn.Mentions) != 2 || cn.English != "China" {
		t.Errorf("Extract(%q):%s; want 中国 with the mention 华", text, describe(ents))
	}
	if us := find(ents, Place, "美"); us == nil || us.English != "United States" {
		t.Errorf("Extract(%q):%s; want 美 as the United States", text, describe(ents))
	}
	if mfa := find(ents, Organization, "中国外交部"); mfa == nil || len(mfa.Mentions) != 2 {
		t.Errorf("Extract(%q):%s; want 中国外交部 with the tagger's 外交部 linked", text, describe(ents))
	}
}

// TestDottedChainLinear guards against the dotted-name scan going back over
// a failed chain from each of its dots (it was quadratic on A·A·A·…).
func TestDottedChainLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping: long input")
	}
	text := strings.Repeat("A·", 200000)
	done := make(chan []Entity, 1)
	x := newTestExtractor(t, Options{})
	go func() { done <- x.Extract(text) }()
	select {
	case ents := <-done:
		if len(ents) != 0 {
			t.Errorf("Extract(A·A·…): got %d entities; want 0", len(ents))
		}
	case <-time.After(20 * time.Second):
		t.Fatalf("Extract(A·A·…) of %d bytes takes over 20 s", len(text))
	}
}

// TestTaggerInsideLexicon checks that a tagger's spans inside a lexicon
// place give way to it: 南 and 韩 inside 南韩.
func TestTaggerInsideLexicon(t *testing.T) {
	text := "日本与南韩签署协议。"
	tagged := TaggerFunc(func(s string) []Span {
		i := strings.Index(s, "南韩")
		return []Span{{Start: i, End: i + len("南"), Type: Place}, {Start: i + len("南"), End: i + len("南韩"), Type: Place}}
	})
	ents := newTestExtractor(t, Options{Tagger: tagged}).Extract(text)
	checkEntities(t, text, ents)
	if e := find(ents, Place, "南韩"); e == nil || e.English != "South Korea" || len(ents) != 2 {
		t.Errorf("Extract(%q):%s; want 日本 and 南韩 (South Korea)", text, describe(ents))
	}
}
