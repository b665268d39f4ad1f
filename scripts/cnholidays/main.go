// Command cnholidays writes pipeline/timex/cnholidays.txt, the mainland's
// official holidays and make-up working days, from the data of the npm
// package chinese-days (MIT), which transcribes the State Council General
// Office's annual notices (国务院办公厅关于…年部分节假日安排的通知):
//
//	npm pack chinese-days@1.5.7 && tar xzf chinese-days-1.5.7.tgz
//	go run ./scripts/cnholidays package/dist/chinese-days.json > pipeline/timex/cnholidays.txt
//
// pipeline/timex's tests check the table against the holiday data of
// github.com/6tail/lunar-go, maintained apart.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
	"time"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: cnholidays chinese-days.json")
		os.Exit(2)
	}
	raw, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, "cnholidays:", err)
		os.Exit(1)
	}
	var data struct {
		Holidays map[string]string `json:"holidays"`
		Workdays map[string]string `json:"workdays"`
	}
	if err := json.Unmarshal(raw, &data); err != nil {
		fmt.Fprintln(os.Stderr, "cnholidays:", os.Args[1], err)
		os.Exit(1)
	}
	off, work := byYear(data.Holidays), byYear(data.Workdays)
	var years []string
	for y := range off {
		years = append(years, y)
	}
	sort.Strings(years)
	fmt.Println("# The mainland's official holidays (off: days or first-last, MMDD) and make-up")
	fmt.Println("# working days (work: 调休) by year, as announced in the State Council General")
	fmt.Println("# Office's 国务院办公厅关于<year>年部分节假日安排的通知. Written by")
	fmt.Println("# scripts/cnholidays from chinese-days 1.5.7 (npm, MIT); see dict/NOTICE.")
	for _, y := range years {
		fmt.Printf("%s off %s work %s\n", y, strings.Join(ranges(off[y]), " "), strings.Join(ranges(work[y]), " "))
	}
}

func byYear(m map[string]string) map[string][]time.Time {
	out := map[string][]time.Time{}
	for d := range m {
		t, err := time.Parse("2006-01-02", d)
		if err != nil {
			fmt.Fprintln(os.Stderr, "cnholidays: bad date", d)
			os.Exit(1)
		}
		out[d[:4]] = append(out[d[:4]], t)
	}
	for _, ts := range out {
		sort.Slice(ts, func(a, b int) bool { return ts[a].Before(ts[b]) })
	}
	return out
}

// ranges writes consecutive days as first-last.
func ranges(ts []time.Time) []string {
	var out []string
	for k := 0; k < len(ts); {
		e := k
		for e+1 < len(ts) && ts[e+1].Equal(ts[e].AddDate(0, 0, 1)) {
			e++
		}
		s := ts[k].Format("0102")
		if e > k {
			s += "-" + ts[e].Format("0102")
		}
		out = append(out, s)
		k = e + 1
	}
	if out == nil {
		out = []string{"-"}
	}
	return out
}
