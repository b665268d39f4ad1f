package segtag

import "encoding/binary"

// The word tagger's decoding. The score of tag k for word i is
//
//	prev[prev1][k] + pPrev2(prev1, prev2)   the previous tags (and the bias)
//	+ own(w_i)        the features of the word alone (pW0, pFirst, pLast,
//	                  pDict, pShape, pPre2, pSuf2)
//	+ asPrev(w_i-1)   pWm1: the previous word
//	+ asNext(w_i+1)   pWp1: the next word
//	+ pW0Wp1(w_i, w_i+1) + pDictNb(the dictionary tags around i)
//
// Only the first term depends on the decoding. A Tagger caches, per
// distinct word (its hash and its dictionary tag's hash), the tag
// dictionary's answer, own as a dense row of sums, and the weights of
// asPrev and asNext, copied into a compact slab; it keeps the first term
// as a dense row for each pair of previous tags, and looks up the pDictNb
// and pW0Wp1 keys of a whole sentence (and the features of a word it has
// not cached) together, so that their cache misses overlap. Integer sums
// do not depend on their order, so the scores are exactly those of summing
// every feature's weights (tagRef in the tests).

// cachedWord is what a Tagger keeps of one distinct word.
type cachedWord struct {
	h, dict        uint64
	tag            int32 // the tag dictionary's tag, -1: none
	own            int32 // offset of the dense row of own in posScratch.dense, -1: not made
	asPrev, asNext span  // weights in posScratch.slab; n == noValue: not made
}

// span is a run of weight pairs in posScratch.slab.
type span struct{ at, n uint32 }

// maxCached bounds the words a Tagger keeps between calls (a call may add
// more: the cache is emptied at the start of a call once it holds this
// many).
const maxCached = 1 << 14

// noValue marks a cached lookup not made yet.
const noValue = ^uint32(0)

// posScratch is a Tagger's scratch space for the word tagger and its
// caches (they depend on the model only, never on what was tagged
// before).
type posScratch struct {
	words  []tagWord
	keys   []uint64
	scores []int32
	ids    []uint32 // of one word
	class  []uint8
	home   []uint32 // scratch of slotValues
	vals   []uint32
	ctx    []uint32 // pW0Wp1 and pDictNb slot values of each word, then those of the jobs
	jobs   []fillJob

	table   []int32 // open-addressed: entry index + 1, 0 empty; len a power of 2
	entries []cachedWord
	slab    []uint32 // weight pairs, tag<<16 | uint16(weight)
	dense   []int32  // rows of nTags sums

	touched int32 // (keeps the loads of touch)

	ready     bool     // the fields below are filled
	boundPrev []uint32 // pWm1 and pWp1 weights of boundWord
	boundNext []uint32 //
	prevRows  []int32  // (nt+1)² rows: prev[prev1] + pPrev2(prev1, prev2)
	prevDone  []bool   // which rows of prevRows are made
}

// tagWord is one word of the sentence being tagged.
type tagWord struct {
	h, dict uint64 // hashes of the word and of its dictionary tag
	mdict   uint64 // mix64(dict)
	at, n   int32  // its characters
	ent     int32  // its cache entry
}

// slotValue returns the weight range of key (first<<8 | count), 0 when the
// model has no weights for it.
func (p *posModel) slotValue(key uint64) uint32 {
	off := find(p.slots, p.nSlots, 8, fingerprint(key))
	if off < 0 {
		return 0
	}
	return binary.LittleEndian.Uint32(p.slots[off+4:])
}

// slotValues sets out[k] to slotValue(keys[k]) for every k; home is
// scratch (len(keys)). The home slots of all the keys are read first, in a
// loop whose loads do not wait for one another, so that their cache misses
// overlap; the probes then go on from there.
func (p *posModel) slotValues(keys []uint64, home []uint32, out []uint32) {
	home = home[:len(keys)]
	out = out[:len(keys)]
	for k, key := range keys {
		home[k] = binary.LittleEndian.Uint32(p.slots[8*hashSlot(fingerprint(key), p.nSlots):])
	}
	for k, key := range keys {
		fp := fingerprint(key)
		switch home[k] {
		case fp:
			out[k] = binary.LittleEndian.Uint32(p.slots[8*hashSlot(fp, p.nSlots)+4:])
		case 0:
			out[k] = 0
		default:
			out[k] = p.slotValue(key)
		}
	}
}

// addValue adds the weights of the range v (a slotValue) to scores.
func (p *posModel) addValue(v uint32, scores []int32) {
	first, count := v>>8, v&0xFF
	b := p.pairs[4*first : 4*(first+count)]
	for k := 0; k < len(b); k += 4 {
		pr := binary.LittleEndian.Uint32(b[k:])
		scores[pr>>16] += int32(int16(pr))
	}
}

// appendWeights appends the weight pairs of key to ws.
func (p *posModel) appendWeights(key uint64, ws []uint32) []uint32 {
	return p.appendValue(p.slotValue(key), ws)
}

// appendValue appends the weight pairs of the range v (a slotValue) to ws.
func (p *posModel) appendValue(v uint32, ws []uint32) []uint32 {
	first, count := v>>8, v&0xFF
	b := p.pairs[4*first : 4*(first+count)]
	for k := 0; k < len(b); k += 4 {
		ws = append(ws, binary.LittleEndian.Uint32(b[k:]))
	}
	return ws
}

// addPairs adds weight pairs to scores.
func addPairs(ws []uint32, scores []int32) {
	for _, pr := range ws {
		scores[pr>>16] += int32(int16(pr))
	}
}

// prepare readies the caches for a call.
func (ps *posScratch) prepare(p *posModel) {
	if ps.table == nil || len(ps.entries) >= maxCached {
		ps.reset()
	}
	if ps.ready {
		return
	}
	ps.boundPrev = p.appendWeights(posKey(pWm1, boundWord.h, 0), nil)
	ps.boundNext = p.appendWeights(posKey(pWp1, boundWord.h, 0), nil)
	nt := len(p.tags)
	ps.prevRows = make([]int32, (nt+1)*(nt+1)*nt)
	ps.prevDone = make([]bool, (nt+1)*(nt+1))
	ps.ready = true
}

// reset empties the word cache.
func (ps *posScratch) reset() {
	if len(ps.table) != 2*maxCached {
		ps.table = make([]int32, 2*maxCached)
	} else {
		clear(ps.table)
	}
	ps.entries = ps.entries[:0]
	ps.slab = ps.slab[:0]
	ps.dense = ps.dense[:0]
}

// entry returns the cache entry of the word hashed h with the dictionary
// tag hashed dict, made (with the tag dictionary's answer) if it is not
// cached.
func (ps *posScratch) entry(p *posModel, h, dict uint64) int32 {
	mask := uint32(len(ps.table) - 1)
	j := cacheSlot(h, dict) & mask
	for {
		e := ps.table[j]
		if e == 0 {
			break
		}
		if c := &ps.entries[e-1]; c.h == h && c.dict == dict {
			return e - 1
		}
		j = (j + 1) & mask
	}
	c := cachedWord{h: h, dict: dict, tag: -1, own: -1, asPrev: span{0, noValue}, asNext: span{0, noValue}}
	if tag, ok := p.dictTag(h); ok {
		c.tag = int32(tag)
	}
	ps.entries = append(ps.entries, c)
	e := int32(len(ps.entries))
	ps.table[j] = e
	if 2*len(ps.entries) >= len(ps.table) {
		ps.rehash()
	}
	return e - 1
}

// cacheSlot is where the probe for a word hashed h, with the dictionary
// tag hashed dict, starts in the cache's table (masked to its size).
func cacheSlot(h, dict uint64) uint32 { return uint32((h ^ dict*0x9E3779B97F4A7C15) >> 32) }

// rehash doubles the cache's table.
func (ps *posScratch) rehash() {
	ps.table = make([]int32, 2*len(ps.table))
	mask := uint32(len(ps.table) - 1)
	for k := range ps.entries {
		c := &ps.entries[k]
		j := cacheSlot(c.h, c.dict) & mask
		for ps.table[j] != 0 {
			j = (j + 1) & mask
		}
		ps.table[j] = int32(k + 1)
	}
}

// ownOf returns the summed weights of the features of the word w alone
// (cache entry e), one per tag.
func (ps *posScratch) ownOf(m *Model, e int32, w []rune) []int32 {
	p := &m.pos
	nt := int32(len(p.tags))
	c := &ps.entries[e]
	if c.own < 0 {
		ps.keys = ps.ownKeysOf(m, c, w, ps.keys[:0])
		ps.home = grow(ps.home, len(ps.keys))
		ps.vals = grow(ps.vals, len(ps.keys))
		p.slotValues(ps.keys, ps.home, ps.vals)
		c.own = int32(len(ps.dense))
		ps.dense = append(ps.dense, make([]int32, nt)...)
		row := ps.dense[c.own : c.own+nt]
		for _, v := range ps.vals {
			p.addValue(v, row)
		}
	}
	return ps.dense[c.own : c.own+nt]
}

// lookup adds the weights of key to scores.
func (p *posModel) lookup(key uint64, scores []int32) { p.addValue(p.slotValue(key), scores) }

// pending marks a cached word's own weights being looked up (noValue - 1
// marks asPrev and asNext so).
const pending = -2

// What a fillJob fills.
const (
	haveOwn = iota
	havePrev
	haveNext
)

// fillJob is the filling of a cached word's weights from n looked-up slot
// values.
type fillJob struct {
	e    int32
	kind uint8
	n    uint8
}

// ownKeysOf appends the keys of the features of the word w alone (cached
// as c).
func (ps *posScratch) ownKeysOf(m *Model, c *cachedWord, w []rune, keys []uint64) []uint64 {
	ps.ids, ps.class = ps.ids[:0], ps.class[:0]
	for _, r := range w {
		ps.ids = append(ps.ids, m.charID(r))
		ps.class = append(ps.class, m.classOf(r))
	}
	wi := describeWord(ps.ids, ps.class, c.h, c.dict)
	return ownKeys(&wi, keys)
}

// fill does the jobs of ps.jobs with the slot values vals, in order.
func (ps *posScratch) fill(p *posModel, vals []uint32) {
	nt := int32(len(p.tags))
	// The first weight of each range first, as touch does.
	var sum byte
	for _, v := range vals {
		if v&0xFF != 0 {
			sum += p.pairs[4*(v>>8)]
		}
	}
	ps.touched += int32(sum)
	for _, j := range ps.jobs {
		c := &ps.entries[j.e]
		vs := vals[:j.n]
		vals = vals[j.n:]
		switch j.kind {
		case haveOwn:
			c.own = int32(len(ps.dense))
			ps.dense = append(ps.dense, make([]int32, nt)...)
			row := ps.dense[c.own : c.own+nt]
			for _, v := range vs {
				p.addValue(v, row)
			}
		case havePrev, haveNext:
			at := len(ps.slab)
			ps.slab = p.appendValue(vs[0], ps.slab)
			sp := span{uint32(at), uint32(len(ps.slab) - at)}
			if j.kind == havePrev {
				c.asPrev = sp
			} else {
				c.asNext = sp
			}
		}
	}
}

// touch reads a word of each cached row and weight range the scoring of
// the words of ps.words will read (after fill), in a loop whose loads do
// not wait for one another, so that their cache misses overlap, where the
// scoring loop, long for each word, would mostly take them one after
// another.
func (ps *posScratch) touch(p *posModel, nt int) {
	var sum int32
	ws, ctx := ps.words, ps.ctx
	for i := range ws {
		c := &ps.entries[ws[i].ent]
		if c.tag >= 0 {
			continue
		}
		if c.own >= 0 {
			row := ps.dense[c.own : int(c.own)+nt]
			for k := 0; k < len(row); k += 16 {
				sum += row[k]
			}
		}
		if i > 0 {
			if sp := ps.entries[ws[i-1].ent].asPrev; sp.n > 0 && sp.n < noValue-1 {
				sum += int32(ps.slab[sp.at])
			}
		}
		if i+1 < len(ws) {
			if sp := ps.entries[ws[i+1].ent].asNext; sp.n > 0 && sp.n < noValue-1 {
				sum += int32(ps.slab[sp.at])
			}
		}
		for _, v := range ctx[:2] {
			if v&0xFF != 0 {
				sum += int32(p.pairs[4*(v>>8)])
			}
		}
		ctx = ctx[2:]
	}
	ps.touched = sum
}

// prevOf returns the pWm1 weights of the word of cache entry e (as the
// previous word of another).
func (ps *posScratch) prevOf(p *posModel, e int32) []uint32 {
	c := &ps.entries[e]
	if c.asPrev.n == noValue {
		at := len(ps.slab)
		ps.slab = p.appendWeights(posKey(pWm1, c.h, 0), ps.slab)
		c.asPrev = span{uint32(at), uint32(len(ps.slab) - at)}
	}
	return ps.slab[c.asPrev.at : c.asPrev.at+c.asPrev.n]
}

// nextOf returns the pWp1 weights of the word of cache entry e (as the
// next word of another).
func (ps *posScratch) nextOf(p *posModel, e int32) []uint32 {
	c := &ps.entries[e]
	if c.asNext.n == noValue {
		at := len(ps.slab)
		ps.slab = p.appendWeights(posKey(pWp1, c.h, 0), ps.slab)
		c.asNext = span{uint32(at), uint32(len(ps.slab) - at)}
	}
	return ps.slab[c.asNext.at : c.asNext.at+c.asNext.n]
}

// prevRow returns the scores given by the previous tags prev1 and prev2.
func (ps *posScratch) prevRow(p *posModel, prev1, prev2 int) []int32 {
	nt := len(p.tags)
	k := prev1*(nt+1) + prev2
	row := ps.prevRows[k*nt : (k+1)*nt]
	if !ps.prevDone[k] {
		copy(row, p.prev[prev1*nt:(prev1+1)*nt])
		p.lookup(posKey(pPrev2, uint64(prev1), uint64(prev2)), row)
		ps.prevDone[k] = true
	}
	return row
}

// Tag appends the part-of-speech tag of each word to tags: text is a run
// of characters, words the lengths of its words, dictTags the dictionary's
// tag of each word ("" when it has none).
func (t *Tagger) Tag(text []rune, words []int, dictTags []string, tags []string) []string {
	m := t.m
	p := &m.pos
	ps := &t.pos
	ps.prepare(p)
	// The words' cache entries: first the home slot of each (the reads do
	// not wait for one another), then the probes from there.
	ps.words = ps.words[:0]
	mask := uint32(len(ps.table) - 1)
	at := 0
	for i, n := range words {
		h, dict := hashRunes(text[at:at+n]), hashString(dictTags[i])
		ps.words = append(ps.words, tagWord{h: h, dict: dict, mdict: mix64(dict), at: int32(at), n: int32(n), ent: ps.table[cacheSlot(h, dict)&mask]})
		at += n
	}
	ws := ps.words
	for i := range ws {
		w := &ws[i]
		if e := w.ent; e != 0 {
			if c := &ps.entries[e-1]; c.h == w.h && c.dict == w.dict {
				w.ent = e - 1
				continue
			}
		}
		w.ent = ps.entry(p, w.h, w.dict)
	}
	bound := tagWord{h: boundWord.h, dict: boundWord.dict, mdict: mix64(boundWord.dict)}
	// The word-bigram and dictionary-neighbour keys of the words the model
	// scores, then the features of the words whose weights are not cached
	// yet, looked up together.
	ps.keys = ps.keys[:0]
	for i := range ws {
		if ps.entries[ws[i].ent].tag >= 0 {
			continue
		}
		wm1, wp1 := &bound, &bound
		if i > 0 {
			wm1 = &ws[i-1]
		}
		if i+1 < len(ws) {
			wp1 = &ws[i+1]
		}
		ps.keys = append(ps.keys, posKey(pW0Wp1, ws[i].h, wp1.h), posKey(pDictNb, wm1.dict^ws[i].mdict, wp1.mdict))
	}
	nctx := len(ps.keys)
	ps.jobs = ps.jobs[:0]
	for i := range ws {
		w := &ws[i]
		c := &ps.entries[w.ent]
		if c.tag >= 0 {
			continue
		}
		if c.own == -1 {
			c.own = pending
			before := len(ps.keys)
			ps.keys = ps.ownKeysOf(m, c, text[w.at:w.at+w.n], ps.keys)
			ps.jobs = append(ps.jobs, fillJob{w.ent, haveOwn, uint8(len(ps.keys) - before)})
		}
		if i > 0 {
			if c := &ps.entries[ws[i-1].ent]; c.asPrev.n == noValue {
				c.asPrev.n = noValue - 1 // pending
				ps.keys = append(ps.keys, posKey(pWm1, c.h, 0))
				ps.jobs = append(ps.jobs, fillJob{ws[i-1].ent, havePrev, 1})
			}
		}
		if i+1 < len(ws) {
			if c := &ps.entries[ws[i+1].ent]; c.asNext.n == noValue {
				c.asNext.n = noValue - 1 // pending
				ps.keys = append(ps.keys, posKey(pWp1, c.h, 0))
				ps.jobs = append(ps.jobs, fillJob{ws[i+1].ent, haveNext, 1})
			}
		}
	}
	ps.home = grow(ps.home, len(ps.keys))
	ps.ctx = grow(ps.ctx, len(ps.keys))
	p.slotValues(ps.keys, ps.home, ps.ctx)
	ps.fill(p, ps.ctx[nctx:])
	nt := len(p.tags)
	ps.touch(p, nt)
	ctx := ps.ctx
	ps.scores = grow(ps.scores, nt)
	prev1, prev2 := nt, nt
	for i := range ws {
		w := &ws[i]
		if tag := ps.entries[w.ent].tag; tag >= 0 {
			tags = append(tags, p.tags[tag])
			prev2, prev1 = prev1, int(tag)
			continue
		}
		sc := ps.scores[:nt]
		own := ps.ownOf(m, w.ent, text[w.at:w.at+w.n])
		pr := ps.prevRow(p, prev1, prev2)
		own, pr = own[:len(sc)], pr[:len(sc)]
		for k := range sc {
			sc[k] = own[k] + pr[k]
		}
		wm1, wp1 := &bound, &bound
		if i > 0 {
			wm1 = &ws[i-1]
			addPairs(ps.prevOf(p, wm1.ent), sc)
		} else {
			addPairs(ps.boundPrev, sc)
		}
		if i+1 < len(ws) {
			wp1 = &ws[i+1]
			addPairs(ps.nextOf(p, wp1.ent), sc)
		} else {
			addPairs(ps.boundNext, sc)
		}
		p.addValue(ctx[0], sc)
		p.addValue(ctx[1], sc)
		ctx = ctx[2:]
		// The first tag of the highest score: the maximum first (without
		// branches), then where it is.
		top := sc[0]
		for _, v := range sc[1:] {
			top = max(top, v)
		}
		best := 0
		for sc[best] != top {
			best++
		}
		tags = append(tags, p.tags[best])
		prev2, prev1 = prev1, best
	}
	return tags
}
