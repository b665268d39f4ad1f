package entity

import "unicode/utf8"

// mendCutNames lengthens the two-character Chinese names that the tagger
// or a rule cut before their last character: 王立 where the text has
// 王立中 (a name it also found whole, 王立中指出), or where every
// occurrence of the two characters is followed by the same third one that
// can stand in a name and after which the name may end (楊明家表示,
// 楊明家特别…: the tagger reads 家 as a word of its own). Names of the
// lexicon keep their form.
func (x *Extractor) mendCutNames(s *scan, kept []*cand, used occupancy) []*cand {
	text := s.text
	whole := map[string]bool{}
	for _, c := range kept {
		if c.typ == Person && c.end > c.start && utf8.RuneCountInString(text[c.start:c.end]) == 3 {
			whole[text[c.start:c.end]] = true
		}
	}
	next := map[string]string{} // a two-character form: the third character after all its occurrences, or ""
	var forms []string
	for _, c := range kept {
		if !x.cutNameCand(s, c) {
			continue
		}
		form := text[c.start:c.end]
		if _, done := next[form]; !done {
			next[form] = ""
			forms = append(forms, form)
		}
	}
	for i, occ := range occurrences(text, forms, nil) {
		next[forms[i]] = x.commonThirdAt(s, forms[i], occ)
	}
	for _, c := range kept {
		if !x.cutNameCand(s, c) {
			continue
		}
		r, size := utf8.DecodeRuneInString(text[c.end:])
		if !isHan(r) || overlaps(used, c.end, c.end+size) {
			continue
		}
		form := text[c.start:c.end]
		if whole[form+string(r)] || next[form] == string(r) {
			used.mark(c.end, c.end+size)
			c.end += size
		}
	}
	return kept
}

// cutNameCand reports whether c may be a Chinese name cut before its last
// character: a person of two Han characters starting with a one-character
// surname, found by the tagger or a title rule.
func (x *Extractor) cutNameCand(s *scan, c *cand) bool {
	if c.typ != Person || c.person >= 0 || c.end <= c.start || c.end >= len(s.text) {
		return false
	}
	switch c.prio {
	case prioTagger, prioWeakName, prioTitleName, prioSurname:
	default:
		return false
	}
	form := s.text[c.start:c.end]
	if utf8.RuneCountInString(form) != 2 || x.surnameLen(form, 0) != 1 {
		return false
	}
	for _, r := range form {
		if !isHan(r) {
			return false
		}
	}
	return true
}

// commonThirdAt returns the character that follows every occurrence of the
// two-character name form in the text, when there are at least two, the
// character may stand in a name, and the three-character name may end after
// it somewhere; else "". occ holds the byte offsets of all the occurrences
// of form, overlapping ones included, in text order (see occurrences); the
// occurrences read are those strings.Index finds one after the other.
func (x *Extractor) commonThirdAt(s *scan, form string, occ []int) string {
	text := s.text
	third, n, ends := "", 0, false
	off := 0
	for _, at := range occ {
		if at < off {
			continue // overlaps the occurrence before
		}
		end := at + len(form)
		off = end
		r, size := utf8.DecodeRuneInString(text[end:])
		if end >= len(text) || !isHan(r) || stopChars.has(r) || nameFollowers.has(r) || hasStopWord(text[end:]) ||
			weekdayAt(text, end) || creditEnd(text, end) || len(s.starting(end)) > 0 {
			return ""
		}
		if n > 0 && string(r) != third {
			return ""
		}
		third = string(r)
		n++
		if x.nameMayEnd(s, end+size) {
			ends = true
		}
	}
	if n < 2 || !ends || notName(form+third) {
		return ""
	}
	return third
}
