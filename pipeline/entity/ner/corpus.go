package ner

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// ReadBIO reads a character-per-line BIO file (`char<TAB or SPACE>tag`,
// tags O, B-X, I-X with X one of PER, LOC, ORG; a blank line between
// sentences) into sentences with byte-offset spans. An I-X that does not
// continue an X span starts a new one; tags of other types are read as O.
func ReadBIO(r io.Reader) ([]Sentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	var out []Sentence
	var b strings.Builder
	var spans []Span
	open := false
	flush := func() {
		if b.Len() > 0 {
			out = append(out, Sentence{Text: b.String(), Spans: spans})
		}
		b.Reset()
		spans, open = nil, false
	}
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(s) == "" {
			flush()
			continue
		}
		i := strings.LastIndexAny(s, " \t")
		if i <= 0 {
			return nil, fmt.Errorf("ner: BIO line %d: want `char tag`, got %q", line, s)
		}
		ch, tag := s[:i], s[i+1:]
		if ch != " " && ch != "\t" {
			ch = strings.TrimRight(ch, " \t")
		}
		if ch == "" {
			continue
		}
		pos := b.Len()
		b.WriteString(ch)
		var l Label
		var part byte
		if len(tag) > 2 && tag[1] == '-' {
			l, _ = ParseLabel(tag[2:])
			part = tag[0]
		}
		switch {
		case l == None:
			open = false
		case part == 'I' && open && spans[len(spans)-1].Label == l:
			spans[len(spans)-1].End = b.Len()
		case part == 'B' || part == 'I' || part == 'S' || part == 'E':
			spans = append(spans, Span{Start: pos, End: b.Len(), Label: l})
			open = part == 'B' || part == 'I'
		default:
			open = false
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("ner: reading BIO: %w", err)
	}
	flush()
	return out, nil
}

// ReadPD1998 reads the People's Daily 1998 segmented and POS-tagged corpus
// (`ID/m  word/tag  [word/tag ...]nt ...`, one paragraph a line) into
// sentences: nr → PER (consecutive nr tokens, surname then given name, are
// joined), ns → LOC, nt → ORG; a bracketed compound tagged nt or ns is one
// entity and the tags inside it are ignored; inside other brackets the words
// count one by one. Lines are returned whole; Train cuts them into sentences.
func ReadPD1998(r io.Reader) ([]Sentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 4*1024*1024)
	var out []Sentence
	line := 0
	for sc.Scan() {
		line++
		toks := strings.Fields(sc.Text())
		if len(toks) < 2 {
			continue
		}
		var b strings.Builder
		var spans []Span
		inBracket, bracketStart := false, 0
		var inner []Span // entities inside the current bracket
		lastNR := false  // the previous token was an nr outside brackets
		for _, t := range toks[1:] {
			open := strings.HasPrefix(t, "[")
			if open {
				t = t[1:]
				inBracket, bracketStart, inner = true, b.Len(), nil
				lastNR = false
			}
			outer := ""
			if j := strings.LastIndex(t, "]"); j > 0 && j > strings.LastIndex(t, "/") {
				outer, t = t[j+1:], t[:j]
			}
			k := strings.LastIndex(t, "/")
			if k <= 0 {
				return nil, fmt.Errorf("ner: pd1998 line %d: bad token %q", line, t)
			}
			word, pos := t[:k], t[k+1:]
			start := b.Len()
			b.WriteString(word)
			var l Label
			switch pos {
			case "nr":
				l = PER
			case "ns":
				l = LOC
			case "nt":
				l = ORG
			}
			target := &spans
			if inBracket {
				target = &inner
			}
			switch {
			case l == PER && lastNR && len(*target) > 0 && (*target)[len(*target)-1].End == start:
				(*target)[len(*target)-1].End = b.Len()
			case l != None:
				*target = append(*target, Span{Start: start, End: b.Len(), Label: l})
			}
			lastNR = l == PER
			if outer != "" || (inBracket && strings.HasSuffix(t, "]")) {
				switch outer {
				case "nt":
					spans = append(spans, Span{Start: bracketStart, End: b.Len(), Label: ORG})
				case "ns":
					spans = append(spans, Span{Start: bracketStart, End: b.Len(), Label: LOC})
				default:
					spans = append(spans, inner...)
				}
				inBracket, inner, lastNR = false, nil, false
			}
		}
		if inBracket {
			spans = append(spans, inner...)
		}
		out = append(out, Sentence{Text: b.String(), Spans: spans})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("ner: reading pd1998: %w", err)
	}
	return out, nil
}
