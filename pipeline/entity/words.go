package entity

import (
	"unicode/utf8"
)

// setWords keeps the words that are well formed: in order, inside the
// text, on rune boundaries. Ill-formed words are dropped, not trusted.
// When all are (as the pipeline's are), ws itself is kept, not copied.
func (s *scan) setWords(ws Words) {
	if ws == nil {
		return
	}
	n, last := ws.Len(), 0
	for i := 0; i < n; i++ {
		a, b := ws.Span(i)
		if !s.wordOK(a, b, last) {
			s.keepWords(ws)
			return
		}
		last = b
	}
	s.words, s.nw = ws, n
}

// wordOK reports whether a word [a, b) is well formed after a word
// ending at last.
func (s *scan) wordOK(a, b, last int) bool {
	return a >= last && b > a && b <= len(s.text) && runeStart(s.text, a) && runeStart(s.text, b)
}

// keepWords keeps a copy of the well-formed words of ws.
func (s *scan) keepWords(ws Words) {
	l := &WordList{}
	last := 0
	for i := 0; i < ws.Len(); i++ {
		if a, b := ws.Span(i); s.wordOK(a, b, last) {
			l.Add(a, b, ws.POS(i))
			last = b
		}
	}
	s.words, s.nw = l, len(l.List)
}

// wstart returns where word k starts.
func (s *scan) wstart(k int) int {
	a, _ := s.words.Span(k)
	return a
}

// wend returns where word k ends.
func (s *scan) wend(k int) int {
	_, b := s.words.Span(k)
	return b
}

// pos returns the part-of-speech tag of word k ("" when it has none).
func (s *scan) pos(k int) string { return s.words.POS(k) }

// runeStart reports whether i is a rune boundary of text.
func runeStart(text string, i int) bool {
	return i == len(text) || i >= 0 && i < len(text) && (text[i]&0xC0) != 0x80
}

// wordAt returns the index of the word that holds byte i (Start <= i <
// End), or -1.
func (s *scan) wordAt(i int) int {
	k, hi := 0, s.nw // sort.Search for the first word ending after i, in line
	for k < hi {
		if m := int(uint(k+hi) >> 1); s.wend(m) <= i {
			k = m + 1
		} else {
			hi = m
		}
	}
	if k < s.nw && s.wstart(k) <= i {
		return k
	}
	return -1
}

// fitWords mends a tagger's organization with the segmenter's words: one
// that ends inside a word is dropped (the tagger cut a word: 教育集 of
// 教育集中, 财政部 of 财政部长); one that starts inside a word takes the
// whole word and the noun of two or more characters right before it
// (例草案委员会 → 版权条例草案委员会).
// Without words the span is left as it is.
func (s *scan) fitWords(sp Span) (Span, bool) {
	if s.nw == 0 || sp.Type != Organization {
		return sp, true
	}
	if k := s.wordAt(sp.End - 1); k >= 0 && s.wend(k) > sp.End {
		return sp, false
	}
	if k := s.wordAt(sp.Start); k >= 0 && s.wstart(k) < sp.Start {
		if isASCIIAlnum(runeBefore(s.text, sp.Start)) {
			return sp, false // ershaneck of Gershaneck
		}
		if clauseWord(s.pos(k)) {
			// 括政务司 of 包括/v 政务司: a verb's tail is no part of
			// the name, which starts after the verb.
			sp.Start = s.wend(k)
			if utf8.RuneCountInString(s.text[sp.Start:sp.End]) < 2 {
				return sp, false
			}
			return sp, true
		}
		sp.Start = s.wstart(k)
		if j := k - 1; j >= 0 && s.wend(j) == sp.Start && nounWord(s.pos(j)) && s.wend(j)-s.wstart(j) > 3 {
			sp.Start = s.wstart(j)
		}
	}
	return sp, true
}

// nounWord reports whether a part-of-speech tag is a common or proper noun's.
func nounWord(pos string) bool {
	return pos == "n" || pos == "nz" || pos == "nt" || pos == "ns"
}

// wordEndsAt reports whether a word of the segmenter ends at i (true when
// the words are unknown): 外交部妥善处理 has no word ending after 处.
func (s *scan) wordEndsAt(i int) bool {
	if s.nw == 0 {
		return true
	}
	k := s.wordAt(i - 1)
	return k < 0 || s.wend(k) == i
}

// nounsOnly reports whether the segmenter's words over start:end are all
// nouns (or adjectives and verbs used as nouns: 国家/n 安全/an 处/n) and
// end at end. It is false when the words are unknown.
func (s *scan) nounsOnly(start, end int) bool {
	if s.nw == 0 || !s.wordEndsAt(end) {
		return false
	}
	for k := s.wordAt(start); k >= 0 && k < s.nw && s.wstart(k) < end; k++ {
		switch s.pos(k) {
		case "n", "nz", "nt", "ns", "an", "vn", "j":
		default:
			return false
		}
	}
	return s.wordAt(start) >= 0
}

// clauseWord reports whether a part-of-speech tag is that of a word of the
// clause around a name rather than of a name: a verb, preposition,
// conjunction, adverb or auxiliary (包括/v, 对/p, 和/c, 均/d).
func clauseWord(pos string) bool {
	switch pos {
	case "v", "p", "c", "d", "u", "vd":
		return true
	}
	return false
}

// ownWord reports whether start:end is a word of the segmenter by itself
// (true when the words are unknown).
func (s *scan) ownWord(start, end int) bool {
	if s.nw == 0 {
		return true
	}
	k := s.wordAt(start)
	return k >= 0 && s.wstart(k) == start && s.wend(k) == end
}

// wordTail reports whether i falls inside a word of the segmenter that is
// a common word (a noun, verb or adjective of two or more characters)
// rather than a name: 程 of 工程.
func (s *scan) wordTail(i int) bool {
	k := s.wordAt(i)
	if k < 0 || s.wstart(k) == i {
		return false
	}
	switch s.pos(k) {
	case "n", "v", "vn", "a", "ad", "an", "d":
		return true
	}
	return false
}
