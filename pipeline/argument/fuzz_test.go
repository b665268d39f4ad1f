package argument

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"
)

// fuzzSpeakers makes speakers from the input itself: every occurrence of
// a few short strings, plus a mention with a span that does not fit.
func fuzzSpeakers(text string) []Speaker {
	var out []Speaker
	for i, n := range []string{"李明", "川普", "《計畫》", "政府", "他"} {
		out = append(out, Speaker{ID: string(rune('A' + i)), Name: n, Kind: SpeakerKind(i % 3), Mentions: occurrences(text, n)})
	}
	out = append(out, Speaker{ID: "bad", Mentions: []Span{{-3, 2}, {5, 1}, {0, len(text) + 9}, {1, 2}}})
	return out
}

func FuzzAnalyze(f *testing.F) {
	for _, s := range []string{
		"",
		"\n\n",
		"第一，甲。第二，乙。",
		"一是甲，二是乙，三是丙。",
		"以下3項：\n1. 甲\n2. 乙",
		"李明說：「我們會做到。」",
		"「未完",
		"三大支柱\n第一支柱——甲。含5項。\n第二支柱——乙。含4項。",
		"共10項，均過半數。",
		"（一）甲\n（二）乙\n①丙②丁",
		"首先，甲。\n其次，乙。\n最後，丙。",
		"\xff\xfe第\xe4一是",
		"第一是“",
		"# 標題\n\n## 背景\n內容。",
	} {
		f.Add(s)
	}
	for _, ar := range articles() {
		if b, err := readArticleBytes(ar.file); err == nil {
			f.Add(string(b))
		}
	}
	f.Fuzz(func(t *testing.T, text string) {
		sp := fuzzSpeakers(text)
		nums := []Number{{Start: -1, End: 3, Value: 2, Unit: "項"}, {Start: 0, End: min(len(text), 2), Value: 1, Unit: "條"}}
		a := Analyze(text, sp, nil)
		checkSpans(t, text, a)
		checkOrder(t, a)
		b := Analyze(text, sp, nums)
		checkSpans(t, text, b)
		// Deterministic: the same input gives the same output.
		j1, err1 := json.Marshal(a)
		j2, err2 := json.Marshal(Analyze(text, sp, nil))
		if err1 != nil || err2 != nil || string(j1) != string(j2) {
			t.Errorf("Analyze is not deterministic (%v, %v)", err1, err2)
		}
		if err := WriteOutline(discard{}, text, a, nil); err != nil {
			t.Errorf("WriteOutline: %v", err)
		}
	})
}

type discard struct{}

func (discard) Write(p []byte) (int, error) { return len(p), nil }

// checkOrder asserts the structural invariants: sections in order without
// overlap, items in order inside their enumeration, parents that exist,
// spans on rune boundaries of valid text.
func checkOrder(t *testing.T, a *Argument) {
	t.Helper()
	for i := 1; i < len(a.Sections); i++ {
		if a.Sections[i].Start < a.Sections[i-1].End {
			t.Errorf("section %d starts at %d before section %d ends at %d", i, a.Sections[i].Start, i-1, a.Sections[i-1].End)
		}
	}
	ids := map[string]int{}
	for _, e := range a.Enumerations {
		ids[e.ID] = len(e.Items)
		if len(e.Items) < 2 {
			t.Errorf("%s has %d items; want at least 2", e.ID, len(e.Items))
		}
		for i := 1; i < len(e.Items); i++ {
			if e.Items[i].Start < e.Items[i-1].End {
				t.Errorf("%s item %d starts at %d inside item %d ending at %d", e.ID, i+1, e.Items[i].Start, i, e.Items[i-1].End)
			}
		}
	}
	for _, e := range a.Enumerations {
		if e.Parent == "" {
			continue
		}
		id, _, _ := strings.Cut(e.Parent, ".")
		if _, ok := ids[id]; !ok || id == e.ID {
			t.Errorf("%s parent %q does not exist", e.ID, e.Parent)
		}
	}
	for _, q := range a.Quotes {
		if q.Kind != KindTerm && q.Kind != KindStatement && q.Kind != KindIndirect {
			t.Errorf("quote %q has kind %d", q.Text, q.Kind)
		}
		if utf8.ValidString(q.Text) && q.Text != "" && !utf8.RuneStart(q.Text[0]) {
			t.Errorf("quote %q starts inside a character", q.Text)
		}
	}
}
