package argument

import (
	"strings"
	"unicode"
)

// This file reads the marker families that are not ordinals alone: labels
// (措施一， 方案二：), letters ((A) （b） A.), Roman numerals (I. Ⅱ、),
// bullets (* • ●), and a Chinese numeral with a comma at a sentence
// start (一，…；二，…).

// sentenceStart reports whether byte i opens a sentence of paragraph p:
// the paragraph's text start, or right after 。！？；： (and their ASCII
// forms), spaces skipped.
func (d *doc) sentenceStart(i int, p para) bool {
	if i == d.bodyStart(p) {
		return true
	}
	j := i
	for j > p.Start {
		r, n := decodeLastRune(d.f[p.Start:j])
		if !isSpace(r) {
			return isSentenceEnd(r) || r == '：' || r == ':'
		}
		j -= n
	}
	return true
}

// isMarkerSep reports whether r may follow a label or numeral marker.
func isMarkerSep(r rune) bool {
	return strings.ContainsRune("，,、：:．.", r) || isSpace(r)
}

// labelMarker reads a label at a sentence start: one to four Han
// characters naming the kind of item, an ordinal, then a comma, colon or
// space (措施一，加強… / 方案二：… / 其一，…). The family is the label
// noun, so 措施一… and 方案一… make different lists. 第 is not a label
// (第一， is an ordinal marker) and neither is a numeral.
func (d *doc) labelMarker(i int, p para) (marker, bool) {
	f := d.f
	j := i
	for k := 0; k < 4 && j < p.End; k++ {
		r, n := decodeRune(f[j:])
		if !isHanRune(r) || r == '第' {
			return marker{}, false
		}
		if numeralHan.has(r) || r == '〇' { // a numeral (chineseDigit or 十百千万)
			return marker{}, false
		}
		j += n
		v, vn := ordinalNumeral(f, j)
		if vn == 0 {
			continue
		}
		nr, _ := decodeRune(f[j+vn:])
		if !isMarkerSep(nr) || j+vn >= p.End {
			return marker{}, false
		}
		end := j + vn
		m := marker{style: "label", family: "label:" + f[i:j], n: v, start: i, end: end, body: d.skipAfterMarker(end, p.End), label: true}
		return m, true
	}
	return marker{}, false
}

// letterLineMarker reads a letter label opening a line: A. / A、 / A．/
// a) followed by Han text (A. Smith is not a label).
func (d *doc) letterLineMarker(i int, p para) (marker, bool) {
	v, n := letterAt(d.f, i)
	if n == 0 {
		return marker{}, false
	}
	r, rn := decodeRune(d.f[i+n:])
	if r != '.' && r != '．' && r != '、' && r != ')' && r != '）' {
		return marker{}, false
	}
	body := d.skipAfterMarker(i+n+rn, p.End)
	if c, _ := decodeRune(d.f[body:]); body >= p.End || !isHanRune(c) {
		return marker{}, false
	}
	return marker{style: "alpha", family: alphaFamily(d.f[i:]), n: v, start: i, end: i + n + rn, body: body, label: true}, true
}

// alphaFamily separates upper- and lower-case letter lists.
func alphaFamily(s string) string {
	r, _ := decodeRune(s)
	if unicode.IsLower(r) || r >= 'ａ' && r <= 'ｚ' {
		return "alpha-lower"
	}
	return "alpha"
}

// romanMarker reads a Roman numeral opening a line: I. / II、 / Ⅲ．
func (d *doc) romanMarker(i int, p para) (marker, bool) {
	v, n := romanAt(d.f, i)
	if n == 0 {
		return marker{}, false
	}
	r, rn := decodeRune(d.f[i+n:])
	if r != '.' && r != '．' && r != '、' {
		return marker{}, false
	}
	end := i + n + rn
	return marker{style: "roman", family: "roman", n: v, start: i, end: end, body: d.skipAfterMarker(end, p.End)}, true
}

// bullets are the characters that mark an unnumbered item at a line
// start.
func isBullet(r rune) bool {
	return bulletSet.has(r)
}

// bulletSet holds the bullets of isBullet.
var bulletSet = newRuneBits(bullets)

const bullets = "*＊•●■▪◆◇○◎►▶-－–—·"

// bulletMarker reads a bullet opening a line, followed by a space or by
// Han text (-5% and —— are not bullets). Its ordinal is set by
// findMarkers from the paragraphs before.
func (d *doc) bulletMarker(i int, p para) (marker, bool) {
	r, n := decodeRune(d.f[i:])
	if !isBullet(r) {
		return marker{}, false
	}
	if r == '—' && d.hasAt(i+n, "—") {
		n += len("—") // ——堅持…: a double dash opens an item of an official text
	}
	nr, _ := decodeRune(d.f[i+n:])
	if !isSpace(nr) && !isHanRune(nr) && nr != '「' && nr != '“' && nr != '《' {
		return marker{}, false
	}
	body := d.skipAfterMarker(i+n, p.End)
	if body >= p.End {
		return marker{}, false
	}
	return marker{style: "bullet", family: "bullet:" + d.f[i:i+n], start: i, end: i + n, body: body}, true
}

// stemMarker reads a heavenly stem opening a line as an ordinal label
// (甲、… 乙、… 丙、…), as legal and official texts number items: 甲 to
// 癸 followed by 、 or a full stop.
func (d *doc) stemMarker(i int, p para) (marker, bool) {
	r, n := decodeRune(d.f[i:])
	v := strings.IndexRune("甲乙丙丁戊己庚辛壬癸", r)
	if v < 0 {
		return marker{}, false
	}
	nr, nn := decodeRune(d.f[i+n:])
	if nr != '、' && nr != '．' && nr != '.' {
		return marker{}, false
	}
	end := i + n + nn
	body := d.skipAfterMarker(end, p.End)
	if body >= p.End {
		return marker{}, false
	}
	return marker{style: "alpha", family: "stem", n: v/len("甲") + 1, start: i, end: i + n, body: body}, true
}

// commaNumeral reads a Chinese numeral and a comma at a sentence start
// (原因有三：一，…；二，…。…三，…), a marker of its own family.
func (d *doc) commaNumeral(i int, p para) (marker, bool) {
	r, _ := decodeRune(d.f[i:])
	if _, ok := chineseDigit(r); !ok && r != '十' {
		return marker{}, false
	}
	v, vn := ordinalNumeral(d.f, i)
	if vn == 0 {
		return marker{}, false
	}
	nr, nn := decodeRune(d.f[i+vn:])
	if nr != '，' && nr != ',' {
		return marker{}, false
	}
	end := i + vn + nn
	return marker{style: "dun", family: "dun-comma", n: v, start: i, end: i + vn, body: d.skipAfterMarker(end, p.End)}, true
}

// squareMarker reads a number in square or lenticular brackets opening a
// line (【一】, 〔二〕, ［3］, [4]), as news sub-heads and documents number
// their parts; inside a line such brackets hold notes and citations.
func (d *doc) squareMarker(i int, p para) (marker, bool) {
	r, n := decodeRune(d.f[i:])
	var cl rune
	switch r {
	case '【':
		cl = '】'
	case '〔':
		cl = '〕'
	case '［':
		cl = '］'
	case '[':
		cl = ']'
	default:
		return marker{}, false
	}
	v, vn := ordinalNumeral(d.f, i+n)
	if vn == 0 {
		return marker{}, false
	}
	c, cn := decodeRune(d.f[i+n+vn:])
	if c != cl {
		return marker{}, false
	}
	end := i + n + vn + cn
	body := d.skipAfterMarker(end, p.End)
	if body >= p.End {
		return marker{}, false
	}
	return marker{style: "paren", family: "bracket", n: v, start: i, end: end, body: body}, true
}
