package entity

import (
	"unicode/utf8"

	"github.com/zhpipe/zhpipe/dict/lexicon"
)

// postTitleCands finds names written right before a title or an honorific:
// 郑立德议员, 王小明先生, 华勒斯参议员. The title is not part of the name.
func (x *Extractor) postTitleCands(s *scan) []*cand {
	text := s.text
	var out []*cand
	seen := map[int]bool{}
	for _, h := range s.hits {
		if h.h.kind != hitAffix || !followsName(h.h.akind) {
			continue // (the affix's kind is in the hit: no look-up in the table)
		}
		a := x.affix(h.h)
		if a == nil || !followsName(a.Kind) || seen[h.start] || notAfterName[a.Form] {
			continue
		}
		p := h.start
		seen[p] = true
		if p == 0 || x.knownEndsAt(s, p) || x.crossedAt(s, p) || x.inTitle(s, p) {
			continue
		}
		if r := runeBefore(text, p); countChars.has(r) && r != '名' && r != '位' {
			p -= utf8.RuneLen(r) // 洪森两首相: the name ends before the count
		}
		if start, n := translitRunBack(text, p, 6); n >= 2 && nameBoundary(text, start, x.titleEndsAt(s, start)) && !notName(text[start:p]) {
			out = append(out, newCand(start, p, Person, prioTitleName))
			continue
		}
		if start, ok := x.chineseNameBefore(s, p); ok {
			out = append(out, surnameCand(start, p))
		}
	}
	return out
}

// knownEndsAt reports whether a lexicon person, organization or place, or a
// title word, ends at pos (美国总统, 外交部发言人: no name before the title).
func (x *Extractor) knownEndsAt(s *scan, pos int) bool {
	for _, h := range s.ending(pos) {
		switch h.h.kind {
		case hitPerson, hitOrg, hitPlace:
			return true
		case hitAffix:
			if k := x.affix(h.h).Kind; isTitleKind(k) || k == lexicon.TitleQualifier || k == lexicon.OrgBody {
				return true
			}
		}
	}
	return false
}

// notAfterName are title words that are common nouns after a noun far more
// often than titles after a name (金婚代表, 政府顾问, 家庭助理); the rule
// does not read a name before them.
var notAfterName = map[string]bool{
	"代表": true, "贸易代表": true, "高级代表": true, "助理": true, "特别助理": true, "顾问": true,
	"特别顾问": true, "高级顾问": true, "专员": true, "委员": true, "常委": true, "发言人": true,
	"新闻秘书": true, "幕僚长": true, "创始人": true, "总工程师": true, "研究员": true, "分析师": true,
	"评论员": true, "主持人": true, "作家": true, "导演": true, "经理": true, "总监": true, "专家": true,
	"学者": true, "经济学家": true, "特使": true, "司令": true, "总司令": true,
}

// inTitle reports whether a title word starts before pos and ends after it
// (书记 in 总书记: 江总 is no name).
func (x *Extractor) inTitle(s *scan, pos int) bool {
	for q, n := pos, 0; q > 0 && n < 8; n++ {
		_, size := utf8.DecodeLastRuneInString(s.text[:q])
		q -= size
		for _, h := range s.starting(q) {
			if a := x.affix(h.h); a != nil && h.end > pos && (isTitleKind(a.Kind) || a.Kind == lexicon.Honorific) {
				return true
			}
		}
	}
	return false
}

// crossedAt reports whether a lexicon organization or place starts before
// pos and ends after it (商务部长: 商务 is no name, 商务部 is a body).
func (x *Extractor) crossedAt(s *scan, pos int) bool {
	for q, n := pos, 0; q > 0 && n < 8; n++ {
		_, size := utf8.DecodeLastRuneInString(s.text[:q])
		q -= size
		for _, h := range s.starting(q) {
			if h.end <= pos {
				continue
			}
			switch h.h.kind {
			case hitOrg, hitPlace, hitPerson:
				return true
			case hitAffix:
				if k := x.affix(h.h).Kind; k == lexicon.OrgBody || k == lexicon.OrgSuffix {
					return true
				}
			}
		}
	}
	return false
}

// translitRunBack returns the start of the run of transliteration
// characters that ends at end (at most max runes) and its rune count.
func translitRunBack(text string, end, max int) (int, int) {
	i, n := end, 0
	for i > 0 && n < max {
		r, size := utf8.DecodeLastRuneInString(text[:i])
		if !translit.has(r) {
			break
		}
		i -= size
		n++
	}
	return i, n
}

// nameLeftVerbs may stand right before a name that a title or honorific
// follows: 会见王小明先生, 感谢李华女士.
var nameLeftVerbs = newRuneSet("见見迎谢謝问問访訪邀派任贺賀祝唁悼")

// chineseNameBefore reads a Chinese name that ends at end: a surname and
// one or two more characters (or a compound or double surname and two
// more), with the start of a clause, a stop character, a conjunction, a
// title or a verb of meeting before it. The longest reading that fits wins.
func (x *Extractor) chineseNameBefore(s *scan, end int) (int, bool) {
	text := s.text
	for _, k := range []int{4, 3, 2} {
		start, ok := hanRunBack(text, end, k)
		if !ok || notName(text[start:end]) {
			continue
		}
		sl := x.surnameLen(text, start)
		switch {
		case sl == 0:
			continue
		case k == 4 && sl != 2 && x.surnameLen(text, start+utf8.RuneLen(runeAt(text, start))) != 1:
			continue // four characters: 欧阳立新, 陈李美华
		case k == 2 && sl == 2:
			continue // a compound surname alone
		case k == 2 && orgHeadChars.has(runeBefore(text, end)):
			continue // 陆军 of 陆军司令: a unit, not a name
		case countChars.has(runeBefore(text, end)):
			continue // 洪森两 of 洪森两首相
		}
		b := runeBefore(text, start)
		if nameBoundary(text, start, x.titleEndsAt(s, start)) || nameLeftVerbs.has(b) || x.knownEndsAt(s, start) {
			return start, true
		}
	}
	return 0, false
}

// orgHeadChars end the names of units and bodies; a two-character "name"
// before a title that ends with one is a unit (陆军司令, 海关关长).
var orgHeadChars = newRuneSet("军軍部局院会會党黨委司厅廳处處所团團队隊社组組关關")

// countChars count the people a title that follows them names (两首相,
// 各部长): they end no name.
var countChars = newRuneSet("两兩二三四五六七八九十几幾各诸諸众眾多位名")

// hanRunBack reports whether the k runes before end are Han characters that
// may stand in a name, and returns their start.
func hanRunBack(text string, end, k int) (int, bool) {
	p := end
	for n := 0; n < k; n++ {
		if p <= 0 {
			return 0, false
		}
		r, size := utf8.DecodeLastRuneInString(text[:p])
		if !isHan(r) || (stopChars.has(r) && !(n < k-1 && givenNameChar(text, p-size))) || (n < k-1 && nameFollowers.has(r)) {
			return 0, false
		}
		p -= size
	}
	return p, true
}
