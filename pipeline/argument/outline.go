package argument

import (
	"fmt"
	"io"
	"strings"
)

// WriteOutline writes a readable, indented outline of a to w: sections
// with their roles, enumerations nested under the items they belong to
// with announced and found counts (✓/✗), quotes with their speakers,
// totals and claims with their arithmetic (✓/✗), the thesis and the
// diagnostics. text is the text a was computed from. names maps a speaker
// ID to the name to show; when it is nil or returns "", the quote's
// SpeakerName is shown. It returns the first write error.
func WriteOutline(w io.Writer, text string, a *Argument, names func(id string) string) error {
	o := &outliner{w: w, text: text, a: a, names: names}
	o.write()
	return o.err
}

type outliner struct {
	w     io.Writer
	text  string
	a     *Argument
	names func(string) string
	err   error
}

func (o *outliner) printf(format string, args ...any) {
	if o.err != nil {
		return
	}
	_, o.err = fmt.Fprintf(o.w, format, args...)
}

// clip shortens s to n characters with an ellipsis, on one line.
func clip(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if runeCount(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n]) + "…"
}

// cut returns text[s:e] when the span fits, else "".
func (o *outliner) cut(s, e int) string {
	if s < 0 || e > len(o.text) || s > e {
		return ""
	}
	return o.text[s:e]
}

func mark(ok bool) string {
	if ok {
		return "✓"
	}
	return "✗"
}

func (o *outliner) write() {
	if o.a == nil {
		o.printf("(no argument structure)\n")
		return
	}
	a := o.a
	o.printf("Sections (%d)\n", len(a.Sections))
	for _, s := range a.Sections {
		head, body := "", o.cut(s.Start, s.End)
		if s.Heading != "" {
			head = "[" + s.Heading + "] "
			if s.HeadingEnd >= s.Start && s.HeadingEnd <= s.End {
				body = o.cut(s.HeadingEnd, s.End)
			}
		}
		o.printf("  %-11s %s%s\n", s.Role, head, clip(body, 32))
	}

	o.printf("\nEnumerations (%d)\n", len(a.Enumerations))
	children := map[string][]int{}
	for k, e := range a.Enumerations {
		children[e.Parent] = append(children[e.Parent], k)
	}
	seen := map[int]bool{}
	for _, k := range children[""] {
		o.enumeration(k, children, "  ", seen)
	}

	var terms []string
	statements := 0
	for _, q := range a.Quotes {
		if q.Kind != KindTerm {
			statements++
		}
	}
	o.printf("\nQuotes (%d attributed or reported, %d terms)\n", statements, len(a.Quotes)-statements)
	for _, q := range a.Quotes {
		switch q.Kind {
		case KindTerm:
			terms = append(terms, "“"+clip(q.Text, 16)+"”")
		case KindStatement:
			o.printf("  %s%s %s “%s”\n", o.title(q), o.speaker(q), q.Verb, clip(q.Text, 40))
		case KindIndirect:
			o.printf("  %s%s %s (reported) %s\n", o.title(q), o.speaker(q), q.Verb, clip(q.Text, 40))
		}
	}
	for i := 0; i < len(terms); i += 6 {
		label := "terms:"
		if i > 0 {
			label = "      "
		}
		o.printf("  %s %s\n", label, strings.Join(terms[i:min(i+6, len(terms))], " "))
	}

	o.printf("\nTotals (%d)\n", len(a.Totals))
	for _, t := range a.Totals {
		parts := make([]string, len(t.Parts))
		for i, p := range t.Parts {
			parts[i] = fmt.Sprintf("%g", p)
		}
		switch {
		case t.Partial && !t.Consistent:
			o.printf("  ~ %s stated; of which %s = %g (a breakdown, maybe partial)\n", t.Text, strings.Join(parts, " + "), t.Sum)
		case t.Partial:
			o.printf("  %s %s stated; of which %s = %g\n", mark(t.Consistent), t.Text, strings.Join(parts, " + "), t.Sum)
		default:
			o.printf("  %s %s stated; parts %s = %g (items of %s)\n", mark(t.Consistent), t.Text, strings.Join(parts, " + "), t.Sum, t.Enumeration)
		}
	}
	for _, c := range a.Claims {
		o.printf("  %s %s: %s\n", mark(c.Holds), c.Text, c.Detail)
	}

	o.printf("\nThesis\n")
	if a.Thesis != nil {
		o.printf("  %s\n", clip(a.Thesis.Text, 60))
	} else {
		o.printf("  (none found)\n")
	}

	if len(a.Diagnostics) > 0 {
		o.printf("\nDiagnostics (%d)\n", len(a.Diagnostics))
		for _, d := range a.Diagnostics {
			o.printf("  %s: %s\n", d.Code, d.Message)
		}
	}
}

// title is the title written before a quote's speaker, with a space, or
// "" (外交部發言人 毛寧 說 “…”).
func (o *outliner) title(q Quote) string {
	if q.SpeakerTitle == "" {
		return ""
	}
	return q.SpeakerTitle + " "
}

// speaker names a quote's speakers for the outline.
func (o *outliner) speaker(q Quote) string {
	ids := q.Speakers
	if len(ids) == 0 && q.Speaker != "" {
		ids = []string{q.Speaker}
	}
	if len(ids) == 0 {
		return "(unattributed)"
	}
	var ns []string
	for _, id := range ids {
		n := ""
		if o.names != nil {
			n = o.names(id)
		}
		if n == "" && id == q.Speaker {
			n = q.SpeakerName
		}
		if n == "" {
			n = id
		}
		ns = append(ns, n)
	}
	return strings.Join(ns, "、")
}

// enumeration writes enumeration k and, under each item, the lists that
// belong to it.
func (o *outliner) enumeration(k int, children map[string][]int, indent string, seen map[int]bool) {
	if seen[k] {
		return // a parent cycle in a hand-made Argument
	}
	seen[k] = true
	e := o.a.Enumerations[k]
	if e.Announced != nil {
		o.printf("%s%s %s: announced %d, found %d %s\n", indent, e.ID, e.Announced.Text, e.Announced.Count, len(e.Items), mark(e.Announced.Count == len(e.Items)))
	} else {
		o.printf("%s%s (%s, unannounced): %d items\n", indent, e.ID, e.Style, len(e.Items))
	}
	for i, it := range e.Items {
		m := it.Marker
		if m == "" {
			m = fmt.Sprintf("%d.", i+1)
		}
		o.printf("%s  %s %s\n", indent, m, clip(it.Head, 40))
		for _, c := range children[fmt.Sprintf("%s.%d", e.ID, i+1)] {
			o.enumeration(c, children, indent+"    ", seen)
		}
	}
}
