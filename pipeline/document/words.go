package document

import "github.com/zhpipe/zhpipe/pipeline/words"

// Words, WordList and Word are the segmenter's words (see package
// pipeline/words, shared with pipeline/entity).
type (
	Words    = words.Words
	WordList = words.List
	Word     = words.Word
)

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
