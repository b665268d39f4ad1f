package segtag

import (
	"encoding/binary"
	"math/rand/v2"
	"slices"
	"testing"
)

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

// tableIndex lists the rows of the pair and skip tables by key, read row
// by row (not by probing).
type tableIndex struct {
	pairs, skips map[uint32]int32
}

func (m *Model) index() *tableIndex {
	ix := &tableIndex{pairs: map[uint32]int32{}, skips: map[uint32]int32{}}
	for off := 0; off < len(m.pairs); off += pairRowSize {
		if tag := pairTag(m.pairs, off); tag&tagOccupied != 0 {
			ix.pairs[tag&(tagOccupied-1)] = int32(off)
		}
	}
	for line := 0; line < len(m.skips); line += bucketSize {
		for k := range skipPerLine {
			if key := binary.LittleEndian.Uint32(m.skips[line+4+4*k:]); key != 0 {
				ix.skips[key] = int32(line + skipRowsAt + skipRowSize*k)
			}
		}
	}
	return ix
}

// scoreRef is Model.score as it was before the batched probes, with the
// rows of the hash tables from ix: pairRow is scratch (n+4).
func (m *Model) scoreRef(s *sentence, n int, scores []int64, pairRow []int32, ix *tableIndex) {
	ids, cl, lx := s.ids, s.class, s.lex
	// The bigram rows, once for each adjacent pair of the padded sentence.
	for p := 0; p+1 < n+4; p++ {
		pairRow[p] = -1
		if off, ok := ix.pairs[pairKey(ids[p], ids[p+1])]; ok {
			pairRow[p] = off
		}
	}
	const nc = uint32(numClasses)
	const nl = MaxLex + 1
	lexC0, lexC1, class, lex, lexB, rep, names := m.dense[tLexC0], m.dense[tLexC1], m.dense[tClass], m.dense[tLex], m.dense[tLexB], m.dense[tRep], m.dense[tName]
	nm := s.name
	for i := range n {
		p := i + 2
		var sc sums
		c := ids[p]
		sc.add(m.uni, uniRowSize*ids[p-2])
		sc.add(m.uni, uniRowSize*ids[p-1]+8)
		sc.add(m.uni, uniRowSize*c+16)
		sc.add(m.uni, uniRowSize*ids[p+1]+24)
		sc.add(m.uni4, 8*ids[p+2])
		l := lx[p]
		start, end := uint32(l.Start), uint32(l.End)
		sc.add(lexC0, 8*(c*nl+start))
		sc.add(lexC1, 8*(c*nl+end))
		sc.add(class, 8*((((uint32(cl[p-2])*nc+uint32(cl[p-1]))*nc+uint32(cl[p]))*nc+uint32(cl[p+1]))*nc+uint32(cl[p+2])))
		sc.add(lex, 8*((start*nl+end)*nl+uint32(l.Cover)))
		sc.add(lexB, 8*(((uint32(lx[p-1].End)*nl+start)*nl+end)*nl+uint32(lx[p+1].Start)))
		var r uint32
		if c == ids[p-1] {
			r |= 1
		}
		if c == ids[p+1] {
			r |= 2
		}
		if ids[p-1] == ids[p+1] {
			r |= 4
		}
		sc.add(rep, 8*r)
		sc.add(names, 8*(uint32(nm[p-2])<<4|uint32(nm[p-1])<<3|uint32(nm[p])<<2|uint32(nm[p+1])<<1|uint32(nm[p+2])))
		for k, q := range [4]int{p - 2, p - 1, p, p + 1} {
			if off := pairRow[q]; off >= 0 {
				sc.addPair(m.pairs, uint32(off)+8*uint32(k))
			}
		}
		if off, ok := ix.skips[hashPrefix(tSkip)|ids[p-1]<<14|ids[p+1]]; ok {
			sc.add(m.skips, uint32(off))
		}
		out := scores[4*i : 4*i+4]
		out[0], out[1], out[2], out[3] = sc.labels()
	}
}

// TestReferencesOwnSentences holds the fast paths to the references on
// our own sentences and random runs alone, so that the comparison runs
// without ../shared too: the word tagger against tagRef, and every table
// look-up the reference makes (lookup against lookupRef).
func TestReferencesOwnSentences(t *testing.T) {
	m := embedded(t)
	p := &m.pos
	fast, ref := m.NewTagger(), m.NewTagger()
	rng := rand.New(rand.NewPCG(5, 6))
	nt := len(p.tags)
	lookups := 0
	for _, line := range testLines(t, m, false) {
		text := []rune(line)
		lens := ref.Segment(text, randomLex(rng, len(text)), nil, nil, nil)
		dt := make([]string, len(lens))
		got := fast.Tag(text, lens, dt, nil)
		want := ref.tagRef(text, lens, dt, nil)
		if !slices.Equal(got, want) {
			t.Fatalf("Tag(%q %v) = %q; the reference gives %q", line, lens, got, want)
		}
		ids := make([]uint32, len(text))
		class := make([]uint8, len(text))
		for i, r := range text {
			ids[i], class[i] = m.charID(r), m.classOf(r)
		}
		ws := describe(text, ids, class, lens, dt, nil)
		var keys []uint64
		for i := range ws {
			keys = wordKeys(ws, i, rng.IntN(nt+1), rng.IntN(nt+1), keys[:0])
			for _, key := range append(keys, rng.Uint64()) {
				a, b := make([]int32, nt), make([]int32, nt)
				p.lookup(key, a)
				p.lookupRef(key, b)
				if !slices.Equal(a, b) {
					t.Fatalf("lookup(%#x) = %v; the reference gives %v", key, a, b)
				}
				lookups++
			}
		}
	}
	if lookups == 0 {
		t.Fatal("no look-ups compared")
	}
}
