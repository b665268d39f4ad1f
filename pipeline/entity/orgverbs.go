package entity

// clauseInOrg reports whether a tagger's organization is a clause rather
// than a name: a place or organization of the lexicon that starts it, then
// a verb of the segmenter, then nothing, or another place or organization
// of the lexicon that ends it (某委会送交立法院: a body sending to another;
// 美国设厂: building a plant in the country). A verb inside a name that goes
// on with other words (美国联合航空) keeps it.
func (x *Extractor) clauseInOrg(s *scan, sp Span) bool {
	if s.nw == 0 {
		return false
	}
	for _, h := range s.starting(sp.Start) {
		if (h.h.kind != hitPlace && h.h.kind != hitOrg) || h.end >= sp.End {
			continue
		}
		k := s.wordAt(h.end)
		if k < 0 || s.wstart(k) != h.end || s.pos(k) != "v" || s.wend(k)-s.wstart(k) < 6 {
			continue // a verb of two characters or more after it
		}
		after := s.wend(k)
		if after == sp.End {
			return true
		}
		for _, o := range s.starting(after) {
			if (o.h.kind == hitPlace || o.h.kind == hitOrg) && o.end == sp.End {
				return true
			}
		}
	}
	return false
}
