package entity

import (
	"unicode/utf8"

	"github.com/zhpipe/zhpipe/dict/lexicon"
)

// isTitleKind reports whether k is a kind of title word that a name may
// follow: a title (副总统范斯), a credit (记者王小明) or a style (拿督斯里阿末查希).
func isTitleKind(k lexicon.AffixKind) bool {
	switch k {
	case lexicon.TitleCore, lexicon.TitleProfession, lexicon.TitleCredit, lexicon.TitleStyle:
		return true
	}
	return false
}

// followsName reports whether a title or honorific may follow a name
// (拜登总统, 郑立德议员, 王小明律师, 李华女士).
func followsName(k lexicon.AffixKind) bool {
	return k == lexicon.TitleCore || k == lexicon.TitleProfession || k == lexicon.Honorific
}

// strongFollowers may follow a name after a title that is also a common
// noun (作家, 律师): punctuation aside, only these (作家王小明说, not
// 作家庄严的使命).
var strongFollowers = newRuneSet("说說称稱表指认認、和与與及同等")

// strongEnd reports whether a name after a common-noun title may end at end.
func strongEnd(text string, end int) bool {
	r := runeAt(text, end)
	return end >= len(text) || !isHan(r) || strongFollowers.has(r) || hasStopWord(text[end:])
}

// titleNameCands finds names right after a title that neither the lexicon
// nor the dotted rule knows: 副总统范斯, 发言人汪文斌; the names of a credit
// line (记者 王小明 李华, 中央社记者王小明台北24日电); and names after a
// Malaysian style (拿督斯里阿末查希).
func (x *Extractor) titleNameCands(s *scan) []*cand {
	text := s.text
	var out []*cand
	seen := map[int]bool{}
	for _, h := range s.hits {
		if h.h.kind != hitAffix || !isTitleKind(h.h.akind) {
			continue // (the affix's kind is in the hit: no look-up in the table)
		}
		a := x.affix(h.h)
		if a == nil || !isTitleKind(a.Kind) || seen[h.end] || x.insideLongerTitle(s, h) {
			continue
		}
		e := h.end
		seen[e] = true
		if a.Kind == lexicon.TitleCredit {
			out = append(out, x.creditNames(s, e)...)
			continue
		}
		if x.startsKnown(s, e) || isDot(runeAt(text, e)) {
			continue
		}
		if a.Kind == lexicon.TitleStyle {
			if end, n := styleRun(text, e); n >= 2 {
				out = append(out, newCand(e, end, Person, prioTitleName))
			}
			continue
		}
		strict := a.Kind == lexicon.TitleProfession
		end, n := translitRun(text, e, 6)
		if m, k := malayRun(text, e); n >= 1 && k > n && x.nameEndBoundary(s, m) {
			end, n = m, k // 阿末扎希: a Malay name with 末 after a title
		}
		if n >= 2 && !isDot(runeAt(text, end)) && (!strict || strongEnd(text, end)) && !notName(text[e:end]) {
			out = append(out, newCand(e, end, Person, prioTitleName))
			continue
		}
		if end, ok := x.chineseNameAt(s, e, false); ok && (!strict || strongEnd(text, end)) {
			out = append(out, surnameCand(e, end))
		}
	}
	return out
}

// surnameCand is a Chinese name that a rule read from its surname next to a
// title, an honorific or in a credit line.
func surnameCand(start, end int) *cand {
	c := newCand(start, end, Person, prioSurname)
	c.surname = true
	return c
}

// insideLongerTitle reports whether the title word h lies inside a longer
// title word that ends after it (拿督 in 拿督斯里).
func (x *Extractor) insideLongerTitle(s *scan, h lexHit) bool {
	for _, o := range s.starting(h.start) {
		if a := x.affix(o.h); a != nil && isTitleKind(a.Kind) && o.end > h.end {
			return true
		}
	}
	return false
}

// creditNames reads the names of a credit line after its title word:
// 记者 王小明 李华, 编辑：李华, 中央社记者王小明台北24日电. The names are
// separated by a space or 、, and one space or colon may follow the title.
func (x *Extractor) creditNames(s *scan, e int) []*cand {
	text := s.text
	if r := runeAt(text, e); r == ' ' || r == '　' || r == '：' || r == ':' {
		e += utf8.RuneLen(r)
	}
	var out []*cand
	for len(out) < 6 {
		if x.startsKnown(s, e) {
			break
		}
		end, ok := x.chineseNameAt(s, e, false)
		if !ok {
			break
		}
		out = append(out, surnameCand(e, end))
		r := runeAt(text, end)
		if r != ' ' && r != '　' && r != '、' {
			break
		}
		e = end + utf8.RuneLen(r)
	}
	return out
}

// styleRun returns the end and length of the name after a style
// (丹斯里阿末查希): a run of transliteration characters, with the few
// more that Malay and Arabic names use.
func styleRun(text string, i int) (int, int) {
	n := 0
	for i < len(text) && n < 8 {
		if n > 0 && hasStopWord(text[i:]) {
			break
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if !translit.has(r) && !malayTranslit.has(r) {
			break
		}
		i += size
		n++
	}
	return i, n
}

// malayRun returns the end and length of a run of transliteration
// characters at i in which the characters of Malay and Arabic names
// (malayTranslit) may follow the first: 阿末扎希, 阿都拉 (at most 6).
func malayRun(text string, i int) (int, int) {
	n := 0
	for i < len(text) && n < 6 {
		if n > 0 && hasStopWord(text[i:]) {
			break
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if !translit.has(r) && (n == 0 || !malayTranslit.has(r)) {
			break
		}
		i += size
		n++
	}
	return i, n
}

// malayTranslit holds characters of Malay and Arabic names in Chinese that
// translit lacks (阿末, 哈山); they are read after a style, and after a
// title when a transliteration character starts the name (阿末扎希).
var malayTranslit = newRuneSet("末山赞贊都丁沙鲁魯敏祖旺慕立")

// surnameLen returns the length in runes of the Chinese surname at i: 2 for
// a compound surname (欧阳), 1 for a single one, 0 if none.
func (x *Extractor) surnameLen(text string, i int) int {
	r, size := utf8.DecodeRuneInString(text[i:])
	if i+size < len(text) {
		r2, size2 := utf8.DecodeRuneInString(text[i+size:])
		if x.lex.Surnames[string(r)+string(r2)] && size2 > 0 {
			return 2
		}
	}
	if r != utf8.RuneError && x.lex.Surnames[string(r)] {
		return 1
	}
	return 0
}

// chineseNameAt reads a Chinese name starting at i: a surname and one or two
// more characters (欧阳立新 with a compound surname; with double, a married
// woman's two surnames: 陈李美华), followed by something that may follow a
// name. The longest reading that fits wins.
func (x *Extractor) chineseNameAt(s *scan, i int, double bool) (int, bool) {
	text := s.text
	sl := x.surnameLen(text, i)
	if sl == 0 {
		return 0, false
	}
	lengths := []int{3, 2}
	if sl == 2 {
		lengths = []int{4, 3}
	} else if _, size := utf8.DecodeRuneInString(text[i:]); double && i+size < len(text) && x.surnameLen(text, i+size) == 1 {
		lengths = []int{4, 3, 2} // 陈李美华, 李王美玲
	}
	for _, k := range lengths {
		end, ok := hanRun(text, i, k)
		if !ok || notName(text[i:end]) {
			continue
		}
		if x.nameMayEnd(s, end) {
			return end, true
		}
	}
	return 0, false
}

// hanRun reports whether the k runes at i are Han characters that may stand
// in a name (no stop character, no character that follows names after the
// first), and returns their end.
func hanRun(text string, i, k int) (int, bool) {
	p := i
	for n := 0; n < k; n++ {
		if p >= len(text) {
			return 0, false
		}
		r, size := utf8.DecodeRuneInString(text[p:])
		if !isHan(r) || (stopChars.has(r) && !(n > 0 && givenNameChar(text, p))) ||
			(n > 0 && (nameFollowers.has(r) || creditEnd(text, p))) {
			return 0, false
		}
		p += size
	}
	return p, true
}

// givenNameChar reports whether the stop character at i stands in a given
// name (钱其琛, 欧阳立新, 宋从文) rather than starting a word (其实, 从而).
func givenNameChar(text string, i int) bool {
	r, size := utf8.DecodeRuneInString(text[i:])
	next := runeAt(text, i+size)
	return (r == '其' || r == '从' || r == '從') && isHan(next) && !givenNameBreak.has(next)
}

var givenNameBreak = newRuneSet("实實他中余餘次而此未来來事")

// creditEnd reports whether the end of a credit line starts at i: 报道,
// 摄 (温宪摄), 电 or 讯 before a bracket or punctuation (台北24日电）).
func creditEnd(text string, i int) bool {
	for _, w := range []string{"报道", "報導", "报导", "報道", "摄", "攝"} {
		if len(text)-i >= len(w) && text[i:i+len(w)] == w {
			return true
		}
	}
	r, size := utf8.DecodeRuneInString(text[i:])
	return (r == '电' || r == '電' || r == '讯' || r == '訊') && !isHan(runeAt(text, i+size))
}

// nameMayEnd reports whether a Chinese name read by a rule may end at end:
// at the end of the text or before a character that is no Han character
// or that follows names, a stop word, a weekday (耿爽周三表示), a title or
// honorific (郑立德议员), or a place that starts a dateline (记者王小明台北24日电).
func (x *Extractor) nameMayEnd(s *scan, end int) bool {
	text := s.text
	if end >= len(text) {
		return true
	}
	r := runeAt(text, end)
	if !isHan(r) || nameFollowers.has(r) || hasStopWord(text[end:]) || weekdayAt(text, end) || creditEnd(text, end) {
		return true
	}
	for _, h := range s.starting(end) {
		switch h.h.kind {
		case hitPlace:
			if dateline(text, h.end) {
				return true
			}
		case hitAffix:
			if followsName(x.affix(h.h).Kind) {
				return true
			}
		}
	}
	return false
}

// dateline reports whether a date follows a place at i (台北24日电,
// 北京3月1日讯, 台北2024年5月6日电): digits or Chinese numerals, then 日
// or 月, with a year before them.
func dateline(text string, i int) bool {
	n, digits := 0, 0
	for p := i; p < len(text) && n < 12; n++ {
		r, size := utf8.DecodeRuneInString(text[p:])
		switch {
		case r >= '0' && r <= '9', r >= '０' && r <= '９', numeralChars.has(r):
			p += size
			digits++
			continue
		case r == '年' && digits >= 2 && p > i:
			p += size
			digits = 0
			continue
		case r == '日' || r == '月':
			return digits > 0
		}
		return false
	}
	return false
}

var numeralChars = newRuneSet("〇零一二三四五六七八九十廿卅")

// weekdayAt reports whether a weekday starts at i: 周三, 週日, 星期一.
func weekdayAt(text string, i int) bool {
	r, size := utf8.DecodeRuneInString(text[i:])
	switch r {
	case '周', '週':
		return weekdayChars.has(runeAt(text, i+size))
	case '星':
		return runeAt(text, i+size) == '期'
	}
	return false
}

var weekdayChars = newRuneSet("一二三四五六日天末")

// notNames are words that begin with a surname and are no name: after a
// title or before an honorific they are read as running text.
var notNames = map[string]bool{
	"许多": true, "許多": true, "任何": true, "何时": true, "何時": true, "高度": true, "周边": true,
	"周邊": true, "周年": true, "周末": true, "週末": true, "周内": true, "周內": true, "石油": true,
	"金融": true, "黄金": true, "黃金": true, "曾经": true, "曾經": true, "余下": true, "高层": true,
	"高層": true, "高级": true, "高級": true, "杨树": true, "江山": true, "林业": true, "林業": true,
	"黎明": true, "雷达": true, "雷達": true, "毛利": true, "苏联": true, "蘇聯": true, "秦朝": true,
	"宋朝": true, "唐朝": true, "郑重": true, "鄭重": true, "钟头": true, "鐘頭": true, "孟加拉": true,
	"夏季": true, "秋季": true, "董事": true, "董事会": true, "董事會": true, "潘多拉": true,
	"任内": true, "任內": true, "任期": true, "任职": true, "任職": true, "任上": true, "任满": true,
	"任滿": true, "期间": true, "期間": true,
	// verbs of meeting and thanking before a title (晋见总理, 多谢局长)
	"晋见": true, "晉見": true, "谒见": true, "謁見": true, "觐见": true, "覲見": true, "多谢": true, "多謝": true,
	"谢谢": true, "謝謝": true, "祝贺": true, "祝賀": true,
	// words that start with the surnames 区 and 查
	"区里": true, "區裡": true, "區里": true, "区内": true, "區內": true, "区委": true, "區委": true, "区域": true, "區域": true,
	"查明": true, "查处": true, "查處": true, "查获": true, "查獲": true, "查询": true, "查詢": true,
}

// notName reports whether a name read by a rule is a word (许多) or a
// weekday (周三).
func notName(s string) bool {
	if notNames[s] || weekdayAt(s, 0) {
		return true
	}
	// A word of notNames that starts s ends where a rune of s does: look
	// up each shorter prefix.
	for i := 0; i < len(s); {
		if notNames[s[:i]] {
			return true
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return false
}
