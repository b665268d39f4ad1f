package entity

import (
	"sort"
	"unicode/utf8"

	"github.com/zhpipe/zhpipe/dict/lexicon"
)

// surnameRefs links one-character references to the people of the text:
// a surname before a title (蔡总统, 习主席) when exactly one person of the
// text has that surname, and the leaders' pairs (川习会, 习拜会) when each
// character starts the name of exactly one person. A tagger's
// one-character name is linked the same way. The references become
// mentions of the person they name; nothing is added when the person is
// not named in full somewhere in the text.
func (x *Extractor) surnameRefs(s *scan, kept []*cand, used occupancy) []*cand {
	text := s.text
	bySurname := map[rune]*cand{} // Chinese names by surname; nil when two people share it
	byFirst := map[rune]*cand{}   // every name of two or more runes by its first rune
	note := func(m map[rune]*cand, r rune, c *cand) {
		if o, ok := m[r]; ok && (o == nil || !samePerson(text, o, c)) {
			m[r] = nil
			return
		}
		if _, ok := m[r]; !ok {
			m[r] = c
		}
	}
	for _, c := range kept {
		if c.typ != Person || c.key == "alias" {
			continue
		}
		name := text[c.start:c.end]
		n := utf8.RuneCountInString(name)
		if n < 2 {
			continue
		}
		first, _ := utf8.DecodeRuneInString(name)
		if !isHan(first) {
			continue
		}
		note(byFirst, first, c)
		if n <= 4 && allHan(name) && x.surnameLen(name, 0) == 1 {
			note(bySurname, first, c)
		}
	}
	if len(byFirst) == 0 {
		return kept
	}
	link := func(c, to *cand) {
		c.key = "alias"
		c.set().adminOf = to
		c.person = to.person
	}
	// A tagger's one-character name (蔡 of 蔡总统).
	for _, c := range kept {
		if c.typ != Person || c.end-c.start != utf8.RuneLen(runeAt(text, c.start)) || c.key == "alias" {
			continue
		}
		if to := bySurname[runeAt(text, c.start)]; to != nil {
			link(c, to)
		}
	}
	var added []*cand
	// A surname before a title: look back from each title, when some
	// surname names one person.
	titled := s.hits
	if skipIdle && !anyNamed(bySurname) {
		titled = nil
	}
	for _, h := range titled {
		if h.h.kind != hitAffix || !followsName(h.h.akind) {
			continue // (the affix's kind is in the hit: no look-up in the table)
		}
		a := x.affix(h.h)
		if a == nil || !followsName(a.Kind) || a.Kind == lexicon.Honorific || notAfterName[a.Form] || h.start == 0 {
			continue
		}
		r, size := utf8.DecodeLastRuneInString(text[:h.start])
		i := h.start - size
		if to := bySurname[r]; to != nil && !used.has(i) && !x.inWord(s, i) && !unitSurnames.has(r) && (len(added) == 0 || added[len(added)-1].start != i) {
			c := newCand(i, h.start, Person, prioSurname)
			link(c, to)
			added = append(added, c)
		}
	}
	full := newFullNames(text, kept)
	// Cantonese address by the surname: 梁生 (Mr Leung) standing alone
	// between punctuation, as a question is put to him (记者：梁生，…).
	// Both this and the lone surnames below need a full name
	// (full.bySurname); a text without one skips their scans.
	for off := 0; len(full.by) > 0; {
		p := s.index("生", off)
		if p < 0 {
			break
		}
		off = p + len("生")
		r, size := utf8.DecodeLastRuneInString(text[:p])
		i := p - size
		to := full.bySurname(r)
		if to == nil || size == 0 || !clauseOpens(text, i) || isHan(runeAt(text, off)) {
			continue
		}
		if !used.has(i) && !used.has(p) {
			c := newCand(i, off, Person, prioSurname)
			link(c, to)
			added = append(added, c)
			continue
		}
		for _, c := range kept {
			if c.start == i && c.end == off && c.typ == Person && c.person < 0 && c.key != "alias" {
				link(c, to) // the tagger's 梁生
			}
		}
	}
	// Pairs of leaders: 川习会, 习拜会谈. A tagger's one-character place
	// there (川 for Sichuan) gives way. Look back from each word for a
	// meeting.
	single := map[int]*cand{}
	for _, c := range kept {
		if c.prio <= prioTagger && c.end-c.start == utf8.RuneLen(runeAt(text, c.start)) {
			single[c.start] = c
		}
	}
	free := func(i int) bool { return !used.has(i) || single[i] != nil }
	// A lone surname that opens a clause as its subject, as Hong Kong
	// reports write a person named before (區稱, 歐其後向二人付款): when
	// exactly one full name of the text has that surname and the segmenter
	// reads the character as no part of a longer word.
	if s.nw > 0 && len(full.by) > 0 {
		for i := range clauseStarts(text) {
			r, size := utf8.DecodeRuneInString(text[i:])
			if _, ok := full.by[r]; skipIdle && !ok {
				continue // full.bySurname(r) is nil
			}
			p := i + size
			if !isHan(r) || !free(i) || !hasPrefixAny(text[p:], subjectFollowers) {
				continue
			}
			if k := s.wordAt(i); k < 0 || s.wend(k) != p || x.inWord(s, i) {
				continue
			}
			if to := full.bySurname(r); to != nil && x.surnameLen(text, to.start) == 1 {
				c := single[i]
				if c == nil {
					c = newCand(i, p, Person, prioSurname)
					added = append(added, c)
				}
				c.typ, c.place, c.org = Person, -1, -1 // 歐 read as Europe
				link(c, to)
			}
		}
	}
	var meetings []int
	words := meetingWords
	if skipIdle && namedFirsts(byFirst) < 2 {
		words = nil // a meeting needs two people's first runes
	}
	for _, w := range words {
		for off := 0; ; {
			k := s.index(w, off)
			if k < 0 {
				break
			}
			meetings = append(meetings, k)
			off = k + len(w)
		}
	}
	sort.Ints(meetings)
	last := -1
	for _, m := range meetings {
		r2, size2 := utf8.DecodeLastRuneInString(text[:m])
		r, size := utf8.DecodeLastRuneInString(text[:m-size2])
		i := m - size2 - size
		if m == last || size2 == 0 || size == 0 || i < 0 {
			continue
		}
		last = m
		to, to2 := byFirst[r], byFirst[r2]
		if to == nil || to2 == nil || to == to2 || !free(i) || !free(i+size) {
			continue
		}
		for _, p := range []struct {
			start, end int
			to         *cand
		}{{i, i + size, to}, {i + size, m, to2}} {
			c := single[p.start]
			if c == nil {
				c = newCand(p.start, p.end, Person, prioSurname)
				added = append(added, c)
			}
			c.typ, c.place, c.org = Person, -1, -1
			link(c, p.to)
		}
	}
	if len(added) == 0 {
		return kept
	}
	for _, c := range added {
		used.mark(c.start, c.end)
	}
	kept = append(kept, added...)
	sortByStart(kept)
	return kept
}

// skipIdle lets a rule pass skip its search of the text when it knows
// beforehand that the search cannot add anything; tests turn it off to
// compare with the full searches.
var skipIdle = true

// anyNamed reports whether some rune of m maps to a person.
func anyNamed(m map[rune]*cand) bool {
	for _, c := range m {
		if c != nil {
			return true
		}
	}
	return false
}

// namedFirsts returns how many runes of m map to a person, counting to 2.
func namedFirsts(m map[rune]*cand) int {
	n := 0
	for _, c := range m {
		if c != nil {
			if n++; n == 2 {
				break
			}
		}
	}
	return n
}

// samePerson reports whether two person candidates name the same person:
// the same lexicon row, or the same text.
func samePerson(text string, a, b *cand) bool {
	if a.person >= 0 || b.person >= 0 {
		return a.person == b.person
	}
	return text[a.start:a.end] == text[b.start:b.end]
}

func allHan(s string) bool {
	for _, r := range s {
		if !isHan(r) {
			return false
		}
	}
	return s != ""
}

// inWord reports whether the character at i ends a lexicon word or a word
// of the segmenter that starts before it (the 国 of 美国总统, the 查 of
// 调查主任 are no surnames).
func (x *Extractor) inWord(s *scan, i int) bool {
	if k := s.wordAt(i); k >= 0 && s.wstart(k) < i {
		return true // 调查 of 高级调查主任: 查 ends a word of the segmenter
	}
	for _, h := range s.ending(i + utf8.RuneLen(runeAt(s.text, i))) {
		if h.start < i {
			return true
		}
	}
	return false
}

// meetingWords follow the two leaders of a meeting named by their first
// characters: 川习会, 习拜会谈, 拜习通话.
var meetingWords = []string{"会", "會", "通话", "通話"}

// dropLoneChars drops, for articles, the one-character names that no
// person of the text was linked to (谢 of 多谢主席): a reader names a
// person by a surname alone only after naming them in full. NER corpora tag
// such references (江 of 江主席) even where the sentence lacks the full name.
func dropLoneChars(text string, kept []*cand) []*cand {
	out := kept[:0]
	for _, c := range kept {
		if c.typ == Person && c.key != "alias" && c.end-c.start == utf8.RuneLen(runeAt(text, c.start)) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// unitSurnames are surnames that are also the nouns of units whose titles
// they start (区 of 区长, 区议员: a district's); a reference to a person by
// one of them alone before a title is not read.
var unitSurnames = newRuneSet("区區")

// fullNames finds the person of the text whose Chinese name of three or
// four characters starts with a one-character surname, when exactly one
// name does: the names by their first character, in the order of kept,
// and the answer for each surname once asked. It answers what a scan of
// all of kept per surname would, as long as the names it holds are not
// changed (surnameRefs links only references of one or two characters).
type fullNames struct {
	text  string
	by    map[rune][]*cand
	found map[rune]*cand
}

func newFullNames(text string, kept []*cand) *fullNames {
	f := &fullNames{text: text, by: map[rune][]*cand{}, found: map[rune]*cand{}}
	for _, c := range kept {
		if c.typ != Person || c.key == "alias" {
			continue
		}
		name := text[c.start:c.end]
		if n := utf8.RuneCountInString(name); n < 3 || n > 4 || !allHan(name) {
			continue
		}
		r := runeAt(text, c.start)
		f.by[r] = append(f.by[r], c)
	}
	return f
}

// bySurname returns the person whose name of three or four Han characters
// starts with r, when exactly one name does; else nil.
func (f *fullNames) bySurname(r rune) *cand {
	if to, ok := f.found[r]; ok {
		return to
	}
	var to *cand
	for _, c := range f.by[r] {
		if to != nil && !samePerson(f.text, to, c) {
			to = nil
			break
		}
		if to == nil {
			to = c
		}
	}
	f.found[r] = to
	return to
}

// subjectFollowers follow a lone surname that is the subject of its clause:
// verbs of saying and adverbs of sequence (區稱, 歐其後).
var subjectFollowers = []string{"其后", "其後", "随后", "隨後", "称", "稱", "指出", "表示", "认为", "認為", "坦言", "直言",
	"强调", "強調", "续指", "續指", "回应", "回應", "透露", "承认", "承認", "否认", "否認"}
