package argument

import (
	"strings"
	"unicode/utf8"

	"github.com/zhpipe/zhpipe/pipeline/internal/hanstr"
)

// isHeading reports whether the line [s, e) reads as a heading: a
// Markdown # line, or a short line without end punctuation. The line is
// decided by its shape:
//
//   - at most 24 characters, or 40 when it opens with a heading marker
//     (一、 第一， 1． （一） I. (A));
//   - no sentence punctuation (。！？；) inside and none at the end (a
//     line ending in ，：、 runs on);
//   - at most one comma besides the one after its marker
//     (三、强化监管，防范风险; 城市更新，靠谁来“接棒”);
//   - it may end in a closing quote when the quote closes a term, not a
//     sentence (靠谁来“接棒”, not …。」), and it does not open with a quote;
//   - it does not end in a closing bracket (a parenthesised note or
//     dateline line is not a heading) unless the bracket holds a part
//     number: 施政報告(二), 講話（上）.
func (d *doc) isHeading(s, e int) bool {
	line := d.text[s:e]
	if strings.HasPrefix(line, "#") {
		return true
	}
	if len(line) > 40*utf8.UTFMax {
		return false // more than 40 runes: longer than any limit below
	}
	mk := d.headingMarkerLen(s, e)
	// The line's length in runes, counted up to 41: the limit is 24 or
	// 40, so spaced phrases matter only to lines of 25 to 40.
	n := 0
	for range line {
		if n++; n > 40 {
			break
		}
	}
	limit := 24
	if mk > 0 || n > 24 && n <= 40 && spacedPhrases(line) {
		limit = 40
	}
	if n > limit {
		return false
	}
	last, ln := decodeLastRune(line)
	switch {
	case (last == '？' || last == '?') && mk > 0:
		// 一、為什麼要改革？: a numbered question heading.
		return d.questionLine(s, e)
	case last == '）' || last == ')':
		if !partNumber(line) {
			return false
		}
	case isPunct(last) || last == '…':
		return false
	case isCloser(last):
		first, _ := decodeRune(line)
		before, _ := decodeLastRune(line[:len(line)-ln])
		if closerOf(first) != 0 && closerOf(first) != '》' || isPunct(before) || isCloser(before) {
			return false
		}
	}
	commas := 0
	body := line[mk:]
	for _, r := range body {
		switch r {
		case '。', '；', ';', '！', '？', '!', '?':
			return false
		case '，', ',':
			commas++
		}
	}
	return commas <= 1
}

// questionLine reports whether the line [s, e) is one short question: it
// ends in ？, holds no other sentence punctuation, at most one comma and
// no colon (問：…？ and 記者：…？ are transcript turns), and does not
// open with a quotation mark.
func (d *doc) questionLine(s, e int) bool {
	line := d.f[s:e]
	if runeCount(line) > 40 {
		return false
	}
	if r, _ := decodeRune(line); closerOf(r) != 0 && r != '《' {
		return false
	}
	body := strings.TrimRight(line, "？?")
	commas := 0
	for _, r := range body {
		switch r {
		case '。', '；', ';', '！', '？', '!', '?', '：', ':', '…':
			return false
		case '，', ',':
			commas++
		}
	}
	return commas <= 1
}

// questionHeadings marks as headings the short question lines that stand
// between body paragraphs when the text has two of them or more: an
// explainer's sub-headings (為什麼要調整票價？ … 新制何時上路？). A
// question line is at most 24 characters (see questionLine) without a
// comma or a first or second person, follows a paragraph and is followed
// by one that is no heading.
func (d *doc) questionHeadings() {
	var qs []int
	for pi := 1; pi+1 < len(d.paras); pi++ {
		p := d.paras[pi]
		last, _ := decodeLastRune(d.text[p.Start:p.End])
		if p.heading || last != '？' && last != '?' || d.runesUpTo(p.Start, p.End, 24) > 24 || !d.questionLine(p.Start, p.End) || d.paras[pi+1].heading ||
			hanstr.ContainsAny(d.f[p.Start:p.End], "，,我你您咱") || hanstr.Contains(d.f[p.Start:p.End], "大家") {
			// A question with a comma, or one asked of the audience (大家
			//知道…？, 我們能不能…？), is the speaker's, not a heading.
			continue
		}
		qs = append(qs, pi)
	}
	if len(qs) < 2 {
		return
	}
	for k, pi := range qs {
		if k > 0 && qs[k-1] == pi-1 {
			return // questions in a row are a list of questions, not headings
		}
	}
	for _, pi := range qs {
		d.paras[pi].heading = true
	}
}

// longHeadings marks as headings the lines of 25 to 36 characters without
// any punctuation that stand between body paragraphs, when the text has
// sub-headings of the ordinary shape between body paragraphs too, or two
// such long lines: news sub-headings may run long (一句話新聞標題式的小標
// 題). With sub-headings of the ordinary shape, a long line in two parts
// (one comma or one colon) is one too. A body paragraph here is one that
// ends in sentence punctuation.
func (d *doc) longHeadings() {
	body := func(pi int) bool {
		p := d.paras[pi]
		last, _ := decodeLastRune(d.text[p.Start:p.End])
		if isCloser(last) {
			last = d.runeBefore(p.End - utf8.RuneLen(last))
		}
		return !p.heading && (isSentenceEnd(last) || last == '…')
	}
	var cands, split []int
	between := 0
	for pi := 1; pi+1 < len(d.paras); pi++ {
		p := d.paras[pi]
		if p.heading {
			if body(pi - 1) {
				between++ // after a body paragraph, whatever follows it
			}
			continue
		}
		if !body(pi-1) || !body(pi+1) {
			continue
		}
		n := d.runesUpTo(p.Start, p.End, 36)
		if n < 25 || n > 36 || hanstr.ContainsAny(d.f[p.Start:p.End], "。；;！？!?、…（）()") {
			continue
		}
		switch strings.Count(d.f[p.Start:p.End], "，") + strings.Count(d.f[p.Start:p.End], ",") +
			strings.Count(d.f[p.Start:p.End], "：") + strings.Count(d.f[p.Start:p.End], ":") {
		case 0:
			cands = append(cands, pi)
		case 1:
			if last, _ := decodeLastRune(d.f[p.Start:p.End]); last != '：' && last != ':' {
				split = append(split, pi) // not a line that introduces what follows
			}
		}
	}
	if between > 0 || len(cands) >= 2 {
		for _, pi := range cands {
			d.paras[pi].heading = true
		}
	}
	// A long line in two parts (甲部：…, 前半句，後半句) only beside
	// sub-headings of the ordinary shape.
	if between > 0 {
		for _, pi := range split {
			d.paras[pi].heading = true
		}
	}
}

// spacedPhrases reports whether line is two or three phrases set apart by
// spaces, as news sub-headings are written (甲市宣布擴大補助範圍至中小企業
// 申請期限延長至年底), each phrase at most 24 characters and holding Han
// text.
func spacedPhrases(line string) bool {
	fs := strings.FieldsFunc(line, isSpace)
	if len(fs) < 2 || len(fs) > 4 {
		return false
	}
	han := 0
	for _, f := range fs {
		if runeCount(f) > 24 {
			return false
		}
		for _, r := range f {
			if isHanRune(r) {
				han++
				break
			}
		}
	}
	return han >= 2
}

// headingMarkerLen returns the byte length of the heading marker that
// opens the line [s, e) with the punctuation after it (第一，, 四、,
// 2． , （三）, I. , (A) ), or 0 when it opens with none.
func (d *doc) headingMarkerLen(s, e int) int {
	f := d.f[s:e]
	i := 0
	r, n := decodeRune(f)
	switch {
	case r == '【' || r == '〔' || r == '［' || r == '[':
		// 【一】 〔二〕 ［3］
		_, vn := ordinalNumeral(f, n)
		if vn == 0 {
			return 0
		}
		c, cn := decodeRune(f[n+vn:])
		if !strings.ContainsRune("】〕］]", c) {
			return 0
		}
		i = n + vn + cn
	case r == '（' || r == '(':
		j := n
		if _, vn := ordinalNumeral(f, j); vn > 0 {
			j += vn
		} else if _, vn := formalNumeral(f, j); vn > 0 {
			j += vn
		} else if _, ln := letterAt(f, j); ln > 0 {
			j += ln
		} else {
			return 0
		}
		c, cn := decodeRune(f[j:])
		if c != '）' && c != ')' {
			return 0
		}
		i = j + cn
	case r == '第':
		_, vn := ordinalNumeral(f, n)
		if vn == 0 {
			return 0
		}
		j := n + vn
		c, cn := decodeRune(f[j:])
		if !strings.ContainsRune("，,、：:．.", c) && !strings.ContainsRune("章节部篇", c) {
			return 0
		}
		i = j + cn
	default:
		if _, rn := romanAt(f, 0); rn > 0 {
			c, cn := decodeRune(f[rn:])
			if c != '.' && c != '．' && c != '、' {
				return 0
			}
			i = rn + cn
			break
		}
		_, vn := ordinalNumeral(f, 0)
		seps := "，,、：:．.）)"
		if vn == 0 {
			_, vn = formalNumeral(f, 0) // 壹、
			seps = "、．."
		}
		if vn == 0 {
			return 0
		}
		c, cn := decodeRune(f[vn:])
		if !strings.ContainsRune(seps, c) {
			return 0
		}
		i = vn + cn
	}
	for i < len(f) {
		c, cn := decodeRune(f[i:])
		if !isSpace(c) {
			break
		}
		i += cn
	}
	return i
}

// romanAt reads an upper-case Roman numeral from I to XX (ASCII I, V, X,
// or the single characters Ⅰ–Ⅻ) at byte i of s. It returns the value and
// the byte length read, (0, 0) when there is none or when a letter
// follows (IVORY is a word).
func romanAt(s string, i int) (int, int) {
	r, n := decodeRune(s[i:])
	if r >= 'Ⅰ' && r <= 'Ⅻ' {
		return int(r-'Ⅰ') + 1, n
	}
	j := i
	for j < len(s) && (s[j] == 'I' || s[j] == 'V' || s[j] == 'X') && j-i < 5 {
		j++
	}
	if j == i {
		return 0, 0
	}
	if j < len(s) && (s[j] >= 'A' && s[j] <= 'Z' || s[j] >= 'a' && s[j] <= 'z') {
		return 0, 0
	}
	v, ok := romanValue(s[i:j])
	if !ok {
		return 0, 0
	}
	return v, j - i
}

// romanValue returns the value of a Roman numeral written with I, V and
// X in canonical form (IV, not IIII), up to XX.
func romanValue(s string) (int, bool) {
	for v := 1; v <= 20; v++ {
		if romanOf(v) == s {
			return v, true
		}
	}
	return 0, false
}

// romanOf writes v (1–39) as a Roman numeral.
func romanOf(v int) string {
	var b strings.Builder
	for ; v >= 10; v -= 10 {
		b.WriteByte('X')
	}
	units := []string{"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"}
	b.WriteString(units[v])
	return b.String()
}

// letterAt reads a single Latin letter used as a list label ((A), (b))
// at byte i of s: ASCII or full-width, not followed by another letter. It
// returns the letter's position in the alphabet (1 for A) and its byte
// length.
func letterAt(s string, i int) (int, int) {
	r, n := decodeRune(s[i:])
	v := 0
	switch {
	case r >= 'A' && r <= 'Z':
		v = int(r-'A') + 1
	case r >= 'a' && r <= 'z':
		v = int(r-'a') + 1
	case r >= 'Ａ' && r <= 'Ｚ':
		v = int(r-'Ａ') + 1
	case r >= 'ａ' && r <= 'ｚ':
		v = int(r-'ａ') + 1
	default:
		return 0, 0
	}
	if nr, _ := decodeRune(s[i+n:]); nr >= 'A' && nr <= 'Z' || nr >= 'a' && nr <= 'z' {
		return 0, 0
	}
	return v, n
}

// partNumber reports whether line ends in a bracketed part number
// ((三), （二）, （上）) after some text of its own.
func partNumber(line string) bool {
	open := strings.LastIndexAny(line, "(（")
	if open <= 0 {
		return false
	}
	_, on := decodeRune(line[open:])
	_, cn := decodeLastRune(line)
	inner := fold(line[open+on : len(line)-cn])
	if inner == "上" || inner == "中" || inner == "下" || inner == "续" {
		return true
	}
	v, n := ordinalNumeral(inner, 0)
	return v > 0 && n == len(inner)
}
