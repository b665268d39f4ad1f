package entity

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// group is an entity being built.
type group struct {
	key    string
	id     string // the entity's ID (P1, O2, A1, L3)
	cands  []*cand
	n      int32 // how many mentions
	linked int32 // for an administration, its person's group, else -1
	typ    Type
	order  uint8 // see entityOrder
}

// link groups mentions into entities and builds the result.
func (x *Extractor) link(s *scan, kept, admins []*cand) []Entity {
	text := s.text
	alias := map[string]string{}
	// The keys are written one after the other into one string.
	var buf strings.Builder
	buf.Grow(24 * len(kept))
	ends := make([]int, len(kept)) // where kept[i]'s key ends in buf; -1 for an alias
	for i, c := range kept {
		switch {
		case c.key == "alias":
			// set below from the mention it repeats
			ends[i] = -1
			continue
		case c.typ == Person && c.person >= 0:
			buf.WriteString("P:lex:")
			buf.WriteString(x.lex.People[c.person].ID)
		case c.typ == Person && c.get().lastPart != "":
			buf.WriteString("P:name:")
			writeFold(&buf, c.get().lastPart)
		case c.typ == Person:
			buf.WriteString("P:name:")
			writeFold(&buf, text[c.start:c.end])
		case c.typ == Organization && c.org >= 0:
			buf.WriteString("O:lex:")
			buf.WriteString(x.lex.Orgs[c.org].ID)
		case c.typ == Organization && c.get().canon != "":
			buf.WriteString("O:name:")
			writeFold(&buf, c.get().canon)
		case c.typ == Organization:
			start, end := c.nameRange()
			buf.WriteString("O:name:")
			writeFold(&buf, text[start:end])
		case c.place >= 0:
			var digits [20]byte
			buf.WriteString("L:lex:")
			buf.Write(strconv.AppendInt(digits[:0], int64(c.place), 10))
		case c.get().canon != "":
			buf.WriteString("L:name:")
			writeFold(&buf, c.get().canon)
		default:
			buf.WriteString("L:name:")
			writeFold(&buf, text[c.start:c.end])
		}
		ends[i] = buf.Len()
	}
	keys, from := buf.String(), 0
	for i, c := range kept {
		if ends[i] >= 0 {
			c.key, from = keys[from:ends[i]], ends[i]
		}
	}
	for _, c := range kept {
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
	all := make([]*cand, 0, len(kept)+len(admins))
	all = append(append(all, kept...), admins...)
	sortByStart(all)
	all = mergeAdjacent(all)
	// Groups in order of first mention; each group's mentions are a
	// part of one array, in text order.
	groups := make([]group, 0, len(all))
	byKey := map[string]int32{}
	at := make([]int32, len(all)) // the group of all[i]
	for i, c := range all {
		k, ok := byKey[c.key]
		if !ok {
			k = int32(len(groups))
			byKey[c.key] = k
			groups = append(groups, group{key: c.key, typ: c.typ, linked: -1})
		}
		at[i] = k
		groups[k].n++
	}
	members := make([]*cand, len(all))
	for k := range groups {
		n := int(groups[k].n)
		groups[k].cands = members[:0:n]
		members = members[n:]
	}
	for i, c := range all {
		g := &groups[at[i]]
		g.cands = append(g.cands, c)
	}
	// IDs are numbered per type; administrations have their own series
	// (A1, A2) so that the organizations an article names are O1, O2, …
	// without gaps wherever administrations are listed.
	var count [4]int // P, O, L, A
	for i := range groups {
		g := &groups[i]
		k := 2
		switch {
		case strings.HasPrefix(g.key, "O:admin:"):
			k = 3
		case g.typ == Person:
			k = 0
		case g.typ == Organization:
			k = 1
		}
		count[k]++
		g.id = groupID(k, count[k])
	}
	// The person an administration is named after: that of its last
	// mention that names one.
	var rank [4]int // how many entities come before each order (see entityOrder)
	for i := range groups {
		g := &groups[i]
		for _, c := range g.cands {
			if a := c.get().adminOf; a != nil {
				g.linked = -1
				if pk, ok := byKey[a.key]; ok {
					g.linked = pk
				}
			}
		}
		g.order = entityOrder(g.typ, g.linked >= 0 && groups[g.linked].id != "")
		rank[g.order]++
	}
	for o, n := 0, 0; o < len(rank); o++ {
		rank[o], n = n, n+rank[o]
	}
	personEnds := personEnds(kept)
	var out []Entity // nil without groups
	if len(groups) > 0 {
		out = make([]Entity, len(groups))
	}
	mentions := make([]Mention, len(all))
	for i := range groups {
		g := &groups[i]
		ms := mentions[:0:len(g.cands)]
		mentions = mentions[len(g.cands):]
		e := &out[rank[g.order]]
		rank[g.order]++
		*e = x.entity(text, g, g.id, ms)
		if g.typ == Person {
			e.Titles = x.titles(s, g, personEnds)
		}
		if g.linked >= 0 {
			e.LinkedPerson = groups[g.linked].id
		}
	}
	return out
}

// entityOrder is the place of an entity's kind in Extract's result:
// people, organizations, administrations (organizations named after a
// person), places.
func entityOrder(typ Type, linked bool) uint8 {
	switch {
	case typ == Person:
		return 0
	case linked:
		return 2
	case typ == Organization:
		return 1
	}
	return 3
}

// groupIDs are the first IDs of each series (P, O, L, A), made once.
var groupIDs = func() (ids [4][64]string) {
	for k, p := range [4]string{"P", "O", "L", "A"} {
		for n := 1; n < len(ids[k]); n++ {
			ids[k][n] = p + strconv.Itoa(n)
		}
	}
	return ids
}()

// groupID returns the ID of the n-th entity (from 1) of series k (P, O,
// L, A).
func groupID(k, n int) string {
	if n < len(groupIDs[k]) {
		return groupIDs[k][n]
	}
	return [4]string{"P", "O", "L", "A"}[k] + strconv.Itoa(n)
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

// writeFold writes foldString(s) to b.
func writeFold(b *strings.Builder, s string) {
	for _, r := range s { // (an invalid byte is utf8.RuneError, as for strings.Map)
		b.WriteRune(fold(r))
	}
}

// entity builds the Entity of a group: mentions, name, Simplified, English.
// The mentions are appended to ms.
func (x *Extractor) entity(text string, g *group, id string, ms []Mention) Entity {
	e := Entity{ID: id, Type: g.typ, Mentions: ms}
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
