package entity

import (
	"math/rand/v2"
	"slices"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/zhpipe/zhpipe/pipeline/internal/hanstr"
)

// TestOccupancy checks the bit set against a plain []bool on random marks,
// clears and range queries (ranges within a word, across words, whole
// words).
func TestOccupancy(t *testing.T) {
	rnd := rand.New(rand.NewPCG(3, 4))
	for iter := 0; iter < 200; iter++ {
		n := 1 + rnd.IntN(300)
		o, plain := newOccupancy(n), make([]bool, n)
		for step := 0; step < 50; step++ {
			a := rnd.IntN(n)
			b := a + rnd.IntN(min(n-a, 140)+1)
			switch rnd.IntN(3) {
			case 0:
				o.mark(a, b)
				for i := a; i < b; i++ {
					plain[i] = true
				}
			case 1:
				o.unset(a)
				plain[a] = false
			}
			want := false
			for i := a; i < b; i++ {
				want = want || plain[i]
			}
			if got := overlaps(o, a, b); got != want {
				t.Fatalf("n=%d overlaps(%d, %d) = %v; want %v", n, a, b, got, want)
			}
			if o.has(a) != plain[a] {
				t.Fatalf("n=%d has(%d) = %v; want %v", n, a, o.has(a), plain[a])
			}
		}
	}
}

// TestCompactSizes guards the sizes of the structures a long text has
// hundreds of thousands or millions of.
func TestCompactSizes(t *testing.T) {
	if n := unsafe.Sizeof(cand{}); n > 64 {
		t.Errorf("cand takes %d bytes; want at most 64", n)
	}
	if n := unsafe.Sizeof(Word{}); n > 12 {
		t.Errorf("Word takes %d bytes; want at most 12", n)
	}
}

// TestRuneSets checks each rune set against strings.ContainsRune over its
// characters, for every rune of the Basic Multilingual Plane, a few beyond
// it, and invalid ones.
func TestRuneSets(t *testing.T) {
	sets := []runeSet{translit, stopChars, strictStops, nameFollowers, listHeadChars, mediaRunNot, orgAbbrevHeads,
		mentionLeft, quoteOpen, quoteClose, notHeadAfter, nameLeftVerbs, orgHeadChars, countChars, unitSurnames,
		orgQualifiers, placeEnds, nameTailAdverbs, strongFollowers, malayTranslit, givenNameBreak, numeralChars,
		weekdayChars, titleSeparators, clauseOpenRunes, orgQuoteOpen, newRuneSet("")}
	extra := []rune{-1, utf8.RuneError, 0x10000, 0x20000, utf8.MaxRune, utf8.MaxRune + 1}
	for _, s := range sets {
		for r := rune(0); r < 0x10000; r++ {
			if got, want := s.has(r), strings.ContainsRune(s.chars, r); got != want {
				t.Fatalf("set %q: has(%U) = %v; want %v", s.chars, r, got, want)
			}
		}
		for _, r := range extra {
			if got, want := s.has(r), strings.ContainsRune(s.chars, r); got != want {
				t.Fatalf("set %q: has(%U) = %v; want %v", s.chars, r, got, want)
			}
		}
	}
}

// TestIsHan checks isHan's shortcut against the Unicode table for every
// rune.
func TestIsHan(t *testing.T) {
	for r := rune(-1); r <= utf8.MaxRune+1; r++ {
		if got, want := isHan(r), unicode.Is(unicode.Han, r); got != want {
			t.Fatalf("isHan(%U) = %v; want %v", r, got, want)
		}
	}
}

// TestIndexRuneSet checks indexRuneSet against strings.IndexAny on random
// strings of quotes, Han, ASCII and invalid bytes.
func TestIndexRuneSet(t *testing.T) {
	rnd := rand.New(rand.NewPCG(5, 6))
	parts := []string{"「", "“", "『", "」", "中", "a", "\xe3", "\x80", "\x8c", "\xe3\x80", "\xff", "\"", "‘"}
	for _, set := range []runeSet{orgQuoteOpen, quoteOpen, clauseOpenRunes} {
		for iter := 0; iter < 3000; iter++ {
			s := joinRandom(rnd, parts, 8)
			if got, want := indexRuneSet(s, set), strings.IndexAny(s, set.chars); got != want {
				t.Fatalf("indexRuneSet(%q, %q) = %d; want %d", s, set.chars, got, want)
			}
		}
	}
}

// TestClauseStarts checks clauseStarts against clauseOpens at every rune
// start of random strings (invalid bytes included).
func TestClauseStarts(t *testing.T) {
	rnd := rand.New(rand.NewPCG(7, 8))
	parts := []string{"区", "称", "，", "。", "\n", " ", "　", "（", "a", ",", "\xe3", "\x80", "\xff", "“"}
	for iter := 0; iter < 3000; iter++ {
		text := joinRandom(rnd, parts, 10)
		var want []int
		for i := 0; i < len(text); {
			if clauseOpens(text, i) {
				want = append(want, i)
			}
			_, n := utf8.DecodeRuneInString(text[i:])
			i += n
		}
		got := slices.Collect(clauseStarts(text))
		if !slices.Equal(got, want) {
			t.Fatalf("clauseStarts(%q) = %v; want %v", text, got, want)
		}
	}
}

// indexRuneSetRef is indexRuneSet decoding at every byte that starts a
// rune, without the filter of first bytes.
func indexRuneSetRef(s string, set runeSet) int {
	for i := 0; i < len(s); i++ {
		b := s[i]
		switch {
		case b < utf8.RuneSelf:
			if set.has(rune(b)) {
				return i
			}
		case b >= 0xC0:
			if r, _ := utf8.DecodeRuneInString(s[i:]); set.has(r) {
				return i
			}
		}
	}
	return -1
}

// TestIndexRuneSetFirstBytes checks indexRuneSet against the search that
// decodes every rune start, for sets with and without utf8.RuneError, on
// random strings of members, runes that share their lead bytes or their
// continuation bytes, and
// invalid bytes.
func TestIndexRuneSetFirstBytes(t *testing.T) {
	rnd := rand.New(rand.NewPCG(2, 9))
	parts := []string{"記", "记", "董", "社", "总", "總", "者", "中", "「", "，", "a", "\n", "\ufffd", "\xef\xbf", "\xe8", "\x80", "\xff", "\xc0", "𠮷",
		// the continuation bytes of 记 after other lead bytes, and cut short
		"\xe9\xae\xb0", "\xe4\xae\xb0", "\xc3\xae\xb0", "\xf0\xae\xb0", "\xe8\xae", "\xe8\xae\xb0"[1:], "é", "马", "馬"}
	sets := []runeSet{followerFirst, clauseOpenRunes, orgQuoteOpen, translit, newRuneSet("a\ufffd记"), newRuneSet("𠮷"), newRuneSet("é记"), newRuneSet("")}
	for _, set := range sets {
		for iter := 0; iter < 3000; iter++ {
			s := joinRandom(rnd, parts, 10)
			if got, want := indexRuneSet(s, set), indexRuneSetRef(s, set); got != want {
				t.Fatalf("indexRuneSet(%q, %q) = %d; want %d", s, set.chars, got, want)
			}
		}
	}
}

// TestDecodeAtSameAsDecodeRune compares decodeAt with
// utf8.DecodeRuneInString at every offset of random byte strings built
// from valid runes, their pieces, overlong and surrogate forms and
// random bytes.
func TestDecodeAtSameAsDecodeRune(t *testing.T) {
	rnd := rand.New(rand.NewPCG(5, 11))
	parts := []string{"中", "a", "é", "𠮷", "\u0800", "\uffff", "\ud7ff", "\ue000", "\xed\xa0\x80", "\xe0\x80\xaf",
		"\xe0\xa0\x80", "\xef\xbf", "\xe8", "\x80", "\xff", "\xc0\x80", "．", "·"}
	for range 20000 {
		var b strings.Builder
		for range 1 + rnd.IntN(6) {
			if rnd.IntN(4) == 0 {
				b.WriteByte(byte(rnd.IntN(256)))
			} else {
				b.WriteString(parts[rnd.IntN(len(parts))])
			}
		}
		s := b.String()
		for i := range len(s) {
			r, n := decodeAt(s, i)
			wr, wn := utf8.DecodeRuneInString(s[i:])
			if r != wr || n != wn {
				t.Fatalf("decodeAt(%q, %d) = %q, %d; want %q, %d", s, i, r, n, wr, wn)
			}
		}
	}
}

// notNameRef is notName as a search of every word of notNames.
func notNameRef(s string) bool {
	if notNames[s] || weekdayAt(s, 0) {
		return true
	}
	for w := range notNames {
		if len(w) < len(s) && s[:len(w)] == w {
			return true
		}
	}
	return false
}

// TestNotNameSameAsSearch compares notName, which looks up the prefixes of
// a name, with the search of every word, on the words themselves, their
// pieces and random names built from them, other characters and invalid
// bytes.
func TestNotNameSameAsSearch(t *testing.T) {
	var pool []string
	for w := range notNames {
		pool = append(pool, w, w[:len(w)-1])
	}
	slices.Sort(pool)
	pool = append(pool, "王", "小明", "周三", "星期", "a", "\xe8", "\x80", "")
	rnd := rand.New(rand.NewPCG(8, 1))
	for range 20000 {
		s := joinRandom(rnd, pool, 4)
		if got, want := notName(s), notNameRef(s); got != want {
			t.Fatalf("notName(%q) = %v; want %v", s, got, want)
		}
	}
}

// TestScanNextSameAsIndexRuneSet compares the places scan notes for each
// marked set (scan.next) with indexRuneSet from every offset, on random
// text of the sets' runes, runes sharing their bytes, other characters and
// invalid bytes.
func TestScanNextSameAsIndexRuneSet(t *testing.T) {
	x := newTestExtractor(t, Options{})
	var parts []string
	for _, set := range markSets {
		if set.has(utf8.RuneError) {
			t.Fatalf("marked set %q holds utf8.RuneError", set.chars)
		}
		for _, r := range set.chars {
			parts = append(parts, string(r))
		}
	}
	parts = append(parts, "中", "记者", "a", "\n", "\xe8", "\xe8\xae", "\x80", "\xff", "\xc2", "\xe3\x80", "\xef\xbc", "𠮷", "\ufffd", "马尔科")
	rnd := rand.New(rand.NewPCG(21, 4))
	for range 3000 {
		text := joinRandom(rnd, parts, 16)
		s := x.scan(text, Hints{})
		if !s.marked {
			t.Fatal("scan marked nothing")
		}
		for m, set := range markSets {
			for i := 0; i <= len(text); i++ {
				want := indexRuneSet(text[i:], *set)
				if want >= 0 {
					want += i
				}
				if got := s.next(m, i); got != want {
					t.Fatalf("%q: next(%q, %d) = %d; want %d", text, set.chars, i, got, want)
				}
			}
		}
	}
}

// inNotPlaceRef is inNotPlace without its test that the word holds the
// place's form.
func inNotPlaceRef(text string, h lexHit) bool {
	for _, w := range notPlaces {
		for lo := max(0, h.end-len(w)); lo <= h.start && lo+len(w) <= len(text); lo++ {
			if text[lo:lo+len(w)] == w {
				return true
			}
		}
	}
	return false
}

// TestInNotPlaceSameAsSearch compares inNotPlace with the search of every
// word at every offset, for every span of random text made of the words
// of notPlaces, their pieces and other characters.
func TestInNotPlaceSameAsSearch(t *testing.T) {
	var parts []string
	for _, w := range notPlaces {
		rs := []rune(w)
		parts = append(parts, w, string(rs[:len(rs)/2]), string(rs[len(rs)/2:]))
	}
	parts = append(parts, "中国", "海地", "东海", "的", "a", "\xe4")
	rnd := rand.New(rand.NewPCG(3, 17))
	hits := 0
	for range 500 {
		text := joinRandom(rnd, parts, 6)
		for start := 0; start < len(text); start++ {
			for end := start + 1; end <= len(text) && end <= start+12; end++ {
				h := lexHit{start: start, end: end}
				got, want := inNotPlace(text, h), inNotPlaceRef(text, h)
				if got != want {
					t.Fatalf("inNotPlace(%q, %d:%d) = %v; want %v", text, start, end, got, want)
				}
				if want {
					hits++
				}
			}
		}
	}
	if hits == 0 {
		t.Fatal("no span inside a word of notPlaces: the test proves nothing")
	}
}

// TestFoldSameAsDotsAndWidths checks fold, which passes over the runes
// from U+3400 to U+FF00 at once, against its definition for every rune of
// the Basic Multilingual Plane and a few beyond.
func TestFoldSameAsDotsAndWidths(t *testing.T) {
	for r := rune(0); r < 0x10000+16; r++ {
		want := r
		if isDot(r) {
			want = '·'
		} else if r >= 0xFF01 && r <= 0xFF5E {
			want = r - 0xFEE0
		}
		if got := fold(r); got != want {
			t.Fatalf("fold(%U) = %U; want %U", r, got, want)
		}
	}
}

// TestScanIndexSameAsSearch compares scan.index, which looks at the places
// scan noted for the words' first runes, with hanstr.Index over the text,
// for the words the passes look for and others, on random texts with
// invalid bytes.
func TestScanIndexSameAsSearch(t *testing.T) {
	x := newTestExtractor(t, Options{})
	words := []string{"《", "》", "社", "生", "国", "國", "驻", "駐", "会", "會", "通话", "通話", "办公室", "辦公室", "中", "a"}
	words = append(words, officeHeads...)
	words = append(words, meetingWords...)
	for _, r := range markRunes {
		words = append(words, string(r)+"x")
	}
	parts := append([]string{"中", "记者", "a", "\n", "\xe5", "\xe5\x9b", "\x9b\xbd", "\x80", "\xff", "通", "话", "公室", "𠮷", "\ufffd"}, words...)
	rnd := rand.New(rand.NewPCG(5, 13))
	for range 3000 {
		text := joinRandom(rnd, parts, 16)
		s := x.scan(text, Hints{})
		if !s.marked {
			t.Fatal("scan marked nothing")
		}
		for _, w := range words {
			for off := 0; off <= len(text); off++ {
				want := hanstr.Index(text[off:], w)
				if want >= 0 {
					want += off
				}
				if got := s.index(w, off); got != want {
					t.Fatalf("%q: index(%q, %d) = %d; want %d", text, w, off, got, want)
				}
				s.marked = false // the search of a text too long to mark
				got := s.index(w, off)
				s.marked = true
				if got != want {
					t.Fatalf("%q: unmarked index(%q, %d) = %d; want %d", text, w, off, got, want)
				}
			}
		}
	}
}

// TestHitBlocksSameAsSearch compares the hits found from the block index
// (starting, ending, firstStarting) with those a binary search over all
// hits finds, at every place of random texts dense with lexicon forms and
// beyond their ends.
func TestHitBlocksSameAsSearch(t *testing.T) {
	x := newTestExtractor(t, Options{})
	parts := []string{"美国", "总统", "北京市", "文化局", "中国", "外交部", "发言人", "，", "a", "\xe5", "的", "联合国安全理事会", "省", "市", "中华人民共和国"}
	rnd := rand.New(rand.NewPCG(8, 1))
	hits := 0
	for range 500 {
		text := joinRandom(rnd, parts, 120)
		s := x.scan(text, Hints{})
		if s.startAt == nil || s.endAt == nil {
			t.Fatal("no block index")
		}
		hits += len(s.hits)
		plain := *s
		plain.startAt, plain.endAt = nil, nil
		for pos := -hitBlock - 2; pos <= len(text)+2*hitBlock; pos++ {
			if got, want := s.firstStarting(pos), plain.firstStarting(pos); got != want {
				t.Fatalf("%q: firstStarting(%d) = %d; want %d", text, pos, got, want)
			}
			if got, want := s.firstEnding(pos), plain.firstEnding(pos); got != want {
				t.Fatalf("%q: firstEnding(%d) = %d; want %d", text, pos, got, want)
			}
			if got, want := s.starting(pos), plain.starting(pos); !slices.Equal(got, want) {
				t.Fatalf("%q: starting(%d) = %v; want %v", text, pos, got, want)
			}
			if got, want := s.ending(pos), plain.ending(pos); !slices.Equal(got, want) {
				t.Fatalf("%q: ending(%d) = %v; want %v", text, pos, got, want)
			}
		}
		// The plain search is sort.Search's answer.
		for pos := 0; pos <= len(text); pos++ {
			want := sort.Search(len(s.hits), func(k int) bool { return s.hits[k].start >= pos })
			if got := plain.firstStarting(pos); got != want {
				t.Fatalf("%q: plain firstStarting(%d) = %d; want %d", text, pos, got, want)
			}
		}
	}
	if hits < 10000 {
		t.Fatalf("%d hits in all; want texts dense with forms", hits)
	}
}

// TestExactAllSameAsExact compares exactAll with exact for each kind on
// the lexicon's forms, their parts and random joins of them.
func TestExactAllSameAsExact(t *testing.T) {
	x := newTestExtractor(t, Options{})
	var forms []string
	for _, p := range x.lex.People {
		forms = append(forms, p.Full)
	}
	for _, o := range x.lex.Orgs {
		forms = append(forms, o.Forms...)
	}
	for _, p := range x.lex.Places {
		forms = append(forms, p.Forms...)
	}
	for _, a := range x.lex.Affixes {
		forms = append(forms, a.Form)
	}
	rnd := rand.New(rand.NewPCG(2, 9))
	tests := append([]string{"", "美", "\xff"}, forms...)
	for range 20000 {
		f := forms[rnd.IntN(len(forms))]
		switch rnd.IntN(3) {
		case 0:
			f += forms[rnd.IntN(len(forms))]
		case 1:
			f = f[:rnd.IntN(len(f)+1)]
		}
		tests = append(tests, f)
	}
	found := 0
	for _, f := range tests {
		got := x.exactAll(f)
		for _, k := range []hitKind{hitPerson, hitOrg, hitPlace, hitAffix} {
			if want := x.exact(f, k); got[k] != want {
				t.Fatalf("exactAll(%q)[%d] = %d; exact = %d", f, k, got[k], want)
			}
			if got[k] >= 0 {
				found++
			}
		}
	}
	if found < len(forms) {
		t.Fatalf("%d entries found for %d forms", found, len(forms))
	}
}

// TestWriteFoldSameAsFoldString compares writeFold with strings.Map on
// random strings of dots, full-width and plain ASCII, Han, U+FFFD and
// invalid bytes.
func TestWriteFoldSameAsFoldString(t *testing.T) {
	parts := []string{"·", "‧", "•", "．", "Ａ", "ｚ", "１", "a", "中", "\ufffd", "\xff", "\xe4\xb8", "\x80", "𠮷", "～", "￥"}
	rnd := rand.New(rand.NewPCG(12, 3))
	for range 20000 {
		s := joinRandom(rnd, parts, 8)
		var w strings.Builder
		w.WriteString("P:")
		writeFold(&w, s)
		if got, want := w.String(), "P:"+foldString(s); got != want {
			t.Fatalf("writeFold(%q) = %q; want %q", s, got, want)
		}
	}
}

// joinRandom joins up to maxParts-1 pieces drawn from parts by rnd: the
// random texts the fast-path tests compare on.
func joinRandom(rnd *rand.Rand, parts []string, maxParts int) string {
	var b strings.Builder
	for range rnd.IntN(maxParts) {
		b.WriteString(parts[rnd.IntN(len(parts))])
	}
	return b.String()
}
