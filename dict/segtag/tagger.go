package segtag

// Tagger segments and tags with a Model. It holds scratch space reused from
// call to call, so it belongs to one goroutine; make one per goroutine with
// Model.NewTagger.
type Tagger struct {
	m      *Model
	s      sentence
	scores []int64
	back   []uint8
	mask   []uint8
	labels []uint8
	ss     scoreScratch
	pos    posScratch
}

// NewTagger returns a Tagger over m.
func (m *Model) NewTagger() *Tagger { return &Tagger{m: m} }

// Segment cuts text (one run of characters without white space) into
// words and appends their lengths in characters to words. lex is the
// dictionary information of each character; cut and join, when not nil,
// force the boundaries: cut[i] makes a word begin at character i, join[i]
// makes character i continue the word of character i-1 (cut wins where
// both are set). Runs of digits and runs of letters are never cut apart.
func (t *Tagger) Segment(text []rune, lex []Lex, cut, join []bool, words []int) []int {
	n := len(text)
	if n == 0 {
		return words
	}
	m := t.m
	t.s.reset(n)
	for i, r := range text {
		id := m.charID(r)
		t.s.ids[i+2] = id
		t.s.name[i+2] = m.names[id]
		t.s.class[i+2] = m.classOf(r)
		l := lex[i]
		t.s.lex[i+2] = Lex{min(l.Start, MaxLex), min(l.End, MaxLex), min(l.Cover, MaxLex)}
	}
	t.scores = grow(t.scores, n*numLabels)
	t.back = grow(t.back, n*numLabels)
	t.mask = grow(t.mask, n)
	t.labels = grow(t.labels, n)
	m.score(&t.s, n, t.scores, &t.ss)
	t.s.masks(n, cut, join, t.mask)
	viterbi(n, t.scores[:n*numLabels], &m.trans, t.mask[:n], t.back[:n*numLabels], t.labels[:n])
	start := 0
	for i, l := range t.labels[:n] {
		if l == lblE || l == lblS {
			words = append(words, i+1-start)
			start = i + 1
		}
	}
	if start < n {
		words = append(words, n-start)
	}
	return words
}
