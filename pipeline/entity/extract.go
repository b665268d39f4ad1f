package entity

import (
	"cmp"
	"slices"

	"github.com/zhpipe/zhpipe/pipeline/words"
)

// Candidate priorities: when candidates overlap, the higher priority wins,
// then the longer span, then the earlier one.
const (
	prioTaggerInside = 59 // a tagger span inside a lexicon place
	prioPlace        = 60
	prioWeakName     = 61 // a title or surname rule's name, or a suffix run, when a tagger is present
	prioTagger       = 62
	prioLongPlace    = 63 // 波兰共和国
	prioSurname      = 65
	prioTitleName    = 70
	prioOrg          = 75
	prioPerson       = 80
	prioOrgExt       = 85
	prioTaggerWins   = 86 // a tagger span that contains places or organizations
	prioDotted       = 90
	prioBracket      = 95
	prioTaggerName   = 96 // a tagger name around a rule's name (达恩·蒂雄 around 达恩·蒂)
)

// maxCandBytes bounds the length of a rule or lexicon candidate, for
// searching the candidates that overlap a span.
const maxCandBytes = 256

// cand is a candidate mention. It takes 64 bytes (a long text has
// hundreds of thousands): the fields few candidates set are apart, in
// more.
type cand struct {
	start, end int
	person     int32 // lexicon person index, -1 if none
	org        int32 // lexicon org index, -1 if none
	place      int32 // lexicon place index, -1 if none
	typ        Type
	prio       int8
	body       bool   // a bare government body (商务部)
	run        bool   // an organization read as a name run ending in a suffix
	surname    bool   // a Chinese name read from its surname next to a title
	regional   bool   // a bare body with the identity it has in the text's region
	inner      bool   // a media outlet in title marks: the name is inside them
	key        string // identity key, set by link
	more       *candMore
}

// candMore holds the fields of a cand that few candidates set.
type candMore struct {
	english  string
	initials []string // Latin initials of a dotted name (A in 马尔科·A·卢比奥)
	lastPart string   // last part of a dotted name (卢比奥)
	baseEnd  int      // for a run ending in a government head (江西省人民政府): the end of its place, else 0
	headEnd  int      // for a place: the end of a geographic head after it (亚太 + 地区), else 0
	canon    string   // the name to identify an unknown entity by, when not its text (英国国防部 for 英国防部)
	adminOf  *cand    // for an administration: its person mention
}

// noMore is what get returns for a cand without more: never written.
var noMore candMore

// get returns c's rarer fields, for reading only.
func (c *cand) get() *candMore {
	if c.more == nil {
		return &noMore
	}
	return c.more
}

// set returns c's rarer fields, for writing.
func (c *cand) set() *candMore {
	if c.more == nil {
		c.more = &candMore{}
	}
	return c.more
}

func newCand(start, end int, typ Type, prio int) *cand {
	return &cand{start: start, end: end, typ: typ, prio: int8(prio), person: -1, org: -1, place: -1}
}

// resolve keeps the best of overlapping candidates and returns the kept ones
// in text order, with the occupancy of the text.
func resolve(cands []*cand, n int) ([]*cand, occupancy) {
	slices.SortStableFunc(cands, func(a, b *cand) int {
		if a.prio != b.prio {
			return cmp.Compare(b.prio, a.prio)
		}
		if la, lb := a.end-a.start, b.end-b.start; la != lb {
			return cmp.Compare(lb, la)
		}
		return cmp.Compare(a.start, b.start)
	})
	used := newOccupancy(n)
	var kept []*cand
	for _, c := range cands {
		if c.start < 0 || c.end > n || c.start >= c.end || overlaps(used, c.start, c.end) {
			continue
		}
		used.mark(c.start, c.end)
		kept = append(kept, c)
	}
	sortByStart(kept)
	return kept, used
}

func sortByStart(cs []*cand) {
	slices.SortStableFunc(cs, func(a, b *cand) int {
		if a.start != b.start {
			return cmp.Compare(a.start, b.start)
		}
		return cmp.Compare(b.end, a.end)
	})
}

// Extract finds the entities of text (the working text: width-folded and
// Simplified, though Traditional works too) and returns them ordered by ID:
// people, organizations, administrations, then places, each in order of
// first mention.
func (x *Extractor) Extract(text string) []Entity {
	return x.extract(text, Hints{})
}

// ExtractIn is Extract for a text whose regional wording is known: region
// is "TW", "HK", "CN" or "MO" ("" for unknown). Bare names that each
// government uses for its own body take the identity they have there:
// 外交部 and 总统府 in Taiwan text are Taiwan's, 特区政府 in Macao text is
// Macao's.
func (x *Extractor) ExtractIn(text, region string) []Entity {
	return x.extract(text, Hints{Region: region})
}

// Hints is what a pipeline knows about a text beyond its characters.
type Hints struct {
	// Region is the region of the text's wording: "TW", "HK", "CN", "MO",
	// or "" when unknown (see ExtractIn).
	Region string
	// Words are the segmenter's words over the text, in order, in byte
	// offsets of the text; nil when unknown. A tagger's organization that
	// ends inside a word is dropped (财政部 of 财政部长, 教育集 of 教育集中),
	// and one that starts inside a word takes the whole word and the nouns
	// before it (例草案委员会 → 版权条例草案委员会).
	Words Words
}

// Words, WordList and Word are the segmenter's words (see package
// pipeline/words, shared with pipeline/document).
type (
	Words    = words.Words
	WordList = words.List
	Word     = words.Word
)

// ExtractHints is Extract with what the pipeline knows about the text.
func (x *Extractor) ExtractHints(text string, h Hints) []Entity {
	return x.extract(text, h)
}

func (x *Extractor) extract(text string, h Hints) []Entity {
	s := x.scan(text, h)
	dotted := x.dottedCands(s)
	var cands []*cand
	cands = append(cands, x.lexiconCands(s)...)
	cands = append(cands, x.regionalCands(s)...)
	cands = append(cands, x.mediaCands(s)...)
	cands = append(cands, x.mediaRunCands(s)...)
	cands = append(cands, x.titleOfficeCands(s)...)
	cands = append(cands, x.orgExtensionCands(s)...)
	cands = append(cands, x.missionCands(s)...)
	cands = append(cands, x.abbrevBodyCands(s)...)
	cands = append(cands, x.quotedOrgCands(s)...)
	cands = append(cands, dotted...)
	cands = append(cands, x.bracketCands(s, dotted)...)
	names := append(x.titleNameCands(s), x.postTitleCands(s)...)
	if x.tagger != nil {
		// The tagger knows names better than the title rules do.
		for _, c := range names {
			c.prio = prioWeakName
		}
		for _, c := range cands {
			if c.run {
				c.prio = prioWeakName
			}
		}
		cands = append(cands, names...)
		cands = x.taggedCands(s, cands)
	} else {
		cands = append(cands, names...)
	}
	kept, used := resolve(cands, len(text))
	kept = x.placeHeads(s, kept, used)
	kept = x.abbrevPairs(s, kept, used)
	kept = x.mendCutNames(s, kept, used)
	x.languageServiceOrgs(text, kept, used)
	kept = x.findAgain(text, kept, used)
	kept = x.surnameRefs(s, kept, used)
	if x.articles {
		kept = dropLoneChars(s.text, kept)
	}
	kept = x.orgsAgain(s, kept, used)
	kept = x.orgAbbrevsAgain(s, kept, used)
	kept = x.listOrgs(s, kept, used)
	if x.articles {
		kept = x.governments(s, kept, used)
		kept = x.nestedPlaces(s, kept)
	}
	linkOfficeShortForms(text, kept)
	admins := x.administrations(s, kept)
	return x.link(s, kept, admins)
}
