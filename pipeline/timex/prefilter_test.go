package timex

import (
	"bufio"
	"go/ast"
	goparser "go/parser"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/zhpipe/zhpipe/internal/shared"
)

// contextWordLists are the word lists read around an expression, never
// at its start (what follows 十一, what a double-hour must not follow, the
// words before a planned date, the runes no reading at a numeral goes on
// with): their words need not be start words.
var contextWordLists = map[string]bool{"holidayStayWords": true, "zoneSuffixes": true, "doubleHourClashes": true,
	"futureWords": true, "laterWords": true, "withinWords": true, "durationBounds": true,
	"earlierNotBefore": true, "earlierNotAfter": true, "earlierCompared": true, "fiscalYearWords": true,
	"numeralDeadNext": true, "numeralDeadInWords": true}

// TestStartRunesCoverWords checks that every word in the package's string
// literals may start an expression: a word of one rune is in startSingles,
// the first two runes of a longer one are in startPairs.
func TestStartRunesCoverWords(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := token.NewFileSet()
	p := newParser("", Reference{})
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		af, err := goparser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(af, func(n ast.Node) bool {
			if vs, ok := n.(*ast.ValueSpec); ok && len(vs.Names) == 1 && contextWordLists[vs.Names[0].Name] {
				return false
			}
			lit, ok := n.(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return true
			}
			s, err := strconv.Unquote(lit.Value)
			if err != nil || len(s) > 200 { // the fold table is not a word list
				return true
			}
			for _, w := range strings.Fields(s) {
				r := []rune(w)[0]
				if r < 0x3000 {
					continue
				}
				p.t = newText(w)
				if !p.canStart(0) {
					t.Errorf("%s: word %q starts with %q, missing from startSingles or startPairs", fset.Position(lit.Pos()), w, r)
				}
			}
			return true
		})
	}
}

// TestPrefilterAgrees compares the filtered scan with the unfiltered one
// on the evaluation inputs, the seed and People's Daily text.
func TestPrefilterAgrees(t *testing.T) {
	var inputs []string
	for _, f := range []string{"duckling_zh_time.tsv", "jionlp_time_parser.tsv", "jionlp_time_extractor.tsv", "duckling_zh_duration.tsv"} {
		path := shared.Path(t, "eval", "timex", f)
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(b), "\n") {
			if fs := strings.Split(l, "\t"); len(fs) > 2 {
				inputs = append(inputs, fs[0], fs[1])
			}
		}
	}
	if b, err := os.ReadFile(shared.Path(t, "fixtures", "seed", "article.txt")); err == nil {
		inputs = append(inputs, string(b))
	}
	if f, err := os.Open(shared.Path(t, "eval", "corpus", "pd1998", "199801.utf8.txt")); err == nil {
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for n := 0; sc.Scan() && n < 800; n++ {
			var sb strings.Builder
			for _, w := range strings.Fields(sc.Text()) {
				form, _, _ := strings.Cut(w, "/")
				sb.WriteString(strings.TrimPrefix(form, "["))
			}
			inputs = append(inputs, sb.String())
		}
		f.Close()
	}
	for _, in := range inputs {
		a, b := extract(in, ref2025, true), extract(in, ref2025, false)
		if !reflect.DeepEqual(a, b) {
			t.Errorf("Extract(%q) differs with the prefilter:\n%+v\n%+v", in, a, b)
		}
	}
}

// TestStartMayCoversCanStart checks that startMay, canStart's first
// look-up, holds every rune beyond ASCII that the sets after it accept.
func TestStartMayCoversCanStart(t *testing.T) {
	for r := rune(0x80); r < 0x10000; r++ {
		_, num := numeralRune(r)
		if (startSet.has(r) || startPairFirst.has(r) || num || strings.ContainsRune(startOther, r)) && !startMay.has(r) {
			t.Errorf("%q may start an expression but is not in startMay", r)
		}
	}
}
