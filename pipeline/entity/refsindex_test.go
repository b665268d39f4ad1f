package entity

import (
	"math/rand"
	"testing"
	"unicode/utf8"
)

// fullNameBySurnameScan is fullNameBySurname as it was first written, going
// through all the candidates for each surname: the reference for
// TestFullNamesIndexed.
func fullNameBySurnameScan(text string, kept []*cand, r rune) *cand {
	var to *cand
	for _, c := range kept {
		if c.typ != Person || c.key == "alias" || runeAt(text, c.start) != r {
			continue
		}
		name := text[c.start:c.end]
		if n := utf8.RuneCountInString(name); n < 3 || n > 4 || !allHan(name) {
			continue
		}
		if to != nil && !samePerson(text, to, c) {
			return nil
		}
		if to == nil {
			to = c
		}
	}
	return to
}

// TestFullNamesIndexed compares fullNames with the scan over all the
// candidates, for every character of texts we wrote, with random people
// over them: names of one to five characters, some of one person, some
// aliases, some places.
func TestFullNamesIndexed(t *testing.T) {
	texts := []string{
		"王大明昨天表示，王大明的助理王小華說，王生與王太都到場。李四光、李文和李文章也來了。",
		"梁生，你好。梁家輝表示會出席，梁家輝其後離開。歐陽振華與歐其後向二人付款，區議員區志強稱不知情。",
		"記者：陳生，陳大文和陳大文先生是否同一人？陳小明、陳sir與陳美玲均表示支持。",
	}
	rng := rand.New(rand.NewSource(1))
	for _, text := range texts {
		var offs []int
		for i := range text {
			offs = append(offs, i)
		}
		offs = append(offs, len(text))
		for range 200 {
			var kept []*cand
			for range rng.Intn(12) {
				i := rng.Intn(len(offs) - 1)
				j := min(i+1+rng.Intn(5), len(offs)-1)
				typ := Person
				if rng.Intn(5) == 0 {
					typ = Place
				}
				c := newCand(offs[i], offs[j], typ, prioTagger)
				if rng.Intn(6) == 0 {
					c.key = "alias"
				}
				if rng.Intn(3) == 0 {
					c.person = int32(rng.Intn(3))
				}
				kept = append(kept, c)
			}
			// the same names again, of the people found so far
			for _, c := range kept[:len(kept)/2] {
				d := *c
				kept = append(kept, &d)
			}
			full := newFullNames(text, kept)
			for _, r := range text + string(utf8.RuneError) {
				for range 2 { // asked again: the answer kept
					if got, want := full.bySurname(r), fullNameBySurnameScan(text, kept, r); got != want {
						t.Fatalf("bySurname(%q) = %v; want %v (text %q)", r, got, want, text)
					}
				}
			}
		}
	}
}
