package entity

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// findAgain adds the other occurrences of people's names that only a rule
// found (克拉茨奥斯 after 迈克尔·J·克拉茨奥斯); the lexicon finds its own.
func (x *Extractor) findAgain(text string, kept []*cand, used []bool) []*cand {
	type form struct {
		s   string
		src *cand
	}
	var forms []form
	seen := map[string]bool{}
	for _, c := range kept {
		if c.typ != Person || c.prio == prioPerson || c.prio == prioTagger || c.prio == prioTaggerName {
			continue // the lexicon and the tagger find their own repeats
		}
		for _, f := range []string{text[c.start:c.end], c.lastPart} {
			if utf8.RuneCountInString(f) >= 2 && !seen[f] {
				seen[f] = true
				forms = append(forms, form{f, c})
			}
		}
	}
	// Longer forms first, so a full name is not cut into its last part.
	sort.SliceStable(forms, func(i, j int) bool { return len(forms[i].s) > len(forms[j].s) })
	for _, f := range forms {
		for off := 0; ; {
			k := strings.Index(text[off:], f.s)
			if k < 0 {
				break
			}
			a, b := off+k, off+k+len(f.s)
			off = b
			if overlaps(used, a, b) || isDot(runeBefore(text, a)) || isDot(runeAt(text, b)) ||
				translit.has(runeBefore(text, a)) {
				continue
			}
			for i := a; i < b; i++ {
				used[i] = true
			}
			c := newCand(a, b, Person, f.src.prio)
			c.person = f.src.person
			c.key = "alias"
			c.adminOf = f.src // the mention it repeats; see link
			kept = append(kept, c)
		}
	}
	sortByStart(kept)
	return kept
}
