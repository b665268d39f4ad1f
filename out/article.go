package out

import (
	"io"
	"unicode/utf8"

	"github.com/zhpipe/zhpipe/pipeline"
)

// Schema is the identifier of the article summary format.
const Schema = "zhpipe/article@1"

// Article is the JSON summary of one annotated Doc. Field order is the
// contract's order; offsets are code points into Text.
type Article struct {
	Schema        string   `json:"schema"`
	ID            string   `json:"id"`
	Source        Source   `json:"source"`
	Text          string   `json:"text"`
	Simplified    string   `json:"simplified"`
	Paragraphs    []Span   `json:"paragraphs"`
	Sentences     []Span   `json:"sentences"`
	Tokens        []Token  `json:"tokens,omitempty"`
	People        []Entity `json:"people"`
	Organizations []Entity `json:"organizations"`
	Places        []Entity `json:"places"`
	// Administrations are organizations named after a person (川普政府).
	Administrations []Entity       `json:"administrations"`
	Orders          []Order        `json:"orders"`
	Documents       []Document     `json:"documents"`
	Dates           []Date         `json:"dates"`
	Quantities      []Quantity     `json:"quantities"`
	Argument        Argument       `json:"argument"`
	Diagnostics     []Diagnostic   `json:"diagnostics"`
	Meta            map[string]any `json:"meta,omitempty"`
}

// Source describes the input.
type Source struct {
	Path       string `json:"path"`
	SHA256     string `json:"sha256"`
	Encoding   string `json:"encoding"`
	Script     string `json:"script"`
	Region     string `json:"region"`
	Conversion string `json:"conversion"`
	Chars      int    `json:"chars"`
	Bytes      int    `json:"bytes"`
	// Date is the article's date that relative expressions were resolved
	// against, and where it was found.
	Date SourceDate `json:"date"`
}

// SourceDate is the article's own date.
type SourceDate struct {
	Value  string `json:"value"`  // YYYY-MM-DD, "" when unknown
	Source string `json:"source"` // flag, cna-code, dateline, own-line, clarified-today, anniversary, latest-past-date, none
}

// Span is a bare range.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Mention is a range with the text it covers.
type Mention struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Token is one word.
type Token struct {
	Text       string `json:"text"`
	Start      int    `json:"start"`
	End        int    `json:"end"`
	Simplified string `json:"simplified"`
	POS        string `json:"pos"`
}

// Entity is a person, organization or place.
type Entity struct {
	ID          string    `json:"id"`
	Type        string    `json:"type"`
	Name        string    `json:"name"`
	Simplified  string    `json:"simplified"`
	Traditional string    `json:"traditional"`
	English     string    `json:"english,omitempty"`
	Titles      []Mention `json:"titles,omitempty"`
	Mentions    []Mention `json:"mentions"`
	Person      string    `json:"person,omitempty"`
}

// Order is an executive order, law or announcement.
type Order struct {
	ID         string    `json:"id"`
	Text       string    `json:"text"`
	Start      int       `json:"start"`
	End        int       `json:"end"`
	Number     string    `json:"number"`
	Kind       string    `json:"kind"`
	Title      string    `json:"title,omitempty"`
	Document   string    `json:"document,omitempty"`
	Date       string    `json:"date,omitempty"`
	Signer     string    `json:"signer,omitempty"`
	SignerName string    `json:"signer_name,omitempty"`
	Mentions   []Mention `json:"mentions"`
}

// Document is a titled work.
type Document struct {
	ID         string    `json:"id"`
	Title      string    `json:"title"`
	Simplified string    `json:"simplified"`
	Aliases    []string  `json:"aliases"`
	Mentions   []Mention `json:"mentions"`
	Kind       string    `json:"kind,omitempty"`    // law, regulation, plan, report…
	English    string    `json:"english,omitempty"` // an English title given after a mention
}

// Date is a normalized time expression.
type Date struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Value string `json:"value"`
	Kind  string `json:"kind"`
	// Period and Anchor belong to a recurrence (每年9月: P1Y, 2021-09);
	// Calendar says what a count of days counts (15个工作日: cn-working-days).
	Period   string `json:"period,omitempty"`
	Anchor   string `json:"anchor,omitempty"`
	Calendar string `json:"calendar,omitempty"`
	Rule     string `json:"rule,omitempty"` // a recurrence's days of the week: BYDAY=MO,TU,WE,TH,FR
}

// Quantity is a number with its unit.
type Quantity struct {
	Text      string  `json:"text"`
	Start     int     `json:"start"`
	End       int     `json:"end"`
	Value     float64 `json:"value"`
	Unit      string  `json:"unit,omitempty"`
	Noun      string  `json:"noun,omitempty"`
	Qualifier string  `json:"qualifier,omitempty"`
}

// Argument is the article's structure.
type Argument struct {
	Sections     []Section     `json:"sections"`
	Enumerations []Enumeration `json:"enumerations"`
	Quotes       []Quote       `json:"quotes"`
	Totals       []Total       `json:"totals"`
	Claims       []Claim       `json:"claims"`
	Thesis       *Mention      `json:"thesis"`
}

// Claim is a quantitative claim in words checked against its numbers.
type Claim struct {
	Text   string `json:"text"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Holds  bool   `json:"holds"`
	Detail string `json:"detail"`
}

// Section is a part of the article with a role.
type Section struct {
	Role    string   `json:"role"`
	Heading *Mention `json:"heading"`
	Start   int      `json:"start"`
	End     int      `json:"end"`
}

// Enumeration is a list of items with the announced count.
type Enumeration struct {
	ID        string        `json:"id"`
	Announced *Announcement `json:"announced"`
	Found     int           `json:"found"`
	Items     []Item        `json:"items"`
	Parent    string        `json:"parent,omitempty"`
	About     string        `json:"about,omitempty"`
	Style     string        `json:"style,omitempty"`
	// Numbers are the items' ordinals when they do not run 1, 2, 3…;
	// Skips is set when they skip (a walk through selected parts).
	Numbers []int `json:"numbers,omitempty"`
	Skips   bool  `json:"skips,omitempty"`
}

// Announcement is the phrase announcing an enumeration.
type Announcement struct {
	Text  string `json:"text"`
	Count int    `json:"count"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

// Item is one enumerated item.
type Item struct {
	ID     string `json:"id"`
	Marker string `json:"marker"`
	Head   string `json:"head"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
}

// Quote is a quoted or reported statement.
type Quote struct {
	Text        string   `json:"text"`
	Start       int      `json:"start"`
	End         int      `json:"end"`
	Speaker     string   `json:"speaker,omitempty"`
	SpeakerName string   `json:"speaker_name,omitempty"`
	Speakers    []string `json:"speakers,omitempty"`
	Verb        string   `json:"verb,omitempty"`
	Kind        string   `json:"kind"`
	// SpeakerTitle is the title written before the speaker's name
	// (外交部發言人); SpeakerAt where the attribution names the speaker.
	SpeakerTitle string   `json:"speaker_title,omitempty"`
	SpeakerAt    *Mention `json:"speaker_at,omitempty"`
}

// Total is a stated total checked against its parts.
type Total struct {
	Stated     float64   `json:"stated"`
	Parts      []float64 `json:"parts"`
	Sum        float64   `json:"sum"`
	Consistent bool      `json:"consistent"`
	Unit       string    `json:"unit,omitempty"`
	Partial    bool      `json:"partial,omitempty"`
	Spans      []Mention `json:"spans"`
}

// Diagnostic is a non-fatal finding.
type Diagnostic struct {
	Stage   string `json:"stage"`
	Code    string `json:"code"`
	Message string `json:"message"`
	Text    string `json:"text,omitempty"`
	Start   *int   `json:"start,omitempty"`
	End     *int   `json:"end,omitempty"`
}

// Options selects optional parts of the summary.
type Options struct {
	Tokens bool // include tokens
}

// NewArticle builds the summary of d.
func NewArticle(d *pipeline.Doc, opts Options) *Article {
	o := NewOffsets(d.Original)
	span := func(r pipeline.Range) Span {
		s, e := o.runeSpan(r.Start, r.End)
		return Span{s, e}
	}
	mention := func(r pipeline.Range) Mention {
		s, e := o.runeSpan(r.Start, r.End)
		return Mention{Text: d.Span(r), Start: s, End: e}
	}
	mentions := func(rs []pipeline.Range) []Mention {
		out := make([]Mention, 0, len(rs))
		for _, r := range rs {
			out = append(out, mention(r))
		}
		return out
	}
	a := &Article{
		Schema: Schema,
		ID:     d.ID,
		Source: Source{
			Path: d.Source.Path, SHA256: d.Source.SHA256, Encoding: d.Source.Encoding,
			Script: d.Source.Script.String(), Region: d.Source.Region.String(),
			Conversion: d.Source.Conversion, Chars: utf8.RuneCountInString(d.Original), Bytes: d.Source.Bytes,
			Date: SourceDate{Value: d.Reference.Date, Source: d.Reference.Source},
		},
		Text:          d.Original,
		Simplified:    d.Text,
		Paragraphs:    make([]Span, 0, len(d.Paragraphs)),
		Sentences:     make([]Span, 0, len(d.Sentences)),
		People:        []Entity{},
		Organizations: []Entity{},
		Places:        []Entity{},
		Orders:        make([]Order, 0, len(d.Orders)),
		Documents:     make([]Document, 0, len(d.Documents)),
		Dates:         make([]Date, 0, len(d.Dates)),
		Quantities:    make([]Quantity, 0, len(d.Quantities)),
		Argument: Argument{
			Sections:     make([]Section, 0, len(d.Argument.Sections)),
			Enumerations: make([]Enumeration, 0, len(d.Argument.Enumerations)),
			Quotes:       make([]Quote, 0, len(d.Argument.Quotes)),
			Totals:       make([]Total, 0, len(d.Argument.Totals)),
			Claims:       make([]Claim, 0, len(d.Argument.Claims)),
		},
		Diagnostics: make([]Diagnostic, 0, len(d.Diagnostics)),
	}
	for _, r := range d.Paragraphs {
		a.Paragraphs = append(a.Paragraphs, span(r))
	}
	for _, r := range d.Sentences {
		a.Sentences = append(a.Sentences, span(r))
	}
	if opts.Tokens {
		a.Tokens = make([]Token, 0, len(d.Tokens))
		for _, t := range d.Tokens {
			a.Tokens = append(a.Tokens, Token{
				Text: d.Span(t.Range()), Start: o.Rune(int(t.Start)), End: o.Rune(int(t.End)),
				Simplified: t.Work().Of(d.Text), POS: d.POS(t),
			})
		}
	}
	entities := func(es []pipeline.Entity) []Entity {
		out := make([]Entity, 0, len(es))
		for _, e := range es {
			out = append(out, Entity{
				ID: e.ID, Type: e.Type.String(), Name: d.Span(e.Name), Simplified: e.Simplified,
				Traditional: e.Traditional, English: e.English, Titles: mentions(e.Titles),
				Mentions: mentions(e.Mentions), Person: e.Person,
			})
		}
		return out
	}
	a.People, a.Organizations, a.Places = entities(d.People), entities(d.Organizations), entities(d.Places)
	a.Administrations = entities(d.Administrations)
	for _, x := range d.Orders {
		ms := mentions(x.Mentions)
		var m Mention
		if len(ms) > 0 {
			m = ms[0]
		}
		a.Orders = append(a.Orders, Order{
			ID: x.ID, Text: m.Text, Start: m.Start, End: m.End, Number: x.Number, Kind: x.Kind,
			Title: x.Title, Document: x.Document, Date: x.Date, Signer: x.Signer, SignerName: x.SignerName,
			Mentions: ms,
		})
	}
	for _, x := range d.Documents {
		aliases := x.Aliases
		if aliases == nil {
			aliases = []string{}
		}
		a.Documents = append(a.Documents, Document{ID: x.ID, Title: x.Title, Simplified: x.Simplified, Aliases: aliases, Mentions: mentions(x.Mentions), Kind: x.Kind, English: x.English})
	}
	for _, x := range d.Dates {
		m := mention(x.Range)
		a.Dates = append(a.Dates, Date{Text: m.Text, Start: m.Start, End: m.End, Value: x.Value, Kind: x.Kind,
			Period: x.Period, Anchor: x.Anchor, Calendar: x.Calendar, Rule: x.Rule})
	}
	for _, x := range d.Quantities {
		m := mention(x.Range)
		a.Quantities = append(a.Quantities, Quantity{Text: m.Text, Start: m.Start, End: m.End, Value: x.Value, Unit: x.Unit, Noun: x.Noun, Qualifier: x.Qualifier})
	}
	arg := d.Argument
	for _, s := range arg.Sections {
		sec := Section{Role: s.Role, Start: o.Rune(s.Start), End: o.Rune(s.End)}
		if s.Heading != nil {
			h := mention(*s.Heading)
			sec.Heading = &h
		}
		a.Argument.Sections = append(a.Argument.Sections, sec)
	}
	for _, e := range arg.Enumerations {
		en := Enumeration{ID: e.ID, Parent: e.Parent, About: e.About, Style: e.Style, Found: len(e.Items), Items: make([]Item, 0, len(e.Items)), Numbers: e.Numbers, Skips: e.Skips}
		if e.Announced != nil {
			m := mention(e.Announced.Range)
			en.Announced = &Announcement{Text: m.Text, Count: e.Announced.Count, Start: m.Start, End: m.End}
		}
		for _, it := range e.Items {
			en.Items = append(en.Items, Item{ID: it.ID, Marker: d.Span(it.Marker), Head: d.Span(it.Head), Start: o.Rune(it.Range.Start), End: o.Rune(it.Range.End)})
		}
		a.Argument.Enumerations = append(a.Argument.Enumerations, en)
	}
	for _, q := range arg.Quotes {
		m := mention(q.Range)
		qu := Quote{Text: m.Text, Start: m.Start, End: m.End, Speaker: q.Speaker, SpeakerName: q.SpeakerName, Speakers: q.Speakers, Verb: q.Verb, Kind: q.Kind, SpeakerTitle: q.SpeakerTitle}
		if q.SpeakerAt != nil {
			at := mention(*q.SpeakerAt)
			qu.SpeakerAt = &at
		}
		a.Argument.Quotes = append(a.Argument.Quotes, qu)
	}
	for _, t := range arg.Totals {
		tt := Total{Stated: t.Stated, Parts: t.Parts, Sum: t.Sum, Consistent: t.Consistent, Unit: t.Unit, Partial: t.Partial, Spans: append(make([]Mention, 0, 1+len(t.PartsAt)), mention(t.StatedAt))}
		if tt.Parts == nil {
			tt.Parts = []float64{}
		}
		tt.Spans = append(tt.Spans, mentions(t.PartsAt)...)
		a.Argument.Totals = append(a.Argument.Totals, tt)
	}
	for _, c := range arg.Claims {
		m := mention(c.Range)
		a.Argument.Claims = append(a.Argument.Claims, Claim{Text: m.Text, Start: m.Start, End: m.End, Holds: c.Holds, Detail: c.Detail})
	}
	if arg.Thesis != nil {
		m := mention(*arg.Thesis)
		a.Argument.Thesis = &m
	}
	for _, x := range d.Diagnostics {
		dg := Diagnostic{Stage: x.Stage, Code: x.Code, Message: x.Message}
		if x.Range != nil {
			m := mention(*x.Range)
			dg.Text, dg.Start, dg.End = m.Text, &m.Start, &m.End
		}
		a.Diagnostics = append(a.Diagnostics, dg)
	}
	return a
}

// Encode writes a as JSON: indented unless compact (one line, for JSONL).
// HTML characters are not escaped: the text stays readable. The bytes are
// those of encoding/json, written as they are made (streamJSON), so the
// memory needed does not grow with the size of the summary.
func Encode(w io.Writer, a *Article, compact bool) error {
	return streamJSON(w, a, compact)
}
