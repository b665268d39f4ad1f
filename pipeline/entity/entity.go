package entity

import (
	"fmt"
	"slices"
	"sort"
	"unicode/utf8"

	"github.com/zhpipe/zhpipe/dict/lexicon"
)

// Type is the type of an entity.
type Type uint8

// The entity types. The zero value is not a valid type.
const (
	Person       Type = iota + 1 // a person (PER)
	Organization                 // an organization, including administrations (ORG)
	Place                        // a place, including metonyms such as 华府 (LOC)
)

var typeNames = [...]string{Person: "PER", Organization: "ORG", Place: "LOC"}

// String returns the type's label: PER, ORG or LOC.
func (t Type) String() string {
	if t >= Person && t <= Place {
		return typeNames[t]
	}
	return fmt.Sprintf("Type(%d)", uint8(t))
}

// MarshalText encodes the type as its label.
func (t Type) MarshalText() ([]byte, error) {
	if t < Person || t > Place {
		return nil, fmt.Errorf("entity: cannot marshal type %d", uint8(t))
	}
	return []byte(typeNames[t]), nil
}

// UnmarshalText decodes a label (PER, ORG, LOC).
func (t *Type) UnmarshalText(b []byte) error {
	for i := Person; i <= Place; i++ {
		if typeNames[i] == string(b) {
			*t = i
			return nil
		}
	}
	return fmt.Errorf("entity: unknown type %q", b)
}

// Mention is one place where an entity is named: Text == text[Start:End]
// (byte offsets into the string given to Extract).
type Mention struct {
	Start, End int
	Text       string
}

// Title is a title written before a person's name (美国总统, 白宫科技政策办公室主任).
// It is not part of the name. Qualifier holds a word before it that says when
// the title was held (时任, 前), which is not part of Text; "" when absent.
type Title struct {
	Start, End int
	Text       string
	Qualifier  string
}

// Entity is one person, organization or place of the text, with every
// mention of it linked together.
type Entity struct {
	// ID is stable for a given text: "P1", "O1", "L1"... numbered per type in
	// the order of first mention; administrations, which are organizations,
	// are numbered apart: "A1", "A2"...
	ID   string
	Type Type
	// Name is the fullest mention's text (the longest; the first of equals),
	// and NameMention the index of that mention in Mentions. For a media
	// outlet written as a title (《纽约时报》记者), the mention holds the title
	// marks and the name is what stands inside them; NameStart and NameEnd
	// are the name's byte offsets (text[NameStart:NameEnd] == Name). A
	// place written with a geographic head (亚太地区, 加沙地带) is named
	// with it, while its mention, as in NER corpora, is the place alone
	// (亚太): the name then ends after the mention.
	Name               string
	NameMention        int
	NameStart, NameEnd int
	// Simplified is the name in mainland Simplified form: from the lexicon
	// when the entity is known there (特朗普 for 川普, 马尔科·A·卢比奥 for
	// 馬爾科·A·盧比歐), else the Name passed through Options.Simplify.
	Simplified string
	// English is the English name when known (from the lexicon, or from the
	// original given in brackets after the name), with a name's initials
	// kept (Marco A. Rubio).
	English string
	// LexiconID is the lexicon row the entity was identified with, "" if none.
	LexiconID string
	// Titles are the titles written before the person's mentions, first
	// occurrence of each text only, in text order. Only people have titles.
	Titles []Title
	// Mentions are all the mentions, in text order; never empty.
	Mentions []Mention
	// LinkedPerson is, for an administration (川普政府), the ID of the person
	// it is named after; "" otherwise.
	LinkedPerson string
}

// Span is one typed range found by a statistical tagger: text[Start:End]
// in byte offsets of the string the tagger was given.
type Span struct {
	Start, End int
	Type       Type
}

// Tagger is a statistical entity tagger. Tag returns non-overlapping spans
// in byte offsets into text; it must be safe for concurrent use.
type Tagger interface {
	Tag(text string) []Span
}

// TaggerFunc adapts a function to the Tagger interface.
type TaggerFunc func(text string) []Span

// Tag calls f(text).
func (f TaggerFunc) Tag(text string) []Span { return f(text) }

// Options configures an Extractor. The zero value is usable.
type Options struct {
	// Tagger, when not nil, adds the spans of a statistical tagger where no
	// rule or lexicon entry applies.
	Tagger Tagger
	// Simplify, when not nil, maps a name that the lexicon does not know to
	// its Simplified form (for Traditional input). By default the name is
	// kept as it is, since the working text is already Simplified.
	Simplify func(string) string
	// Variants, when not nil, gives another spelling of a lexicon form to
	// match as well: the pipeline passes its Traditional→Simplified
	// conversion, so that a form the lexicon has in Traditional only (CLDR's
	// Taiwan country names: 吐瓦魯, 吉里巴斯) matches a working text
	// converted to Simplified (吐瓦鲁). It returns the form itself when it
	// has no other spelling.
	Variants func(string) string
	// Articles reads entities as a reader of news names them where that
	// differs from the span conventions of the NER corpora: 江西省人民政府
	// is an organization (the People's Daily tags only 岳阳市 LOC in
	// 岳阳市人民政府), and a country the tagger reads as an organization
	// is a place (the corpus tags a country's sports team, 中国 in
	// 中国的马燕萍, ORG). The pipeline sets it; the NER evaluation, which
	// follows the corpora, does not.
	Articles bool
}

// Extractor finds entities. It is immutable once built and safe for
// concurrent use.
type Extractor struct {
	lex      *lexicon.Lexicon
	trie     trie
	regional []string // the forms of lex.Regional, sorted
	// regionalFor holds the forms of regional and their bodies for each
	// region lex.Regional names, made once.
	regionalFor map[string]*regionalForms
	tagger      Tagger
	simplify    func(string) string
	articles    bool    // Options.Articles
	abbrevRunes runeSet // the keys of lex.Abbrev, each one rune
}

// New builds an Extractor over a loaded lexicon.
func New(lex *lexicon.Lexicon, opts Options) (*Extractor, error) {
	if lex == nil {
		return nil, fmt.Errorf("entity: nil lexicon")
	}
	x := &Extractor{lex: lex, tagger: opts.Tagger, simplify: opts.Simplify, articles: opts.Articles}
	add := func(f string, h hit) {
		h.guarded = lex.Guarded[f]
		x.trie.add(f, h)
		if opts.Variants != nil {
			if v := opts.Variants(f); v != f && v != "" {
				x.trie.add(v, h)
			}
		}
	}
	for i, p := range lex.People {
		for _, f := range p.Forms {
			add(f, hit{kind: hitPerson, idx: int32(i)})
		}
	}
	for i, o := range lex.Orgs {
		for _, f := range o.Forms {
			add(f, hit{kind: hitOrg, idx: int32(i)})
		}
	}
	for i, p := range lex.Places {
		for _, f := range p.Forms {
			add(f, hit{kind: hitPlace, idx: int32(i)})
		}
	}
	for f := range lex.Regional {
		x.regional = append(x.regional, f)
	}
	sort.Strings(x.regional)
	x.regionalFor = map[string]*regionalForms{}
	for _, byRegion := range lex.Regional {
		for region := range byRegion {
			if x.regionalFor[region] == nil {
				x.regionalFor[region] = x.newRegionalForms(region)
			}
		}
	}
	for i, a := range lex.Affixes {
		for _, f := range a.Forms {
			x.trie.add(f, hit{kind: hitAffix, akind: a.Kind, idx: int32(i)})
		}
	}
	x.trie.freeze()
	var abbrevs []rune
	for f := range lex.Abbrev {
		if r, size := utf8.DecodeRuneInString(f); size == len(f) && string(r) == f {
			abbrevs = append(abbrevs, r)
		}
	}
	slices.Sort(abbrevs)
	x.abbrevRunes = newRuneSet(string(abbrevs))
	return x, nil
}
