package timex

import (
	_ "embed"
	"strconv"
	"strings"
	"time"
)

// The Umm al-Qura calendar, by which Saudi Arabia dates the Islamic
// holidays that most calendars (Duckling's among them) follow; outside its
// years (1343–1500 AH, 1924–2077) the arithmetical calendar stands in.

//go:embed ummalqura.txt
var ummAlQuraTable string

// ummAlQura holds the reduced Julian day on which each month of the table
// starts, month k being month k%12+1 of year 1343+k/12; one more entry
// closes the last month. Built once, never written again.
var ummAlQura = parseUmmAlQura(ummAlQuraTable)

func parseUmmAlQura(s string) []int {
	var starts []int
	for _, line := range strings.Split(s, "\n") {
		f := strings.Fields(line)
		if len(f) != 2 || strings.HasPrefix(f[0], "#") {
			continue
		}
		if f[0] == "start" {
			n, err := strconv.Atoi(f[1])
			if err != nil {
				return nil
			}
			starts = append(starts, n)
			continue
		}
		for _, c := range f[1] {
			if len(starts) == 0 {
				return nil
			}
			days := 20 + int(c-'0')
			if days < 28 {
				days += 10
			}
			starts = append(starts, starts[len(starts)-1]+days)
		}
	}
	return starts
}

const ummAlQuraFirstYear = 1343

// ummAlQuraDate returns day d of month m of Hijri year y by Umm al-Qura.
func ummAlQuraDate(y, m, d int, loc *time.Location) (time.Time, bool) {
	k := (y-ummAlQuraFirstYear)*12 + m - 1
	if k < 0 || k+1 >= len(ummAlQura) || d < 1 || d > ummAlQura[k+1]-ummAlQura[k] {
		return time.Time{}, false
	}
	// Reduced Julian day 40588 is 1970-01-01.
	return time.Date(1970, 1, 1, 0, 0, 0, 0, loc).AddDate(0, 0, ummAlQura[k]+d-1-40588), true
}
