package argument

import (
	"fmt"
	"math"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/zhpipe/zhpipe/pipeline/internal/hanstr"
)

// num is a counted quantity with its folded unit.
type num struct {
	Span
	value    float64
	unit     string // folded
	unitText string // as written (or as the caller gave it)
}

// countUnits are the classifiers of counted things that totals add up.
func countUnits() []string { return countUnitsList }

var countUnitsList = []string{"项", "条", "个", "家", "名", "位", "款", "份", "件", "所", "座", "篇", "章", "类", "种", "批", "人", "宗", "例", "起", "户", "间", "辆", "艘", "架", "台", "只"}

// countUnitFirsts are the first runes of the count units.
var countUnitFirsts = firstRunes(countUnitsList)

// numbers converts the caller's numbers, or finds counted quantities
// itself when none of them is usable: a numeral followed by a count unit, not an
// ordinal (第3項) and not an announcement of a list (以下4項).
func (d *doc) numbers(given []Number) []num {
	var out []num
	if len(given) > 0 {
		out = make([]num, 0, len(given))
		for _, g := range given {
			if g.Start < 0 || g.End > len(d.text) || g.Start >= g.End || g.Unit == "" ||
				!utf8.RuneStart(d.text[g.Start]) || g.End < len(d.text) && !utf8.RuneStart(d.text[g.End]) ||
				d.announces(g.Start) || d.runeBefore(g.Start) == '第' {
				continue
			}
			out = append(out, num{Span{g.Start, g.End}, g.Value, fold(g.Unit), g.Unit})
		}
		if len(out) > 0 {
			sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
			return out
		}
		out = nil
	}
	f := d.f
	for i := 0; i < len(f); {
		if hanNonNumeral(f, i, len(f)) {
			i = d.nextStop(i, len(f))
			continue
		}
		r, n := decodeRune(f[i:])
		_, isCn := chineseDigit(r)
		isAr := r >= '0' && r <= '9' || r >= '０' && r <= '９'
		if !isCn && !isAr && r != '十' {
			i += n
			continue
		}
		if !d.numberStarts(i) {
			i += n
			continue
		}
		v, vn := parseNumeral(f, i, true)
		if vn == 0 {
			i += n
			continue
		}
		j := i + vn
		unit := ""
		if r, _ := decodeRune(f[j:]); countUnitFirsts.has(r) {
			for _, u := range countUnits() {
				if strings.HasPrefix(f[j:], u) {
					unit = u
					break
				}
			}
		}
		if unit != "" && !d.announces(i) && v > 0 {
			out = append(out, num{Span{i, j + len(unit)}, v, unit, d.text[j : j+len(unit)]})
		}
		i = j
	}
	return out
}

// announces reports whether the number at byte i counts a list to come
// (以下4項) rather than things.
func (d *doc) announces(i int) bool {
	for _, pre := range []string{"以下", "如下", "下列"} {
		if strings.HasSuffix(d.f[:i], pre) {
			return true
		}
	}
	return false
}

// totals checks stated totals against the parts found in the items of an
// enumeration: for each unit, when every item has a number in that unit,
// the nearest earlier number in that unit (at most three paragraphs before
// the list) is the stated total.
//
// ns is in text order (by Start). Units are tried in the order of their
// first appearance in ns; a unit is tried only when the first item has a
// number in it (no other unit can have a part in every item).
func (d *doc) totals(bs []*built, ns []num) []Total {
	var out []Total
	usedStated := map[int]bool{}
	unitRank := map[string]int{} // unit → order of first appearance
	byUnit := map[string][]int{} // unit → indexes in ns, increasing
	for k, x := range ns {
		if _, ok := unitRank[x.unit]; !ok {
			unitRank[x.unit] = len(unitRank)
		}
		byUnit[x.unit] = append(byUnit[x.unit], k)
	}
	// from returns the index of the first number starting at or after i.
	from := func(i int) int { return sort.Search(len(ns), func(k int) bool { return ns[k].Start >= i }) }
	// partIn returns the first number in unit u inside item it: every
	// such number starts in [it.Start, it.End).
	partIn := func(it Item, u string) (num, bool) {
		for k := from(it.Start); k < len(ns) && ns[k].Start < it.End; k++ {
			d.work++
			if x := ns[k]; x.unit == u && x.End <= it.End {
				return x, true
			}
		}
		return num{}, false
	}
	for _, b := range bs {
		if len(b.e.Items) < 2 {
			continue
		}
		first := b.e.Items[0].Start
		fp := d.paraAt(first)
		var units []string
		it0 := b.e.Items[0]
		for k := from(it0.Start); k < len(ns) && ns[k].Start < it0.End; k++ {
			d.work++
			if x := ns[k]; x.End <= it0.End && !containsString(units, x.unit) {
				units = append(units, x.unit)
			}
		}
		sort.Slice(units, func(i, j int) bool { return unitRank[units[i]] < unitRank[units[j]] })
		for _, u := range units {
			var parts []num
			for _, it := range b.e.Items {
				x, ok := partIn(it, u)
				if !ok {
					break
				}
				parts = append(parts, x)
			}
			if len(parts) != len(b.e.Items) {
				continue
			}
			maxPart := 0.0
			for _, x := range parts {
				maxPart = math.Max(maxPart, x.value)
			}
			// The stated total is the last fitting number in unit u before
			// the list, at most three paragraphs back: it starts before
			// first and at or after the start of paragraph fp-3.
			lo := 0
			if fp >= 0 {
				lo = from(d.paras[max(fp-3, 0)].Start)
			}
			hi := from(first)
			us := byUnit[u]
			stated := -1
			for j := sort.SearchInts(us, hi) - 1; j >= 0 && us[j] >= lo; j-- {
				d.work++
				k := us[j]
				x := ns[k]
				if x.unit != u || x.End > first || usedStated[x.Start] || x.value <= maxPart || x.value < 3 {
					continue
				}
				if xp := d.paraAt(x.Start); xp < 0 || fp-xp > 3 {
					continue
				}
				stated = k
				break
			}
			if stated < 0 {
				continue
			}
			s := ns[stated]
			usedStated[s.Start] = true
			t := d.total(s, parts)
			t.Enumeration = b.e.ID
			out = append(out, t)
		}
	}
	out = append(out, d.breakdowns(ns, usedStated)...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// total checks a stated number against its parts.
func (d *doc) total(s num, parts []num) Total {
	t := Total{Stated: s.value, Text: d.text[s.Start:s.End], Start: s.Start, End: s.End, Unit: s.unitText}
	for _, x := range parts {
		t.Parts = append(t.Parts, x.value)
		t.PartMentions = append(t.PartMentions, Mention{Text: d.text[x.Start:x.End], Start: x.Start, End: x.End, Value: x.value})
		t.Sum += x.value
	}
	t.Consistent = math.Abs(t.Sum-t.Stated) < 1e-9
	return t
}

// breakdowns checks totals broken down in their own sentence: 共安排項目45
// 個，其中糧食類20個、產業類15個 — the numbers in the total's unit after 其中,
// up to the end of the sentence.
func (d *doc) breakdowns(ns []num, used map[int]bool) []Total {
	var out []Total
	for k, s := range ns {
		if used[s.Start] {
			continue
		}
		sent := d.sentenceAt(s.Start)
		if s.End > sent.End {
			continue // a given number across sentences
		}
		i := hanstr.Index(d.f[s.End:sent.End], "其中")
		if i < 0 || d.runeCount(s.End, s.End+i) > 8 {
			continue
		}
		from := s.End + i
		var parts []num
		for _, x := range ns[k+1:] {
			if x.Start >= sent.End {
				break
			}
			if x.Start >= from && x.unit == s.unit {
				parts = append(parts, x)
			}
		}
		if len(parts) < 2 {
			continue
		}
		used[s.Start] = true
		t := d.total(s, parts)
		t.Partial = true
		out = append(out, t)
	}
	return out
}

// claims checks majority claims (均過半數) against the parts and totals
// mentioned in the same sentence.
func (d *doc) claims(ts []Total) []Claim {
	var out []Claim
	// Every word below holds 过半 or 过一半: a text without them makes
	// no claim (and the scan for the words would find none).
	if !hanstr.Contains(d.f, "过半") && !hanstr.Contains(d.f, "过一半") {
		return out
	}
	words := []string{"均超过半数", "均超过一半", "都超过半数", "都超过一半", "均过半数", "都过半数", "均过半", "都过半", "过半数", "超过半数", "超过一半", "过半"}
	// The part mentions of every total with a stated number, by start: a
	// claim looks only at those of its sentence, in the order of the
	// totals and then of their parts.
	type part struct{ t, m, start int }
	var parts []part
	for ti, t := range ts {
		if t.Stated == 0 {
			continue
		}
		for mi, m := range t.PartMentions {
			parts = append(parts, part{ti, mi, m.Start})
		}
	}
	sort.SliceStable(parts, func(i, j int) bool { return parts[i].start < parts[j].start })
	var inSent []part
	for i := 0; i < len(d.f); {
		w := ""
		// Every word opens with 均, 都, 过 or 超.
		if hanAt(d.f, i, len(d.f)) {
			if r := hanRune(d.f, i); r != '均' && r != '都' && r != '过' && r != '超' {
				i += 3
				continue
			}
		}
		if r, _ := decodeRune(d.f[i:]); r != '均' && r != '都' && r != '过' && r != '超' {
			_, n := decodeRune(d.f[i:])
			i += n
			continue
		}
		for _, x := range words {
			if strings.HasPrefix(d.f[i:], x) {
				w = x
				break
			}
		}
		if w == "" {
			_, n := decodeRune(d.f[i:])
			i += n
			continue
		}
		sent := d.sentenceAt(i)
		var details []string
		holds, any := true, false
		inSent = inSent[:0]
		for k := sort.Search(len(parts), func(k int) bool { return parts[k].start >= sent.Start }); k < len(parts) && parts[k].start <= i; k++ {
			d.work++
			if p := parts[k]; ts[p.t].PartMentions[p.m].End <= i {
				inSent = append(inSent, p)
			}
		}
		sort.Slice(inSent, func(a, b int) bool {
			if inSent[a].t != inSent[b].t {
				return inSent[a].t < inSent[b].t
			}
			return inSent[a].m < inSent[b].m
		})
		for _, p := range inSent {
			t, m := ts[p.t], ts[p.t].PartMentions[p.m]
			any = true
			share := m.Value / t.Stated
			if share <= 0.5 {
				holds = false
				if share == 0.5 {
					details = append(details, fmt.Sprintf("%s of %s is exactly half, not more", m.Text, t.Text))
				} else {
					details = append(details, fmt.Sprintf("%s of %s is %.0f%%, less than half", m.Text, t.Text, share*100))
				}
			} else {
				details = append(details, fmt.Sprintf("%s of %s is %.0f%%", m.Text, t.Text, share*100))
			}
		}
		if any {
			out = append(out, Claim{Text: d.text[i : i+len(w)], Start: i, End: i + len(w), Holds: holds, Detail: strings.Join(details, "; ")})
		}
		i += len(w)
	}
	return out
}

// thesis finds the article's main claim: in the lead, the sentence that
// says what the article does (本文…) — its quoted formula when it has one
// (探究其“創新驅動基建，基建支撐霸權”的戰略邏輯), or the sentence itself when
// it states a claim (本文認為…) — else a sentence opening with 總之/綜上
// anywhere; nil when there is none. qs is in order of Start.
func (d *doc) thesis(qs []Quote, lead int) *Thesis {
	if len(d.paras) == 0 {
		return nil
	}
	for pi := 0; pi <= lead && pi < len(d.paras); pi++ {
		for _, s := range d.paras[pi].sents {
			f := d.f[s.Start:s.End]
			if !hanstr.Contains(f, "本文") && !hanstr.Contains(f, "笔者") && !hanstr.Contains(f, "本报告") && !hanstr.Contains(f, "探究") {
				continue
			}
			// qs is in order of Start: only those starting in s can lie in it.
			for k := sort.Search(len(qs), func(k int) bool { return qs[k].Start >= s.Start }); k < len(qs) && qs[k].Start <= s.End; k++ {
				d.work++
				q := qs[k]
				if q.Start >= s.Start && q.End <= s.End && q.Kind != KindIndirect && d.runeCount(q.Start, q.End) >= 6 {
					return &Thesis{Text: q.Text, Start: q.Start, End: q.End}
				}
			}
			// Without a quoted formula the sentence is a claim only when it
			// says so (本文認為…); a plan (本文從…進行解讀) is not one.
			claim := false
			for _, v := range []string{"认为", "主张", "指出", "表明", "揭示", "论证", "强调", "得出"} {
				claim = claim || hanstr.Contains(f, v)
			}
			if !claim {
				continue
			}
			st, e := trimSpan(d.text, s.Start, s.End)
			return &Thesis{Text: d.text[st:e], Start: st, End: e}
		}
	}
	return d.concludingThesis()
}

// concludingThesis returns the first sentence opening with 總之/綜上.
func (d *doc) concludingThesis() *Thesis {
	for _, p := range d.paras {
		for _, s := range p.sents {
			if strong, _ := conclusionCue(d.f[s.Start:s.End]); strong {
				st, e := trimSpan(d.text, s.Start, s.End)
				return &Thesis{Text: d.text[st:e], Start: st, End: e}
			}
		}
	}
	return nil
}
