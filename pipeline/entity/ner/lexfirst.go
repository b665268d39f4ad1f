package ner

// The lexicon flags of a text start with one look-up per position: is the
// character there a lexicon word, or the start of one? Two thirds of the
// characters of news text are, so the table's Bloom filter cannot answer
// for it, and the look-up costs two cache misses. The answers for the
// characters the model numbers are taken once, at load, into lexFirst, a
// small dense table by character number. The second look-up (two
// characters, about two thirds of positions) is answered by the pair table,
// which the emissions look up anyway (see assemble); only the characters
// without a number (rare) and the keys of three characters or more go to
// the hash table.

// lexFirstFound marks a lexFirst entry whose character is a lexicon key;
// the low 8 bits hold its value.
const lexFirstFound = 1 << 8

// buildLexFirst fills m.lexFirst from the lexicon table, for every
// character number that a page of character information gives.
func (m *Model) buildLexFirst(chars int) {
	first := make([]uint16, chars)
	done := make([]bool, chars)
	for _, e := range m.pages {
		id := uint32(e >> infoIDShift)
		if id == 0 || done[id] {
			continue
		}
		done[id] = true
		if v, ok := m.lex.get(lexKey(wordKey(wordSeed, rune(e&0xffffff)))); ok {
			first[id] = lexFirstFound | uint16(v)
		}
	}
	m.lexFirst = first
}

// lexFlags is the package's lexFlags for the n positions prepared in s,
// with the first look-up of each position taken from lexFirst when the
// character has a number, and the second from the pair look-ups (s.pl,
// set by lookups) when both characters have one: the pair table carries
// the lexicon value of every two-character key of numbered characters
// (assemble). Only longer keys and characters without a number go to the
// lexicon's hash table. It sets s.lf.
func (m *Model) lexFlags(s *scratch, n int) {
	flags := s.lf[:n]
	clear(flags)
	if len(m.lex.slots) == 0 {
		return
	}
	rs, ids, pl := s.runes[:n], s.ids[2:n+3], s.pl[2:n+2]
	for i, r := range rs {
		var v uint64
		id := ids[i]
		if id != 0 {
			e := m.lexFirst[id]
			if e&lexFirstFound == 0 {
				continue
			}
			v = uint64(e & 0xff)
		} else {
			var ok bool
			if v, ok = m.lex.get(lexKey(wordKey(wordSeed, r))); !ok {
				continue
			}
		}
		markLex(flags, i, i, uint8(v))
		j := i + 1
		if j == n {
			continue
		}
		if id != 0 && ids[j] != 0 {
			if v = uint64(pl[i]); v == 0 {
				continue
			}
		} else {
			var ok bool
			if v, ok = m.lex.get(lexKey(wordKey(wordKey(wordSeed, r), rs[j]))); !ok {
				continue
			}
		}
		markLex(flags, i, j, uint8(v))
		h := wordKey(wordKey(wordSeed, r), rs[j])
		for {
			if j++; j == n || j-i >= maxLexLen {
				break
			}
			h = wordKey(h, rs[j])
			var ok bool
			if v, ok = m.lex.get(lexKey(h)); !ok {
				break
			}
			markLex(flags, i, j, uint8(v))
		}
	}
}
