package argument

import (
	"sort"
	"strings"
)

// A list announced by a count whose first item alone has a marker: the
// text counts the things (兩件事, 三個目的), marks the first with 首先 or
// 第一, and goes on to the others with words that add to what was said
// (此外, 另外, 同時, 我們還…, 政府也…) instead of 其次 or 第二:
//
//	這次訪問有兩個目的：首先，說明立場。這點做到了。我們還要了解對方的關切。
//
// The announced count says how many items to look for; the list is kept
// only when exactly that many are found, in the opener's paragraph (for
// an opener inside a paragraph) or in the paragraphs right after it (for
// an opener that opens its paragraph).

// additiveCues open a sentence that adds one more thing to a list, longest
// first among those sharing a start.
func additiveCues() []string { return additiveCuesList }

var additiveCuesList = []string{"除此之外", "与此同时", "另一方面", "此外", "另外", "同时", "再者", "再则", "还有", "其次", "其二", "第二", "再次", "然后", "接着", "最后"}

// additiveAt reports whether the sentence starting at byte s (folded text,
// before e) adds an item: it opens with an additive cue, or with a short
// subject followed by 還/也/另 (我們還希望…, 政府也將…; not 這一點我們也…).
// It returns the cue's end when the cue is a word of its own (此外，),
// else s.
func (d *doc) additiveAt(s, e int) (int, bool) {
	for _, c := range additiveCues() {
		if d.hasAt(s, c) && s+len(c) < e {
			return s + len(c), true
		}
	}
	first, _ := decodeRune(d.f[s:])
	if strings.ContainsRune("这那此该其但而如若因所", first) {
		return s, false
	}
	i := s
	for runes := 0; runes <= 4 && i < e; runes++ {
		r, n := decodeRune(d.f[i:])
		if !isHanRune(r) {
			return s, false
		}
		if runes >= 1 && (r == '还' || r == '也') {
			return s, true
		}
		i += n
	}
	return s, false
}

// openerLists completes the lists that a count announces and only their
// first item marks (首先 or 第一 with no 其次 or 第二 after it). ms are
// all markers, ls the chained lists.
func (d *doc) openerLists(ms []marker, ls []*list, as []announcement, taken map[int]bool) []*built {
	inList := map[int]bool{}
	for _, l := range ls {
		for _, m := range l.ms {
			inList[m.start] = true
		}
	}
	var out []*built
	for _, m := range ms {
		if m.n != 1 || m.last || m.next || inList[m.start] || m.style != "seq" && m.style != "di" {
			continue
		}
		a := d.openerAnnouncement(m, as)
		if a == nil {
			continue
		}
		var starts []Span // each later item: its start and where its text begins
		if m.atStart {
			for q := m.para + 1; q < len(d.paras) && len(starts) < a.count-1; q++ {
				p := d.paras[q]
				body, ok := d.additiveAt(p.Start, p.End)
				if !ok || p.heading || taken[q] {
					break
				}
				starts = append(starts, Span{p.Start, body})
			}
		} else {
			p := d.paras[m.para]
			for _, s := range p.sents {
				if s.Start <= m.start || len(starts) == a.count-1 {
					continue
				}
				st, _ := trimSpan(d.text, s.Start, s.End)
				if body, ok := d.additiveAt(st, s.End); ok {
					starts = append(starts, Span{st, body})
				}
			}
		}
		if len(starts) != a.count-1 {
			continue
		}
		a.used = true
		b := &built{style: "seq", family: m.family, level: "inline", ann: a}
		if m.atStart {
			b.level = "para"
		}
		b.e.Style = m.style
		b.e.Announced = &Announcement{Text: d.text[a.Start:a.End], Count: a.count, Start: a.Start, End: a.End}
		b.e.About = d.text[a.nounS.Start:a.nounS.End]
		first := Item{Marker: d.markerText(m), MarkerStart: m.start, MarkerEnd: m.start + len(d.markerText(m)), Start: m.start}
		if m.atStart {
			first.Start = d.paras[m.para].Start
		}
		items := []Item{first}
		bodies := []int{m.body}
		paras := []int{m.para}
		for _, s := range starts {
			it := Item{Start: s.Start, MarkerStart: s.Start, MarkerEnd: s.End}
			if s.End > s.Start {
				it.Marker = d.text[s.Start:s.End]
			}
			items = append(items, it)
			bodies = append(bodies, d.skipAfterMarker(s.End, d.paras[d.paraAt(s.Start)].End))
			paras = append(paras, d.paraAt(s.Start))
		}
		for k := range items {
			end := d.paras[paras[k]].End
			if k+1 < len(items) {
				end = items[k+1].Start
				if paras[k+1] != paras[k] {
					end = d.paras[paras[k+1]-1].End
				}
			}
			_, end = trimSpan(d.text, items[k].Start, end)
			items[k].End = end
			hs := min(bodies[k], end)
			he := d.clauseEnd(hs, end, true)
			items[k].Head, items[k].HeadStart, items[k].HeadEnd = d.text[hs:he], hs, he
		}
		b.e.Items = items
		b.paras = paras
		if m.atStart {
			for _, q := range paras {
				taken[q] = true
			}
		}
		out = append(out, b)
	}
	return out
}

// openerAnnouncement returns the unused announcement of two to six
// things that ends right before opener m: in its sentence or the one
// before, or in the last sentence of the paragraph before when m opens
// its paragraph.
func (d *doc) openerAnnouncement(m marker, as []announcement) *announcement {
	// as is in text order, its ends increasing: the first fitting one
	// going back from the opener is the nearest.
	hi := sort.Search(len(as), func(k int) bool { return as[k].End > m.start })
	for k := hi - 1; k >= 0 && as[k].para >= m.para-1; k-- {
		d.work++
		a := &as[k]
		if a.used || a.anaph || a.count < 2 || a.count > 6 {
			continue
		}
		if a.para == m.para && d.nearBefore(a.Span, m.start) ||
			m.atStart && a.para == m.para-1 && d.inLastSentence(a.Span, a.para) {
			return a
		}
	}
	return nil
}
