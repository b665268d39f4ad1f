package ner

import "unicode"

// Character classes used by the class-trigram feature.
const (
	classHan byte = iota + 1
	classDigit
	classCNNum
	classLatin
	classPunct
	classSpace
	classOther
	classBoundary
)

// numTemplates is the number of feature templates evaluated at each
// position; it is stored in the model file so that a model trained with a
// different feature set is rejected.
const numTemplates = 16

// featureVersion changes whenever the meaning of a template changes.
const featureVersion = 3

// Lexicon flags of a position, per label: the position begins, is inside,
// ends, or is all of a lexicon word of that label.
const (
	lexB = 1 << iota
	lexM
	lexE
	lexS
	lexBits = 4
)

// lexPrefix marks a lexicon key that is a proper prefix of some word.
const lexPrefix = 1 << 7

// maxLexLen is the longest lexicon word (in runes) that is matched.
const maxLexLen = 16

// normRune maps a character to the form the features see: full-width ASCII
// folded to ASCII, ASCII letters lowered, every decimal digit mapped to '0'
// so that numbers generalise, and the ideographic space to a space.
func normRune(r rune) rune {
	switch {
	case r >= 0xFF01 && r <= 0xFF5E:
		r -= 0xFEE0
	case r == 0x3000:
		return ' '
	}
	switch {
	case r >= '0' && r <= '9':
		return '0'
	case r >= 'A' && r <= 'Z':
		return r + ('a' - 'A')
	case r < 128:
		return r
	case unicode.IsDigit(r):
		return '0'
	}
	return r
}

// classOf returns the class of a normalized rune.
func classOf(r rune) byte {
	switch {
	case r < 0:
		return classBoundary
	case r == '0':
		return classDigit
	case r >= 'a' && r <= 'z':
		return classLatin
	case r == ' ' || r == '\t' || r == '\n' || r == '\r':
		return classSpace
	case r < 128:
		return classPunct
	}
	switch r {
	case '〇', '零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '百', '千', '万', '亿', '两':
		return classCNNum
	}
	switch {
	case unicode.Is(unicode.Han, r):
		return classHan
	case unicode.IsLetter(r):
		return classLatin
	case unicode.IsSpace(r):
		return classSpace
	case unicode.IsPunct(r) || unicode.IsSymbol(r):
		return classPunct
	}
	return classOther
}

// mix is the splitmix64 finalizer: a bijection on uint64 that spreads a
// packed key over all bits, so that keys can index a hash table directly
// and the model stores no plain text. mix(0) == 0, and packed keys are
// never 0, so 0 marks an empty slot.
func mix(h uint64) uint64 {
	h ^= h >> 30
	h *= 0xbf58476d1ce4e5b9
	h ^= h >> 27
	h *= 0x94d049bb133111eb
	h ^= h >> 31
	return h
}

// rbits packs a normalized rune (or sentinel) into 22 bits.
func rbits(r rune) uint64 { return uint64(r+2) & (1<<22 - 1) }

// wordKey hashes a normalized word for the lexicon; hashing rune by rune
// lets the matcher extend a candidate one rune at a time.
func wordKey(h uint64, r rune) uint64 { return mix(h*0x100000001b3 ^ rbits(r)) }

// wordSeed starts a wordKey chain.
const wordSeed uint64 = 0x6a09e667f3bcc908

// lexFlags marks, for every position of rs, the lexicon words that cover it
// (lexBits bits per label, label PER in the lowest bits).
func lexFlags(lex *hashTable, maxLen int, rs []rune, flags []uint16) {
	clear(flags)
	if len(lex.slots) == 0 {
		return
	}
	for i := range rs {
		h := wordSeed
		for j := i; j < len(rs) && j-i < maxLen; j++ {
			h = wordKey(h, rs[j])
			v, ok := lex.get(lexKey(h))
			if !ok {
				break // no lexicon word starts with rs[i:j+1]
			}
			markLex(flags, i, j, uint8(v))
		}
	}
}

// markLex sets the flags of the lexicon word rs[i:j+1] for the labels of
// mask (a lexicon value: bit 7 marks a proper prefix).
func markLex(flags []uint16, i, j int, mask uint8) {
	for l := range numLabels {
		if mask&(1<<l) == 0 {
			continue
		}
		sh := uint(l * lexBits)
		if j == i {
			flags[i] |= lexS << sh
			continue
		}
		flags[i] |= lexB << sh
		flags[j] |= lexE << sh
		for k := i + 1; k < j; k++ {
			flags[k] |= lexM << sh
		}
	}
}

// Feature templates, in the order the trainer numbers them. The unigram
// templates see the characters at offsets −2…+2, the pair templates the
// adjacent pairs (−2,−1), (−1,0), (0,+1), (+1,+2).
const (
	tmplBias  = 0
	tmplUni   = 1  // 1…5
	tmplPair  = 6  // 6…9
	tmplSkip  = 10 // (−1,+1)
	tmplClass = 11 // class trigram (−1,0,+1)
	tmplTri   = 12 // character trigram (−1,0,+1)
	tmplLex   = 13 // 13…15: lexicon flags of PER, LOC, ORG
)

// Exact training keys: the template in the top 4 bits and three 20-bit
// fields (character numbers, classes or lexicon flags). The trainer numbers
// the characters it sees (ids 1 and 2 stand for the sentence boundaries).
const (
	fieldBits = 20
	maxField  = 1<<fieldBits - 1
	idBOS     = 1
	idEOS     = 2
)

func exactKey(t int, a, b, c uint32) uint64 {
	return uint64(t)<<60 | uint64(a)<<(2*fieldBits) | uint64(b)<<fieldBits | uint64(c)
}

// splitKey is the inverse of exactKey.
func splitKey(k uint64) (t int, a, b, c uint32) {
	return int(k >> 60), uint32(k>>(2*fieldBits)) & maxField, uint32(k>>fieldBits) & maxField, uint32(k) & maxField
}

// trainFeatures writes the numTemplates exact keys of position i: ids holds
// the character numbers padded with two boundaries on each side (ids[i+2]
// is position i), cs the classes padded with one boundary on each side, lf
// the lexicon flags.
func trainFeatures(ids []uint32, cs []byte, lf []uint16, i int, out *[numTemplates]uint64) {
	m2, m1, c0, p1, p2 := ids[i], ids[i+1], ids[i+2], ids[i+3], ids[i+4]
	out[0] = exactKey(tmplBias, 0, 0, 0)
	out[1] = exactKey(tmplUni, 0, 0, m2)
	out[2] = exactKey(tmplUni+1, 0, 0, m1)
	out[3] = exactKey(tmplUni+2, 0, 0, c0)
	out[4] = exactKey(tmplUni+3, 0, 0, p1)
	out[5] = exactKey(tmplUni+4, 0, 0, p2)
	out[6] = exactKey(tmplPair, 0, m2, m1)
	out[7] = exactKey(tmplPair+1, 0, m1, c0)
	out[8] = exactKey(tmplPair+2, 0, c0, p1)
	out[9] = exactKey(tmplPair+3, 0, p1, p2)
	out[10] = exactKey(tmplSkip, 0, m1, p1)
	out[11] = exactKey(tmplClass, uint32(cs[i]), uint32(cs[i+1]), uint32(cs[i+2]))
	out[12] = exactKey(tmplTri, m1, c0, p1)
	f := lf[i]
	out[13] = exactKey(tmplLex, 0, 0, uint32(f&0xf))
	out[14] = exactKey(tmplLex+1, 0, 0, uint32(f>>4&0xf))
	out[15] = exactKey(tmplLex+2, 0, 0, uint32(f>>8&0xf))
}
