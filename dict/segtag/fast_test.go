package segtag

import (
	"bufio"
	"encoding/binary"
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/zhpipe/zhpipe/dict/segmodel"
	"github.com/zhpipe/zhpipe/internal/shared"
)

// Tests that compare the fast paths (the word cache of Tag, ...) with the
// simple implementations in ref_test.go, on the embedded model.

func embedded(t testing.TB) *Model {
	t.Helper()
	m, err := Open(segmodel.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// ownSentences are sentences written for these tests.
var ownSentences = []string{
	"有关部门昨天印发关于进一步优化营商环境的若干意见，要求各地在年底前完成清理。",
	"据新华社报道，2025年第三季度全国规模以上工业增加值同比增长5.2%。",
	"台北市政府今日宣布，捷运信义线将于下月起延长营运时间至凌晨一点。",
	"他说：“我们会继续推动改革开放，扩大对外合作。”",
	"第十四届全国人民代表大会常务委员会第八次会议通过了该法。",
	"张三、李四和王五分别担任主任、副主任和秘书长。",
	"香港特别行政区政府发言人表示，新措施自即日起生效。",
	"iPhone15和Windows11的销量在第2季度上升了12.5个百分点",
	"一二三四五六七八九十百千万亿",
	"。。。！！？？；；，，、、",
}

// testLines returns the test sentences, the PKU test file's lines when
// the shared data is present, and random runs of characters the model
// knows.
func testLines(t testing.TB, m *Model, pku bool) []string {
	lines := slices.Clone(ownSentences)
	if pku {
		path := shared.Path(t, "eval", "sighan2005", "testing", "pku_test.utf8")
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			for _, run := range strings.FieldsFunc(sc.Text(), unicode.IsSpace) {
				lines = append(lines, run)
			}
		}
	}
	var pool []rune
	for r := rune(0x21); r < 0xFFFF; r++ {
		if m.charID(r) != idUnknown || r%97 == 0 && !unicode.IsSpace(r) {
			pool = append(pool, r)
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 300 {
		n := 1 + rng.IntN(60)
		rs := make([]rune, n)
		for k := range rs {
			rs[k] = pool[rng.IntN(len(pool))]
		}
		lines = append(lines, string(rs))
	}
	return lines
}

// randomLex returns dictionary information for n characters.
func randomLex(rng *rand.Rand, n int) []Lex {
	lex := make([]Lex, n)
	for i := range lex {
		if rng.IntN(3) > 0 {
			lex[i] = Lex{uint8(rng.IntN(9)), uint8(rng.IntN(9)), uint8(rng.IntN(9))}
		}
	}
	return lex
}

func TestTagSameAsReference(t *testing.T) {
	m := embedded(t)
	fast, ref := m.NewTagger(), m.NewTagger()
	rng := rand.New(rand.NewPCG(3, 4))
	dictTags := append([]string{"", "", ""}, m.pos.tags...)
	words := 0
	for _, line := range testLines(t, m, true) {
		text := []rune(line)
		lens := ref.Segment(text, randomLex(rng, len(text)), nil, nil, nil)
		if rng.IntN(4) == 0 {
			// Other cuts than the model's.
			lens = lens[:0]
			for left := len(text); left > 0; {
				n := min(left, 1+rng.IntN(5))
				lens = append(lens, n)
				left -= n
			}
		}
		dt := make([]string, len(lens))
		for k := range dt {
			dt[k] = dictTags[rng.IntN(len(dictTags))]
		}
		got := fast.Tag(text, lens, dt, nil)
		want := ref.tagRef(text, lens, dt, nil)
		if !slices.Equal(got, want) {
			t.Fatalf("Tag(%q %v %q) = %q; the reference gives %q", line, lens, dt, got, want)
		}
		words += len(lens)
	}
	t.Logf("%d words tagged the same", words)
}

// prepare fills s with text and lex as Segment does.
func (m *Model) prepare(s *sentence, text []rune, lex []Lex) {
	s.reset(len(text))
	for i, r := range text {
		id := m.charID(r)
		s.ids[i+2] = id
		s.name[i+2] = m.names[id]
		s.class[i+2] = m.classOf(r)
		l := lex[i]
		s.lex[i+2] = Lex{min(l.Start, MaxLex), min(l.End, MaxLex), min(l.Cover, MaxLex)}
	}
}

func TestScoreSameAsReference(t *testing.T) {
	m := embedded(t)
	rng := rand.New(rand.NewPCG(5, 6))
	var ss scoreScratch
	var s sentence
	ix := m.index()
	chars := 0
	for _, line := range testLines(t, m, true) {
		text := []rune(line)
		n := len(text)
		m.prepare(&s, text, randomLex(rng, n))
		got, want := make([]int64, 4*n), make([]int64, 4*n)
		m.score(&s, n, got, &ss)
		m.scoreRef(&s, n, want, make([]int32, n+4), ix)
		if !slices.Equal(got, want) {
			t.Fatalf("score(%q) = %v; the reference gives %v", line, got, want)
		}
		chars += n
	}
	t.Logf("%d characters scored the same", chars)
}

// BenchmarkScore compares score with the reference on the test lines
// (random dictionary information), sub-benchmarks in turn.
func BenchmarkScore(b *testing.B) {
	m := embedded(b)
	rng := rand.New(rand.NewPCG(5, 6))
	lines := testLines(b, m, true)
	ss := make([]sentence, len(lines))
	size := 0
	for k, line := range lines {
		text := []rune(line)
		m.prepare(&ss[k], text, randomLex(rng, len(text)))
		size += len(line)
	}
	scores := make([]int64, 4*8192)
	pairRow := make([]int32, 8192)
	var scratch scoreScratch
	ix := m.index()
	b.Run("ref", func(b *testing.B) {
		b.SetBytes(int64(size))
		for b.Loop() {
			for k := range ss {
				n := len(ss[k].ids) - 4
				m.scoreRef(&ss[k], n, scores, pairRow, ix)
			}
		}
	})
	b.Run("fast", func(b *testing.B) {
		b.SetBytes(int64(size))
		for b.Loop() {
			for k := range ss {
				n := len(ss[k].ids) - 4
				m.score(&ss[k], n, scores, &scratch)
			}
		}
	})
}

// TestTablesFindEveryKey checks the pair and skip tables against their
// rows read one by one: every key stored is found at its row, by the
// probe alone and by the batched probes; a neighbour of each key and
// random keys are found exactly when stored (mostly absent); and the
// lines are filled as placeKeys fills them (a line marked as overflowed
// is full).
func TestTablesFindEveryKey(t *testing.T) {
	m := embedded(t)
	ix := m.index()
	rng := rand.New(rand.NewPCG(13, 1))
	for _, tb := range []struct {
		name  string
		table []byte
		n     uint32
		rows  map[uint32]int32
		find  func([]byte, uint32, uint32) int32
		all   func([]byte, uint32, []uint32, []uint32, []int32)
		key   func() uint32
	}{
		{"pair", m.pairs, m.nPairs, ix.pairs, findPair, findPairs, func() uint32 { return rng.Uint32N(1 << 28) }},
		{"skip", m.skips, m.nSkips, ix.skips, findSkip, findSkips, func() uint32 { return hashPrefix(tSkip) | rng.Uint32N(1<<28) }},
	} {
		var keys []uint32
		for key := range tb.rows {
			keys = append(keys, key)
			// A neighbour key, present or not, with the same first
			// character.
			keys = append(keys, key^uint32(1+rng.IntN(1<<14-1)))
		}
		for range 200000 {
			keys = append(keys, tb.key())
		}
		// Keys of characters the model knows, mostly absent.
		for range 200000 {
			a, b := rng.Uint32N(uint32(m.nChars)), rng.Uint32N(uint32(m.nChars))
			k := pairKey(a, b)
			if tb.name == "skip" {
				k |= hashPrefix(tSkip)
			}
			keys = append(keys, k)
		}
		slices.Sort(keys)
		rng.Shuffle(len(keys), func(i, j int) { keys[i], keys[j] = keys[j], keys[i] })
		home, out := make([]uint32, 300), make([]int32, 300)
		found, far := 0, 0
		for len(keys) > 0 {
			b := keys[:min(len(keys), 1+rng.IntN(300))]
			keys = keys[len(b):]
			tb.all(tb.table, tb.n, b, home, out)
			for k, key := range b {
				want, ok := tb.rows[key]
				if !ok {
					want = -1
				}
				if got := tb.find(tb.table, tb.n, key); got != want || out[k] != want {
					t.Fatalf("%s key %#x: find %d, batched %d; its row is at %d", tb.name, key, got, out[k], want)
				}
				if ok {
					found++
					if uint32(want)/bucketSize != hashSlot(key, tb.n) {
						far++
					}
				}
			}
		}
		if found < len(tb.rows) {
			t.Fatalf("%s: %d keys found of %d", tb.name, found, len(tb.rows))
		}
		t.Logf("%s: %d keys found, %d away from their home line", tb.name, found, far)
	}
	// Filter bits only on full buckets, and each key's bit on every bucket
	// between its home and its own.
	for j := 0; j < len(m.pairs); j += bucketSize {
		if tag := pairTag(m.pairs, j); tag&tagFilter != 0 && tag&tagOccupied == 0 {
			t.Fatalf("pair bucket %d marked but empty", j/bucketSize)
		}
	}
	for j := 0; j < len(m.skips); j += bucketSize {
		if binary.LittleEndian.Uint32(m.skips[j:]) != 0 && binary.LittleEndian.Uint32(m.skips[j+4+4*(skipPerLine-1):]) == 0 {
			t.Fatalf("skip bucket %d marked but not full", j/bucketSize)
		}
	}
	for key, off := range ix.pairs {
		for j := hashSlot(key, m.nPairs); j != uint32(off)/bucketSize; j = (j + 1) % m.nPairs {
			if pairTag(m.pairs, int(j)*bucketSize)&pairPassBit(key) == 0 {
				t.Fatalf("pair key %#x: bucket %d passed without its bit", key, j)
			}
		}
	}
	for key, off := range ix.skips {
		for j := hashSlot(key, m.nSkips); j != uint32(off)/bucketSize; j = (j + 1) % m.nSkips {
			if binary.LittleEndian.Uint32(m.skips[int(j)*bucketSize:])&skipPassBit(key) == 0 {
				t.Fatalf("skip key %#x: bucket %d passed without its bit", key, j)
			}
		}
	}
}

// TestGatherSpread checks that gather8 reads what spread8 writes, and
// only that, and that spread8 puts each pair of bits of t where its lane
// keeps it; and that filterBits are where tagFilter is spread, each
// pairPassBit one of them.
func TestGatherSpread(t *testing.T) {
	for tag := range uint32(256) {
		v := spread8(tag)
		var want uint64
		for l := range 4 {
			want |= uint64(tag>>(2*l)&3) << (16*l + 14)
		}
		if v != want || v&pairLaneMask != 0 || gather8(v) != tag || gather8(v|pairLaneMask) != tag {
			t.Fatalf("tag %#x: spread %#x (want %#x) gathers to %#x", tag, v, want, gather8(v))
		}
	}
	if spread8(tagFilter>>24) != filterBits {
		t.Fatalf("filterBits %#x, tagFilter spreads to %#x", uint64(filterBits), spread8(tagFilter>>24))
	}
	seen := map[uint32]bool{}
	for key := range uint32(1000) {
		b := pairPassBit(key)
		if b&tagFilter != b || b == 0 || b&(b-1) != 0 {
			t.Fatalf("pairPassBit(%d) = %#x", key, b)
		}
		seen[b] = true
	}
	if len(seen) != 3 {
		t.Fatalf("pairPassBit takes %d values", len(seen))
	}
}
