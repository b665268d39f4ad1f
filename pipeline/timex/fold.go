package timex

import "unicode/utf8"

// foldPairs maps the Traditional (and variant) characters that occur in
// date and time words to the Simplified forms the rules are written in.
const foldPairs = "臺台標标準准紐纽倫伦韓韩歐欧協协調调雙双讯讯導导報报設设圖图復复穌稣難难體体靈灵臨临齋斋爾尔燈灯豐丰龐庞麗丽灑洒紅红歡欢猶犹獨独贖赎經经轉转誦诵樹树毀毁門门歸归闆板費费餅饼穫获實实東东獻献燭烛馬马衛卫寶宝薩萨龍龙樂乐蘭兰羅罗蘇苏義义覺觉視视滿满種种處处驚惊穀谷露露霜霜搭搭踏踏字字晏晏尋寻聽听專专綜综記记者者時时週周號号後后兩两點点萬万億亿個个鐘钟禮礼這这來来國国慶庆節节誕诞聖圣兒儿勞劳動动婦妇軍军紀纪歲岁內内間间開开際际過过當当從从於于曆历農农陰阴陽阳閏闰臘腊頭头淩凌現现幾几間间晝昼倆俩週周屆届壹一貳二參三陸六傍傍歡欢慶庆誕诞萬万聖圣愚愚師师親亲會会夢梦終终務务權权條条發发資资區区廠厂價价產产億亿單单與与員员黨党將将數数幣币億亿餘余檔档達达約约計计總总們们華华盛盛頓顿報报導导電电訊讯學学紀纪僅仅屆届無无歷历閱阅為为進进對对點点樓楼節节許许財财"

// fold returns r in the form the rules use: Simplified for the characters
// above, ASCII for full-width ASCII, "-" for dashes, "~" for tildes.
func fold(r rune) rune {
	switch {
	case r >= '！' && r <= '～':
		r = r - '！' + '!'
	case r == '—' || r == '–' || r == '－' || r == '‐' || r == '―' || r == '−':
		return '-'
	case r == '〜' || r == '∼':
		return '~'
	case r == '：':
		return ':'
	case r == '\u3000':
		return ' '
	}
	if r < 0x3000 {
		return r
	}
	if !foldable.has(r) {
		return r
	}
	return foldTo[foldable.rank(r)]
}

// foldable holds the runes that foldPairs maps, and foldTo what they map
// to, in the order of foldable's ranks.
var foldable, foldTo = func() (*runeSet, []rune) {
	m := make(map[rune]rune)
	s := foldPairs
	for len(s) > 0 {
		a, n := utf8.DecodeRuneInString(s)
		b, k := utf8.DecodeRuneInString(s[n:])
		m[a] = b
		s = s[n+k:]
	}
	var from []rune
	for a := range m {
		from = append(from, a)
	}
	set := newRuneSet(string(from))
	to := make([]rune, len(from))
	for a, b := range m {
		to[set.rank(a)] = b
	}
	return set, to
}()

// text is the folded form of an input string, as runes, with a map back
// to byte offsets of the input. It takes 3 bytes a rune: the folded
// string itself is never kept (its bytes are the runes' UTF-8, which
// hasPrefix and encode compare and write from the runes), and the offsets
// are kept as a base per block of runes plus one byte within the block.
type text struct {
	// rs holds the folded runes of the Basic Multilingual Plane, which
	// the rules read; a rune outside it (never one a rule names) is
	// wideMark there and kept in wide, by index.
	rs   []uint16
	wide []wideRune
	// The byte offset in the input of rune i, for i from 0 to len(rs):
	// offBase per block of 1<<textBlockBits runes plus offLow[i].
	offBase []int
	offLow  []uint8
}

// wideRune is a folded rune outside the Basic Multilingual Plane and its
// index.
type wideRune struct {
	i int
	r rune
}

// wideMark stands in rs for a rune of wide: a surrogate, which no decoded
// rune is (UTF-8 decoding gives utf8.RuneError for one).
const wideMark = 0xD800

// textBlockBits sets the runes of a block of text's offset table: a rune
// takes at most 4 bytes, so the 64 runes of a block start less than 256
// bytes after the block's first one.
const textBlockBits = 6

// n returns the number of runes.
func (t *text) n() int { return len(t.rs) }

// at returns folded rune i (0 <= i < n()).
func (t *text) at(i int) rune {
	if c := t.rs[i]; c != wideMark {
		return rune(c)
	}
	return t.wideAt(i)
}

// wideAt returns the rune of wide at index i.
func (t *text) wideAt(i int) rune {
	lo, hi := 0, len(t.wide)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if t.wide[m].i < i {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return t.wide[lo].r
}

// off returns the byte offset of rune i in the original; off(n()) is the
// original's length.
func (t *text) off(i int) int { return t.offBase[i>>textBlockBits] + int(t.offLow[i]) }

// hasPrefix reports whether the folded runes from i on spell w (valid
// UTF-8), and returns the index after them: what comparing w with the
// folded string at rune i's offset would say.
func (t *text) hasPrefix(i int, w string) (int, bool) {
	rs := t.rs
	for b := 0; b < len(w); i++ {
		if i >= len(rs) {
			return 0, false
		}
		switch c := rs[i]; {
		case c < 0x80:
			if w[b] != byte(c) {
				return 0, false
			}
			b++
		case c < 0x800:
			if b+2 > len(w) || w[b] != 0xC0|byte(c>>6) || w[b+1] != 0x80|byte(c)&0x3F {
				return 0, false
			}
			b += 2
		case c != wideMark:
			if b+3 > len(w) || w[b] != 0xE0|byte(c>>12) || w[b+1] != 0x80|byte(c>>6)&0x3F || w[b+2] != 0x80|byte(c)&0x3F {
				return 0, false
			}
			b += 3
		default:
			var buf [utf8.UTFMax]byte
			e := utf8.EncodeRune(buf[:], t.wideAt(i))
			if b+e > len(w) || w[b:b+e] != string(buf[:e]) {
				return 0, false
			}
			b += e
		}
	}
	return i, true
}

// appendRunes appends the UTF-8 of folded runes [i, j) to buf: the
// folded string's bytes there.
func (t *text) appendRunes(buf []byte, i, j int) []byte {
	for k := i; k < j; k++ {
		if c := t.rs[k]; c < 0x80 {
			buf = append(buf, byte(c))
		} else {
			buf = utf8.AppendRune(buf, t.at(k))
		}
	}
	return buf
}

// newText folds orig with one allocation for the runes, one for the
// offsets within blocks and one for the blocks' bases (and one for the
// runes outside the Basic Multilingual Plane, when there are).
func newText(orig string) *text {
	// The bytes that do not continue a rune count the runes of valid
	// UTF-8 and at most those of any text: a stray continuation byte is a
	// rune of its own (utf8.RuneError).
	n := 0
	for i := 0; i < len(orig); i++ {
		if orig[i]&0xC0 != 0x80 {
			n++
		}
	}
	if t, ok := newTextOf(orig, n); ok {
		return t
	}
	t, _ := newTextOf(orig, utf8.RuneCountInString(orig))
	return t
}

// newTextOf is newText for a text of n runes; it reports false when the
// text has more.
func newTextOf(orig string, n int) (*text, bool) {
	const mask = 1<<textBlockBits - 1
	blocks := n>>textBlockBits + 1
	t := &text{rs: make([]uint16, n), offLow: make([]uint8, n+1), offBase: make([]int, blocks)}
	k := 0
	for i := 0; i < len(orig); k++ {
		if k == n {
			return nil, false
		}
		if k&mask == 0 {
			t.offBase[k>>textBlockBits] = i
		}
		t.offLow[k] = uint8(i - t.offBase[k>>textBlockBits])
		c := orig[i]
		if c < utf8.RuneSelf {
			t.rs[k] = uint16(c) // (fold keeps ASCII)
			i++
			continue
		}
		if c >= 0xE1 && c <= 0xEF && c != 0xED && i+2 < len(orig) && orig[i+1]&0xC0 == 0x80 && orig[i+2]&0xC0 == 0x80 {
			// Three bytes that are a rune by themselves (no surrogate
			// after ED, no overlong form after E0): Han characters,
			// their punctuation, full-width forms.
			r := rune(c&0x0F)<<12 | rune(orig[i+1]&0x3F)<<6 | rune(orig[i+2]&0x3F)
			if r >= 0x3400 && r <= 0x9FFF {
				// (fold changes only the characters of foldPairs here)
				if foldable.has(r) {
					r = foldTo[foldable.rank(r)]
				}
			} else {
				r = fold(r)
			}
			t.rs[k] = uint16(r)
			i += 3
			continue
		}
		r, size := utf8.DecodeRuneInString(orig[i:])
		f := fold(r)
		if f < 0x10000 {
			t.rs[k] = uint16(f)
		} else {
			t.rs[k] = wideMark
			t.wide = append(t.wide, wideRune{k, f})
		}
		i += size
	}
	if k&mask == 0 {
		t.offBase[k>>textBlockBits] = len(orig)
	}
	t.offLow[k] = uint8(len(orig) - t.offBase[k>>textBlockBits])
	return t, k == n
}

// origIndex returns the index of the first rune at or after byte offset b
// of the original (len(rs) when there is none), by binary search.
func (t *text) origIndex(b int) int {
	lo, hi := 0, len(t.rs)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if t.off(m) < b {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}
