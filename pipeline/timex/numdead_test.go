package timex

import (
	"go/ast"
	goparser "go/parser"
	"go/token"
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestNumeralDeadNextNoLiteral checks that no rune of numeralDeadNext
// stands in a literal of the package (but the fold table), of its holiday
// data or of its start words, and that no rune of numeralDeadInWords can
// be read after a run of numerals, 个 or 第 by one (numeralDeadOffenders).
// The lists of counters that only reject a number as a day
// (unitAfterNumber, dayAfterMonthCounters) do not count.
func TestNumeralDeadNextNoLiteral(t *testing.T) {
	lits := packageLiterals(t)
	if len(lits) < 500 {
		t.Fatalf("only %d literals", len(lits))
	}
	// numeralDeadNext: in no literal at all.
	var sets []literal
	for _, l := range lits {
		sets = append(sets, literal{s: l.s})
	}
	for _, r := range numeralDeadNext {
		for _, l := range numeralDeadOffenders(r, sets) {
			t.Errorf("%q of numeralDeadNext stands in the literal %q", r, l.s)
		}
	}
	// numeralDeadInWords: only inside words.
	for _, r := range numeralDeadInWords {
		if numeralDeadSet.has(r) {
			t.Errorf("%q stands in numeralDeadNext and numeralDeadInWords", r)
		}
		for _, l := range numeralDeadOffenders(r, lits) {
			t.Errorf("%q of numeralDeadInWords can be read by the literal %q", r, l.s)
		}
	}
	// The rule itself, on literals written for it.
	for _, c := range []struct {
		l    literal
		want bool
	}{
		{literal{s: "情人节", words: true}, false}, {literal{s: "情人节"}, true}, {literal{s: "人"}, true},
		{literal{s: "人民 个人", words: true}, true}, {literal{s: "三人行", words: true}, true},
		{literal{s: "第人", words: true}, true}, {literal{s: "愚人 圣人", words: true}, false},
	} {
		if got := len(numeralDeadOffenders('人', []literal{c.l})) > 0; got != c.want {
			t.Errorf("numeralDeadOffenders(人, %+v) = %v; want %v", c.l, got, c.want)
		}
	}
}

// TestNumeralWordsComplete checks that numeralWords holds every word of
// the package's literals made of two numerals or more, but the first runes
// of longer start words (startPairs: 三八, 五一) and the dates of the
// holiday data (ASCII digits); a literal of more than 8 numerals is a set
// of runes (startOther, the numerals of startMay).
func TestNumeralWordsComplete(t *testing.T) {
	isWord := map[string]bool{}
	for _, w := range numeralWords {
		isWord[string(w)] = true
	}
	prefix := func(w string) bool {
		for _, x := range startWords() {
			if len(x) > len(w) && strings.HasPrefix(x, w) {
				return true
			}
		}
		return false
	}
	found := map[string]bool{}
	for _, l := range packageLiterals(t) {
		for _, w := range strings.Fields(l.s) {
			n, ascii := 0, true
			for _, r := range w {
				if !numStarts(r) && !numStarts(fold(r)) {
					n = -1
					break
				}
				n++
				ascii = ascii && r < 0x80
			}
			if n < 2 || n > 8 || ascii || prefix(w) && !isWord[w] {
				continue
			}
			found[w] = true
			if !isWord[w] {
				t.Errorf("%q (in %q) is made of numerals and missing from numeralWords", w, l.s)
			}
		}
	}
	for w := range isWord {
		if !found[w] {
			t.Errorf("numeralWords holds %q, which no literal holds", w)
		}
	}
}

// literal is a string or rune literal of the package; words is set when
// it is a word or a list of words separated by spaces (not a set of
// runes): an element, key or value of a composite literal, an argument of
// newWordSet or foldWords, startPairs, the holiday data, a start word.
type literal struct {
	s     string
	words bool
}

// packageLiterals returns the string and rune literals of the package's
// source (but the fold table, numeralDeadNext, numeralDeadInWords, the
// lists of counters that only reject, import paths and the messages of
// fmt and errors), its holiday data and its start words.
func packageLiterals(t *testing.T) []literal {
	t.Helper()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	var lits []literal
	fset := token.NewFileSet()
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		af, err := goparser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		// The literals that stand as words: elements (and keys and
		// values) of composite literals, and arguments of the word-list
		// builders.
		wordish := map[*ast.BasicLit]bool{}
		// The literals of messages (fmt, errors), which no rule reads
		// against the text.
		message := map[*ast.BasicLit]bool{}
		ast.Inspect(af, func(n ast.Node) bool {
			if vs, ok := n.(*ast.ValueSpec); ok && len(vs.Names) == 1 && vs.Names[0].Name == "startPairs" {
				// (pairs of runes that begin words, split by strings.Fields)
				ast.Inspect(vs, func(n ast.Node) bool {
					if l, ok := n.(*ast.BasicLit); ok {
						wordish[l] = true
					}
					return true
				})
				return false
			}
			mark := func(e ast.Expr) {
				if kv, ok := e.(*ast.KeyValueExpr); ok {
					mark2 := func(e ast.Expr) {
						if l, ok := e.(*ast.BasicLit); ok {
							wordish[l] = true
						}
					}
					mark2(kv.Key)
					mark2(kv.Value)
					return
				}
				if l, ok := e.(*ast.BasicLit); ok {
					wordish[l] = true
				}
			}
			switch x := n.(type) {
			case *ast.CompositeLit:
				for _, e := range x.Elts {
					mark(e)
				}
			case *ast.CallExpr:
				if id, ok := x.Fun.(*ast.Ident); ok && (id.Name == "newWordSet" || id.Name == "foldWords") {
					for _, e := range x.Args {
						mark(e)
					}
				}
				if sel, ok := x.Fun.(*ast.SelectorExpr); ok {
					if id, ok := sel.X.(*ast.Ident); ok && (id.Name == "fmt" || id.Name == "errors") {
						for _, e := range x.Args {
							if l, ok := e.(*ast.BasicLit); ok {
								message[l] = true
							}
						}
					}
				}
			}
			return true
		})
		ast.Inspect(af, func(n ast.Node) bool {
			if vs, ok := n.(*ast.ValueSpec); ok && len(vs.Names) == 1 && (vs.Names[0].Name == "foldPairs" || vs.Names[0].Name == "numeralDeadNext" || vs.Names[0].Name == "numeralDeadInWords" || vs.Names[0].Name == "unitAfterNumber") {
				return false
			}
			if _, ok := n.(*ast.ImportSpec); ok {
				return false
			}
			lit, ok := n.(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING && lit.Kind != token.CHAR || message[lit] {
				return true
			}
			if lit.Kind == token.CHAR {
				r, _, _, err := strconv.UnquoteChar(lit.Value[1:len(lit.Value)-1], '\'')
				if err != nil {
					t.Fatal(err)
				}
				lits = append(lits, literal{s: string(r)})
				return true
			}
			s, err := strconv.Unquote(lit.Value)
			if err != nil {
				t.Fatal(err)
			}
			if s == dayAfterMonthCounters {
				return true // only rejects a day
			}
			lits = append(lits, literal{s: s, words: wordish[lit]})
			return true
		})
	}
	data, err := os.ReadFile("cnholidays.txt")
	if err != nil {
		t.Fatal(err)
	}
	lits = append(lits, literal{s: string(data), words: true})
	for _, w := range startWords() {
		lits = append(lits, literal{s: w, words: true})
	}
	return lits
}

// numeralDeadOffenders returns the literals that could read r after a
// run of numerals, 个 or 第: a literal that is not a word (a set of runes,
// a rune) holding r (or a rune that folds to r), or a word that begins
// with r or has r after a numeral, 个 or 第. A word that holds r only
// after another rune cannot match at r after such a run: it would have
// to begin at r or before it, and the runes before r are the run's.
func numeralDeadOffenders(r rune, lits []literal) []literal {
	is := func(c rune) bool { return c == r || fold(c) == r }
	var out []literal
	for _, l := range lits {
		if !l.words {
			if strings.ContainsFunc(l.s, is) {
				out = append(out, l)
			}
			continue
		}
		for _, w := range strings.Fields(l.s) {
			prev := rune(0)
			bad := false
			for k, c := range []rune(w) {
				if is(c) && (k == 0 || numStarts(prev) || numStarts(fold(prev)) || prev == '个' || prev == '個' || prev == '第') {
					bad = true
				}
				prev = c
			}
			if bad {
				out = append(out, l)
				break
			}
		}
	}
	return out
}

// dayAfterMonthCounters is the literal of calendar.go's day after a month.
const dayAfterMonthCounters = "个万亿千百元人吨件次岁位名家项条公米斤克度%年月点时:.0123456789天周"

// TestNumeralDeadFail checks numeralDead: wherever it holds, a reading at
// the numeral fails and leaves vagueAmount false, whatever precedes and
// follows (random runs of the rules' words, numerals and punctuation),
// with and without a reference.
func TestNumeralDeadFail(t *testing.T) {
	var vocab []string
	vocab = append(vocab, strings.Fields(startPairs)...)
	for _, r := range startSingles + startOther {
		vocab = append(vocab, string(r))
	}
	for _, ws := range startFirstWords {
		vocab = append(vocab, ws.words...)
	}
	vocab = append(vocab, startWords()...)
	vocab = append(vocab, "2024", "3", "12", "年", "月", "日", "号", "第", "个", "之", "(", "（", ")", "）", "，", "、", " ", "\n", ":", "-", "~", "/", ".", "至今", "世纪", "以来", "时间")
	nums := []string{"一", "两", "三", "十", "二十", "一九九八", "十一", "五一", "三八", "百", "三千", "2", "12", "1998", "20240506", "202405", "240506", "1130320", "19980101", "2024", "3.5", "三点五", "十几", "一百零八", "〇", "零", "廿", "三一五", "二十一", "2024三一五"}
	var ctx []string
	ctx = append(ctx, vocab...)
	ctx = append(ctx, nums...)
	tried := 0
	rng := rand.New(rand.NewSource(11))
	refs := []Reference{{}, {Date: time.Date(2025, 3, 5, 0, 0, 0, 0, time.UTC), Region: Taiwan}}
	for _, num := range nums {
		for _, d := range numeralDeadNext + numeralDeadInWords {
			if numeralDeadSet.has(d) && (num == "三一五" || num == "2024三一五") {
				continue // the known gap (inKnownGap)
			}
			reps := 40
			if !numeralDeadSet.has(d) {
				reps = 16
			}
			for n := 0; n < reps; n++ {
				var pre, post strings.Builder
				writeRandomWords(&pre, rng, ctx, 3)
				if n%4 == 1 {
					post.WriteString("个")
				}
				post.WriteRune(d)
				writeRandomWords(&post, rng, ctx, 5)
				s := pre.String() + num + post.String()
				i := len([]rune(pre.String()))
				for _, ref := range refs[:1+n%2] {
					p := newParser(s, ref)
					if !p.numeralDead(i) {
						continue
					}
					tried++
					checkDeadReading(t, p, s, i, num)
				}
			}
		}
	}
	if tried < 8*(len(nums)-3)*len([]rune(numeralDeadNext+numeralDeadInWords)) {
		t.Errorf("only %d dead readings tried", tried)
	}
	t.Logf("%d dead numeral readings", tried)
}

// TestFromDeadFail checks fromDead: wherever it holds, a reading at 从, 自
// or 由 fails and leaves vagueAmount false, whatever precedes and follows
// (random runs of the rules' words, numerals, dead runes and others).
func TestFromDeadFail(t *testing.T) {
	var vocab []string
	vocab = append(vocab, strings.Fields(startPairs)...)
	for _, r := range startSingles + startOther + numeralDeadNext + numeralDeadInWords + "的和到时月世北这本人国家大些张元我们发展经济" {
		vocab = append(vocab, string(r))
	}
	vocab = append(vocab, startWords()...)
	vocab = append(vocab, "2024", "3", "12", "一", "两", "十一", "三八", "一个", "年", "月", "日", "号", "第", "个", "(", "（", ")", "）", "，", "、", " ", "\n", ":", "-", "~", "/", ".", "至今", "世纪", "以来", "时间")
	tried := 0
	rng := rand.New(rand.NewSource(13))
	refs := []Reference{{}, {Date: time.Date(2025, 3, 5, 0, 0, 0, 0, time.UTC), Region: Taiwan}}
	for _, from := range "从自由" {
		for n := 0; n < 3*len(vocab); n++ {
			var pre, post strings.Builder
			writeRandomWords(&pre, rng, vocab, 3)
			post.WriteString(vocab[n%len(vocab)])
			writeRandomWords(&post, rng, vocab, 5)
			s := pre.String() + string(from) + post.String()
			i := len([]rune(pre.String()))
			for _, ref := range refs[:1+n%2] {
				p := newParser(s, ref)
				if !p.fromDead(i) || inKnownGap(p, i+1) {
					continue
				}
				tried++
				checkDeadReading(t, p, s, i, string(from))
			}
		}
	}
	if tried < len(vocab) {
		t.Errorf("only %d dead readings tried", tried)
	}
	t.Logf("%d dead readings at 从, 自, 由", tried)
}

// TestPrefixDeadFail checks prefixDead: wherever it holds, a reading at
// 第 fails and leaves vagueAmount false, whatever precedes and
// follows.
func TestPrefixDeadFail(t *testing.T) {
	var vocab []string
	vocab = append(vocab, strings.Fields(startPairs)...)
	for _, r := range startSingles + startOther + "的和到时月世北这本人国家大些张元" {
		vocab = append(vocab, string(r))
	}
	vocab = append(vocab, startWords()...)
	vocab = append(vocab, "2024", "3", "12", "年", "月", "日", "号", "第", "个", "(", "（", ")", "）", "，", "、", " ", "\n", ":", "-", "~", "/", ".", "至今", "世纪", "以来", "时间")
	nums := []string{"", "一", "两", "三", "十", "二十", "十一", "百", "2", "12", "1998", "十几", "一百零八"}
	tried := 0
	rng := rand.New(rand.NewSource(17))
	refs := []Reference{{}, {Date: time.Date(2025, 3, 5, 0, 0, 0, 0, time.UTC), Region: Taiwan}}
	for _, pre0 := range "第数几" { // 数, 几: prefixDead must not hold
		for _, num := range nums {
			for _, d := range numeralDeadNext + numeralDeadInWords {
				for n := 0; n < 6; n++ {
					var pre, post strings.Builder
					writeRandomWords(&pre, rng, vocab, 3)
					if n%3 == 1 {
						post.WriteString("个")
					}
					post.WriteRune(d)
					writeRandomWords(&post, rng, vocab, 5)
					s := pre.String() + string(pre0) + num + post.String()
					i := len([]rune(pre.String()))
					for _, ref := range refs[:1+n%2] {
						p := newParser(s, ref)
						if !p.prefixDead(i) {
							continue
						}
						tried++
						checkDeadReading(t, p, s, i, string(pre0))
					}
				}
			}
		}
	}
	if tried < len(nums)*len([]rune(numeralDeadNext+numeralDeadInWords)) {
		t.Errorf("only %d dead readings tried", tried)
	}
	t.Logf("%d dead readings at 第", tried)
}

// inKnownGap reports whether the run of numerals at rune i holds a word
// of numeralWords and is followed (after 个, if any) by a rune of
// numeralDeadNext: the known gap that numeralDeadNext keeps.
func inKnownGap(p *parser, i int) bool {
	k := i
	for k < p.n() && numStarts(p.r(k)) {
		k++
	}
	end := k
	if p.r(k) == '个' {
		k++
	}
	return p.holdsNumeralWord(i, end) && numeralDeadSet.has(p.r(k))
}

// writeRandomWords writes fewer than limit words of words, drawn with rng,
// to b (a random context around the position a test reads).
func writeRandomWords(b *strings.Builder, rng *rand.Rand, words []string, limit int) {
	for k := rng.Intn(limit); k > 0; k-- {
		b.WriteString(words[rng.Intn(len(words))])
	}
}

// checkDeadReading reads at rune i of s, which a dead-start filter has
// ruled out, and reports an error unless the reading fails and leaves
// vagueAmount false. at names what stands at i, for the message.
func checkDeadReading(t *testing.T, p *parser, s string, i int, at string) {
	t.Helper()
	p.vagueAmount = true
	p.cur = i
	_, _, j, ok := p.at(i)
	if ok && j > i || j < 0 || p.vagueAmount {
		t.Errorf("%q: reading at %q (rune %d) gives end %d, ok %v, vagueAmount %v; want a failure and false", s, at, i, j, ok, p.vagueAmount)
	}
}

// TestNumeralWordNotDead checks that a run holding a word of numeralWords
// is no dead start before a rune of numeralDeadInWords: the holiday
// 三一五 is read there, as without the filter.
func TestNumeralWordNotDead(t *testing.T) {
	for _, s := range []string{"他说三一五赛事", "2024三一五赛事", "自三一五赛事", "第十一村"} {
		p := newParser(s, ref2025)
		i := strings.IndexFunc(s, numStarts)
		i = len([]rune(s[:i]))
		if p.deadAfterRun(i) {
			t.Errorf("%q: the run at rune %d is dead", s, i)
		}
	}
	for _, s := range []string{"他说三一五赛事", "自三一五赛事"} {
		if a, b := extract(s, ref2025, true), extract(s, ref2025, false); !reflect.DeepEqual(a, b) || len(a) == 0 {
			t.Errorf("Extract(%q) = %+v; without the filter %+v", s, a, b)
		}
	}
}

// TestNumeralDeadInWordsPD compares the scan with numeralDeadInWords and
// without it (those runes read) on People's Daily articles, with and
// without a reference.
func TestNumeralDeadInWordsPD(t *testing.T) {
	arts := readPDArticles(t, 1000)
	set := numeralDeadWordSet
	defer func() { numeralDeadWordSet = set }()
	for _, a := range arts {
		for _, ref := range []Reference{{}, ref2025, {Date: ref2025.Date, Region: Taiwan}} {
			numeralDeadWordSet = set
			x := newParser(a.text, ref)
			x.ends = a.ends
			got := x.scan(true)
			numeralDeadWordSet = newRuneSet("")
			y := newParser(a.text, ref)
			y.ends = a.ends
			if want := y.scan(true); !reflect.DeepEqual(got, want) {
				t.Fatalf("%.60q…, %+v: the scan differs with numeralDeadInWords:\n%+v\n%+v", a.text, ref, got, want)
			}
		}
	}
}
