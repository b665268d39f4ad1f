package document

import (
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// MentionKind says how a document is mentioned.
type MentionKind uint8

// Mention kinds.
const (
	// Titled is a full title in brackets: 《贏得競賽:美國人工智慧行動計畫》.
	Titled MentionKind = iota + 1
	// AliasDefinition is the alias where the text defines it, as written
	// (with its brackets or quotes when it has them): the 《計畫》 of
	// (以下簡稱《計畫》).
	AliasDefinition
	// AliasTitled is a later alias mention in title brackets: 《計畫》.
	AliasTitled
	// AliasBare is a later alias mention without brackets: 计划.
	AliasBare
	// QuotedTitle is a title in quotation marks: 「數位中介服務法」,
	// “数字乡村”规划.
	QuotedTitle
	// BareTitle is a title written without brackets: 貿易法,
	// 某部关于…的通知.
	BareTitle
	// LineTitle is a line of the text that is the document's title (the
	// headline of a speech or notice given in full).
	LineTitle
)

var mentionKindNames = [...]string{"", "title", "alias definition", "alias", "bare alias", "quoted title", "bare title", "title line"}

// IsTitle reports whether a mention of this kind names the document by its
// title (bracketed, quoted, bare or as a line) rather than by an alias.
func (k MentionKind) IsTitle() bool {
	return k == Titled || k == QuotedTitle || k == BareTitle || k == LineTitle
}

// String returns the kind's name, e.g. "alias".
func (k MentionKind) String() string {
	if int(k) < len(mentionKindNames) {
		return mentionKindNames[k]
	}
	return "MentionKind(" + strconv.Itoa(int(k)) + ")"
}

// MarshalText implements encoding.TextMarshaler.
func (k MentionKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// Mention is one place where a document is named.
type Mention struct {
	Start int         `json:"start"` // byte offset into the text given to Extract
	End   int         `json:"end"`   // text[Start:End] == Text
	Text  string      `json:"text"`  // brackets included for bracketed mentions
	Kind  MentionKind `json:"kind"`
}

// Document is one titled work, mentioned once or more.
type Document struct {
	// ID is "D1", "D2", … in order of first mention.
	ID string `json:"id"`
	// Title is the text inside the brackets of the first full mention.
	Title string `json:"title"`
	// Aliases are the short names the text defines for it, in order of
	// definition, without brackets or quotes.
	Aliases []string `json:"aliases,omitempty"`
	// Mentions are all its mentions in text order; the first is Titled.
	Mentions []Mention `json:"mentions"`
	// Parent is the ID of the document whose title contains this one's
	// first mention (《关于〈…〉的决定》), or "".
	Parent string `json:"parent,omitempty"`
	// Kind is what the title's last word says the document is: law,
	// regulation, resolution, agreement, declaration, announcement, plan,
	// budget, report, speech, other; "" when the title does not say.
	Kind string `json:"kind,omitempty"`
	// English is an English title given in brackets right after a title
	// mention (《海洋保護法》（Ocean Protection Act）).
	English string `json:"english,omitempty"`
}

// maxTitle bounds a title in bytes: an unclosed bracket must not swallow
// the text.
const maxTitle = 300

// opener reports whether r opens a title. U+2329/U+232A are
// the canonical-equivalent forms of 〈〉 that NFKC folds; accept them in
// unnormalized text.
func opener(r rune) bool { return r == '《' || r == '〈' || r == '\u2329' }

// closerOf returns the opening bracket that r closes, or 0.
func closerOf(r rune) rune {
	switch r {
	case '》':
		return '《'
	case '〉':
		return '〈'
	case '\u232a':
		return '\u2329'
	}
	return 0
}

// span is a bracketed title found by scan.
type span struct {
	start, end           int // including the brackets
	titleStart, titleEnd int
	parent               int // index into the spans slice, or -1
}

// scan returns every bracketed title of text in order of start, nested ones
// included. Unclosed brackets, titles over maxTitle bytes, titles crossing
// a line break, empty titles and invalid UTF-8 are dropped.
func scan(text string) []span { return scanMarks(text, nil) }

// marks holds where, in the text scan reads, the quote marks that open a
// quoted title (「 “ 『) and lawHead's characters stand, in order: scan
// passes every character and records them for quotedTitles and bareLaws,
// which would otherwise read the whole text again.
type marks struct {
	quotes, heads []int
}

// marksPool keeps the marks' tables from one text to the next.
var marksPool = sync.Pool{New: func() any { return &marks{} }}

// putMarks empties m for the next text, dropping tables grown large.
func putMarks(m *marks) {
	if cap(m.quotes)+cap(m.heads) > 1<<16 {
		return
	}
	m.quotes, m.heads = m.quotes[:0], m.heads[:0]
	marksPool.Put(m)
}

// scanMarks is scan that also records the marks in m (when not nil).
func scanMarks(text string, m *marks) []span {
	type open struct {
		r   rune
		pos int
	}
	var stack []open
	var out []span
	// (as `for i, r := range text`, with the characters that no case
	// below reads passed over without decoding them: three-byte
	// characters other than the brackets, and ASCII other than line
	// breaks)
	for next := 0; next < len(text); {
		i := next
		if wide3At(text, i) && !bracketAt(text, i) {
			if m != nil {
				if han3At(text, i) {
					if lawHeadLast[text[i+2]] && lawHead(rune3(text, i)) {
						m.heads = append(m.heads, i)
					}
				} else if titleQuoteAt(text, i) {
					m.quotes = append(m.quotes, i)
				}
			}
			next += 3
			continue
		}
		if c := text[i]; c < utf8.RuneSelf && c != '\n' && c != '\r' {
			next++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		next += n
		switch {
		case r == '\n' || r == '\r':
			stack = stack[:0]
		case opener(r):
			stack = append(stack, open{r, i})
		case closerOf(r) != 0:
			want := closerOf(r)
			j := len(stack) - 1
			for j >= 0 && stack[j].r != want {
				j--
			}
			if j < 0 {
				continue // a stray closer
			}
			o := stack[j]
			stack = stack[:j] // drop unclosed inner openers too
			ts, te := o.pos+utf8.RuneLen(o.r), i
			end := i + utf8.RuneLen(r)
			if te-ts == 0 || end-o.pos > maxTitle || strings.TrimSpace(text[ts:te]) == "" || !utf8.ValidString(text[ts:te]) {
				continue
			}
			out = append(out, span{start: o.pos, end: end, titleStart: ts, titleEnd: te, parent: -1})
		}
	}
	sort.Slice(out, func(a, b int) bool { return out[a].start < out[b].start })
	for i := range out {
		for j := i - 1; j >= 0; j-- {
			if out[j].start < out[i].start && out[j].end >= out[i].end {
				out[i].parent = j
				break
			}
		}
	}
	return out
}

// Extract returns the documents of text in order of first mention, each
// with all its mentions and aliases: titles in 《》 and 〈〉, and the
// documents named without them (see unbracketed: quoted titles, bare law
// names, official 關於…的通知 titles, the text's own title line). It
// never fails: text that is not valid UTF-8 only yields fewer titles.
func Extract(text string) []Document { return ExtractWords(text, nil) }

// ExtractWords is Extract with the text's words (from a segmenter, in
// order, as byte offsets into text): a law named without brackets then
// ends where a word that cannot be part of a name does (他說美國不需要海洋保護法
// names 海洋保護法, not the whole clause). Without words, stop words alone
// bound such names.
func ExtractWords(text string, words Words) []Document {
	if words == nil {
		words = noWords
	}
	mk := marksPool.Get().(*marks)
	defer putMarks(mk)
	spans := scanMarks(text, mk)
	var docs []Document
	// names maps a title or an alias to its document; a later alias
	// definition overrides an earlier title or alias of the same name.
	type ref struct {
		doc   int
		alias bool
	}
	names := map[string]ref{}
	aliasDef := map[int]bool{} // starts of bracketed alias definitions
	spanDoc := make([]int, len(spans))
	var bare []bareAlias

	for si, sp := range spans {
		title := strings.TrimSpace(text[sp.titleStart:sp.titleEnd])
		m := Mention{Start: sp.start, End: sp.end, Text: text[sp.start:sp.end]}
		r, ok := names[title]
		di := r.doc
		switch {
		case ok && aliasDef[sp.start]:
			m.Kind = AliasDefinition
		case ok && r.alias:
			m.Kind = AliasTitled
		case ok:
			m.Kind = Titled
		}
		if !ok {
			di = len(docs)
			names[title] = ref{doc: di}
			m.Kind = Titled
			d := Document{ID: "D" + strconv.Itoa(di+1), Title: title}
			if sp.parent >= 0 {
				d.Parent = docs[spanDoc[sp.parent]].ID
			}
			docs = append(docs, d)
		}
		spanDoc[si] = di
		if m.Kind != AliasDefinition {
			docs[di].Mentions = append(docs[di].Mentions, m)
		}
		if m.Kind == AliasDefinition {
			continue
		}
		for _, a := range parseAliases(text, sp.end) {
			if a.name == "" || a.name == docs[di].Title {
				continue
			}
			names[a.name] = ref{doc: di, alias: true}
			if !contains(docs[di].Aliases, a.name) {
				docs[di].Aliases = append(docs[di].Aliases, a.name)
			}
			if a.bracketed {
				aliasDef[a.start] = true
			}
			docs[di].Mentions = append(docs[di].Mentions, Mention{Start: a.start, End: a.end, Text: text[a.start:a.end], Kind: AliasDefinition})
			if !a.bracketed {
				bare = append(bare, bareAlias{name: a.name, doc: di, from: a.end})
			}
		}
	}
	linkBare(text, docs, spans, bare)
	// Documents named without brackets, outside every mention found so
	// far (an alias definition or a bare alias is not a new title).
	covered := append([]span(nil), spans...)
	for _, d := range docs {
		for _, m := range d.Mentions {
			covered = append(covered, span{start: m.Start, end: m.End})
		}
	}
	bare = bare[:0]
	defined := map[int]bool{} // starts of aliases defined by the candidates
	for _, c := range unbracketed(text, covered, words, mk) {
		if defined[c.start] {
			continue // an alias defined by an earlier candidate (「數位法」)
		}
		title := strings.TrimSpace(text[c.ts:c.te])
		m := Mention{Start: c.start, End: c.end, Text: text[c.start:c.end], Kind: c.kind}
		r, ok := names[title]
		di := r.doc
		if ok && r.alias {
			m.Kind = AliasBare
			if c.kind == QuotedTitle {
				m.Kind = AliasTitled
			}
		}
		if !ok {
			di = len(docs)
			names[title] = ref{doc: di}
			docs = append(docs, Document{Title: title, Kind: c.docKind})
		}
		docs[di].Mentions = append(docs[di].Mentions, m)
		for _, a := range parseAliases(text, c.end) {
			if a.name == "" || a.name == docs[di].Title || contains(docs[di].Aliases, a.name) {
				continue
			}
			defined[a.start] = true
			covered = append(covered, span{start: a.start, end: a.end})
			names[a.name] = ref{doc: di, alias: true}
			docs[di].Aliases = append(docs[di].Aliases, a.name)
			docs[di].Mentions = append(docs[di].Mentions, Mention{Start: a.start, End: a.end, Text: text[a.start:a.end], Kind: AliasDefinition})
			if !a.bracketed {
				bare = append(bare, bareAlias{name: a.name, doc: di, from: a.end})
			}
		}
	}
	linkBare(text, docs, covered, bare)
	docs = linkAbbreviations(docs)
	docs = linkYearly(docs)
	for i := range docs {
		sort.SliceStable(docs[i].Mentions, func(a, b int) bool { return docs[i].Mentions[a].Start < docs[i].Mentions[b].Start })
		if docs[i].Kind == "" {
			if h, ok := headOf(fold(docs[i].Title)); ok {
				docs[i].Kind = h.kind
			}
		}
		for _, m := range docs[i].Mentions {
			if e := englishAfter(text, m.End); e != "" && m.Kind.IsTitle() {
				docs[i].English = e
				break
			}
		}
	}
	return renumber(docs)
}

// renumber orders docs by first mention and gives them the IDs D1, D2…,
// keeping Parent pointing at the same document.
func renumber(docs []Document) []Document {
	order := make([]int, len(docs))
	for i := range order {
		order[i] = i
	}
	first := func(i int) int {
		if len(docs[i].Mentions) == 0 {
			return int(^uint(0) >> 1)
		}
		return docs[i].Mentions[0].Start
	}
	sort.SliceStable(order, func(a, b int) bool { return first(order[a]) < first(order[b]) })
	ids := map[string]string{}
	out := make([]Document, 0, len(docs))
	for k, i := range order {
		d := docs[i]
		id := "D" + strconv.Itoa(k+1)
		if d.ID != "" {
			ids[d.ID] = id
		}
		d.ID = id
		out = append(out, d)
	}
	for i := range out {
		if out[i].Parent != "" {
			out[i].Parent = ids[out[i].Parent]
		}
	}
	return out
}

// englishAfter returns the English words in brackets right after byte
// pos ((Taiwan Relations Act), （ Secretary of State Report… ）): Latin
// letters, spaces and a few marks, two words at least.
func englishAfter(text string, pos int) string {
	p := skipSpace(text, pos)
	r, n := utf8.DecodeRuneInString(text[p:])
	if r != '（' && r != '(' {
		return ""
	}
	k := strings.IndexAny(text[p+n:], "）)")
	if k <= 0 || k > 300 {
		return ""
	}
	e := strings.TrimSpace(text[p+n : p+n+k])
	letters := 0
	for _, c := range e {
		switch {
		case c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z':
			letters++
		case c == ' ' || c == '-' || c == '\'' || c == '.' || c == ',' || c == '&' || c >= '0' && c <= '9':
		default:
			return ""
		}
	}
	if letters < 4 || !strings.Contains(e, " ") {
		return ""
	}
	return e
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// bareAlias is an alias defined without title brackets: its bare mentions
// after from are linked to doc.
type bareAlias struct {
	name string
	doc  int
	from int
}

// linkBare adds an AliasBare mention for every occurrence of a bare-defined
// alias after its definition that lies outside every bracketed title and
// every existing mention. When one alias is defined twice, each occurrence
// goes to the latest definition before it.
func linkBare(text string, docs []Document, spans []span, bare []bareAlias) {
	if len(bare) == 0 {
		return
	}
	type iv struct{ s, e int }
	var taken []iv
	for _, sp := range spans {
		taken = append(taken, iv{sp.start, sp.end})
	}
	for _, d := range docs {
		for _, m := range d.Mentions {
			taken = append(taken, iv{m.Start, m.End})
		}
	}
	overlaps := func(s, e int) bool {
		for _, t := range taken {
			if s < t.e && t.s < e {
				return true
			}
		}
		return false
	}
	// Longer aliases first, so that 个保法 is not cut by 保法.
	order := make([]int, len(bare))
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return len(bare[order[a]].name) > len(bare[order[b]].name) })
	for _, bi := range order {
		b := bare[bi]
		for pos := b.from; pos < len(text); {
			k := strings.Index(text[pos:], b.name)
			if k < 0 {
				break
			}
			s, e := pos+k, pos+k+len(b.name)
			pos = e
			// A later definition of the same alias takes over.
			owner := b.doc
			superseded := false
			for _, o := range bare {
				if o.name == b.name && o.from > b.from && o.from <= s {
					superseded = true
				}
			}
			if superseded || overlaps(s, e) {
				continue
			}
			taken = append(taken, iv{s, e})
			docs[owner].Mentions = append(docs[owner].Mentions, Mention{Start: s, End: e, Text: text[s:e], Kind: AliasBare})
		}
	}
}

// alias is one alias found in a definition clause.
type alias struct {
	name       string // without brackets or quotes
	start, end int    // as written, brackets or quotes included
	bracketed  bool   // in 《》 or 〈〉
}

// aliasCues introduce an alias, longest first.
var aliasCues = []string{
	"以下簡稱", "以下简称", "下文簡稱", "下文简称", "以下稱", "以下称",
	"下文稱", "下文称", "下稱", "下称", "簡稱", "简称",
}

// quotePairs are the quotes an alias may be written in, besides title brackets.
var quotePairs = map[rune]rune{'“': '”', '「': '」', '‘': '’', '"': '"', '『': '』', '《': '》', '〈': '〉', '\u2329': '\u232a'}

// maxAlias bounds a bare alias, in runes.
const maxAlias = 20

// parseAliases reads an alias definition right after a title ending at pos:
// an optional opening （ ( ， , then a cue (以下简称 …), an optional 为/為/：,
// then one or more aliases separated by 或 、 ，. It returns nil when there
// is no definition.
func parseAliases(text string, pos int) []alias {
	p := skipSpace(text, pos)
	paren := false
	if r, n := utf8.DecodeRuneInString(text[p:]); r == '（' || r == '(' {
		paren = true
		p = skipSpace(text, p+n)
	} else if r == '，' || r == ',' {
		p = skipSpace(text, p+n)
	}
	cue := ""
	for _, c := range aliasCues {
		if strings.HasPrefix(text[p:], c) {
			cue = c
			break
		}
	}
	if cue == "" {
		return nil
	}
	p += len(cue)
	for _, w := range []string{"為", "为", "作", "：", ":"} {
		if strings.HasPrefix(text[p:], w) {
			p += len(w)
		}
	}
	p = skipSpace(text, p)
	var out []alias
	for len(out) < 4 {
		a, next, ok := readAlias(text, p, paren)
		if !ok {
			break
		}
		out = append(out, a)
		p = skipSpace(text, next)
		sep := false
		for _, w := range []string{"或", "、", "/", "，", ","} {
			if !strings.HasPrefix(text[p:], w) {
				continue
			}
			q := skipSpace(text, p+len(w))
			// After a comma only a quoted alias continues the list:
			// (以下简称《计划》，该计划…) must not read 该计划.
			if r, _ := utf8.DecodeRuneInString(text[q:]); (w == "，" || w == ",") && quotePairs[r] == 0 {
				break
			}
			p, sep = q, true
			break
		}
		if !sep {
			break
		}
	}
	return out
}

// readAlias reads one alias at p: in quotes or title brackets, or bare up to
// a delimiter.
func readAlias(text string, p int, paren bool) (alias, int, bool) {
	r, n := utf8.DecodeRuneInString(text[p:])
	if closeR, ok := quotePairs[r]; ok {
		inner := p + n
		k := strings.IndexRune(text[inner:], closeR)
		if k <= 0 || k > maxAlias*4 {
			return alias{}, p, false
		}
		end := inner + k + utf8.RuneLen(closeR)
		name := strings.TrimSpace(text[inner : inner+k])
		if name == "" || strings.ContainsAny(name, "\n\r") || !utf8.ValidString(name) {
			return alias{}, p, false
		}
		br := r == '《' || r == '〈' || r == '\u2329'
		return alias{name: name, start: p, end: end, bracketed: br}, end, true
	}
	// Bare: letters, digits and Han up to a delimiter.
	end, runes := p, 0
	for end < len(text) && runes <= maxAlias {
		r, n := utf8.DecodeRuneInString(text[end:])
		if !(unicode.Is(unicode.Han, r) || unicode.IsLetter(r) || unicode.IsDigit(r) || r == '·' || r == '-') {
			break
		}
		if r == '或' && runes > 0 {
			break
		}
		end += n
		runes++
	}
	if runes == 0 || runes > maxAlias {
		return alias{}, p, false
	}
	// Without a bracket to close the clause, a bare alias must end at
	// punctuation, not run into the next clause's words.
	if !paren {
		if r, _ := utf8.DecodeRuneInString(text[end:]); end < len(text) && !unicode.IsPunct(r) && !unicode.IsSpace(r) {
			return alias{}, p, false
		}
	}
	name := text[p:end]
	return alias{name: name, start: p, end: end}, end, true
}

func skipSpace(text string, p int) int {
	for p < len(text) {
		r, n := utf8.DecodeRuneInString(text[p:])
		if r != ' ' && r != '\u3000' && r != '\t' {
			break
		}
		p += n
	}
	return p
}

// linkAbbreviations makes a title that abbreviates another title of the
// text an alias of it (個資法 of 個人資料保護法, 勞基法 of 勞動基準法): the
// same last character (the head), the same first character, at least
// three characters and two fewer than the full title, its characters in
// the full title's order, and its body not a stretch of the full title's
// (勞動法 does not abbreviate 勞動保護法). The abbreviation's
// mentions become alias mentions of the full title.
func linkAbbreviations(docs []Document) []Document {
	merged := make([]bool, len(docs))
	// The titles folded once, and the documents by their folded title's
	// first character: an abbreviation starts as its full title does, so
	// only those are compared (in order), and a long text's hundreds of
	// titles are not folded again for every pair.
	folded := make([][]rune, len(docs))
	byFirst := map[rune][]int{}
	for i, d := range docs {
		folded[i] = []rune(fold(d.Title))
		if f := folded[i]; len(f) > 0 {
			byFirst[f[0]] = append(byFirst[f[0]], i)
		}
	}
	for a := range docs {
		if len(folded[a]) == 0 {
			continue
		}
		for _, b := range byFirst[folded[a][0]] {
			if a == b || merged[a] || merged[b] || docs[a].Parent != "" || len(docs[a].Aliases) > 0 || !abbreviatesFolded(folded[a], folded[b]) {
				continue
			}
			merged[a] = true
			docs[b].Aliases = append(docs[b].Aliases, docs[a].Title)
			for _, m := range docs[a].Mentions {
				switch m.Kind {
				case Titled, QuotedTitle:
					m.Kind = AliasTitled
				default:
					m.Kind = AliasBare
				}
				docs[b].Mentions = append(docs[b].Mentions, m)
			}
			sort.SliceStable(docs[b].Mentions, func(i, j int) bool { return docs[b].Mentions[i].Start < docs[b].Mentions[j].Start })
		}
	}
	out := docs[:0]
	for i, d := range docs {
		if !merged[i] {
			out = append(out, d)
		}
	}
	return out
}

// abbreviates reports whether short is an abbreviation of full (see
// linkAbbreviations).
func abbreviates(short, full string) bool {
	return abbreviatesFolded([]rune(fold(short)), []rune(fold(full)))
}

// abbreviatesFolded is abbreviates on the folded titles.
func abbreviatesFolded(s, f []rune) bool {
	if len(s) < 3 || len(f) < len(s)+2 || s[0] != f[0] || s[len(s)-1] != f[len(f)-1] {
		return false
	}
	if strings.Contains(string(f[:len(f)-1]), string(s[:len(s)-1])) {
		return false
	}
	k := 0
	for _, r := range f {
		if k < len(s) && r == s[k] {
			k++
		}
	}
	return k == len(s)
}
