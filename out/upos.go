package out

import (
	"slices"
	"strings"
	"unicode"
)

// Universal Dependencies part-of-speech tags (UD v2), as written in the
// UPOS column of CoNLL-U.
const (
	uposADJ   = "ADJ"
	uposADP   = "ADP"
	uposADV   = "ADV"
	uposAUX   = "AUX"
	uposCCONJ = "CCONJ"
	uposDET   = "DET"
	uposINTJ  = "INTJ"
	uposNOUN  = "NOUN"
	uposNUM   = "NUM"
	uposPART  = "PART"
	uposPRON  = "PRON"
	uposPROPN = "PROPN"
	uposPUNCT = "PUNCT"
	uposSCONJ = "SCONJ"
	uposSYM   = "SYM"
	uposVERB  = "VERB"
	uposX     = "X"
)

// uposByTag maps gse's tags (the ICTCLAS/jieba set of its dictionaries, plus
// "w" and "eng" that zhpipe's segmenter adds) to UD tags. The choices that
// need a word of explanation:
//
//   - q (classifiers, 个 位 项) are NOUN, as in UD Chinese-GSD, which tags
//     them NOUN with NounType=Clf (we leave FEATS empty).
//   - t (time nouns) and s (place words) are NOUN.
//   - b (non-predicative adjectives, 主 副 单一) and z (descriptive words)
//     are ADJ.
//   - i and l (idioms, fixed expressions) are VERB: in news text they are
//     mostly predicates (实事求是, 与时俱进).
//   - j (abbreviations, 沪 人大) are PROPN: most of them shorten names.
//   - h, k (prefixes and suffixes 非, 者), u* and y (modal particles) are
//     PART, except the aspect particles (ul 了, uz 着, ug 过), which UD
//     Chinese tags AUX; o (onomatopoeia) and e (interjections) are INTJ.
//   - g and zg (bound morphemes left alone) are X, like eng (Latin words),
//     except the common function words gse's dictionary tags zg (为 向 并
//     们 很 …), which have their own entries in boundWords.
//
// f, r, c, x and w depend on the word as well, and so do auxiliaries; see
// UPOS.
var uposByTag = map[string]string{
	"n": uposNOUN, "ng": uposNOUN, "nl": uposNOUN, "nx": uposX,
	"nr": uposPROPN, "nr1": uposPROPN, "nr2": uposPROPN, "nrj": uposPROPN, "nrf": uposPROPN,
	"nrt": uposPROPN, "nrfg": uposPROPN, "ns": uposPROPN, "nsf": uposPROPN, "nt": uposPROPN, "nz": uposPROPN,
	"j": uposPROPN,
	"t": uposNOUN, "tg": uposNOUN, "s": uposNOUN,
	"v": uposVERB, "vn": uposVERB, "vg": uposVERB, "vd": uposVERB, "vi": uposVERB, "vq": uposVERB,
	"vf": uposVERB, "vx": uposVERB, "vl": uposVERB, "vshi": uposVERB, "vyou": uposVERB,
	"i": uposVERB, "l": uposVERB,
	"a": uposADJ, "ad": uposADJ, "an": uposADJ, "ag": uposADJ, "al": uposADJ,
	"b": uposADJ, "bl": uposADJ, "z": uposADJ,
	"d": uposADV, "df": uposADV, "dg": uposADV,
	"p": uposADP, "pba": uposADP, "pbei": uposADP,
	"cc": uposCCONJ,
	"m":  uposNUM, "mq": uposNUM, "mg": uposNUM,
	"q": uposNOUN, "qv": uposNOUN, "qt": uposNOUN,
	"u": uposPART, "uj": uposPART, "ul": uposAUX, "uz": uposAUX, "ud": uposPART, "uv": uposPART,
	"ug": uposAUX, "ude1": uposPART, "ude2": uposPART, "ude3": uposPART, "ule": uposAUX,
	"uzhe": uposAUX, "uguo": uposAUX, "usuo": uposPART, "udeng": uposPART, "uyy": uposPART,
	"udh": uposPART, "uls": uposPART, "uzhi": uposPART, "ulian": uposPART,
	"y": uposPART, "h": uposPART, "k": uposPART,
	"o": uposINTJ, "e": uposINTJ,
	"g": uposX, "zg": uposX, "eng": uposX,
}

// localizers are the f (方位词) words that follow a noun phrase like a
// postposition (桌子上, 两年以来); UD Chinese tags them ADP. Other f words
// (西端, 背后) name places and stay NOUN.
var localizers = map[string]bool{
	"上": true, "下": true, "中": true, "内": true, "外": true, "前": true, "后": true, "里": true,
	"间": true, "旁": true, "边": true, "底": true, "末": true, "初": true, "左右": true,
	"当中": true, "期间": true, "以来": true, "为止": true,
}

// subordinators are the c words that introduce a clause (SCONJ in UD);
// every other conjunction is CCONJ.
var subordinators = map[string]bool{
	"如果": true, "若": true, "若是": true, "倘若": true, "倘": true, "假如": true, "假若": true, "要是": true,
	"如若": true, "因为": true, "由于": true, "虽然": true, "虽": true, "虽说": true, "尽管": true,
	"只要": true, "只有": true, "除非": true, "哪怕": true, "即使": true, "即便": true, "既然": true,
	"不管": true, "无论": true, "不论": true, "以便": true, "以免": true, "免得": true, "一旦": true,
}

// determiners are the r words UD Chinese tags DET (demonstratives and
// quantifying pronouns in front of a noun); other pronouns are PRON.
var determiners = map[string]bool{
	"这": true, "那": true, "此": true, "该": true, "各": true, "每": true, "本": true, "某": true,
	"这些": true, "那些": true, "这个": true, "那个": true, "这种": true, "那种": true, "其他": true,
	"其它": true, "任何": true, "所有": true, "一切": true, "诸": true, "全体": true,
}

// auxiliaries are the words UD Chinese tags AUX (the copula 是, modal verbs,
// the passive 被, aspect particles), each with the gse tags under which it
// is that auxiliary: 会 tagged n is a meeting, 过 tagged v is to cross.
var auxiliaries = map[string][]string{
	"是": {"v", "vshi"}, "会": {"v", "zg"}, "能": {"v", "zg"}, "能够": {"v"}, "可以": {"v"}, "应该": {"v"}, "应当": {"v"},
	"被": {"p", "pbei"}, "了": {"u", "ul", "ule", "zg"}, "着": {"u", "uz", "uzhe", "zg"}, "过": {"u", "ug", "uguo", "zg"},
}

// boundWords are the common function and content words that gse's
// dictionary tags zg (a bound morpheme) although they stand alone in text.
var boundWords = map[string]string{
	"为": uposADP, "向": uposADP, "给": uposADP, "当": uposADP, "里": uposADP, "内": uposADP,
	"并": uposADV, "很": uposADV, "却": uposADV, "仍": uposADV, "较": uposADV, "才": uposADV, "都": uposADV,
	"们": uposPART, "每": uposDET,
	"级": uposNOUN, "家": uposNOUN, "村": uposNOUN, "县": uposNOUN,
	"出": uposVERB, "占": uposVERB,
}

// UPOS returns the Universal Dependencies tag for a word whose gse tag is
// pos; word is the token's Simplified form, which decides for auxiliaries
// (是 会 被 了 …: AUX), localizers (f), pronouns (r), conjunctions (c),
// function words tagged zg, and untagged tokens (x, w): punctuation is
// PUNCT, symbols SYM, anything else X. Unknown tags fall back on their first
// letter (n… NOUN, v… VERB, a… ADJ …) and then on X.
func UPOS(pos, word string) string {
	if slices.Contains(auxiliaries[word], pos) {
		return uposAUX
	}
	if pos == "zg" {
		if u, ok := boundWords[word]; ok {
			return u
		}
	}
	switch {
	case pos == "f" || strings.HasPrefix(pos, "f"):
		if localizers[word] || strings.HasPrefix(word, "以") || strings.HasPrefix(word, "之") {
			return uposADP
		}
		return uposNOUN
	case pos == "c":
		if subordinators[word] {
			return uposSCONJ
		}
		return uposCCONJ
	case pos == "r" || strings.HasPrefix(pos, "r"):
		if pos == "rz" || determiners[word] {
			return uposDET
		}
		return uposPRON
	case pos == "x" || pos == "w" || strings.HasPrefix(pos, "w") || pos == "":
		return symbolClass(word)
	}
	if u, ok := uposByTag[pos]; ok {
		return u
	}
	switch pos[0] {
	case 'n':
		return uposNOUN
	case 'v':
		return uposVERB
	case 'a', 'b':
		return uposADJ
	case 'd':
		return uposADV
	case 'p':
		return uposADP
	case 'u':
		return uposPART
	case 'm':
		return uposNUM
	case 'q', 't', 's':
		return uposNOUN
	}
	return uposX
}

// symbolClass tells punctuation (PUNCT) from symbols (SYM) and from the
// words gse left untagged (X).
func symbolClass(word string) string {
	if word == "" {
		return uposX
	}
	punct, sym := 0, 0
	for _, r := range word {
		switch {
		case unicode.IsPunct(r):
			punct++
		case unicode.IsSymbol(r):
			sym++
		default:
			return uposX
		}
	}
	if sym > 0 {
		return uposSYM
	}
	return uposPUNCT
}
