package lexicon

import (
	"bufio"
	"embed"
	"fmt"
	"io"
	"sort"
	"strings"
)

//go:embed data/*.tsv
var data embed.FS

// Person is one row of the people lexicon.
type Person struct {
	ID      string   // stable identifier, e.g. "us-trump"
	Full    string   // mainland Simplified full name, "·" between the parts of foreign names
	Short   string   // mainland Simplified usual short form, "" when only Full is safe
	Forms   []string // every surface form to match, Full and Short included, sorted, unique
	English string   // English name
	Role    string   // main offices held (for readers)
	Sources string   // codes of the sources of fact (see data/people.tsv)
}

// Org is one row of the organization lexicon.
type Org struct {
	ID      string   // stable identifier, e.g. "imf"
	Name    string   // mainland Simplified full name
	Forms   []string // every surface form to match, Name included, sorted, unique
	English string   // English name
	Scope   string   // "intl" or an ISO 3166 country code
	Sources string   // codes of the sources of fact
}

// PlaceKind says what kind of place a Place is.
type PlaceKind uint8

// Place kinds.
const (
	Country PlaceKind = iota + 1
	Province
	City
	Region
	Metonym  // a place that also stands for its government (华府, 北京)
	District // a district, constituency or neighbourhood of a city or territory (湾仔, 九龙西)
)

// Place is one place: a CLDR country (merged with our forms) or a row of
// data/places.tsv.
type Place struct {
	Name    string   // Simplified name
	Forms   []string // every surface form to match, Name included, sorted, unique
	English string   // English name
	Kind    PlaceKind
	Country string // ISO 3166 code of the country it is in (or is), "" for regions
	CLDR    bool   // its names come (partly) from CLDR
}

// AffixKind says how a word around a name makes an organization or a title.
type AffixKind uint8

// Affix and title-word kinds.
const (
	TitleCore       AffixKind = iota + 1 // a title word that ends a title (总统, 助理)
	TitleQualifier                       // a word before a title saying when it was held (时任)
	OrgSuffix                            // ends an organization name after a place or organization (办公室, 大学)
	OrgSubunit                           // ends a unit's name after a known organization only (机制, 局)
	OrgBody                              // a government body named after its country (商务部)
	Administration                       // after a person's name makes an administration (政府)
	GenericNoun                          // a common noun that looks like an organization's name (半导体厂)
	TitleCredit                          // a title before a name only, as in credit lines (记者)
	Honorific                            // a form of address after a name (先生, 女士)
	TitleStyle                           // a style always followed by a name (拿督斯里)
	TitleProfession                      // a title that is also a common noun (作家, 律师)
	OrgGovernment                        // ends a government's name after its place (江西省人民政府)
)

// Affix is one title word, qualifier, organization suffix, body or
// administration word.
type Affix struct {
	Form    string   // Simplified form
	Forms   []string // every surface form, Form included, sorted, unique
	Kind    AffixKind
	English string // for title words; "" otherwise
}

// Lexicon is the parsed lexicon. It is immutable after Load and safe for
// concurrent use.
type Lexicon struct {
	People  []Person
	Orgs    []Org
	Places  []Place
	Affixes []Affix
	// Regional maps a bare name (外交部, 总统府) and a region of wording
	// ("TW", "HK", "CN", "MO") to the index in Orgs of the body the name
	// means in text of that region; see data/regional.tsv.
	Regional map[string]map[string]int
	// RegionalGeneric holds the bare words that text of a region uses as
	// common nouns, never as a name: 国安 (national security) in Taiwan and
	// Hong Kong text, where mainland sports news has 国安 for a club. They
	// are the rows of data/regional.tsv whose organization is "-".
	RegionalGeneric map[string]map[string]bool
	// Surnames holds the Chinese surnames, one and two characters long,
	// in every script (王, 張, 欧阳, 歐陽); see data/surnames.tsv.
	Surnames map[string]bool
	// Abbrev maps a one-character place abbreviation (华, 美) to the index
	// of its place in Places. It is never matched alone: it links a
	// tagger's one-character place to the full place.
	Abbrev map[string]int
	// Guarded holds the forms of people, organizations and places that are
	// also the middle of common words (港大 in 香港大型, 统一部 in 统一部署):
	// written with a leading "~" in the data files, they are to be matched
	// only where a segmenter's words start and end with them.
	Guarded map[string]bool
}

// Load parses the embedded lexicon files and merges in the CLDR country
// names. It takes a few milliseconds; call it once and share the result.
func Load() (*Lexicon, error) {
	lx := &Lexicon{}
	steps := []struct {
		file string
		cols int
		row  func([]string) error
	}{
		{"people.tsv", 7, lx.addPerson},
		{"orgs.tsv", 6, lx.addOrg},
		{"places.tsv", 5, lx.addPlace},
		{"titles.tsv", 3, lx.addTitle},
		{"suffixes.tsv", 2, lx.addSuffix},
		{"surnames.tsv", 2, lx.addSurname},
	}
	for _, s := range steps {
		f, err := data.Open("data/" + s.file)
		if err != nil {
			return nil, fmt.Errorf("lexicon: %w", err)
		}
		err = readTSV(f, s.file, s.cols, s.row)
		f.Close()
		if err != nil {
			return nil, err
		}
	}
	if err := lx.addCLDR(); err != nil {
		return nil, err
	}
	// These refer to rows loaded above.
	for _, s := range []struct {
		file string
		cols int
		row  func([]string) error
	}{{"abbreviations.tsv", 2, lx.addAbbrev}, {"regional.tsv", 3, lx.addRegional}} {
		f, err := data.Open("data/" + s.file)
		if err != nil {
			return nil, fmt.Errorf("lexicon: %w", err)
		}
		err = readTSV(f, s.file, s.cols, s.row)
		f.Close()
		if err != nil {
			return nil, err
		}
	}
	return lx, nil
}

// readTSV calls row for every non-comment line of r, checking the column count.
func readTSV(r io.Reader, name string, cols int, row func([]string) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != cols {
			return fmt.Errorf("lexicon: %s:%d: %d columns, want %d", name, n, len(f), cols)
		}
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		if err := row(f); err != nil {
			return fmt.Errorf("lexicon: %s:%d: %w", name, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("lexicon: %s: %w", name, err)
	}
	return nil
}

// forms splits "|"-separated form lists ("-" is none; "||" separates the
// generated variants and is treated like "|") and returns them with extra,
// sorted and without duplicates.
func forms(extra []string, lists ...string) []string {
	seen := map[string]bool{}
	var out []string
	add := func(s string) {
		s = strings.TrimSpace(s)
		if s == "" || s == "-" || seen[s] {
			return
		}
		seen[s] = true
		out = append(out, s)
	}
	for _, e := range extra {
		add(e)
	}
	for _, l := range lists {
		for _, s := range strings.Split(l, "|") {
			add(s)
		}
	}
	sort.Strings(out)
	return out
}

func none(s string) string {
	if s == "-" {
		return ""
	}
	return s
}

// guard records the forms of lists written with a leading "~" (see
// Lexicon.Guarded) and returns the lists without the marks.
func (lx *Lexicon) guard(lists ...string) []string {
	out := make([]string, len(lists))
	for i, l := range lists {
		parts := strings.Split(l, "|")
		for j, f := range parts {
			if g, ok := strings.CutPrefix(strings.TrimSpace(f), "~"); ok {
				if lx.Guarded == nil {
					lx.Guarded = map[string]bool{}
				}
				lx.Guarded[g] = true
				parts[j] = g
			}
		}
		out[i] = strings.Join(parts, "|")
	}
	return out
}

func (lx *Lexicon) addPerson(f []string) error {
	if f[0] == "" || f[1] == "" {
		return fmt.Errorf("person without id or full name")
	}
	p := Person{ID: f[0], Full: f[1], Short: none(f[2]), English: f[4], Role: f[5], Sources: f[6]}
	p.Forms = forms([]string{p.Full, p.Short}, lx.guard(f[3])...)
	lx.People = append(lx.People, p)
	return nil
}

func (lx *Lexicon) addOrg(f []string) error {
	if f[0] == "" || f[1] == "" {
		return fmt.Errorf("organization without id or name")
	}
	o := Org{ID: f[0], Name: lx.guard(f[1])[0], English: f[3], Scope: f[4], Sources: f[5]}
	o.Forms = forms([]string{o.Name}, lx.guard(f[2])...)
	lx.Orgs = append(lx.Orgs, o)
	return nil
}

var placeKinds = map[string]PlaceKind{
	"country": Country, "province": Province, "city": City, "region": Region, "metonym": Metonym,
	"district": District,
}

func (lx *Lexicon) addPlace(f []string) error {
	k, ok := placeKinds[f[3]]
	if !ok {
		return fmt.Errorf("unknown place kind %q", f[3])
	}
	p := Place{Name: lx.guard(f[0])[0], English: f[2], Kind: k, Country: none(f[4])}
	p.Forms = forms([]string{p.Name}, lx.guard(f[1])...)
	lx.Places = append(lx.Places, p)
	return nil
}

func (lx *Lexicon) addAbbrev(f []string) error {
	for i, p := range lx.Places {
		if (p.Kind == Country && p.Country == f[1]) || p.Name == f[1] {
			if lx.Abbrev == nil {
				lx.Abbrev = map[string]int{}
			}
			lx.Abbrev[f[0]] = i
			return nil
		}
	}
	return fmt.Errorf("abbreviation %q: no place %q", f[0], f[1])
}

func (lx *Lexicon) addTitle(f []string) error {
	var k AffixKind
	switch f[1] {
	case "core":
		k = TitleCore
	case "qualifier":
		k = TitleQualifier
	case "credit":
		k = TitleCredit
	case "honorific":
		k = Honorific
	case "style":
		k = TitleStyle
	case "profession":
		k = TitleProfession
	default:
		return fmt.Errorf("unknown title kind %q", f[1])
	}
	form, rest, _ := strings.Cut(f[0], "|")
	lx.Affixes = append(lx.Affixes, Affix{Form: form, Forms: forms([]string{form}, rest), Kind: k, English: f[2]})
	return nil
}

func (lx *Lexicon) addSuffix(f []string) error {
	var k AffixKind
	switch f[1] {
	case "suffix":
		k = OrgSuffix
	case "subunit":
		k = OrgSubunit
	case "body":
		k = OrgBody
	case "administration":
		k = Administration
	case "generic":
		k = GenericNoun
	case "government":
		k = OrgGovernment
	default:
		return fmt.Errorf("unknown suffix kind %q", f[1])
	}
	form, rest, _ := strings.Cut(f[0], "|")
	lx.Affixes = append(lx.Affixes, Affix{Form: form, Forms: forms([]string{form}, rest), Kind: k})
	return nil
}

func (lx *Lexicon) addSurname(f []string) error {
	if f[1] != "single" && f[1] != "compound" {
		return fmt.Errorf("unknown surname kind %q", f[1])
	}
	if lx.Surnames == nil {
		lx.Surnames = map[string]bool{}
	}
	want := 1
	if f[1] == "compound" {
		want = 2
	}
	for _, form := range forms(nil, f[0]) {
		if n := len([]rune(form)); n != want {
			return fmt.Errorf("%s surname %q has %d characters", f[1], form, n)
		}
		lx.Surnames[form] = true
	}
	return nil
}

// regions are the regions of wording a regional form may name.
var regions = map[string]bool{"TW": true, "HK": true, "CN": true, "MO": true}

func (lx *Lexicon) addRegional(f []string) error {
	if !regions[f[1]] {
		return fmt.Errorf("unknown region %q", f[1])
	}
	if f[2] == "-" {
		if lx.RegionalGeneric == nil {
			lx.RegionalGeneric = map[string]map[string]bool{}
		}
		for _, form := range forms(nil, f[0]) {
			if lx.RegionalGeneric[form] == nil {
				lx.RegionalGeneric[form] = map[string]bool{}
			}
			lx.RegionalGeneric[form][f[1]] = true
		}
		return nil
	}
	idx := -1
	for i, o := range lx.Orgs {
		if o.ID == f[2] {
			idx = i
			break
		}
	}
	if idx < 0 {
		return fmt.Errorf("regional form %q: no organization %q", f[0], f[2])
	}
	if lx.Regional == nil {
		lx.Regional = map[string]map[string]int{}
	}
	for _, form := range forms(nil, f[0]) {
		if lx.Regional[form] == nil {
			lx.Regional[form] = map[string]int{}
		}
		lx.Regional[form][f[1]] = idx
	}
	return nil
}
