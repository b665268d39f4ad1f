package argument

import (
	"strings"
	"sync"
)

// marker is one list marker found in the text.
type marker struct {
	family  string // style plus noun for di-noun, e.g. "di-noun:支柱"
	style   string
	n       int  // ordinal; last for 最后 / 另一方面 is resolved when chaining
	last    bool // 最后: closes a seq list
	start   int  // marker start
	end     int  // marker end (the marker as written)
	body    int  // where the item's text starts (after punctuation)
	para    int  // paragraph index
	atStart bool // the marker opens its paragraph
	first   bool // the marker is in its paragraph's first sentence
	// label: the marker is a label the item is named by (措施一, (A)),
	// so the item's head starts with it.
	label bool
	// part: a 第N+noun marker naming a numbered part (第五條, 第二點),
	// whose lists may start past 1 and skip numbers (a walk through
	// selected parts).
	part bool
	// next: a marker that continues an open list with the next number
	// (然後, 接著, 再者) and never opens one.
	next bool
	// bare: 第N written without the punctuation the list's other markers
	// have (…，第二、乙，第三推動丙): it only continues a 第N list open in
	// the same paragraph, with the next number.
	bare bool
}

// diNouns are the nouns that make 第N+noun a structural marker (第一支柱,
// 第二部分); the text is folded, so Simplified forms suffice.
func diNouns() []string { return diNounsList }

var diNounsList = []string{"支柱", "部分", "章", "节", "条", "款", "步", "阶段", "层次", "板块", "方面", "类", "点", "项", "篇", "单元", "任务", "目标", "原则", "层面", "维度", "领域", "特点", "特征", "大类"}

// diNounFirsts are the first runes of the marker nouns.
var diNounFirsts = firstRunes(diNounsList)

// diNounAt returns the marker noun of diNouns at byte j of f, or "". 个
// comes last: 第一个环节 reads 第一个, leaving 环节 to the head.
func diNounAt(f string, j int) string {
	if r, _ := decodeRune(f[j:]); diNounFirsts.has(r) {
		for _, noun := range diNouns() {
			if strings.HasPrefix(f[j:], noun) {
				return noun
			}
		}
	}
	if strings.HasPrefix(f[j:], "个") {
		return "个"
	}
	return ""
}

// isPartNoun reports whether a 第N+noun marker names a numbered part of a
// text (第五條, 第二點, 第三章): lists of them may start past 1 and skip.
func isPartNoun(noun string) bool {
	switch noun {
	case "条", "款", "项", "章", "节", "点", "部分", "篇":
		return true
	}
	return false
}

// walkPosition reports whether a 第N marker at byte i (its numeral ending
// at j) stands where a walk through parts puts its steps: after a
// semicolon or colon, after 其中, or at a clause start when 是, a comma
// or a colon follows the noun (，第一个是…).
func (d *doc) walkPosition(i, j int) bool {
	prev := d.runeBefore(i)
	if prev == '；' || prev == ';' || prev == '：' || prev == ':' || strings.HasSuffix(d.f[:i], "其中") {
		return true
	}
	if !d.isClauseStart(i) {
		return false
	}
	noun := d.walkNoun(j)
	if noun == "" {
		return false
	}
	r, _ := decodeRune(d.f[j+len(noun):])
	return r == '是' || r == '，' || r == ',' || r == '：' || r == ':'
}

// walkNoun returns the noun of a 第N marker whose numeral ends at byte j:
// a noun of diNouns, or any one classifier before 是 (第一位是…, 第二家
// 是…); "" when there is none.
func (d *doc) walkNoun(j int) string {
	if noun := diNounAt(d.f, j); noun != "" {
		return noun
	}
	r, n := decodeRune(d.f[j:])
	if isHanRune(r) && !d.numeralRune(r) && r != '是' && d.hasAt(j+n, "是") {
		return d.f[j : j+n]
	}
	return ""
}

// ordinalNumeral reads a Chinese or Arabic ordinal numeral (1–99) at i in
// the folded text.
func ordinalNumeral(f string, i int) (int, int) {
	if hanNonNumeral(f, i, len(f)) {
		return 0, 0 // (what parseNumeral finds there)
	}
	r, _ := decodeRune(f[i:])
	if r == '两' || r == '〇' || r == '零' {
		return 0, 0
	}
	v, n := parseNumeral(f, i, false)
	if n == 0 || v < 1 || v > 99 || v != float64(int(v)) {
		return 0, 0
	}
	return int(v), n
}

// lowerRomanAt reads a lower-case Roman numeral from i to xx at byte i of
// s, followed by no other letter. It returns the value and the byte
// length read.
func lowerRomanAt(s string, i int) (int, int) {
	j := i
	for j < len(s) && j-i < 5 && (s[j] == 'i' || s[j] == 'v' || s[j] == 'x') {
		j++
	}
	if j == i || j < len(s) && (s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z') {
		return 0, 0
	}
	v, ok := romanValue(strings.ToUpper(s[i:j]))
	if !ok {
		return 0, 0
	}
	return v, j - i
}

// formalDigit returns the value of a formal (banker's) numeral, as Taiwan
// documents number their top-level parts (壹、貳、參、), in its
// Traditional or Simplified form.
func formalDigit(r rune) (int, bool) {
	switch r {
	case '壹':
		return 1, true
	case '贰', '貳':
		return 2, true
	case '叁', '参', '參':
		return 3, true
	case '肆':
		return 4, true
	case '伍':
		return 5, true
	case '陆', '陸':
		return 6, true
	case '柒':
		return 7, true
	case '捌':
		return 8, true
	case '玖':
		return 9, true
	case '拾':
		return 10, true
	}
	return 0, false
}

// formalNumeral reads a formal numeral from 1 to 99 at byte i of s (壹, 拾,
// 拾貳, 貳拾參). It returns the value and the byte length read.
func formalNumeral(s string, i int) (int, int) {
	unit := func(j int) (int, int) { // a digit 1–9 at j
		r, n := decodeRune(s[j:])
		if v, ok := formalDigit(r); ok && v < 10 {
			return v, n
		}
		return 0, 0
	}
	r, n := decodeRune(s[i:])
	v, ok := formalDigit(r)
	if !ok {
		return 0, 0
	}
	j := i + n
	if v < 10 {
		t, tn := decodeRune(s[j:])
		if t != '拾' {
			return v, j - i
		}
		v, j = v*10, j+tn
	}
	if u, un := unit(j); un > 0 {
		return v + u, j + un - i
	}
	return v, j - i
}

// skipAfterMarker moves past the punctuation and spaces that follow a
// marker, returning where the item's text begins.
func (d *doc) skipAfterMarker(i, limit int) int {
	for i < limit {
		r, n := decodeRune(d.f[i:])
		if isSpace(r) || r == '，' || r == ',' || r == '、' || r == '：' || r == ':' || r == '—' || r == '．' || r == '.' || r == '-' {
			i += n
			continue
		}
		break
	}
	return i
}

// findMarkers scans every paragraph for list markers.
func (d *doc) findMarkers() []marker {
	var out []marker
	for pi, p := range d.paras {
		firstEnd := p.End
		if len(p.sents) > 0 {
			firstEnd = p.sents[0].End
		}
		diNounDone := false
		depthParen := 0
		bs := d.bodyStart(p)
		// prev is the rune before i as the scan read it, -1 after a
		// marker: otherMarker reads nothing past a sentence's start,
		// which only a space, a sentence end or a colon before i (or
		// the line start) may make.
		prev := rune(-1)
		for i := p.Start; i < p.End; {
			// A run of Han characters after a Han character, none of
			// which may start a marker: the loop below would only step
			// over them (mayEndBeforeSentence is false for prev, so
			// otherMarker is not asked, and no paren is counted).
			for prev >= 0x4E00 && prev <= 0x9FFF && i < p.End && i != bs && hanAt(d.f, i, len(d.f)) {
				r := hanRune(d.f, i)
				if r < 0x4E00 || hanMarkerStarts.has(r) {
					break
				}
				// Up to the next stop (stops.go), before bs.
				j := d.nextStop(i, p.End)
				if i < bs && bs < j {
					j = bs
				}
				i, prev = j, hanRune(d.f, j-3)
			}
			if i >= p.End {
				break
			}
			r, n := rune(0), 3 // (a Han character read in line)
			if wideAt(d.f, i, len(d.f)) {
				r = hanRune(d.f, i)
			} else {
				r, n = decodeRune(d.f[i:])
			}
			if i != bs && (depthParen > 0 || prev >= 0 && !mayEndBeforeSentence(prev)) {
				// otherMarker finds nothing here.
			} else if m, ok := d.otherMarker(i, p, bs, depthParen > 0); ok {
				m.para = pi
				m.atStart = m.start == bs
				m.first = m.start < firstEnd
				if m.style == "bullet" {
					// Bullets count the lines they open in a row.
					m.n = 1
					if k := len(out) - 1; k >= 0 && out[k].family == m.family && out[k].atStart && out[k].para == pi-1 {
						m.n = out[k].n + 1
					}
				}
				out = append(out, m)
				i, prev = m.end, -1
				continue
			}
			if r == '(' || r == '（' {
				// (一) markers are read before counting the parenthesis.
				if m, ok := d.parenMarker(i, p); ok {
					m.para = pi
					out = append(out, m)
					i, prev = m.end, -1
					continue
				}
				depthParen++
			}
			if (r == ')' || r == '）') && depthParen > 0 {
				depthParen--
			}
			if !mayStartMarker(r) {
				// markerAt finds nothing here.
			} else if m, ok := d.markerAt(i, p, firstEnd, depthParen > 0, &diNounDone); ok {
				m.para = pi
				m.atStart = m.start == d.bodyStart(p)
				m.first = m.start < firstEnd
				out = append(out, m)
				i, prev = m.end, -1
				continue
			}
			i, prev = i+n, r
		}
	}
	return out
}

// otherMarker reads the markers of marker_label.go at byte i of
// paragraph p (whose text starts at bs): bullets, Roman numerals and
// letters at the line start, labels and 一， at a sentence start.
func (d *doc) otherMarker(i int, p para, bs int, inParen bool) (marker, bool) {
	if i == bs {
		if m, ok := d.bulletMarker(i, p); ok {
			return m, true
		}
		if m, ok := d.romanMarker(i, p); ok {
			return m, true
		}
		if m, ok := d.letterLineMarker(i, p); ok {
			return m, true
		}
		if m, ok := d.stemMarker(i, p); ok {
			return m, true
		}
		if m, ok := d.squareMarker(i, p); ok {
			return m, true
		}
	}
	if inParen || !d.sentenceStart(i, p) {
		return marker{}, false
	}
	if m, ok := d.commaNumeral(i, p); ok {
		return m, true
	}
	return d.labelMarker(i, p)
}

// mayEndBeforeSentence reports whether r, right before byte i, may let a
// sentence start at i (see sentenceStart): a space, a sentence end or a
// colon.
func mayEndBeforeSentence(r rune) bool {
	if r >= 0x4E00 && r <= 0x9FFF {
		return false // a Han character
	}
	return isSpace(r) || isSentenceEnd(r) || r == '：' || r == ':'
}

// bodyStart returns where a paragraph's text begins after Markdown
// heading marks (## 第一部分 背景).
func (d *doc) bodyStart(p para) int {
	i := p.Start
	for i < p.End && d.text[i] == '#' {
		i++
	}
	if i == p.Start {
		return i
	}
	s, _ := trimSpan(d.text, i, p.End)
	return s
}

// parenMarker reads （一） / (1) at i when it starts a clause.
func (d *doc) parenMarker(i int, p para) (marker, bool) {
	if !d.isClauseStart(i) && !d.afterIntroducer(i) {
		return marker{}, false
	}
	_, n := decodeRune(d.f[i:])
	v, vn := ordinalNumeral(d.f, i+n)
	letter, formal, roman := false, false, false
	if vn == 0 {
		v, vn = formalNumeral(d.f, i+n)
		formal = vn > 0
	}
	if vn == 0 {
		// (i) (ii) (iv): lower-case Roman numerals, as Hong Kong documents
		// number their items ((i) is read so, not as the letter i).
		v, vn = lowerRomanAt(d.f, i+n)
		roman = vn > 0
	}
	if vn == 0 {
		// (A) （b）: a letter label.
		if v, vn = letterAt(d.f, i+n); vn == 0 {
			return marker{}, false
		}
		letter = true
	}
	j := i + n + vn
	r, cn := decodeRune(d.f[j:])
	if r != ')' && r != '）' {
		return marker{}, false
	}
	end := j + cn
	m := marker{style: "paren", n: v, start: i, end: end, body: d.skipAfterMarker(end, p.End)}
	m.family = "paren"
	if c, _ := decodeRune(d.f[i+n:]); c >= '0' && c <= '9' || c >= '０' && c <= '９' {
		m.family = "paren-num"
	}
	if letter {
		m.style, m.family, m.label = "alpha", "paren-"+alphaFamily(d.f[i+n:]), true
	}
	if formal {
		m.family = "paren-formal"
	}
	if roman {
		m.style, m.family = "roman", "paren-roman"
	}
	m.atStart = i == d.bodyStart(p)
	return m, true
}

// markerAt reads a marker starting at byte i of paragraph p.
func (d *doc) markerAt(i int, p para, firstEnd int, inParen bool, diNounDone *bool) (marker, bool) {
	f := d.f
	if r, _ := decodeRune(f[i:]); !mayStartMarker(r) {
		return marker{}, false
	}
	// A marker may open a quotation (他說：「第一，…；第二，…」) or
	// follow a word introducing a list (包括1）…，2）…).
	clause := d.isClauseStartIn(i, p) || opensQuote(d.runeBefore(i)) || d.afterIntroducer(i)
	lineStart := i == d.bodyStart(p)
	r, rn := decodeRune(f[i:])
	mk := func(style, family string, n, end, body int) (marker, bool) {
		return marker{style: style, family: family, n: n, start: i, end: end, body: body}, true
	}
	switch {
	case r >= '①' && r <= '⑳':
		return mk("circled", "circled", int(r-'①')+1, i+rn, d.skipAfterMarker(i+rn, p.End))
	case r >= '⑴' && r <= '⒇': // ⑴ ⑵: parenthesized digits
		return mk("paren", "paren-num", int(r-'⑴')+1, i+rn, d.skipAfterMarker(i+rn, p.End))
	case r >= '㈠' && r <= '㈩': // ㈠ ㈡: parenthesized ideographs
		return mk("paren", "paren", int(r-'㈠')+1, i+rn, d.skipAfterMarker(i+rn, p.End))
	case r >= '❶' && r <= '❿':
		return mk("circled", "circled-black", int(r-'❶')+1, i+rn, d.skipAfterMarker(i+rn, p.End))
	case r >= '➀' && r <= '➉': // dingbat circled digits
		return mk("circled", "circled-dingbat", int(r-'➀')+1, i+rn, d.skipAfterMarker(i+rn, p.End))
	case r >= '➊' && r <= '➓':
		return mk("circled", "circled-dingbat-black", int(r-'➊')+1, i+rn, d.skipAfterMarker(i+rn, p.End))
	case r >= '⒈' && r <= '⒛': // digits with a full stop
		return mk("num", "num-stop", int(r-'⒈')+1, i+rn, d.skipAfterMarker(i+rn, p.End))
	case r == '第':
		v, vn := ordinalNumeral(f, i+rn)
		if vn == 0 {
			return marker{}, false
		}
		j := i + rn + vn
		if d.hasAt(j, "是") {
			end := j + len("是")
			return mk("di", "di", v, end, d.skipAfterMarker(end, p.End))
		}
		nr, nn := decodeRune(f[j:])
		// 第N with its punctuation at a clause start, after a word that
		// introduces a list (分別是第一，…; 包括第一、…), or with 、
		// anywhere unless another numeral follows (第一、二季度, 第一、第二名).
		punct := nr == '，' || nr == ',' || nr == '、' || nr == '：' || nr == ':'
		if punct && (clause || nr == '、' && !d.numeralOrDiAt(j+nn)) {
			return mk("di", "di", v, j, d.skipAfterMarker(j, p.End))
		}
		if inParen {
			return marker{}, false
		}
		if !lineStart && d.walkPosition(i, j) {
			// 其中第二條…；第五條…；第三點是… : a part named in a walk.
			if noun := d.walkNoun(j); noun != "" {
				end := j + len(noun)
				m, ok := mk("di-noun", "di-noun:"+noun, v, end, d.skipAfterMarker(end, p.End))
				m.part = isPartNoun(noun)
				// 第一位是王某: with a classifier of its own the marker
				// reads as part of the item (its head starts with it).
				m.label = diNounAt(f, j) == ""
				return m, ok
			}
		}
		if !*diNounDone && (lineStart || i < firstEnd) {
			for _, noun := range diNouns() {
				if d.hasAt(j, noun) {
					*diNounDone = true
					end := j + len(noun)
					body := d.skipAfterMarker(end, p.End)
					if !lineStart {
						body = p.Start // the head is the paragraph's first clause
					}
					m, ok := mk("di-noun", "di-noun:"+noun, v, end, body)
					m.part = isPartNoun(noun) && lineStart
					return m, ok
				}
			}
		}
		if v >= 2 && !lineStart && d.bareOrdinal(i, j) {
			m, ok := mk("di", "di", v, j, j)
			m.bare = true
			return m, ok
		}
		return marker{}, false
	case !clause && !d.subjectFirst(i):
		return marker{}, false
	case !clause:
		// 我們一是…，二是…: the first of a 一是 family may follow its
		// subject; the rest open clauses.
		nr, nn := decodeRune(f[i+rn:])
		family := "shi"
		if nr != '是' {
			family = "shi-" + string(nr)
		}
		return mk("shi", family, 1, i+rn+nn, d.skipAfterMarker(i+rn+nn, p.End))
	case d.hasAt(i, "另一方面"):
		end := i + len("另一方面")
		return mk("side", "side", 2, end, d.skipAfterMarker(end, p.End))
	case d.hasAt(i, "一方面"):
		end := i + len("一方面")
		return mk("side", "side", 1, end, d.skipAfterMarker(end, p.End))
	case d.hasAt(i, "首先"):
		end := i + len("首先")
		return mk("seq", "seq", 1, end, d.skipAfterMarker(end, p.End))
	case d.hasAt(i, "其次"):
		end := i + len("其次")
		return mk("seq", "seq", 2, end, d.skipAfterMarker(end, p.End))
	case d.hasAt(i, "再次"):
		end := i + len("再次")
		return mk("seq", "seq", 3, end, d.skipAfterMarker(end, p.End))
	case d.hasAt(i, "再者") || d.hasAt(i, "然后") || d.hasAt(i, "接着") || d.hasAt(i, "接著"):
		// The next step of an open 首先 list, whatever its number.
		end := i + len("再者")
		m, ok := mk("seq", "seq", 0, end, d.skipAfterMarker(end, p.End))
		m.next = true
		return m, ok
	case d.hasAt(i, "最后"):
		end := i + len("最后")
		m, ok := mk("seq", "seq", 0, end, d.skipAfterMarker(end, p.End))
		m.last = true
		return m, ok
	}
	// 一是 / 一、 / 1. / 1、
	v, vn := ordinalNumeral(f, i)
	if vn == 0 {
		// 壹、 at a line start: a formal numeral, the top level of a
		// Taiwan document.
		if v, vn = formalNumeral(f, i); vn > 0 && lineStart {
			if nr, nn := decodeRune(f[i+vn:]); nr == '、' || nr == '．' || nr == '.' {
				return mk("dun", "dun-formal", v, i+vn+nn, d.skipAfterMarker(i+vn+nn, p.End))
			}
		}
		return marker{}, false
	}
	j := i + vn
	nr, nn := decodeRune(f[j:])
	arabic := r >= '0' && r <= '9' || r >= '０' && r <= '９'
	switch {
	case !arabic && nr == '是':
		return mk("shi", "shi", v, j+nn, d.skipAfterMarker(j+nn, p.End))
	case !arabic && (nr == '来' || nr == '则' || nr == '要'):
		// 一來…，二來…; 一則…，二則…; 一要…，二要…: families of their own.
		return mk("shi", "shi-"+string(nr), v, j+nn, d.skipAfterMarker(j+nn, p.End))
	case lineStart && !arabic && (nr == '、' || nr == '．' || nr == '.'):
		// 一、 (and 一． as some documents write it) opening a line.
		return mk("dun", "dun", v, j+nn, d.skipAfterMarker(j+nn, p.End))
	case lineStart && !arabic && (nr == '）' || nr == ')'):
		// 一）: a half bracket, the level of （一）.
		return mk("paren", "paren", v, j+nn, d.skipAfterMarker(j+nn, p.End))
	case arabic && (nr == '.' || nr == '．' || nr == '、' || nr == ')' || nr == '）') && (lineStart || d.sentenceStart(i, p)),
		arabic && (nr == ')' || nr == '）') && clause && !strings.ContainsRune("(（", d.runeBefore(i)):
		// 1) at a clause start too: 包括1）甲，2）乙.
		// 1. at a line start, or at a sentence start (包括：1）甲；2）乙).
		// 1.5 is a number; inside a paragraph 2、3月 is too, but a line may
		// open with 1、1月6日.
		if r2, _ := decodeRune(f[j+nn:]); (r2 >= '0' && r2 <= '9' || r2 >= '０' && r2 <= '９') && (!lineStart || nr == '.' || nr == '．') {
			return marker{}, false
		}
		return mk("num", "num", v, j+nn, d.skipAfterMarker(j+nn, p.End))
	}
	return marker{}, false
}

// afterIntroducer reports whether byte i follows a word that introduces
// the items of a list (分別是, 依次為, 包括, 即), spaces skipped.
func (d *doc) afterIntroducer(i int) bool {
	j := i
	for j > 0 {
		r, n := decodeLastRune(d.f[:j])
		if !isSpace(r) {
			break
		}
		j -= n
	}
	for _, w := range listIntroducersByLast().ending(d.f[:j]) {
		if strings.HasSuffix(d.f[:j], w) {
			return true
		}
	}
	return false
}

// listIntroducersByLast indexes listIntroducers by their last rune.
var listIntroducersByLast = sync.OnceValue(func() *suffixIndex { return newSuffixIndex(listIntroducers()) })

// numeralOrDiAt reports whether a numeral or 第 starts at byte j (第一、二
// 季度 and 第一、第二名 name ordinals, not list items).
func (d *doc) numeralOrDiAt(j int) bool {
	r, _ := decodeRune(d.f[j:])
	_, cn := chineseDigit(r)
	return cn || r == '十' || r == '第' || r >= '0' && r <= '9' || r >= '０' && r <= '９'
}

// ordinalMeasures are the words that make 第N an ordinal of a thing
// (第三次, 第三季度, 第三方, 第二天) rather than a list marker.
func ordinalMeasures() string {
	return "次届季名位个天日年月周期批轮场章节条款项部集页版段句行号层楼站步课代任把手线大方人者国种类份局盘声道关排列回遍轨产世例台艘架辆首轴环波度梯跑枪球分秒"
}

// bareOrdinal reports whether 第N at byte i (its numeral ending at j),
// written without punctuation, may be the next marker of a 第N list:
// it opens a clause after a comma or semicolon (not after 、) and no
// measure or part noun follows it (第三季度, 第三條, 第三方).
func (d *doc) bareOrdinal(i, j int) bool {
	prev := d.runeBefore(i)
	if prev != '，' && prev != ',' && prev != '；' && prev != ';' && prev != '。' {
		return false
	}
	r, _ := decodeRune(d.f[j:])
	if !isHanRune(r) || strings.ContainsRune(ordinalMeasures(), r) || diNounAt(d.f, j) != "" {
		return false
	}
	_, cn := chineseDigit(r)
	return !cn && r != '十' && r != '是'
}

// subjectFirst reports whether byte i holds 一是 / 一來 / 一則 / 一要
// right after a subject (此舉一來…, 我們一是…), not inside a word that
// ends in 一 (統一是, 唯一是, 之一是).
func (d *doc) subjectFirst(i int) bool {
	if !d.hasAt(i, "一是") && !d.hasAt(i, "一来") && !d.hasAt(i, "一则") && !d.hasAt(i, "一要") {
		return false
	}
	prev := d.runeBefore(i)
	return isHanRune(prev) && !strings.ContainsRune("统唯同万之逐划专单不合归均如始初周星第惟其这那每任某哪", prev)
}

// mayStartMarker reports whether a marker read by markerAt can start
// with r: a circled number, 第, the first rune of 另一方面, 一方面, 首先,
// 其次, 再次, 最後, or a numeral (what parseNumeral reads).
func mayStartMarker(r rune) bool {
	if r >= 0x4E00 && r <= 0x9FFF {
		return hanMarkerStarts.has(r) // (a test checks it against the rest)
	}
	return mayStartMarkerAll(r)
}

// hanMarkerStarts are the unified Han characters that may start a marker
// (mayStartMarkerAll of them): numerals, formal numerals and the first
// characters of the sequence words.
var hanMarkerStarts = newRuneBits("零一二两三四五六七八九十百千万第另首其再最然接壹贰貳叁参參肆伍陆陸柒捌玖拾")

// mayStartMarkerAll is mayStartMarker for any rune.
func mayStartMarkerAll(r rune) bool {
	if _, ok := chineseDigit(r); ok || r >= '①' && r <= '⑳' || r >= '⑴' && r <= '⒇' || r >= '㈠' && r <= '㈩' || r >= '❶' && r <= '❿' ||
		r >= '➀' && r <= '➓' || r >= '⒈' && r <= '⒛' ||
		r >= '0' && r <= '9' || r >= '０' && r <= '９' {
		return true
	}
	switch r {
	case '第', '另', '首', '其', '再', '最', '十', '百', '千', '万', '然', '接':
		return true
	}
	_, formal := formalDigit(r)
	return formal
}

// list is a chain of markers being built into an enumeration.
type list struct {
	family string
	style  string
	ms     []marker
	closed bool
	gap    bool
	skips  bool // a walk through selected parts: the numbers skip
}

// chainMarkers groups markers into lists: an ordinal 1 opens a list of its
// family, n+1 continues it (in the same paragraph, or across paragraphs
// when both markers open their paragraphs or their first sentences).
// Numbered paragraphs (12. at a line start) and numbered parts (第二點,
// 第五條) may open a list past 1, and parts may skip numbers (其中第二條…；
// 第五條…；第九條…). Several lists of a family may be open at once (a list
// under an item of another); a marker continues the latest that takes it.
func chainMarkers(ms []marker) []*list {
	var all []*list
	open := map[string][]*list{}
	for _, m := range ms {
		if m.n == 1 && !m.last && !m.next && !m.bare {
			nl := &list{family: m.family, style: m.style, ms: []marker{m}}
			all = append(all, nl)
			open[m.family] = append(open[m.family], nl)
			continue
		}
		ls := open[m.family]
		took := false
		for k := len(ls) - 1; k >= 0 && !took; k-- {
			took = ls[k].take(m)
		}
		if other := crossFamily(m.family); !took && other != "" {
			// 首先…其次…第三…最後; 第一…第二…最後: ordinals and
			// sequence words continue each other's lists.
			ls := open[other]
			for k := len(ls) - 1; k >= 0 && !took; k-- {
				l := ls[k]
				prev := l.ms[len(l.ms)-1]
				// No gap across families, and 最後 only after two items.
				if m.last && len(l.ms) >= 2 || m.next || !m.last && m.n == prev.n+1 {
					took = l.take(m)
				}
			}
		}
		if !took && (m.style == "num" && m.atStart || m.part) && !m.last && !m.next && !m.bare {
			nl := &list{family: m.family, style: m.style, ms: []marker{m}}
			all = append(all, nl)
			open[m.family] = append(open[m.family], nl)
		}
	}
	out := all[:0]
	for _, l := range all {
		need := 2
		if l.ms[0].n != 1 && !l.ms[0].part {
			need = 3 // numbered paragraphs starting past 1: 12. 13. 14.
		}
		if len(l.ms) >= need {
			out = append(out, l)
		}
	}
	return out
}

// crossFamily returns the family whose open lists a marker of family f
// may continue when its own has none that takes it: 第N (di) and the
// sequence words (seq).
func crossFamily(f string) string {
	switch f {
	case "di":
		return "seq"
	case "seq":
		return "di"
	}
	return ""
}

// take appends m to the list when m continues it, and reports whether it
// did.
func (l *list) take(m marker) bool {
	if l.closed {
		return false
	}
	prev := l.ms[len(l.ms)-1]
	sameLevel := prev.para == m.para ||
		(prev.atStart && m.atStart) || (m.style == "di-noun" && prev.first && m.first) ||
		(m.part && prev.part && m.para == prev.para+1)
	if !sameLevel {
		return false
	}
	switch {
	case m.bare:
		if prev.para != m.para || prev.style != "di" || m.n != prev.n+1 {
			return false
		}
	case m.last:
		m.n = prev.n + 1
		l.closed = true
	case m.next:
		m.n = prev.n + 1
	case m.style == "side":
		if prev.n != 1 {
			return false
		}
		l.closed = true
	case m.n == prev.n+1:
	case m.part && prev.part && m.n > prev.n:
		l.skips = true
	case m.n == prev.n+2:
		l.gap = true
	default:
		return false
	}
	l.ms = append(l.ms, m)
	return true
}

// markerText returns the marker as written, without trailing punctuation.
func (d *doc) markerText(m marker) string {
	return strings.TrimRight(d.text[m.start:m.end], " ")
}
