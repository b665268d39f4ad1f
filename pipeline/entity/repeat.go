package entity

import (
	"sort"
	"unicode/utf8"
)

// findAgain adds the other occurrences of people's names that only a rule
// found (克拉茨奥斯 after 迈克尔·J·克拉茨奥斯); the lexicon finds its own.
func (x *Extractor) findAgain(text string, kept []*cand, used occupancy) []*cand {
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
		for _, f := range []string{text[c.start:c.end], c.get().lastPart} {
			if utf8.RuneCountInString(f) >= 2 && !seen[f] {
				seen[f] = true
				forms = append(forms, form{f, c})
			}
		}
	}
	// Longer forms first, so a full name is not cut into its last part.
	sort.SliceStable(forms, func(i, j int) bool { return len(forms[i].s) > len(forms[j].s) })
	strs := make([]string, len(forms))
	for i, f := range forms {
		strs[i] = f.s
	}
	occ := occurrences(text, strs, nil)
	var ix *candIndex // made when first needed
	for i, f := range forms {
		off := 0
		for _, a := range occ[i] {
			if a < off {
				continue // overlaps the one before
			}
			b := a + len(f.s)
			off = b
			if isDot(runeBefore(text, a)) || isDot(runeAt(text, b)) || translit.has(runeBefore(text, a)) {
				continue
			}
			if overlaps(used, a, b) {
				if ix == nil {
					ix = newCandIndex(kept)
				}
				if !dropFragments(ix, used, a, b) {
					continue
				}
			}
			used.mark(a, b)
			c := newCand(a, b, Person, int(f.src.prio))
			c.person = f.src.person
			c.key = "alias"
			c.set().adminOf = f.src // the mention it repeats; see link
			kept = append(kept, c)
			if ix != nil {
				ix.add(c)
			}
		}
	}
	sortByStart(kept)
	out := kept[:0]
	for _, c := range kept {
		if c.start < c.end {
			out = append(out, c)
		}
	}
	return out
}

// dropFragments frees a:b for a name found again when what holds it is a
// tagger's fragment of that name (诺轩 of 区诺轩): people of the tagger
// strictly inside a:b. It empties their ranges (start = end) and reports
// whether a:b is then free; otherwise nothing changes.
func dropFragments(ix *candIndex, used occupancy, a, b int) bool {
	in := ix.over(a, b)
	for _, c := range in {
		if c.typ != Person || c.prio != prioTagger || c.start < a || c.end > b || c.end-c.start == b-a {
			return false
		}
	}
	for _, c := range in {
		for i := c.start; i < c.end; i++ {
			used.unset(i)
		}
		c.end = c.start
	}
	return !overlaps(used, a, b)
}
