package segtag

import (
	"cmp"
	"encoding/binary"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
)

// posEntry is one non-zero weight of a feature row during training.
type posEntry struct {
	tag uint8
	w   int32
	u   int64
}

// posTrainer holds the word tagger's weights during training.
type posTrainer struct {
	nt    int
	rows  map[uint64]int32
	data  [][]posEntry
	bias  []posEntry // dense, one per tag
	prev  []posEntry // dense, (nt+1) × nt
	c     int64
	keys  []uint64
	score []int64
}

func (t *posTrainer) add(e *posEntry, d int32) {
	e.w += d
	e.u += t.c * int64(d)
}

func (t *posTrainer) addSparse(row int32, tag uint8, d int32) {
	es := t.data[row]
	for k := range es {
		if es[k].tag == tag {
			t.add(&es[k], d)
			return
		}
	}
	e := posEntry{tag: tag}
	t.add(&e, d)
	t.data[row] = append(es, e)
}

// scores computes the current scores of word i.
func (t *posTrainer) scores(ws []wordInfo, i, prev1, prev2 int) []int64 {
	sc := t.score[:t.nt]
	for k := range sc {
		sc[k] = int64(t.bias[k].w) + int64(t.prev[prev1*t.nt+k].w)
	}
	t.keys = wordKeys(ws, i, prev1, prev2, t.keys[:0])
	for _, key := range t.keys {
		if row, ok := t.rows[key]; ok {
			for _, e := range t.data[row] {
				sc[e.tag] += int64(e.w)
			}
		}
	}
	return sc
}

// posResult is the averaged word tagger.
type posResult struct {
	dict map[uint64]int // the tag dictionary: word hash → tag
	tags []string
	bias []float64
	prev []float64
	rows map[uint64][]posEntryF
}

type posEntryF struct {
	tag uint8
	w   float64
}

// trainPOS learns the word tagger on the gold words of data; ids are the
// character ids of the character tagger.
func trainPOS(data []Example, ids map[rune]uint32, opt TrainOptions) (*posResult, error) {
	count := map[string]int{}
	for _, e := range data {
		for _, tg := range e.Tags {
			count[tg]++
		}
	}
	tags := make([]string, 0, len(count))
	for tg := range count {
		tags = append(tags, tg)
	}
	slices.SortFunc(tags, func(a, b string) int {
		if c := cmp.Compare(count[b], count[a]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	if len(tags) > maxWordTags {
		return nil, fmt.Errorf("segtag: %d tags; at most %d", len(tags), maxWordTags)
	}
	index := map[string]int{}
	for i, tg := range tags {
		index[tg] = i
	}
	nt := len(tags)
	t := &posTrainer{nt: nt, rows: map[uint64]int32{}, bias: make([]posEntry, nt), prev: make([]posEntry, (nt+1)*nt), score: make([]int64, nt)}
	for k := range t.bias {
		t.bias[k].tag = uint8(k)
	}
	for k := range t.prev {
		t.prev[k].tag = uint8(k % nt)
	}
	type sent struct {
		words []wordInfo
		gold  []int
	}
	sents := make([]sent, len(data))
	counts := map[uint64]int32{}
	var keys []uint64
	for si := range data {
		e := &data[si]
		cids := make([]uint32, len(e.Text))
		classes := make([]uint8, len(e.Text))
		for i, r := range e.Text {
			cids[i] = ids[normChar(r)]
			classes[i] = Class(r)
		}
		s := sent{words: describe(e.Text, cids, classes, e.Words, e.DictTags, nil), gold: make([]int, len(e.Tags))}
		for i, tg := range e.Tags {
			s.gold[i] = index[tg]
		}
		p1, p2 := nt, nt
		for i := range s.words {
			keys = wordKeys(s.words, i, p1, p2, keys[:0])
			for _, k := range keys {
				counts[k]++
			}
			p2, p1 = p1, s.gold[i]
		}
		sents[si] = s
	}
	// The tag dictionary: frequent words that nearly always have one tag.
	wordTags := map[uint64]map[int]int{}
	for _, s := range sents {
		for i, w := range s.words {
			m := wordTags[w.h]
			if m == nil {
				m = map[int]int{}
				wordTags[w.h] = m
			}
			m[s.gold[i]]++
		}
	}
	tagDict := map[uint64]int{}
	for h, m := range wordTags {
		total, best, bestN := 0, 0, -1
		for tg, c := range m {
			total += c
			if c > bestN || c == bestN && tg < best {
				best, bestN = tg, c
			}
		}
		if total >= opt.TagDictMin && float64(bestN) >= opt.TagDictShare*float64(total) {
			tagDict[h] = best
		}
	}
	sorted := make([]uint64, 0, len(counts))
	for k, c := range counts {
		if int(c) >= opt.MinCount {
			sorted = append(sorted, k)
		}
	}
	counts = nil
	slices.Sort(sorted)
	for i, k := range sorted {
		t.rows[k] = int32(i)
	}
	t.data = make([][]posEntry, len(sorted))
	order := make([]int, len(sents))
	for i := range order {
		order[i] = i
	}
	for epoch := range opt.POSEpochs {
		rng := rand.New(rand.NewPCG(opt.Seed, uint64(1000+epoch)))
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		mistakes, total := 0, 0
		for _, si := range order {
			s := &sents[si]
			p1, p2 := nt, nt
			for i := range s.words {
				if tg, ok := tagDict[s.words[i].h]; ok {
					p2, p1 = p1, tg
					continue
				}
				t.c++
				sc := t.scores(s.words, i, p1, p2)
				best := 0
				for k := 1; k < nt; k++ {
					if sc[k] > sc[best] {
						best = k
					}
				}
				g := s.gold[i]
				total++
				if best != g {
					mistakes++
					for _, key := range t.keys {
						if row, ok := t.rows[key]; ok {
							t.addSparse(row, uint8(g), 1)
							t.addSparse(row, uint8(best), -1)
						}
					}
					t.add(&t.bias[g], 1)
					t.add(&t.bias[best], -1)
					t.add(&t.prev[p1*nt+g], 1)
					t.add(&t.prev[p1*nt+best], -1)
				}
				p2, p1 = p1, best
			}
		}
		if opt.Progress != nil {
			opt.Progress("tag", epoch+1, mistakes, total)
		}
	}
	r := t.average(tags, sorted, opt.POSPrune)
	r.dict = tagDict
	return r, nil
}

func (t *posTrainer) average(tags []string, keys []uint64, prune float64) *posResult {
	c := float64(t.c + 1)
	avg := func(e posEntry) float64 { return float64(e.w) - float64(e.u)/c }
	r := &posResult{tags: tags, bias: make([]float64, t.nt), prev: make([]float64, len(t.prev)), rows: map[uint64][]posEntryF{}}
	for k := range t.bias {
		r.bias[k] = avg(t.bias[k])
	}
	for k := range t.prev {
		r.prev[k] = avg(t.prev[k])
	}
	for i, key := range keys {
		var es []posEntryF
		for _, e := range t.data[i] {
			if w := avg(e); math.Abs(w) >= max(prune, 1e-9) {
				es = append(es, posEntryF{e.tag, w})
			}
		}
		if len(es) > 0 {
			slices.SortFunc(es, func(a, b posEntryF) int { return cmp.Compare(a.tag, b.tag) })
			r.rows[key] = es
		}
	}
	return r
}

// bytes serializes the word tagger (see pos.go).
func (r *posResult) bytes() []byte {
	maxAbs := 1e-9
	for k, w := range r.prev {
		maxAbs = max(maxAbs, math.Abs(w+r.bias[k%len(r.tags)]))
	}
	for _, es := range r.rows {
		for _, e := range es {
			maxAbs = max(maxAbs, math.Abs(e.w))
		}
	}
	scale := 32767 / maxAbs
	keys := make([]uint64, 0, len(r.rows))
	for k := range r.rows {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	nSlots := keyTableSize(len(keys))
	slots := make([]byte, 8*nSlots)
	var pairs []byte
	nPairs := 0
	slot := make([]byte, 8)
	for _, k := range keys {
		es := r.rows[k]
		binary.LittleEndian.PutUint32(slot, fingerprint(k))
		binary.LittleEndian.PutUint32(slot[4:], uint32(nPairs)<<8|uint32(len(es)))
		insert(slots, nSlots, 8, slot)
		for _, e := range es {
			pairs = binary.LittleEndian.AppendUint32(pairs, uint32(e.tag)<<16|uint32(uint16(quantize(e.w, scale))))
			nPairs++
		}
	}
	dictKeys := make([]uint64, 0, len(r.dict))
	for k := range r.dict {
		dictKeys = append(dictKeys, k)
	}
	slices.Sort(dictKeys)
	nWords := tableSize(len(dictKeys))
	words := make([]byte, 8*nWords)
	for _, k := range dictKeys {
		binary.LittleEndian.PutUint32(slot, fingerprint(k))
		binary.LittleEndian.PutUint32(slot[4:], uint32(r.dict[k]))
		insert(words, nWords, 8, slot)
	}
	var buf []byte
	buf = binary.LittleEndian.AppendUint32(buf, uint32(len(r.tags)))
	buf = binary.LittleEndian.AppendUint32(buf, uint32(nSlots))
	buf = binary.LittleEndian.AppendUint32(buf, uint32(nPairs))
	buf = binary.LittleEndian.AppendUint32(buf, uint32(nWords))
	for _, tg := range r.tags {
		buf = append(buf, byte(len(tg)))
		buf = append(buf, tg...)
	}
	for k, w := range r.prev {
		buf = binary.LittleEndian.AppendUint16(buf, uint16(quantize(w+r.bias[k%len(r.tags)], scale)))
	}
	buf = append(buf, slots...)
	buf = append(buf, pairs...)
	return append(buf, words...)
}

// Train learns a model from data (the character tagger on the words, the
// word tagger on the words and tags) and returns the model file. The
// result depends only on data and opt.
func Train(data []Example, opt TrainOptions) ([]byte, error) {
	opt.defaults()
	for i := range data {
		if err := checkExample(&data[i]); err != nil {
			return nil, fmt.Errorf("segtag: training sentence %d: %w", i, err)
		}
	}
	seg, err := trainSeg(data, opt)
	if err != nil {
		return nil, err
	}
	pos, err := trainPOS(data, seg.ids, opt)
	if err != nil {
		return nil, err
	}
	posBytes := pos.bytes()
	if opt.Log != nil {
		pairs := 0
		for _, es := range pos.rows {
			pairs += len(es)
		}
		opt.Log(fmt.Sprintf("character tagger: %d characters, %d hashed features kept, %d dropped; word tagger: %d tags, %d features, %d weights, %d words in the tag dictionary, %d bytes",
			seg.nChars, len(seg.hashed), seg.dropped, len(pos.tags), len(pos.rows), pairs, len(pos.dict), len(posBytes)))
	}
	return writeModel(seg, posBytes), nil
}
