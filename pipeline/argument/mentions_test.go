package argument

import (
	"strings"
	"testing"
)

// nth returns the spans of the given occurrences (0-based) of name in
// text: the mentions an entity stage that missed the others would give.
func nth(text, name string, ks ...int) []Span {
	all := occurrences(text, name)
	var out []Span
	for _, k := range ks {
		out = append(out, all[k])
	}
	return out
}

type mentionCase struct {
	desc, text string
	speakers   []Speaker
	want       string // all quotes, kind/speaker/verb/text, joined by " ; "
}

func runMentionCases(t *testing.T, cases []mentionCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.desc, func(t *testing.T) {
			a := Analyze(tc.text, tc.speakers, nil)
			checkSpans(t, tc.text, a)
			if g := statements(a, tc.speakers, true); g != tc.want {
				t.Errorf("quotes in %q =\n  %q\nwant\n  %q", tc.text, g, tc.want)
			}
		})
	}
}

// TestMissedMentions: a name the entity stage found once is the speaker
// where it stands again unfound (a three-character name anywhere, a
// two-character one right before a speech verb).
func TestMissedMentions(t *testing.T) {
	t1 := "總理黃大仁昨天抵達首都。\n黃大仁說：「兩國關係正處於最好的時期。」"
	t2 := "中午記者會上，高明也出席。\n高明表示：「我們會盡快公布名單。」"
	t3 := "高明路今天封閉。\n「改道的車輛很多。」一名司機說。"
	runMentionCases(t, []mentionCase{
		{"three characters", t1, []Speaker{{ID: "A", Name: "黃大仁", Kind: Person, Mentions: nth(t1, "黃大仁", 0)}},
			"statement/黃大仁/說/兩國關係正處於最好的時期。"},
		{"two characters before a verb", t2, []Speaker{{ID: "A", Name: "高明", Kind: Person, Mentions: nth(t2, "高明", 0)}},
			"statement/高明/表示/我們會盡快公布名單。"},
		{"two characters not before a verb", t3, []Speaker{{ID: "A", Name: "高明", Kind: Person, Mentions: nth(t3, "高明", 0)}},
			"statement/司機/說/改道的車輛很多。"},
	})
}

// TestCutAtEveryMention: a two-character name followed at every mention
// by the same character (not a function word, a verb or a title) is a
// three-character name cut short.
func TestCutAtEveryMention(t *testing.T) {
	text := "財經評論員蘇志遠今天發文。蘇志遠認為市場過熱。\n蘇志遠在節目中說：「投資人要小心追高。」"
	ss := []Speaker{{ID: "A", Name: "蘇志", Kind: Person, Mentions: occurrences(text, "蘇志")}}
	a := Analyze(text, ss, nil)
	checkSpans(t, text, a)
	var got []string
	for _, q := range a.Quotes {
		if q.Kind == KindStatement {
			got = append(got, q.SpeakerName+"/"+q.Text)
		}
	}
	if g, want := strings.Join(got, " ; "), "蘇志遠/投資人要小心追高。"; g != want {
		t.Errorf("statements in %q = %q; want %q", text, g, want)
	}
	// A title after the name at every mention is no part of it.
	text2 := "王強部長今天視察。王強部長說：「工程要如期完成。」"
	ss2 := []Speaker{{ID: "A", Name: "王強", Kind: Person, Mentions: occurrences(text2, "王強")}}
	a2 := Analyze(text2, ss2, nil)
	for _, q := range a2.Quotes {
		if q.Kind == KindStatement && q.SpeakerName != "王強" {
			t.Errorf("speaker in %q = %q; want 王強", text2, q.SpeakerName)
		}
	}
}

// TestShortForms: a double surname written for a person named in full
// earlier stands for that person, also when an adverb runs on into it.
func TestShortForms(t *testing.T) {
	text := "立委林陳美華昨天質詢。林陳表示：「預算編列不合理。」林陳又說：「部長應該道歉。」"
	ss := []Speaker{
		{ID: "A", Name: "林陳美華", Kind: Person, Mentions: occurrences(text, "林陳美華")},
		{ID: "B", Name: "林陳", Kind: Person, Mentions: nth(text, "林陳", 1)},
		{ID: "C", Name: "林陳又", Kind: Person, Mentions: occurrences(text, "林陳又")},
	}
	runMentionCases(t, []mentionCase{
		{"double surname", text, ss, "statement/林陳美華/表示/預算編列不合理。 ; statement/林陳美華/說/部長應該道歉。"},
	})
}
