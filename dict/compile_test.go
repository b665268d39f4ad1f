package dict

import (
	"bytes"
	_ "embed"
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/go-ego/gse"
)

// The source of the compiled dictionary: gse's Simplified Chinese
// dictionary (data/dict/zh/s_1.txt of gse v0.80.3). Only the tests embed it.
//
//go:embed gse/zh_s.txt
var zhS string

var update = flag.Bool("update", false, "rewrite gse/zh_s.dat from gse's dictionary and HMM (make dict-gse)")

// gseOnce loads gse's dictionary with gse's own LoadDictStr and its HMM: the
// reference the compiled dictionary must reproduce.
var gseOnce = sync.OnceValues(func() (*gse.Segmenter, error) {
	seg := &gse.Segmenter{SkipLog: true}
	if err := seg.LoadDictStr(zhS); err != nil {
		return nil, err
	}
	seg.LoadModel()
	return seg, nil
})

func gseRef(t testing.TB) *gse.Segmenter {
	t.Helper()
	seg, err := gseOnce()
	if err != nil {
		t.Fatal(err)
	}
	return seg
}

// gseModuleDir finds gse's module directory (for its HMM tables' source).
func gseModuleDir(t testing.TB) string {
	t.Helper()
	out, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/go-ego/gse").Output()
	if err != nil {
		t.Skipf("cannot locate gse's module (go list: %v)", err)
	}
	return strings.TrimSpace(string(out))
}

// readEmission reads gse's HMM emission table from the Go source that holds
// it (hmm/prob_emit.go: probEmit['B'] = map[rune]float64{...} and so on).
func readEmission(path string) ([]Emission, error) {
	f, err := parser.ParseFile(token.NewFileSet(), path, nil, 0)
	if err != nil {
		return nil, err
	}
	state := map[string]int{"'B'": stB, "'M'": stM, "'E'": stE, "'S'": stS}
	table := map[rune]*Emission{}
	var order []rune
	var bad error
	ast.Inspect(f, func(n ast.Node) bool {
		as, ok := n.(*ast.AssignStmt)
		if !ok || len(as.Lhs) != 1 || len(as.Rhs) != 1 {
			return true
		}
		ix, ok1 := as.Lhs[0].(*ast.IndexExpr)
		lit, ok2 := as.Rhs[0].(*ast.CompositeLit)
		if !ok1 || !ok2 {
			return true
		}
		key, ok := ix.Index.(*ast.BasicLit)
		if !ok {
			return true
		}
		st, ok := state[key.Value]
		if !ok {
			bad = fmt.Errorf("unknown state %s", key.Value)
			return false
		}
		for _, el := range lit.Elts {
			kv := el.(*ast.KeyValueExpr)
			rs, err := strconv.Unquote(kv.Key.(*ast.BasicLit).Value)
			if err != nil {
				bad = err
				return false
			}
			r := []rune(rs)[0]
			var text string
			switch v := kv.Value.(type) {
			case *ast.BasicLit:
				text = v.Value
			case *ast.UnaryExpr:
				text = v.Op.String() + v.X.(*ast.BasicLit).Value
			}
			p, err := strconv.ParseFloat(text, 64)
			if err != nil {
				bad = err
				return false
			}
			e := table[r]
			if e == nil {
				e = &Emission{Rune: r, Prob: [4]float64{minFloat, minFloat, minFloat, minFloat}}
				table[r] = e
				order = append(order, r)
			}
			e.Prob[st] = p
		}
		return false
	})
	if bad != nil {
		return nil, bad
	}
	if len(order) < 1000 {
		return nil, fmt.Errorf("%s: only %d runes in the emission table", path, len(order))
	}
	out := make([]Emission, 0, len(order))
	for _, r := range order {
		out = append(out, *table[r])
	}
	return out, nil
}

// compileFromGSE compiles gse's dictionary as gse loaded it, and its HMM.
func compileFromGSE(t testing.TB) []byte {
	seg := gseRef(t)
	entries := make([]Entry, 0, seg.Dict.NumTokens())
	for i := range seg.Dict.Tokens {
		tok := &seg.Dict.Tokens[i]
		entries = append(entries, Entry{Word: tok.Text(), Freq: tok.Freq(), Tag: tok.Pos()})
	}
	emit, err := readEmission(filepath.Join(gseModuleDir(t), "hmm", "prob_emit.go"))
	if err != nil {
		t.Fatal(err)
	}
	data, err := Compile(entries, emit)
	if err != nil {
		t.Fatal(err)
	}
	tr, err := openTrie(data)
	if err != nil {
		t.Fatal(err)
	}
	if tr.total != seg.Dict.TotalFreq() || tr.words != seg.Dict.NumTokens() {
		t.Fatalf("compiled: %d words, total %g; gse: %d, %g", tr.words, tr.total, seg.Dict.NumTokens(), seg.Dict.TotalFreq())
	}
	return data
}

// TestCompiledDictionary checks that gse/zh_s.dat is what Compile makes of
// gse's dictionary today (with -update: writes it), and that every word of
// gse's dictionary, and every prefix, reads back as gse's Find gives it.
func TestCompiledDictionary(t *testing.T) {
	data := compileFromGSE(t)
	if *update {
		if err := os.WriteFile(filepath.Join("gse", "zh_s.dat"), data, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote gse/zh_s.dat: %d bytes", len(data))
		return
	}
	if !bytes.Equal(data, compiled) {
		t.Fatalf("gse/zh_s.dat (%d bytes) is not what gse's dictionary compiles to (%d bytes): run make dict-gse", len(compiled), len(data))
	}
	s := testSet(t)
	seg := gseRef(t)
	for i := range seg.Dict.Tokens {
		tok := &seg.Dict.Tokens[i]
		w := tok.Text()
		freq, tag, ok := s.find(w)
		if !ok || freq != tok.Freq() || tag != tok.Pos() {
			t.Fatalf("find(%q) = %g %q %v; gse: %g %q", w, freq, tag, ok, tok.Freq(), tok.Pos())
		}
		for j := range w {
			if j == 0 {
				continue
			}
			gf, gt, gok := seg.Find(w[:j])
			f, tg, ok := s.find(w[:j])
			if f != gf || tg != gt || ok != gok {
				t.Fatalf("find(%q) = %g %q %v; gse: %g %q %v", w[:j], f, tg, ok, gf, gt, gok)
			}
		}
	}
	for _, w := range []string{"", "不存在的词语组合", "z", "𠮷"} {
		gf, gt, gok := seg.Find(w)
		if f, tg, ok := s.find(w); f != gf || tg != gt || ok != gok {
			t.Errorf("find(%q) = %g %q %v; gse: %g %q %v", w, f, tg, ok, gf, gt, gok)
		}
	}
}
