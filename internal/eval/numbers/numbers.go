package numbers

import (
	"fmt"
	"io"
	"math"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/zhpipe/zhpipe/internal/eval"
	"github.com/zhpipe/zhpipe/pipeline/numeral"
	"github.com/zhpipe/zhpipe/pipeline/quantity"
)

func close(a, b float64) bool {
	return math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(b))
}

// Run evaluates the numeral suites under sharedDir/eval/numbers, writes
// failures to outDir and returns numbers.cn2an and numbers.duckling_numeral
// (plus the cn2an per-mode figures) and Duckling's ordinal, money and
// quantity suites.
func Run(sharedDir, outDir string, w io.Writer) ([]eval.Figure, error) {
	dir := filepath.Join(sharedDir, "eval", "numbers")
	var figs []eval.Figure

	rows, err := eval.ReadTSV(filepath.Join(dir, "cn2an_cn2an.tsv"))
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
	// Modes nest: a strict case must also pass in normal and smart mode, a
	// normal case in smart mode.
	nestPass, nestTotal := 0, 0
	order := map[string]numeral.Mode{"strict": numeral.Strict, "normal": numeral.Normal, "smart": numeral.Smart}
	for _, r := range rows {
		if len(r) < 3 {
			continue
		}
		m, ok := order[r[0]]
		wv, perr := strconv.ParseFloat(r[2], 64)
		if !ok || perr != nil {
			continue
		}
		for looser := m + 1; looser <= numeral.Smart; looser++ {
			nestTotal++
			if v, e := numeral.ParseMode(r[1], looser); e == nil && close(v, wv) {
				nestPass++
			} else {
				fails = append(fails, fmt.Sprintf("nested %s in %s\t%s\twant %s\tgot %v %v", r[0], looser, r[1], r[2], v, e))
			}
		}
	}
	figs = append(figs, eval.Ratio("numbers.cn2an.nested", nestPass, nestTotal))
	fmt.Fprintf(w, "numbers.cn2an nested (strict/normal cases in looser modes): %d/%d\n", nestPass, nestTotal)
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

	rows, err = eval.ReadTSV(filepath.Join(dir, "duckling_zh_numeral.tsv"))
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
	for _, s := range []struct {
		name, file string
		check      func(in, want string) (bool, string)
	}{
		{"numbers.duckling_ordinal", "duckling_zh_ordinal.tsv", checkOrdinal},
		{"numbers.duckling_money", "duckling_zh_money.tsv", checkMoney},
		{"numbers.duckling_quantity", "duckling_zh_quantity.tsv", checkMeasure},
	} {
		rows, err := eval.ReadTSV(filepath.Join(dir, s.file))
		if err != nil {
			return nil, fmt.Errorf("numbers: %w", err)
		}
		fails, pass, total = nil, 0, 0
		for _, r := range rows {
			if len(r) < 2 {
				continue
			}
			total++
			ok, got := s.check(r[0], r[1])
			if ok {
				pass++
			} else {
				fails = append(fails, fmt.Sprintf("%s\twant %s\tgot %s", r[0], r[1], got))
			}
		}
		figs = append(figs, eval.Ratio(s.name, pass, total))
		fmt.Fprintf(w, "%s: %d/%d\n", s.name, pass, total)
		if _, err := eval.WriteFailures(outDir, s.name+".failures.tsv", fails); err != nil {
			return nil, err
		}
	}
	return figs, nil
}

func checkOrdinal(in, want string) (bool, string) {
	n, ok := numeral.ParseOrdinal(in)
	return ok && strconv.Itoa(n) == want, fmt.Sprint(n, ok)
}

// checkMoney compares with Duckling's "simple|under|above Currency value"
// and "between Currency (lo, hi)": Dollar is our unnamed local currency
// (元, 块, 蚊), Cent is a hundredth of it.
func checkMoney(in, want string) (bool, string) {
	q, ok := quantity.ParseAmount(in)
	got := fmt.Sprintf("%+v %v", q, ok)
	if !ok {
		return false, got
	}
	f := strings.Fields(strings.NewReplacer("(", "", ")", "", ",", "").Replace(want))
	if len(f) < 3 {
		return false, got
	}
	kind, cur := f[0], f[1]
	lo, err := strconv.ParseFloat(f[2], 64)
	if err != nil {
		return false, got
	}
	if cur == "Cent" {
		lo, cur = lo/100, "Dollar"
	}
	wantCur := map[string]string{"Dollar": "", "CNY": "CNY", "HKD": "HKD", "USD": "USD"}[cur]
	if q.Currency != wantCur || !close(q.Value, lo) {
		return false, got
	}
	switch kind {
	case "simple":
		return q.Bound == "" && q.Upper == 0, got
	case "under", "above":
		return q.Bound == kind, got
	case "between":
		if len(f) < 4 {
			return false, got
		}
		hi, err := strconv.ParseFloat(f[3], 64)
		return err == nil && close(q.Upper, hi), got
	}
	return false, got
}

// checkMeasure compares with Duckling's "simple Gram value Nothing" in
// base units.
func checkMeasure(in, want string) (bool, string) {
	q, ok := quantity.ParseAmount(in)
	v, unit, okb := q.Base()
	got := fmt.Sprintf("%+v %v = %v %s", q, ok, v, unit)
	f := strings.Fields(want)
	if !ok || !okb || len(f) < 3 || f[1] != "Gram" || unit != "g" {
		return false, got
	}
	x, err := strconv.ParseFloat(f[2], 64)
	return err == nil && close(v, x), got
}
