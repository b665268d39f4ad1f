package ner

import (
	"errors"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"unicode/utf8"
)

// Sentence is one training example: a text and its gold entities (byte
// offsets into Text, non-overlapping, in order; Score is ignored).
type Sentence struct {
	Text  string
	Spans []Span
}

// TrainOptions controls [Train]. The zero value is usable: it means 5
// epochs, seed 1, every feature kept, no pruning and no Traditional fold.
type TrainOptions struct {
	// Epochs is the number of passes over the data (default 5).
	Epochs int
	// Seed fixes the order in which sentences are visited in each epoch.
	Seed uint64
	// MinCount drops features seen fewer times in the gold data (default 1).
	MinCount int
	// Prune drops, after averaging, features whose largest absolute weight
	// is below it (in perceptron units; 0 keeps all).
	Prune float64
	// Fold maps Traditional characters to Simplified ones; it is applied to
	// the training text and stored in the model, so that Tag applies it too.
	Fold map[rune]rune
	// Lexicon lists known entities (a gazetteer); the model stores their
	// hashes and uses matches as features. Empty words are ignored.
	Lexicon []Entry
	// LexiconFolds, when > 1, adds the gold entities of data to the
	// lexicon, jackknifed: the data is cut into that many folds by index,
	// and the lexicon features of a sentence come from the other folds only
	// (plus Lexicon), so the model learns how far an unseen sentence can
	// trust the lexicon. The model keeps the lexicon of all folds.
	LexiconFolds int
	// Progress, if not nil, is called after each epoch with the number of
	// sentences whose predicted tags differed from the gold tags.
	Progress func(epoch, mistakes, sentences int)
}

// Entry is one lexicon word and its label.
type Entry struct {
	Word  string
	Label Label
}

// example is a training sentence prepared for the perceptron.
type example struct {
	gold  []uint8
	feats []int32 // n × numTemplates feature rows, -1 when not kept
}

// Train learns a model from data with a structured averaged perceptron. The
// result depends only on data and opt (no map order, no clock, fixed seed).
func Train(data []Sentence, opt TrainOptions) (*Model, error) {
	src, err := trainSource(data, opt)
	if err != nil {
		return nil, err
	}
	b, err := compile(src)
	if err != nil {
		return nil, err
	}
	return Decode(b)
}

// trainSource is Train up to the compiled form: it returns what compile
// lays out.
func trainSource(data []Sentence, opt TrainOptions) (*modelSource, error) {
	if opt.Epochs <= 0 {
		opt.Epochs = 5
	}
	if opt.Seed == 0 {
		opt.Seed = 1
	}
	if opt.MinCount <= 0 {
		opt.MinCount = 1
	}
	ok := allowedTransitions()
	for di, d := range data {
		if err := checkSpans(d); err != nil {
			return nil, fmt.Errorf("ner: training sentence %d: %w", di, err)
		}
	}
	fold := func(r rune) rune {
		if f, ok := opt.Fold[r]; ok {
			r = f
		}
		return normRune(r)
	}
	var foldLex []*hashTable
	if k := opt.LexiconFolds; k > 1 {
		for f := range k {
			entries := slices.Clone(opt.Lexicon)
			for di, d := range data {
				if di%k != f {
					entries = appendEntities(entries, d)
				}
			}
			t, _, err := lexiconTable(fold, entries)
			if err != nil {
				return nil, err
			}
			foldLex = append(foldLex, t)
		}
		all := slices.Clone(opt.Lexicon)
		for _, d := range data {
			all = appendEntities(all, d)
		}
		opt.Lexicon = all
	}
	lex := make(map[uint64]uint8)
	lexMax, err := addLexicon(lex, fold, opt.Lexicon)
	if err != nil {
		return nil, err
	}
	lexTable, err := newLexTable(lex, nil)
	if err != nil {
		return nil, err
	}

	// Split into tagging-sized sentences, normalize, compute gold tags and
	// collect exact feature keys. Characters are numbered as first seen.
	type prepared struct {
		keys []uint64
		gold []uint8
	}
	var preps []prepared
	counts := make(map[uint64]int32)
	var s scratch
	var ks [numTemplates]uint64
	charID := map[rune]uint32{}
	chars := []rune{0, 0, 0} // character number → rune; 0–2 are not characters
	for di, d := range data {
		lt := lexTable
		if foldLex != nil {
			lt = foldLex[di%len(foldLex)]
		}
		keep := func(off int) bool {
			for _, sp := range d.Spans {
				if sp.Start < off && off < sp.End {
					return false
				}
			}
			return true
		}
		start := 0
		for _, end := range sentenceBounds(d.Text, keep) {
			sub := d.Text[start:end]
			if sub != "" {
				if err := prepareTrain(sub, fold, lt, &s, charID, &chars); err != nil {
					return nil, err
				}
				n := len(s.runes)
				runeAt := func(off int) int { // byte offset in sub → rune index
					i, _ := slices.BinarySearch(s.offs, off)
					return i
				}
				var rs []spanRange
				for _, sp := range d.Spans {
					if sp.Start >= start && sp.End <= end {
						rs = append(rs, spanRange{runeAt(sp.Start - start), runeAt(sp.End - start), sp.Label})
					}
				}
				p := prepared{keys: make([]uint64, 0, n*numTemplates), gold: make([]uint8, n)}
				spanTags(rs, p.gold)
				for i := range n {
					trainFeatures(s.ids, s.cls, s.lf, i, &ks)
					for _, k := range ks {
						counts[k]++
					}
					p.keys = append(p.keys, ks[:]...)
				}
				preps = append(preps, p)
			}
			start = end
		}
	}
	if len(preps) == 0 {
		return nil, errors.New("ner: no training data")
	}

	// Rows in ascending key order, so the result never depends on map order.
	keys := make([]uint64, 0, len(counts))
	for k, c := range counts {
		if int(c) >= opt.MinCount {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	row := make(map[uint64]int32, len(keys))
	freq := make([]int32, len(keys)) // how often each feature fires in the training data
	for i, k := range keys {
		row[k] = int32(i)
		freq[i] = counts[k]
	}
	counts = nil
	exs := make([]example, len(preps))
	for i, p := range preps {
		f := make([]int32, len(p.keys))
		for j, k := range p.keys {
			if r, ok := row[k]; ok {
				f[j] = r
			} else {
				f[j] = -1
			}
		}
		exs[i] = example{gold: p.gold, feats: f}
		preps[i] = prepared{}
	}
	row = nil

	tr := newPerceptron(len(keys))
	rng := rand.New(rand.NewPCG(opt.Seed, opt.Seed^0x9e3779b97f4a7c15))
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	for epoch := 1; epoch <= opt.Epochs; epoch++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		mistakes := 0
		for _, i := range order {
			if tr.learn(&exs[i], &ok, &s) {
				mistakes++
			}
		}
		if opt.Progress != nil {
			opt.Progress(epoch, mistakes, len(exs))
		}
	}
	src := tr.finish(keys, freq, opt.Prune)
	src.fold, src.lex, src.lexMax, src.chars = opt.Fold, lex, lexMax, chars
	return src, nil
}

// prepareTrain is prepare for training: it folds and normalizes with fold,
// numbers characters as first seen (charID, chars) and marks the lexicon
// words of lex.
func prepareTrain(text string, fold func(rune) rune, lex *hashTable, s *scratch, charID map[rune]uint32, chars *[]rune) error {
	n := utf8.RuneCountInString(text)
	s.reset(n)
	s.ids = append(s.ids, idBOS, idBOS)
	s.cls = append(s.cls, classBoundary)
	for i, r := range text {
		s.offs = append(s.offs, i)
		r = fold(r)
		id, ok := charID[r]
		if !ok {
			if len(*chars) > maxField {
				return errors.New("ner: too many distinct characters in the training data")
			}
			id = uint32(len(*chars))
			charID[r] = id
			*chars = append(*chars, r)
		}
		s.runes = append(s.runes, r)
		s.ids = append(s.ids, id)
		s.cls = append(s.cls, classOf(r))
	}
	s.offs = append(s.offs, len(text))
	s.ids = append(s.ids, idEOS, idEOS)
	s.cls = append(s.cls, classBoundary)
	lexFlags(lex, maxLexLen, s.runes, s.lf)
	return nil
}

// appendEntities appends the gold entities of d as lexicon entries.
func appendEntities(entries []Entry, d Sentence) []Entry {
	for _, s := range d.Spans {
		entries = append(entries, Entry{Word: d.Text[s.Start:s.End], Label: s.Label})
	}
	return entries
}

// addLexicon adds the words of entries to lex, keyed by the wordKey chain
// of their characters through fold (the model's fold and normalization),
// with every proper prefix marked; it returns the longest word's length.
// Empty words and words longer than maxLexLen are left out.
func addLexicon(lex map[uint64]uint8, fold func(rune) rune, entries []Entry) (int, error) {
	lexMax := 0
	for _, e := range entries {
		if e.Label < PER || e.Label > ORG {
			return 0, fmt.Errorf("ner: lexicon word %q: bad label %d", e.Word, e.Label)
		}
		n := utf8.RuneCountInString(e.Word)
		if n == 0 || n > maxLexLen {
			continue
		}
		h := wordSeed
		i := 0
		for _, r := range e.Word {
			if i > 0 {
				lex[h] |= lexPrefix
			}
			i++
			h = wordKey(h, fold(r))
		}
		lex[h] |= 1 << (e.Label - 1)
		lexMax = max(lexMax, n)
	}
	return lexMax, nil
}

// lexiconTable builds the lexicon table of entries.
func lexiconTable(fold func(rune) rune, entries []Entry) (*hashTable, int, error) {
	lex := make(map[uint64]uint8)
	lexMax, err := addLexicon(lex, fold, entries)
	if err != nil {
		return nil, 0, err
	}
	t, err := newLexTable(lex, nil)
	return t, lexMax, err
}

// newLexTable builds a hash table from lexicon word keys to label bits,
// adding the entries of base (a table's entries).
func newLexTable(lex map[uint64]uint8, base map[uint64]uint64) (*hashTable, error) {
	kv := make(map[uint64]uint64, len(lex)+len(base))
	for k, v := range base {
		kv[k] = v
	}
	for k, v := range lex {
		kv[lexKey(k)] |= uint64(v)
	}
	return newHashTable(kv, lexValBits)
}

// checkSpans verifies that d's spans are ordered, non-overlapping, non-empty,
// labelled and on rune boundaries of d.Text.
func checkSpans(d Sentence) error {
	prev := 0
	for _, sp := range d.Spans {
		switch {
		case sp.Label < PER || sp.Label > ORG:
			return fmt.Errorf("span %d-%d: bad label %d", sp.Start, sp.End, sp.Label)
		case sp.Start < prev || sp.End <= sp.Start || sp.End > len(d.Text):
			return fmt.Errorf("span %d-%d: out of order or out of range", sp.Start, sp.End)
		case !utf8.RuneStart(d.Text[sp.Start]) || (sp.End < len(d.Text) && !utf8.RuneStart(d.Text[sp.End])):
			return fmt.Errorf("span %d-%d: not on a character boundary", sp.Start, sp.End)
		}
		prev = sp.End
	}
	return nil
}

// perceptron holds the weights being learned and their running sums for
// averaging (u accumulates c×update, so the average is w − u/c).
type perceptron struct {
	w      []int32
	u      []int64
	trans  [numTags * numTags]int32
	transU [numTags * numTags]int64
	c      int64
}

func newPerceptron(nfeat int) *perceptron {
	return &perceptron{w: make([]int32, nfeat*numTags), u: make([]int64, nfeat*numTags), c: 1}
}

// learn decodes one example with the current weights, updates them when the
// prediction is wrong, and reports whether it was.
func (p *perceptron) learn(ex *example, ok *transitions, s *scratch) bool {
	n := len(ex.gold)
	s.reset(n)
	for i := range n {
		e := s.em[i*numTags : (i+1)*numTags]
		for _, f := range ex.feats[i*numTemplates : (i+1)*numTemplates] {
			if f < 0 {
				continue
			}
			w := p.w[int(f)*numTags : int(f)*numTags+numTags]
			for t := range e {
				e[t] += w[t]
			}
		}
	}
	vt := newViterbiTables(&p.trans)
	viterbi(n, s.em, &vt, s.path, s.dp, s.bp)
	wrong := false
	for i := range n {
		g, y := int(ex.gold[i]), int(s.path[i])
		if g != y {
			wrong = true
			for _, f := range ex.feats[i*numTemplates : (i+1)*numTemplates] {
				if f < 0 {
					continue
				}
				p.w[int(f)*numTags+g]++
				p.u[int(f)*numTags+g] += p.c
				p.w[int(f)*numTags+y]--
				p.u[int(f)*numTags+y] -= p.c
			}
		}
		if i > 0 {
			gp, yp := int(ex.gold[i-1]), int(s.path[i-1])
			if gp != yp || g != y {
				p.trans[gp*numTags+g]++
				p.transU[gp*numTags+g] += p.c
				p.trans[yp*numTags+y]--
				p.transU[yp*numTags+y] -= p.c
			}
		}
	}
	p.c++
	return wrong
}

// finish averages, prunes and quantizes the weights; keys are the exact
// feature keys of the rows.
func (p *perceptron) finish(keys []uint64, freq []int32, prune float64) *modelSource {
	c := float64(p.c)
	avg := func(w int32, u int64) float64 { return float64(w) - float64(u)/c }
	maxAbs := 0.0
	for i := range p.w {
		maxAbs = max(maxAbs, math.Abs(avg(p.w[i], p.u[i])))
	}
	for i := range p.trans {
		maxAbs = max(maxAbs, math.Abs(avg(p.trans[i], p.transU[i])))
	}
	if maxAbs == 0 {
		maxAbs = 1
	}
	scale := maxAbs / math.MaxInt16
	q := func(v float64) int16 { return int16(math.Round(v / scale)) }
	src := &modelSource{scale: float32(scale)}
	for i := range p.trans {
		src.trans[i] = int32(q(avg(p.trans[i], p.transU[i])))
	}
	var rowW [numTags]int16
	for r, k := range keys {
		big := false
		nonzero := false
		for t := range numTags {
			a := avg(p.w[r*numTags+t], p.u[r*numTags+t])
			rowW[t] = q(a)
			nonzero = nonzero || rowW[t] != 0
			big = big || math.Abs(a) >= prune
		}
		if !nonzero || !big {
			continue
		}
		src.keys = append(src.keys, k)
		src.freq = append(src.freq, freq[r])
		src.rows = append(src.rows, rowW[:]...)
	}
	return src
}
