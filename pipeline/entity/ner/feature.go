package ner

import "unicode"

// Sentinel runes stand for the positions before the first and after the last
// character of a sentence.
const (
	runeBOS rune = -1
	runeEOS rune = -2
)

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

// mix is the splitmix64 finalizer: a bijection on uint64 that spreads the
// packed template and runes over all bits, so keys can index a hash table
// directly. mix(0) == 0, and packed keys are never 0, so 0 marks an empty slot.
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

func key1(t int, a rune) uint64 { return mix(uint64(t+1)<<56 | rbits(a)) }

func key2(t int, a, b rune) uint64 {
	return mix(uint64(t+1)<<56 | rbits(a)<<22 | rbits(b))
}

func key3(t int, a, b, c rune) uint64 {
	return mix(mix(uint64(t+1)<<56|rbits(a)<<22|rbits(b)) ^ rbits(c))
}

// wordKey hashes a normalized word for the lexicon; hashing rune by rune
// lets the matcher extend a candidate one rune at a time.
func wordKey(h uint64, r rune) uint64 { return mix(h*0x100000001b3 ^ rbits(r)) }

// wordSeed starts a wordKey chain.
const wordSeed uint64 = 0x6a09e667f3bcc908

// lexFlags marks, for every position of rs, the lexicon words that cover it
// (lexBits bits per label, label PER in the lowest bits).
func lexFlags(lex map[uint64]uint8, maxLen int, rs []rune, flags []uint16) {
	clear(flags)
	if len(lex) == 0 {
		return
	}
	for i := range rs {
		h := wordSeed
		for j := i; j < len(rs) && j-i < maxLen; j++ {
			h = wordKey(h, rs[j])
			mask, ok := lex[h]
			if !ok {
				break // no lexicon word starts with rs[i:j+1]
			}
			for l := range numLabels {
				if mask&(1<<l) == 0 { // (bit 7 marks a proper prefix)
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
	}
}

// features writes the numTemplates feature keys of position i of the
// normalized runes rs (with classes cs and lexicon flags lf) into out.
func features(rs []rune, cs []byte, lf []uint16, i int, out *[numTemplates]uint64) {
	at := func(j int) rune {
		if j < 0 {
			return runeBOS
		}
		if j >= len(rs) {
			return runeEOS
		}
		return rs[j]
	}
	cl := func(j int) rune {
		if j < 0 || j >= len(rs) {
			return rune(classBoundary)
		}
		return rune(cs[j])
	}
	m2, m1, c0, p1, p2 := at(i-2), at(i-1), at(i), at(i+1), at(i+2)
	out[0] = key1(0, 0)
	out[1] = key1(1, m2)
	out[2] = key1(2, m1)
	out[3] = key1(3, c0)
	out[4] = key1(4, p1)
	out[5] = key1(5, p2)
	out[6] = key2(6, m2, m1)
	out[7] = key2(7, m1, c0)
	out[8] = key2(8, c0, p1)
	out[9] = key2(9, p1, p2)
	out[10] = key2(10, m1, p1)
	out[11] = key3(11, cl(i-1), cl(i), cl(i+1))
	out[12] = key3(12, m1, c0, p1)
	f := lf[i]
	out[13] = key1(13, rune(f&0xf))
	out[14] = key1(14, rune(f>>4&0xf))
	out[15] = key1(15, rune(f>>8&0xf))
}
