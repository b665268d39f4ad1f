package timex

import (
	"go/ast"
	goparser "go/parser"
	"go/token"
	"math/rand"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestNumeralDeadNextNoLiteral checks that no rune of numeralDeadNext
// stands in a string or rune literal of the package (but the fold table),
// in its holiday data or in a start word; the lists of counters that only
// reject a number as a day (unitAfterNumber, dayAfterMonthCounters) do not
// count.
func TestNumeralDeadNextNoLiteral(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	var lits []string
	fset := token.NewFileSet()
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		af, err := goparser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(af, func(n ast.Node) bool {
			if vs, ok := n.(*ast.ValueSpec); ok && len(vs.Names) == 1 && (vs.Names[0].Name == "foldPairs" || vs.Names[0].Name == "numeralDeadNext" || vs.Names[0].Name == "unitAfterNumber") {
				return false
			}
			lit, ok := n.(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING && lit.Kind != token.CHAR {
				return true
			}
			if lit.Kind == token.CHAR {
				r, _, _, err := strconv.UnquoteChar(lit.Value[1:len(lit.Value)-1], '\'')
				if err != nil {
					t.Fatal(err)
				}
				lits = append(lits, string(r))
				return true
			}
			s, err := strconv.Unquote(lit.Value)
			if err != nil {
				t.Fatal(err)
			}
			if s == dayAfterMonthCounters {
				return true // only rejects a day
			}
			lits = append(lits, s)
			return true
		})
	}
	data, err := os.ReadFile("cnholidays.txt")
	if err != nil {
		t.Fatal(err)
	}
	lits = append(lits, string(data))
	lits = append(lits, startWords()...)
	if len(lits) < 500 {
		t.Fatalf("only %d literals", len(lits))
	}
	for _, s := range lits {
		for _, r := range s {
			if numeralDeadSet.has(r) || numeralDeadSet.has(fold(r)) {
				t.Errorf("%q of numeralDeadNext stands in the literal %q", r, s)
			}
		}
	}
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
	nums := []string{"一", "两", "三", "十", "二十", "一九九八", "十一", "五一", "三八", "百", "三千", "2", "12", "1998", "20240506", "202405", "240506", "1130320", "19980101", "2024", "3.5", "三点五", "十几", "一百零八", "〇", "零", "廿"}
	var ctx []string
	ctx = append(ctx, vocab...)
	ctx = append(ctx, nums...)
	tried := 0
	rng := rand.New(rand.NewSource(11))
	refs := []Reference{{}, {Date: time.Date(2025, 3, 5, 0, 0, 0, 0, time.UTC), Region: Taiwan}}
	for _, num := range nums {
		for _, d := range numeralDeadNext {
			for n := 0; n < 40; n++ {
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
	if tried < 20*len(nums)*len([]rune(numeralDeadNext)) {
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
	for _, r := range startSingles + startOther + numeralDeadNext + "的和到时月世北这本人国家大些张元我们发展经济" {
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
				if !p.fromDead(i) {
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
			for _, d := range numeralDeadNext {
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
	if tried < len(nums)*len([]rune(numeralDeadNext)) {
		t.Errorf("only %d dead readings tried", tried)
	}
	t.Logf("%d dead readings at 第", tried)
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
