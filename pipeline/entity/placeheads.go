package entity

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/zhpipe/zhpipe/dict/lexicon"
)

// geoHeads follow a place's name to name a region of it or around it:
// 亚太地区, 印太区域, 加沙地带, 欧亚大陆, 小浪底库区, 长江流域, 朝鲜半岛.
// NER corpora leave the head out of the mention (MSRA: 亚太 LOC + 地区);
// the entity's name takes it (see candMore.headEnd).
var geoHeads = []string{
	"地区", "地區", "区域", "區域", "地带", "地帶", "大陆", "大陸", "库区", "庫區", "流域",
	"半岛", "半島", "盆地", "平原", "高原", "海域", "湾区", "灣區",
}

// areaHeads are the geographic heads that name an area around a place
// rather than a feature of its own (亚太地区, 印太区域, 加沙地带): the only
// heads a place of the lexicon takes.
var areaHeads = []string{"地区", "地區", "区域", "區域", "地带", "地帶"}

// geoHeadFits reports whether the geographic head h after c ends the
// place's full name: not the start of a longer word (地区性) or of a name
// read apart (日本 + 平原县; a common word it opens is fine: 亚太 +
// 地区间), not the feature of a country (美国 + 海域: the
// country keeps its name), and for another place of the lexicon only an
// area around it (亚太 + 地区, not 长江 + 平原).
func (x *Extractor) geoHeadFits(s *scan, c *cand, h string, used occupancy) bool {
	end := c.end + len(h)
	if notHeadAfter.has(runeAt(s.text, end)) || overlaps(used, c.end, end) {
		return false
	}
	if !s.wordEndsAt(end) {
		// Only a common word the head opens (地区间/n), not
		// a name (平原县/ns).
		k := s.wordAt(c.end)
		if k < 0 || s.wstart(k) != c.end || s.pos(k) != "n" {
			return false
		}
	}
	if c.place < 0 {
		return true
	}
	return x.lex.Places[c.place].Kind != lexicon.Country && slices.Contains(areaHeads, h)
}

// notHeadAfter may not follow a geographic head: the head is then the
// start of a longer word (地区性, 大陆架, 区域化).
var notHeadAfter = newRuneSet("性架化")

// facilityHeads end the name of a facility named after a place or a person:
// 洛杉矶机场, 约翰·沃尔特国际机场, 关丹港口, 曼彻斯特广场. The facility is a
// place of its own (MSRA and the People's Daily tag 首都机场, 天安门广场 and
// 太原火车站 LOC).
var facilityHeads = []string{
	"国际机场", "國際機場", "机场", "機場", "国际港", "國際港", "港口", "码头", "碼頭", "广场", "廣場",
	"火车站", "火車站", "高铁站", "高鐵站", "车站", "車站", "大桥", "大橋", "水库", "水庫", "大坝", "大壩",
}

// prefixAt returns the first of words that text has at i, or "".
func prefixAt(text string, i int, words []string) string {
	for _, w := range words {
		if strings.HasPrefix(text[i:], w) {
			return w
		}
	}
	return ""
}

// placeHeads reads the heads that follow the kept names: a facility's head
// after a place or a name makes the whole a place of its own (甘马挽 +
// 港口), after a name that a title marks only where the segmenter reads
// the whole as nouns (局长王小明 + 机场迎接 stays a person); a tagger's facility glued to the name it is named after becomes
// one place (约翰·沃尔特 + 沃尔特国际机场); and a geographic head after a place
// (亚太 + 地区) is recorded as the end of the place's full name.
func (x *Extractor) placeHeads(s *scan, kept []*cand, used occupancy) []*cand {
	text := s.text
	out := kept[:0]
	for i, c := range kept {
		if c == nil {
			continue
		}
		if c.typ != Place && c.typ != Person {
			out = append(out, c)
			continue
		}
		// A person's name right before a tagger's facility: one place
		// named after the person (a place before one, 上海 + 虹桥火车站,
		// says where it is).
		if c.typ == Person && i+1 < len(kept) && kept[i+1] != nil {
			n := kept[i+1]
			if n.start == c.end && n.typ == Place && n.place < 0 && hasSuffixAny(text[n.start:n.end], facilityHeads) &&
				nameLen(text, c) >= 2 && isHan(runeAt(text, n.start)) {
				n.start = c.start
				continue
			}
		}
		if skipIdle && !headFirst.has(runeAt(text, c.end)) {
			out = append(out, c) // no head follows
			continue
		}
		heads := facilityHeads
		if x.articles {
			heads = facilityHotelHeads
		}
		if h := prefixAt(text, c.end, heads); h != "" && !overlaps(used, c.end, c.end+len(h)) && nameLen(text, c) >= 2 &&
			(c.typ == Place || c.person < 0 && (!ruleName(c) && !x.titleEndsAt(s, c.start) || s.nounsOnly(c.start, c.end+len(h)))) {
			used.mark(c.end, c.end+len(h))
			c.end += len(h)
			c.typ, c.person, c.place, c.org = Place, -1, -1, -1
			c.surname = false
			if c.more != nil {
				c.more.lastPart, c.more.initials = "", nil
			}
			out = append(out, c)
			continue
		}
		if c.typ == Place && utf8.RuneCountInString(text[c.start:c.end]) >= 2 {
			if h := prefixAt(text, c.end, geoHeads); h != "" && x.geoHeadFits(s, c, h, used) {
				c.set().headEnd = c.end + len(h)
			}
		}
		out = append(out, c)
	}
	return out
}

// nestedPlaces adds, for articles (Options.Articles), the place of the
// lexicon that starts an organization's mention as a mention of that place
// too: 日本 in 日本外务省, 香港 in 香港海关. A reader names the
// country of such a body among the article's places; NER corpora, whose
// mentions do not nest, leave it out.
func (x *Extractor) nestedPlaces(s *scan, kept []*cand) []*cand {
	var add []*cand
	for _, c := range kept {
		if c.typ != Organization || c.inner {
			continue
		}
		end, idx := -1, -1
		for _, h := range s.starting(c.start) {
			if h.h.kind == hitPlace && h.end < c.end && h.end > end && utf8.RuneCountInString(s.text[h.start:h.end]) >= 2 {
				end, idx = h.end, int(h.h.idx)
			}
		}
		if idx >= 0 {
			p := newCand(c.start, end, Place, prioPlace)
			p.place = int32(idx)
			add = append(add, p)
		}
	}
	if len(add) == 0 {
		return kept
	}
	kept = append(kept, add...)
	sortByStart(kept)
	return kept
}

// facilityHotelHeads are facilityHeads, then hotelHeads: the heads of
// placeHeads with Options.Articles.
var facilityHotelHeads = slices.Concat(facilityHeads, hotelHeads)

// hotelHeads end the names of hotels: a venue, which an article names among
// its places (NER corpora tag hotels ORG).
var hotelHeads = []string{"酒店", "饭店", "飯店", "宾馆", "賓館", "旅馆", "旅館"}

// headFirst holds the first runes of the heads placeHeads reads
// (facilityHotelHeads, geoHeads): no head starts with another rune.
var headFirst = func() runeSet {
	var first []rune
	for _, w := range slices.Concat(facilityHotelHeads, geoHeads) {
		r, _ := utf8.DecodeRuneInString(w)
		first = append(first, r)
	}
	return newRuneSet(string(first))
}()

// governments adds, for articles, the government named after a place of
// the text that a government's head follows (荆门市 + 人民政府), where
// no rule already read one; the place stays a mention of its own.
func (x *Extractor) governments(s *scan, kept []*cand, used occupancy) []*cand {
	var add []*cand
	for _, c := range kept {
		if c.typ != Place {
			continue
		}
		a, ok := x.affixAt(s, c.end, false, lexicon.OrgGovernment)
		if !ok || overlaps(used, a.start, a.end) {
			continue
		}
		used.mark(a.start, a.end)
		add = append(add, newCand(c.start, a.end, Organization, prioOrgExt))
	}
	if len(add) == 0 {
		return kept
	}
	kept = append(kept, add...)
	sortByStart(kept)
	return kept
}
