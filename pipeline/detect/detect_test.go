package detect

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/zhpipe/zhpipe/internal/benchcpu"
	"github.com/zhpipe/zhpipe/pipeline"
	"github.com/zhpipe/zhpipe/pipeline/convert"
)

func converters(t *testing.T) (Converter, Converter) {
	t.Helper()
	l := convert.NewLoader()
	t2s, err := l.Converter("t2s")
	if err != nil {
		t.Fatal(err)
	}
	s2t, err := l.Converter("s2t")
	if err != nil {
		t.Fatal(err)
	}
	return t2s, s2t
}

func TestDetect(t *testing.T) {
	t2s, s2t := converters(t)
	tests := []struct {
		text   string
		script pipeline.Script
		region pipeline.Region
		config string
	}{
		{"美國總統川普表示，晶片與軟體產業的資料中心將擴建。", pipeline.Traditional, pipeline.Taiwan, "tw2sp"},
		{"特區政府表示，的士司機的軟件系統和數碼服務需要更新。", pipeline.Traditional, pipeline.HongKong, "hk2s"},
		{"美国总统特朗普表示，芯片与软件产业的数据中心将扩建。", pipeline.Simplified, pipeline.Mainland, "none"},
		{"这是一个简单的句子，没有地区词。", pipeline.Simplified, pipeline.Mainland, "none"},
		{"這個國家的經濟發展很快。", pipeline.Traditional, pipeline.RegionUnknown, "t2s"},
		{"Only Latin letters and 123.", pipeline.ScriptUnknown, pipeline.RegionUnknown, "none"},
		{"", pipeline.ScriptUnknown, pipeline.RegionUnknown, "none"},
		{"这是简体。這是繁體。这是简体。這是繁體。", pipeline.Mixed, pipeline.RegionUnknown, "t2s"},
	}
	for _, tc := range tests {
		r := Detect(tc.text, t2s, s2t)
		if r.Script != tc.script || r.Region != tc.region || r.Config() != tc.config {
			t.Errorf("Detect(%q) = %v/%v/%s; want %v/%v/%s (evidence %+v)", tc.text, r.Script, r.Region, r.Config(), tc.script, tc.region, tc.config, r)
		}
	}
}

func TestDetectSamplesLargeText(t *testing.T) {
	t2s, s2t := converters(t)
	// A cut in the middle of a character must not break the sample.
	text := strings.Repeat("資料", sample/6+1) + "软件"
	r := Detect(text, t2s, s2t)
	if r.Script != pipeline.Traditional {
		t.Errorf("script = %v; want traditional", r.Script)
	}
}

// TestDetectCounts checks the one-pass counts against their definitions:
// the characters that t2s (s2t) changes when converted alone, and for each
// region the sum over its words of strings.Count (occurrences that do not
// overlap), on texts made of regional words, their parts and other text.
func TestDetectCounts(t *testing.T) {
	t2s, s2t := converters(t)
	var parts []string
	for _, list := range [][]string{twWords, hkWords, cnWords} {
		for _, w := range list {
			rs := []rune(w)
			parts = append(parts, w, string(rs[:len(rs)-1]), string(rs[1:]))
		}
	}
	parts = append(parts, "，", "的", "這是", "这是", "a", "\xff", "𠮷", "咗咗", "网路网路网")
	rng := rand.New(rand.NewPCG(5, 6))
	for trial := range 2000 {
		var b strings.Builder
		for range rng.IntN(30) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		text := b.String()
		got := Detect(text, t2s, s2t)
		trad, simp := 0, 0
		for _, r := range text {
			if s := string(r); t2s.(*convert.Converter).Convert(s) != s {
				trad++
			}
			if s := string(r); s2t.(*convert.Converter).Convert(s) != s {
				simp++
			}
		}
		count := func(words []string) int {
			n := 0
			for _, w := range words {
				n += strings.Count(text, w)
			}
			return n
		}
		want := [5]int{trad, simp, count(twWords), count(hkWords), count(cnWords)}
		if have := [5]int{got.TraditionalChars, got.SimplifiedChars, got.TW, got.HK, got.CN}; have != want {
			t.Fatalf("trial %d: Detect(%q) counts %v; want %v", trial, text, have, want)
		}
	}
}

func BenchmarkDetect(b *testing.B) {
	l := convert.NewLoader()
	t2s, _ := l.Converter("t2s")
	s2t, _ := l.Converter("s2t")
	text := strings.Repeat("美國總統川普表示，晶片與軟體產業的資料中心將擴建。", 200)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	defer benchcpu.Start(b, int64(len(text)))()
	for b.Loop() {
		Detect(text, t2s, s2t)
	}
}

// valueConverter wraps a converter in a non-pointer type, so that Detect
// takes its plain path (asking the converters character by character).
type valueConverter struct{ c Converter }

func (v valueConverter) Changes(r rune) bool { return v.c.Changes(r) }

// TestFlagTable checks the cached per-character table against the plain
// computation for every code point of the Basic Multilingual Plane, and
// Detect with the table against Detect without it on random text (CJK,
// regional words, astral characters, invalid bytes, ASCII).
func TestFlagTable(t *testing.T) {
	t2s, s2t := converters(t)
	table := flagsFor(t2s, s2t)
	if table == nil {
		t.Fatal("no flag table for pointer converters")
	}
	if again := flagsFor(t2s, s2t); again != table {
		t.Error("flag table built twice for one pair")
	}
	vocab := regionalVocabulary()
	nTrad, nSimp, nWord := 0, 0, 0
	for r := range rune(0x10000) {
		want := uint8(0)
		if t2s.Changes(r) {
			want |= flagTrad
			nTrad++
		}
		if s2t.Changes(r) {
			want |= flagSimp
			nSimp++
		}
		if vocab.starting(r) != nil {
			want |= flagWord
			nWord++
		}
		if table[r] != want {
			t.Fatalf("flags[%U] = %b; want %b", r, table[r], want)
		}
	}
	if nTrad == 0 || nSimp == 0 || nWord == 0 {
		t.Fatalf("degenerate table: %d trad, %d simp, %d word starts", nTrad, nSimp, nWord)
	}
	vt, vs := valueConverter{t2s}, valueConverter{s2t}
	if flagsFor(vt, vs) != nil {
		t.Fatal("flag table for non-pointer converters")
	}
	var parts []string
	for _, list := range [][]string{twWords, hkWords, cnWords} {
		parts = append(parts, list...)
	}
	rng := rand.New(rand.NewPCG(7, 8))
	for trial := range 3000 {
		var b strings.Builder
		for range rng.IntN(40) {
			switch rng.IntN(4) {
			case 0:
				b.WriteString(parts[rng.IntN(len(parts))])
			case 1:
				b.WriteRune(rune(0x4e00 + rng.IntN(0x9fff-0x4e00)))
			case 2:
				b.WriteRune(rune(rng.IntN(0x30000)))
			default:
				b.WriteByte(byte(rng.IntN(256)))
			}
		}
		text := b.String()
		if got, want := Detect(text, t2s, s2t), Detect(text, vt, vs); got != want {
			t.Fatalf("trial %d: Detect(%q) with table %+v; without %+v", trial, text, got, want)
		}
	}
}

// TestVocabularyStarting checks the dense first-character index against
// the map of word lists for every code point of the Basic Multilingual
// Plane and a few beyond it.
func TestVocabularyStarting(t *testing.T) {
	v := regionalVocabulary()
	n := 0
	for r := range rune(0x10000 + 0x100) {
		got, want := v.starting(r), v.by[r]
		if len(got) != len(want) {
			t.Fatalf("starting(%U) = %v; want %v", r, got, want)
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("starting(%U) = %v; want %v", r, got, want)
			}
		}
		n += len(got)
	}
	if n != len(v.words) {
		t.Errorf("%d words reachable by first character; want %d", n, len(v.words))
	}
}
