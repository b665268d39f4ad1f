package segtag

// The simple implementations the fast paths replaced, kept as references
// for the tests that compare the two.

// tagRef is Tagger.Tag as it was before the word cache: every feature of
// every word looked up in the model's table.
func (t *Tagger) tagRef(text []rune, words []int, dictTags []string, tags []string) []string {
	m := t.m
	p := &m.pos
	ids := make([]uint32, len(text))
	class := make([]uint8, len(text))
	for i, r := range text {
		ids[i] = m.charID(r)
		class[i] = m.classOf(r)
	}
	ws := describe(text, ids, class, words, dictTags, nil)
	nt := len(p.tags)
	var keys []uint64
	prev1, prev2 := nt, nt
	for i := range ws {
		if tag, ok := p.dictTag(ws[i].h); ok {
			tags = append(tags, p.tags[tag])
			prev2, prev1 = prev1, tag
			continue
		}
		sc := make([]int32, nt)
		copy(sc, p.prev[prev1*nt:(prev1+1)*nt])
		keys = wordKeys(ws, i, prev1, prev2, keys[:0])
		for _, key := range keys {
			p.lookupRef(key, sc)
		}
		best, top := 0, sc[0]
		for k, v := range sc {
			if v > top {
				best, top = k, v
			}
		}
		tags = append(tags, p.tags[best])
		prev2, prev1 = prev1, best
	}
	return tags
}

// lookupRef adds the weights of key to scores.
func (p *posModel) lookupRef(key uint64, scores []int32) {
	off := find(p.slots, p.nSlots, 8, fingerprint(key))
	if off < 0 {
		return
	}
	v := le32(p.slots[off+4:])
	first, count := int(v>>8), int(v&0xFF)
	for o := 4 * first; count > 0; count-- {
		pr := le32(p.pairs[o:])
		scores[pr>>16] += int32(int16(pr))
		o += 4
	}
}

func le32(b []byte) uint32 {
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
}
