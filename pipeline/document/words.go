package document

import "slices"

// Words are the words of a segmentation of a text, in order. The
// extractor reads them where it needs them rather than copying them: a
// long text has millions.
type Words interface {
	Len() int
	// Span returns the byte offsets where word i starts and ends.
	Span(i int) (start, end int)
	// POS returns word i's part-of-speech tag (ICTCLAS/gse: n, v, d,
	// r…), or "".
	POS(i int) string
}

// WordList is a list of Words.
type WordList struct {
	List []Word
	// Tags are the part-of-speech tags, each named once: a word's Tag is
	// its index here; one past the end is no tag.
	Tags []string
}

// Word is a word of a WordList, as byte offsets into the text, with its
// part-of-speech tag as an index into WordList.Tags.
type Word struct {
	Start, End int32
	Tag        uint16
}

// Add appends the word [start, end) with part-of-speech tag pos, adding
// pos to the tags if it is not there yet.
func (l *WordList) Add(start, end int, pos string) {
	tag := slices.Index(l.Tags, pos)
	if tag < 0 {
		tag = len(l.Tags)
		l.Tags = append(l.Tags, pos)
	}
	l.List = append(l.List, Word{Start: int32(start), End: int32(end), Tag: uint16(tag)})
}

// Len returns the number of words.
func (l *WordList) Len() int { return len(l.List) }

// Span returns where word i starts and ends.
func (l *WordList) Span(i int) (start, end int) { return int(l.List[i].Start), int(l.List[i].End) }

// POS returns word i's tag.
func (l *WordList) POS(i int) string {
	if t := int(l.List[i].Tag); t < len(l.Tags) {
		return l.Tags[t]
	}
	return ""
}

// noWords are the words of a text whose words are unknown.
var noWords = &WordList{}

// wordStart returns where word k starts.
func wordStart(ws Words, k int) int {
	a, _ := ws.Span(k)
	return a
}

// wordEnd returns where word k ends.
func wordEnd(ws Words, k int) int {
	_, b := ws.Span(k)
	return b
}
