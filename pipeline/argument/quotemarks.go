package argument

import (
	"sort"
	"strings"
)

// This file pairs quote marks: within a paragraph, and across paragraphs
// for a quotation that runs over several of them (the Chinese convention:
// an opening mark on each paragraph, the closing mark only at the end).

// qspan is a quoted stretch: marks at [open, close), content inside.
type qspan struct {
	open, close int // the opening mark's start and the closing mark's end (or the paragraph's end)
	in          Span
	depth       int
	// runOn is set when the quotation is not closed in its paragraph and
	// goes on in the next one, which opens with the same mark; cont is set
	// on the part that goes on from the paragraph before.
	runOn, cont bool
}

// findQuotes pairs quote marks paragraph by paragraph. An opening mark
// left open at the end of a paragraph whose next paragraph opens with the
// same mark is a quotation running on (its part ends with the paragraph);
// any other mark left open is diagnosed.
func (d *doc) findQuotes() ([]qspan, []Diagnostic) {
	var qs []qspan
	if d.sc != nil {
		qs = d.sc.qs[:0]
	}
	var diags []Diagnostic
	type opened struct {
		closer rune
		at     int
	}
	contAt := -1 // where a paragraph opens with a quotation running on
	for pi, p := range d.paras {
		var stack []opened
		for i := p.Start; i < p.End; {
			// (the characters before the next quote mark are passed
			// over as stepping through them would)
			if i = nextQuoteMark(d.text, i, p.End); i >= p.End {
				break
			}
			r, n := decodeRune(d.text[i:])
			if r == '"' {
				// ASCII quotes open and close alike: close the open one.
				r = '“'
				for k := len(stack) - 1; k >= 0; k-- {
					if stack[k].closer == '"' {
						r = '”'
						break
					}
				}
				if r == '“' {
					stack = append(stack, opened{'"', i})
					i += n
					continue
				}
				r = '"'
			}
			switch r {
			case '“', '「', '『', '‘':
				stack = append(stack, opened{closerOf(r), i})
			case '”', '」', '』', '’', '"':
				for k := len(stack) - 1; k >= 0; k-- {
					if stack[k].closer == r {
						o := stack[k]
						_, on := decodeRune(d.text[o.at:])
						qs = append(qs, qspan{open: o.at, close: i + n, in: Span{o.at + on, i}, depth: k, cont: k == 0 && o.at == contAt})
						stack = stack[:k]
						break
					}
				}
			}
			i += n
		}
		next := -1
		if pi+1 < len(d.paras) {
			next = d.paras[pi+1].Start
		}
		runOn := false
		if len(stack) > 0 && stack[0].closer != '’' && next >= 0 {
			// The quotation goes on when the next paragraph opens with
			// the same mark.
			o := stack[0]
			or, on := decodeRune(d.text[o.at:])
			if nr, _ := decodeRune(d.text[next:]); nr == or {
				end := p.End
				qs = append(qs, qspan{open: o.at, close: end, in: Span{o.at + on, end}, runOn: true, cont: o.at == contAt})
				runOn = true
			}
		}
		if _, on := decodeRune(d.text[max(contAt, 0):]); !runOn && len(stack) > 0 && stack[0].at == contAt && contAt >= 0 && contAt+on < p.End {
			// The last part of a quotation running on, its closing mark
			// lost (or left out, as some copies do): it ends with its
			// paragraph.
			o := stack[0]
			_, on := decodeRune(d.text[o.at:])
			qs = append(qs, qspan{open: o.at, close: p.End, in: Span{o.at + on, p.End}, cont: true})
			stack = stack[1:]
		}
		contAt = -1
		if runOn {
			contAt = next
			continue
		}
		for _, o := range stack {
			if o.closer == '’' {
				continue // ‘ is also an apostrophe
			}
			diags = append(diags, Diagnostic{Code: DiagUnclosedQuote, Message: "quote mark opened and never closed in its paragraph", Start: o.at, End: o.at + len(string(closerOpen(o.closer)))})
		}
	}
	sort.SliceStable(qs, func(i, j int) bool { return qs[i].open < qs[j].open })
	return qs, diags
}

func closerOpen(c rune) rune {
	switch c {
	case '”':
		return '“'
	case '」':
		return '「'
	case '』':
		return '『'
	case '"':
		return '"'
	}
	return '‘'
}

// nextQuoteMark returns where the first quote mark findQuotes reads (" “
// ” ‘ ’ 「 」 『 』) starts in s[i:e], or e when there is none (i when i >=
// e). Their first bytes (", E2, E3) are no continuation bytes, so a scan
// stepping through s character by character from i would stop there too,
// whatever comes before. It searches for " and for 80, the second byte
// of all the others.
func nextQuoteMark(s string, i, e int) int {
	if i >= e {
		return i
	}
	q := e
	if k := strings.IndexByte(s[i:e], '"'); k >= 0 {
		q = i + k
	}
	hi := min(q+1, len(s)) // a mark starting before q has its 80 before hi
	for j := i + 1; j < hi; j++ {
		k := strings.IndexByte(s[j:hi], 0x80)
		if k < 0 {
			break
		}
		j += k
		if p := j - 1; p+2 < len(s) {
			switch s[p] {
			case 0xE2: // “ ” ‘ ’
				if c := s[p+2]; c == 0x98 || c == 0x99 || c == 0x9C || c == 0x9D {
					return p
				}
			case 0xE3: // 「 」 『 』
				if c := s[p+2]; c >= 0x8C && c <= 0x8F {
					return p
				}
			}
		}
	}
	return q
}
