// Package pipeline holds zhpipe's document model: a Doc owns the untouched
// original text, the working text derived from it (width-folded, converted to
// Simplified) with an Alignment back to the original, and every annotation
// the stages add, each a range into the original. Stages live in
// sub-packages; a Chain runs them in order on one Doc.
//
// All ranges inside a Doc are byte offsets; the out package converts them to
// code points (and UTF-16 units) for users.
package pipeline

import (
	"context"
	"fmt"
)

// Script is the writing system of a text.
type Script uint8

// Scripts a text can be written in.
const (
	ScriptUnknown Script = iota
	Traditional
	Simplified
	Mixed
)

var scriptNames = [...]string{"unknown", "traditional", "simplified", "mixed"}

func (s Script) String() string { return scriptNames[s] }

// MarshalText implements encoding.TextMarshaler.
func (s Script) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// Region is the regional wording of a text.
type Region uint8

// Regions whose wording zhpipe tells apart.
const (
	RegionUnknown Region = iota
	Taiwan
	HongKong
	Mainland
)

var regionNames = [...]string{"unknown", "tw", "hk", "cn"}

func (r Region) String() string { return regionNames[r] }

// MarshalText implements encoding.TextMarshaler.
func (r Region) MarshalText() ([]byte, error) { return []byte(r.String()), nil }

// Source describes where a Doc came from and how it was read.
type Source struct {
	Path       string
	SHA256     string // hex digest of the raw input bytes
	Encoding   string // detected or forced encoding of the raw input
	Bytes      int    // size of the raw input
	Script     Script
	Region     Region
	Conversion string // OpenCC config used for the working text, or "none"
}

// Token is one segmented word. It takes 20 bytes (a long document has
// millions): offsets as int32 (texts are at most MaxText bytes) and the POS
// tag as its number in the Doc's Tags.
type Token struct {
	Start, End         int32  // in Original
	WorkStart, WorkEnd int32  // in Text
	Tag                uint16 // the gse/ICTCLAS POS tag: Doc.Tags[Tag]
}

// NewToken returns the token of original range r, working range work and
// tag number tag (see Doc.Tag).
func NewToken(r, work Range, tag uint16) Token {
	return Token{int32(r.Start), int32(r.End), int32(work.Start), int32(work.End), tag}
}

// Range returns the token's range in Original.
func (t Token) Range() Range { return Range{int(t.Start), int(t.End)} }

// Work returns the token's range in Text.
func (t Token) Work() Range { return Range{int(t.WorkStart), int(t.WorkEnd)} }

// maxTags bounds the distinct POS tags of one Doc; further ones are
// recorded as "".
const maxTags = 1<<16 - 1

// Diagnostic is a non-fatal problem or finding, reported in the output and
// never printed by library code.
type Diagnostic struct {
	Stage   string
	Code    string
	Message string
	Range   *Range // in Original, when it points at text
}

// Doc is one article and everything known about it. Stages annotate it in
// place. Every Range in it is a byte range of Original unless its field
// says otherwise.
type Doc struct {
	ID       string
	Source   Source
	Original string // the decoded input, never modified

	// Text is the working text (width-folded, converted to Simplified);
	// Align maps it back to Original.
	Text  string
	Align Alignment

	Paragraphs []Range
	Sentences  []Range
	Tokens     []Token
	// Tags are the POS tags the tokens use, numbered by first use.
	Tags     []string
	tagIndex map[string]uint16

	People        []Entity
	Organizations []Entity
	Places        []Entity
	// Administrations are organizations named after a person (川普政府),
	// each linked to that person; kept apart from Organizations so that
	// the bodies an article names are not mixed with its periphrases.
	Administrations []Entity
	Orders          []Order
	Documents       []Document
	Dates           []Date
	Quantities      []Quantity
	Argument        Argument

	// Reference is the date relative time expressions were resolved
	// against, and where it came from.
	Reference DateReference

	Diagnostics []Diagnostic
}

// DateReference is an article's own date as the pipeline established it.
type DateReference struct {
	Date   string // YYYY-MM-DD, or "" when unknown
	Source string // "flag", "cna-code", "dateline", "own-line", "clarified-today", "anniversary", "latest-past-date" or "none"
}

// NewDoc returns a Doc whose working text is still the original.
func NewDoc(id string, src Source, original string) *Doc {
	return &Doc{ID: id, Source: src, Original: original, Text: original, Align: Identity(len(original))}
}

// Rewrite replaces the working text with next, given its alignment to the
// current working text, and composes the alignments. It refuses once tokens
// exist: a rewrite would invalidate them.
func (d *Doc) Rewrite(next string, a Alignment) error {
	if len(d.Tokens) > 0 {
		return fmt.Errorf("pipeline: rewrite of the working text after segmentation")
	}
	if a.SrcLen() != len(d.Text) || a.DstLen() != len(next) {
		return fmt.Errorf("pipeline: rewrite alignment covers %d→%d bytes, texts are %d→%d", a.SrcLen(), a.DstLen(), len(d.Text), len(next))
	}
	c, err := d.Align.Then(a)
	if err != nil {
		return err
	}
	d.Text, d.Align = next, c
	return nil
}

// ToOriginal maps a byte range of the working text to Original.
func (d *Doc) ToOriginal(r Range) Range { return d.Align.ToSource(r) }

// ToWork maps a byte range of Original to the working text.
func (d *Doc) ToWork(r Range) Range { return d.Align.ToDerived(r) }

// Span returns the original text a range covers.
func (d *Doc) Span(r Range) string { return d.Original[r.Start:r.End] }

// Tag returns the number of POS tag pos in d.Tags, adding it if new.
func (d *Doc) Tag(pos string) uint16 {
	if i, ok := d.tagIndex[pos]; ok {
		return i
	}
	if len(d.Tags) >= maxTags {
		if pos == "" {
			return maxTags - 1 // only reached when "" never came before
		}
		return d.Tag("")
	}
	if d.tagIndex == nil {
		d.tagIndex = make(map[string]uint16)
	}
	i := uint16(len(d.Tags))
	d.Tags = append(d.Tags, pos)
	d.tagIndex[pos] = i
	return i
}

// POS returns the POS tag of t ("" for a number not in d.Tags).
func (d *Doc) POS(t Token) string {
	if int(t.Tag) < len(d.Tags) {
		return d.Tags[t.Tag]
	}
	return ""
}

// AddToken appends a token of original range r and working range work,
// tagged pos.
func (d *Doc) AddToken(r, work Range, pos string) {
	d.Tokens = append(d.Tokens, NewToken(r, work, d.Tag(pos)))
}

// Diagnose records a diagnostic.
func (d *Doc) Diagnose(stage, code string, r *Range, format string, args ...any) {
	d.Diagnostics = append(d.Diagnostics, Diagnostic{Stage: stage, Code: code, Message: fmt.Sprintf(format, args...), Range: r})
}

// A Stage annotates a Doc in place. After construction it holds only
// immutable resources and is safe for concurrent use on distinct Docs.
type Stage interface {
	Name() string
	Process(ctx context.Context, d *Doc) error
}

// Chain is an ordered list of stages run one after the other.
type Chain []Stage

// Name implements Stage.
func (c Chain) Name() string { return "chain" }

// Process runs every stage in order and stops at the first error, which
// names the stage.
func (c Chain) Process(ctx context.Context, d *Doc) error {
	for _, s := range c {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := s.Process(ctx, d); err != nil {
			return fmt.Errorf("%s: %w", s.Name(), err)
		}
	}
	return nil
}
