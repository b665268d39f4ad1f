package entity

import (
	"unicode"
	"unicode/utf8"
)

// isDot reports whether r joins the parts of a transliterated name
// (马尔科·A·卢比奥): the middle dots and bullets that Chinese text uses.
func isDot(r rune) bool {
	switch r {
	case '·', '‧', '•', '・', '．', '･', '∙', '⋅':
		return true
	}
	return false
}

// fold maps the runes that the matcher treats as equal to one form: every
// name dot to '·', full-width ASCII to ASCII.
func fold(r rune) rune {
	if r >= 0x3400 && r < 0xFF01 {
		return r // Han and kana: no dot (all below or at the full-width forms)
	}
	if isDot(r) {
		return '·'
	}
	if r >= 0xFF01 && r <= 0xFF5E {
		return r - 0xFEE0
	}
	return r
}

// isHan reports whether r is a Han character; the CJK Unified Ideographs
// block, all Han, is answered without the table.
func isHan(r rune) bool {
	if r >= 0x4E00 && r <= 0x9FFF {
		return true
	}
	return r >= 0x2E80 && unicode.Is(unicode.Han, r)
}

func isASCIILetter(r rune) bool { return r < 0x80 && unicode.IsLetter(r) }

func isASCIIAlnum(r rune) bool { return r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)) }

// runeSet is a set of runes, written as a string: a bit set over the
// runes from its lowest to its highest.
type runeSet struct {
	chars string
	lo    rune
	bits  []uint64
	// first[b>>6] bit b: a byte b that may start a rune of the set (an
	// ASCII member, or the lead byte of a member's UTF-8 form; every lead
	// byte when the set holds utf8.RuneError, which invalid input decodes
	// to).
	first *[4]uint64
	// tail, bit (b1&63)<<6 | b2&63: the continuation bytes b1 b2 of a
	// three-byte member; nil when the set holds utf8.RuneError (a lead
	// byte of three then may decode to a member without them).
	tail *[64]uint64
}

func newRuneSet(chars string) runeSet {
	s := runeSet{chars: chars}
	if chars == "" {
		return s
	}
	lo, hi := rune(utf8.MaxRune), rune(0)
	for _, r := range chars {
		lo, hi = min(lo, r), max(hi, r)
	}
	s.lo, s.bits, s.first, s.tail = lo, make([]uint64, (hi-lo)/64+1), new([4]uint64), new([64]uint64)
	var buf [utf8.UTFMax]byte
	for _, r := range chars {
		s.bits[(r-lo)>>6] |= 1 << (uint(r-lo) & 63)
		if n := utf8.EncodeRune(buf[:], r); n == 3 {
			k := tailKey(buf[1], buf[2])
			s.tail[k>>6] |= 1 << (k & 63)
		}
		s.first[buf[0]>>6] |= 1 << (buf[0] & 63)
	}
	if s.has(utf8.RuneError) {
		s.first[3] = ^uint64(0) // lead bytes 0xC0–0xFF
		s.tail = nil
	}
	return s
}

// tailKey numbers the continuation bytes of a three-byte rune for
// runeSet.tail.
func tailKey(b1, b2 byte) uint { return uint(b1&63)<<6 | uint(b2&63) }

// has reports whether r is in s.
func (s runeSet) has(r rune) bool {
	i := r - s.lo
	return i >= 0 && int(i>>6) < len(s.bits) && s.bits[i>>6]&(1<<(uint(i)&63)) != 0
}

// translit holds the characters that Chinese uses to transliterate foreign
// names, in Simplified and Traditional forms. A run of them after a title or
// around a name dot is read as a name.
var translit = newRuneSet("阿埃艾爱愛安奥奧巴拜班邦贝貝比彼毕畢波伯布查达達戴丹道德迪蒂丁东東杜多厄恩法范菲费費芬弗福盖蓋冈岡戈格古哈海汉漢豪赫亨胡华華怀懷霍基吉加贾賈杰傑金卡凯凱坎康考柯科克肯库庫奎拉莱萊兰蘭劳勞勒雷里利莉连連林琳卢盧鲁魯伦倫罗羅洛马馬玛瑪迈邁麦麥曼梅蒙米摩莫默穆纳納奈南内內尼妮纽紐努诺諾欧歐帕派潘庞龐佩彭皮珀普奇齐齊恰乔喬切琼瓊丘若萨薩塞赛賽桑瑟森沙莎尚什施舒斯松苏蘇索塔泰坦汤湯唐特提托图圖瓦万萬威韦韋维維温溫沃乌烏伍西希夏谢謝辛休雅亚亞扬揚耶伊英尤约約泽澤扎詹兹茲佐茨娜娅婭丽麗黛露芭琪蕾贡貢夫尔爾翰姆斐瑞茜薇钦欽列廷顿頓逊遜翁汀芙娃佛朗叶葉涅舍略罕保史密修")

// stopChars never occur inside a title or a name built by a rule: they mark
// where a clause's verb or preposition is.
var stopChars = newRuneSet("的了在是将將由对對向被把据據称稱说說为為让讓请請跟给給于於从從即则則又也还還并並但而就已曾均都等如之其这這那")

// strictStops end the run of an organization's or country's name: the
// stop characters and conjunctions (中国共产党同各民主党, 英国或英联邦).
var strictStops = newRuneSet(stopChars.chars + "和与與及同跟或各")

// nameFollowers may follow a Chinese name found after a title.
var nameFollowers = newRuneSet("表说說称稱指在于於等和与與及、的也则則将將曾还還就会會对對向率出强強认認宣透介接访訪以到已并並是今昨同一均亦又受，。；：！？,.;:!?（(“\"」』）)")

// nameStopWords end a transliterated name: a run of name characters stops
// before them (萨克斯特别… is 萨克斯 + 特别).
var nameStopWords = []string{
	"特别", "特別", "表示", "认为", "認為", "指出", "强调", "強調", "提出", "访问", "訪問", "会见", "會見",
	"出席", "主持", "发表", "發表", "签署", "簽署", "宣布", "宣佈", "此前", "随后", "隨後", "目前", "当时", "當時",
	"政府", "总统", "總統", "先生", "女士", "一行", "本人", "率领", "率領", "利用", "加强", "加強", "基于", "基於",
	"科技", "比较", "比較", "内容", "內容", "安全", "多次", "多国", "多國", "时期", "時期", "当局", "當局", "内阁", "內閣",
	"夫人", "家族", "任内", "任內", "上台", "上任", "所在", "团队", "團隊",
	"安排", "安抚", "安撫", "达成", "達成", "马上", "馬上", "克服", "特意", "特地", "多年", "加上", "利益",
	"夫妇", "夫婦", "夫妻", "一家", "父子", "母子", "兄弟", "二人", "两人", "兩人",
}

// indexRuneSet returns the index of the first rune of s in set, or -1: it
// is strings.IndexAny(s, set.chars), reading only the bytes that start a
// rune (a byte that starts one is never inside another, valid or not).
// Bytes that start no rune of the set are passed over without decoding,
// and so are the lead bytes of three whose two continuation bytes end no
// member (set.tail).
func indexRuneSet(s string, set runeSet) int {
	if set.first == nil {
		return -1 // the empty set
	}
	first := set.first
	for i := 0; i < len(s); i++ {
		b := s[i]
		if first[b>>6]&(1<<(b&63)) == 0 {
			continue
		}
		switch {
		case b < utf8.RuneSelf:
			if set.has(rune(b)) {
				return i
			}
		case b >= 0xC0:
			if b >= 0xE0 && b < 0xF0 && set.tail != nil && i+2 < len(s) {
				// A lead byte of three decodes to a rune whose continuation
				// bytes are s[i+1:i+3], or to utf8.RuneError, not in the set.
				if k := tailKey(s[i+1], s[i+2]); set.tail[k>>6]&(1<<(k&63)) == 0 {
					continue
				}
			}
			if r, _ := utf8.DecodeRuneInString(s[i:]); set.has(r) {
				return i
			}
		}
	}
	return -1
}

// decodeAt is utf8.DecodeRuneInString(s[i:]) for i < len(s), with the
// runes of one and three bytes (ASCII and CJK text) decoded in line.
func decodeAt(s string, i int) (rune, int) {
	b := s[i]
	if b < utf8.RuneSelf {
		return rune(b), 1
	}
	if b&0xF0 == 0xE0 && i+2 < len(s) {
		b1, b2 := s[i+1], s[i+2]
		if b1&0xC0 == 0x80 && b2&0xC0 == 0x80 {
			// Valid unless overlong (below U+0800) or a surrogate.
			if r := rune(b&0x0F)<<12 | rune(b1&0x3F)<<6 | rune(b2&0x3F); r >= 0x800 && (r < 0xD800 || r > 0xDFFF) {
				return r, 3
			}
		}
	}
	return utf8.DecodeRuneInString(s[i:])
}
