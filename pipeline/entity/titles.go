package entity

import (
	"cmp"
	"slices"
	"sort"
	"unicode/utf8"

	"github.com/zhpipe/zhpipe/dict/lexicon"
)

// titleSeparators join the titles of one person (总统科技事务助理、白宫…主任;
// 科技助理兼…特别顾问).
var titleSeparators = newRuneSet("、兼暨/／")

// titles collects the titles written before the group's mentions.
func (x *Extractor) titles(s *scan, g *group, ends []int) []Title {
	var out []Title // few: searched for a title already read
	for _, c := range g.cands {
		stop := 0
		if i := sort.SearchInts(ends, c.start+1); i > 0 {
			stop = ends[i-1] // the last person mention ending at or before c
		}
		for _, t := range x.titlesBefore(s, c.start, stop) {
			if !slices.ContainsFunc(out, func(o Title) bool { return o.Text == t.Text }) {
				out = append(out, t)
			}
		}
	}
	slices.SortStableFunc(out, func(a, b Title) int { return cmp.Compare(a.Start, b.Start) })
	return out
}

// titlesBefore reads the chain of titles that ends at pos, not crossing stop.
func (x *Extractor) titlesBefore(s *scan, pos, stop int) []Title {
	text := s.text
	type piece struct{ start, end int }
	var pieces []piece
	end := pos
	for end > stop {
		core, ok := x.affixAt(s, end, true, lexicon.TitleCore, lexicon.TitleProfession, lexicon.TitleCredit, lexicon.TitleStyle)
		if !ok {
			break
		}
		p := end
		for n := 0; p > stop && n < 24; n++ {
			r, size := utf8.DecodeLastRuneInString(text[:p])
			if !isHan(r) || stopChars.has(r) || titleSeparators.has(r) {
				break
			}
			p -= size
		}
		if p > core.start {
			p = core.start
		}
		pieces = append(pieces, piece{p, end})
		r, size := utf8.DecodeLastRuneInString(text[:p])
		if p <= stop || !titleSeparators.has(r) {
			break
		}
		end = p - size
	}
	if len(pieces) == 0 {
		return nil
	}
	// The leftmost piece has no separator before it: it starts at its first
	// place, organization or title word (会见美国总统 → 美国总统).
	first := &pieces[len(pieces)-1]
	anchor := -1
	for p := first.start; p < first.end; p++ {
		for _, h := range s.starting(p) {
			if h.end > first.end {
				continue
			}
			switch h.h.kind {
			case hitPlace, hitOrg, hitAffix:
				if h.h.kind == hitAffix {
					if k := x.affix(h.h).Kind; !isTitleKind(k) && k != lexicon.TitleQualifier {
						continue
					}
				}
				anchor = p
			}
			if anchor >= 0 {
				break
			}
		}
		if anchor >= 0 {
			break
		}
	}
	if anchor > first.start {
		first.start = anchor
	}
	var out []Title
	for i := len(pieces) - 1; i >= 0; i-- {
		pc := pieces[i]
		t := Title{Start: pc.start, End: pc.end}
		if q, ok := x.affixAt(s, pc.start, false, lexicon.TitleQualifier); ok && q.end < pc.end {
			t.Qualifier = text[q.start:q.end]
			t.Start = q.end
		}
		t.Text = text[t.Start:t.End]
		if utf8.RuneCountInString(t.Text) >= 2 {
			out = append(out, t)
		}
	}
	return out
}
