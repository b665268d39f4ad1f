package ner

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"
)

// synthetic builds a small training set from templates, so that the tagger
// must learn both the names and their contexts.
func synthetic() []Sentence {
	pers := []string{"张伟", "李娜", "王建国", "刘洋", "陈静", "马克·吐温", "赵丽"}
	locs := []string{"北京", "上海", "广州", "天津", "南京", "巴黎"}
	orgs := []string{"北京大学", "新华社", "联合国", "外交部", "人民银行"}
	type part struct {
		s string
		l Label
	}
	templates := [][]part{
		{{"", PER}, {"昨天在", None}, {"", LOC}, {"会见了", None}, {"", ORG}, {"的代表。", None}},
		{{"", ORG}, {"宣布，", None}, {"", PER}, {"将前往", None}, {"", LOC}, {"。", None}},
		{{"据", None}, {"", ORG}, {"报道，", None}, {"", LOC}, {"市民", None}, {"", PER}, {"获奖。", None}},
	}
	var out []Sentence
	for i := range 300 {
		tpl := templates[i%len(templates)]
		var b strings.Builder
		var spans []Span
		for j, p := range tpl {
			s := p.s
			switch p.l {
			case PER:
				s = pers[(i+j)%len(pers)]
			case LOC:
				s = locs[(i*3+j)%len(locs)]
			case ORG:
				s = orgs[(i*7+j)%len(orgs)]
			}
			start := b.Len()
			b.WriteString(s)
			if p.l != None {
				spans = append(spans, Span{Start: start, End: b.Len(), Label: p.l})
			}
		}
		out = append(out, Sentence{Text: b.String(), Spans: spans})
	}
	return out
}

func trainSynthetic(t testing.TB) *Model {
	t.Helper()
	m, err := Train(synthetic(), TrainOptions{Epochs: 4, Seed: 7, LexiconFolds: 3, Lexicon: []Entry{
		{"北京", LOC}, {"北京大学", ORG}, {"欧阳修", PER}, {"东京", LOC},
	}})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestLexFlags(t *testing.T) {
	lex, lexMax, err := lexiconTable(normRune, []Entry{{"北京", LOC}, {"北京大学", ORG}, {"京", LOC}, {"ＡＢ", PER}})
	if err != nil {
		t.Fatal(err)
	}
	if lexMax != 4 {
		t.Errorf("longest lexicon word = %d; want 4", lexMax)
	}
	tests := []struct {
		text string
		want []uint16
	}{
		{"北京大学", []uint16{
			lexB<<4 | lexB<<8, lexE<<4 | lexS<<4 | lexM<<8, lexM << 8, lexE << 8}},
		{"在北", []uint16{0, 0}},
		{"ab", []uint16{lexB, lexE}},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			var rs []rune
			for _, r := range tc.text {
				rs = append(rs, normRune(r))
			}
			got := make([]uint16, len(rs))
			lexFlags(lex, maxLexLen, rs, got)
			if fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("lexFlags(%q) = %v; want %v", tc.text, got, tc.want)
			}
		})
	}
}

func spanStrings(text string, spans []Span) []string {
	var out []string
	for _, s := range spans {
		out = append(out, s.Label.String()+":"+text[s.Start:s.End])
	}
	return out
}

// checkSpans verifies the offset contract of Tag's output.
func checkTagged(t testing.TB, text string, spans []Span) {
	t.Helper()
	// Boundaries are where a range loop starts a rune (an invalid byte is a
	// rune of its own), plus the end.
	bound := map[int]bool{len(text): true}
	for i := range text {
		bound[i] = true
	}
	prev := 0
	for _, s := range spans {
		if s.Start < prev || s.End <= s.Start || s.End > len(text) {
			t.Fatalf("Tag(%q): bad span %+v after %d", text, s, prev)
		}
		if !bound[s.Start] || !bound[s.End] {
			t.Fatalf("Tag(%q): span %+v not on a rune boundary", text, s)
		}
		if s.Label < PER || s.Label > ORG {
			t.Fatalf("Tag(%q): bad label in %+v", text, s)
		}
		if !(s.Score >= 0 && s.Score <= 1) {
			t.Fatalf("Tag(%q): score %v out of [0,1]", text, s.Score)
		}
		prev = s.End
	}
}

func TestTrainTagsSynthetic(t *testing.T) {
	m := trainSynthetic(t)
	tests := []struct {
		text string
		want string
	}{
		{"李娜昨天在上海会见了新华社的代表。", "PER:李娜 LOC:上海 ORG:新华社"},
		{"联合国宣布，王建国将前往巴黎。", "ORG:联合国 PER:王建国 LOC:巴黎"},
		{"据外交部报道，南京市民陈静获奖。", "ORG:外交部 LOC:南京 PER:陈静"},
		{"", ""},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			spans := m.Tag(tc.text)
			checkTagged(t, tc.text, spans)
			if got := strings.Join(spanStrings(tc.text, spans), " "); got != tc.want {
				t.Errorf("Tag(%q) = %q; want %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestTrainDeterministic(t *testing.T) {
	var a, b bytes.Buffer
	if _, err := trainSynthetic(t).WriteTo(&a); err != nil {
		t.Fatal(err)
	}
	if _, err := trainSynthetic(t).WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Errorf("two trainings on the same data gave different models (%d vs %d bytes)", a.Len(), b.Len())
	}
}

func TestSaveLoadRoundTrip(t *testing.T) {
	m, err := Train(synthetic(), TrainOptions{Epochs: 4, Seed: 7, LexiconFolds: 3, Lexicon: []Entry{{"北京", LOC}, {"東京", LOC}},
		Fold: map[rune]rune{'會': '会', '見': '见', '東': '东'}})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	m2, err := Load(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if m2.lex.len() != m.lex.len() || m2.lexMax != m.lexMax || m.lex.len() == 0 {
		t.Errorf("loaded lexicon has %d keys (longest %d); want %d (%d)", m2.lex.len(), m2.lexMax, m.lex.len(), m.lexMax)
	}
	if m2.NumFeatures() != m.NumFeatures() {
		t.Errorf("NumFeatures = %d; want %d", m2.NumFeatures(), m.NumFeatures())
	}
	for _, d := range append(synthetic()[:20], Sentence{Text: "李娜昨天在上海會見了新华社的代表。"}) {
		got, want := fmt.Sprint(m2.Tag(d.Text)), fmt.Sprint(m.Tag(d.Text))
		if got != want {
			t.Errorf("loaded Tag(%q) = %s; want %s", d.Text, got, want)
		}
	}
	var again bytes.Buffer
	if _, err := m2.WriteTo(&again); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(again.Bytes(), buf.Bytes()) {
		t.Errorf("re-serialized model differs from the original")
	}
}

func TestLoadRejectsCorrupt(t *testing.T) {
	var buf bytes.Buffer
	if _, err := trainSynthetic(t).WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	good := buf.Bytes()
	flipped := bytes.Clone(good)
	flipped[len(flipped)/2] ^= 0x40
	tests := []struct {
		desc string
		data []byte
	}{
		{"empty", nil},
		{"bad magic", append([]byte("NOTAMODEL"), good[9:]...)},
		{"truncated", good[:len(good)-7]},
		{"bit flip", flipped},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			if m, err := Decode(tc.data); err == nil {
				t.Errorf("Decode(%s) = %v, nil; want an error", tc.desc, m)
			}
		})
	}
}

func TestTagRace(t *testing.T) {
	m := trainSynthetic(t)
	text := "李娜昨天在上海会见了新华社的代表。联合国宣布，王建国将前往巴黎。"
	want := fmt.Sprint(m.Tag(text))
	var wg sync.WaitGroup
	errs := make(chan string, 8)
	for range 8 {
		wg.Go(func() {
			for range 50 {
				if got := fmt.Sprint(m.Tag(text)); got != want {
					errs <- got
					return
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for got := range errs {
		t.Errorf("concurrent Tag = %s; want %s", got, want)
	}
}

func TestTagLongText(t *testing.T) {
	m := trainSynthetic(t)
	// One very long sentence without stops must still be tagged in pieces.
	text := strings.Repeat("李娜昨天在上海会见了新华社的代表，", 200)
	spans := m.Tag(text)
	checkTagged(t, text, spans)
	if len(spans) < 500 {
		t.Errorf("Tag(long text) found %d spans; want about 600", len(spans))
	}
}

func TestSentenceBounds(t *testing.T) {
	long := strings.Repeat("中", 300)
	tests := []struct {
		text string
		want []int
	}{
		{"", []int{0}},
		{"你好。", []int{9}},
		{"你好。再见！", []int{9, 18}},
		{"a\nb", []int{2, 3}},
		{"马尔科．卢比欧说。", []int{27}},
		{long, []int{3 * hardLimit, 900}},
	}
	for _, tc := range tests {
		t.Run(fmt.Sprintf("%.12s", tc.text), func(t *testing.T) {
			if got := sentenceBounds(tc.text, nil); fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("sentenceBounds(%q) = %v; want %v", tc.text, got, tc.want)
			}
		})
	}
	// keep forbids a cut inside "北京。大学" at the stop.
	text := "北京。大学。"
	got := sentenceBounds(text, func(off int) bool { return off != 9 })
	if fmt.Sprint(got) != "[18]" {
		t.Errorf("sentenceBounds with keep = %v; want [18]", got)
	}
}

func TestReadBIO(t *testing.T) {
	in := "张\tB-PER\n三\tI-PER\n在\tO\n北\tB-LOC\n京\tI-LOC\n\n新 B-ORG\n华 I-ORG\n社 I-ORG\n说 O\n美 I-LOC\n"
	got, err := ReadBIO(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := [][]string{{"PER:张三", "LOC:北京"}, {"ORG:新华社", "LOC:美"}}
	if len(got) != len(want) {
		t.Fatalf("ReadBIO: %d sentences; want %d", len(got), len(want))
	}
	for i, s := range got {
		if g := fmt.Sprint(spanStrings(s.Text, s.Spans)); g != fmt.Sprint(want[i]) {
			t.Errorf("ReadBIO sentence %d = %s; want %s", i, g, fmt.Sprint(want[i]))
		}
	}
	if _, err := ReadBIO(strings.NewReader("张三\n")); err == nil {
		t.Errorf("ReadBIO(no tag) = nil error; want an error")
	}
}

func TestReadPD1998(t *testing.T) {
	in := "19980101-01-001-004/m  １２月/t  ，/w  中共中央/nt  总书记/n  江/nr  泽民/nr  会见/v  [中央/n  人民/n  广播/vn  电台/n]nt  和/c  [北京/ns  大学/n]nz  的/u  克林顿/nr  。/w  \n\n"
	got, err := ReadPD1998(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 {
		t.Fatalf("ReadPD1998: %d sentences; want 1", len(got))
	}
	want := "[ORG:中共中央 PER:江泽民 ORG:中央人民广播电台 LOC:北京 PER:克林顿]"
	if g := fmt.Sprint(spanStrings(got[0].Text, got[0].Spans)); g != want {
		t.Errorf("ReadPD1998 spans = %s; want %s", g, want)
	}
	if wantText := "１２月，中共中央总书记江泽民会见中央人民广播电台和北京大学的克林顿。"; got[0].Text != wantText {
		t.Errorf("ReadPD1998 text = %q; want %q", got[0].Text, wantText)
	}
}

func TestLabelText(t *testing.T) {
	for _, l := range []Label{PER, LOC, ORG} {
		b, err := l.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back Label
		if err := back.UnmarshalText(b); err != nil || back != l {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", b, back, err, l)
		}
	}
	if _, err := None.MarshalText(); err == nil {
		t.Errorf("None.MarshalText() = nil error; want an error")
	}
	var l Label
	if err := l.UnmarshalText([]byte("MISC")); err == nil {
		t.Errorf("UnmarshalText(MISC) = nil error; want an error")
	}
}

func TestTrainRejectsBadSpans(t *testing.T) {
	tests := []Sentence{
		{Text: "张三", Spans: []Span{{Start: 0, End: 9, Label: PER}}},
		{Text: "张三", Spans: []Span{{Start: 1, End: 3, Label: PER}}},
		{Text: "张三李四", Spans: []Span{{Start: 3, End: 12, Label: PER}, {Start: 0, End: 6, Label: PER}}},
		{Text: "张三", Spans: []Span{{Start: 0, End: 6, Label: None}}},
	}
	for i, d := range tests {
		if _, err := Train([]Sentence{d}, TrainOptions{}); err == nil {
			t.Errorf("Train(case %d %+v) = nil error; want an error", i, d.Spans)
		}
	}
}

func TestTransitions(t *testing.T) {
	ok := allowedTransitions()
	tests := []struct {
		prev, cur int
		want      bool
	}{
		{tagO, tagOf(PER, offB), true},
		{tagO, tagOf(PER, offI), false},
		{tagOf(PER, offB), tagOf(PER, offE), true},
		{tagOf(PER, offB), tagOf(LOC, offE), false},
		{tagOf(LOC, offE), tagOf(ORG, offS), true},
		{tagOf(ORG, offI), tagO, false},
	}
	for _, tc := range tests {
		if got := ok.ok[tc.prev*numTags+tc.cur]; got != tc.want {
			t.Errorf("allowed(%d→%d) = %v; want %v", tc.prev, tc.cur, got, tc.want)
		}
	}
}

func FuzzTag(f *testing.F) {
	m, err := Train(synthetic(), TrainOptions{Epochs: 2, Seed: 3})
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"", "李娜在上海。", "\xff\xfe张", "ＡＢＣ１２３北京大学", strings.Repeat("王", 600)} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		spans := m.Tag(text)
		checkTagged(t, text, spans)
		if again := m.Tag(text); fmt.Sprint(again) != fmt.Sprint(spans) {
			t.Errorf("Tag(%q) not deterministic: %v then %v", text, spans, again)
		}
	})
}

func FuzzDecode(f *testing.F) {
	var buf bytes.Buffer
	m, err := Train(synthetic()[:30], TrainOptions{Epochs: 1})
	if err != nil {
		f.Fatal(err)
	}
	if _, err := m.WriteTo(&buf); err != nil {
		f.Fatal(err)
	}
	// Fuzz the body parser directly: a mutated file would only fail its
	// checksum.
	f.Add(buf.Bytes())
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, body []byte) {
		m, err := decodeBody(body)
		if err != nil {
			return
		}
		checkTagged(t, "李娜在上海。", m.Tag("李娜在上海。"))
	})
}

func BenchmarkTag(b *testing.B) {
	m := trainSynthetic(b)
	text := strings.Repeat("李娜昨天在上海会见了新华社的代表。联合国宣布，王建国将前往巴黎。", 50)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		n += len(m.Tag(text))
	}
	if n == 0 {
		b.Fatal("no spans")
	}
}

func TestWithLexicon(t *testing.T) {
	m := trainSynthetic(t)
	text := "今天欧阳锋来了。"
	before := fmt.Sprint(spanStrings(text, m.Tag(text)))
	m2, err := m.WithLexicon([]Entry{{"欧阳锋", PER}})
	if err != nil {
		t.Fatal(err)
	}
	got := spanStrings(text, m2.Tag(text))
	if before != "[]" {
		t.Fatalf("Tag(%q) = %s before WithLexicon; want nothing (the test needs an unknown name)", text, before)
	}
	// The synthetic model is too small to learn exact boundaries from the
	// lexicon (dict/nermodel tests the shipped model); a PER span must cover
	// the name.
	if !strings.Contains(fmt.Sprint(got), "PER:") || !strings.Contains(fmt.Sprint(got), "欧阳锋") {
		t.Errorf("WithLexicon(欧阳锋).Tag(%q) = %q; want a PER span covering 欧阳锋", text, got)
	}
	if after := fmt.Sprint(spanStrings(text, m.Tag(text))); after != before {
		t.Errorf("WithLexicon changed the original model: Tag = %s; was %s", after, before)
	}
	if _, err := m.WithLexicon([]Entry{{"x", None}}); err == nil {
		t.Errorf("WithLexicon(label None) = nil error; want an error")
	}
}

// viterbiRef is the plain Viterbi over the allowed transitions that
// viterbi spells out for the BIOES structure.
func viterbiRef(n int, em []int32, tr *[numTags * numTags]int32, ok *transitions, path []uint8, dp []int64, bp []uint8) {
	if n == 0 {
		return
	}
	const negInf = int64(-1) << 62
	for t := range numTags {
		if canStart(t) {
			dp[t] = int64(em[t])
		} else {
			dp[t] = negInf
		}
	}
	for i := 1; i < n; i++ {
		prev := dp[(i-1)*numTags : i*numTags]
		for c := range numTags {
			best, arg := negInf, 0
			for _, p := range ok.pred[c][:ok.npred[c]] {
				if prev[p] == negInf {
					continue
				}
				if s := prev[p] + int64(tr[int(p)*numTags+c]); s > best {
					best, arg = s, int(p)
				}
			}
			if best == negInf {
				dp[i*numTags+c] = negInf
			} else {
				dp[i*numTags+c] = best + int64(em[i*numTags+c])
			}
			bp[i*numTags+c] = uint8(arg)
		}
	}
	last := dp[(n-1)*numTags : n*numTags]
	best, arg := negInf, tagO
	for t := range numTags {
		if canEnd(t) && last[t] > best {
			best, arg = last[t], t
		}
	}
	path[n-1] = uint8(arg)
	for i := n - 1; i > 0; i-- {
		path[i-1] = bp[i*numTags+int(path[i])]
	}
}

// TestViterbi compares viterbi with the plain Viterbi on random scores,
// with many ties (small ranges), with the shipped model's range and with
// wide emissions, where one open tag leads (viterbi's shortcut).
func TestViterbi(t *testing.T) {
	ok := allowedTransitions()
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := range 3000 {
		span := int32(3)
		if trial%3 == 1 {
			span = 1 << 15
		}
		if trial%3 == 2 { // emissions far apart: the shortcut of one leader
			span = 1 << 20
		}
		n := 1 + rng.IntN(40)
		var tr [numTags * numTags]int32
		for i := range tr {
			tr[i] = rng.Int32N(2*span) - span
		}
		em := make([]int32, n*numTags)
		for i := range em {
			em[i] = rng.Int32N(16*span) - 8*span
		}
		got, want := make([]uint8, n), make([]uint8, n)
		dp, bp := make([]int64, n*numTags), make([]uint8, n*numTags)
		vt := newViterbiTables(&tr)
		viterbi(n, em, &vt, got, dp, bp)
		viterbiRef(n, em, &tr, &ok, want, dp, bp)
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("trial %d: viterbi = %v; want %v", trial, got, want)
		}
	}
}
