package entity

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"
)

// orgAbbrevHeads end the abbreviations of organizations: a head character
// of the full name (司, 会, 局) or the one character that stands for its
// head (委 for 委员会, 协 for 协会, 办 for 办公室).
var orgAbbrevHeads = newRuneSet("司會会局部署院辦办委協协盟處处廳厅")

// orgAbbrevsAgain adds the later abbreviations of organizations named in
// full that no tagger found: three or four characters taken in order from
// the parts of the full name, the first from its first part (or the part
// after a place that starts it: 美商会 of 中国美国商会, 贸发局 of
// 香港贸易发展局), the last a head character found in the full name's last
// three characters (国发会 of 国家发展委员会, 台日协 of 台湾日本关系协会).
// The abbreviation must stand as the segmenter's words, fit one
// organization only, and not be the full name of an organization itself;
// it takes the span of a place read inside it that the full name does not
// write (亚太 in 亚太司 of 亚东太平洋司).
// Without the segmenter's words nothing is added.
func (x *Extractor) orgAbbrevsAgain(s *scan, kept []*cand, used occupancy) []*cand {
	if s.nw == 0 {
		return kept
	}
	text := s.text
	type full struct {
		c      *cand
		name   string
		starts []rune // characters an abbreviation may start with
	}
	var fulls []full
	names := map[string]bool{}
	for _, c := range kept {
		if c.typ != Organization {
			continue
		}
		name := text[c.start:c.end]
		names[name] = true
		if c.inner || c.key == "alias" || c.regional || utf8.RuneCountInString(name) < 5 || !hanOnly(name) {
			continue
		}
		f := full{c: c, name: name, starts: []rune{runeAt(text, c.start)}}
		for _, h := range s.starting(c.start) {
			if (h.h.kind == hitPlace || h.h.kind == hitOrg) && h.end < c.end && c.end-h.end >= 3*3 {
				f.starts = append(f.starts, runeAt(text, h.end))
			}
		}
		fulls = append(fulls, f)
	}
	if len(fulls) == 0 {
		return kept
	}
	// The full names by the characters an abbreviation of them may start
	// with, in kept order: abbreviatesParts accepts no other, and looking
	// only at these keeps the pass linear in the text.
	byFirst := map[rune][]int{}
	for i, f := range fulls {
		for k, r := range f.starts {
			if !slices.Contains(f.starts[:k], r) {
				byFirst[r] = append(byFirst[r], i)
			}
		}
	}
	var add []*cand
	drop := map[*cand]bool{} // places an abbreviation takes the place of
	var spans *spanIndex     // kept by position, made at the first fit
	firsts := make([]rune, 0, len(byFirst))
	for r := range byFirst {
		firsts = append(firsts, r)
	}
	startsAbbrev := func(r rune) bool {
		if len(firsts) <= 16 {
			return slices.Contains(firsts, r)
		}
		return len(byFirst[r]) > 0
	}
	// No abbreviation starts before the first full name ends (the words
	// are in order).
	from := sort.Search(s.nw, func(k int) bool { return s.wstart(k) >= fulls[0].c.end })
	for k := from; k < s.nw; k++ {
		a := s.wstart(k)
		// Every form here starts with r (setWords keeps words on rune
		// boundaries: a word holds its first rune whole), which starts no
		// abbreviation.
		if r, _ := decodeAt(text, a); r != utf8.RuneError && !startsAbbrev(r) {
			continue
		}
		for j := k; j < s.nw && j < k+3; j++ {
			if j > k && s.wstart(j) != s.wend(j-1) {
				break
			}
			b := s.wend(j)
			form := text[a:b]
			if len(form) > 4*utf8.UTFMax {
				break // more than four characters, whatever they are
			}
			n := utf8.RuneCountInString(form)
			if n > 4 {
				break
			}
			last, _ := utf8.DecodeLastRuneInString(form)
			if n < 3 || !orgAbbrevHeads.has(last) || !hanOnly(form) || names[form] {
				continue
			}
			// A head word of its own that the full name does not write
			// names another body (台大医院 is no 台湾大学医学院).
			lastWord := text[s.wstart(j):b]
			headWord := j > k && utf8.RuneCountInString(lastWord) >= 2 && s.pos(j) != "j"
			if !s.abbrevWords(k, j+1) {
				continue
			}
			var src *cand
			fits := 0
			first, _ := utf8.DecodeRuneInString(form)
			for _, fi := range byFirst[first] {
				f := fulls[fi]
				if f.c.end > a || !abbreviatesParts(form, f.name, f.starts) || (headWord && !strings.Contains(f.name, lastWord)) || !takesParts(form, f.name) {
					continue
				}
				if src == nil || src.key != f.c.key {
					fits++
				}
				src = f.c
			}
			if fits != 1 {
				continue
			}
			if spans == nil {
				spans = newSpanIndex(kept)
			}
			inside, ok := placesInside(text, spans.overlapping(a, b), a, b, text[src.start:src.end])
			if !ok || (len(inside) == 0 && overlaps(used, a, b)) {
				continue
			}
			for _, p := range inside {
				drop[p] = true
			}
			used.mark(a, b)
			c := newCand(a, b, Organization, int(src.prio))
			c.org = src.org
			c.key = "alias"
			c.set().adminOf = src
			add = append(add, c)
			break
		}
	}
	if len(add) == 0 {
		return kept
	}
	out := kept[:0]
	for _, c := range kept {
		if !drop[c] {
			out = append(out, c)
		}
	}
	kept = append(out, add...)
	sortByStart(kept)
	return kept
}

// placesInside returns the candidates of kept within [a, b) of text, and
// whether the abbreviation there may take their place: each is a place
// that ends before b and is no part of the full name as written (亚太 in
// 亚太司 of 亚东太平洋司 is the abbreviation's own reading), and no other
// candidate overlaps.
func placesInside(text string, kept []*cand, a, b int, full string) ([]*cand, bool) {
	var in []*cand
	for _, c := range kept {
		if c.end <= a || c.start >= b {
			continue
		}
		if c.typ != Place || c.start < a || c.end >= b || strings.Contains(full, text[c.start:c.end]) {
			return nil, false
		}
		in = append(in, c)
	}
	return in, true
}

// abbreviatesParts reports whether short is made of characters of full in
// order, starting with one of starts where full has it and ending with a
// character of full's last three.
func abbreviatesParts(short, full string, starts []rune) bool {
	first, size := utf8.DecodeRuneInString(short)
	ok := false
	for _, r := range starts {
		ok = ok || r == first
	}
	if !ok {
		return false
	}
	i := strings.IndexRune(full, first)
	if i < 0 {
		return false
	}
	i += size
	lastAt := -1
	for _, r := range short[size:] {
		k := strings.IndexRune(full[i:], r)
		if k < 0 {
			return false
		}
		lastAt = i + k
		i += k + utf8.RuneLen(r)
	}
	// The last character among full's last three.
	tail := full
	for m := 0; m < 3; m++ {
		_, sz := utf8.DecodeLastRuneInString(tail)
		tail = tail[:len(tail)-sz]
	}
	return lastAt >= len(tail)
}

func hanOnly(s string) bool {
	for _, r := range s {
		if !isHan(r) {
			return false
		}
	}
	return true
}

// abbrevWords reports whether the words [k, j) may make an abbreviation:
// none is a pronoun, adverb, preposition, conjunction, particle, numeral
// or measure word (本公司: this company).
func (s *scan) abbrevWords(k, j int) bool {
	for ; k < j; k++ {
		if p, _ := utf8.DecodeRuneInString(s.pos(k)); strings.ContainsRune("rdpcumq", p) {
			return false
		}
	}
	return true
}

// takesParts reports whether short takes its characters from several parts
// of full rather than a stretch of it: but for the end they share (商会 of
// 美商会 and 中国美国商会), no two characters side by side in short stand
// side by side in full (音乐会 is no abbreviation of 维也纳音乐之友协会, nor
// 上市公司 of 中国上市公司).
func takesParts(short, full string) bool {
	rs, rf := []rune(short), []rune(full)
	end := 0 // the characters short and full end with
	for end < len(rs) && end < len(rf) && rs[len(rs)-1-end] == rf[len(rf)-1-end] {
		end++
	}
	if end == len(rs) {
		return false // a stretch of full
	}
	for i := 0; i+1 < len(rs)-end+1 && i+1 < len(rs); i++ {
		if strings.Contains(full, string(rs[i:i+2])) {
			return false
		}
	}
	return true
}

// spanIndex finds the candidates that overlap a stretch of text without
// looking at all of them: orgAbbrevsAgain asks once per abbreviation it
// finds, and a long text has many of both.
type spanIndex struct {
	byStart []*cand // stably sorted by start
	maxEnd  []int   // maxEnd[i]: the largest end of byStart[:i+1]
}

func newSpanIndex(cs []*cand) *spanIndex {
	x := &spanIndex{byStart: slices.Clone(cs), maxEnd: make([]int, len(cs))}
	slices.SortStableFunc(x.byStart, func(p, q *cand) int { return p.start - q.start })
	m := 0
	for i, c := range x.byStart {
		m = max(m, c.end)
		x.maxEnd[i] = m
	}
	return x
}

// overlapping returns a stretch of the candidates, by start, that holds
// every candidate overlapping [a, b) (and perhaps others, which end at or
// before a): none before it reaches past a, none after it starts before b.
func (x *spanIndex) overlapping(a, b int) []*cand {
	lo, _ := slices.BinarySearchFunc(x.maxEnd, a+1, func(e, t int) int { return e - t })
	hi, _ := slices.BinarySearchFunc(x.byStart, b, func(c *cand, t int) int { return c.start - t })
	if hi < lo {
		return nil
	}
	return x.byStart[lo:hi]
}
