package argument

import (
	"math/rand"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"
)

// knownWholeScan is knownWhole as it was first written, going through all
// the whole names for each mention: the reference for
// TestKnownWholeIndexed.
func (q *quoteFinder) knownWholeScan(m mention, ms []mention, k int, whole []*Speaker) (mention, bool) {
	d := q.d
	lo, hi := 0, len(d.text)
	if k > 0 {
		lo = ms[k-1].End
	}
	if k+1 < len(ms) {
		hi = ms[k+1].Start
	}
	cut := d.text[m.Start:m.End]
	var best mention
	for _, sp := range whole {
		name := sp.Name
		if sp == m.sp || len(name) <= len(cut) || len(name) <= best.End-best.Start {
			continue
		}
		for off := strings.Index(name, cut); off >= 0; {
			s, e := m.Start-off, m.Start-off+len(name)
			if s >= lo && e <= hi && d.text[s:e] == name {
				best = mention{Span{s, e}, sp}
				break
			}
			next := strings.Index(name[off+1:], cut)
			if next < 0 {
				break
			}
			off += 1 + next
		}
	}
	return best, best.sp != nil
}

// TestKnownWholeIndexed compares knownWhole with the scan over all the
// whole names, on texts we wrote, with random person mentions over them
// (cut names, whole names, names of the same length, two speakers of one
// name) and every mention looked up.
func TestKnownWholeIndexed(t *testing.T) {
	texts := []string{
		"「我們會努力。」柯林頓說。美國前總統柯林頓表示，希拉蕊·柯林頓也到場，林頓則未出席。",
		"歐陽振華指出，振華昨天說明，歐陽振華與歐陽振華明都表示支持；陽振華說。",
		"約翰‧史密斯表示，史密斯說，約翰也說。王大明、大明、王大、王大明明。",
		"丁丁丁說，丁丁說，丁丁丁丁說：「好。」",
	}
	rng := rand.New(rand.NewSource(1))
	hits := 0
	for _, text := range texts {
		q := &quoteFinder{d: newDoc(text)}
		var offs []int
		for i := range text {
			offs = append(offs, i)
		}
		offs = append(offs, len(text))
		for range 300 {
			byName := map[string]*Speaker{}
			var ms []mention
			at := 0
			for at < len(offs)-1 && len(ms) < 10 {
				i := at + rng.Intn(4)
				if i >= len(offs)-1 {
					break
				}
				j := min(i+1+rng.Intn(5), len(offs)-1)
				name := text[offs[i]:offs[j]]
				sp := byName[name]
				if sp == nil || rng.Intn(4) == 0 {
					kind := Person
					if rng.Intn(8) == 0 {
						kind = Organization
					}
					sp = &Speaker{Name: name, Kind: kind}
					byName[name] = sp
				}
				ms = append(ms, mention{Span{offs[i], offs[j]}, sp})
				at = j
			}
			sort.SliceStable(ms, func(a, b int) bool { return ms[a].Start < ms[b].Start })
			names := wholeNames(ms)
			ix := newWholeIndex(names)
			for k, m := range ms {
				if utf8.RuneCountInString(text[m.Start:m.End]) == 0 {
					continue
				}
				got, gok := q.knownWhole(m, ms, k, ix)
				want, wok := q.knownWholeScan(m, ms, k, names)
				if got != want || gok != wok {
					t.Fatalf("knownWhole(%q at %d) = %v %v; want %v %v (text %q)", text[m.Start:m.End], m.Start, got, gok, want, wok, text)
				}
				if gok {
					hits++
				}
			}
		}
	}
	t.Logf("%d mentions made whole", hits)
	if hits == 0 {
		t.Error("no mention was made whole: the comparison tests nothing")
	}
}
