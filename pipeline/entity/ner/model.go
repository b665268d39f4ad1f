package ner

import (
	"math"
	"slices"
	"sync"
	"unicode/utf8"
)

// Model is a trained tagger. It is immutable after [Load] or [Train] and safe
// for concurrent use by multiple goroutines.
type Model struct {
	scale float32 // weight units per quantum (for Score)
	trans [numTags * numTags]int32
	ok    transitions
	fold  map[rune]rune // per-character Traditional→Simplified fold; may be nil

	// Lexicon: word key (see wordKey) → label bits (1<<(label-1)).
	lex    map[uint64]uint8
	lexMax int

	// Open-addressing hash table from feature key to row of weights.
	slots []slot
	mask  uint64
	nfeat int

	weights []int16 // nfeat × numTags

	// Kept for serialization: the features in ascending key order.
	keys []uint64

	// pool recycles Tag's working memory (*scratch); it holds no state
	// that outlives a call.
	pool sync.Pool
}

// NumFeatures returns the number of features kept in the model.
func (m *Model) NumFeatures() int { return m.nfeat }

// slot is one entry of the feature table; key 0 marks an empty slot. Key and
// row share a cache line, so a lookup costs one miss.
type slot struct {
	key uint64
	row int32
}

// lookup returns the weight row of key, or -1.
func (m *Model) lookup(key uint64) int32 {
	if m.mask == 0 && len(m.slots) == 0 {
		return -1
	}
	for i := key & m.mask; ; i = (i + 1) & m.mask {
		switch sl := &m.slots[i]; sl.key {
		case key:
			return sl.row
		case 0:
			return -1
		}
	}
}

// buildTable fills the lookup table from m.keys (row i = keys[i]).
func (m *Model) buildTable() {
	// Load factor at most 0.6: short linear probes, half the memory of 0.5
	// for most feature counts.
	size := 16
	for size*3 < len(m.keys)*5 {
		size <<= 1
	}
	m.slots = make([]slot, size)
	m.mask = uint64(size - 1)
	for r, k := range m.keys {
		i := k & m.mask
		for m.slots[i].key != 0 {
			i = (i + 1) & m.mask
		}
		m.slots[i] = slot{k, int32(r)}
	}
	m.nfeat = len(m.keys)
}

// scratch is per-call working memory of Tag.
type scratch struct {
	offs  []int // byte offset of each rune, plus the end
	runes []rune
	cls   []byte
	lf    []uint16
	em    []int32
	dp    []int64
	bp    []uint8
	path  []uint8
	spans []spanRange
}

func (s *scratch) reset(n int) {
	s.offs = slices.Grow(s.offs[:0], n+1)
	s.runes = slices.Grow(s.runes[:0], n)
	s.cls = slices.Grow(s.cls[:0], n)
	s.lf = slices.Grow(s.lf[:0], n)[:n]
	s.em = slices.Grow(s.em[:0], n*numTags)[:n*numTags]
	clear(s.em)
	s.dp = slices.Grow(s.dp[:0], n*numTags)[:n*numTags]
	s.bp = slices.Grow(s.bp[:0], n*numTags)[:n*numTags]
	s.path = slices.Grow(s.path[:0], n)[:n]
	s.spans = s.spans[:0]
}

// prepare decodes text into normalized runes and classes.
func (m *Model) prepare(text string, s *scratch) { m.prepareLex(text, s, m.lex) }

// prepareLex is prepare with the lexicon lex instead of the model's.
func (m *Model) prepareLex(text string, s *scratch, lex map[uint64]uint8) {
	n := utf8.RuneCountInString(text)
	s.reset(n)
	for i, r := range text {
		s.offs = append(s.offs, i)
		if f, ok := m.fold[r]; ok {
			r = f
		}
		r = normRune(r)
		s.runes = append(s.runes, r)
		s.cls = append(s.cls, classOf(r))
	}
	s.offs = append(s.offs, len(text))
	lexFlags(lex, maxLexLen, s.runes, s.lf)
}

// Tag finds the entities of text and returns them in text order, with byte
// offsets into text (text[Start:End] is the entity). Long texts are cut into
// sentences at 。！？； and line breaks (and at commas in very long runs),
// so the cost is linear in len(text). Invalid UTF-8 is tolerated.
func (m *Model) Tag(text string) []Span {
	var out []Span
	s, _ := m.pool.Get().(*scratch)
	if s == nil {
		s = new(scratch)
	}
	start := 0
	for _, end := range sentenceBounds(text, nil) {
		out = m.tagSentence(text[start:end], start, s, out)
		start = end
	}
	m.pool.Put(s)
	return out
}

// tagSentence tags one sentence and appends its spans, shifted by base.
func (m *Model) tagSentence(text string, base int, s *scratch, out []Span) []Span {
	if text == "" {
		return out
	}
	m.prepare(text, s)
	n := len(s.runes)
	var keys [numTemplates]uint64
	for i := range n {
		features(s.runes, s.cls, s.lf, i, &keys)
		e := s.em[i*numTags : (i+1)*numTags : (i+1)*numTags]
		for _, k := range keys {
			r := m.lookup(k)
			if r < 0 {
				continue
			}
			w := m.weights[int(r)*numTags : int(r)*numTags+numTags : int(r)*numTags+numTags]
			for t := range e {
				e[t] += int32(w[t])
			}
		}
	}
	viterbi(n, s.em, &m.trans, &m.ok, s.path, s.dp, s.bp)
	s.spans = pathSpans(s.path[:n], s.spans[:0])
	for _, sp := range s.spans {
		out = append(out, Span{
			Start: base + s.offs[sp.start],
			End:   base + s.offs[sp.end],
			Label: sp.label,
			Score: m.spanScore(s, sp),
		})
	}
	return out
}

// Score calibration: Score = logistic(scoreSlope×margin + scoreBias), with
// the margin in perceptron units. Fitted by log loss on the exact-match
// correctness of the shipped model's spans on the MSRA test set (log loss
// 0.27); the margin is often negative for correct spans, because the
// transition weights, not the emissions, decide inside long names.
const (
	scoreSlope = 0.02
	scoreBias  = 2.5
)

// spanScore squashes the smallest per-character emission margin of the
// chosen tags over the best other tag into [0, 1].
func (m *Model) spanScore(s *scratch, sp spanRange) float64 {
	minMargin := int32(math.MaxInt32)
	for i := sp.start; i < sp.end; i++ {
		e := s.em[i*numTags : (i+1)*numTags]
		chosen := s.path[i]
		var other int32 = math.MinInt32
		for t, v := range e {
			if t != int(chosen) && v > other {
				other = v
			}
		}
		minMargin = min(minMargin, e[chosen]-other)
	}
	x := float64(minMargin) * float64(m.scale)
	return 1 / (1 + math.Exp(-(scoreSlope*x + scoreBias)))
}

// WithLexicon returns a model that also knows the given entity names as
// lexicon entries (for example a curated list of current leaders the
// training data predates). The result shares the weights of m, is itself
// immutable and safe for concurrent use; m is not changed. The training
// made the lexicon features trustworthy but not decisive, so an entry makes
// its word much more likely to be tagged with its label, not certain.
func (m *Model) WithLexicon(entries []Entry) (*Model, error) {
	c := &Model{
		scale: m.scale, trans: m.trans, ok: m.ok, fold: m.fold,
		lexMax: m.lexMax,
		slots:  m.slots, mask: m.mask, nfeat: m.nfeat,
		weights: m.weights, keys: m.keys,
	}
	c.lex = make(map[uint64]uint8, len(m.lex)+2*len(entries))
	for k, v := range m.lex {
		c.lex[k] = v
	}
	if err := c.addLexicon(entries); err != nil {
		return nil, err
	}
	return c, nil
}
