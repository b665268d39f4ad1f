package dict

// The HMM below is a port of gse v0.80.3's hmm.Cut on a run of Han runes
// (hmm/hmm_seg.go and hmm/viterbi.go, Copyright 2016 ego authors,
// Apache-2.0; the probabilities are jieba's, MIT; see NOTICE): the same
// states, the same floating-point sums in the same order and the same
// tie-breaking, over the emission table stored in the compiled dictionary
// instead of maps rebuilt at every start.

// HMM states in gse's order.
const (
	stB = iota
	stM
	stE
	stS
)

var hmmStart = [4]float64{stB: -0.26268660809250016, stM: minFloat, stE: minFloat, stS: -1.4652633398537678}

// hmmPrev lists the states that may precede each state, in gse's order.
var hmmPrev = [4][2]int{stB: {stE, stS}, stM: {stM, stB}, stE: {stB, stM}, stS: {stS, stE}}

// hmmTrans[from][to]; the pairs hmmPrev does not list are never used.
var hmmTrans = [4][4]float64{
	stB: {stE: -0.510825623765990, stM: -0.916290731874155},
	stE: {stB: -0.5897149736854513, stS: -0.8085250474669937},
	stM: {stE: -0.33344856811948514, stM: -1.2603623820268226},
	stS: {stB: -0.7211965654669841, stS: -0.6658631448798212},
}

// stateName orders states on ties as gse does: by their letters.
var stateName = [4]byte{stB: 'B', stM: 'M', stE: 'E', stS: 'S'}

// hmmScratch holds the Viterbi tables of one Segment call.
type hmmScratch struct {
	runes []rune
	offs  []int
	prob  [][4]float64
	back  [][4]int8
	tags  []int8
}

// hmmCut appends gse's HMM cut of the Han run text[start:end], each piece
// tagged by lookup (its dictionary tag, "x" when it has none).
func (s *Set) hmmCut(h *hmmScratch, text string, start, end int, lookup func(w string) string, words []Word) []Word {
	h.runes, h.offs = h.runes[:0], h.offs[:0]
	for i := start; i < end; {
		r, n := runeAt(text, i)
		h.runes = append(h.runes, r)
		h.offs = append(h.offs, i)
		i += n
	}
	h.offs = append(h.offs, end)
	n := len(h.runes)
	if n == 0 {
		return words
	}
	h.prob = append(h.prob[:0], make([][4]float64, n)...)
	h.back = append(h.back[:0], make([][4]int8, n)...)
	e := s.trie.emission(h.runes[0])
	for y := range 4 {
		h.prob[0][y] = e[y] + hmmStart[y]
	}
	for t := 1; t < n; t++ {
		e := s.trie.emission(h.runes[t])
		for y := range 4 {
			// gse sorts the two candidates by (prob, state letter) and
			// takes the last: the larger sum, on a tie the later letter.
			a, b := hmmPrev[y][0], hmmPrev[y][1]
			pa := h.prob[t-1][a] + hmmTrans[a][y] + e[y]
			pb := h.prob[t-1][b] + hmmTrans[b][y] + e[y]
			if pa < pb || pa == pb && stateName[a] < stateName[b] {
				h.prob[t][y], h.back[t][y] = pb, int8(b)
			} else {
				h.prob[t][y], h.back[t][y] = pa, int8(a)
			}
		}
	}
	last := stE
	if pe, ps := h.prob[n-1][stE], h.prob[n-1][stS]; pe < ps || pe == ps {
		last = stS // 'E' < 'S': S wins a tie
	}
	h.tags = append(h.tags[:0], make([]int8, n)...)
	y := int8(last)
	for t := n - 1; t >= 0; t-- {
		h.tags[t] = y
		y = h.back[t][y]
	}
	// gse's internalCut: B opens a word, E closes it, S is a word alone;
	// whatever is left open at the end is one word.
	begin, next := 0, 0
	emit := func(a, b int) {
		w := text[h.offs[a]:h.offs[b]]
		words = append(words, Word{Start: h.offs[a], End: h.offs[b], POS: lookup(w)})
	}
	for i := range n {
		switch h.tags[i] {
		case stB:
			begin = i
		case stE:
			emit(begin, i+1)
			next = i + 1
		case stS:
			emit(i, i+1)
			next = i + 1
		}
	}
	if next < n {
		emit(next, n)
	}
	return words
}
