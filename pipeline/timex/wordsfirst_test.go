package timex

import (
	"math/rand"
	"strings"
	"testing"
)

// anyOfLinear is anyOf going through all the words of s, longest first
// (as it was before the words were grouped by first rune).
func (p *parser) anyOfLinear(i int, s *wordSet) (int, string) {
	if i < 0 || i >= p.n() || !s.mayStart(p.t.at(i)) {
		return i, ""
	}
	r := p.t.at(i)
	for k, w := range s.words {
		if s.firsts[k] != r {
			continue
		}
		if j, ok := p.word(i, w); ok {
			return j, w
		}
	}
	return i, ""
}

// TestAnyOfByFirst compares anyOf with anyOfLinear for each word set of
// the package (and the variables' other sets: vagueRefWords) and sets of
// random words sharing first runes, at every position of random texts of
// their words, their prefixes and other runes.
func TestAnyOfByFirst(t *testing.T) {
	sets := []*wordSet{tenDayWords, yearRelWords, yearContextWords, monthRelWords, daySuffixes, relDayWords, nowWords, weekWords, weekPrefixes, zoneWords, zoneSuffixes, partOfDayWords, cantonLinkWords, clockWords, ampmWords, centuryWords, periodPartWords, doubleHourWords, approxWords, yearCountWords, vagueCountWords, laterWords, holidayStayWords, nationalDayWords, dayWords, lunarDayWords, lunarMonthWords, lunarPrefixes, seasonWords, edgeWords, monthUnitWords, lunarForcedWords, ordinalUnitWords, connectorWords, fromWords, untilWords, boundedSuffixes, bareRangeStops, fiscalYearWords, futureWords, datelineSuffixes, anniversaryWords, relativeSuffixes, relativePrefixes, pairPrefixes, withinWords, durationBounds, passWords, quarterPartWords, yearPartWords, quarterRelWords, quarterWords, quarterUnitWords, yearVagueWords, monthVagueWords, vagueRefWords}
	rng := rand.New(rand.NewSource(13))
	for n := 0; n < 50; n++ {
		var ws []string
		for k := rng.Intn(30); k > 0; k-- {
			ws = append(ws, string([]rune("一二年月日")[rng.Intn(5)])+strings.Repeat(string([]rune("年月日a")[rng.Intn(4)]), rng.Intn(4)))
		}
		sets = append(sets, newWordSet(ws...))
	}
	matched := 0
	for _, s := range sets {
		var vocab []string
		for _, w := range s.words {
			rs := []rune(w)
			vocab = append(vocab, w, string(rs[:len(rs)/2+1]), string(rs[:max(1, len(rs)-1)]))
		}
		vocab = append(vocab, "的", "1", " ", "𠀋", "，")
		for n := 0; n < 300; n++ {
			var sb strings.Builder
			for k := 1 + rng.Intn(6); k > 0; k-- {
				sb.WriteString(vocab[rng.Intn(len(vocab))])
			}
			p := newParser(sb.String(), Reference{})
			for i := -1; i <= p.n(); i++ {
				j, w := p.anyOf(i, s)
				j2, w2 := p.anyOfLinear(i, s)
				if j != j2 || w != w2 {
					t.Fatalf("%q at %d: anyOf %d %q, anyOfLinear %d %q", sb.String(), i, j, w, j2, w2)
				}
				if w != "" {
					matched++
				}
			}
		}
	}
	if len(sets) < 100 || matched < 50000 {
		t.Errorf("%d sets, %d matches; want more", len(sets), matched)
	}
	t.Logf("%d sets, %d matches", len(sets), matched)
}
