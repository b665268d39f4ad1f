package entity

import (
	"slices"
	"testing"
)

// seqTagger tags the given forms as people, each searched after the
// previous one's end.
func seqTagger(forms ...string) Tagger {
	return TaggerFunc(func(s string) []Span {
		var out []Span
		at := 0
		for _, w := range forms {
			sp := spanOf(s[at:], w, Person)
			sp.Start, sp.End = sp.Start+at, sp.End+at
			at = sp.End
			out = append(out, sp)
		}
		return out
	})
}

// TestCutNamesMended covers two-character names the tagger cut before
// their last character: lengthened to the whole name found elsewhere in the
// text, or to the third character that follows every occurrence.
func TestCutNamesMended(t *testing.T) {
	cases := []struct {
		desc, text string
		spans      []string
		people     []string
		mentions   int // mentions of the first person
	}{
		{"the whole name found elsewhere", "處長高志中今天說明。另外，高志中指出，規定將放寬。",
			[]string{"高志中", "高志"}, []string{"高志中"}, 2},
		{"the whole name found later, Simplified", "程立诚访日之旅\n盲人活动人士程立诚回忆往事。",
			[]string{"程立", "程立诚"}, []string{"程立诚"}, 2},
		{"the same third character after every occurrence", "公司董事長吳建家昨天出席。吳建家表示訂單很多，吳建家特別感謝員工。",
			[]string{"吳建", "吳建", "吳建"}, []string{"吳建家"}, 3},
		{"a word after the name is no part of it", "市長周文昨天到場。周文說明計畫，周文說不會延後。",
			[]string{"周文", "周文", "周文"}, []string{"周文"}, 3},
		{"one occurrence is too few", "董事長吳建家餐敘時發言。", []string{"吳建"}, []string{"吳建"}, 1},
		{"different characters follow", "林平安出席會議，林平昨天也表示支持。",
			[]string{"林平", "林平"}, []string{"林平"}, 2},
	}
	for _, c := range cases {
		t.Run(c.desc, func(t *testing.T) {
			x := newTestExtractor(t, Options{Tagger: seqTagger(c.spans...)})
			ents := x.Extract(c.text)
			checkEntities(t, c.text, ents)
			if got := namesOf(ents, Person); !slices.Equal(got, c.people) {
				t.Fatalf("people %q; want %q%s", got, c.people, describe(ents))
			}
			if e := find(ents, Person, c.people[0]); len(e.Mentions) != c.mentions {
				t.Errorf("%s: mentions %q; want %d", c.people[0], mentionTexts(e), c.mentions)
			}
		})
	}
}

// TestCreditLineWithYear covers a credit line whose dateline has a year
// (記者王小明台北2024年5月6日電): the name ends at the place.
func TestCreditLineWithYear(t *testing.T) {
	cases := []struct{ text, cut, want string }{
		{"（中央社記者陳佳云台北2024年5月6日電）主管機關今天預告修正。", "陳佳", "陳佳云"},
		{"（中央社记者陈佳云北京2023年11月6日电）部门今天发布通知。", "陈佳", "陈佳云"},
	}
	for _, c := range cases {
		for _, tagged := range []bool{false, true} {
			opts := Options{}
			if tagged {
				opts.Tagger = seqTagger(c.cut)
			}
			x := newTestExtractor(t, opts)
			ents := x.Extract(c.text)
			checkEntities(t, c.text, ents)
			if got := namesOf(ents, Person); !slices.Equal(got, []string{c.want}) {
				t.Errorf("Extract(%q) tagger=%v: people %q; want [%s]%s", c.text, tagged, got, c.want, describe(ents))
			}
		}
	}
}

// TestTaggerNameEdges covers a tagger's names mended at their end: a code
// name cut before its year (雷鸣二 of 雷鸣二〇二四) is no name.
func TestTaggerNameEdges(t *testing.T) {
	for _, c := range []struct{ text, span string }{
		{"雙方舉行「海峽雷鳴二〇二四」演習。", "雷鳴二"},
		{"双方举行“雷鸣三2024”演习。", "雷鸣三"},
	} {
		x := newTestExtractor(t, Options{Tagger: seqTagger(c.span)})
		ents := x.Extract(c.text)
		checkEntities(t, c.text, ents)
		if got := namesOf(ents, Person); len(got) != 0 {
			t.Errorf("Extract(%q): people %q; want none%s", c.text, got, describe(ents))
		}
	}
}

// TestTaggerNameInsideWord covers a tagger's name whose first character
// ends a common word of the segmenter (程 of 工程): no name; a name that
// starts a word after it stays.
func TestTaggerNameInsideWord(t *testing.T) {
	cases := []struct {
		text, span string
		words      []string
		people     []string
	}{
		{"该工程丹江口段完工。", "程丹江", []string{"该/r", "工程/n", "丹江口/ns", "段/n", "完工/v", "。/w"}, nil},
		{"该工程程大江负责。", "程大江", []string{"该/r", "工程/n", "程大江/nr", "负责/v", "。/w"}, []string{"程大江"}},
		{"主任程大江出席。", "程大江", []string{"主任/n", "程大江/nr", "出席/v", "。/w"}, []string{"程大江"}},
	}
	for _, c := range cases {
		x := newTestExtractor(t, Options{Tagger: seqTagger(c.span)})
		ents := x.ExtractHints(c.text, Hints{Words: testWords(posWords(c.text, c.words...))})
		checkEntities(t, c.text, ents)
		if got := namesOf(ents, Person); !slices.Equal(got, c.people) {
			t.Errorf("Extract(%q): people %q; want %q%s", c.text, got, c.people, describe(ents))
		}
	}
}
