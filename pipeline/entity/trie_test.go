package entity

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestMayStartSameAsMatchAt checks that mayStart is false only where
// matchAt finds no form: on a trie with forms that start with folded
// characters (full-width letters, dots) and characters beyond the Basic
// Multilingual Plane, and on the test lexicon's trie, over random text of
// the forms' characters and others.
func TestMayStartSameAsMatchAt(t *testing.T) {
	small := &trie{}
	forms := []string{"北京", "北京市", "Ａ股", "·约翰", "．史密斯", "𠮷野家", "中", "IBM", "ｉｂｍ公司"}
	for i, f := range forms {
		small.add(f, hit{kind: hitOrg, idx: int32(i)})
	}
	small.freeze()
	x := newTestExtractor(t, Options{})
	rng := rand.New(rand.NewPCG(4, 2))
	var pool []rune
	for _, f := range forms {
		pool = append(pool, []rune(f)...)
	}
	pool = append(pool, []rune("上海市人民政府外交部国务院总理李克强，。、 \n\tＡａAa·‧•・．･𠮷\ufffd")...)
	for _, tr := range []*trie{small, &x.trie} {
		skipped := 0
		for range 300 {
			var b strings.Builder
			for range 1 + rng.IntN(40) {
				b.WriteRune(pool[rng.IntN(len(pool))])
			}
			if rng.IntN(10) == 0 {
				b.WriteByte(0xff) // invalid UTF-8
			}
			text := b.String()
			for i, r := range text {
				if tr.mayStart(r) {
					continue
				}
				skipped++
				tr.matchAt(text, i, func(end int, hs []hit) {
					t.Fatalf("%q at %d: mayStart(%q) is false, but matchAt finds %q", text, i, r, text[i:end])
				})
			}
		}
		if skipped == 0 {
			t.Errorf("mayStart never skipped a position")
		}
	}
}

// TestRootChildSameAsEdges checks the root's child by rank against a
// search of the root's edges, for every rune of the Basic Multilingual
// Plane, on a small trie and on the test lexicon's.
func TestRootChildSameAsEdges(t *testing.T) {
	small := &trie{}
	for i, f := range []string{"北京", "Ａ股", "·约翰", "𠮷野家", "中", "IBM", "\uffff", "\u0000x"} {
		small.add(f, hit{kind: hitOrg, idx: int32(i)})
	}
	small.freeze()
	x := newTestExtractor(t, Options{})
	for _, tr := range []*trie{small, &x.trie} {
		es := tr.edges[tr.nodes[0].lo:tr.nodes[0].hi]
		found := 0
		for r := rune(0); r < bmp; r++ {
			want := int32(-1)
			for _, e := range es {
				if e.r == r {
					want = e.to
				}
			}
			if got := tr.child(0, r); got != want {
				t.Fatalf("child(root, %U) = %d; want %d", r, got, want)
			}
			if want >= 0 {
				found++
			}
		}
		if found == 0 {
			t.Fatal("no root child in the plane: the test proves nothing")
		}
	}
}

// TestMayMatchSameAsMatchAt checks that where mayMatch is false, matchAt
// finds nothing, on random text of the first runes of lexicon forms, runes
// that follow them in other forms, dots, full-width letters and invalid
// bytes, with a small trie and the lexicon's; and that scan finds the same
// hits with and without the filter.
func TestMayMatchSameAsMatchAt(t *testing.T) {
	small := &trie{}
	forms := []string{"北京", "北京市", "Ａ股", "·约翰", "．史密斯", "𠮷野家", "中", "IBM", "ｉｂｍ公司", "京\ufffd"}
	for i, f := range forms {
		small.add(f, hit{kind: hitOrg, idx: int32(i)})
	}
	small.freeze()
	x := newTestExtractor(t, Options{})
	rng := rand.New(rand.NewPCG(7, 3))
	var pool []rune
	for _, f := range forms {
		pool = append(pool, []rune(f)...)
	}
	for k := 0; k < len(x.lex.Places); k += 97 {
		for _, f := range x.lex.Places[k].Forms {
			pool = append(pool, []rune(f)...)
		}
	}
	for k := 0; k < len(x.lex.Orgs); k += 131 {
		for _, f := range x.lex.Orgs[k].Forms {
			pool = append(pool, []rune(f)...)
		}
	}
	pool = append(pool, []rune("上海市人民政府外交部国务院总理李克强，。、 \n\tＡａAa·‧•・．･𠮷\ufffd")...)
	for _, tr := range []*trie{small, &x.trie} {
		skipped := 0
		for range 2000 {
			var b strings.Builder
			for range 1 + rng.IntN(40) {
				b.WriteRune(pool[rng.IntN(len(pool))])
				if rng.IntN(30) == 0 {
					b.WriteByte(0xe4) // invalid UTF-8
				}
			}
			text := b.String()
			for i, size := 0, 0; i < len(text); i += size {
				var r rune
				r, size = utf8.DecodeRuneInString(text[i:])
				if !tr.mayStart(r) || tr.mayMatch(text, i, r, size) {
					continue
				}
				skipped++
				tr.matchAt(text, i, func(end int, hs []hit) {
					t.Fatalf("%q at %d: mayMatch is false, but matchAt finds %q", text, i, text[i:end])
				})
			}
			if tr == &x.trie {
				skipIdle = false
				want := x.scan(text, Hints{}).hits
				skipIdle = true
				if got := x.scan(text, Hints{}).hits; !slices.Equal(got, want) {
					t.Fatalf("%q: scan finds %v with the filter, %v without", text, got, want)
				}
			}
		}
		if skipped == 0 {
			t.Errorf("mayMatch never skipped a position")
		}
	}
}

// TestStartingEndingSameAsFilter compares scan.starting and scan.ending
// with the hits that start or end at each offset, on random text of
// lexicon forms.
func TestStartingEndingSameAsFilter(t *testing.T) {
	x := newTestExtractor(t, Options{})
	var pool []string
	for k := 0; k < len(x.lex.Places); k += 53 {
		pool = append(pool, x.lex.Places[k].Forms...)
	}
	pool = append(pool, "总统", "部长", "，", "的", "a")
	rnd := rand.New(rand.NewPCG(9, 9))
	found := 0
	for range 300 {
		text := joinRandom(rnd, pool, 12)
		s := x.scan(text, Hints{})
		for pos := 0; pos <= len(text); pos++ {
			var st, en []lexHit
			for _, h := range s.hits {
				if h.start == pos {
					st = append(st, h)
				}
			}
			for _, h := range s.ends {
				if h.end == pos {
					en = append(en, h)
				}
			}
			found += len(st)
			if got := s.starting(pos); !slices.Equal(got, st) && len(got)+len(st) > 0 {
				t.Fatalf("%q: starting(%d) = %v; want %v", text, pos, got, st)
			}
			if got := s.ending(pos); !slices.Equal(got, en) && len(got)+len(en) > 0 {
				t.Fatalf("%q: ending(%d) = %v; want %v", text, pos, got, en)
			}
		}
	}
	if found == 0 {
		t.Fatal("no hit: the test proves nothing")
	}
}

// TestHitAffixKinds checks that every affix entry of the trie carries its
// kind as the lexicon's table has it (the passes over all hits read it
// there), on the frozen trie and on a scan of every affix form.
func TestHitAffixKinds(t *testing.T) {
	x := newTestExtractor(t, Options{})
	n := 0
	for _, h := range x.trie.hits {
		if h.kind == hitAffix {
			if want := x.lex.Affixes[h.idx].Kind; h.akind != want || want == 0 {
				t.Fatalf("affix %q: kind %d in the trie; want %d", x.lex.Affixes[h.idx].Form, h.akind, want)
			}
			n++
		} else if h.akind != 0 {
			t.Fatalf("%+v: an affix kind on an entry of another table", h)
		}
	}
	var b strings.Builder
	for _, a := range x.lex.Affixes {
		b.WriteString(a.Form + "，")
	}
	s := x.scan(b.String(), Hints{})
	for _, h := range s.hits {
		if h.h.kind == hitAffix && h.h.akind != x.affix(h.h).Kind {
			t.Fatalf("%q: kind %d in the scan's hit; want %d", s.text[h.start:h.end], h.h.akind, x.affix(h.h).Kind)
		}
	}
	if n < len(x.lex.Affixes) || len(s.hits) < len(x.lex.Affixes) {
		t.Fatalf("%d affix entries, %d hits for %d affixes", n, len(s.hits), len(x.lex.Affixes))
	}
}
