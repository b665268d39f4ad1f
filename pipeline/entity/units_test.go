package entity

import (
	"slices"
	"testing"
)

// posWords cuts text into words given as "word/pos" (which must tile it).
func posWords(text string, words ...string) []Word {
	var plain []string
	var tags []string
	for _, w := range words {
		i := len(w) - 1
		for i >= 0 && w[i] != '/' {
			i--
		}
		plain, tags = append(plain, w[:i]), append(tags, w[i+1:])
	}
	out := wordsOf(text, plain...)
	for i := range out {
		out[i].Tag = tagOf(tags[i])
	}
	return out
}

// TestNestedUnits covers a unit named after the known organization it
// belongs to, with a one-character head (处, 局, 司) after a longer name
// when the segmenter reads that name as nouns.
func TestNestedUnits(t *testing.T) {
	cases := []struct {
		desc, text string
		words      []string
		orgs       []string
	}{
		{"a customs unit", "海关总署缉私局破获走私案。",
			[]string{"海关总署/nt", "缉私/vn", "局/n", "破获/v", "走私案/n", "。/w"},
			[]string{"海关总署缉私局"}},
		{"an agency of a ministry, Traditional", "衛生福利部疾病管制署發布警訊。",
			[]string{"衛生福利部/nt", "疾病/n", "管制署/n", "發布/v", "警訊/n", "。/w"},
			[]string{"衛生福利部疾病管制署"}},
		{"a department of a ministry", "外交部新闻司司长表示。",
			[]string{"外交部/nt", "新闻司/n", "司长/n", "表示/v", "。/w"},
			[]string{"外交部新闻司"}},
		{"a verb before the head is no unit's name", "国务院批准设立国家算力局。",
			[]string{"国务院/nt", "批准/v", "设立/v", "国家/n", "算力/n", "局/n", "。/w"},
			[]string{"国务院"}},
		{"a head inside a word is none", "外交部妥善处理此事。",
			[]string{"外交部/nt", "妥善/a", "处理/v", "此事/r", "。/w"},
			[]string{"外交部"}},
	}
	x := newTestExtractor(t, Options{})
	for _, c := range cases {
		t.Run(c.desc, func(t *testing.T) {
			ents := x.ExtractHints(c.text, Hints{Words: testWords(posWords(c.text, c.words...))})
			checkEntities(t, c.text, ents)
			if got := namesOf(ents, Organization); !slices.Equal(got, c.orgs) {
				t.Errorf("organizations %q; want %q%s", got, c.orgs, describe(ents))
			}
		})
	}
}

// TestGovernments covers a place's government named in full (江西省人民政府)
// for articles, where NER corpora tag the place alone; the place is then
// a mention nested in the government's.
func TestGovernments(t *testing.T) {
	cases := []struct {
		text, tagged string
		orgs, places []string
	}{
		{"江西省人民政府发布防汛通知。", "江西省", []string{"江西省人民政府"}, []string{"江西"}},
		{"廣東省人民政府發出通知。", "廣東省", []string{"廣東省人民政府"}, []string{"廣東"}},
		{"会后，成都市人民政府召开发布会。", "成都市", []string{"成都市人民政府"}, []string{"成都"}},
	}
	for _, c := range cases {
		tagger := TaggerFunc(func(s string) []Span { return []Span{spanOf(s, c.tagged, Place)} })
		x := newTestExtractor(t, Options{Tagger: tagger, Articles: true})
		ents := x.Extract(c.text)
		checkEntities(t, c.text, ents)
		if got := namesOf(ents, Organization); !slices.Equal(got, c.orgs) {
			t.Errorf("Extract(%q): organizations %q; want %q%s", c.text, got, c.orgs, describe(ents))
		}
		if got := namesOf(ents, Place); !slices.Equal(got, c.places) {
			t.Errorf("Extract(%q): places %q; want %q%s", c.text, got, c.places, describe(ents))
		}
		// Without Options.Articles the place stands alone, as in the
		// People's Daily corpus.
		x = newTestExtractor(t, Options{Tagger: tagger})
		if got := namesOf(x.Extract(c.text), Place); !slices.Equal(got, []string{c.tagged}) {
			t.Errorf("Extract(%q) for NER: places %q; want [%s]", c.text, got, c.tagged)
		}
	}
}

// TestAbbreviatedCountryBodies covers a body written after its country's
// one-character abbreviation, the 国 of the country shared with the body.
func TestAbbreviatedCountryBodies(t *testing.T) {
	cases := []struct {
		desc, text string
		name       string
		lexID      string
		mentions   []string
	}{
		{"linked to the full name", "美國國土安全部發表聲明。港府批評美國土安全部抹黑。",
			"美國國土安全部", "us-dhs", []string{"美國國土安全部", "美國土安全部"}},
		{"alone, with the identity of the full name", "美国土安全部宣布新规。", "美国土安全部", "us-dhs", []string{"美国土安全部"}},
		{"a body the lexicon lacks", "英国防部表示，将派出舰队。英国国防部此前否认。",
			"英国国防部", "", []string{"英国防部", "英国国防部"}},
	}
	x := newTestExtractor(t, Options{})
	for _, c := range cases {
		t.Run(c.desc, func(t *testing.T) {
			ents := x.Extract(c.text)
			checkEntities(t, c.text, ents)
			e := find(ents, Organization, c.name)
			if e == nil {
				t.Fatalf("no organization %q%s", c.name, describe(ents))
			}
			if got := mentionTexts(e); !slices.Equal(got, c.mentions) || e.LexiconID != c.lexID {
				t.Errorf("%s: mentions %q id %q; want %q id %q", c.name, got, e.LexiconID, c.mentions, c.lexID)
			}
		})
	}
	// 美国会 is most often 美国 + 会 (will).
	text := "美国会继续施压。"
	if got := namesOf(x.Extract(text), Organization); len(got) != 0 {
		t.Errorf("Extract(%q): organizations %q; want none", text, got)
	}
}

// TestTaggerOrgRepairs covers a tagger's organizations that are part of a
// title, a law inside its title marks, or a cut Latin word.
func TestTaggerOrgRepairs(t *testing.T) {
	cases := []struct {
		desc, text, span string
		orgs             []string
	}{
		{"a former official's body and title", "前入境處總入境事務主任陳大文表示。", "前入境處總入境事務", []string{"入境處"}},
		{"a qualifier and a body the lexicon lacks", "前东海署总稽查主任发言。", "前东海署总稽查", nil},
		{"a body before its head's title stays", "国务院外办主任刘华秋出席。", "国务院外办", []string{"国务院外办"}},
		{"a law in its title marks", "法院依《国家安全法》审理。", "国家安全法》", nil},
		{"a Traditional law in its title marks", "他違反《國家安全條例》。", "國家安全條例", nil},
		{"a cut Latin word", "檀香山(Honolulu)会谈。", "(Honol", nil},
	}
	for _, c := range cases {
		t.Run(c.desc, func(t *testing.T) {
			x := newTestExtractor(t, Options{Tagger: TaggerFunc(func(s string) []Span {
				return []Span{spanOf(s, c.span, Organization)}
			})})
			ents := x.Extract(c.text)
			checkEntities(t, c.text, ents)
			if got := namesOf(ents, Organization); !slices.Equal(got, c.orgs) {
				t.Errorf("organizations %q; want %q%s", got, c.orgs, describe(ents))
			}
		})
	}
}

// TestQuotedOrgs covers organizations named in quotes after a known body or
// a verb of founding, ending with an organization's head.
func TestQuotedOrgs(t *testing.T) {
	cases := []struct {
		text string
		orgs []string
	}{
		{"行政院成立「食品安全會報」，統籌各部會。", []string{"行政院", "食品安全會報"}},
		{"会议决定成立“数字经济工作小组”。", []string{"数字经济工作小组"}},
		{"他们提出“共同繁荣委员会”的构想。", nil}, // no body or founding before the quotes
		{"双方成立“友好关系”。", nil},       // no organization's head
		{"成立「海峽兩岸青年創新創業交流協會」。", []string{"海峽兩岸青年創新創業交流協會"}},
	}
	x := newTestExtractor(t, Options{})
	for _, c := range cases {
		ents := x.Extract(c.text)
		checkEntities(t, c.text, ents)
		if got := namesOf(ents, Organization); !slices.Equal(got, c.orgs) {
			t.Errorf("Extract(%q): organizations %q; want %q%s", c.text, got, c.orgs, describe(ents))
		}
	}
}

// TestGuardedForms covers lexicon forms that are also the middle of common
// words: read only where the segmenter's words start and end with them.
func TestGuardedForms(t *testing.T) {
	cases := []struct {
		desc, text string
		words      []string
		orgs       []string
	}{
		{"a university's short form as a word", "他在港大任教。", []string{"他/r", "在/p", "港大/nt", "任教/v", "。/w"}, []string{"港大"}},
		{"inside 香港 + 大型", "香港大型活动恢复。", []string{"香港/ns", "大型/b", "活动/vn", "恢复/v", "。/w"}, nil},
		{"a ministry's short form inside 统一部署", "按照统一部署推进。", []string{"按照/p", "统一/vd", "部署/v", "推进/v", "。/w"}, nil},
		{"an army's short form inside 以军事", "以军事手段解决。", []string{"以/p", "军事/n", "手段/n", "解决/v", "。/w"}, nil},
		{"an army's short form as a word", "以军空袭加沙。", []string{"以军/nt", "空袭/v", "加沙/ns", "。/w"}, []string{"以军"}},
	}
	x := newTestExtractor(t, Options{})
	for _, c := range cases {
		t.Run(c.desc, func(t *testing.T) {
			ents := x.ExtractHints(c.text, Hints{Words: testWords(posWords(c.text, c.words...))})
			checkEntities(t, c.text, ents)
			if got := namesOf(ents, Organization); !slices.Equal(got, c.orgs) {
				t.Errorf("organizations %q; want %q%s", got, c.orgs, describe(ents))
			}
			// Without the words a guarded form is never read.
			if got := namesOf(x.Extract(c.text), Organization); len(got) != 0 {
				t.Errorf("without words: organizations %q; want none", got)
			}
		})
	}
}

// TestRegionalGeneric covers a word that text of one region uses as a
// common noun (国安: national security in Taiwan and Hong Kong text) and
// another region's as a name (a football club in mainland sports news).
func TestRegionalGeneric(t *testing.T) {
	x := newTestExtractor(t, Options{Tagger: TaggerFunc(func(s string) []Span {
		return []Span{spanOf(s, "國安", Organization)}
	})})
	text := "此事涉及國安，檢方已介入。"
	if got := namesOf(x.ExtractIn(text, "TW"), Organization); len(got) != 0 {
		t.Errorf("ExtractIn(%q, TW): organizations %q; want none", text, got)
	}
	if got := namesOf(x.ExtractIn(text, "CN"), Organization); !slices.Equal(got, []string{"國安"}) {
		t.Errorf("ExtractIn(%q, CN): organizations %q; want the tagger's", text, got)
	}
}

// TestTaggerGlossAndTitleMarks covers a tagger's Latin span inside the
// bracketed original after Chinese names, and a tagger's organization in
// title marks (a publication), named by what stands inside them.
func TestTaggerGlossAndTitleMarks(t *testing.T) {
	text := "会谈在檀香山,夏威夷州(Honolulu, Hawaii)举行。全文刊登在《政府公报》上。"
	x := newTestExtractor(t, Options{Tagger: TaggerFunc(func(s string) []Span {
		return []Span{spanOf(s, "Hawaii", Organization), spanOf(s, "《政府公报》", Organization)}
	})})
	ents := x.Extract(text)
	checkEntities(t, text, ents)
	if got, want := namesOf(ents, Organization), []string{"政府公报"}; !slices.Equal(got, want) {
		t.Errorf("organizations %q; want %q%s", got, want, describe(ents))
	}
	if e := find(ents, Organization, "政府公报"); e != nil && !slices.Equal(mentionTexts(e), []string{"《政府公报》"}) {
		t.Errorf("政府公报: mentions %q; want the title with its marks", mentionTexts(e))
	}
}
