package ner

import (
	"math/bits"
	"slices"
	"testing"
)

// TestRowOrderSameWeights compiles the same trained source twice, with the
// rows of the pair, skip-bigram and trigram tables in order of training
// frequency (as shipped) and in key order (no frequencies), and checks
// that both tables hold the same keys and give, for every key, the same
// rows: the order changes where the weights lie, not what they are.
func TestRowOrderSameWeights(t *testing.T) {
	src, err := trainSource(synthetic(), TrainOptions{Epochs: 4, Seed: 7, LexiconFolds: 3, Lexicon: []Entry{
		{"北京", LOC}, {"北京大学", ORG}, {"欧阳修", PER}, {"东京", LOC},
	}})
	if err != nil {
		t.Fatal(err)
	}
	if src.freq == nil || slices.Equal(src.freq, make([]int32, len(src.freq))) {
		t.Fatal("no training frequencies")
	}
	byFreq, err := compile(src)
	if err != nil {
		t.Fatal(err)
	}
	plain := *src
	plain.freq = nil
	byKey, err := compile(&plain)
	if err != nil {
		t.Fatal(err)
	}
	m1, err := Decode(byFreq)
	if err != nil {
		t.Fatal(err)
	}
	m2, err := Decode(byKey)
	if err != nil {
		t.Fatal(err)
	}
	moved := 0
	for _, tab := range []struct {
		name       string
		t1, t2     *hashTable
		rows1, rs2 []int16
		pair       bool
	}{
		{"pair", &m1.pairs, &m2.pairs, m1.pairRows, m2.pairRows, true},
		{"skip", &m1.skips, &m2.skips, m1.skipRows, m2.skipRows, false},
		{"trigram", &m1.tris, &m2.tris, m1.triRows, m2.triRows, false},
	} {
		e1, e2 := tab.t1.entries(), tab.t2.entries()
		if len(e1) != len(e2) || len(e1) == 0 {
			t.Fatalf("%s table: %d and %d keys", tab.name, len(e1), len(e2))
		}
		for k, v2 := range e2 {
			v1, ok := e1[k]
			if !ok {
				t.Fatalf("%s table: key %#x missing", tab.name, k)
			}
			first1, first2, n := int(v1), int(v2), 1
			if tab.pair {
				if v1&(1<<pairRowShift-1) != v2&(1<<pairRowShift-1) {
					t.Fatalf("pair %#x: mask and lexicon value %#x; want %#x", k, v1&(1<<pairRowShift-1), v2&(1<<pairRowShift-1))
				}
				first1, first2, n = int(v1>>pairRowShift), int(v2>>pairRowShift), bits.OnesCount64(v1&pairMask)
			}
			if first1 != first2 {
				moved++
			}
			w1 := tab.rows1[first1*numTags : (first1+n)*numTags]
			w2 := tab.rs2[first2*numTags : (first2+n)*numTags]
			if !slices.Equal(w1, w2) {
				t.Fatalf("%s key %#x: rows %v; want %v", tab.name, k, w1, w2)
			}
		}
	}
	if moved == 0 {
		t.Fatal("no row moved: the test proves nothing")
	}
	for _, text := range []string{"国家主席江泽民在北京会见了联合国秘书长安南。", "北京大学的欧阳修到了东京。"} {
		if a, b := m1.Tag(text), m2.Tag(text); !slices.Equal(a, b) {
			t.Errorf("Tag(%q) = %v; in key order %v", text, a, b)
		}
	}
}
