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
