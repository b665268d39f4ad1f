package argument

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestAddMissedSkip compares addMissed, which steps over runs of Han
// characters that start no name in a tight loop, with the loop that
// reads every character (addMissedRef, as it was), on random texts of
// names, speech verbs, other characters and invalid bytes, with random
// mentions of the names (some covering others, some empty).
func TestAddMissedSkip(t *testing.T) {
	speakers := []*Speaker{
		{ID: "P1", Name: "王小明", Kind: Person}, {ID: "P2", Name: "李华", Kind: Person},
		{ID: "O1", Name: "外交部", Kind: Organization}, {ID: "O2", Name: "中华网", Kind: Organization},
	}
	alphabet := []string{"王小明", "王小", "李华", "李", "外交部", "中华网", "表示", "说", "，", "。", "的", "发展", "小", "明", "\xe5", "a", " ", "\n"}
	rng := uint64(9)
	next := func(n int) int {
		rng = rng*6364136223846793005 + 1442695040888963407
		return int(rng >> 33 % uint64(n))
	}
	added := 0
	for k := 0; k < 3000; k++ {
		var b strings.Builder
		var ms []mention
		for range k % 40 {
			w := alphabet[next(len(alphabet))]
			for _, sp := range speakers {
				if w == sp.Name && next(3) == 0 {
					ms = append(ms, mention{Span{b.Len(), b.Len() + len(w)}, sp})
				}
			}
			b.WriteString(w)
		}
		if len(ms) > 0 && next(4) == 0 {
			m := ms[next(len(ms))]
			ms = append(ms, mention{Span{m.Start, m.Start}, m.sp}) // an empty one
		}
		sortMentions(ms)
		d := newDoc(b.String())
		q := &quoteFinder{d: d}
		got := q.addMissed(slices.Clone(ms))
		want := q.addMissedRef(slices.Clone(ms))
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("addMissed(%q, %v) = %v; the full loop gives %v", b.String(), ms, got, want)
		}
		added += len(got) - len(ms)
	}
	if added < 500 {
		t.Fatalf("only %d mentions added in all: the test hardly reaches the name matching", added)
	}
}

func (q *quoteFinder) addMissedRef(ms []mention) []mention {
	d := q.d
	type cand struct {
		name string // folded, as written at a mention
		sp   *Speaker
	}
	// The candidates by their first two characters (every name has two
	// or more), longest first and then in the order of their first
	// mentions, with their first characters in a small filter to pass
	// over the others fast.
	var all []cand
	var firsts [16]uint64 // by the first rune's low 10 bits
	known := map[string]bool{}
	for _, m := range ms {
		if m.sp.Kind != Person && m.sp.Kind != Organization {
			continue
		}
		name := d.f[m.Start:m.End]
		if known[name] {
			continue
		}
		n := utf8.RuneCountInString(name)
		if n < 2 || n == 2 && m.sp.Kind != Person || !strings.ContainsFunc(name, func(r rune) bool { return unicode.Is(unicode.Han, r) }) ||
			strings.ContainsFunc(name, func(r rune) bool { return isPunct(r) || isSpace(r) || closerOf(r) != 0 || isCloser(r) }) {
			continue
		}
		known[name] = true
		r, _ := utf8.DecodeRuneInString(name)
		firsts[r>>6&15] |= 1 << (r & 63)
		all = append(all, cand{name, m.sp})
	}
	if len(all) == 0 {
		return ms
	}
	// One stable sort by the first two characters, then longest first,
	// keeps each group's names in the order of their first mentions; the
	// groups are slices of one array.
	slices.SortStableFunc(all, func(a, b cand) int {
		if c := strings.Compare(twoRunes(a.name), twoRunes(b.name)); c != 0 {
			return c
		}
		return len(b.name) - len(a.name)
	})
	byTwo := make(map[string][]cand, len(all))
	for lo := 0; lo < len(all); {
		two := twoRunes(all[lo].name)
		hi := lo + 1
		for hi < len(all) && twoRunes(all[hi].name) == two {
			hi++
		}
		byTwo[two] = all[lo:hi:hi]
		lo = hi
	}
	out := ms
	k := 0
	for i := 0; i < len(d.f); {
		for k < len(ms) && ms[k].End <= i {
			k++
		}
		if k < len(ms) && ms[k].Start <= i {
			i = ms[k].End
			continue
		}
		r, n := rune(0), 3 // (a Han character read in line)
		if hanAt(d.f, i, len(d.f)) {
			r = hanRune(d.f, i)
		} else {
			r, n = utf8.DecodeRuneInString(d.f[i:])
		}
		hi := len(d.f)
		if k < len(ms) {
			hi = ms[k].Start
		}
		found := false
		var cs []cand
		if firsts[r>>6&15]&(1<<(r&63)) != 0 {
			cs = byTwo[twoRunes(d.f[i:])]
		}
		for _, c := range cs {
			d.work++
			e := i + len(c.name)
			if e > hi || !strings.HasPrefix(d.f[i:], c.name) {
				continue
			}
			if (utf8.RuneCountInString(c.name) == 2 || c.sp.Kind == Organization) && !d.verbSoon(e) {
				continue
			}
			out = append(out, mention{Span{i, e}, c.sp})
			i, found = e, true
			break
		}
		if !found {
			i += n
		}
	}
	if len(out) == len(ms) {
		return ms
	}
	sortMentions(out)
	return out
}

// TestAddMissedStarts is TestAddMissedSkip on valid texts, where
// addMissed goes from one place a name's first character stands to the
// next (nameStarts, with up to four first characters), and with a fifth
// first character, where it reads every character again.
func TestAddMissedStarts(t *testing.T) {
	for _, extra := range []bool{false, true} {
		speakers := []*Speaker{
			{ID: "P1", Name: "王小明", Kind: Person}, {ID: "P2", Name: "李华", Kind: Person},
			{ID: "O1", Name: "外交部", Kind: Organization}, {ID: "O2", Name: "中华网", Kind: Organization},
		}
		alphabet := []string{"王小明", "王小", "李华", "李", "外交部", "中华网", "表示", "说", "，", "。", "的", "发展", "小", "明", "a", " ", "\n", "王", "中华"}
		if extra {
			speakers = append(speakers, &Speaker{ID: "P3", Name: "陈大文", Kind: Person})
			alphabet = append(alphabet, "陈大文", "陈大")
		}
		rng := uint64(13)
		next := func(n int) int {
			rng = rng*6364136223846793005 + 1442695040888963407
			return int(rng >> 33 % uint64(n))
		}
		added, indexed := 0, 0
		for k := 0; k < 3000; k++ {
			var b strings.Builder
			var ms []mention
			for range k % 40 {
				w := alphabet[next(len(alphabet))]
				for _, sp := range speakers {
					if w == sp.Name && next(3) == 0 {
						ms = append(ms, mention{Span{b.Len(), b.Len() + len(w)}, sp})
					}
				}
				b.WriteString(w)
			}
			if len(ms) > 1 && next(4) == 0 {
				// a mention covering the next one
				ms = append(ms, mention{Span{ms[0].Start, ms[1].End}, ms[0].sp})
			}
			sortMentions(ms)
			d := newDoc(b.String())
			q := &quoteFinder{d: d}
			got := q.addMissed(slices.Clone(ms))
			want := q.addMissedRef(slices.Clone(ms))
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("addMissed(%q, %v) = %v; the full loop gives %v", b.String(), ms, got, want)
			}
			added += len(got) - len(ms)
			firsts := map[string]bool{}
			for _, m := range ms {
				if r, _ := utf8.DecodeRuneInString(d.f[m.Start:]); m.End > m.Start {
					firsts[string(r)] = true
				}
			}
			if d.valid && len(firsts) > 0 && len(firsts) <= 4 {
				indexed++
			}
		}
		if added < 500 || !extra && indexed < 1000 {
			t.Fatalf("extra %v: only %d mentions added, %d texts with four first characters or fewer", extra, added, indexed)
		}
	}
}
