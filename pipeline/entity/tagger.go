package entity

import "github.com/zhpipe/zhpipe/pipeline/entity/ner"

// FromNER adapts the statistical tagger of package ner (loaded, for the
// embedded model, by dict/nermodel) to a Tagger.
func FromNER(m *ner.Model) Tagger { return nerTagger{m} }

type nerTagger struct{ m *ner.Model }

// nerTypes maps the tagger's labels to entity types.
var nerTypes = map[ner.Label]Type{ner.PER: Person, ner.LOC: Place, ner.ORG: Organization}

func (t nerTagger) Tag(text string) []Span {
	spans := t.m.TagUnscored(text) // a Span has no score
	out := make([]Span, 0, len(spans))
	for _, s := range spans {
		if typ, ok := nerTypes[s.Label]; ok {
			out = append(out, Span{Start: s.Start, End: s.End, Type: typ})
		}
	}
	return out
}
