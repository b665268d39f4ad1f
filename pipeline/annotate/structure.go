package annotate

import (
	"context"
	"strings"
	"unicode/utf8"

	"github.com/zhpipe/zhpipe/pipeline"
)

// structure finds paragraphs (non-blank lines) and sentences in the
// original text.
func structure(_ context.Context, d *pipeline.Doc) error {
	d.Paragraphs, d.Sentences = Paragraphs(d.Original), nil
	for _, p := range d.Paragraphs {
		d.Sentences = append(d.Sentences, Sentences(d.Original, p)...)
	}
	return nil
}

// Paragraphs returns the non-blank lines of text, trimmed of surrounding
// white space.
func Paragraphs(text string) []pipeline.Range {
	var out []pipeline.Range
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		if r, ok := trim(text, pipeline.Range{Start: start, End: end}); ok {
			out = append(out, r)
		}
		start = end + 1
	}
	return out
}

// Sentences splits a paragraph at sentence-final punctuation (。！？!? and
// ；), keeping closing quotes and brackets with the sentence they close.
func Sentences(text string, para pipeline.Range) []pipeline.Range {
	var out []pipeline.Range
	start := para.Start
	for i := para.Start; i < para.End; {
		// Only a byte that may begin a sentence-final mark is decoded:
		// no other byte of valid or invalid UTF-8 is where a decoding
		// from the paragraph's start would find such a mark.
		if !finalStart[text[i]] {
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		i += n
		if !isFinal(r) {
			continue
		}
		for i < para.End {
			r2, n2 := utf8.DecodeRuneInString(text[i:])
			if !isFinal(r2) && !isCloser(r2) {
				break
			}
			i += n2
		}
		if s, ok := trim(text, pipeline.Range{Start: start, End: i}); ok {
			out = append(out, s)
		}
		start = i
	}
	if s, ok := trim(text, pipeline.Range{Start: start, End: para.End}); ok {
		out = append(out, s)
	}
	return out
}

// finalStart marks the first bytes of the UTF-8 encodings of the runes
// isFinal accepts.
var finalStart = func() (t [256]bool) {
	for _, r := range finals {
		t[string(r)[0]] = true
	}
	return t
}()

// finals are the runes isFinal accepts.
const finals = "。！？!?；…"

func isFinal(r rune) bool {
	switch r {
	case '。', '！', '？', '!', '?', '；', '…':
		return true
	}
	return false
}

func isCloser(r rune) bool {
	switch r {
	case '”', '’', '」', '』', '）', ')', '》', '〉', '"', '\'':
		return true
	}
	return false
}

func trim(text string, r pipeline.Range) (pipeline.Range, bool) {
	s := text[r.Start:r.End]
	t := strings.TrimLeft(s, " \t\r\u3000")
	r.Start += len(s) - len(t)
	u := strings.TrimRight(t, " \t\r\u3000")
	r.End -= len(t) - len(u)
	return r, r.End > r.Start
}
