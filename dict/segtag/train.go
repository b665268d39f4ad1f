package segtag

import (
	"cmp"
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
)

// Example is one training sentence: its characters, the length in
// characters of each word, each word's tag and the dictionary's tag for
// it ("" when the dictionary does not have the word), and the dictionary
// information of each character.
type Example struct {
	Text     []rune
	Words    []int
	Tags     []string
	DictTags []string
	Lex      []Lex
}

// TrainOptions controls Train. Zero values mean the defaults given.
type TrainOptions struct {
	Epochs    int    // character tagger passes (default 15 for the CRF, 10 for the perceptron)
	POSEpochs int    // word tagger passes (default 8)
	Seed      uint64 // order of the sentences in each pass (default 1)
	MinChar   int    // characters seen fewer times share the unknown id (default 2)
	MinCount  int    // hashed features seen fewer times are dropped (default 1)
	// Prune drops the character features whose largest weight is below it
	// (default 0.05 for the CRF, 1 for the perceptron; < 0: none).
	Prune float64
	// Perceptron trains the character tagger with the structured averaged
	// perceptron instead of as a linear-chain conditional random field
	// (stochastic gradient ascent, L2 penalty CRFL2, first step CRFRate).
	// Measured on the held-out tenth and SIGHAN PKU, the CRF is better
	// (97.5 against 97.4 and 95.9 against 95.8 F1) with the same features;
	// the model file is the same.
	Perceptron bool
	CRFL2      float64 // default 1
	CRFRate    float64 // default 0.1
	POSPrune   float64 // drop word tagger weights below this (default 0)
	// Words seen at least TagDictMin times (default 20) with one tag at
	// least TagDictShare of the time (default 0.97) take that tag without
	// the model. TagDictMin < 0 turns the tag dictionary off.
	TagDictMin   int
	TagDictShare float64
	// Progress, if not nil, is called after each pass with the number of
	// sentences (or words, for the word tagger) it got wrong.
	Progress func(stage string, epoch, mistakes, total int)
	// Log, if not nil, receives a line about the trained model's size.
	Log func(string)
}

func (o *TrainOptions) defaults() {
	if o.Epochs <= 0 {
		o.Epochs = 15
		if o.Perceptron {
			o.Epochs = 10
		}
	}
	if o.Prune == 0 {
		o.Prune = 0.05
		if o.Perceptron {
			o.Prune = 1
		}
	}
	if o.POSEpochs <= 0 {
		o.POSEpochs = 8
	}
	if o.Seed == 0 {
		o.Seed = 1
	}
	if o.MinChar <= 0 {
		o.MinChar = 2
	}
	if o.MinCount <= 0 {
		o.MinCount = 1
	}
	if o.TagDictMin == 0 {
		o.TagDictMin = 20
	}
	if o.TagDictMin < 0 {
		o.TagDictMin = math.MaxInt
	}
	if o.CRFL2 == 0 {
		o.CRFL2 = 1
	}
	if o.CRFRate == 0 {
		o.CRFRate = 0.1
	}
	if o.TagDictShare == 0 {
		o.TagDictShare = 0.97
	}
}

// checkExample verifies that words and tags cover the text.
func checkExample(e *Example) error {
	total := 0
	for _, w := range e.Words {
		if w <= 0 {
			return errors.New("empty word")
		}
		total += w
	}
	if total != len(e.Text) || len(e.Lex) != len(e.Text) || len(e.Tags) != len(e.Words) || len(e.DictTags) != len(e.Words) {
		return fmt.Errorf("words cover %d of %d characters (%d lex, %d tags for %d words)", total, len(e.Text), len(e.Lex), len(e.Tags), len(e.Words))
	}
	return nil
}

// charTable assigns character ids: reserved ids first, then the normalized
// characters seen at least minChar times, most frequent first.
func charTable(data []Example, minChar int) (map[rune]uint32, error) {
	count := map[rune]int{}
	for _, e := range data {
		for _, r := range e.Text {
			count[normChar(r)]++
		}
	}
	var chars []rune
	for r, c := range count {
		if c >= minChar {
			chars = append(chars, r)
		}
	}
	slices.SortFunc(chars, func(a, b rune) int {
		if c := cmp.Compare(count[b], count[a]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	if len(chars)+2 > maxChars {
		return nil, fmt.Errorf("segtag: %d characters; at most %d", len(chars), maxChars-2)
	}
	ids := make(map[rune]uint32, len(chars))
	for i, r := range chars {
		ids[r] = uint32(i + 2)
	}
	return ids, nil
}

// nameChars marks the character ids that mostly occur inside long names:
// person and place names of three characters or more (in the PKU
// standard, Chinese personal names are cut into surname and given name, so
// these are mostly transliterated foreign names: 斯 克 尔 …). A run of them
// is likely one name the dictionary does not know.
func nameChars(data []Example, ids map[rune]uint32, nChars int) []uint8 {
	inName := make([]int, nChars)
	total := make([]int, nChars)
	for _, e := range data {
		pos := 0
		for w, n := range e.Words {
			long := n >= 3 && (e.Tags[w] == "nr" || e.Tags[w] == "ns")
			for _, r := range e.Text[pos : pos+n] {
				id := ids[normChar(r)]
				total[id]++
				if long {
					inName[id]++
				}
			}
			pos += n
		}
	}
	out := make([]uint8, nChars)
	for id := 2; id < nChars; id++ {
		if inName[id] >= 3 && 10*inName[id] >= 3*total[id] {
			out[id] = 1
		}
	}
	return out
}

// goldLabels returns the B/M/E/S label of each character of e.
func goldLabels(e *Example) []uint8 {
	out := make([]uint8, 0, len(e.Text))
	for _, w := range e.Words {
		if w == 1 {
			out = append(out, lblS)
			continue
		}
		out = append(out, lblB)
		for range w - 2 {
			out = append(out, lblM)
		}
		out = append(out, lblE)
	}
	return out
}

// segTrainer holds the perceptron's weights during training: rows of
// numLabels weights, dense templates first (at offsets), then one row per
// hashed key kept.
type segTrainer struct {
	nChars int
	names  []uint8 // per character id: a name character
	offset [numTemplates]int
	rows   map[uint32]int32 // hashed key → row
	w      []int32
	u      []int64 // Σ c·Δ, for averaging
	trans  [numLabels * numLabels]int32
	utrans [numLabels * numLabels]int64
	c      int64
}

// prepared is one example with the feature rows of each character.
type prepared struct {
	rows []int32 // n × numTemplates, -1: no row
	gold []uint8
	mask []uint8
}

func (t *segTrainer) prepare(e *Example, ids map[rune]uint32, s *sentence, counts map[uint32]int32, collect bool) prepared {
	n := len(e.Text)
	s.reset(n)
	for i, r := range e.Text {
		s.ids[i+2] = ids[normChar(r)]
		s.class[i+2] = Class(r)
		s.lex[i+2] = e.Lex[i]
		s.name[i+2] = t.names[s.ids[i+2]]
	}
	p := prepared{rows: make([]int32, n*numTemplates), gold: goldLabels(e), mask: make([]uint8, n)}
	s.masks(n, nil, nil, p.mask)
	for i, l := range p.gold {
		if p.mask[i]&(1<<l) == 0 {
			p.mask[i] |= 1 << l // the gold data cuts a number or a word: allow it
		}
	}
	var k [numTemplates]uint32
	for i := range n {
		s.keys(i, &k)
		for tp := range numTemplates {
			row := int32(-1)
			if isHashed(tp) {
				if collect {
					counts[k[tp]]++
				} else if r, ok := t.rows[k[tp]]; ok {
					row = r
				}
			} else {
				row = int32(t.offset[tp] + int(k[tp]))
			}
			p.rows[i*numTemplates+tp] = row
		}
	}
	return p
}

// emit fills scores (n × numLabels) from the current weights.
func (t *segTrainer) emit(p *prepared, scores []int64) {
	n := len(p.gold)
	for i := range n {
		var s [numLabels]int64
		for _, row := range p.rows[i*numTemplates : (i+1)*numTemplates] {
			if row < 0 {
				continue
			}
			w := t.w[int(row)*numLabels : int(row)*numLabels+numLabels]
			for l := range numLabels {
				s[l] += int64(w[l])
			}
		}
		copy(scores[i*numLabels:], s[:])
	}
}

func (t *segTrainer) update(row int32, l uint8, d int32) {
	i := int(row)*numLabels + int(l)
	t.w[i] += d
	t.u[i] += t.c * int64(d)
}

// segResult is the trained character tagger, averaged.
type segResult struct {
	ids     map[rune]uint32
	nChars  int
	names   []uint8
	dense   [numTemplates][]float64 // dense template tables, size × numLabels
	hashed  map[uint32][numLabels]float64
	trans   [numLabels * numLabels]float64
	maxAbs  float64
	dropped int
	// freq counts the occurrences of each hashed feature in the training
	// data: the model file places the frequent bigrams first, in their
	// home buckets (see bigram.go).
	freq map[uint32]int32
}

// trainSeg learns the character tagger, as a conditional random field or
// (opt.Perceptron) with the averaged perceptron.
func trainSeg(data []Example, opt TrainOptions) (*segResult, error) {
	ids, err := charTable(data, opt.MinChar)
	if err != nil {
		return nil, err
	}
	t := &segTrainer{nChars: len(ids) + 2, rows: map[uint32]int32{}}
	t.names = nameChars(data, ids, t.nChars)
	off := 0
	for tp := range numTemplates {
		if !isHashed(tp) {
			t.offset[tp] = off
			off += denseSize(tp, t.nChars)
		}
	}
	var s sentence
	counts := map[uint32]int32{}
	for i := range data {
		t.prepare(&data[i], ids, &s, counts, true)
	}
	keys := make([]uint32, 0, len(counts))
	for k, c := range counts {
		if int(c) >= opt.MinCount {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	for i, k := range keys {
		t.rows[k] = int32(off + i)
	}
	nRows := off + len(keys)
	t.w = make([]int32, nRows*numLabels)
	t.u = make([]int64, nRows*numLabels)
	preps := make([]prepared, len(data))
	maxN := 0
	for i := range data {
		preps[i] = t.prepare(&data[i], ids, &s, nil, false)
		maxN = max(maxN, len(data[i].Text))
	}
	if !opt.Perceptron {
		r := t.trainCRF(preps, maxN, ids, keys, opt)
		r.freq = counts
		return r, nil
	}
	scores := make([]int64, maxN*numLabels)
	back := make([]uint8, maxN*numLabels)
	pred := make([]uint8, maxN)
	var trans [numLabels * numLabels]int64
	order := make([]int, len(preps))
	for i := range order {
		order[i] = i
	}
	for epoch := range opt.Epochs {
		rng := rand.New(rand.NewPCG(opt.Seed, uint64(epoch)))
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		mistakes := 0
		for _, di := range order {
			p := &preps[di]
			n := len(p.gold)
			t.c++
			t.emit(p, scores)
			for k := range trans {
				trans[k] = int64(t.trans[k])
			}
			viterbi(n, scores[:n*numLabels], &trans, p.mask, back[:n*numLabels], pred[:n])
			if slices.Equal(pred[:n], p.gold) {
				continue
			}
			mistakes++
			for i := range n {
				g, q := p.gold[i], pred[i]
				if g != q {
					for _, row := range p.rows[i*numTemplates : (i+1)*numTemplates] {
						if row >= 0 {
							t.update(row, g, 1)
							t.update(row, q, -1)
						}
					}
				}
				if i > 0 {
					gp, qp := int(p.gold[i-1])*numLabels+int(g), int(pred[i-1])*numLabels+int(q)
					if gp != qp {
						t.trans[gp]++
						t.utrans[gp] += t.c
						t.trans[qp]--
						t.utrans[qp] -= t.c
					}
				}
			}
		}
		if opt.Progress != nil {
			opt.Progress("segment", epoch+1, mistakes, len(preps))
		}
	}
	r := t.average(ids, keys, opt.Prune)
	r.freq = counts
	return r, nil
}

// average returns the averaged weights (w - u/c), dropping hashed features
// whose largest weight is below prune.
func (t *segTrainer) average(ids map[rune]uint32, keys []uint32, prune float64) *segResult {
	c := float64(t.c + 1)
	avg := func(w int32, u int64) float64 { return float64(w) - float64(u)/c }
	r := &segResult{ids: ids, nChars: t.nChars, names: t.names, hashed: map[uint32][numLabels]float64{}}
	track := func(v float64) {
		if v < 0 {
			v = -v
		}
		r.maxAbs = max(r.maxAbs, v)
	}
	for tp := range numTemplates {
		if isHashed(tp) {
			continue
		}
		size := denseSize(tp, t.nChars)
		tab := make([]float64, size*numLabels)
		for j := range tab {
			i := t.offset[tp]*numLabels + j
			tab[j] = avg(t.w[i], t.u[i])
			track(tab[j])
		}
		r.dense[tp] = tab
	}
	for _, k := range keys {
		row := int(t.rows[k])
		var ws [numLabels]float64
		big := 0.0
		for l := range numLabels {
			i := row*numLabels + l
			ws[l] = avg(t.w[i], t.u[i])
			big = max(big, ws[l], -ws[l])
		}
		if big == 0 || big < prune {
			r.dropped++
			continue
		}
		for _, v := range ws {
			track(v)
		}
		r.hashed[k] = ws
	}
	for k := range t.trans {
		r.trans[k] = avg(t.trans[k], t.utrans[k])
		track(r.trans[k])
	}
	return r
}
