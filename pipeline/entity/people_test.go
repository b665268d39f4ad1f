package entity

import (
	"slices"
	"strings"
	"testing"
)

// TestPeopleByTitleMore covers names read next to titles: Hong Kong
// surnames (区, 查), verbs of meeting and thanking that are no names, and
// Malay names after a style that the tagger cut.
func TestPeopleByTitleMore(t *testing.T) {
	cases := []struct {
		desc, text string
		tagged     []Span // spans given as text: see below
		spans      []string
		people     []string
	}{
		{"a Hong Kong surname after a title", "前區議員區家明與律師查志遠出席。", nil, nil, []string{"區家明", "查志遠"}},
		{"Simplified", "律师区伟文表示反对。", nil, nil, []string{"区伟文"}},
		{"a verb of meeting before a title is no name", "大使昨日晋见总理，递交国书。", nil, nil, nil},
		{"a verb of thanking before a title is no name", "司儀：多謝局長。", nil, nil, nil},
		{"a Malay name after a style, cut by the tagger", "交通部长拿督斯里诺丁阿末表示。",
			[]Span{{Type: Person}}, []string{"拿督斯里诺丁"}, []string{"诺丁阿末"}},
		{"a tagger's name that a style crosses at its start", "副首相拿督斯里法迪拉宣布。",
			[]Span{{Type: Person}}, []string{"斯里法迪拉"}, []string{"法迪拉"}},
		{"a Malay name with 祖", "部长丹斯里祖哈里表示。", nil, nil, []string{"祖哈里"}},
		{"a Malay name with 末 after a title", "副首相阿末扎希也表示支持。", nil, nil, []string{"阿末扎希"}},
		{"a Malay name with 都 after a title, Traditional", "前總理阿都拉昨日接見記者。", nil, nil, []string{"阿都拉"}},
		{"都 after a title starts no name", "兩國總統都表示支持。", nil, nil, nil},
	}
	for _, c := range cases {
		t.Run(c.desc, func(t *testing.T) {
			x := newTestExtractor(t, Options{Tagger: TaggerFunc(func(s string) []Span {
				var out []Span
				for i, w := range c.spans {
					out = append(out, spanOf(s, w, c.tagged[i].Type))
				}
				return out
			})})
			ents := x.Extract(c.text)
			checkEntities(t, c.text, ents)
			if got := namesOf(ents, Person); !slices.Equal(got, c.people) {
				t.Errorf("people %q; want %q%s", got, c.people, describe(ents))
			}
		})
	}
}

// TestSurnameInsideWord covers a surname that ends a word of the segmenter
// (查 of 调查 before 主任): no reference to the person of that surname.
func TestSurnameInsideWord(t *testing.T) {
	text := "大律師查志遠表示，高級調查主任亦出席。"
	words := []string{"大/a", "律師/n", "查志遠/nr", "表示/v", "，/w", "高級/b", "調查/vn", "主任/n", "亦/d", "出席/v", "。/w"}
	x := newTestExtractor(t, Options{})
	ents := x.ExtractHints(text, Hints{Words: testWords(posWords(text, words...))})
	checkEntities(t, text, ents)
	e := find(ents, Person, "查志遠")
	if e == nil || !slices.Equal(mentionTexts(e), []string{"查志遠"}) {
		t.Errorf("查志遠: %v; want one mention%s", e, describe(ents))
	}
}

// TestLoneCharacters covers, for articles, a tagger's one-character name
// that no person of the text is named by: dropped; linked when one is.
func TestLoneCharacters(t *testing.T) {
	cases := []struct {
		text     string
		spans    []string
		articles bool
		people   []string
	}{
		{"司儀說：謝謝各位。", []string{"謝"}, true, nil},
		{"司儀說：謝謝各位。", []string{"謝"}, false, []string{"謝"}},
		{"議員何家明發言。何議員又說。", []string{"何家明", "何"}, true, []string{"何家明"}},
	}
	for _, c := range cases {
		x := newTestExtractor(t, Options{Articles: c.articles, Tagger: TaggerFunc(func(s string) []Span {
			var out []Span
			at := 0
			for _, w := range c.spans {
				sp := spanOf(s[at:], w, Person)
				sp.Start, sp.End = sp.Start+at, sp.End+at
				at = sp.End
				out = append(out, sp)
			}
			return out
		})})
		ents := x.Extract(c.text)
		checkEntities(t, c.text, ents)
		if got := namesOf(ents, Person); !slices.Equal(got, c.people) {
			t.Errorf("Extract(%q) articles=%v: people %q; want %q%s", c.text, c.articles, got, c.people, describe(ents))
		}
	}
}

// TestNameFoundAgainOverFragments covers a name a title rule read in full
// whose later occurrences the tagger cut (诺轩 of 区诺轩): found again whole.
func TestNameFoundAgainOverFragments(t *testing.T) {
	text := "前區議員區家明昨日出席。區家明表示，區家明會上訴。"
	x := newTestExtractor(t, Options{Tagger: TaggerFunc(func(s string) []Span {
		var out []Span
		for off := 0; ; {
			k := strings.Index(s[off:], "家明")
			if k < 0 {
				return out
			}
			out = append(out, Span{Start: off + k, End: off + k + len("家明"), Type: Person})
			off += k + len("家明")
		}
	})})
	ents := x.Extract(text)
	checkEntities(t, text, ents)
	if got := namesOf(ents, Person); !slices.Equal(got, []string{"區家明"}) {
		t.Fatalf("people %q; want [區家明]%s", got, describe(ents))
	}
	if e := find(ents, Person, "區家明"); len(e.Mentions) != 3 {
		t.Errorf("區家明: mentions %q; want three", mentionTexts(e))
	}
}
