package out

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/zhpipe/zhpipe/pipeline"
)

// BRAT entity types (indexes in bratTypes).
const (
	bratPerson = iota
	bratOrganization
	bratLocation
	bratOrder
	bratDocument
	bratDate
	bratQuantity
)

// bratTypes names the entity types, in the order WriteBRAT lists
// annotations that share a range.
var bratTypes = [...]string{"Person", "Organization", "Location", "Order", "Document", "Date", "Quantity"}

// bratDateKinds and bratOrderKinds are the values of the DateKind and
// OrderKind attributes (pipeline kinds with spaces written as -). A kind
// outside them goes only into the annotator's notes.
var (
	bratDateKinds  = []string{"date", "time", "range", "duration", "relative", "recurrence"}
	bratOrderKinds = []string{"executive-order", "proclamation", "memorandum", "announcement", "law", "regulation", "decree"}
)

// WriteBRATConfig writes the annotation.conf that WriteBRAT's files need:
// the entity types, the Equiv relation that links the mentions of one
// entity, overlaps of any kind, and the DateKind and OrderKind attributes.
func WriteBRATConfig(w io.Writer) error {
	var b strings.Builder
	b.WriteString("# brat configuration for zhpipe's standoff output (zhpipe annotate --format brat)\n\n[entities]\n")
	for _, t := range bratTypes {
		b.WriteString(t + "\n")
	}
	b.WriteString("\n[relations]\n")
	b.WriteString("Equiv\tArg1:<ENTITY>, Arg2:<ENTITY>, <REL-TYPE>:symmetric-transitive\n")
	b.WriteString("<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n")
	b.WriteString("\n[events]\n\n[attributes]\n")
	fmt.Fprintf(&b, "DateKind\tArg:Date, Value:%s\n", strings.Join(bratDateKinds, "|"))
	fmt.Fprintf(&b, "OrderKind\tArg:Order, Value:%s\n", strings.Join(bratOrderKinds, "|"))
	_, err := io.WriteString(w, b.String())
	return err
}

// bratSpan is one text-bound annotation before numbering.
type bratSpan struct {
	pipeline.Range
	typ   int    // index in bratTypes
	note  string // AnnotatorNotes, "" for none
	attr  string // attribute name, "" for none
	value string
	group int // the entity whose mentions Equiv links, -1 for none
}

// WriteBRAT writes d in brat's standoff format: the original text exactly
// to txt (NAME.txt) and the annotations to ann (NAME.ann):
//
//   - a T line per mention of a person (Person), organization or
//     administration (Organization), place (Location), order (Order) and document
//     (Document), and per date (Date) and quantity (Quantity):
//     T<n>\t<Type> <start> <end>\t<text>, with offsets in code points as
//     brat counts them. A mention that spans a line break (or a tab) is cut
//     into fragments around it (start end;start end, texts joined by a
//     space, as brat does); a mention of nothing but line breaks, or an
//     empty one, is left out, and a mention repeated with the same type and
//     range is written once.
//   - an A line per date and order whose kind is a declared attribute value
//     (DateKind, OrderKind; see WriteBRATConfig);
//   - a # line (AnnotatorNotes) per T line with normalized values: entity
//     ID and names in Simplified, Traditional and English; date values;
//     quantity value, unit, noun; order number, kind, title, date, signer;
//     document title and aliases, as key=value pairs separated by "; ";
//   - an Equiv line (*) per entity, order or document with several
//     mentions.
//
// T lines come in text order (start, then end, then the type order above).
// WriteBRAT returns an error, before writing anything, when a range of d
// lies outside its text or splits a code point.
func WriteBRAT(txt, ann io.Writer, d *pipeline.Doc) error {
	spans, groups, err := bratSpans(d)
	if err != nil {
		return fmt.Errorf("out: brat: %w", err)
	}
	if _, err := io.WriteString(txt, d.Original); err != nil {
		return err
	}
	off := NewOffsets(d.Original)
	bw := bufio.NewWriter(ann)
	var num []byte
	writeInt := func(prefix string, v int) {
		bw.WriteString(prefix)
		num = strconv.AppendInt(num[:0], int64(v), 10)
		bw.Write(num)
	}
	tid := make([]int, len(spans)) // T number of each span, 0 when left out
	n := 0
	var frags []pipeline.Range
	for i, s := range spans {
		frags = bratFragments(frags[:0], d.Original, s.Range)
		if len(frags) == 0 {
			continue
		}
		n++
		tid[i] = n
		writeInt("T", n)
		bw.WriteByte('\t')
		bw.WriteString(bratTypes[s.typ])
		for k, f := range frags {
			if k > 0 {
				writeInt(";", off.Rune(f.Start))
			} else {
				writeInt(" ", off.Rune(f.Start))
			}
			writeInt(" ", off.Rune(f.End))
		}
		bw.WriteByte('\t')
		for k, f := range frags {
			if k > 0 {
				bw.WriteByte(' ')
			}
			bw.WriteString(d.Original[f.Start:f.End])
		}
		bw.WriteByte('\n')
	}
	a := 0
	for i, s := range spans {
		if tid[i] > 0 && s.attr != "" {
			a++
			writeInt("A", a)
			bw.WriteByte('\t')
			bw.WriteString(s.attr)
			writeInt(" T", tid[i])
			bw.WriteByte(' ')
			bw.WriteString(s.value)
			bw.WriteByte('\n')
		}
	}
	notes := 0
	for i, s := range spans {
		if tid[i] > 0 && s.note != "" {
			notes++
			writeInt("#", notes)
			writeInt("\tAnnotatorNotes T", tid[i])
			bw.WriteByte('\t')
			bw.WriteString(s.note)
			bw.WriteByte('\n')
		}
	}
	var ids []int
	for _, g := range groups {
		ids = ids[:0]
		for _, i := range g {
			if tid[i] > 0 {
				ids = append(ids, tid[i])
			}
		}
		slices.Sort(ids)
		ids = slices.Compact(ids)
		if len(ids) < 2 {
			continue
		}
		bw.WriteString("*\tEquiv")
		for _, id := range ids {
			writeInt(" T", id)
		}
		bw.WriteByte('\n')
	}
	return bw.Flush()
}

// bratSpans collects d's annotations sorted, without repeats, and for each
// entity with mentions the indexes of its spans.
func bratSpans(d *pipeline.Doc) ([]bratSpan, [][]int, error) {
	var spans []bratSpan
	var groupOf [][]int // spans per group, before sorting: filled below
	add := func(what string, r pipeline.Range, typ int, note, attr, value string, group int) error {
		if err := checkRange(what, d.Original, r); err != nil {
			return err
		}
		if r.End > r.Start {
			spans = append(spans, bratSpan{Range: r, typ: typ, note: note, attr: attr, value: value, group: group})
		}
		return nil
	}
	newGroup := func() int {
		groupOf = append(groupOf, nil)
		return len(groupOf) - 1
	}
	entityTypes := [...]int{bratPerson, bratOrganization, bratLocation, bratOrganization}
	for k, set := range [][]pipeline.Entity{d.People, d.Organizations, d.Places, d.Administrations} {
		typ := entityTypes[k] // an administration is an Organization
		for _, e := range set {
			note := bratNote("id", e.ID, "simplified", e.Simplified, "traditional", e.Traditional, "english", e.English, "person", e.Person)
			g := newGroup()
			for _, m := range e.Mentions {
				if err := add(e.ID+" mention", m, typ, note, "", "", g); err != nil {
					return nil, nil, err
				}
			}
		}
	}
	for _, o := range d.Orders {
		note := bratNote("id", o.ID, "number", o.Number, "kind", o.Kind, "title", o.Title, "document", o.Document,
			"date", o.Date, "signer", o.Signer, "signer_name", o.SignerName)
		attr, value := bratAttr("OrderKind", o.Kind, bratOrderKinds)
		g := newGroup()
		for _, m := range o.Mentions {
			if err := add("order "+o.ID, m, bratOrder, note, attr, value, g); err != nil {
				return nil, nil, err
			}
		}
	}
	for _, doc := range d.Documents {
		note := bratNote("id", doc.ID, "title", doc.Title, "simplified", doc.Simplified, "aliases", strings.Join(doc.Aliases, ", "))
		g := newGroup()
		for _, m := range doc.Mentions {
			if err := add("document "+doc.ID, m, bratDocument, note, "", "", g); err != nil {
				return nil, nil, err
			}
		}
	}
	for _, x := range d.Dates {
		attr, value := bratAttr("DateKind", x.Kind, bratDateKinds)
		if err := add("date", x.Range, bratDate, bratNote("value", x.Value, "kind", x.Kind), attr, value, -1); err != nil {
			return nil, nil, err
		}
	}
	for _, q := range d.Quantities {
		note := bratNote("value", strconv.FormatFloat(q.Value, 'f', -1, 64), "unit", q.Unit, "noun", q.Noun, "qualifier", q.Qualifier)
		if err := add("quantity", q.Range, bratQuantity, note, "", "", -1); err != nil {
			return nil, nil, err
		}
	}
	slices.SortStableFunc(spans, func(a, b bratSpan) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		if a.End != b.End {
			return a.End - b.End
		}
		return a.typ - b.typ
	})
	// Drop repeats (same type and range: the first one stays) and record
	// the groups with the sorted indexes.
	out := spans[:0]
	for _, s := range spans {
		if k := len(out) - 1; k >= 0 && out[k].Range == s.Range && out[k].typ == s.typ {
			if s.group >= 0 {
				groupOf[s.group] = append(groupOf[s.group], k)
			}
			continue
		}
		if s.group >= 0 {
			groupOf[s.group] = append(groupOf[s.group], len(out))
		}
		out = append(out, s)
	}
	return out, groupOf, nil
}

// bratFragments appends to frags the pieces of r between line breaks and
// tabs, which a .ann line cannot hold; brat joins the fragments' texts with
// a space.
func bratFragments(frags []pipeline.Range, text string, r pipeline.Range) []pipeline.Range {
	start := -1
	for i, c := range text[r.Start:r.End] {
		if bratBreak(c) {
			if start >= 0 {
				frags = append(frags, pipeline.Range{Start: r.Start + start, End: r.Start + i})
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		frags = append(frags, pipeline.Range{Start: r.Start + start, End: r.End})
	}
	return frags
}

// bratBreak reports the code points that end a line somewhere (Python's
// str.splitlines, which brat's tools use) and tabs.
func bratBreak(c rune) bool {
	switch c {
	case '\n', '\r', '\t', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

// bratAttr returns the attribute for a kind when it is a declared value.
func bratAttr(name, kind string, values []string) (string, string) {
	v := strings.ReplaceAll(kind, " ", "-")
	if slices.Contains(values, v) {
		return name, v
	}
	return "", ""
}

// bratNote joins the non-empty key=value pairs for AnnotatorNotes, with
// line breaks and tabs as spaces.
func bratNote(kv ...string) string {
	var parts []string
	for i := 0; i+1 < len(kv); i += 2 {
		if kv[i+1] != "" {
			parts = append(parts, kv[i]+"="+kv[i+1])
		}
	}
	return strings.Map(func(c rune) rune {
		if bratBreak(c) {
			return ' '
		}
		return c
	}, strings.Join(parts, "; "))
}
