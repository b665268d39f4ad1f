package entity

import (
	"strings"
	"unicode/utf8"

	"github.com/zhpipe/zhpipe/dict/lexicon"
)

// linkShortOrgs links the short forms of an organization's name to the
// full name written before them: a bare body or any name that ends the
// full name (商务部 after 美国商务部, 理事会 and 安全理事会 after
// 联合国安全理事会, 工作小组 after 数字贸易工作小组), and an
// abbreviation made of the full name's characters in order, with the same
// last character (美商会 after 中国美国商会, 东矿公司 after
// 东山矿业有限责任公司) when one organization only fits. Organizations the
// lexicon identifies keep their identity, but for bare bodies.
func linkShortOrgs(text string, kept []*cand) {
	// The organizations before the one at hand, indexed as it goes: the
	// last one by each proper end of its name, and the names by their last
	// character for abbreviations.
	// They are indexed when an organization to link comes (most are not
	// short forms), each after its own turn, as its key then stands.
	byEnd := map[string]*cand{}
	var abbrevs *abbrevIndex
	indexed := 0 // kept[:indexed] are indexed
	for i, c := range kept {
		if c.typ != Organization || c.regional || (c.org >= 0 && !c.body) || c.inner {
			continue
		}
		if i <= linkScanMax {
			linkByScan(text, kept[:i], c) // few before: no index
			continue
		}
		if abbrevs == nil {
			abbrevs = newAbbrevIndex()
		}
		for ; indexed < i; indexed++ {
			p := kept[indexed]
			if p.typ != Organization {
				continue
			}
			name := text[p.start:p.end]
			for k := range name {
				if k > 0 {
					byEnd[name[k:]] = p
				}
			}
			abbrevs.add(name, p.key)
		}
		form := text[c.start:c.end]
		if p := byEnd[form]; p != nil {
			c.key = p.key
			continue
		}
		n := utf8.RuneCountInString(form)
		if c.org >= 0 || n < 2 || n > 5 {
			continue
		}
		if key, ok := abbrevs.only(form, n, c.key); ok {
			c.key = key
		}
	}
}

// linkScanMax is how many mentions before an organization linkShortOrgs
// reads back one by one (linkByScan) rather than index: a short text's
// few names cost less to read than to index.
var linkScanMax = 48

// linkByScan links the organization c as linkShortOrgs does, going back
// through the mentions before it, nearest first.
func linkByScan(text string, before []*cand, c *cand) {
	form := text[c.start:c.end]
	for j := len(before) - 1; j >= 0; j-- {
		p := before[j]
		if p.typ == Organization && p.end-p.start > len(form) && strings.HasSuffix(text[p.start:p.end], form) {
			c.key = p.key
			return
		}
	}
	n := utf8.RuneCountInString(form)
	if c.org >= 0 || n < 2 || n > 5 {
		return
	}
	var to *cand
	for j := len(before) - 1; j >= 0; j-- {
		p := before[j]
		if p.typ != Organization || p.key == c.key || utf8.RuneCountInString(text[p.start:p.end]) < n+2 ||
			!abbreviates(form, text[p.start:p.end]) {
			continue
		}
		if to != nil && to.key != p.key {
			return // more than one fits
		}
		to = p
	}
	if to != nil {
		c.key = to.key
	}
}

// abbreviates reports whether short is made of characters of full in order,
// ending with full's last character (美商会 of 中国美国商会).
func abbreviates(short, full string) bool {
	sl, _ := utf8.DecodeLastRuneInString(short)
	fl, _ := utf8.DecodeLastRuneInString(full)
	if sl != fl {
		return false
	}
	i := 0
	for _, r := range short {
		k := strings.IndexRune(full[i:], r)
		if k < 0 {
			return false
		}
		i += k + utf8.RuneLen(r)
	}
	return true
}

// orgsAgain adds the later short mentions of organizations named in full:
// the part after a known place or organization that starts the name
// (安全理事会 after 联合国安全理事会, 商务部 after 美国商务部) and the head
// that ends it (理事会, 委员会, 办公室), each of three characters or more.
// The short mention must stand alone: not glued to a name character before
// it, and not inside another mention.
func (x *Extractor) orgsAgain(s *scan, kept []*cand, used occupancy) []*cand {
	text := s.text
	type form struct {
		s    string
		from int // search from here: after the full mention
		src  *cand
	}
	var forms []form
	seen := map[string]bool{}
	add := func(f string, c *cand) {
		if utf8.RuneCountInString(f) >= 3 && !seen[f] && f != text[c.start:c.end] {
			seen[f] = true
			forms = append(forms, form{f, c.end, c})
		}
	}
	for _, c := range kept {
		if c.typ != Organization || c.inner || c.key == "alias" {
			continue
		}
		for _, h := range s.starting(c.start) {
			if (h.h.kind == hitPlace || h.h.kind == hitOrg) && h.end < c.end && isHan(runeAt(text, h.end)) {
				add(text[h.end:c.end], c)
			}
		}
		if short := shortFormAfter(text, c.end); short != "" {
			add(short, c)
			if plain := strings.Join(strings.Fields(short), ""); plain != short {
				add(plain, c) // 会计师 公会, then 会计师公会
			}
		}
		for _, h := range s.ending(c.end) {
			if a := x.affix(h.h); a != nil && h.start > c.start && utf8.RuneCountInString(text[h.start:h.end]) >= 3 {
				switch a.Kind {
				case lexicon.OrgSuffix, lexicon.OrgSubunit, lexicon.OrgBody:
					add(text[h.start:h.end], c)
				}
			}
		}
	}
	if len(forms) == 0 {
		return kept
	}
	strs, from := make([]string, len(forms)), make([]int, len(forms))
	for i, f := range forms {
		strs[i], from[i] = f.s, f.from
	}
	occ := occurrences(text, strs, from)
	for i, f := range forms {
		off := f.from
		for _, a := range occ[i] {
			if a < off {
				continue // overlaps the one before
			}
			b := a + len(f.s)
			off = b
			if overlaps(used, a, b) || (nameChar(runeBefore(text, a)) && !quoteOpen.has(runeBefore(text, a))) {
				continue
			}
			used.mark(a, b)
			c := newCand(a, b, Organization, int(f.src.prio))
			c.org = f.src.org
			c.key = "alias"
			c.set().adminOf = f.src
			kept = append(kept, c)
		}
	}
	sortByStart(kept)
	return kept
}

// nameChar reports whether r would make a mention start inside a longer
// name: a Han character that is no stop character, conjunction or verb of
// joining or leaving (重返安全理事会: 返 ends a verb, so 安全理事会 stands
// alone). After a demonstrative (该研究所) the noun phrase is an anaphor,
// not a name.
func nameChar(r rune) bool {
	return isHan(r) && !strictStops.has(r) && !mentionLeft.has(r)
}

// mentionLeft may stand right before a short mention of an organization:
// verbs of joining and leaving, demonstratives and prepositions.
var mentionLeft = newRuneSet("返入出退向对對经經据據由被给給与與和及在于於到至")

// shortFormIntros introduce the short form a text will use for a name:
// （以下简称“美商会”）, (以下簡稱「會計師公會」), （下称…）.
var shortFormIntros = []string{"以下简称", "以下簡稱", "以下称", "以下稱", "下称", "下稱", "简称", "簡稱"}

var quoteOpen = newRuneSet("“「『\"‘")

var quoteClose = newRuneSet("”」』\"’")

// shortFormAfter returns the short form introduced right after a name
// (中国美国商会（以下简称“美商会”）), or "".
func shortFormAfter(text string, end int) string {
	rest := text[end:]
	if r, size := utf8.DecodeRuneInString(rest); r == '（' || r == '(' {
		rest = rest[size:]
	} else {
		return ""
	}
	intro := false
	for _, w := range shortFormIntros {
		if strings.HasPrefix(rest, w) {
			rest, intro = rest[len(w):], true
			break
		}
	}
	if !intro {
		return ""
	}
	if r, size := utf8.DecodeRuneInString(rest); r == '：' || r == ':' {
		rest = rest[size:]
	}
	quoted := false
	if r, size := utf8.DecodeRuneInString(rest); quoteOpen.has(r) {
		rest, quoted = rest[size:], true
	}
	n := 0
	for i, r := range rest {
		switch {
		case quoted && quoteClose.has(r), !quoted && (r == '）' || r == ')' || r == '，' || r == ','):
			if n == 0 || n > 12 {
				return ""
			}
			return strings.TrimSpace(rest[:i])
		case !isHan(r) && !isASCIIAlnum(r) && r != ' ':
			return ""
		}
		n++
	}
	return ""
}
