package entity

import (
	"strings"
	"unicode/utf8"
)

// mediaRunHeads end the unquoted name of a medium that a credit names
// (东海日报记者, 东海电视记者, 东海社北京3月1日电).
var mediaRunHeads = []string{
	"日报", "日報", "晚报", "晚報", "时报", "時報", "早报", "早報", "电视", "電視", "电视台", "電視台",
	"电台", "電台", "广播", "廣播", "新闻网", "新聞網", "通讯社", "通訊社", "社", "周刊", "週刊", "传媒", "傳媒",
}

// mediaRunNot start no medium's name: a demonstrative, a numeral or a
// word of quantity (本报记者, 该台记者, 一名电视记者, 多家电视台记者).
const mediaRunNot runeSet = "本该該此我贵貴其各多某两兩几幾这這那一每诸諸"

// mediaRunCands finds the unquoted names of media outlets that open a
// credit: at the start of a line or clause, a run of Han characters ending
// in a medium's head, then 记者 (东海财经日报记者：) or, for a news agency,
// a place and a dateline (东海社北京3月1日电). The run must be longer than
// its head.
func (x *Extractor) mediaRunCands(s *scan) []*cand {
	text := s.text
	var out []*cand
	add := func(end int) {
		start := end
		for n := 0; start > 0 && n < 10; n++ {
			r, size := utf8.DecodeLastRuneInString(text[:start])
			if !isHan(r) || stopChars.has(r) {
				break
			}
			start -= size
		}
		if start == end || !clauseOpens(text, start) || mediaRunNot.has(runeAt(text, start)) {
			return
		}
		name := text[start:end]
		for _, h := range mediaRunHeads {
			if strings.HasSuffix(name, h) && utf8.RuneCountInString(name) >= utf8.RuneCountInString(h)+2 {
				c := newCand(start, end, Organization, prioOrgExt)
				c.org = x.exact(name, hitOrg)
				out = append(out, c)
				return
			}
		}
	}
	for _, w := range []string{"记者", "記者"} {
		for off := 0; ; {
			k := strings.Index(text[off:], w)
			if k < 0 {
				break
			}
			add(off + k)
			off += k + len(w)
		}
	}
	for off := 0; ; {
		k := strings.Index(text[off:], "社")
		if k < 0 {
			break
		}
		end := off + k + len("社")
		off = end
		for _, h := range s.starting(end) {
			if h.h.kind == hitPlace && dateline(text, h.end) {
				add(end)
				break
			}
		}
	}
	return out
}

// clauseOpens reports whether a clause or line opens at i: at the start of
// the text, or after a line break, a space, an opening bracket or
// punctuation.
func clauseOpens(text string, i int) bool {
	if i == 0 {
		return true
	}
	r := runeBefore(text, i)
	return r == '\n' || r == ' ' || r == '　' || strings.ContainsRune("（(【[「『“。！？；：，、:;,", r)
}
