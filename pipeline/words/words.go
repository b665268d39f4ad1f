// Package words is the segmenter's words as the rule stages read them
// (pipeline/entity, pipeline/document): byte ranges of the text with a
// part-of-speech tag, read in place through a small interface, or held
// compactly in a List (12 bytes a word) when a caller has no tokens of
// its own. A long text has millions of words; no stage copies them.
package words

import "slices"

// Words are the words of a segmentation of a text, in order.
type Words interface {
	Len() int
	// Span returns the byte offsets where word i starts and ends.
	Span(i int) (start, end int)
	// POS returns word i's part-of-speech tag (ICTCLAS tags as gse
	// gives them: n, nr, ns, v ...), or "".
	POS(i int) string
}

// List is a list of Words.
type List struct {
	List []Word
	// Tags are the words' part-of-speech tags, each named once: a word's
	// Tag is its index here; one past the end is no tag.
	Tags []string
}

// Word is one word of a List: text[Start:End], with its part-of-speech
// tag as an index into List.Tags.
type Word struct {
	Start, End int32
	Tag        uint16
}

// Add appends the word text[start:end] with part-of-speech tag pos,
// adding pos to the tags if it is not there yet.
func (l *List) Add(start, end int, pos string) {
	tag := slices.Index(l.Tags, pos)
	if tag < 0 {
		tag = len(l.Tags)
		l.Tags = append(l.Tags, pos)
	}
	l.List = append(l.List, Word{Start: int32(start), End: int32(end), Tag: uint16(tag)})
}

// Len returns the number of words.
func (l *List) Len() int { return len(l.List) }

// Span returns where word i starts and ends.
func (l *List) Span(i int) (start, end int) { return int(l.List[i].Start), int(l.List[i].End) }

// POS returns word i's tag.
func (l *List) POS(i int) string {
	if t := int(l.List[i].Tag); t < len(l.Tags) {
		return l.Tags[t]
	}
	return ""
}
