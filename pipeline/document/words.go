package document

import "slices"

// Word is a word of the text (from a segmenter), as byte offsets into
// the text, with its part-of-speech tag as an index into Words.Tags. It
// takes 12 bytes: a long text has millions of words.
type Word struct {
	Start, End int32
	Tag        uint16
}

// Words are the words of a text, in order, with their tags.
type Words struct {
	List []Word
	// Tags are the part-of-speech tags (ICTCLAS/gse: n, v, d, r…), each
	// named once: a word's Tag is its index here; one past the end is no
	// tag.
	Tags []string
}

// Add appends the word [start, end) with part-of-speech tag pos, adding
// pos to the tags if it is not there yet.
func (ws *Words) Add(start, end int, pos string) {
	tag := slices.Index(ws.Tags, pos)
	if tag < 0 {
		tag = len(ws.Tags)
		ws.Tags = append(ws.Tags, pos)
	}
	ws.List = append(ws.List, Word{Start: int32(start), End: int32(end), Tag: uint16(tag)})
}

// pos returns the tag of word k ("" when it has none).
func (ws Words) pos(k int) string {
	if t := int(ws.List[k].Tag); t < len(ws.Tags) {
		return ws.Tags[t]
	}
	return ""
}
