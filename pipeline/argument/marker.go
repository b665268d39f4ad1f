package argument

import (
	"strings"
	"unicode/utf8"
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
}

// diNouns are the nouns that make 第N+noun a structural marker (第一支柱,
// 第二部分); the text is folded, so Simplified forms suffice.
func diNouns() []string {
	return []string{"支柱", "部分", "章", "节", "条", "款", "步", "阶段", "层次", "板块", "方面", "类", "点", "项", "篇", "单元", "任务", "目标", "原则", "层面", "维度", "领域", "特点", "特征", "大类"}
}

// ordinalNumeral reads a Chinese or Arabic ordinal numeral (1–99) at i in
// the folded text.
func ordinalNumeral(f string, i int) (int, int) {
	r, _ := utf8.DecodeRuneInString(f[i:])
	if r == '两' || r == '〇' || r == '零' {
		return 0, 0
	}
	v, n := parseNumeral(f, i, false)
	if n == 0 || v < 1 || v > 99 || v != float64(int(v)) {
		return 0, 0
	}
	return int(v), n
}

// skipAfterMarker moves past the punctuation and spaces that follow a
// marker, returning where the item's text begins.
func (d *doc) skipAfterMarker(i, limit int) int {
	for i < limit {
		r, n := utf8.DecodeRuneInString(d.f[i:])
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
		for i := p.Start; i < p.End; {
			r, n := utf8.DecodeRuneInString(d.f[i:])
			if r == '(' || r == '（' {
				// (一) markers are read before counting the parenthesis.
				if m, ok := d.parenMarker(i, p); ok {
					m.para = pi
					out = append(out, m)
					i = m.end
					continue
				}
				depthParen++
			}
			if (r == ')' || r == '）') && depthParen > 0 {
				depthParen--
			}
			if m, ok := d.markerAt(i, p, firstEnd, depthParen > 0, &diNounDone); ok {
				m.para = pi
				m.atStart = m.start == d.bodyStart(p)
				m.first = m.start < firstEnd
				out = append(out, m)
				i = m.end
				continue
			}
			i += n
		}
	}
	return out
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
	if !d.isClauseStart(i) {
		return marker{}, false
	}
	_, n := utf8.DecodeRuneInString(d.f[i:])
	v, vn := ordinalNumeral(d.f, i+n)
	if vn == 0 {
		return marker{}, false
	}
	j := i + n + vn
	r, cn := utf8.DecodeRuneInString(d.f[j:])
	if r != ')' && r != '）' {
		return marker{}, false
	}
	end := j + cn
	m := marker{style: "paren", n: v, start: i, end: end, body: d.skipAfterMarker(end, p.End)}
	m.family = "paren"
	if c, _ := utf8.DecodeRuneInString(d.f[i+n:]); c >= '0' && c <= '9' || c >= '０' && c <= '９' {
		m.family = "paren-num"
	}
	m.atStart = i == d.bodyStart(p)
	return m, true
}

// markerAt reads a marker starting at byte i of paragraph p.
func (d *doc) markerAt(i int, p para, firstEnd int, inParen bool, diNounDone *bool) (marker, bool) {
	f := d.f
	if r, _ := utf8.DecodeRuneInString(f[i:]); !mayStartMarker(r) {
		return marker{}, false
	}
	clause := d.isClauseStart(i)
	lineStart := i == d.bodyStart(p)
	r, rn := utf8.DecodeRuneInString(f[i:])
	mk := func(style, family string, n, end, body int) (marker, bool) {
		return marker{style: style, family: family, n: n, start: i, end: end, body: body}, true
	}
	switch {
	case r >= '①' && r <= '⑳':
		return mk("circled", "circled", int(r-'①')+1, i+rn, d.skipAfterMarker(i+rn, p.End))
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
		nr, _ := utf8.DecodeRuneInString(f[j:])
		if clause && (nr == '，' || nr == ',' || nr == '、' || nr == '：' || nr == ':') {
			return mk("di", "di", v, j, d.skipAfterMarker(j, p.End))
		}
		if inParen || *diNounDone || !(lineStart || i < firstEnd) {
			return marker{}, false
		}
		for _, noun := range diNouns() {
			if d.hasAt(j, noun) {
				*diNounDone = true
				end := j + len(noun)
				body := d.skipAfterMarker(end, p.End)
				if !lineStart {
					body = p.Start // the head is the paragraph's first clause
				}
				return mk("di-noun", "di-noun:"+noun, v, end, body)
			}
		}
		return marker{}, false
	case !clause:
		return marker{}, false
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
	case d.hasAt(i, "最后"):
		end := i + len("最后")
		m, ok := mk("seq", "seq", 0, end, d.skipAfterMarker(end, p.End))
		m.last = true
		return m, ok
	}
	// 一是 / 一、 / 1. / 1、
	v, vn := ordinalNumeral(f, i)
	if vn == 0 {
		return marker{}, false
	}
	j := i + vn
	nr, nn := utf8.DecodeRuneInString(f[j:])
	arabic := r >= '0' && r <= '9' || r >= '０' && r <= '９'
	switch {
	case !arabic && nr == '是':
		return mk("shi", "shi", v, j+nn, d.skipAfterMarker(j+nn, p.End))
	case lineStart && !arabic && nr == '、':
		return mk("dun", "dun", v, j+nn, d.skipAfterMarker(j+nn, p.End))
	case lineStart && arabic && (nr == '.' || nr == '．' || nr == '、' || nr == ')' || nr == '）'):
		if nr == '.' {
			if r2, _ := utf8.DecodeRuneInString(f[j+nn:]); r2 >= '0' && r2 <= '9' {
				return marker{}, false
			}
		}
		return mk("num", "num", v, j+nn, d.skipAfterMarker(j+nn, p.End))
	}
	return marker{}, false
}

// mayStartMarker reports whether a marker read by markerAt can start
// with r: a circled number, 第, the first rune of 另一方面, 一方面, 首先,
// 其次, 再次, 最後, or a numeral (what parseNumeral reads).
func mayStartMarker(r rune) bool {
	if _, ok := chineseDigit(r); ok || r >= '①' && r <= '⑳' || r >= '0' && r <= '9' || r >= '０' && r <= '９' {
		return true
	}
	switch r {
	case '第', '另', '首', '其', '再', '最', '十', '百', '千', '万':
		return true
	}
	return false
}

// list is a chain of markers being built into an enumeration.
type list struct {
	family string
	style  string
	ms     []marker
	closed bool
	gap    bool
}

// chainMarkers groups markers into lists: an ordinal 1 opens a list of its
// family, n+1 continues it (in the same paragraph, or across paragraphs
// when both markers open their paragraphs or their first sentences).
func chainMarkers(ms []marker) []*list {
	var all []*list
	open := map[string]*list{}
	for _, m := range ms {
		l := open[m.family]
		if m.n == 1 {
			nl := &list{family: m.family, style: m.style, ms: []marker{m}}
			all = append(all, nl)
			open[m.family] = nl
			continue
		}
		if l == nil || l.closed {
			continue
		}
		prev := l.ms[len(l.ms)-1]
		sameLevel := prev.para == m.para ||
			(prev.atStart && m.atStart) || (m.style == "di-noun" && prev.first && m.first)
		if !sameLevel {
			continue
		}
		switch {
		case m.last:
			m.n = prev.n + 1
			l.closed = true
		case m.style == "side":
			if prev.n != 1 {
				continue
			}
			l.closed = true
		case m.n == prev.n+1:
		case m.n == prev.n+2:
			l.gap = true
		default:
			continue
		}
		l.ms = append(l.ms, m)
	}
	out := all[:0]
	for _, l := range all {
		if len(l.ms) >= 2 {
			out = append(out, l)
		}
	}
	return out
}

// markerText returns the marker as written, without trailing punctuation.
func (d *doc) markerText(m marker) string {
	return strings.TrimRight(d.text[m.start:m.end], " ")
}
