package annotate

import (
	"context"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/zhpipe/zhpipe/pipeline"
	"github.com/zhpipe/zhpipe/pipeline/argument"
	"github.com/zhpipe/zhpipe/pipeline/document"
	"github.com/zhpipe/zhpipe/pipeline/entity"
	"github.com/zhpipe/zhpipe/pipeline/order"
	"github.com/zhpipe/zhpipe/pipeline/quantity"
	"github.com/zhpipe/zhpipe/pipeline/timex"
)

// extractionStages returns the extraction stages, in dependency order:
// entities, dates and quantities first, then documents and orders (which
// need the dates and the people), then the argument structure (which needs
// the speakers and the numbers).
func extractionStages(p *Pipeline) []pipeline.Stage {
	return []pipeline.Stage{
		stageFunc{"entity", p.entities},
		stageFunc{"timex", p.datesAndQuantities},
		stageFunc{"order", p.orders},
		withoutTokens{argument.Stage{}}, // (it reads the original text, not the tokens)
	}
}

// origRange maps a byte range of the working text to Original.
func origRange(d *pipeline.Doc, start, end int) pipeline.Range {
	return d.ToOriginal(pipeline.Range{Start: start, End: end})
}

// entityRegion names a text's regional wording as the entity extractor
// takes it (bare 外交部 in Taiwan text is Taiwan's).
var entityRegion = map[pipeline.Region]string{pipeline.Taiwan: "TW", pipeline.HongKong: "HK", pipeline.Mainland: "CN"}

func (p *Pipeline) entities(_ context.Context, d *pipeline.Doc) error {
	if p.entity == nil {
		return nil
	}
	traditional := d.Source.Script == pipeline.Traditional || d.Source.Script == pipeline.Mixed
	// The extractor reads the tokens as its words where they lie: a
	// copy of them would be the largest live data of a long text. A
	// long text's tokens are compacted to what it reads (8 bytes a token
	// instead of 20), and handed packed to the dates stage (p.held).
	var words entity.Words = tokenWords{d}
	var c *compactTokens
	if len(d.Tokens) >= packMin {
		var ok bool
		if c, ok = compactTokensOf(d.Tokens); ok {
			d.Tokens = nil
			words = compactWords{c, d}
		}
	}
	ents := p.entity.ExtractHints(d.Text, entity.Hints{Region: entityRegion[d.Source.Region], Words: words})
	if c != nil {
		pk := c.pack()
		p.held.Store(d, &pk)
	}
	// Each list grown once, to its count (nothing is added to a list it
	// does not have).
	var people, admins, orgs, places int
	for _, e := range ents {
		switch {
		case e.Type == entity.Person:
			people++
		case e.Type == entity.Organization && e.LinkedPerson != "":
			admins++
		case e.Type == entity.Organization:
			orgs++
		case e.Type == entity.Place:
			places++
		}
	}
	d.People = slices.Grow(d.People, people)
	d.Administrations = slices.Grow(d.Administrations, admins)
	d.Organizations = slices.Grow(d.Organizations, orgs)
	d.Places = slices.Grow(d.Places, places)
	for _, e := range ents {
		pe := pipeline.Entity{ID: e.ID, Simplified: e.Simplified, English: e.English, Person: e.LinkedPerson}
		pe.Mentions = make([]pipeline.Range, 0, len(e.Mentions)) // never empty (Mentions[0] below)
		for _, m := range e.Mentions {
			pe.Mentions = append(pe.Mentions, origRange(d, m.Start, m.End))
		}
		for _, t := range e.Titles {
			pe.Titles = append(pe.Titles, origRange(d, t.Start, t.End))
		}
		// The name is the fullest mention (inside its title marks for a
		// media outlet written 《…》), cut from the original.
		pe.Name = pe.Mentions[0]
		if e.NameEnd > e.NameStart {
			pe.Name = origRange(d, e.NameStart, e.NameEnd)
		} else if e.NameMention >= 0 && e.NameMention < len(pe.Mentions) {
			pe.Name = pe.Mentions[e.NameMention]
		}
		if traditional {
			pe.Traditional = d.Span(pe.Name)
		} else {
			pe.Traditional = p.Traditional(pe.Simplified)
		}
		if pe.Simplified == "" {
			pe.Simplified = p.Simplified(d, d.Span(pe.Name))
		}
		switch e.Type {
		case entity.Person:
			pe.Type = pipeline.Person
			d.People = append(d.People, pe)
		case entity.Organization:
			pe.Type = pipeline.Organization
			if pe.Person != "" {
				d.Administrations = append(d.Administrations, pe)
			} else {
				d.Organizations = append(d.Organizations, pe)
			}
		case entity.Place:
			pe.Type = pipeline.Place
			d.Places = append(d.Places, pe)
		}
	}
	return nil
}

// tokenWords are a Doc's tokens as the words of its working text, for
// the entity and document extractors (entity.Words, document.Words).
type tokenWords struct{ d *pipeline.Doc }

func (w tokenWords) Len() int { return len(w.d.Tokens) }

func (w tokenWords) Span(i int) (start, end int) {
	t := &w.d.Tokens[i]
	return int(t.WorkStart), int(t.WorkEnd)
}

func (w tokenWords) POS(i int) string { return w.d.POS(w.d.Tokens[i]) }

// reference is the date relative expressions are resolved against: the
// --date flag, else what the text itself says. It also returns the
// expressions read without a reference, which the quantity extractor uses
// to skip dates. tx is d.Text prepared for timex.
func (p *Pipeline) reference(d *pipeline.Doc, tx *timex.Text) (timex.Reference, []timex.Expr) {
	var ref timex.Reference
	var bare []timex.Expr
	if p.opts.Date != "" {
		t, _ := time.Parse("2006-01-02", p.opts.Date)
		ref = timex.Reference{Date: t, Source: "flag"}
		bare = tx.Extract(timex.Reference{})
	} else {
		ref, bare = tx.GuessReferenceExprs()
	}
	switch d.Source.Region {
	case pipeline.Taiwan:
		ref.Region = timex.Taiwan
	case pipeline.HongKong:
		ref.Region = timex.HongKong
	case pipeline.Mainland:
		ref.Region = timex.Mainland
	}
	return ref, bare
}

// datesAndQuantities fills Dates (resolved against the article's date) and
// Quantities (numbers that are not part of a date) in one pass over the
// reference-free date expressions.
func (p *Pipeline) datesAndQuantities(_ context.Context, d *pipeline.Doc) error {
	// Read twice: for the reference, then against it; with the words'
	// ends, so a date does not end inside a word (2023年内阁).
	// The ends as a bit a byte: a list of them would take 8 bytes a
	// token.
	var endAt func(off int) bool
	var held *packedTokens // the tokens as the entity stage packed them
	if v, ok := p.held.LoadAndDelete(d); ok {
		held = v.(*packedTokens)
	}
	if len(d.Tokens) > 0 || held != nil && held.n > 0 {
		ends := make([]uint64, len(d.Text)/64+1)
		mark := func(t pipeline.Token) { ends[t.WorkEnd>>6] |= 1 << (uint(t.WorkEnd) & 63) }
		if held != nil {
			held.each(mark)
		}
		for _, t := range d.Tokens {
			mark(t)
		}
		endAt = func(off int) bool {
			return off >= 0 && off <= len(d.Text) && ends[off>>6]&(1<<(uint(off)&63)) != 0
		}
	}
	// The tokens are not read from here on: a long text's are packed
	// before the text is prepared.
	read := func() error {
		tx := timex.NewText(d.Text)
		if endAt != nil {
			tx = tx.WithWordEndSet(endAt)
		}
		p.datesAndQuantitiesOf(d, tx)
		return nil
	}
	if held != nil {
		return unpackAfter(d, *held, "timex", read)
	}
	return packedWhile(d, "timex", read)
}

// datesAndQuantitiesOf is datesAndQuantities once the text is prepared.
func (p *Pipeline) datesAndQuantitiesOf(d *pipeline.Doc, tx *timex.Text) {
	ref, bare := p.reference(d, tx)
	d.Reference = pipeline.DateReference{Source: ref.Source}
	if !ref.Date.IsZero() {
		d.Reference.Date = ref.Date.Format("2006-01-02")
	}
	es := tx.Extract(ref)
	d.Dates = slices.Grow(d.Dates, len(es))
	for _, e := range es {
		d.Dates = append(d.Dates, pipeline.Date{Range: origRange(d, e.Start, e.End), Value: e.Value, Kind: e.Kind.String(),
			Period: e.Period, Anchor: e.Anchor, Calendar: e.Calendar, Rule: e.Rule})
	}
	qs := quantity.ExtractMasked(d.Text, bare)
	d.Quantities = slices.Grow(d.Quantities, len(qs))
	for _, q := range qs {
		pq := pipeline.Quantity{Range: origRange(d, q.Start, q.End), Value: q.Value, Qualifier: q.Qualifier}
		// Unit and noun as written in the original.
		pq.Unit = q.Unit
		if strings.HasSuffix(q.Text, q.Unit) {
			pq.Unit = d.Span(origRange(d, q.End-len(q.Unit), q.End))
		}
		pq.Noun = q.Noun
		if q.Noun != "" && strings.HasPrefix(d.Text[q.End:], q.Noun) {
			pq.Noun = d.Span(origRange(d, q.End, q.End+len(q.Noun)))
		}
		if q.Qualifier != "" && strings.HasPrefix(q.Text, q.Qualifier) {
			pq.Qualifier = d.Span(origRange(d, q.Start, q.Start+len(q.Qualifier)))
		}
		d.Quantities = append(d.Quantities, pq)
	}
}

// orders finds titled documents and orders in the working text, with the
// dates and people already found as the clause's date and signer.
func (p *Pipeline) orders(_ context.Context, d *pipeline.Doc) error {
	docs := document.ExtractWords(d.Text, tokenWords{d})
	in := order.Input{Documents: docs, Dates: []order.DateSpan{}}
	for _, x := range d.Dates { // found by the timex stage, mapped back to the working text
		w := d.ToWork(x.Range)
		in.Dates = append(in.Dates, order.DateSpan{Start: w.Start, End: w.End, Value: x.Value})
	}
	for _, e := range d.People {
		for _, m := range e.Mentions {
			w := d.ToWork(m)
			in.People = append(in.People, order.PersonSpan{Start: w.Start, End: w.End, ID: e.ID, Name: d.Span(e.Name)})
		}
	}
	for _, x := range docs {
		// English is Latin text, which conversion leaves as it is.
		pd := pipeline.Document{ID: x.ID, Simplified: x.Title, Kind: x.Kind, English: x.English}
		for _, m := range x.Mentions {
			r := origRange(d, m.Start, m.End)
			pd.Mentions = append(pd.Mentions, r)
			if m.Kind.IsTitle() && pd.Title == "" {
				pd.Title = unbracket(d.Span(r))
			}

			if m.Kind == document.AliasDefinition {
				if a := unbracket(d.Span(r)); a != "" && !contains(pd.Aliases, a) {
					pd.Aliases = append(pd.Aliases, a)
				}
			}
		}
		if pd.Title == "" {
			pd.Title = x.Title
		}
		for _, a := range x.Aliases { // aliases defined without a definition mention
			// As written in Original when a mention spells it (個資法 for
			// the alias 个资法 of 個人資料保護法).
			orig := a
			for _, m := range x.Mentions {
				if unbracket(m.Text) == a {
					orig = unbracket(d.Span(origRange(d, m.Start, m.End)))
					break
				}
			}
			if !contains(pd.Aliases, orig) && !contains(pd.Aliases, p.Traditional(a)) && len(pd.Aliases) < len(x.Aliases) {
				pd.Aliases = append(pd.Aliases, orig)
			}
		}
		d.Documents = append(d.Documents, pd)
	}
	titles := map[string]string{}
	for _, x := range d.Documents {
		titles[x.ID] = x.Title
	}
	for _, o := range order.Extract(d.Text, in) {
		po := pipeline.Order{ID: o.ID, Number: o.Number, Kind: o.Kind.String(), Document: o.Document, Date: o.Date, Signer: o.Signer, SignerName: o.SignerName}
		for _, m := range o.Mentions {
			po.Mentions = append(po.Mentions, origRange(d, m.Start, m.End))
		}
		po.Title = o.Title
		if t, ok := titles[o.Document]; ok {
			po.Title = t
		}
		if po.Signer != "" {
			for _, e := range d.People {
				if e.ID == po.Signer {
					po.SignerName = d.Span(e.Name)
				}
			}
		}
		d.Orders = append(d.Orders, po)
	}
	return nil
}

// unbracket strips one pair of title or quotation brackets.
func unbracket(s string) string {
	first, n := utf8.DecodeRuneInString(s)
	last, m := utf8.DecodeLastRuneInString(s)
	if len(s) >= n+m && strings.ContainsRune("《〈“「『‘\"", first) && strings.ContainsRune("》〉”」』’\"", last) {
		return s[n : len(s)-m]
	}
	return s
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
