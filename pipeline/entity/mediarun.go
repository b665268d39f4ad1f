package entity

import (
	"cmp"
	"iter"
	"slices"
	"strings"
	"unicode/utf8"
)

// mediaRunHeads end the unquoted name of a medium that a credit names
// (东海日报记者, 东海电视记者, 东海社北京3月1日电).
var mediaRunHeads = []string{
	"日报", "日報", "晚报", "晚報", "时报", "時報", "早报", "早報", "电视", "電視", "电视台", "電視台",
	"电台", "電台", "广播", "廣播", "新闻网", "新聞網", "通讯社", "通訊社", "社", "周刊", "週刊", "传媒", "傳媒",
}

// mediaRunFollowers follow a medium's unquoted name in a credit or as its
// staff's title: its reporter (东海日报记者：) or its head (东海传媒董事长).
var mediaRunFollowers = []string{"记者", "記者", "董事长", "董事長", "总裁", "總裁", "社长", "社長", "总编辑", "總編輯",
	"执行长", "執行長", "总经理", "總經理"}

// followerFirst holds the first runes of mediaRunFollowers.
var followerFirst = func() runeSet {
	var first strings.Builder
	for _, w := range mediaRunFollowers {
		r, _ := utf8.DecodeRuneInString(w)
		first.WriteRune(r)
	}
	return newRuneSet(first.String())
}()

// followerAt returns where the words of mediaRunFollowers stand in text,
// ordered by word (in the list's order), then by place: what a search of
// text for each word in turn finds, in one pass that stops only at the
// words' first runes.
func followerAt(s *scan) []int {
	text := s.text
	type at struct{ w, pos int }
	var found []at
	for off := 0; off < len(text); {
		p := s.next(markFollower, off)
		if p < 0 {
			break
		}
		for w, f := range mediaRunFollowers {
			if strings.HasPrefix(text[p:], f) {
				found = append(found, at{w, p})
			}
		}
		_, size := utf8.DecodeRuneInString(text[p:])
		off = p + size
	}
	slices.SortFunc(found, func(a, b at) int { return cmp.Or(cmp.Compare(a.w, b.w), cmp.Compare(a.pos, b.pos)) })
	out := make([]int, len(found))
	for i, f := range found {
		out[i] = f.pos
	}
	return out
}

// mediaRunNot start no medium's name: a demonstrative, a numeral, a word
// of quantity or a qualifier of time (本报记者, 该台记者, 一名电视记者,
// 多家电视台记者, 原某某出版社社长).
var mediaRunNot = newRuneSet("本该該此我贵貴其各多某两兩几幾这這那一每诸諸原前现現")

// mediaRunCands finds the unquoted names of media outlets that open a
// credit or a clause: at the start of a line or clause, a run of Han
// characters ending in a medium's head, then 记者 or the title of its head
// (东海财经日报记者：, 东海传媒董事长王小明) or, for a news agency, a place
// and a dateline (东海社北京3月1日电). The run must be longer than
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
		if start == end || !clauseOpens(text, start) || mediaRunNot.has(runeAt(text, start)) ||
			x.genericOrg(s, Span{Start: start, End: end, Type: Organization}) || s.commonNoun(start, end) {
			return // 出版社社长: no name
		}
		name := text[start:end]
		for _, h := range mediaRunHeads {
			if strings.HasSuffix(name, h) && utf8.RuneCountInString(name) >= utf8.RuneCountInString(h)+2 {
				c := newCand(start, end, Organization, prioOrgExt)
				c.org = int32(x.exact(name, hitOrg))
				out = append(out, c)
				return
			}
		}
	}
	for _, at := range followerAt(s) {
		add(at)
	}
	for off := 0; ; {
		k := s.index("社", off)
		if k < 0 {
			break
		}
		end := k + len("社")
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
	return clauseOpenRunes.has(r)
}

// clauseStarts yields, in order, the places of text where clauseOpens
// holds: the start and the place after each rune that opens a clause,
// found without reading the runes between.
func clauseStarts(text string) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := 0; i < len(text); {
			if !yield(i) {
				return
			}
			k := indexRuneSet(text[i:], clauseOpenRunes)
			if k < 0 {
				return
			}
			_, n := utf8.DecodeRuneInString(text[i+k:])
			i += k + n
		}
	}
}

// clauseOpenRunes open a clause (see clauseOpens).
var clauseOpenRunes = newRuneSet("\n 　（(【[「『“。！？；：，、:;,")

// commonNoun reports whether start:end is one word of the segmenter that
// it tags as a common noun (出版社/n, 电视台/n).
func (s *scan) commonNoun(start, end int) bool {
	k := s.wordAt(start)
	return k >= 0 && s.wstart(k) == start && s.wend(k) == end && s.pos(k) == "n"
}

// languageServices follow a medium's name to name its service in a
// language (BBC中文, 纽约时报中文网).
var languageServices = []string{"中文网", "中文網", "中文版", "中文台", "中文"}

// languageServiceOrgs lengthens a medium to the Chinese service that
// follows it (BBC + 中文, 纽约时报 + 中文网): a media outlet of the
// lexicon, or an organization written in Latin letters.
func (x *Extractor) languageServiceOrgs(text string, kept []*cand, used occupancy) {
	media := func(c *cand) bool {
		return c.org >= 0 && strings.HasPrefix(x.lex.Orgs[c.org].ID, "media-") ||
			strings.IndexFunc(text[c.start:c.end], func(r rune) bool { return !isASCIILetter(r) }) < 0
	}
	for _, c := range kept {
		if c.typ != Organization || c.inner || c.end <= c.start || !media(c) {
			continue
		}
		for _, w := range languageServices {
			end := c.end + len(w)
			if strings.HasPrefix(text[c.end:], w) && !overlaps(used, c.end, end) {
				used.mark(c.end, end)
				c.end = end
				c.org = -1
				if c.more != nil {
					c.more.canon = ""
				}
				break
			}
		}
	}
}
