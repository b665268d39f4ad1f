package ner

import "fmt"

// Label is the type of a named entity.
type Label uint8

// The entity labels. None is the zero value and never appears in a Span.
const (
	None Label = iota
	PER        // person
	LOC        // place
	ORG        // organization
)

// numLabels counts the real labels (PER, LOC, ORG).
const numLabels = 3

// String returns the label's name: PER, LOC, ORG (NONE for the zero value).
func (l Label) String() string {
	switch l {
	case None:
		return "NONE"
	case PER:
		return "PER"
	case LOC:
		return "LOC"
	case ORG:
		return "ORG"
	}
	return fmt.Sprintf("Label(%d)", uint8(l))
}

// MarshalText encodes the label as its name.
func (l Label) MarshalText() ([]byte, error) {
	if l < PER || l > ORG {
		return nil, fmt.Errorf("ner: cannot marshal label %d", uint8(l))
	}
	return []byte(l.String()), nil
}

// UnmarshalText decodes a label name (PER, LOC, ORG).
func (l *Label) UnmarshalText(b []byte) error {
	v, ok := ParseLabel(string(b))
	if !ok {
		return fmt.Errorf("ner: unknown label %q", b)
	}
	*l = v
	return nil
}

// ParseLabel returns the label named s (PER, LOC, ORG); ok is false for any
// other string.
func ParseLabel(s string) (l Label, ok bool) {
	switch s {
	case "PER":
		return PER, true
	case "LOC":
		return LOC, true
	case "ORG":
		return ORG, true
	}
	return None, false
}

// Span is one entity found by the tagger: Text[Start:End] of the string given
// to [Model.Tag] (byte offsets), its label, and a confidence Score in [0, 1]:
// the smallest margin, over the span's characters, of the chosen tag's score
// over the best other tag, squashed by a logistic. It ranks spans; it is not
// a calibrated probability.
type Span struct {
	Start, End int
	Label      Label
	Score      float64
}

// Tag indices: O, then B, I, E, S for each label in order PER, LOC, ORG.
const (
	tagO     = 0
	numTags  = 1 + 4*numLabels
	offB     = 0
	offI     = 1
	offE     = 2
	offS     = 3
	tagsPerL = 4
)

func tagOf(l Label, part int) int { return 1 + (int(l)-1)*tagsPerL + part }

func partOf(t int) (Label, int) {
	if t == tagO {
		return None, -1
	}
	return Label((t-1)/tagsPerL + 1), (t - 1) % tagsPerL
}
