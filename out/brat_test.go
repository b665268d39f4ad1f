package out_test

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/zhpipe/zhpipe/out"
	"github.com/zhpipe/zhpipe/pipeline"
	"github.com/zhpipe/zhpipe/pipeline/order"
	"github.com/zhpipe/zhpipe/pipeline/timex"
)

// cfBratConf is what a brat configuration declares.
type cfBratConf struct {
	entities map[string]bool
	attrs    map[string]cfBratAttr
}

type cfBratAttr struct {
	arg    string
	values []string
}

// cfParseBratConf reads the sections of annotation.conf that WriteBRAT
// relies on.
func cfParseBratConf(t testing.TB, conf string) cfBratConf {
	t.Helper()
	c := cfBratConf{entities: map[string]bool{}, attrs: map[string]cfBratAttr{}}
	section := ""
	for _, line := range strings.Split(conf, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.HasPrefix(line, "[") {
			section = strings.Trim(line, "[]")
			continue
		}
		switch section {
		case "entities":
			c.entities[line] = true
		case "attributes":
			name, spec, ok := strings.Cut(line, "\t")
			if !ok {
				t.Fatalf("attribute line %q has no tab", line)
			}
			var a cfBratAttr
			for _, part := range strings.Split(spec, ", ") {
				k, v, _ := strings.Cut(part, ":")
				switch k {
				case "Arg":
					a.arg = v
				case "Value":
					a.values = strings.Split(v, "|")
				}
			}
			c.attrs[name] = a
		case "relations":
			if !strings.HasPrefix(line, "Equiv\t") && !strings.HasPrefix(line, "<OVERLAP>\t") {
				t.Errorf("unexpected relation %q", line)
			}
		default:
			t.Errorf("line %q in section %q", line, section)
		}
	}
	return c
}

func cfBratConfig(t testing.TB) cfBratConf {
	t.Helper()
	var b bytes.Buffer
	if err := out.WriteBRATConfig(&b); err != nil {
		t.Fatal(err)
	}
	return cfParseBratConf(t, b.String())
}

// cfBratT is a parsed T line.
type cfBratT struct {
	typ   string
	frags [][2]int
	text  string
}

var (
	cfBratTLine = regexp.MustCompile(`^(T[1-9][0-9]*)\t([A-Za-z]+) ([0-9]+ [0-9]+(?:;[0-9]+ [0-9]+)*)\t(.*)$`)
	cfBratALine = regexp.MustCompile(`^(A[1-9][0-9]*)\t([A-Za-z]+) (T[1-9][0-9]*) ([^ \t]+)$`)
	cfBratNLine = regexp.MustCompile(`^(#[1-9][0-9]*)\tAnnotatorNotes (T[1-9][0-9]*)\t([^\t]+)$`)
	cfBratELine = regexp.MustCompile(`^\*\tEquiv((?: T[1-9][0-9]*){2,})$`)
)

// cfCheckBRAT reads the .ann back as brat would, against the .txt read as
// code points, and returns every problem and the T lines by ID.
func cfCheckBRAT(txt, ann string, conf cfBratConf) (problems []string, ts map[string]cfBratT) {
	bad := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }
	runes := []rune(txt)
	ts = map[string]cfBratT{}
	ids := map[string]bool{}
	unique := func(id string) {
		if ids[id] {
			bad("ID %s repeated", id)
		}
		ids[id] = true
	}
	if ann != "" && !strings.HasSuffix(ann, "\n") {
		bad(".ann does not end with a newline")
	}
	lines := strings.Split(strings.TrimSuffix(ann, "\n"), "\n")
	if ann == "" {
		lines = nil
	}
	// T lines first, so that the others can refer to any of them.
	for _, line := range lines {
		m := cfBratTLine.FindStringSubmatch(line)
		if m == nil {
			continue
		}
		unique(m[1])
		if !conf.entities[m[2]] {
			bad("%s: type %q not in annotation.conf", m[1], m[2])
		}
		tl := cfBratT{typ: m[2], text: m[4]}
		var texts []string
		prevEnd := -1
		for _, f := range strings.Split(m[3], ";") {
			a, b, _ := strings.Cut(f, " ")
			start, _ := strconv.Atoi(a)
			end, _ := strconv.Atoi(b)
			if start >= end || start < prevEnd || end > len(runes) {
				bad("%s: fragment %d-%d out of order or outside the text (%d code points)", m[1], start, end, len(runes))
				continue
			}
			prevEnd = end
			tl.frags = append(tl.frags, [2]int{start, end})
			frag := string(runes[start:end])
			if strings.ContainsAny(frag, "\n\r\t\v\f\u0085\u2028\u2029\x1c\x1d\x1e") {
				bad("%s: fragment %q holds a line break", m[1], frag)
			}
			texts = append(texts, frag)
		}
		if got := strings.Join(texts, " "); got != tl.text {
			bad("%s: text %q; the .txt holds %q there", m[1], tl.text, got)
		}
		ts[m[1]] = tl
	}
	for _, line := range lines {
		switch {
		case cfBratTLine.MatchString(line):
		case cfBratALine.MatchString(line):
			m := cfBratALine.FindStringSubmatch(line)
			unique(m[1])
			a, ok := conf.attrs[m[2]]
			target, found := ts[m[3]]
			switch {
			case !ok:
				bad("%s: attribute %q not in annotation.conf", m[1], m[2])
			case !found:
				bad("%s: no %s", m[1], m[3])
			case a.arg != target.typ:
				bad("%s: %s on a %s", m[1], m[2], target.typ)
			case !slices.Contains(a.values, m[4]):
				bad("%s: %s=%q not declared", m[1], m[2], m[4])
			}
		case cfBratNLine.MatchString(line):
			m := cfBratNLine.FindStringSubmatch(line)
			unique(m[1])
			if _, ok := ts[m[2]]; !ok {
				bad("%s: no %s", m[1], m[2])
			}
		case cfBratELine.MatchString(line):
			m := cfBratELine.FindStringSubmatch(line)
			typ := ""
			for _, id := range strings.Fields(m[1]) {
				target, ok := ts[id]
				if !ok {
					bad("Equiv: no %s", id)
				} else if typ != "" && target.typ != typ {
					bad("Equiv links a %s and a %s", typ, target.typ)
				}
				typ = target.typ
			}
		default:
			bad("line %q is not brat standoff", line)
		}
	}
	return problems, ts
}

// cfBratWant counts the distinct non-empty mentions WriteBRAT should
// write (by type and range), leaving out those of nothing but line breaks.
func cfBratWant(d *pipeline.Doc) int {
	seen := map[string]bool{}
	add := func(typ string, r pipeline.Range) {
		if strings.TrimFunc(d.Span(r), func(c rune) bool { return strings.ContainsRune("\n\r\t\v\f\u0085\u2028\u2029\x1c\x1d\x1e", c) }) != "" {
			seen[fmt.Sprint(typ, r)] = true
		}
	}
	for typ, set := range [][]pipeline.Entity{d.People, d.Organizations, d.Places, d.Administrations} {
		for _, e := range set {
			if typ == 3 {
				typ = 1 // administrations are organizations
			}
			for _, m := range e.Mentions {
				add(strconv.Itoa(typ), m)
			}
		}
	}
	for _, o := range d.Orders {
		for _, m := range o.Mentions {
			add("order", m)
		}
	}
	for _, doc := range d.Documents {
		for _, m := range doc.Mentions {
			add("doc", m)
		}
	}
	for _, x := range d.Dates {
		add("date", x.Range)
	}
	for _, q := range d.Quantities {
		add("quantity", q.Range)
	}
	return len(seen)
}

func cfWriteBRAT(t testing.TB, d *pipeline.Doc) (txt, ann string) {
	t.Helper()
	var tb, ab bytes.Buffer
	if err := out.WriteBRAT(&tb, &ab, d); err != nil {
		t.Fatal(err)
	}
	return tb.String(), ab.String()
}

func TestBRATPipeline(t *testing.T) {
	conf := cfBratConfig(t)
	for name, text := range cfTexts(t) {
		t.Run(name, func(t *testing.T) {
			d := cfAnnotate(t, name, text)
			txt, ann := cfWriteBRAT(t, d)
			if txt != d.Original {
				t.Errorf(".txt is not the original text")
			}
			problems, ts := cfCheckBRAT(txt, ann, conf)
			for _, p := range problems {
				t.Error(p)
			}
			if got, want := len(ts), cfBratWant(d); got != want {
				t.Errorf("%d T lines; want %d", got, want)
			}
			if len(d.Dates) > 0 && !strings.Contains(ann, "\tDateKind T") {
				t.Errorf("dates but no DateKind attribute")
			}
			if len(d.Dates) > 0 && !strings.Contains(ann, "\tAnnotatorNotes T") {
				t.Errorf("dates but no AnnotatorNotes")
			}
		})
	}
}

func TestBRATGolden(t *testing.T) {
	d := cfGoldenDoc(t)
	txt, ann := cfWriteBRAT(t, d)
	problems, ts := cfCheckBRAT(txt, ann, cfBratConfig(t))
	for _, p := range problems {
		t.Error(p)
	}
	if got, want := len(ts), cfBratWant(d); got != want {
		t.Errorf("%d T lines; want %d", got, want)
	}
	// The organization across the line break is written in two fragments.
	found := false
	for _, tl := range ts {
		if tl.typ == "Organization" && len(tl.frags) == 2 && tl.text == "美國 白宮" {
			found = true
		}
	}
	if !found {
		t.Errorf("no two-fragment Organization 美國 白宮 in\n%s", ann)
	}
	cfGolden(t, "brat/golden.ann", ann)
	var conf bytes.Buffer
	if err := out.WriteBRATConfig(&conf); err != nil {
		t.Fatal(err)
	}
	cfGolden(t, "brat/annotation.conf", conf.String())
}

// TestBRATKinds keeps the declared attribute values in step with the
// kinds the pipeline produces.
func TestBRATKinds(t *testing.T) {
	conf := cfBratConfig(t)
	for _, tc := range []struct {
		attr string
		kind func(i int) string
	}{
		{"DateKind", func(i int) string { return timex.Kind(i).String() }},
		{"OrderKind", func(i int) string { return order.Kind(i).String() }},
	} {
		var want []string
		for i := 1; !strings.HasPrefix(tc.kind(i), "Kind("); i++ {
			want = append(want, strings.ReplaceAll(tc.kind(i), " ", "-"))
		}
		got := conf.attrs[tc.attr].values
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%s values = %q; want %q", tc.attr, got, want)
		}
	}
}

func TestBRATCases(t *testing.T) {
	conf := cfBratConfig(t)
	for _, tc := range []struct {
		desc string
		orig string
		edit func(d *pipeline.Doc)
		want []string // lines that must appear
	}{
		{"code points, not bytes", "𠮷野家在東京。",
			func(d *pipeline.Doc) {
				d.Places = []pipeline.Entity{{ID: "L1", Simplified: "东京", English: "Tokyo", Mentions: []pipeline.Range{{Start: 13, End: 19}}}}
			},
			[]string{"T1\tLocation 4 6\t東京", "#1\tAnnotatorNotes T1\tid=L1; simplified=东京; english=Tokyo"}},
		{"repeated mention written once, Equiv", "川普說川普。",
			func(d *pipeline.Doc) {
				d.People = []pipeline.Entity{{ID: "P1", Mentions: []pipeline.Range{{Start: 0, End: 6}, {Start: 9, End: 15}, {Start: 0, End: 6}}}}
			},
			[]string{"T1\tPerson 0 2\t川普", "T2\tPerson 3 5\t川普", "*\tEquiv T1 T2"}},
		{"mention of line breaks only left out", "甲\n\n乙",
			func(d *pipeline.Doc) {
				d.Places = []pipeline.Entity{{ID: "L1", Mentions: []pipeline.Range{{Start: 3, End: 5}, {Start: 0, End: 3}}}}
			},
			[]string{"T1\tLocation 0 1\t甲"}},
		{"three fragments", "甲\n乙\r\n丙",
			func(d *pipeline.Doc) {
				d.Organizations = []pipeline.Entity{{ID: "O1", Mentions: []pipeline.Range{{Start: 0, End: 12}}}}
			},
			[]string{"T1\tOrganization 0 1;2 3;5 6\t甲 乙 丙"}},
		{"order and date attributes", "第14179號行政令於2025年1月20日簽署。",
			func(d *pipeline.Doc) {
				d.Orders = []pipeline.Order{{ID: "EO1", Number: "14179", Kind: "executive order", Mentions: []pipeline.Range{{Start: 0, End: 20}}}}
				d.Dates = []pipeline.Date{{Range: pipeline.Range{Start: 23, End: 39}, Value: "2025-01-20", Kind: "date"}}
			},
			[]string{"T1\tOrder 0 10\t第14179號行政令", "T2\tDate 11 21\t2025年1月20日", "A1\tOrderKind T1 executive-order",
				"A2\tDateKind T2 date", "#1\tAnnotatorNotes T1\tid=EO1; number=14179; kind=executive order",
				"#2\tAnnotatorNotes T2\tvalue=2025-01-20; kind=date"}},
		{"unknown kind: notes only", "三天",
			func(d *pipeline.Doc) {
				d.Dates = []pipeline.Date{{Range: pipeline.Range{Start: 0, End: 6}, Value: "P3D", Kind: "set"}}
			},
			[]string{"T1\tDate 0 2\t三天", "#1\tAnnotatorNotes T1\tvalue=P3D; kind=set"}},
		{"quantity value", "4.6億元",
			func(d *pipeline.Doc) {
				d.Quantities = []pipeline.Quantity{{Range: pipeline.Range{Start: 0, End: 9}, Value: 4.6e8, Unit: "元"}}
			},
			[]string{"T1\tQuantity 0 5\t4.6億元", "#1\tAnnotatorNotes T1\tvalue=460000000; unit=元"}},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			d := pipeline.NewDoc("case", pipeline.Source{}, tc.orig)
			tc.edit(d)
			txt, ann := cfWriteBRAT(t, d)
			problems, _ := cfCheckBRAT(txt, ann, conf)
			for _, p := range problems {
				t.Error(p)
			}
			for _, line := range tc.want {
				if !strings.Contains("\n"+ann, "\n"+line+"\n") {
					t.Errorf("no line %q in\n%s", line, ann)
				}
			}
		})
	}
}

func TestBRATErrors(t *testing.T) {
	for _, tc := range []struct {
		desc string
		edit func(d *pipeline.Doc)
	}{
		{"date past the end", func(d *pipeline.Doc) { d.Dates = []pipeline.Date{{Range: pipeline.Range{Start: 0, End: 99}}} }},
		{"mention splitting a code point", func(d *pipeline.Doc) {
			d.Places = []pipeline.Entity{{ID: "L1", Mentions: []pipeline.Range{{Start: 1, End: 6}}}}
		}},
		{"negative quantity range", func(d *pipeline.Doc) {
			d.Quantities = []pipeline.Quantity{{Range: pipeline.Range{Start: -3, End: 0}}}
		}},
		{"order backwards", func(d *pipeline.Doc) {
			d.Orders = []pipeline.Order{{ID: "EO1", Mentions: []pipeline.Range{{Start: 6, End: 3}}}}
		}},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			d := pipeline.NewDoc("err", pipeline.Source{}, "美國白宮。")
			tc.edit(d)
			var tb, ab bytes.Buffer
			if err := out.WriteBRAT(&tb, &ab, d); err == nil {
				t.Errorf("no error; .ann\n%s", ab.String())
			} else if tb.Len() != 0 || ab.Len() != 0 {
				t.Errorf("error %v after writing %d + %d bytes", err, tb.Len(), ab.Len())
			}
		})
	}
}

func FuzzBRAT(f *testing.F) {
	f.Add("美國 白宮發佈《計畫》。\n第二句  話\u3000好。", []byte{2, 3, 1, 0, 5, 9, 3, 2, 7, 8, 1, 4, 0, 2, 6, 1, 3, 3, 9, 12, 4, 5, 2, 2, 2, 8, 9, 30, 2, 40})
	f.Add("a\tb\r\nc\u2028d", []byte{1, 1, 1, 1, 1, 3, 0, 9, 5, 5, 7, 0, 3, 2, 1, 1, 2, 9, 2})
	f.Add("", []byte{})
	conf := cfBratConfig(f)
	f.Fuzz(func(t *testing.T, text string, plan []byte) {
		if !utf8.ValidString(text) {
			t.Skip("brat reads UTF-8 text only")
		}
		d := cfFuzzDoc(text, plan)
		var tb, ab bytes.Buffer
		if err := out.WriteBRAT(&tb, &ab, d); err != nil {
			t.Fatalf("valid Doc rejected: %v", err)
		}
		if tb.String() != text {
			t.Errorf(".txt %q; want the original %q", tb.String(), text)
		}
		problems, ts := cfCheckBRAT(tb.String(), ab.String(), conf)
		for _, p := range problems {
			t.Error(p)
		}
		if got, want := len(ts), cfBratWant(d); got != want {
			t.Errorf("%d T lines; want %d", got, want)
		}
	})
}

func BenchmarkBRAT(b *testing.B) {
	d := cfAnnotate(b, "seed", cfTexts(b)["seed"])
	b.SetBytes(int64(len(d.Original)))
	b.ReportAllocs()
	for b.Loop() {
		if err := out.WriteBRAT(io.Discard, io.Discard, d); err != nil {
			b.Fatal(err)
		}
	}
}

// ExampleWriteBRAT writes the standoff files of a hand-built Doc.
func ExampleWriteBRAT() {
	d := pipeline.NewDoc("ex", pipeline.Source{}, "𠮷野家在東京開業。")
	d.Places = []pipeline.Entity{{ID: "L1", Simplified: "东京", English: "Tokyo", Mentions: []pipeline.Range{{Start: 13, End: 19}}}}
	var txt strings.Builder
	if err := out.WriteBRAT(&txt, os.Stdout, d); err != nil {
		panic(err)
	}
	// Output:
	// T1	Location 4 6	東京
	// #1	AnnotatorNotes T1	id=L1; simplified=东京; english=Tokyo
}

// cfBratPython reads the files back the way brat's server does (Python,
// codecs.open: UTF-8, no newline translation, code point offsets).
const cfBratPython = `
import codecs, sys
txt = codecs.open(sys.argv[1], 'r', 'utf-8').read()
n = 0
for line in codecs.open(sys.argv[2], 'r', 'utf-8'):
    line = line.rstrip('\n')
    if not line.startswith('T'):
        continue
    tid, type_offsets, text = line.split('\t', 2)
    frags = [tuple(map(int, f.split(' '))) for f in type_offsets.split(' ', 1)[1].split(';')]
    if ' '.join(txt[s:e] for s, e in frags) != text:
        sys.exit('%s: %r is not the text at %r' % (tid, text, frags))
    n += 1
print(n)
`

// TestBRATPython checks the T lines of the real texts with Python, the
// language brat is written in, where it is installed.
func TestBRATPython(t *testing.T) {
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skipf("no python3: %v", err)
	}
	for name, text := range cfTexts(t) {
		t.Run(name, func(t *testing.T) {
			d := cfAnnotate(t, name, text)
			txt, ann := cfWriteBRAT(t, d)
			dir := t.TempDir()
			tp, ap := filepath.Join(dir, name+".txt"), filepath.Join(dir, name+".ann")
			if err := os.WriteFile(tp, []byte(txt), 0o644); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(ap, []byte(ann), 0o644); err != nil {
				t.Fatal(err)
			}
			got, err := exec.Command(python, "-c", cfBratPython, tp, ap).CombinedOutput()
			if err != nil {
				t.Fatalf("python: %v\n%s", err, got)
			}
			if want := strconv.Itoa(strings.Count("\n"+ann, "\nT")); strings.TrimSpace(string(got)) != want {
				t.Errorf("python read %s T lines; want %s", strings.TrimSpace(string(got)), want)
			}
		})
	}
}

// TestFormatsConcurrent encodes one Doc from several goroutines (run with
// -race): the encoders only read the Doc, and the output never varies.
func TestFormatsConcurrent(t *testing.T) {
	d := cfAnnotate(t, "seed", cfTexts(t)["seed"])
	encode := func() (string, string, string, error) {
		var c, tx, an bytes.Buffer
		if err := out.WriteCoNLLU(&c, d); err != nil {
			return "", "", "", err
		}
		err := out.WriteBRAT(&tx, &an, d)
		return c.String(), tx.String(), an.String(), err
	}
	c0, t0, a0, err := encode()
	if err != nil {
		t.Fatal(err)
	}
	errs := make(chan error, 4)
	for range 4 {
		go func() {
			c, tx, an, err := encode()
			if err == nil && (c != c0 || tx != t0 || an != a0) {
				err = fmt.Errorf("output differs from the first run")
			}
			errs <- err
		}()
	}
	for range 4 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}
