package entity

import (
	"math/rand"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestOccurrences compares the one-pass search with strings.Index, form by
// form, on random texts of a few letters (Han, Latin, a space, a rune
// beyond the BMP) where forms overlap themselves and each other.
func TestOccurrences(t *testing.T) {
	letters := []rune("会委员国a 𠀀")
	rng := rand.New(rand.NewSource(1))
	word := func(n int) string {
		var b strings.Builder
		for range n {
			b.WriteRune(letters[rng.Intn(len(letters))])
		}
		return b.String()
	}
	for round := range 1000 {
		text := word(rng.Intn(60))
		var forms []string
		var from []int
		for range 1 + rng.Intn(2*occurFew) { // searched one by one, and in one pass
			forms = append(forms, word(1+rng.Intn(4)))
			from = append(from, len(word(rng.Intn(20))))
		}
		if round%2 == 0 {
			from = nil
		}
		got := occurrences(text, forms, from)
		for i, f := range forms {
			off := 0
			if from != nil {
				off = from[i]
			}
			var want []int
			for off <= len(text) {
				k := strings.Index(text[off:], f)
				if k < 0 {
					break
				}
				want = append(want, off+k)
				off += k + 1
			}
			if !slices.Equal(got[i], want) {
				t.Fatalf("occurrences(%q, %q, %v)[%d] = %v; want %v", text, forms, from, i, got[i], want)
			}
		}
	}
}

// linkShortOrgsByScan is linkShortOrgs as it was first written, going back
// through all the organizations before each one: the reference for
// TestLinkShortOrgsIndexed.
func linkShortOrgsByScan(text string, kept []*cand) {
	for i, c := range kept {
		if c.typ != Organization || c.regional || (c.org >= 0 && !c.body) || c.inner {
			continue
		}
		form := text[c.start:c.end]
		linked := false
		for j := i - 1; j >= 0; j-- {
			p := kept[j]
			if p.typ == Organization && p.end-p.start > len(form) && strings.HasSuffix(text[p.start:p.end], form) {
				c.key, linked = p.key, true
				break
			}
		}
		n := utf8.RuneCountInString(form)
		if linked || c.org >= 0 || n < 2 || n > 5 {
			continue
		}
		var to *cand
		for j := i - 1; j >= 0; j-- {
			p := kept[j]
			if p.typ != Organization || p.key == c.key || utf8.RuneCountInString(text[p.start:p.end]) < n+2 ||
				!abbreviates(form, text[p.start:p.end]) {
				continue
			}
			if to != nil && to.key != p.key {
				to = nil
				break
			}
			to = p
		}
		if to != nil {
			c.key = to.key
		}
	}
}

// TestLinkShortOrgsIndexed checks that the indexed linkShortOrgs links as
// the scan through all earlier organizations does, on random mentions of
// random names made of a few characters (so that names end and abbreviate
// one another often).
func TestLinkShortOrgsIndexed(t *testing.T) {
	defer func(old int) { linkScanMax = old }(linkScanMax)
	letters := []rune("中美商会国部")
	rng := rand.New(rand.NewSource(2))
	for range 500 {
		var b strings.Builder
		var a, z []*cand
		for range rng.Intn(30) {
			var w strings.Builder
			for range 1 + rng.Intn(7) {
				w.WriteRune(letters[rng.Intn(len(letters))])
			}
			start := b.Len()
			b.WriteString(w.String())
			typ := Organization
			if rng.Intn(5) == 0 {
				typ = Place
			}
			c := newCand(start, b.Len(), typ, prioOrg)
			if rng.Intn(6) == 0 {
				c.org = 0
				c.body = rng.Intn(2) == 0
			}
			c.key = "O:name:" + w.String()
			if rng.Intn(4) == 0 {
				c.key = "O:name:" + string(letters[rng.Intn(len(letters))])
			}
			d := *c
			a, z = append(a, c), append(z, &d)
			b.WriteString("，")
		}
		text := b.String()
		linkShortOrgsByScan(text, z)
		// All indexed (0), all read back (1<<30), and mixed: the first
		// organizations read back, the later ones from the index.
		for _, limit := range []int{0, 1 << 30, 3, 10} {
			linkScanMax = limit
			var m []*cand
			for _, c := range a {
				d := *c
				m = append(m, &d)
			}
			linkShortOrgs(text, m)
			for i := range m {
				if m[i].key != z[i].key {
					t.Fatalf("%q (linkScanMax %d): mention %d %q: key %q; by scan %q", text, limit, i, text[m[i].start:m[i].end], m[i].key, z[i].key)
				}
			}
		}
	}
}

// TestListOrgsFromFirst covers a list whose first item only is found: the
// items after it are read once each (reading them again from one another
// must neither add them twice nor go on for ever).
func TestListOrgsFromFirst(t *testing.T) {
	text := "当天青年党、农民协会、渔民工会和商人总会发表联合声明。"
	words := wordsOf(text, "当天", "青年党", "、", "农民", "协会", "、", "渔民", "工会", "和", "商人", "总会", "发表", "联合", "声明", "。")
	words[0].Tag = tagOf("t")
	for _, i := range []int{11, 12} {
		words[i].Tag = tagOf("v")
	}
	x := newTestExtractor(t, Options{Tagger: TaggerFunc(func(s string) []Span { return []Span{spanOf(s, "青年党", Organization)} })})
	ents := x.ExtractHints(text, Hints{Words: testWords(words)})
	checkEntities(t, text, ents)
	if got, want := namesOf(ents, Organization), []string{"青年党", "农民协会", "渔民工会"}; !slices.Equal(got, want) {
		t.Errorf("ExtractHints(%q): organizations %q; want %q%s", text, got, want, describe(ents))
	}
	for _, e := range ents {
		if len(e.Mentions) != 1 {
			t.Errorf("ExtractHints(%q): %s has %d mentions; want 1%s", text, e.Name, len(e.Mentions), describe(ents))
		}
	}
}
