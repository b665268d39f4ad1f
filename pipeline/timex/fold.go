package timex

import (
	"strings"
	"unicode/utf8"
)

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

// text is the folded form of an input string with a map back to byte
// offsets of the original.
type text struct {
	rs []rune
	s  string // the folded runes, as UTF-8
	// The byte offsets of rune i in s (sb) and in the original (off), for
	// i from 0 to len(rs): a base per block of 1<<textBlockBits runes plus
	// 16 bits within the block, 4 bytes a rune for both tables.
	sbBase, offBase []int
	sbLow, offLow   []uint16
}

// textBlockBits sets the runes of a block of text's offset tables: a rune
// takes at most 4 bytes, so 4,096 of them span less than 1<<16 bytes.
const textBlockBits = 12

// sb returns the byte offset of rune i in the folded string;
// sb(len(rs)) == len(s).
func (t *text) sb(i int) int { return t.sbBase[i>>textBlockBits] + int(t.sbLow[i]) }

// off returns the byte offset of rune i in the original; off(len(rs)) is
// the original's length.
func (t *text) off(i int) int { return t.offBase[i>>textBlockBits] + int(t.offLow[i]) }

// newText folds orig with one allocation for the runes, one for the
// offsets within blocks, one for the blocks' bases and one for the
// folded string. The runes that fold leaves as they are are copied to the
// folded string in runs.
func newText(orig string) *text {
	const mask = 1<<textBlockBits - 1
	n := utf8.RuneCountInString(orig)
	blocks := n>>textBlockBits + 1
	t := &text{rs: make([]rune, n)}
	low := make([]uint16, 2*(n+1))
	t.offLow, t.sbLow = low[:n+1:n+1], low[n+1:]
	base := make([]int, 2*blocks)
	t.offBase, t.sbBase = base[:blocks:blocks], base[blocks:]
	var b strings.Builder
	b.Grow(len(orig))
	run := 0 // orig[run:i] is copied as it is, after what b holds
	fb := 0  // the folded string's length so far, the run included
	k := 0
	for i := 0; i < len(orig); k++ {
		if k&mask == 0 {
			t.offBase[k>>textBlockBits], t.sbBase[k>>textBlockBits] = i, fb
		}
		t.offLow[k] = uint16(i - t.offBase[k>>textBlockBits])
		t.sbLow[k] = uint16(fb - t.sbBase[k>>textBlockBits])
		r, size := rune(orig[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(orig[i:])
		}
		f := fold(r)
		t.rs[k] = f
		if f == r && r != utf8.RuneError {
			fb += size
		} else {
			b.WriteString(orig[run:i])
			b.WriteRune(f)
			run = i + size
			fb = b.Len()
		}
		i += size
	}
	b.WriteString(orig[run:])
	if k&mask == 0 {
		t.offBase[k>>textBlockBits], t.sbBase[k>>textBlockBits] = len(orig), fb
	}
	t.offLow[k] = uint16(len(orig) - t.offBase[k>>textBlockBits])
	t.sbLow[k] = uint16(fb - t.sbBase[k>>textBlockBits])
	t.s = b.String()
	return t
}

// runeIndex returns the rune index of byte offset b of the folded string,
// searching forward from rune i (b must be at or after sb(i) and on a
// rune boundary).
func (t *text) runeIndex(i, b int) int {
	for i < len(t.rs) && t.sb(i) < b {
		i++
	}
	return i
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
