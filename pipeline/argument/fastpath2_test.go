package argument

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestFrameCloseLasts checks that a stretch ends in a frame's closing
// word only if its last rune is in frameCloseLasts (trimTail skips the
// frames otherwise).
func TestFrameCloseLasts(t *testing.T) {
	for _, fr := range framesBefore() {
		for _, c := range fr.close {
			for _, s := range []string{c, "在记者会" + c} {
				r, _ := utf8.DecodeLastRuneInString(s)
				if !frameCloseLasts().has(r) {
					t.Errorf("%q ends in %q, but %q is not in frameCloseLasts", s, c, r)
				}
			}
		}
	}
	for _, s := range []string{"王某", "在记者会上说", "今天", "对记者", "发表声明"} {
		r, _ := utf8.DecodeLastRuneInString(s)
		ends := false
		for _, fr := range framesBefore() {
			for _, c := range fr.close {
				ends = ends || strings.HasSuffix(s, c)
			}
		}
		if ends && !frameCloseLasts().has(r) {
			t.Errorf("%q: ends in a closing word %v, last rune in the set %v", s, ends, frameCloseLasts().has(r))
		}
	}
}

// TestEndsWithAnyOf compares endsWithAnyOf with endsWithAny over the
// whole lists, on every word of the lists with random prefixes (and
// invalid bytes) before it, and on the words cut short.
func TestEndsWithAnyOf(t *testing.T) {
	for _, l := range []struct {
		ws []string
		x  *suffixIndex
	}{{roleHeads(), roleHeadsByLast()}, {orgHeads(), orgHeadsByLast()}, {termHeads(), termHeadsByLast()}} {
		var texts []string
		for _, w := range l.ws {
			if w == "" {
				t.Fatal("an empty word ends every text")
			}
			for _, pre := range []string{"", "某", "政府", "\xe5", "a"} {
				texts = append(texts, pre+w, pre+w[:len(w)-1], pre+w+"的", w+pre)
			}
		}
		for _, s := range texts {
			w1, ok1 := endsWithAnyOf(s, l.x)
			w2, ok2 := endsWithAny(s, l.ws)
			if w1 != w2 || ok1 != ok2 {
				t.Fatalf("endsWithAnyOf(%q) = %q %v; endsWithAny %q %v", s, w1, ok1, w2, ok2)
			}
		}
	}
}

// TestFirstRunesFilters checks the first-rune filters of conclusionCue
// and numbers: every cue and count unit starts with a rune of its set.
func TestFirstRunesFilters(t *testing.T) {
	for _, ws := range [][]string{strongConclusionCues, weakConclusionCues} {
		for _, w := range ws {
			if s, _ := conclusionCue(w + "，"); !s && !slices.Contains(weakConclusionCues, w) {
				t.Errorf("conclusionCue(%q) misses it", w)
			}
			if _, weak := conclusionCue(w + "，"); !weak {
				t.Errorf("conclusionCue(%q) misses it", w)
			}
		}
	}
	for _, u := range countUnits() {
		if r, _ := utf8.DecodeRuneInString(u); !countUnitFirsts.has(r) {
			t.Errorf("count unit %q is not in countUnitFirsts", u)
		}
	}
}

// TestFirstRuneLists checks that every word of the lists whose loops a
// first-rune set guards starts with a rune of its set.
func TestFirstRuneLists(t *testing.T) {
	for _, l := range []struct {
		ws     []string
		firsts *runeBits
	}{{classifiers(), classifierFirsts}, {postClassifiers(), postClassifierFirsts}, {diNouns(), diNounFirsts}, {countUnits(), countUnitFirsts}} {
		for _, w := range l.ws {
			if r, _ := utf8.DecodeRuneInString(w); w == "" || !l.firsts.has(r) {
				t.Errorf("%q: not in its first-rune set", w)
			}
		}
	}
}

// TestNextQuoteMark compares nextQuoteMark with a scan stepping through
// the characters as findQuotes did (three bytes over a Han character,
// one rune otherwise), on random texts of Han characters, quote marks,
// other punctuation sharing their bytes and invalid bytes, from every
// start and to every end.
func TestNextQuoteMark(t *testing.T) {
	step := func(s string, i, e int) int {
		for i < e {
			if hanAt(s, i, len(s)) {
				i += 3
				continue
			}
			r, n := utf8.DecodeRuneInString(s[i:])
			switch r {
			case '"', '“', '”', '‘', '’', '「', '」', '『', '』':
				return i
			}
			i += n
		}
		return max(i, e)
	}
	alphabet := []string{"说", "“", "”", "‘", "’", "「", "」", "『", "』", "\"", "、", "。", "《", "…", "—", "a", "\x80", "\xe2", "\xe3\x80", "耀", "〇"}
	rng := uint64(3)
	for k := 0; k < 3000; k++ {
		var b strings.Builder
		for range k % 25 {
			rng = rng*6364136223846793005 + 1442695040888963407
			b.WriteString(alphabet[rng>>33%uint64(len(alphabet))])
		}
		s := b.String()
		for i := 0; i <= len(s); i++ {
			for e := i; e <= len(s); e++ {
				want := step(s, i, e)
				if want >= e {
					want = e
				}
				got := nextQuoteMark(s, i, e)
				if got > e {
					got = e
				}
				if got != want {
					t.Fatalf("nextQuoteMark(%q, %d, %d) = %d; stepping finds %d", s, i, e, got, want)
				}
			}
		}
	}
}
