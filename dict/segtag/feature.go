package segtag

// Character labels.
const (
	lblB = iota // begins a word
	lblM        // inside a word
	lblE        // ends a word
	lblS        // a word alone
	numLabels
)

// Lex is what a dictionary says about one character of a sentence: the
// length in characters of the longest dictionary word that starts at it,
// that ends at it, and that contains it strictly inside (0: none). Lengths
// above MaxLex count as MaxLex.
type Lex struct {
	Start, End, Cover uint8
}

// MaxLex caps the lengths of Lex.
const MaxLex = 6

// Feature templates of the character tagger. Dense templates index a table
// of their own; hashed templates are keys of a hash table: hashPrefix |
// a<<14 | b, with character ids below 1<<14.
const (
	tUni0  = iota // the characters at -2, -1, 0, +1, +2 (dense, by char id)
	tUni1         //
	tUni2         //
	tUni3         //
	tUni4         //
	tLexC0        // c0 and the longest word starting at it (dense)
	tLexC1        // c0 and the longest word ending at it (dense)
	tClass        // the classes of c-2 … c+2 (dense)
	tLex          // start, end, cover lengths at c0 (dense)
	tLexB         // end at c-1, start at c0, end at c0, start at c+1 (dense)
	tRep          // c0 = c-1, c0 = c+1, c-1 = c+1 (dense)
	tName         // which of c-2 … c+2 are name characters (dense)
	tBiL2         // c-2 c-1 (hashed)
	tBiL1         // c-1 c0
	tBiR1         // c0 c+1
	tBiR2         // c+1 c+2
	tSkip         // c-1 c+1
	numTemplates
)

// (Measured and dropped as worth less than its cost: the trigram c-1 c0
// c+1, +0.02 F1 on the SIGHAN PKU set for one more lookup a character.)

// hashPrefix is the top four bits of a hashed template's keys.
func hashPrefix(t int) uint32 { return uint32(t-tBiL2+1) << 28 }

// Sizes of the dense templates other than the unigrams.
const (
	sizeClass = int(numClasses) * int(numClasses) * int(numClasses) * int(numClasses) * int(numClasses)
	sizeLex   = (MaxLex + 1) * (MaxLex + 1) * (MaxLex + 1)
	sizeLexB  = (MaxLex + 1) * (MaxLex + 1) * (MaxLex + 1) * (MaxLex + 1)
	sizeRep   = 8
	sizeName  = 32
)

// Reserved character ids.
const (
	idUnknown = 0
	idBound   = 1
	maxChars  = 1 << 14
)

func isHashed(t int) bool { return t >= tBiL2 }

// sentence is a sentence prepared for feature extraction: per character
// its id, class and dictionary information, with two pad positions on each
// side (id idBound, class clsBound, no dictionary words).
type sentence struct {
	ids   []uint32
	class []uint8
	lex   []Lex
	name  []uint8 // 1 for a name character (see nameChars)
}

func (s *sentence) reset(n int) {
	s.ids = grow(s.ids, n+4)
	s.class = grow(s.class, n+4)
	s.lex = grow(s.lex, n+4)
	s.name = grow(s.name, n+4)
	for _, k := range [4]int{0, 1, n + 2, n + 3} {
		s.ids[k], s.class[k], s.lex[k], s.name[k] = idBound, clsBound, Lex{}, 0
	}
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n, n+n/2)
	}
	return s[:n]
}

// keys fills k with the key of each template at character i (0-based, in
// the unpadded sentence): for a dense template the index in its table, for
// a hashed one its hash key. Training reads the features through keys;
// Model.score computes the same keys inline for speed, and a test checks
// that the two agree.
func (s *sentence) keys(i int, k *[numTemplates]uint32) {
	p := i + 2
	ids, cl, lx := s.ids, s.class, s.lex
	a, b, c, d, e := ids[p-2], ids[p-1], ids[p], ids[p+1], ids[p+2]
	k[tUni0], k[tUni1], k[tUni2], k[tUni3], k[tUni4] = a, b, c, d, e
	k[tBiL2] = hashPrefix(tBiL2) | a<<14 | b
	k[tBiL1] = hashPrefix(tBiL1) | b<<14 | c
	k[tBiR1] = hashPrefix(tBiR1) | c<<14 | d
	k[tBiR2] = hashPrefix(tBiR2) | d<<14 | e
	k[tSkip] = hashPrefix(tSkip) | b<<14 | d
	l := lx[p]
	k[tLexC0] = c*(MaxLex+1) + uint32(l.Start)
	k[tLexC1] = c*(MaxLex+1) + uint32(l.End)
	const nc = uint32(numClasses)
	k[tClass] = (((uint32(cl[p-2])*nc+uint32(cl[p-1]))*nc+uint32(cl[p]))*nc+uint32(cl[p+1]))*nc + uint32(cl[p+2])
	const nl = MaxLex + 1
	k[tLex] = (uint32(l.Start)*nl+uint32(l.End))*nl + uint32(l.Cover)
	k[tLexB] = ((uint32(lx[p-1].End)*nl+uint32(l.Start))*nl+uint32(l.End))*nl + uint32(lx[p+1].Start)
	var rep uint32
	if c == b {
		rep |= 1
	}
	if c == d {
		rep |= 2
	}
	if b == d {
		rep |= 4
	}
	k[tRep] = rep
	nm := s.name
	k[tName] = uint32(nm[p-2])<<4 | uint32(nm[p-1])<<3 | uint32(nm[p])<<2 | uint32(nm[p+1])<<1 | uint32(nm[p+2])
}

// denseSize returns the table size of dense template t given the number of
// character ids.
func denseSize(t, nChars int) int {
	switch t {
	case tUni0, tUni1, tUni2, tUni3, tUni4:
		return nChars
	case tLexC0, tLexC1:
		return nChars * (MaxLex + 1)
	case tClass:
		return sizeClass
	case tLex:
		return sizeLex
	case tLexB:
		return sizeLexB
	case tRep:
		return sizeRep
	case tName:
		return sizeName
	}
	return 0
}

// masks writes the labels allowed at each of the n characters of s: B or S
// where a word must begin, M or E where one must go on, and the converse at
// the character before. A word begins at the first character and wherever
// cut is set; a character continues the word of the one before where join
// is set (not where cut is) and between two digits or two letters. cut and
// join may be nil.
func (s *sentence) masks(n int, cut, join []bool, out []uint8) {
	goOn := func(i int) bool {
		if i == 0 || cut != nil && cut[i] {
			return false
		}
		return joins(s.class[i+1], s.class[i+2]) || join != nil && join[i]
	}
	next := goOn(0)
	for i := range n {
		mk := uint8(1<<numLabels - 1)
		if i == 0 || cut != nil && cut[i] {
			mk &^= 1<<lblM | 1<<lblE
		}
		if next {
			mk &^= 1<<lblB | 1<<lblS
		}
		if i+1 == n || cut != nil && cut[i+1] {
			mk &^= 1<<lblB | 1<<lblM
			next = false
		} else {
			next = goOn(i + 1)
		}
		if next {
			mk &^= 1<<lblE | 1<<lblS
		}
		out[i] = mk
	}
}
