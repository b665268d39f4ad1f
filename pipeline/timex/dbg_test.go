package timex

import (
	"fmt"
	"sort"
	"testing"
)

func TestDbgReadings(t *testing.T) {
	arts := readPDArticles(t, 4000)
	by := map[string]int{}
	ctx := map[string]string{}
	first := false
	nOK, nAll := 0, 0
	DebugHook = func(p *parser, i, j int, ok bool, touched bool) {
		if !first {
			return
		}
		nAll++
		if ok {
			nOK++
			return
		}
		k := ""
		if numStarts(p.r(i)) {
			q := i
			for numStarts(p.r(q)) {
				q++
			}
			if p.r(q) == '个' {
				q++
				k = "个"
			}
			k = "N" + k + string(p.r(q))
		} else {
			k = "W" + string(p.r(i)) + string(p.r(i+1))
		}
		if j < 0 {
			k += " NUM"
		}
		if touched {
			k += " T"
		}
		by[k]++
		if ctx[k] == "" {
			ctx[k] = string(p.t.appendRunes(nil, max(0, i-3), min(p.n(), i+6)))
		}
	}
	for _, a := range arts {
		tx := NewText(a.text).WithWordEnds(a.ends)
		first = true
		ref, _ := tx.GuessReferenceExprs()
		first = false
		tx.Extract(ref)
	}
	DebugHook = nil
	var ks []string
	tot, totN := 0, 0
	for k, v := range by {
		ks = append(ks, k)
		tot += v
		if k[0] == 'N' {
			totN += v
		}
	}
	sort.Slice(ks, func(a, b int) bool { return by[ks[a]] > by[ks[b]] })
	fmt.Println("readings", nAll, "ok", nOK, "fails", tot, "numeral fails", totN)
	for _, k := range ks[:120] {
		fmt.Printf("%-12s %6d %q\n", k, by[k], ctx[k])
	}
}
