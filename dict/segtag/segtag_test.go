package segtag

import (
	"bytes"
	"slices"
	"strings"
	"testing"
)

// corpus is a small training set written for these tests: WORD/TAG tokens.
var corpus = []string{
	"我们/r 今天/t 在/p 北京/ns 开会/v 。/w",
	"他们/r 明天/t 在/p 上海/ns 开会/v 。/w",
	"代表团/n 昨天/t 抵达/v 北京/ns 。/w",
	"会议/n 讨论/v 了/u 经济/n 问题/n 。/w",
	"经济/n 增长/v 了/u 5%/m 。/w",
	"2024年/t 3月/t 1日/t ，/w 代表团/n 抵达/v 上海/ns 。/w",
	"公司/n 发布/v 了/u iPhone/nx 新/a 产品/n 。/w",
	"我们/r 讨论/v 经济/n 增长/v 问题/n 。/w",
	"他们/r 发布/v 了/u 新/a 的/u 报告/n 。/w",
	"报告/n 说/v ，/w 经济/n 增长/v 很/d 快/a 。/w",
	"北京/ns 和/c 上海/ns 的/u 代表团/n 开会/v 。/w",
	"今天/t 的/u 会议/n 讨论/v 了/u 12/m 个/q 问题/n 。/w",
}

// examples parses corpus, with no dictionary information.
func examples(t testing.TB, lines []string) []Example {
	t.Helper()
	var out []Example
	for _, line := range lines {
		var e Example
		for _, tok := range strings.Fields(line) {
			k := strings.LastIndexByte(tok, '/')
			w := []rune(tok[:k])
			e.Text = append(e.Text, w...)
			e.Words = append(e.Words, len(w))
			e.Tags = append(e.Tags, tok[k+1:])
			e.DictTags = append(e.DictTags, "")
		}
		e.Lex = make([]Lex, len(e.Text))
		// A toy dictionary: every two-character word of the line is known.
		pos := 0
		for _, n := range e.Words {
			if n == 2 {
				e.Lex[pos].Start, e.Lex[pos+1].End = 2, 2
			}
			pos += n
		}
		out = append(out, e)
	}
	return out
}

func trainTest(t testing.TB) (*Model, []byte, []Example) {
	t.Helper()
	data := examples(t, corpus)
	b, err := Train(data, TrainOptions{Epochs: 8, POSEpochs: 8, TagDictMin: 3})
	if err != nil {
		t.Fatal(err)
	}
	m, err := Open(b)
	if err != nil {
		t.Fatal(err)
	}
	return m, b, data
}

func wordsOf(text []rune, lens []int) []string {
	var out []string
	pos := 0
	for _, n := range lens {
		out = append(out, string(text[pos:pos+n]))
		pos += n
	}
	return out
}

// TestTrainDeterministic checks that training twice gives the same bytes.
func TestTrainDeterministic(t *testing.T) {
	_, a, _ := trainTest(t)
	_, b, _ := trainTest(t)
	if !bytes.Equal(a, b) {
		t.Fatal("two trainings on the same data differ")
	}
}

// TestScoresMatchTraining checks the model file against the trainer: the
// score the opened model gives each label of each character is the sum of
// the trained weights of its features, quantized as written.
func TestScoresMatchTraining(t *testing.T) {
	for _, perceptron := range []bool{false, true} {
		scoresMatchTraining(t, TrainOptions{Epochs: 5, Perceptron: perceptron})
	}
}

func scoresMatchTraining(t *testing.T, opt TrainOptions) {
	data := examples(t, corpus)
	opt.defaults()
	seg, err := trainSeg(data, opt)
	if err != nil {
		t.Fatal(err)
	}
	m, err := Open(writeModel(seg, mustPOS(t, data, seg)))
	if err != nil {
		t.Fatal(err)
	}
	scale := modelScale(seg)
	tg := m.NewTagger()
	for _, e := range data {
		n := len(e.Text)
		var s sentence
		s.reset(n)
		for i, r := range e.Text {
			s.ids[i+2] = seg.ids[normChar(r)]
			s.class[i+2] = Class(r)
			s.lex[i+2] = e.Lex[i]
			s.name[i+2] = seg.names[s.ids[i+2]]
		}
		got := make([]int64, 4*n)
		m.score(&s, n, got, new(scoreScratch))
		for i := range n {
			var k [numTemplates]uint32
			s.keys(i, &k)
			var want [numLabels]int64
			for tp := range numTemplates {
				var ws []float64
				if isHashed(tp) {
					if h, ok := seg.hashed[k[tp]]; ok {
						ws = h[:]
					}
				} else {
					ws = seg.dense[tp][int(k[tp])*numLabels : int(k[tp]+1)*numLabels]
				}
				for l, w := range ws {
					want[l] += int64(quantize(w, scale))
				}
			}
			if !slices.Equal(got[4*i:4*i+4], want[:]) {
				t.Fatalf("%q character %d: scores %v; the trainer's weights give %v", string(e.Text), i, got[4*i:4*i+4], want)
			}
		}
		// And the model cuts its own training sentences as they were cut.
		if w := tg.Segment(e.Text, e.Lex, nil, nil, nil); !slices.Equal(w, e.Words) {
			t.Errorf("Segment(%q) = %q; want %q", string(e.Text), wordsOf(e.Text, w), wordsOf(e.Text, e.Words))
		}
	}
}

func mustPOS(t testing.TB, data []Example, seg *segResult) []byte {
	opt := TrainOptions{POSEpochs: 5, TagDictMin: 3}
	opt.defaults()
	pos, err := trainPOS(data, seg.ids, opt)
	if err != nil {
		t.Fatal(err)
	}
	return pos.bytes()
}

func TestSegmentConstraints(t *testing.T) {
	m, _, _ := trainTest(t)
	tg := m.NewTagger()
	seg := func(s string, cut, join []bool) string {
		rs := []rune(s)
		return strings.Join(wordsOf(rs, tg.Segment(rs, make([]Lex, len(rs)), cut, join, nil)), "|")
	}
	// Digits and letters are never cut apart, whatever the weights say.
	for _, s := range []string{"他们发布了Windows新产品", "增长了20240301个"} {
		got := seg(s, nil, nil)
		for _, w := range []string{"Windows", "20240301"} {
			if strings.Contains(s, w) && !strings.Contains(got, w) {
				t.Errorf("Segment(%q) = %q: %q cut apart", s, got, w)
			}
		}
	}
	// A forced word stays whole and is cut from its neighbours.
	s := "代表团抵达北京开会"
	rs := []rune(s)
	cut, join := make([]bool, len(rs)+1), make([]bool, len(rs)+1)
	cut[3], cut[7] = true, true // 抵达北京 as one word
	join[4], join[5], join[6] = true, true, true
	got := seg(s, cut, join)
	if !slices.Contains(strings.Split(got, "|"), "抵达北京") {
		t.Errorf("Segment(%q) with 抵达北京 forced = %q", s, got)
	}
	// Contradictory constraints do not panic and still cover the text.
	join[3] = true
	if got := seg(s, cut, join); strings.ReplaceAll(got, "|", "") != s {
		t.Errorf("Segment(%q) with contradictory constraints = %q", s, got)
	}
}

func TestTag(t *testing.T) {
	m, _, data := trainTest(t)
	tg := m.NewTagger()
	right, total := 0, 0
	for _, e := range data {
		tags := tg.Tag(e.Text, e.Words, e.DictTags, nil)
		if len(tags) != len(e.Words) {
			t.Fatalf("Tag gave %d tags for %d words", len(tags), len(e.Words))
		}
		for i, tag := range tags {
			total++
			if tag == e.Tags[i] {
				right++
			}
		}
	}
	// The training sentences themselves: the tagger must have learnt them.
	if right*10 < total*9 {
		t.Errorf("Tag: %d of %d training words right", right, total)
	}
	// Words it never saw get some tag of the tag set.
	rs := []rune("海南发射卫星")
	tags := tg.Tag(rs, []int{2, 2, 2}, []string{"ns", "", "n"}, nil)
	for _, tag := range tags {
		if !slices.Contains(m.pos.tags, tag) {
			t.Errorf("Tag gave %q, not in the tag set", tag)
		}
	}
}

// TestOpenRejectsDamage checks that a damaged model file is an error.
func TestOpenRejectsDamage(t *testing.T) {
	_, b, _ := trainTest(t)
	for _, n := range []int{0, 7, headerSize, len(b) / 2, len(b) - 1} {
		if _, err := Open(b[:n]); err == nil {
			t.Errorf("Open(first %d of %d bytes) succeeded", n, len(b))
		}
	}
	bad := slices.Clone(b)
	bad[40] = 99 // feature version
	if _, err := Open(bad); err == nil || !strings.Contains(err.Error(), "retrain") {
		t.Errorf("Open(other version) error = %v", err)
	}
}

func FuzzOpen(f *testing.F) {
	_, b, _ := trainTest(f)
	f.Add(b)
	f.Add([]byte(modelMagic))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := Open(data)
		if err != nil {
			return
		}
		tg := m.NewTagger()
		rs := []rune("经济增长了5%")
		lens := tg.Segment(rs, make([]Lex, len(rs)), nil, nil, nil)
		tg.Tag(rs, lens, make([]string, len(lens)), nil)
	})
}
