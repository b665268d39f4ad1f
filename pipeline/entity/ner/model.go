package ner

import (
	"math"
	"math/bits"
	"slices"
	"sync"
	"unicode/utf8"
)

// Model is a trained tagger: a view over its compiled bytes (see format.go),
// read where they lie, so that loading costs no parsing and no allocation
// per feature. It is immutable after [Load], [Decode] or [Train] and safe
// for concurrent use by multiple goroutines.
type Model struct {
	data   []byte // the compiled model, written back by WriteTo
	scale  float32
	trans  [numTags * numTags]int32
	ok     transitions
	vt     viterbiTables // trans arranged for viterbi
	nfeat  int
	lexMax int
	off    sections // where each section of data starts

	// Per-character information, for every code point of a page that
	// holds a folded, normalized or known character (runeInfo).
	pageIndex []uint16 // code point >> 8 → page (0: not covered)
	pages     []uint64 // 256 entries per page; page 0 is not used

	uni       []int16 // unigram rows: ((id×5)+offset) × numTags
	classBias []int32 // bias + class-trigram rows, by three classes in base 9
	lexRows   []int32 // the three lexicon-flag rows summed, by 12 bits of flags

	pairs    hashTable // pair key → first row<<4 | mask of the templates present
	pairRows []int16
	skips    hashTable // skip-bigram key → row
	skipRows []int16
	tris     hashTable // trigram key → row
	triRows  []int16

	lex      hashTable // lexicon word key (wordKey chain >> 8) → label bits
	lexFirst []uint16  // by character number: lexFirstFound | value of the one-character key

	// pool recycles Tag's working memory (*scratch); it holds no state
	// that outlives a call.
	pool sync.Pool
}

// NumFeatures returns the number of features kept in the model.
func (m *Model) NumFeatures() int { return m.nfeat }

// A runeInfo entry packs what the features need of a code point: its
// folded and normalized form (bits 0–23), its class (bits 24–27) and the
// model's number for the normalized character (bits 32–47; 0 when no
// feature mentions it).
const (
	infoClassShift = 24
	infoIDShift    = 32
)

// info returns the normalized form, class and character number of r.
func (m *Model) info(r rune) (rune, byte, uint32) {
	if uint32(r) <= utf8.MaxRune {
		if p := m.pageIndex[r>>8]; p != 0 {
			e := m.pages[int(p)<<8|int(r&0xff)]
			return rune(e & 0xffffff), byte(e>>infoClassShift) & 0xf, uint32(e >> infoIDShift)
		}
	}
	return r, classOf(r), 0
}

// Rows of the dense sections: bias plus class trigram (three classes 0–8
// in base 9), and the lexicon flags of the three labels (4 bits each).
const (
	classRows = 9 * 9 * 9
	lexRowsN  = 1 << (lexBits * numLabels)
)

// Keys of the pair, skip-bigram and trigram tables, from character numbers
// (below 1<<16, and never 0: a feature with an unknown character is never
// in the model).
func pairKey(a, b uint32) uint64   { return uint64(mix32(a<<16 | b)) }
func triKey(a, b, c uint32) uint64 { return mix48(uint64(a)<<32 | uint64(b)<<16 | uint64(c)) }

// lexKey is the table key of a lexicon word key.
func lexKey(h uint64) uint64 { return h >> lexValBits }

// scratch is per-call working memory of Tag (and of the trainer).
type scratch struct {
	offs  []int    // byte offset of each rune, plus the end
	runes []rune   // normalized runes
	ids   []uint32 // character numbers, two boundaries padded on each side
	cls   []byte   // classes, one boundary padded on each side
	lf    []uint16
	pl    []uint8   // lookups: the lexicon value of each adjacent pair of ids (pairLexShift)
	pv    []uint32  // pair-table value of each adjacent pair of ids (0: none)
	sv    []int32   // skip-bigram row of each position (−1: none)
	tv    []int32   // trigram row of each position (−1: none)
	pk    []uint64  // keys: the pair key of each adjacent pair of ids
	sk    []uint64  // keys: the skip-bigram key of each position
	tk    []uint64  // keys: the trigram key of each position
	sb    []bloomAt // keys: the skip-bigram Bloom filter place of each position
	tb    []bloomAt // keys: the trigram Bloom filter place of each position
	pr    []*wrow   // emissions: the row of each pair template, by adjacent pair
	xr    []*wrow   // emissions: the skip-bigram and trigram rows of each position
	sink  uint64    // what touchTables and touchRows read (unused)
	addrs []uintptr // prefetchTables: the addresses it asks for
	// keyed: keys computed this sentence's table keys.
	keyed bool
	// prefetched: prefetchTables asked for this sentence's table words.
	prefetched bool
	em         []int32
	dp         []int64
	bp         []uint8
	path       []uint8
	spans      []spanRange
}

func (s *scratch) reset(n int) {
	s.offs = slices.Grow(s.offs[:0], n+1)
	s.runes = slices.Grow(s.runes[:0], n)
	s.ids = slices.Grow(s.ids[:0], n+4)
	s.cls = slices.Grow(s.cls[:0], n+2)
	s.resetRest(n)
}

// resetRest is reset but for offs, runes, ids and cls.
func (s *scratch) resetRest(n int) {
	s.lf = slices.Grow(s.lf[:0], n)[:n]
	s.pv = slices.Grow(s.pv[:0], n+3)[:n+3]
	s.pl = slices.Grow(s.pl[:0], n+3)[:n+3]
	s.sv = slices.Grow(s.sv[:0], n)[:n]
	s.tv = slices.Grow(s.tv[:0], n)[:n]
	s.pk = slices.Grow(s.pk[:0], n+3)[:n+3]
	s.sk = slices.Grow(s.sk[:0], n)[:n]
	s.tk = slices.Grow(s.tk[:0], n)[:n]
	s.sb = slices.Grow(s.sb[:0], n)[:n]
	s.tb = slices.Grow(s.tb[:0], n)[:n]
	s.pr = slices.Grow(s.pr[:0], 4*(n+3))[:4*(n+3)]
	s.xr = slices.Grow(s.xr[:0], 2*n)[:2*n]
	s.em = slices.Grow(s.em[:0], n*numTags)[:n*numTags]
	clear(s.em)
	s.dp = slices.Grow(s.dp[:0], n*numTags)[:n*numTags]
	s.bp = slices.Grow(s.bp[:0], n*numTags)[:n*numTags]
	s.path = slices.Grow(s.path[:0], n)[:n]
	s.spans = s.spans[:0]
	s.keyed, s.prefetched = false, false
}

// decodeRune is utf8.DecodeRuneInString(s[i:]) for i < len(s), with the
// three-byte sequences of CJK text decoded in line (decode3).
func decodeRune(s string, i int) (rune, int) {
	r, w := decode3(s, i)
	if w == 0 {
		r, w = decodeRuneSlow(s, i)
	}
	return r, w
}

// decode3 returns the rune of the three-byte UTF-8 sequence at s[i:] and
// 3, or 0, 0 when s[i:] starts otherwise: a lead byte E0–EF and two
// continuation bytes that make neither an overlong form (below U+0800)
// nor a surrogate are exactly the three-byte sequences utf8 accepts.
func decode3(s string, i int) (rune, int) {
	if i+2 >= len(s) {
		return 0, 0
	}
	x := uint32(s[i])<<16 | uint32(s[i+1])<<8 | uint32(s[i+2])
	r := rune(x>>4&0xf000 | x>>2&0xfc0 | x&0x3f)
	if x&0xf0c0c0 != 0xe08080 || r < 0x800 || uint32(r)-0xd800 < 0x800 {
		return 0, 0
	}
	return r, 3
}

func decodeRuneSlow(s string, i int) (rune, int) {
	if b0 := s[i]; b0 < utf8.RuneSelf {
		return rune(b0), 1
	}
	return utf8.DecodeRuneInString(s[i:])
}

// prepare decodes text into normalized runes, character numbers and
// classes. (The lexicon flags come with the look-ups: lexFlags.)
func (m *Model) prepare(text string, s *scratch) {
	// A text of b bytes has at most b runes: the arrays are sized for
	// that and cut to the count the one decoding pass finds.
	b := len(text)
	offs := slices.Grow(s.offs[:0], b+1)[:b+1]
	runes := slices.Grow(s.runes[:0], b)[:b]
	ids := slices.Grow(s.ids[:0], b+4)[:b+4]
	cls := slices.Grow(s.cls[:0], b+2)[:b+2]
	ids[0], ids[1], cls[0] = idBOS, idBOS, classBoundary
	k := 0
	for i := 0; i < len(text); k++ {
		r, w := decode3(text, i)
		if w == 0 {
			r, w = decodeRuneSlow(text, i)
		}
		offs[k] = i
		nr, c, id := m.info(r)
		runes[k], ids[k+2], cls[k+1] = nr, id, c
		i += w
	}
	n := k
	offs[n] = len(text)
	ids[n+2], ids[n+3], cls[n+1] = idEOS, idEOS, classBoundary
	s.offs, s.runes, s.ids, s.cls = offs[:n+1], runes[:n], ids[:n+4], cls[:n+2]
	s.resetRest(n)
}

// addRow adds one row of weights to the emission scores of a position.
func addRow(e *[numTags]int32, w *[numTags]int16) {
	for t := range numTags {
		e[t] += int32(w[t])
	}
}

func row(rows []int16, r int) *[numTags]int16 {
	return (*[numTags]int16)(rows[r*numTags : r*numTags+numTags])
}

func row32(rows []int32, r int) *[numTags]int32 {
	return (*[numTags]int32)(rows[r*numTags : r*numTags+numTags])
}

// emissionsRef sums, for each of the n positions prepared in s, the weights
// of its 16 features into s.em: the bias, five unigrams, four adjacent
// pairs, the skip bigram, the class and character trigrams and three
// lexicon flags. It is the plain form of emissions (emit.go), which gives
// the same sums; it serves machines that are not little-endian and the
// tests.
func (m *Model) emissionsRef(s *scratch, n int) {
	lexFlags(&m.lex, maxLexLen, s.runes[:n], s.lf[:n])
	ids := s.ids[:n+4]
	pv := s.pv[:n+3]
	for j := range pv {
		pv[j] = 0
		if a, b := ids[j], ids[j+1]; a != 0 && b != 0 {
			v, _ := m.pairs.get(pairKey(a, b))
			pv[j] = uint32(v)
		}
	}
	sv, tv := s.sv[:n], s.tv[:n]
	for i := range n {
		sv[i], tv[i] = -1, -1
		m1, c0, p1 := ids[i+1], ids[i+2], ids[i+3]
		if m1 == 0 || p1 == 0 {
			continue
		}
		if r, ok := m.skips.get(pairKey(m1, p1)); ok {
			sv[i] = int32(r)
		}
		if c0 != 0 {
			if r, ok := m.tris.get(triKey(m1, c0, p1)); ok {
				tv[i] = int32(r)
			}
		}
	}
	for i := range n {
		e := (*[numTags]int32)(s.em[i*numTags : i*numTags+numTags])
		c := s.cls[i : i+3 : i+3]
		*e = *row32(m.classBias, int(c[0])*81+int(c[1])*9+int(c[2]))
		lx := row32(m.lexRows, int(s.lf[i]&(lexRowsN-1)))
		for t := range numTags {
			e[t] += lx[t]
		}
		for k, id := range ids[i : i+5 : i+5] {
			if id != 0 {
				addRow(e, row(m.uni, int(id)*5+k))
			}
		}
		for k, v := range pv[i : i+4 : i+4] {
			if v&(1<<k) != 0 {
				addRow(e, row(m.pairRows, int(v>>pairRowShift)+bits.OnesCount32(v&(1<<k-1))))
			}
		}
		if r := sv[i]; r >= 0 {
			addRow(e, row(m.skipRows, int(r)))
		}
		if r := tv[i]; r >= 0 {
			addRow(e, row(m.triRows, int(r)))
		}
	}
}

// Tag finds the entities of text and returns them in text order, with byte
// offsets into text (text[Start:End] is the entity). Long texts are cut into
// sentences at 。！？； and line breaks (and at commas in very long runs),
// so the cost is linear in len(text). Invalid UTF-8 is tolerated.
func (m *Model) Tag(text string) []Span { return m.tag(text, true) }

// TagUnscored is Tag for a caller that reads no Score: the spans are the
// same, each with Score 0, and their scores are not computed.
func (m *Model) TagUnscored(text string) []Span { return m.tag(text, false) }

func (m *Model) tag(text string, scored bool) []Span {
	var out []Span
	p, _ := m.pool.Get().(*[2]scratch)
	if p == nil {
		p = new([2]scratch)
	}
	// Each sentence is prepared, and its table words asked for, one
	// sentence ahead of its scoring.
	cur, next := &p[0], &p[1]
	bounds := sentenceBounds(text, nil)
	m.prepareSentence(text[:bounds[0]], cur)
	start := 0
	for k, end := range bounds {
		if k+1 < len(bounds) {
			m.prepareSentence(text[end:bounds[k+1]], next)
		}
		out = m.tagSentence(text[start:end], start, cur, scored, out)
		cur, next = next, cur
		start = end
	}
	m.pool.Put(p)
	return out
}

// prepareSentence prepares a sentence for tagSentence, computes its table
// keys and asks for the table words its look-ups will read.
func (m *Model) prepareSentence(text string, s *scratch) {
	if text == "" {
		return
	}
	m.prepare(text, s)
	n := len(s.runes)
	m.keys(s, n)
	m.prefetchTables(s, n)
}

// tagSentence tags one sentence, prepared in s by prepareSentence, and
// appends its spans, shifted by base, with their scores if scored.
func (m *Model) tagSentence(text string, base int, s *scratch, scored bool, out []Span) []Span {
	if text == "" {
		return out
	}
	n := len(s.runes)
	m.emissions(s, n)
	viterbi(n, s.em, &m.vt, s.path, s.dp, s.bp)
	s.spans = pathSpans(s.path[:n], s.spans[:0])
	for _, sp := range s.spans {
		var score float64
		if scored {
			score = m.spanScore(s, sp)
		}
		out = append(out, Span{
			Start: base + s.offs[sp.start],
			End:   base + s.offs[sp.end],
			Label: sp.label,
			Score: score,
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
// training data predates). The result shares nothing mutable with m, is
// itself immutable and safe for concurrent use; m is not changed. The
// training made the lexicon features trustworthy but not decisive, so an
// entry makes its word much more likely to be tagged with its label, not
// certain.
func (m *Model) WithLexicon(entries []Entry) (*Model, error) {
	lex := make(map[uint64]uint8, 2*len(entries))
	lexMax, err := addLexicon(lex, m.foldNorm, entries)
	if err != nil {
		return nil, err
	}
	t, err := newLexTable(lex, m.lex.entries())
	if err != nil {
		return nil, err
	}
	data, err := assemble(m.partsOf(t, max(m.lexMax, lexMax)))
	if err != nil {
		return nil, err
	}
	return Decode(data)
}

// foldNorm is the character fold and normalization the model applies.
func (m *Model) foldNorm(r rune) rune {
	nr, _, _ := m.info(r)
	return nr
}
