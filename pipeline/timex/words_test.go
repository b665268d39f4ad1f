package timex

import (
	"strings"
	"testing"
)

// longestWord is the plain scan that anyOf replaces: every word tried,
// the longest match kept.
func longestWord(p *parser, i int, ws []string) (int, string) {
	best, bw := i, ""
	for _, w := range ws {
		if j, ok := p.word(i, w); ok && j > best {
			best, bw = j, w
		}
	}
	return best, bw
}

// someWordSets are word sets of the rules with words of several lengths,
// shared first runes and ASCII.
var someWordSets = []*wordSet{relDayWords, yearRelWords, weekPrefixes, partOfDayWords, clockWords, connectorWords, relativeSuffixes, yearVagueWords, bareRangeStops}

func TestAnyOf(t *testing.T) {
	for _, tc := range []struct {
		s    string
		i    int
		set  *wordSet
		want string
	}{
		{"大大后天", 0, relDayWords, "大大后天"},
		{"大后天", 0, relDayWords, "大后天"},
		{"后天见", 0, relDayWords, "后天"},
		{"今晚八点", 0, relDayWords, "今晚"},
		{"今年", 0, relDayWords, ""},
		{"上上个星期", 0, weekPrefixes, "上上个"},
		{"3pm", 1, clockWords, "pm"},
		{"3点钟", 1, clockWords, "点钟"},
		{"--", 0, connectorWords, "--"},
		{"x", 1, connectorWords, ""},
		{"x", -1, connectorWords, ""},
	} {
		t.Run(tc.s, func(t *testing.T) {
			p := newParser(tc.s, Reference{})
			if _, got := p.anyOf(tc.i, tc.set); got != tc.want {
				t.Errorf("anyOf(%q, %d) = %q; want %q", tc.s, tc.i, got, tc.want)
			}
		})
	}
}

// FuzzAnyOf checks anyOf against the plain scan at every position.
func FuzzAnyOf(f *testing.F) {
	for _, s := range []string{"大大后天下午三点钟", "上上个星期一至下下周", "2021年底以来", "3pm--5AM~今晚"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p := newParser(s, Reference{})
		for i := -1; i <= p.n()+1; i++ {
			for _, set := range someWordSets {
				j1, w1 := p.anyOf(i, set)
				j2, w2 := longestWord(p, i, set.words)
				if j1 != j2 || w1 != w2 {
					t.Fatalf("anyOf(%q, %d) = %d, %q; the plain scan gives %d, %q (words %s)", s, i, j1, w1, j2, w2, strings.Join(set.words, " "))
				}
			}
		}
	})
}
