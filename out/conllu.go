package out

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zhpipe/zhpipe/pipeline"
)

// WriteCoNLLU writes d in CoNLL-U (Universal Dependencies v2): one block per
// sentence of d.Sentences, in text order, each with
//
//   - # newdoc id = <ID> before the first sentence and # newpar before the
//     first sentence of each paragraph;
//   - # sent_id = <ID>-<n>, # text = the sentence as written (original
//     script) and # text_simplified = its working text;
//   - one line per word: ID, FORM (original), LEMMA (the Simplified form
//     from the working text), UPOS (see UPOS; PROPN for a word gse left
//     untagged inside an entity mention), XPOS (gse's tag), and _ for
//     FEATS, HEAD, DEPREL and DEPS;
//   - MISC: NE=B-PER / I-PER (ORG, LOC) for words inside mentions of
//     people, organizations (administrations too) and places, then
//     SpaceAfter=No where no white space follows the word in the original,
//     or SpacesAfter=… (escaped: \s \t \n \r \uXXXX) where the white
//     space is not a single space; the last word of a sentence looks at the
//     white space before the next sentence;
//
// and a blank line after it. White space never forms a word; inside the
// comments and fields each run of it is written as one space, so # text is
// the FORMs joined by a space where SpaceAfter=No is absent. Text inside a
// sentence that no token covers (text the conversion dropped) becomes words
// of its own, tagged by what they contain (PUNCT, SYM or X) with XPOS _.
// Tokens are clipped to their sentence; tokens outside every sentence are
// not written. A word overlapping the start of a mention gets B-, the next
// words of that mention I-; where mentions overlap, the one that starts
// first (then the longest) wins. Invalid UTF-8 is written as U+FFFD.
//
// WriteCoNLLU returns an error, before writing anything, when a range of d
// lies outside its text or splits a code point.
func WriteCoNLLU(w io.Writer, d *pipeline.Doc) error {
	if err := checkCoNLLU(d); err != nil {
		return fmt.Errorf("out: conllu: %w", err)
	}
	e := conlluEncoder{d: d, toks: normalTokens(d), ents: nerMentions(d)}
	bw := bufio.NewWriter(w)
	docID := field(d.ID)
	if d.ID == "" {
		docID = "doc"
	}
	paras := sortedRanges(d.Paragraphs)
	prevEnd, n := 0, 0
	var num []byte
	for _, s := range sortedRanges(d.Sentences) {
		s.Start = max(s.Start, prevEnd) // sentences never overlap
		if s.Start >= s.End {
			continue
		}
		lo := prevEnd
		prevEnd = s.End
		s = trimSpace(d.Original, s)
		words := e.words(s)
		e.buf = words
		if len(words) == 0 {
			continue
		}
		n++
		if n == 1 {
			fmt.Fprintf(bw, "# newdoc id = %s\n", docID)
		}
		// Does a paragraph start between the previous sentence and this one?
		if i := sort.Search(len(paras), func(i int) bool { return paras[i].Start >= lo }); i < len(paras) && paras[i].Start <= s.Start {
			bw.WriteString("# newpar\n")
		}
		fmt.Fprintf(bw, "# sent_id = %s-%d\n", docID, n)
		bw.WriteString("# text = ")
		writeClean(bw, d.Original[s.Start:s.End])
		bw.WriteString("\n# text_simplified = ")
		writeClean(bw, e.work(s))
		bw.WriteByte('\n')
		e.label(words, s)
		for k, wd := range words {
			num = strconv.AppendInt(num[:0], int64(k+1), 10)
			bw.Write(num)
			bw.WriteByte('\t')
			writeClean(bw, d.Original[wd.start:wd.end])
			bw.WriteByte('\t')
			if lemma := strings.TrimSpace(wd.lemma); lemma != "" {
				writeClean(bw, lemma)
			} else {
				bw.WriteByte('_')
			}
			upos := UPOS(wd.pos, wd.lemma)
			if upos == uposX && wd.ne != "" && wd.pos == "x" {
				upos = uposPROPN // a name gse does not know (川普)
			}
			bw.WriteByte('\t')
			bw.WriteString(upos)
			bw.WriteByte('\t')
			bw.WriteString(field(wd.pos))
			bw.WriteString("\t_\t_\t_\t_\t")
			var after string
			if k+1 < len(words) {
				after = d.Original[wd.end:words[k+1].start]
			} else {
				after = leadingSpace(d.Original[wd.end:])
			}
			writeMisc(bw, wd, after)
			bw.WriteByte('\n')
		}
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

// checkCoNLLU verifies the ranges WriteCoNLLU slices with.
func checkCoNLLU(d *pipeline.Doc) error {
	if err := checkAlignment(d); err != nil {
		return err
	}
	for _, r := range d.Sentences {
		if err := checkRange("sentence", d.Original, r); err != nil {
			return err
		}
	}
	for _, r := range d.Paragraphs {
		if err := checkRange("paragraph", d.Original, r); err != nil {
			return err
		}
	}
	for _, t := range d.Tokens {
		if err := checkRange("token", d.Original, t.Range()); err != nil {
			return err
		}
		if w := t.Work(); w.Start < 0 || w.End < w.Start || w.End > len(d.Text) {
			return fmt.Errorf("token working range %v outside the working text (%d bytes)", w, len(d.Text))
		}
	}
	for _, set := range [][]pipeline.Entity{d.People, d.Organizations, d.Places, d.Administrations} {
		for _, en := range set {
			for _, m := range en.Mentions {
				if err := checkRange(en.ID+" mention", d.Original, m); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// checkAlignment verifies that d's alignment joins its two texts, so that
// mapping a valid range of one cannot leave the other.
func checkAlignment(d *pipeline.Doc) error {
	if d.Align.SrcLen() != len(d.Original) || d.Align.DstLen() != len(d.Text) {
		return fmt.Errorf("alignment covers %d→%d bytes, texts are %d→%d", d.Align.SrcLen(), d.Align.DstLen(), len(d.Original), len(d.Text))
	}
	return nil
}

// checkRange reports a range that lies outside text or splits a code point.
func checkRange(what, text string, r pipeline.Range) error {
	if r.Start < 0 || r.End < r.Start || r.End > len(text) {
		return fmt.Errorf("%s %v outside the text (%d bytes)", what, r, len(text))
	}
	for _, i := range [2]int{r.Start, r.End} {
		if i != 0 && i != len(text) && !utf8.RuneStart(text[i]) {
			return fmt.Errorf("%s %v splits a code point", what, r)
		}
	}
	return nil
}

// conlluEncoder holds what WriteCoNLLU prepares once per Doc.
type conlluEncoder struct {
	d    *pipeline.Doc
	toks []pipeline.Token
	ents []nerMention
	buf  []conlluWord // reused from sentence to sentence
}

// normalTokens returns the tokens sorted by start, each clipped to begin
// where the previous one ends (its working range mapped again) and dropped
// when nothing is left, so that starts and ends both increase. The
// pipeline's tokens already are: then they are returned as they are.
func normalTokens(d *pipeline.Doc) []pipeline.Token {
	toks := d.Tokens
	ok, cursor := true, int32(0)
	for _, t := range toks {
		if t.Start < cursor || t.End <= t.Start {
			ok = false
			break
		}
		cursor = t.End
	}
	if ok {
		return toks
	}
	toks = slices.Clone(toks)
	slices.SortStableFunc(toks, func(a, b pipeline.Token) int { return int(a.Start) - int(b.Start) })
	out := toks[:0]
	cursor = 0
	for _, t := range toks {
		if start := max(t.Start, cursor); start < t.End {
			if start != t.Start {
				t.Start = start
				w := d.ToWork(t.Range())
				t.WorkStart, t.WorkEnd = int32(w.Start), int32(w.End)
			}
			out = append(out, t)
			cursor = t.End
		}
	}
	return out
}

// conlluWord is one line of a sentence block.
type conlluWord struct {
	start, end int    // in Original
	lemma      string // working text
	pos        string // gse tag, "" for uncovered text
	ne         string // PER, ORG, LOC or ""
	begin      bool   // B- rather than I-
}

// words cuts sentence s into words: the non-white runs of the tokens inside
// it and of the text between them.
func (e *conlluEncoder) words(s pipeline.Range) []conlluWord {
	words := e.buf[:0]
	d := e.d
	add := func(r pipeline.Range, t *pipeline.Token) {
		for i := r.Start; i < r.End; {
			c, n := utf8.DecodeRuneInString(d.Original[i:r.End])
			if unicode.IsSpace(c) {
				i += n
				continue
			}
			j := i + n
			for j < r.End {
				c, n := utf8.DecodeRuneInString(d.Original[j:r.End])
				if unicode.IsSpace(c) {
					break
				}
				j += n
			}
			w := conlluWord{start: i, end: j}
			if t != nil {
				w.pos = d.POS(*t)
			}
			if t != nil && i == int(t.Start) && j == int(t.End) {
				w.lemma = d.Text[t.WorkStart:t.WorkEnd]
			} else {
				w.lemma = e.work(pipeline.Range{Start: i, End: j})
			}
			words = append(words, w)
			i = j
		}
	}
	cursor := s.Start
	k := sort.Search(len(e.toks), func(k int) bool { return int(e.toks[k].End) > s.Start })
	for ; k < len(e.toks) && int(e.toks[k].Start) < s.End; k++ {
		t := &e.toks[k]
		r := pipeline.Range{Start: max(int(t.Start), s.Start), End: min(int(t.End), s.End)}
		if r.Start > cursor {
			add(pipeline.Range{Start: cursor, End: r.Start}, nil)
		}
		add(r, t)
		cursor = r.End
	}
	if cursor < s.End {
		add(pipeline.Range{Start: cursor, End: s.End}, nil)
	}
	return words
}

// work returns the working text of an original range.
func (e *conlluEncoder) work(r pipeline.Range) string {
	w := e.d.ToWork(r)
	w.Start = min(max(w.Start, 0), len(e.d.Text))
	w.End = min(max(w.End, w.Start), len(e.d.Text))
	return e.d.Text[w.Start:w.End]
}

// nerMention is an entity mention with its CoNLL label.
type nerMention struct {
	pipeline.Range
	label string
	rank  int
}

// nerLabels are the CoNLL labels of people, organizations, places and
// administrations (川普政府: an organization for NER).
var nerLabels = [...]string{"PER", "ORG", "LOC", "ORG"}

// nerMentions returns the mentions of people, organizations, places and
// administrations that do not overlap, sorted: of overlapping mentions the
// first to start wins, then the longest, then people before organizations
// before places before administrations.
func nerMentions(d *pipeline.Doc) []nerMention {
	var all []nerMention
	for rank, set := range [][]pipeline.Entity{d.People, d.Organizations, d.Places, d.Administrations} {
		for _, en := range set {
			for _, m := range en.Mentions {
				if m.End > m.Start {
					all = append(all, nerMention{Range: m, label: nerLabels[rank], rank: rank})
				}
			}
		}
	}
	slices.SortFunc(all, func(a, b nerMention) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		if a.End != b.End {
			return b.End - a.End
		}
		return a.rank - b.rank
	})
	out := all[:0]
	end := 0
	for _, m := range all {
		if m.Start >= end {
			out = append(out, m)
			end = m.End
		}
	}
	return out
}

// label sets the NE tags of the words of sentence s.
func (e *conlluEncoder) label(words []conlluWord, s pipeline.Range) {
	k := sort.Search(len(e.ents), func(k int) bool { return e.ents[k].End > s.Start })
	w := 0
	for ; k < len(e.ents) && e.ents[k].Start < s.End; k++ {
		m := e.ents[k]
		for w < len(words) && words[w].end <= m.Start {
			w++
		}
		first := true
		for j := w; j < len(words) && words[j].start < m.End; j++ {
			if words[j].ne != "" {
				continue // the end of the previous mention
			}
			words[j].ne, words[j].begin = m.label, first
			first = false
		}
	}
}

// writeMisc writes the MISC column of word wd followed by the white space
// after.
func writeMisc(bw *bufio.Writer, wd conlluWord, after string) {
	sep := false
	if wd.ne != "" {
		if wd.begin {
			bw.WriteString("NE=B-")
		} else {
			bw.WriteString("NE=I-")
		}
		bw.WriteString(wd.ne)
		sep = true
	}
	switch after {
	case " ":
		if !sep {
			bw.WriteByte('_')
		}
		return
	case "":
		if sep {
			bw.WriteByte('|')
		}
		bw.WriteString("SpaceAfter=No")
	default:
		if sep {
			bw.WriteByte('|')
		}
		bw.WriteString("SpacesAfter=")
		bw.WriteString(escapeSpaces(after))
	}
}

// escapeSpaces writes white space the way UD's SpacesAfter does.
func escapeSpaces(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case ' ':
			b.WriteString(`\s`)
		case '\t':
			b.WriteString(`\t`)
		case '\n':
			b.WriteString(`\n`)
		case '\r':
			b.WriteString(`\r`)
		default:
			fmt.Fprintf(&b, `\u%04X`, r)
		}
	}
	return b.String()
}

// leadingSpace returns the white space s starts with.
func leadingSpace(s string) string {
	for i, r := range s {
		if !unicode.IsSpace(r) {
			return s[:i]
		}
	}
	return s
}

// trimSpace shrinks r to exclude the white space at either end.
func trimSpace(text string, r pipeline.Range) pipeline.Range {
	s := text[r.Start:r.End]
	t := strings.TrimLeftFunc(s, unicode.IsSpace)
	r.Start += len(s) - len(t)
	r.End = r.Start + len(strings.TrimRightFunc(t, unicode.IsSpace))
	return r
}

// writeClean writes s fit for a CoNLL-U field or comment: each run of
// white space becomes one space and each invalid byte U+FFFD. It trims
// nothing.
func writeClean(bw *bufio.Writer, s string) {
	space := false
	start := 0 // of the part not yet written
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			bw.WriteString(s[start:i])
			bw.WriteRune(utf8.RuneError)
			space = false
			start = i + n
		case unicode.IsSpace(r):
			bw.WriteString(s[start:i])
			if !space {
				bw.WriteByte(' ')
			}
			space = true
			start = i + n
		default:
			space = false
		}
		i += n
	}
	bw.WriteString(s[start:])
}

// field makes a tag or ID fit a column that allows no spaces: white space
// and control characters become _, and an empty value is _.
func field(s string) string {
	if s == "" {
		return "_"
	}
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || unicode.IsControl(r) || r == utf8.RuneError {
			return '_'
		}
		return r
	}, s)
}

// sortedRanges returns rs sorted by start (rs itself when it already is).
func sortedRanges(rs []pipeline.Range) []pipeline.Range {
	cmp := func(a, b pipeline.Range) int { return a.Start - b.Start }
	if slices.IsSortedFunc(rs, cmp) {
		return rs
	}
	rs = slices.Clone(rs)
	slices.SortStableFunc(rs, cmp)
	return rs
}
