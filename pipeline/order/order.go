package order

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zhpipe/zhpipe/pipeline/document"
)

// PersonSpan is a person mention from the entity stage: text[Start:End]
// names the person whose entity ID is ID and canonical name Name.
type PersonSpan struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	ID    string `json:"id"`
	Name  string `json:"name"`
}

// Mention is one place where an order is named: the designation
// (第14179號總統行政令) for a numbered order, the bracketed title (or alias)
// for a titled law or regulation.
type Mention struct {
	Start int    `json:"start"` // byte offset into the text given to Extract
	End   int    `json:"end"`   // text[Start:End] == Text
	Text  string `json:"text"`
}

// Order is one executive order, law, regulation, decree or announcement,
// mentioned once or more.
type Order struct {
	// ID is "R1", "R2", … in order of first mention ("O" is taken by
	// organizations).
	ID   string `json:"id"`
	Kind Kind   `json:"kind"`
	// Number is the order's number in ASCII digits ("14179"); "" for a law
	// or regulation known only by its title.
	Number string `json:"number,omitempty"`
	// Year qualifies Number when the designation has one (2025年第18号公告).
	Year string `json:"year,omitempty"`
	// Title is the 《title》 naming the order, without brackets, and
	// Document the ID of that document (from package document).
	Title    string `json:"title,omitempty"`
	Document string `json:"document,omitempty"`
	// Date is the ISO-8601 date of signing or issue, from the clause of the
	// signing verb.
	Date string `json:"date,omitempty"`
	// Signer is the person ID of the signer when person spans were given;
	// SignerName the signer's name (the entity's Name, or the heuristic
	// subject of the clause).
	Signer     string `json:"signer,omitempty"`
	SignerName string `json:"signer_name,omitempty"`
	// Mentions are the order's mentions in text order.
	Mentions []Mention `json:"mentions"`
}

// Input is what Extract reads besides the text. Every span is a byte range
// into the same text.
type Input struct {
	// Documents are the text's titled documents; nil means
	// document.Extract(text) is run.
	Documents []document.Document
	// Dates are the text's date expressions; nil means the built-in
	// fallback parser is run (an empty non-nil slice means "no dates").
	Dates []DateSpan
	// People are the text's person mentions; nil (or no person before
	// the verb) means the heuristic subject of the clause.
	People []PersonSpan
}

// Extract returns the orders of text in order of first mention. A numbered
// order mentioned several times (第14179號總統行政令 … 行政令第14179號) is one
// entry; a titled law or regulation is one entry per document. It never
// fails: text that is not valid UTF-8 only yields fewer orders.
func Extract(text string, in Input) []Order {
	docs := in.Documents
	if docs == nil {
		docs = document.Extract(text)
	}
	dates := in.Dates
	if dates == nil {
		dates = findDates(text)
	} else {
		dates = append([]DateSpan(nil), dates...)
		sortDates(dates)
	}
	people := append([]PersonSpan(nil), in.People...)
	sort.SliceStable(people, func(a, b int) bool { return people[a].Start < people[b].Start })

	titles := titleIndex(docs)
	var orders []*Order
	byKey := map[string]*Order{}
	titleUsed := map[string]bool{}
	// all holds every mention with its order, for the clause pass.
	type found struct {
		o *Order
		m Mention
	}
	var all []found

	for _, d := range designations(text) {
		key := d.kind.String() + "|" + d.year + "|" + d.number
		o := byKey[key]
		if o == nil {
			o = &Order{Kind: d.kind, Number: d.number, Year: d.year}
			byKey[key] = o
			orders = append(orders, o)
		}
		m := Mention{Start: d.start, End: d.end, Text: text[d.start:d.end]}
		o.Mentions = append(o.Mentions, m)
		if o.Document == "" {
			if t, ok := titleNear(text, titles, d.start, d.end); ok {
				o.Title, o.Document = t.title, t.doc
				titleUsed[t.doc] = true
			}
		}
		all = append(all, found{o, m})
	}
	for _, doc := range docs {
		if titleUsed[doc.ID] {
			continue
		}
		k := titleKind(doc.Title)
		if k == 0 {
			continue
		}
		o := &Order{Kind: k, Title: doc.Title, Document: doc.ID}
		for _, dm := range doc.Mentions {
			m := Mention{Start: dm.Start, End: dm.End, Text: dm.Text}
			o.Mentions = append(o.Mentions, m)
			all = append(all, found{o, m})
		}
		orders = append(orders, o)
	}
	sort.SliceStable(all, func(a, b int) bool { return all[a].m.Start < all[b].m.Start })
	for _, f := range all {
		if f.o.Date != "" && f.o.SignerName != "" {
			continue
		}
		c, ok := clauseOf(text, f.m, dates, people)
		if !ok {
			continue
		}
		if f.o.Date == "" {
			f.o.Date = c.date
		}
		if f.o.SignerName == "" {
			f.o.Signer, f.o.SignerName = c.signer, c.signerName
		}
	}
	for _, o := range orders {
		sort.SliceStable(o.Mentions, func(a, b int) bool { return o.Mentions[a].Start < o.Mentions[b].Start })
	}
	sort.SliceStable(orders, func(a, b int) bool { return orders[a].Mentions[0].Start < orders[b].Mentions[0].Start })
	out := make([]Order, len(orders))
	for i, o := range orders {
		o.ID = "R" + strconv.Itoa(i+1)
		out[i] = *o
	}
	return out
}

// ByDocument maps the ID of every document that is the title of an order
// to that order's ID.
func ByDocument(orders []Order) map[string]string {
	m := map[string]string{}
	for _, o := range orders {
		if o.Document != "" {
			m[o.Document] = o.ID
		}
	}
	return m
}

// designation is a numbered order designation found in the text.
type designation struct {
	start, end   int
	kind         Kind
	number, year string
}

var (
	reNumber  = regexp.MustCompile(`第\s*([0-9０-９]+|[〇○零一二两兩三四五六七八九十百千]+)\s*[號号]`)
	reEnglish = regexp.MustCompile(`(?i)\bexecutive\s+order\s+(?:no\.?\s*)?([0-9]{3,6})\b`)
	reYear    = regexp.MustCompile(`([0-9０-９]{4})\s*年\s*$`)
)

// kindWords follow or precede 第N号; longest first within each list.
var (
	presidential = []string{"總統", "总统"}
	after        = []struct {
		word string
		kind Kind
	}{
		{"行政命令", ExecutiveOrder}, {"行政令", ExecutiveOrder},
		{"備忘錄", Memorandum}, {"备忘录", Memorandum},
		{"公告", Announcement}, {"通告", Announcement},
		{"法令", Decree}, {"政令", Decree}, {"命令", Decree}, {"令", Decree},
	}
	before = []struct {
		word string
		kind Kind
	}{
		{"行政命令", ExecutiveOrder}, {"行政令", ExecutiveOrder},
		{"公告", Announcement}, {"通告", Announcement},
		{"法令", Decree}, {"命令", Decree}, {"令", Decree},
	}
)

// designations finds numbered orders: 第N号 with a kind word after it
// (第14179號總統行政令, 2025年第18号公告) or before it (行政命令第13873號,
// 国务院令第708号, 公告2025年第18号), and Executive Order N.
// numberFollows reports whether a numeral of reNumber may follow 第 in
// rest (after spaces): reNumber cannot match at a 第 that it does not.
func numberFollows(rest string) bool {
	rest = strings.TrimLeft(rest, "\t\n\f\r ")
	r, _ := utf8.DecodeRuneInString(rest)
	return r >= '0' && r <= '9' || r >= '０' && r <= '９' || strings.ContainsRune("〇○零一二两兩三四五六七八九十百千", r)
}

func designations(text string) []designation {
	var out []designation
	for _, m := range near(text, "第", 0, 40, reNumber, nil, numberFollows) {
		num, ok := number(text[m[2]:m[3]])
		if !ok {
			continue
		}
		d := designation{start: m[0], end: m[1], number: num}
		// After: optional 总统, then a kind word.
		p := m[1]
		pres := false
		for _, w := range presidential {
			if strings.HasPrefix(text[p:], w) {
				p += len(w)
				pres = true
				break
			}
		}
		for _, a := range after {
			if strings.HasPrefix(text[p:], a.word) {
				d.kind, d.end = a.kind, p+len(a.word)
				if pres && a.kind == Announcement {
					d.kind = Proclamation
				}
				break
			}
		}
		// Before: an optional year, then a kind word.
		head := text[:m[0]]
		// Only the tail can hold a year: don't rescan the whole prefix.
		w := max(0, len(head)-24)
		if y := reYear.FindStringSubmatchIndex(head[w:]); y != nil && !digitBefore(head, w+y[0]) {
			d.year = asciiDigits(head[w+y[2] : w+y[3]])
			if d.kind != 0 {
				d.start = w + y[0] // 2025年第18号公告
			}
			head = head[:w+y[0]]
		}
		if d.kind == 0 {
			for _, b := range before {
				if strings.HasSuffix(head, b.word) {
					d.kind, d.start = b.kind, len(head)-len(b.word)
					break
				}
			}
			if d.kind == ExecutiveOrder {
				for _, w := range presidential {
					if strings.HasSuffix(text[:d.start], w) {
						d.start -= len(w)
					}
				}
			}
		}
		if d.kind == 0 {
			continue
		}
		if d.kind == ExecutiveOrder {
			d.year = "" // executive orders are numbered across years
		}
		out = append(out, d)
	}
	for _, m := range english(text) {
		out = append(out, designation{start: m[0], end: m[1], kind: ExecutiveOrder, number: text[m[2]:m[3]]})
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].start < out[b].start })
	return out
}

// english finds Executive Order N; the case-insensitive pattern is only
// run on text that can hold it.
func english(text string) [][]int {
	if !strings.Contains(text, "xecutive") && !strings.Contains(text, "XECUTIVE") {
		return nil
	}
	return reEnglish.FindAllStringSubmatchIndex(text, -1)
}

// number converts an order number in Arabic (full-width too) or Chinese
// numerals to ASCII digits.
func number(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", false
	}
	if r, _ := utf8.DecodeRuneInString(s); (r >= '0' && r <= '9') || (r >= '０' && r <= '９') {
		return asciiDigits(s), true
	}
	n, ok := cnNumber(s)
	if !ok || n <= 0 {
		return "", false
	}
	return strconv.Itoa(n), true
}

// titleRef is a bracketed mention of a document, for finding the title
// that names an order.
type titleRef struct {
	start, end int
	title, doc string
}

func titleIndex(docs []document.Document) []titleRef {
	var out []titleRef
	for _, d := range docs {
		for _, m := range d.Mentions {
			if m.Kind == document.Titled || m.Kind == document.AliasTitled {
				out = append(out, titleRef{m.Start, m.End, d.Title, d.ID})
			}
		}
	}
	sort.Slice(out, func(a, b int) bool { return out[a].start < out[b].start })
	return out
}

// titleNear returns the title that names the designation at [start,end):
// a bracketed title right after it (第14179號總統行政令《…》, also after a
// colon or space) or right before it (《…》第14179号行政令, 《…》（第14179号行政令）,
// 《…》的第14179号行政令).
func titleNear(text string, titles []titleRef, start, end int) (titleRef, bool) {
	for _, t := range titles {
		if t.start >= end {
			if gapOK(text[end:t.start], "", " ", "　", ":", "：", "“", "\"") {
				return t, true
			}
			break
		}
	}
	for i := len(titles) - 1; i >= 0; i-- {
		t := titles[i]
		if t.end <= start {
			if gapOK(text[t.end:start], "", " ", "　", "（", "(", "的", "，即", ",即") {
				return t, true
			}
			break
		}
	}
	return titleRef{}, false
}

func gapOK(gap string, allowed ...string) bool {
	gap = strings.TrimSpace(gap)
	for _, a := range allowed {
		if gap == strings.TrimSpace(a) {
			return true
		}
	}
	return false
}

// titleKind is the kind of order a document's title names, from its last
// word (《…法》 law, 《…条例》 regulation …), or 0 for other documents.
func titleKind(title string) Kind {
	t := strings.TrimSpace(title)
	// Drop a trailing qualifier: （草案）, (试行), （修正案）…
	for _, q := range []string{"（", "("} {
		if i := strings.LastIndex(t, q); i > 0 && (strings.HasSuffix(t, "）") || strings.HasSuffix(t, ")")) {
			inner := t[i+len(q):]
			if utf8.RuneCountInString(inner) <= 6 {
				t = strings.TrimSpace(t[:i])
			}
			break
		}
	}
	for _, s := range []struct {
		suffix string
		kind   Kind
	}{
		{"行政命令", ExecutiveOrder}, {"行政令", ExecutiveOrder},
		{"法令", Decree}, {"政令", Decree},
		{"辦法", Regulation}, {"办法", Regulation},
		{"條例", Regulation}, {"条例", Regulation}, {"規定", Regulation}, {"规定", Regulation},
		{"規則", Regulation}, {"规则", Regulation}, {"細則", Regulation}, {"细则", Regulation},
		{"規章", Regulation}, {"规章", Regulation},
		{"法典", Law}, {"法案", Law}, {"法", Law},
	} {
		if !strings.HasSuffix(t, s.suffix) {
			continue
		}
		if s.suffix == "法" {
			for _, w := range notLaw {
				if strings.HasSuffix(t, w) {
					return 0
				}
			}
		}
		return s.kind
	}
	return 0
}

// notLaw are words ending in 法 that are not laws (method, view, grammar …).
var notLaw = []string{
	"方法", "看法", "做法", "說法", "说法", "想法", "算法", "書法", "书法", "語法", "语法",
	"手法", "魔法", "兵法", "療法", "疗法", "用法", "寫法", "写法", "技法", "章法", "句法",
	"文法", "筆法", "笔法", "刀法", "心法", "佛法", "戲法", "戏法", "辯證法", "辩证法", "畫法", "画法",
}

// isHanName reports whether s can be a name: Han letters, Latin letters
// and the middle dots of transliterated names, no digits.
func isHanName(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if !(unicode.Is(unicode.Han, r) || unicode.IsLetter(r) || r == '·' || r == '・' || r == '‧' || r == '•') {
			return false
		}
	}
	return true
}
