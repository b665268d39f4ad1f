package out_test

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/zhpipe/zhpipe/corpus"
	"github.com/zhpipe/zhpipe/dict"
	"github.com/zhpipe/zhpipe/internal/shared"
	"github.com/zhpipe/zhpipe/out"
	"github.com/zhpipe/zhpipe/pipeline"
	"github.com/zhpipe/zhpipe/pipeline/annotate"
)

// cfUpdate is the -update flag that rewrites golden files. Other test files
// of this binary may define it too, so it is looked up before it is made.
var cfUpdate = func() flag.Value {
	if f := flag.Lookup("update"); f != nil {
		return f.Value
	}
	flag.Bool("update", false, "rewrite the golden files under testdata/")
	return flag.Lookup("update").Value
}()

func cfUpdating() bool { return cfUpdate.String() == "true" }

var cfResources = sync.OnceValues(func() (*annotate.Resources, error) { return annotate.LoadResources(dict.Options{}) })

// cfDocs caches the annotated real texts by name; tests only read them.
var cfDocs sync.Map

// cfAnnotate runs the real pipeline on text (once per name).
func cfAnnotate(t testing.TB, id, text string) *pipeline.Doc {
	t.Helper()
	if d, ok := cfDocs.Load(id); ok && d.(*pipeline.Doc).Original == text {
		return d.(*pipeline.Doc)
	}
	res, err := cfResources()
	if err != nil {
		t.Fatal(err)
	}
	p, err := annotate.New(res, annotate.Options{})
	if err != nil {
		t.Fatal(err)
	}
	d := pipeline.NewDoc(id, pipeline.Source{}, text)
	if err := p.Annotate(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	cfDocs.Store(id, d)
	return d
}

// cfTexts are the real-pipeline inputs: the seed article (Taiwan,
// Traditional), a mainland Simplified text and a Hong Kong text, both with
// Latin words, spaces of several kinds and numbers.
func cfTexts(t testing.TB) map[string]string {
	t.Helper()
	seed, err := os.ReadFile("../testdata/seed-article.txt")
	if err != nil {
		t.Fatal(err)
	}
	return map[string]string{
		"seed": string(seed),
		"cn": "新华社北京3月5日电 国务院总理李强5日在第十四届全国人民代表大会第三次会议上作政府工作报告。" +
			"报告提出，今年国内生产总值增长目标为5%左右，城镇新增就业1200万人以上。\n\n" +
			"美国总统 Donald Trump 于2025年1月20日签署了第14179号行政令；外交部发言人毛宁表示，中方将密切关注。\n" +
			"  上海市  浦东新区\t发布《关于促进人工智能产业发展的若干措施》。\n",
		"hk": "香港特區政府發言人今日（十月十五日）表示，行政長官李家超將於下星期出席在北京舉行的會議。\n" +
			"立法會財務委員會昨日通過撥款三十億元，用於興建新的公營房屋；房屋局局長何永賢　回應傳媒查詢時說：「我哋會盡快落實。」\n" +
			"港鐵公司表示，東鐵綫過海段 (Cross-Harbour) 將於2025年5月15日全面通車。",
	}
}

// cfTokenLine is one parsed word line.
type cfTokenLine struct {
	cols []string
	misc map[string]string
}

// spaCy's converter reads entity tags from MISC with this pattern.
var cfSpacyNE = regexp.MustCompile(`^((?:name|NE)=)?([BILU])-([A-Z_]+)|O$`)

var cfUPOS = map[string]bool{"ADJ": true, "ADP": true, "ADV": true, "AUX": true, "CCONJ": true, "DET": true,
	"INTJ": true, "NOUN": true, "NUM": true, "PART": true, "PRON": true, "PROPN": true, "PUNCT": true,
	"SCONJ": true, "SYM": true, "VERB": true, "X": true}

// cfUnescape reverses SpacesAfter's escapes.
func cfUnescape(s string) (string, error) {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || i+1 == len(s) {
			return "", fmt.Errorf("bad escape in %q", s)
		}
		i++
		switch s[i] {
		case 's':
			b.WriteByte(' ')
		case 't':
			b.WriteByte('\t')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 'u':
			if i+5 > len(s) {
				return "", fmt.Errorf("bad escape in %q", s)
			}
			n, err := strconv.ParseUint(s[i+1:i+5], 16, 32)
			if err != nil {
				return "", err
			}
			b.WriteRune(rune(n))
			i += 4
		default:
			return "", fmt.Errorf("bad escape in %q", s)
		}
	}
	return b.String(), nil
}

// cfCheckCoNLLU checks the structure of CoNLL-U output and returns every
// problem found and the text the words and their spacing rebuild.
func cfCheckCoNLLU(conllu string) (problems []string, rebuilt string) {
	bad := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }
	if conllu == "" {
		return nil, ""
	}
	if !utf8.ValidString(conllu) {
		bad("output is not valid UTF-8")
	}
	if !strings.HasSuffix(conllu, "\n\n") {
		bad("output does not end with a blank line")
	}
	var rb strings.Builder
	ids := map[string]bool{}
	for bi, block := range strings.Split(strings.TrimSuffix(conllu, "\n\n"), "\n\n") {
		var text, sentID string
		var seen = map[string]int{}
		var words []cfTokenLine
		for _, line := range strings.Split(block, "\n") {
			if line == "" {
				bad("block %d: extra blank line", bi)
				continue
			}
			if strings.HasPrefix(line, "#") {
				if len(words) > 0 {
					bad("block %d: comment %q after a word line", bi, line)
				}
				key, value, _ := strings.Cut(strings.TrimPrefix(line, "# "), " = ")
				seen[key]++
				switch key {
				case "text":
					text = value
				case "sent_id":
					sentID = value
				}
				continue
			}
			cols := strings.Split(line, "\t")
			if len(cols) != 10 {
				bad("block %d: %d columns in %q; want 10", bi, len(cols), line)
				continue
			}
			tl := cfTokenLine{cols: cols, misc: map[string]string{}}
			if got, want := cols[0], strconv.Itoa(len(words)+1); got != want {
				bad("block %d: ID %q; want %q", bi, got, want)
			}
			for i, c := range cols {
				if c == "" {
					bad("block %d word %s: column %d is empty", bi, cols[0], i+1)
				}
			}
			if strings.IndexFunc(cols[1], unicode.IsSpace) >= 0 {
				bad("block %d word %s: FORM %q holds white space", bi, cols[0], cols[1])
			}
			if !cfUPOS[cols[3]] {
				bad("block %d word %s: UPOS %q is not a UD tag", bi, cols[0], cols[3])
			}
			for i := 2; i < 9; i++ {
				if i != 2 && strings.ContainsRune(cols[i], ' ') {
					bad("block %d word %s: column %d %q holds a space", bi, cols[0], i+1, cols[i])
				}
			}
			for i := 5; i < 9; i++ {
				if cols[i] != "_" {
					bad("block %d word %s: column %d = %q; want _", bi, cols[0], i+1, cols[i])
				}
			}
			if cols[9] != "_" {
				for _, item := range strings.Split(cols[9], "|") {
					k, v, ok := strings.Cut(item, "=")
					if !ok || v == "" {
						bad("block %d word %s: MISC item %q is not key=value", bi, cols[0], item)
					}
					if _, dup := tl.misc[k]; dup {
						bad("block %d word %s: MISC key %q twice", bi, cols[0], k)
					}
					tl.misc[k] = v
					switch k {
					case "NE":
						if !cfSpacyNE.MatchString(item) {
							bad("block %d word %s: %q does not match spaCy's pattern", bi, cols[0], item)
						}
					case "SpaceAfter":
						if v != "No" {
							bad("block %d word %s: SpaceAfter=%q", bi, cols[0], v)
						}
					case "SpacesAfter":
						if _, err := cfUnescape(v); err != nil {
							bad("block %d word %s: %v", bi, cols[0], err)
						}
					default:
						bad("block %d word %s: unknown MISC key %q", bi, cols[0], k)
					}
				}
			}
			if ne := tl.misc["NE"]; strings.HasPrefix(ne, "I-") {
				prev := ""
				if len(words) > 0 {
					prev = words[len(words)-1].misc["NE"]
				}
				if prev == "" || prev[2:] != ne[2:] {
					bad("block %d word %s: %s follows %q", bi, cols[0], ne, prev)
				}
			}
			words = append(words, tl)
		}
		for _, key := range []string{"sent_id", "text", "text_simplified"} {
			if seen[key] != 1 {
				bad("block %d: %d # %s comments; want 1", bi, seen[key], key)
			}
		}
		if ids[sentID] {
			bad("block %d: sent_id %q repeated", bi, sentID)
		}
		ids[sentID] = true
		if len(words) == 0 {
			bad("block %d: no words", bi)
			continue
		}
		var cat strings.Builder
		for i, w := range words {
			cat.WriteString(w.cols[1])
			rb.WriteString(w.cols[1])
			after := " "
			if _, ok := w.misc["SpaceAfter"]; ok {
				after = ""
			} else if v, ok := w.misc["SpacesAfter"]; ok {
				after, _ = cfUnescape(v)
			}
			rb.WriteString(after)
			if i+1 < len(words) && after != "" {
				cat.WriteByte(' ')
			}
		}
		if cat.String() != text {
			bad("block %d: # text = %q; forms make %q", bi, text, cat.String())
		}
	}
	return problems, rb.String()
}

func TestCoNLLUPipeline(t *testing.T) {
	for name, text := range cfTexts(t) {
		t.Run(name, func(t *testing.T) {
			d := cfAnnotate(t, name, text)
			var b bytes.Buffer
			if err := out.WriteCoNLLU(&b, d); err != nil {
				t.Fatal(err)
			}
			got := b.String()
			problems, rebuilt := cfCheckCoNLLU(got)
			for _, p := range problems {
				t.Error(p)
			}
			// The words and their spacing give back the original, from the
			// first sentence to the white space after the last one.
			first, last := d.Sentences[0], d.Sentences[len(d.Sentences)-1]
			want := d.Original[first.Start:last.End]
			want += d.Original[last.End:][:len(d.Original[last.End:])-len(strings.TrimLeftFunc(d.Original[last.End:], unicode.IsSpace))]
			if rebuilt != want {
				t.Errorf("words and spacing rebuild\n%q\nwant\n%q", rebuilt, want)
			}
			if n := strings.Count(got, "# sent_id = "); n != len(d.Sentences) {
				t.Errorf("%d sentence blocks; want %d", n, len(d.Sentences))
			}
			if n := strings.Count(got, "# newpar\n"); n != len(d.Paragraphs) {
				t.Errorf("%d # newpar; want %d (one per paragraph)", n, len(d.Paragraphs))
			}
			// Every person, organization and place mention yields a B- tag.
			mentions := 0
			for _, set := range [][]pipeline.Entity{d.People, d.Organizations, d.Places, d.Administrations} {
				for _, e := range set {
					mentions += len(e.Mentions)
				}
			}
			if b := strings.Count(got, "NE=B-"); b == 0 || b > mentions {
				t.Errorf("%d B- tags for %d mentions; want between 1 and %d", b, mentions, mentions)
			}
		})
	}
}

// TestCoNLLUSeedEntities checks named entities of the seed where they are
// easy to check: 川普 is a person (somewhere: 川普政府 is an organization),
// 美國 a place or part of an organization.
func TestCoNLLUSeedEntities(t *testing.T) {
	d := cfAnnotate(t, "seed", cfTexts(t)["seed"])
	var b bytes.Buffer
	if err := out.WriteCoNLLU(&b, d); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(b.String(), "\n")
	for _, tc := range []struct {
		form, lemma string
		ne          []string
	}{
		{"川普", "川普", []string{"NE=B-PER"}},
		{"美國", "美国", []string{"NE=B-LOC", "NE=B-ORG", "NE=I-ORG"}},
	} {
		found, tagged := false, false
		for _, line := range lines {
			cols := strings.Split(line, "\t")
			if len(cols) != 10 || cols[1] != tc.form {
				continue
			}
			found = true
			if cols[2] != tc.lemma {
				t.Errorf("LEMMA of %q = %q; want %q", tc.form, cols[2], tc.lemma)
			}
			for _, ne := range tc.ne {
				tagged = tagged || strings.Contains(cols[9], ne)
			}
		}
		if !found {
			t.Errorf("no word %q", tc.form)
		} else if !tagged {
			t.Errorf("no word %q with one of %q", tc.form, tc.ne)
		}
	}
}

// cfWord is a token of a hand-built Doc.
type cfWord struct{ text, pos string }

// cfSynthDoc builds a Doc by hand: the working text converts the runes in
// conv, tokens are words found one after the other in the original,
// sentences and paragraphs come from the annotate package's splitter.
func cfSynthDoc(t testing.TB, id, orig string, conv map[rune]string, words []cfWord) *pipeline.Doc {
	t.Helper()
	b := pipeline.NewBuilder(orig)
	for _, r := range orig {
		n := utf8.RuneLen(r)
		if s, ok := conv[r]; ok {
			b.Replace(n, s)
		} else {
			b.Copy(n)
		}
	}
	d := pipeline.NewDoc(id, pipeline.Source{}, orig)
	text, a := b.Finish()
	if err := d.Rewrite(text, a); err != nil {
		t.Fatal(err)
	}
	d.Paragraphs = annotate.Paragraphs(orig)
	for _, p := range d.Paragraphs {
		d.Sentences = append(d.Sentences, annotate.Sentences(orig, p)...)
	}
	cursor := 0
	for _, w := range words {
		i := strings.Index(orig[cursor:], w.text)
		if i < 0 {
			t.Fatalf("word %q not found after %d", w.text, cursor)
		}
		r := pipeline.Range{Start: cursor + i, End: cursor + i + len(w.text)}
		d.AddToken(r, d.ToWork(r), w.pos)
		cursor = r.End
	}
	return d
}

// cfFind returns the range of the n-th (from 0) occurrence of s in text.
func cfFind(t testing.TB, text, s string, n int) pipeline.Range {
	t.Helper()
	from := 0
	for {
		i := strings.Index(text[from:], s)
		if i < 0 {
			t.Fatalf("%q: occurrence %d not found", s, n)
		}
		if n == 0 {
			return pipeline.Range{Start: from + i, End: from + i + len(s)}
		}
		n--
		from += i + len(s)
	}
}

// cfGoldenDoc is the short hand-built article of the golden files: both
// scripts, a mention across a line break, entities that do not match token
// boundaries, spaces of three kinds.
func cfGoldenDoc(t testing.TB) *pipeline.Doc {
	orig := "2025年7月23日，川普政府發佈《贏得競賽》計畫。白宮表示，美國將 投資 5億美元。\n" +
		"第14179號行政令　由川普簽署；美國\n白宮  回應。"
	conv := map[rune]string{'發': "发", '佈': "布", '贏': "赢", '競': "竞", '賽': "赛", '計': "计", '畫': "划",
		'宮': "宫", '將': "将", '資': "资", '億': "亿", '國': "国", '號': "号", '簽': "签", '應': "应"}
	words := []cfWord{{"2025", "m"}, {"年", "m"}, {"7", "m"}, {"月", "m"}, {"23", "m"}, {"日", "m"}, {"，", "w"},
		{"川普", "nr"}, {"政府", "n"}, {"發佈", "v"}, {"《", "w"}, {"贏得", "v"}, {"競賽", "vn"}, {"》", "w"},
		{"計畫", "n"}, {"。", "w"}, {"白宮", "ns"}, {"表示", "v"}, {"，", "w"}, {"美國將", "x"}, {"投資", "vn"},
		{"5", "m"}, {"億", "m"}, {"美元", "q"}, {"。", "w"},
		{"第", "m"}, {"14179", "m"}, {"號", "q"}, {"行政令", "n"}, {"由", "p"}, {"川普", "nr"}, {"簽署", "v"},
		{"；", "w"}, {"美國", "ns"}, {"白宮", "ns"}, {"回應", "v"}, {"。", "w"}}
	d := cfSynthDoc(t, "golden 1", orig, conv, words)
	d.People = []pipeline.Entity{{ID: "P1", Type: pipeline.Person, Name: cfFind(t, orig, "川普", 0), Simplified: "川普",
		Traditional: "川普", English: "Donald Trump",
		Mentions: []pipeline.Range{cfFind(t, orig, "川普", 0), cfFind(t, orig, "川普", 1)}}}
	d.Administrations = []pipeline.Entity{{ID: "A1", Type: pipeline.Organization, Name: cfFind(t, orig, "川普政府", 0),
		Simplified: "川普政府", Person: "P1", Mentions: []pipeline.Range{cfFind(t, orig, "川普政府", 0)}}}
	d.Organizations = []pipeline.Entity{
		{ID: "O2", Type: pipeline.Organization, Name: cfFind(t, orig, "白宮", 0), Simplified: "白宫", English: "White House",
			Mentions: []pipeline.Range{cfFind(t, orig, "白宮", 0), cfFind(t, orig, "美國\n白宮", 0)}},
	}
	d.Places = []pipeline.Entity{{ID: "L1", Type: pipeline.Place, Name: cfFind(t, orig, "美國", 0), Simplified: "美国",
		English: "United States", Mentions: []pipeline.Range{cfFind(t, orig, "美國", 0), cfFind(t, orig, "美國", 1)}}}
	d.Orders = []pipeline.Order{{ID: "EO1", Mentions: []pipeline.Range{cfFind(t, orig, "第14179號行政令", 0)},
		Number: "14179", Kind: "executive order", Signer: "P1", SignerName: "川普"}}
	d.Documents = []pipeline.Document{{ID: "D1", Title: "贏得競賽", Simplified: "赢得竞赛", Aliases: []string{"計畫"},
		Mentions: []pipeline.Range{cfFind(t, orig, "《贏得競賽》", 0), cfFind(t, orig, "計畫", 0)}}}
	d.Dates = []pipeline.Date{{Range: cfFind(t, orig, "2025年7月23日", 0), Value: "2025-07-23", Kind: "date"}}
	d.Quantities = []pipeline.Quantity{{Range: cfFind(t, orig, "5億美元", 0), Value: 5e8, Unit: "美元"}}
	return d
}

// cfGolden compares got with the golden file, or rewrites it under -update.
func cfGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if cfUpdating() {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from the golden file (review, then go test -update):\ngot:\n%s\nwant:\n%s", name, got, want)
	}
}

func TestCoNLLUGolden(t *testing.T) {
	d := cfGoldenDoc(t)
	var b bytes.Buffer
	if err := out.WriteCoNLLU(&b, d); err != nil {
		t.Fatal(err)
	}
	problems, _ := cfCheckCoNLLU(b.String())
	for _, p := range problems {
		t.Error(p)
	}
	cfGolden(t, "conllu/golden.conllu", b.String())
}

// TestCoNLLUCases checks single features on small hand-built Docs.
func TestCoNLLUCases(t *testing.T) {
	for _, tc := range []struct {
		desc  string
		orig  string
		words []cfWord
		ents  []pipeline.Range // places
		want  []string         // lines that must appear
	}{
		{"space after", "美國 白宮", []cfWord{{"美國", "ns"}, {"白宮", "ns"}}, nil,
			[]string{"1\t美國\t美国\tPROPN\tns\t_\t_\t_\t_\t_", "2\t白宮\t白宫\tPROPN\tns\t_\t_\t_\t_\tSpaceAfter=No"}},
		{"ideographic space", "美國\u3000白宮", []cfWord{{"美國", "ns"}, {"\u3000", "x"}, {"白宮", "ns"}}, nil,
			[]string{"# text = 美國 白宮", "1\t美國\t美国\tPROPN\tns\t_\t_\t_\t_\tSpacesAfter=\\u3000"}},
		{"two spaces", "美國  白宮", []cfWord{{"美國", "ns"}}, nil,
			[]string{"1\t美國\t美国\tPROPN\tns\t_\t_\t_\t_\tSpacesAfter=\\s\\s", "2\t白宮\t白宫\tX\t_\t_\t_\t_\t_\tSpaceAfter=No"}},
		{"newline after last word", "美國。\n白宮。", []cfWord{{"美國", "ns"}, {"。", "w"}, {"白宮", "ns"}, {"。", "w"}}, nil,
			[]string{"2\t。\t。\tPUNCT\tw\t_\t_\t_\t_\tSpacesAfter=\\n", "# newpar"}},
		{"entity inside a token", "美國人", []cfWord{{"美國人", "n"}}, []pipeline.Range{{Start: 0, End: 6}},
			[]string{"1\t美國人\t美国人\tNOUN\tn\t_\t_\t_\t_\tNE=B-LOC|SpaceAfter=No"}},
		{"entity across tokens", "美國白宮", []cfWord{{"美", "j"}, {"國白", "x"}, {"宮", "x"}}, []pipeline.Range{{Start: 3, End: 12}},
			[]string{"2\t國白\t国白\tPROPN\tx\t_\t_\t_\t_\tNE=B-LOC|SpaceAfter=No", "3\t宮\t宫\tPROPN\tx\t_\t_\t_\t_\tNE=I-LOC|SpaceAfter=No"}},
		{"token with a space inside", "A B", []cfWord{{"A B", "eng"}}, nil,
			[]string{"1\tA\tA\tX\teng\t_\t_\t_\t_\t_", "2\tB\tB\tX\teng\t_\t_\t_\t_\tSpaceAfter=No"}},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			conv := map[rune]string{'國': "国", '宮': "宫"}
			d := cfSynthDoc(t, "case", tc.orig, conv, tc.words)
			if tc.ents != nil {
				d.Places = []pipeline.Entity{{ID: "L1", Type: pipeline.Place, Mentions: tc.ents}}
			}
			var b bytes.Buffer
			if err := out.WriteCoNLLU(&b, d); err != nil {
				t.Fatal(err)
			}
			problems, _ := cfCheckCoNLLU(b.String())
			for _, p := range problems {
				t.Error(p)
			}
			for _, line := range tc.want {
				if !strings.Contains("\n"+b.String(), "\n"+line+"\n") {
					t.Errorf("no line %q in\n%s", line, b.String())
				}
			}
		})
	}
}

func TestCoNLLUErrors(t *testing.T) {
	for _, tc := range []struct {
		desc string
		edit func(d *pipeline.Doc)
	}{
		{"sentence past the end", func(d *pipeline.Doc) { d.Sentences = append(d.Sentences, pipeline.Range{Start: 0, End: 999}) }},
		{"token splitting a code point", func(d *pipeline.Doc) { d.Tokens[0].End = 1 }},
		{"working range past the end", func(d *pipeline.Doc) { d.Tokens[0].WorkEnd = 999 }},
		{"mention backwards", func(d *pipeline.Doc) {
			d.People = []pipeline.Entity{{ID: "P1", Mentions: []pipeline.Range{{Start: 3, End: 0}}}}
		}},
		{"alignment of another text", func(d *pipeline.Doc) { d.Text += "x" }},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			d := cfSynthDoc(t, "err", "美國白宮。", nil, []cfWord{{"美國", "ns"}, {"白宮", "ns"}, {"。", "w"}})
			tc.edit(d)
			var b bytes.Buffer
			if err := out.WriteCoNLLU(&b, d); err == nil {
				t.Errorf("no error; output\n%s", b.String())
			} else if b.Len() != 0 {
				t.Errorf("error %v after writing %d bytes", err, b.Len())
			}
		})
	}
}

// cfFuzzDoc builds a Doc from arbitrary text and bytes: the bytes choose a
// conversion of some code points, sentences, tokens (possibly overlapping
// and unsorted) and mentions of every kind, all on code point boundaries.
func cfFuzzDoc(text string, plan []byte) *pipeline.Doc {
	var cuts []int // code point boundaries, as pipeline.Check sees them
	for i := 0; i <= len(text); i++ {
		if i == len(text) || utf8.RuneStart(text[i]) {
			cuts = append(cuts, i)
		}
	}
	next := func() int {
		if len(plan) == 0 {
			return 0
		}
		v := int(plan[0])
		plan = plan[1:]
		return v
	}
	rng := func() pipeline.Range {
		a, b := cuts[next()%len(cuts)], cuts[next()%len(cuts)]
		return pipeline.Range{Start: min(a, b), End: max(a, b)}
	}
	bld := pipeline.NewBuilder(text)
	for i := 0; i < len(text); {
		_, n := utf8.DecodeRuneInString(text[i:])
		i += n
		switch next() % 4 {
		case 0:
			bld.Replace(n, "")
		case 1:
			bld.Replace(n, "替换")
		default:
			bld.Copy(n)
		}
	}
	d := pipeline.NewDoc("fuzz", pipeline.Source{}, text)
	work, a := bld.Finish()
	_ = d.Rewrite(work, a)
	for range next() % 6 {
		d.Paragraphs = append(d.Paragraphs, rng())
	}
	for range next() % 8 {
		d.Sentences = append(d.Sentences, rng())
	}
	for range next() % 32 {
		r := rng()
		d.AddToken(r, d.ToWork(r), []string{"n", "v", "x", "w", "", "a b"}[next()%6])
	}
	entity := func() pipeline.Entity {
		e := pipeline.Entity{ID: "E", English: "a\tb", Simplified: "x\ny"}
		for range next() % 3 {
			e.Mentions = append(e.Mentions, rng())
		}
		return e
	}
	for range next() % 3 {
		d.People = append(d.People, entity())
		d.Organizations = append(d.Organizations, entity())
		d.Places = append(d.Places, entity())
		d.Administrations = append(d.Administrations, entity())
		d.Orders = append(d.Orders, pipeline.Order{ID: "O", Mentions: []pipeline.Range{rng()}, Kind: "executive order", Title: "t\tt"})
		d.Documents = append(d.Documents, pipeline.Document{ID: "D", Mentions: []pipeline.Range{rng(), rng()}, Aliases: []string{"a", "b\n"}})
		d.Dates = append(d.Dates, pipeline.Date{Range: rng(), Value: "2025-01-01", Kind: "date"})
		d.Quantities = append(d.Quantities, pipeline.Quantity{Range: rng(), Value: float64(next()) / 3, Unit: "个"})
	}
	return d
}

func FuzzCoNLLU(f *testing.F) {
	f.Add("美國 白宮發佈《計畫》。\n第二句  話\u3000好。", []byte{2, 3, 1, 0, 5, 9, 3, 2, 7, 8, 1, 4, 0, 2, 6, 1, 3, 3, 9, 12, 4, 5})
	f.Add("a\tb\r\nc\xffd", []byte{1, 1, 1, 1, 1, 3, 0, 9, 5, 5, 7, 0, 3})
	f.Add("", []byte{})
	f.Add("0\x92", []byte("0011")) // a stray continuation byte
	f.Fuzz(func(t *testing.T, text string, plan []byte) {
		d := cfFuzzDoc(text, plan)
		var b bytes.Buffer
		if err := out.WriteCoNLLU(&b, d); err != nil {
			t.Fatalf("valid Doc rejected: %v", err)
		}
		problems, _ := cfCheckCoNLLU(b.String())
		for _, p := range problems {
			t.Error(p)
		}
		// Every non-white code point of every sentence is in some word:
		// the words' forms hold as many code points as # text minus spaces.
		var forms, texts int
		for _, line := range strings.Split(b.String(), "\n") {
			if cols := strings.Split(line, "\t"); len(cols) == 10 {
				forms += utf8.RuneCountInString(cols[1])
			} else if v, ok := strings.CutPrefix(line, "# text = "); ok {
				texts += utf8.RuneCountInString(strings.ReplaceAll(v, " ", ""))
			}
		}
		if forms != texts {
			t.Errorf("forms hold %d code points, # text %d", forms, texts)
		}
	})
}

func BenchmarkCoNLLU(b *testing.B) {
	d := cfAnnotate(b, "seed", cfTexts(b)["seed"])
	b.SetBytes(int64(len(d.Original)))
	b.ReportAllocs()
	for b.Loop() {
		if err := out.WriteCoNLLU(io.Discard, d); err != nil {
			b.Fatal(err)
		}
	}
}

// ExampleWriteCoNLLU writes a hand-built Doc; the pipeline (package
// annotate) fills a Doc the same way.
func ExampleWriteCoNLLU() {
	orig := "美國總統川普 表示。"
	b := pipeline.NewBuilder(orig)
	b.Copy(len("美"))
	b.Replace(len("國"), "国")
	b.Replace(len("總"), "总")
	b.Replace(len("統"), "统")
	d := pipeline.NewDoc("ex", pipeline.Source{}, orig)
	text, align := b.Finish()
	if err := d.Rewrite(text, align); err != nil {
		panic(err)
	}
	d.Sentences = []pipeline.Range{{Start: 0, End: len(orig)}}
	for _, w := range []struct {
		start, end int
		pos        string
	}{{0, 6, "ns"}, {6, 12, "n"}, {12, 18, "nr"}, {19, 25, "v"}, {25, 28, "w"}} {
		r := pipeline.Range{Start: w.start, End: w.end}
		d.AddToken(r, d.ToWork(r), w.pos)
	}
	d.People = []pipeline.Entity{{ID: "P1", Mentions: []pipeline.Range{{Start: 12, End: 18}}}}
	if err := out.WriteCoNLLU(os.Stdout, d); err != nil {
		panic(err)
	}
	// Output:
	// # newdoc id = ex
	// # sent_id = ex-1
	// # text = 美國總統川普 表示。
	// # text_simplified = 美国总统川普 表示。
	// 1	美國	美国	PROPN	ns	_	_	_	_	SpaceAfter=No
	// 2	總統	总统	NOUN	n	_	_	_	_	SpaceAfter=No
	// 3	川普	川普	PROPN	nr	_	_	_	_	NE=B-PER
	// 4	表示	表示	VERB	v	_	_	_	_	SpaceAfter=No
	// 5	。	。	PUNCT	w	_	_	_	_	SpaceAfter=No
}

// cfCoNLLUPython reads CoNLL-U the way spaCy's converter does (sentences
// split at blank lines, comments skipped, SpaceAfter=No, the first MISC item
// that matches its entity pattern) and checks that the words and spaces
// rebuild # text and that every entity starts with B-.
const cfCoNLLUPython = `
import re, sys
pattern = re.compile(r"^((?:name|NE)=)?([BILU])-([A-Z_]+)|O$")
data = open(sys.argv[1], encoding='utf-8').read()
sents = ents = 0
for sent in data.strip().split("\n\n"):
    lines = sent.strip().split("\n")
    text = [l[len("# text = "):] for l in lines if l.startswith("# text = ")][0]
    words, spaces, tags = [], [], []
    for line in lines:
        if line.startswith("#"):
            continue
        id_, word, lemma, pos, tag, morph, head, dep, deps, misc = line.split("\t")
        words.append(word)
        spaces.append("SpaceAfter=No" not in misc)
        iob = "O"
        for part in misc.split("|"):
            m = pattern.match(part)
            if m:
                if m.group(2) and m.group(3):
                    iob = m.group(2) + "-" + m.group(3)
                break
        tags.append(iob)
    rebuilt = "".join(w + (" " if s else "") for w, s in zip(words, spaces))
    if rebuilt.rstrip(" ") != text:
        sys.exit("sentence %d: words make %r, # text is %r" % (sents + 1, rebuilt, text))
    prev = "O"
    for t in tags:
        if t.startswith("I-") and prev[2:] != t[2:]:
            sys.exit("sentence %d: %s after %s" % (sents + 1, t, prev))
        ents += t.startswith("B-")
        prev = t
    sents += 1
print(sents, ents)
`

// TestCoNLLUPython reads the real texts' CoNLL-U with Python as spaCy's
// converter would, where python3 is installed.
func TestCoNLLUPython(t *testing.T) {
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skipf("no python3: %v", err)
	}
	for name, text := range cfTexts(t) {
		t.Run(name, func(t *testing.T) {
			d := cfAnnotate(t, name, text)
			var b bytes.Buffer
			if err := out.WriteCoNLLU(&b, d); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join(t.TempDir(), name+".conllu")
			if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			got, err := exec.Command(python, "-c", cfCoNLLUPython, path).CombinedOutput()
			if err != nil {
				t.Fatalf("python: %v\n%s", err, got)
			}
			want := fmt.Sprintf("%d %d", strings.Count(b.String(), "# sent_id = "), strings.Count(b.String(), "NE=B-"))
			if strings.TrimSpace(string(got)) != want {
				t.Errorf("python read %q sentences and entities; want %q", strings.TrimSpace(string(got)), want)
			}
		})
	}
}

// cfPD1998 returns the first max articles of the People's Daily corpus as
// plain text: words without their tags, one paragraph a line.
func cfPD1998(t testing.TB, max int) map[string]string {
	t.Helper()
	raw, err := os.ReadFile(shared.Path(t, "eval", "corpus", "pd1998", "199801.utf8.txt"))
	if err != nil {
		t.Fatal(err)
	}
	arts := map[string]string{}
	var order []string
	for _, line := range strings.Split(string(raw), "\n") {
		fields := strings.Fields(line)
		if len(fields) < 2 {
			continue
		}
		id := fields[0]
		if parts := strings.Split(strings.SplitN(id, "/", 2)[0], "-"); len(parts) >= 3 {
			id = strings.Join(parts[:3], "-")
		}
		if _, ok := arts[id]; !ok {
			if len(order) == max {
				break
			}
			order = append(order, id)
		}
		var b strings.Builder
		for _, f := range fields[1:] {
			w, _, _ := strings.Cut(strings.TrimPrefix(f, "["), "/")
			b.WriteString(w)
		}
		arts[id] += b.String() + "\n"
	}
	return arts
}

// TestFormatsSharedTexts runs both encoders and their checks on the
// encoding fixtures (decoded as zhpipe reads them) and, with
// ZHPIPE_EVAL=1, on 300 People's Daily articles.
func TestFormatsSharedTexts(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: no shared texts")
	}
	texts := map[string]string{}
	dir := shared.Path(t, "fixtures", "encodings")
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		dec, err := corpus.ReadFile(filepath.Join(dir, e.Name()), "")
		if err != nil {
			t.Fatalf("%s: %v", e.Name(), err)
		}
		texts[e.Name()] = dec.Text
	}
	if os.Getenv("ZHPIPE_EVAL") == "1" {
		maps.Copy(texts, cfPD1998(t, 300))
	}
	conf := cfBratConfig(t)
	names := slices.Sorted(maps.Keys(texts))
	sentences, words := 0, 0
	for _, name := range names {
		d := cfAnnotate(t, name, texts[name])
		var b bytes.Buffer
		if err := out.WriteCoNLLU(&b, d); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		problems, _ := cfCheckCoNLLU(b.String())
		txt, ann := cfWriteBRAT(t, d)
		p2, ts := cfCheckBRAT(txt, ann, conf)
		problems = append(problems, p2...)
		if got, want := len(ts), cfBratWant(d); got != want {
			problems = append(problems, fmt.Sprintf("%d T lines; want %d", got, want))
		}
		for _, p := range problems {
			t.Errorf("%s: %s", name, p)
		}
		sentences += strings.Count(b.String(), "# sent_id = ")
		words += strings.Count(b.String(), "\n") - strings.Count(b.String(), "\n#") - strings.Count(b.String(), "\n\n")
	}
	t.Logf("%d texts, %d sentences, about %d words", len(names), sentences, words)
}
