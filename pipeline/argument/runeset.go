package argument

import "unicode"

// runeBits is a set of runes as a bitmap over the Basic Multilingual
// Plane, with the rare runes above it in a list: a test costs a shift
// and a mask, where strings.ContainsRune over a literal searches it.
type runeBits struct {
	bmp  [1024]uint64
	high []rune
}

func (b *runeBits) add(r rune) {
	if r >= 0 && r < 0x10000 {
		b.bmp[r>>6] |= 1 << (r & 63)
		return
	}
	b.high = append(b.high, r)
}

func (b *runeBits) has(r rune) bool {
	if r >= 0 && r < 0x10000 {
		return b.bmp[r>>6]&(1<<(r&63)) != 0
	}
	for _, x := range b.high {
		if x == r {
			return true
		}
	}
	return false
}

// newRuneBits returns the set of the runes of s.
func newRuneBits(s string) *runeBits {
	b := &runeBits{}
	for _, r := range s {
		b.add(r)
	}
	return b
}

// isHanRune is unicode.Is(unicode.Han, r), answering the unified
// ideographs U+4E00–U+9FFF, all Han (TestIsHanRune), without a search of
// the table.
func isHanRune(r rune) bool {
	return r >= 0x4E00 && r <= 0x9FFF || unicode.Is(unicode.Han, r)
}

// hanAt reports whether s[i:e] starts with a well-formed three-byte
// sequence led by E4–E9: a character of U+4000–U+9FFF (the unified Han
// ideographs and the end of Extension A), which no punctuation or mark
// the scanners look for is. A scan may step over it by three bytes,
// exactly as decoding would.
func hanAt(s string, i, e int) bool {
	return i+2 < e && s[i]-0xE4 < 6 && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80
}

// wideAt reports whether s[i:e] starts with a well-formed three-byte
// sequence led by E1–EC or EE–EF: a Han character or a CJK or full-width
// mark (，。、：“”…). After those leads every continuation byte is allowed,
// so utf8.DecodeRuneInString reads the three bytes as the rune hanRune
// gives; the scans decode them in line with it (package utf8 decodes
// them out of line).
func wideAt(s string, i, e int) bool {
	return i+2 < e && s[i]-0xE1 < 0x0F && s[i] != 0xED && s[i+1]&0xC0 == 0x80 && s[i+2]&0xC0 == 0x80
}

// suffixIndex holds the words of a list by their last rune, each rune's
// words in the list's order: the words that may end a string s are those
// of s's last rune, so a loop over the list looking for the first suffix
// of s may loop over them alone.
type suffixIndex struct {
	lasts runeBits // the last runes of the words
	words map[rune][]string
}

func newSuffixIndex(words []string) *suffixIndex {
	x := &suffixIndex{words: map[rune][]string{}}
	for _, w := range words {
		r, _ := decodeLastRune(w)
		x.lasts.add(r)
		x.words[r] = append(x.words[r], w)
	}
	return x
}

// ending returns the words that may end s, in the list's order.
func (x *suffixIndex) ending(s string) []string {
	r, _ := decodeLastRune(s)
	if !x.lasts.has(r) {
		return nil
	}
	return x.words[r]
}

// hanRune decodes the character at s[i:] where hanAt holds.
func hanRune(s string, i int) rune {
	return rune(s[i]&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
}

// numeralHan are the Han characters a Chinese numeral may start with
// (parseNumeral; 〇 lies outside the Han block).
var numeralHan = newRuneBits("零一二两三四五六七八九十百千万")

// hanNonNumeral reports whether s[i:e] starts with a Han character (see
// hanAt) that no numeral starts with: a scan for numbers may step over
// it by three bytes.
func hanNonNumeral(s string, i, e int) bool {
	return hanAt(s, i, e) && !numeralHan.has(hanRune(s, i))
}

// firstRunes returns the set of the first runes of the words of lists.
func firstRunes(lists ...[]string) *runeBits {
	b := &runeBits{}
	for _, ws := range lists {
		for _, w := range ws {
			r, _ := decodeRune(w)
			b.add(r)
		}
	}
	return b
}
