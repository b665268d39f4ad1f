package timex

import (
	"math/rand"
	"strings"
	"testing"
	"time"

	"github.com/zhpipe/zhpipe/pipeline/numeral"
)

// TestDeadStartsFail checks deadStart: wherever canStart accepts a rune
// and deadStart rejects it, a reading fails and leaves vagueAmount false,
// whatever precedes and follows it (random runs of the rules' words,
// numerals and punctuation), with and without a reference.
func TestDeadStartsFail(t *testing.T) {
	var vocab []string
	vocab = append(vocab, strings.Fields(startPairs)...)
	for _, r := range startSingles + "零〇一二两三四五六七八九十百千万亿廿" + startOther {
		vocab = append(vocab, string(r))
	}
	for _, ws := range startFirstWords {
		vocab = append(vocab, ws.words...)
	}
	vocab = append(vocab, "2024", "3", "12", "年", "月", "日", "号", "第一个星期一", "(", "（", ")", "）", "，", " ", "\n", ":", "-", "~", "至今", "世纪", "以来", "时间")
	vocab = append(vocab, startWords()...)
	// The runes canStart accepts that may be dead, alone or before some
	// runes.
	var dead []rune
	for r := range startMay.members() {
		if !startOne.has(r) && !numeral.Starts(r) {
			dead = append(dead, r)
		}
	}
	if len(dead) < 20 {
		t.Fatalf("only %d dead start runes: %q", len(dead), string(dead))
	}
	tried := 0
	rng := rand.New(rand.NewSource(7))
	refs := []Reference{{}, {Date: time.Date(2025, 3, 5, 0, 0, 0, 0, time.UTC), Region: Taiwan}}
	for _, r := range dead {
		for n := 0; n < 300; n++ {
			var pre, post strings.Builder
			for k := rng.Intn(3); k > 0; k-- {
				pre.WriteString(vocab[rng.Intn(len(vocab))])
			}
			for k := rng.Intn(6); k > 0; k-- {
				post.WriteString(vocab[rng.Intn(len(vocab))])
			}
			s := pre.String() + string(r) + post.String()
			i := len([]rune(pre.String()))
			for _, ref := range refs {
				p := newParser(s, ref)
				if !p.canStart(i) || !p.deadStart(i) {
					continue
				}
				tried++
				p.vagueAmount = true
				p.cur = i
				_, _, j, ok := p.at(i)
				if ok && j > i || p.vagueAmount {
					t.Errorf("%q: reading at %q (rune %d) gives end %d, ok %v, vagueAmount %v; want a failure and false", s, r, i, j, ok, p.vagueAmount)
				}
			}
		}
	}
	if tried < 50*len(dead) {
		t.Errorf("%d dead readings tried for %d runes; want more", tried, len(dead))
	}
	t.Logf("%d runes that may be dead, %d dead readings: %s", len(dead), tried, string(dead))
}
