package argument

import "fmt"

// Span is a range of byte offsets into the analysed text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Speaker is a candidate speaker given by the caller: a person, an
// organization or a document (a document can speak: 《計畫》指出…), with the
// byte spans where the text mentions it.
type Speaker struct {
	ID       string
	Name     string
	Kind     SpeakerKind
	Mentions []Span
}

// SpeakerKind says what sort of entity a Speaker is.
type SpeakerKind uint8

// The kinds of speaker.
const (
	Person SpeakerKind = iota
	Organization
	Document
)

// Number is a counted quantity found by the caller, such as 30項目標:
// Value 30, Unit 項, Noun 目標, with its byte span.
type Number struct {
	Start, End int
	Value      float64
	Unit       string
	Noun       string
}

// Argument is the argument structure of one text.
type Argument struct {
	Sections     []Section     `json:"sections"`
	Enumerations []Enumeration `json:"enumerations"`
	Quotes       []Quote       `json:"quotes"`
	Totals       []Total       `json:"totals"`
	Claims       []Claim       `json:"claims"`
	Thesis       *Thesis       `json:"thesis"`
	Diagnostics  []Diagnostic  `json:"diagnostics"`
}

// Role is what a section does in the article.
type Role uint8

// The section roles.
const (
	RoleOther Role = iota
	RoleLead
	RoleBackground
	RoleContent
	RoleFeatures
	RoleAssessment
	RoleConclusion
)

// roleNames returns the roles' names, indexed by Role; a function rather
// than a package-level slice so that nothing package-wide is mutable.
func roleNames() []string {
	return []string{"other", "lead", "background", "content", "features", "assessment", "conclusion"}
}

// String returns the role's name as the JSON output spells it.
func (r Role) String() string {
	if int(r) < len(roleNames()) {
		return roleNames()[r]
	}
	return fmt.Sprintf("Role(%d)", r)
}

// MarshalText implements encoding.TextMarshaler.
func (r Role) MarshalText() ([]byte, error) {
	if int(r) >= len(roleNames()) {
		return nil, fmt.Errorf("argument: invalid role %d", r)
	}
	return []byte(roleNames()[r]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (r *Role) UnmarshalText(b []byte) error {
	for i, n := range roleNames() {
		if n == string(b) {
			*r = Role(i)
			return nil
		}
	}
	return fmt.Errorf("argument: unknown role %q", b)
}

// Section is a part of the article with one role. Heading is the heading
// line's text when the section has one (HeadingStart/HeadingEnd locate it).
type Section struct {
	Role         Role   `json:"role"`
	Heading      string `json:"heading,omitempty"`
	HeadingStart int    `json:"heading_start,omitempty"`
	HeadingEnd   int    `json:"heading_end,omitempty"`
	Start        int    `json:"start"`
	End          int    `json:"end"`
}

// Enumeration is a list found in the text, possibly announced beforehand
// (三大支柱, 以下4項) and possibly nested in an item of another list.
type Enumeration struct {
	ID        string        `json:"id"`
	Announced *Announcement `json:"announced"`
	Items     []Item        `json:"items"`
	// Parent is the item this list belongs to, as "E2.1" (enumeration E2,
	// item 1), or "" at top level.
	Parent string `json:"parent,omitempty"`
	// About is the announced noun (核心維度, 顯著特點) when there is one.
	About string `json:"about,omitempty"`
	// Style names the marker family: di (第一), di-noun (第一支柱), shi
	// (一是), seq (首先), side (一方面), dun (一、), paren (（一）), num
	// (1.), circled (①), paragraphs (unmarked parallel paragraphs), inline
	// (a list spelled out after a colon: 三個特點：A、B和C), label
	// (措施一), alpha ((A), A.), roman (I.), bullet (*), lines (unmarked
	// lines after a colon).
	Style string `json:"style"`
	// Numbers are the items' ordinals when they do not run 1, 2, 3…:
	// numbered paragraphs that continue an earlier part (12. 13. 14.) or a
	// walk through selected parts (其中第二條…；第五條…；第九條…).
	Numbers []int `json:"numbers,omitempty"`
	// Skips is set when Numbers skip: the items are a selection.
	Skips bool `json:"skips,omitempty"`
}

// Announcement is the phrase that announces a list and its count.
type Announcement struct {
	Text  string `json:"text"`
	Count int    `json:"count"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Item is one element of an Enumeration: Marker is the marker as written
// (第一, 一是, （一）, "" for unmarked paragraphs), Head the item's first
// clause without its marker, Start/End the whole item.
type Item struct {
	Marker      string `json:"marker"`
	MarkerStart int    `json:"marker_start"`
	MarkerEnd   int    `json:"marker_end"`
	Head        string `json:"head"`
	HeadStart   int    `json:"head_start"`
	HeadEnd     int    `json:"head_end"`
	Start       int    `json:"start"`
	End         int    `json:"end"`
}

// QuoteKind says whether a quote is attributed speech or a quoted term.
type QuoteKind uint8

// The quote kinds: a quoted statement, a quoted term or title (scare
// quotes, names of events), and reported speech without quote marks.
const (
	KindStatement QuoteKind = iota
	KindTerm
	KindIndirect
)

// kindNames returns the quote kinds' names, indexed by QuoteKind.
func kindNames() []string { return []string{"statement", "term", "indirect"} }

// String returns the kind's name as the JSON output spells it.
func (k QuoteKind) String() string {
	if int(k) < len(kindNames()) {
		return kindNames()[k]
	}
	return fmt.Sprintf("QuoteKind(%d)", k)
}

// MarshalText implements encoding.TextMarshaler.
func (k QuoteKind) MarshalText() ([]byte, error) {
	if int(k) >= len(kindNames()) {
		return nil, fmt.Errorf("argument: invalid quote kind %d", k)
	}
	return []byte(kindNames()[k]), nil
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *QuoteKind) UnmarshalText(b []byte) error {
	for i, n := range kindNames() {
		if n == string(b) {
			*k = QuoteKind(i)
			return nil
		}
	}
	return fmt.Errorf("argument: unknown quote kind %q", b)
}

// Quote is a quotation: Text is what is inside the marks (or the reported
// content for KindIndirect, or a transcript turn after its label). Speaker
// is the speaking entity's ID, or the speaker's name as written when no
// entity names it (電視台記者, a name the entity stage missed or cut
// short); SpeakerName is the name; Speakers lists every speaker when
// several speak jointly. Verb is the speech verb as written ("" for a
// transcript turn, a colon quote or a source frame).
type Quote struct {
	Text        string    `json:"text"`
	Start       int       `json:"start"`
	End         int       `json:"end"`
	Speaker     string    `json:"speaker,omitempty"`
	SpeakerName string    `json:"speaker_name,omitempty"`
	Speakers    []string  `json:"speakers,omitempty"`
	Verb        string    `json:"verb,omitempty"`
	VerbStart   int       `json:"verb_start,omitempty"`
	VerbEnd     int       `json:"verb_end,omitempty"`
	Kind        QuoteKind `json:"kind"`
	// SpeakerAt is where the attribution names the speaker: the name as
	// written (a name the entity stage cut short made whole), a pronoun
	// resolved to Speaker, a transcript's label; nil when unattributed.
	SpeakerAt *Span `json:"speaker_at,omitempty"`
	// SpeakerTitle is the title written before the speaker's name there
	// (外交部發言人 in 外交部發言人毛寧表示).
	SpeakerTitle string `json:"speaker_title,omitempty"`
}

// Mention is a number as it occurs in the text.
type Mention struct {
	Text  string  `json:"text"`
	Start int     `json:"start"`
	End   int     `json:"end"`
	Value float64 `json:"value"`
}

// Total is a stated total checked against its parts: Stated is the total
// as the text gives it (Text/Start/End locate it), Parts the values found
// in the items of Enumeration (or after 其中 in the total's sentence), Sum
// their sum.
type Total struct {
	Stated       float64   `json:"stated"`
	Text         string    `json:"text"`
	Start        int       `json:"start"`
	End          int       `json:"end"`
	Unit         string    `json:"unit"`
	Parts        []float64 `json:"parts"`
	PartMentions []Mention `json:"part_mentions"`
	Sum          float64   `json:"sum"`
	Consistent   bool      `json:"consistent"`
	// Partial is set when the parts are a breakdown introduced by 其中
	// (共120宗，其中80宗…、30宗…), which may be partial or overlapping: a
	// sum other than the total is then reported but not diagnosed.
	Partial     bool   `json:"partial,omitempty"`
	Enumeration string `json:"enumeration,omitempty"`
}

// Claim is a quantitative claim in words (均過半數) checked against the
// numbers it is about.
type Claim struct {
	Text   string `json:"text"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Holds  bool   `json:"holds"`
	Detail string `json:"detail"`
}

// Thesis is the sentence or phrase stating the article's main claim.
type Thesis struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Diagnostic is a non-fatal finding about the text's structure, such as an
// announced count that the list does not match.
type Diagnostic struct {
	Code    string `json:"code"`
	Message string `json:"message"`
	Start   int    `json:"start"`
	End     int    `json:"end"`
}

// The diagnostic codes.
const (
	DiagCountMismatch     = "enumeration-count-mismatch"
	DiagOrdinalGap        = "enumeration-ordinal-gap"
	DiagUnmatchedAnnounce = "announcement-unmatched"
	DiagUnclosedQuote     = "quote-unclosed"
	DiagTotalMismatch     = "total-inconsistent"
	DiagClaimContradicted = "claim-contradicted"
)
