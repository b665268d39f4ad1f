package numbers

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/zhpipe/zhpipe/internal/eval"
	"github.com/zhpipe/zhpipe/pipeline/numeral"
)

// readTSV returns the rows of a suite file after its comment lines and
// header, each split on tabs.
func readTSV(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var rows [][]string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	header := false
	for sc.Scan() {
		l := sc.Text()
		if strings.HasPrefix(l, "#") {
			continue
		}
		if !header {
			header = true
			continue
		}
		rows = append(rows, strings.Split(l, "\t"))
	}
	return rows, sc.Err()
}

func close(a, b float64) bool {
	return math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(b))
}

// Run evaluates the numeral suites under sharedDir/eval/numbers, writes
// failures to outDir and returns numbers.cn2an and numbers.duckling_numeral
// (plus the cn2an per-mode figures).
func Run(sharedDir, outDir string, w io.Writer) ([]eval.Figure, error) {
	dir := filepath.Join(sharedDir, "eval", "numbers")
	var figs []eval.Figure

	rows, err := readTSV(filepath.Join(dir, "cn2an_cn2an.tsv"))
	if err != nil {
		return nil, fmt.Errorf("numbers: %w", err)
	}
	var fails []string
	pass, total := 0, 0
	per := map[string][2]int{}
	for _, r := range rows {
		if len(r) < 3 {
			continue
		}
		mode, in, want := r[0], r[1], r[2]
		var ok bool
		var got string
		switch mode {
		case "strict", "normal", "smart":
			m := map[string]numeral.Mode{"strict": numeral.Strict, "normal": numeral.Normal, "smart": numeral.Smart}[mode]
			wv, perr := strconv.ParseFloat(want, 64)
			if perr != nil {
				continue
			}
			v, e := numeral.ParseMode(in, m)
			got = fmt.Sprint(v, e)
			ok = e == nil && close(v, wv)
		case "error":
			v, e := numeral.ParseMode(in, numeral.Strict)
			got = fmt.Sprint(v, e)
			ok = e != nil
		default:
			continue // direct mode returns digit strings, not numbers
		}
		c := per[mode]
		c[1]++
		total++
		if ok {
			c[0]++
			pass++
		} else {
			fails = append(fails, fmt.Sprintf("%s\t%s\twant %s\tgot %s", mode, in, want, got))
		}
		per[mode] = c
	}
	figs = append(figs, eval.Ratio("numbers.cn2an", pass, total))
	modes := make([]string, 0, len(per))
	for m := range per {
		modes = append(modes, m)
	}
	sort.Strings(modes)
	for _, m := range modes {
		figs = append(figs, eval.Ratio("numbers.cn2an."+m, per[m][0], per[m][1]))
		fmt.Fprintf(w, "numbers.cn2an %s: %d/%d\n", m, per[m][0], per[m][1])
	}
	if _, err := eval.WriteFailures(outDir, "numbers.cn2an.failures.tsv", fails); err != nil {
		return nil, err
	}

	rows, err = readTSV(filepath.Join(dir, "duckling_zh_numeral.tsv"))
	if err != nil {
		return nil, fmt.Errorf("numbers: %w", err)
	}
	fails, pass, total = nil, 0, 0
	for _, r := range rows {
		if len(r) < 2 {
			continue
		}
		wv, perr := strconv.ParseFloat(r[1], 64)
		if perr != nil {
			continue
		}
		total++
		v, e := numeral.Parse(r[0])
		if e == nil && close(v, wv) {
			pass++
		} else {
			fails = append(fails, fmt.Sprintf("%s\twant %s\tgot %v %v", r[0], r[1], v, e))
		}
	}
	figs = append(figs, eval.Ratio("numbers.duckling_numeral", pass, total))
	fmt.Fprintf(w, "numbers.duckling_numeral: %d/%d\n", pass, total)
	if _, err := eval.WriteFailures(outDir, "numbers.duckling_numeral.failures.tsv", fails); err != nil {
		return nil, err
	}
	return figs, nil
}
