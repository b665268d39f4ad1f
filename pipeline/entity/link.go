package entity

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// group is an entity being built.
type group struct {
	key   string
	id    string // the entity's ID (P1, O2, A1, L3)
	typ   Type
	cands []*cand
}

// link groups mentions into entities and builds the result.
func (x *Extractor) link(s *scan, kept, admins []*cand) []Entity {
	text := s.text
	alias := map[string]string{}
	for _, c := range kept {
		switch {
		case c.key == "alias":
			// set below from the mention it repeats
		case c.typ == Person && c.person >= 0:
			c.key = "P:lex:" + x.lex.People[c.person].ID
		case c.typ == Person && c.get().lastPart != "":
			c.key = "P:name:" + foldString(c.get().lastPart)
		case c.typ == Person:
			c.key = "P:name:" + foldString(text[c.start:c.end])
		case c.typ == Organization && c.org >= 0:
			c.key = "O:lex:" + x.lex.Orgs[c.org].ID
		case c.typ == Organization && c.get().canon != "":
			c.key = "O:name:" + foldString(c.get().canon)
		case c.typ == Organization:
			start, end := c.nameRange()
			c.key = "O:name:" + foldString(text[start:end])
		case c.place >= 0:
			c.key = "L:lex:" + strconv.Itoa(int(c.place))
		case c.get().canon != "":
			c.key = "L:name:" + foldString(c.get().canon)
		default:
			c.key = "L:name:" + foldString(text[c.start:c.end])
		}
		if c.typ == Person && c.get().lastPart == "" && c.key != "alias" {
			if short := x.doubleSurnames(text[c.start:c.end]); short != "" {
				alias["P:name:"+foldString(short)] = c.key // 林郑 of 林郑月娥
			}
		}
		if c.typ == Person && c.get().lastPart != "" {
			alias["P:name:"+foldString(c.get().lastPart)] = c.key
			// The same name written without its dots (马修斯坦顿 for 马修·斯坦顿).
			alias["P:name:"+strings.Map(dropDot, text[c.start:c.end])] = c.key
		}
	}
	for _, c := range kept {
		if c.key == "alias" {
			c.key = c.more.adminOf.key
			c.more.adminOf = nil
		}
	}
	linkShortOrgs(text, kept)
	for _, c := range kept {
		if k, ok := alias[c.key]; ok && k != c.key {
			c.key = k
		}
	}
	for _, a := range admins {
		a.key = "O:admin:" + a.get().adminOf.key
	}
	all := append(append([]*cand(nil), kept...), admins...)
	sortByStart(all)
	all = mergeAdjacent(all)
	var groups []*group
	byKey := map[string]*group{}
	for _, c := range all {
		g := byKey[c.key]
		if g == nil {
			g = &group{key: c.key, typ: c.typ}
			byKey[c.key] = g
			groups = append(groups, g)
		}
		g.cands = append(g.cands, c)
	}
	// IDs are numbered per type; administrations have their own series
	// (A1, A2) so that the organizations an article names are O1, O2, …
	// without gaps wherever administrations are listed.
	var count [4]int // P, O, L, A
	for _, g := range groups {
		k, p := 2, "L"
		switch {
		case strings.HasPrefix(g.key, "O:admin:"):
			k, p = 3, "A"
		case g.typ == Person:
			k, p = 0, "P"
		case g.typ == Organization:
			k, p = 1, "O"
		}
		count[k]++
		g.id = p + strconv.Itoa(count[k])
	}
	personEnds := personEnds(kept)
	var out []Entity // nil without groups
	if len(groups) > 0 {
		out = make([]Entity, 0, len(groups))
	}
	for _, g := range groups {
		e := x.entity(text, g, g.id)
		if g.typ == Person {
			e.Titles = x.titles(s, g, personEnds)
		}
		for _, c := range g.cands {
			if a := c.get().adminOf; a != nil {
				e.LinkedPerson = ""
				if pg := byKey[a.key]; pg != nil {
					e.LinkedPerson = pg.id
				}
			}
		}
		out = append(out, e)
	}
	order := func(e Entity) int {
		switch {
		case e.Type == Person:
			return 0
		case e.LinkedPerson != "":
			return 2
		case e.Type == Organization:
			return 1
		}
		return 3
	}
	slices.SortStableFunc(out, func(a, b Entity) int { return cmp.Compare(order(a), order(b)) })
	return out
}

// mergeAdjacent makes one mention of two mentions of one organization
// written one after the other, as when a body's full and short names stand
// together before a reporter's title.
func mergeAdjacent(all []*cand) []*cand {
	out := all[:0]
	for _, c := range all {
		if n := len(out); n > 0 {
			p := out[n-1]
			if p.typ == Organization && c.typ == Organization && p.key == c.key && p.end == c.start &&
				!p.inner && !c.inner && p.get().adminOf == nil && c.get().adminOf == nil {
				p.end = c.end
				continue
			}
		}
		out = append(out, c)
	}
	return out
}

// nameRange returns the range of the name in a mention: the mention, or
// what stands inside the title marks of a media outlet (《纽约时报》).
func (c *cand) nameRange() (int, int) {
	if c.inner {
		return c.start + len("《"), c.end - len("》")
	}
	return c.start, c.end
}

// nameLen returns the length in runes of the name in a mention.
func nameLen(text string, c *cand) int {
	start, end := c.nameRange()
	return utf8.RuneCountInString(text[start:end])
}

// dropDot maps a name dot to nothing and folds the other runes.
func dropDot(r rune) rune {
	if isDot(r) {
		return -1
	}
	return fold(r)
}

func foldString(s string) string {
	return strings.Map(fold, s)
}

// entity builds the Entity of a group: mentions, name, Simplified, English.
func (x *Extractor) entity(text string, g *group, id string) Entity {
	e := Entity{ID: id, Type: g.typ}
	var full *cand
	for _, c := range g.cands {
		e.Mentions = append(e.Mentions, Mention{Start: c.start, End: c.end, Text: text[c.start:c.end]})
		if full == nil || nameLen(text, c) > nameLen(text, full) {
			full = c
		}
	}
	e.NameStart, e.NameEnd = full.nameRange()
	// A place's name takes the geographic head written after a mention
	// (亚太地区 for the mention 亚太), when that is the fullest form.
	for _, c := range g.cands {
		if c.get().headEnd > c.end && c.get().headEnd-c.start > e.NameEnd-e.NameStart {
			e.NameStart, e.NameEnd, full = c.start, c.get().headEnd, c
		}
	}
	e.Name = text[e.NameStart:e.NameEnd]
	for i, m := range e.Mentions {
		if m.Start == full.start && m.End == full.end {
			e.NameMention = i
			break
		}
	}
	e.Simplified = e.Name
	if x.simplify != nil {
		e.Simplified = x.simplify(e.Name)
	}
	for _, c := range g.cands {
		if c.get().english != "" && e.English == "" {
			e.English = c.get().english
		}
	}
	switch {
	case g.typ == Person:
		if p := firstIndex(g.cands, func(c *cand) int { return int(c.person) }); p >= 0 {
			lp := x.lex.People[p]
			e.LexiconID = lp.ID
			e.English = withInitials(lp.English, " ", full.get().initials, ".", lp.English)
			switch {
			case strings.ContainsFunc(e.Name, isDot):
				e.Simplified = withInitials(lp.Full, "·", full.get().initials, "", lp.Full)
			case lp.Short != "":
				e.Simplified = lp.Short
			default:
				e.Simplified = lp.Full
			}
		}
	case g.typ == Organization:
		if o := firstIndex(g.cands, func(c *cand) int { return int(c.org) }); o >= 0 {
			e.LexiconID = x.lex.Orgs[o].ID
			e.English = x.lex.Orgs[o].English
		}
	case g.typ == Place:
		if p := firstIndex(g.cands, func(c *cand) int { return int(c.place) }); p >= 0 {
			e.English = x.lex.Places[p].English
		}
	}
	return e
}

func firstIndex(cs []*cand, f func(*cand) int) int {
	for _, c := range cs {
		if i := f(c); i >= 0 {
			return i
		}
	}
	return -1
}

// withInitials inserts the initials that name lacks before its last part
// (parts joined by sep): "Marco Rubio" + A → "Marco A. Rubio".
func withInitials(name, sep string, initials []string, mark, known string) string {
	parts := strings.Split(name, sep)
	if len(parts) < 2 || len(initials) == 0 {
		return name
	}
	var add []string
	for _, in := range initials {
		if !strings.Contains(known, in) {
			add = append(add, in+mark)
		}
	}
	if len(add) == 0 {
		return name
	}
	out := append(append(append([]string(nil), parts[:len(parts)-1]...), add...), parts[len(parts)-1])
	return strings.Join(out, sep)
}

// personEnds returns the end offsets of all person mentions, sorted.
func personEnds(kept []*cand) []int {
	var ends []int
	for _, c := range kept {
		if c.typ == Person {
			ends = append(ends, c.end)
		}
	}
	slices.Sort(ends)
	return ends
}

// doubleSurnames returns the two surnames that start a married woman's
// four-character name, by which the press names her (林郑 of 林郑月娥,
// 陈李 of 陈李美华); "" for other names.
func (x *Extractor) doubleSurnames(name string) string {
	if utf8.RuneCountInString(name) != 4 || !allHan(name) || x.surnameLen(name, 0) != 1 {
		return ""
	}
	_, size := utf8.DecodeRuneInString(name)
	if x.surnameLen(name, size) != 1 {
		return ""
	}
	_, size2 := utf8.DecodeRuneInString(name[size:])
	return name[:size+size2]
}
