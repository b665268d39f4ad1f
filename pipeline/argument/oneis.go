package argument

import ()

// Lists whose items each open with "one … is" after a clause that counts
// them: 外界有兩個疑問，一個是甲，一個是乙; 有两种看法，一种是…，另一种
// 是…. The count and its classifier announce the list; every item opens
// a clause with 一/另一/另外一/還有一 + the same classifier + 是; the items
// are what follows 是, up to the next item (the last: its own clause).

// oneIsClassifiers are the classifiers of the family (一個是, 一種是).
var oneIsClassifiers = []string{"个", "种", "类", "项", "条", "点", "派", "组"}

// oneIsPrefixes open the items (the first item only the first).
var oneIsPrefixes = []string{"一", "另一", "另外一", "还有一", "再一"}

// oneIsOpener returns the length of an item opener at i with classifier
// cl (一個是, 另一個是, 另外一個是, 還有一個是; the first item only 一個是),
// or 0.
func (d *doc) oneIsOpener(i int, cl string, first bool) int {
	pre := oneIsPrefixes
	if first {
		pre = pre[:1]
	}
	for _, p := range pre {
		if j := i + len(p) + len(cl); d.hasAt(i, p) && d.hasAt(i+len(p), cl) && d.hasAt(j, "是") {
			return j + len("是") - i
		}
	}
	return 0
}

// oneIsLists builds the lists of the family, paragraph by paragraph.
func (d *doc) oneIsLists(taken map[int]bool) []*built {
	var out []*built
	clauses := make([]Span, 0, 32) // reused
	for pi, p := range d.paras {
		if !d.hasIn(trigShi, "是", p.Start, p.End) || !d.hasIn(trigYi, "一", p.Start, p.End) {
			continue // every opener has both (一個是)
		}
		clauses = d.appendSplit(clauses[:0], p.Start, p.End, sepClauseAll)
		for k := range clauses {
			clauses[k] = d.trimmed(clauses[k])
		}
		for ci := 1; ci < len(clauses); ci++ {
			d.work++
			if !d.hasAt(clauses[ci].Start, "一") {
				continue // no first item opens here (一個是)
			}
			for _, cl := range oneIsClassifiers {
				if d.oneIsOpener(clauses[ci].Start, cl, true) == 0 {
					continue
				}
				count, ann := d.countOf(clauses[ci-1], cl)
				if count < 2 || count > 6 {
					break
				}
				// The items: each opener's clause, and the clauses after it
				// up to the next opener (at most two more).
				var starts []int // clause indexes of the openers
				for cj := ci; cj < len(clauses) && len(starts) < count; cj++ {
					if d.oneIsOpener(clauses[cj].Start, cl, len(starts) == 0) > 0 {
						starts = append(starts, cj)
					} else if cj-starts[len(starts)-1] > 2 {
						break
					}
				}
				if len(starts) != count {
					break
				}
				var parts []Span
				for n, cj := range starts {
					end := clauses[cj].End
					if n+1 < len(starts) {
						end = clauses[starts[n+1]-1].End
					}
					s := clauses[cj].Start + d.oneIsOpener(clauses[cj].Start, cl, n == 0)
					parts = append(parts, d.trimmed(Span{s, end}))
				}
				if !d.okParts(parts, true) || taken[parts[0].Start] {
					break
				}
				taken[parts[0].Start], taken[-parts[len(parts)-1].End] = true, true
				a := &Announcement{Text: d.text[ann.Start:ann.End], Count: count, Start: ann.Start, End: ann.End}
				out = append(out, d.newInline(parts, true, pi, a, d.countedNoun(ann)))
				ci = starts[len(starts)-1]
				break
			}
		}
	}
	return out
}

// countOf returns the count with classifier cl that ends clause c, with at
// most a short noun after it (有兩個疑問, 存在两种可能): the count and
// the span of count, classifier and noun; else 0.
func (d *doc) countOf(c Span, cl string) (int, Span) {
	for i := c.Start; i < c.End; {
		_, n := decodeRune(d.f[i:])
		if d.numberStarts(i) {
			if v, vn := parseNumeral(d.f, i, false); vn > 0 && v == float64(int(v)) && wellFormedCount(d.f[i:i+vn]) && d.hasAt(i+vn, cl) {
				if rest := d.runeCount(i+vn+len(cl), c.End); rest <= 6 && d.runeBefore(i) != '第' {
					return int(v), Span{i, c.End}
				}
			}
		}
		i += n
	}
	return 0, Span{}
}
