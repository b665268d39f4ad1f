package entity

import (
	"slices"
	"testing"
)

// TestShortPersonRefs covers the short forms the press names a person by:
// a married woman's two surnames (陈李 of 陈李美华), and the Cantonese
// address by the surname (黄生, Mr Wong) put between punctuation; and an
// adverb a tagger's name swallowed (陈李又说).
func TestShortPersonRefs(t *testing.T) {
	cases := []struct {
		desc, text string
		spans      []string
		people     []string
		mentions   []string // of the first person
	}{
		{"two surnames", "局長陳李美華今早出席會議。陳李表示，會盡快回覆。",
			[]string{"陳李美華", "陳李"}, []string{"陳李美華"}, []string{"陳李美華", "陳李"}},
		{"an adverb swallowed", "局長陳李美華今早出席。陳李又說，會盡快回覆。",
			[]string{"陳李美華", "陳李又"}, []string{"陳李美華"}, []string{"陳李美華", "陳李"}},
		{"Mr by the surname", "前局長黃國強出席論壇。記者：黃生，請問你有何回應？",
			[]string{"黃國強"}, []string{"黃國強"}, []string{"黃國強", "黃生"}},
		{"Mr by the surname, tagged", "前局長黃國強出席論壇。記者：黃生，請問你有何回應？",
			[]string{"黃國強", "黃生"}, []string{"黃國強"}, []string{"黃國強", "黃生"}},
		{"two people share the surname: the credit line's reading stays", "黃國強與黃美玲出席。記者：黃生，請問？",
			[]string{"黃國強", "黃美玲"}, []string{"黃國強", "黃美玲", "黃生"}, []string{"黃國強"}},
		{"a word ending in 生", "黃國強出席。學生會代表也出席。",
			[]string{"黃國強"}, []string{"黃國強"}, []string{"黃國強"}},
	}
	for _, c := range cases {
		t.Run(c.desc, func(t *testing.T) {
			x := newTestExtractor(t, Options{Tagger: seqTagger(c.spans...)})
			ents := x.Extract(c.text)
			checkEntities(t, c.text, ents)
			if got := namesOf(ents, Person); !slices.Equal(got, c.people) {
				t.Fatalf("people %q; want %q%s", got, c.people, describe(ents))
			}
			if got := mentionTexts(find(ents, Person, c.people[0])); !slices.Equal(got, c.mentions) {
				t.Errorf("%s: mentions %q; want %q", c.people[0], got, c.mentions)
			}
		})
	}
}

// TestLoneSurnameSubject covers a lone surname that opens a clause as its
// subject (歐其後…, 區稱): a mention of the one full name with that
// surname, also where the tagger read the character as a place; not when
// the character is part of a word, or two people share the surname.
func TestLoneSurnameSubject(t *testing.T) {
	cases := []struct {
		desc, text string
		words      []string
		places     []string // the tagger's one-character places
		mentions   []string // of the first person
		others     []string // other people the tagger finds
	}{
		{"after a full stop", "候選人歐志明被起訴。歐其後向二人付款。",
			[]string{"候選人/n", "歐志明/nr", "被/p", "起訴/v", "。/w", "歐/nr", "其後/c", "向/p", "二/m", "人/n", "付款/v", "。/w"},
			nil, []string{"歐志明", "歐"}, nil},
		{"read as a place by the tagger", "候選人歐志明被起訴。歐其後向二人付款。",
			[]string{"候選人/n", "歐志明/nr", "被/p", "起訴/v", "。/w", "歐/j", "其後/c", "向/p", "二/m", "人/n", "付款/v", "。/w"},
			[]string{"歐"}, []string{"歐志明", "歐"}, nil},
		{"two people share the surname", "歐志明與歐美玲被起訴。歐其後向二人付款。",
			[]string{"歐志明/nr", "與/c", "歐美玲/nr", "被/p", "起訴/v", "。/w", "歐/nr", "其後/c", "向/p", "二/m", "人/n", "付款/v", "。/w"},
			nil, []string{"歐志明"}, []string{"歐美玲"}},
		{"part of a word", "議員區家明出席。區域內的居民表示支持。",
			[]string{"議員/n", "區家明/nr", "出席/v", "。/w", "區域/n", "內/f", "的/u", "居民/n", "表示/v", "支持/v", "。/w"},
			nil, []string{"區家明"}, nil},
	}
	for _, c := range cases {
		t.Run(c.desc, func(t *testing.T) {
			x := newTestExtractor(t, Options{Tagger: TaggerFunc(func(s string) []Span {
				name := c.mentions[0]
				out := []Span{spanOf(s, name, Person)}
				at := out[0].End
				for _, p := range c.others {
					out = append(out, spanOf(s, p, Person))
				}
				for _, p := range c.places {
					sp := spanOf(s[at:], p, Place)
					sp.Start, sp.End = sp.Start+at, sp.End+at
					out = append(out, sp)
				}
				return out
			})})
			ents := x.ExtractHints(c.text, Hints{Words: testWords(posWords(c.text, c.words...))})
			checkEntities(t, c.text, ents)
			var first *Entity
			for i := range ents {
				if ents[i].Type == Person {
					first = &ents[i]
					break
				}
			}
			if first == nil || !slices.Equal(mentionTexts(first), c.mentions) {
				t.Errorf("first person %v; want mentions %q%s", first, c.mentions, describe(ents))
			}
		})
	}
}
