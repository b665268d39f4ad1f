package pipeline

// EntityType is the type of a named entity.
type EntityType uint8

// Entity types.
const (
	Person EntityType = iota + 1
	Organization
	Place
)

var entityTypeNames = [...]string{"", "person", "organization", "place"}

func (t EntityType) String() string { return entityTypeNames[t] }

// MarshalText implements encoding.TextMarshaler.
func (t EntityType) MarshalText() ([]byte, error) { return []byte(t.String()), nil }

// Entity is a person, organization or place with all its mentions linked.
type Entity struct {
	ID          string // P1, O1, L1 … in order of first mention
	Type        EntityType
	Name        Range  // the fullest mention, in Original
	Simplified  string // the name in Simplified script
	Traditional string // the name in Traditional script
	English     string // English name where known
	Titles      []Range
	Mentions    []Range
	Person      string // for an administration: the ID of its person
}

// Order is an executive order, law, regulation or announcement.
type Order struct {
	ID         string
	Mentions   []Range // the order's designations, e.g. 第14179號總統行政令
	Number     string
	Kind       string // "executive order", "announcement", "law", …
	Title      string // the 《title》 naming it, without brackets
	Document   string // ID of that titled document
	Date       string // ISO-8601 date of signing or issue
	Signer     string // person entity ID
	SignerName string // the signer's name as written
}

// Document is a titled work (《…》 or 〈…〉) with its aliases.
type Document struct {
	ID         string
	Title      string // inside the brackets, as in Original
	Simplified string // the title in Simplified script
	Aliases    []string
	Mentions   []Range // including the brackets; alias mentions too
	Kind       string  // law, regulation, plan, report…, "" when the title does not say
	English    string  // an English title given in brackets after a mention
}

// Date is a normalized time expression.
type Date struct {
	Range
	Value string // ISO-8601 (ISO 8601-2 for open bounds and recurrences)
	Kind  string // date, time, range, duration, relative, recurrence
	// Period and Anchor are a recurrence's period (P1Y) and first
	// occurrence (2021-09), Calendar what a count of days counts
	// ("cn-working-days", "cn-trading-days", "weekdays"); empty otherwise.
	Period, Anchor, Calendar string
	Rule                     string // a recurrence's days of the week (RFC 5545 BYDAY=MO,TU,WE,TH,FR)
}

// Quantity is a number with its unit and counted noun.
type Quantity struct {
	Range
	Value     float64
	Unit      string
	Noun      string
	Qualifier string
}

// Argument is the article's structure: sections, enumerations, quotes,
// totals and thesis, all as ranges of Original.
type Argument struct {
	Sections     []Section
	Enumerations []Enumeration
	Quotes       []Quote
	Totals       []Total
	Claims       []Claim
	Thesis       *Range
}

// Claim is a quantitative claim in words (均過半數) checked against the
// numbers it is about.
type Claim struct {
	Range
	Holds  bool
	Detail string
}

// Section is a part of the article with a rhetorical role.
type Section struct {
	Range
	Role    string
	Heading *Range
}

// Enumeration is a list of parallel items, with the count the text
// announces for it when it does.
type Enumeration struct {
	ID        string
	Announced *Announcement
	Items     []Item
	Parent    string // ID of the item it belongs to
	About     string // the announced noun (核心維度), when there is one
	Style     string // the marker family: di, di-noun, shi, seq, side, dun, paren, num, circled, paragraphs, inline, label, alpha, roman, bullet, lines
	Numbers   []int  // the items' ordinals when they do not run 1, 2, 3… (12. 13.; 第二條, 第五條)
	Skips     bool   // the ordinals skip: a walk through selected parts
}

// Announcement is the phrase that announces an enumeration (三大支柱).
type Announcement struct {
	Range
	Count int
}

// Item is one enumerated item.
type Item struct {
	ID     string
	Range  Range
	Marker Range
	Head   Range
}

// Quote is a quoted or reported statement.
type Quote struct {
	Range       // the text inside the marks
	Speaker     string
	SpeakerName string
	Speakers    []string // all speakers when several speak together
	Verb        string
	Kind        string // statement, term, indirect
	// SpeakerAt is where the attribution names the speaker (the name as
	// written, a pronoun, a transcript label); nil when unattributed.
	SpeakerAt *Range
	// SpeakerTitle is the title written before the speaker's name there.
	SpeakerTitle string
}

// Total is a stated total with its parts and the arithmetic checked.
type Total struct {
	Stated     float64
	StatedAt   Range
	Parts      []float64
	PartsAt    []Range
	Sum        float64
	Consistent bool
	Unit       string
	Partial    bool // parts introduced by 其中: a breakdown that may be partial
}
