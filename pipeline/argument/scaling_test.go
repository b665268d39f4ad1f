package argument

import (
	"fmt"
	"strings"
	"testing"
)

// TestWorkScalesLinearly checks that the candidate-searching loops (counted
// in doc.work) take about four times the steps on a text four times as
// long — one document made of 4 and then 16 copies of an article — with
// the internal number finder and with numbers given by the caller. It
// counts steps, not time.
func TestWorkScalesLinearly(t *testing.T) {
	for _, ar := range append(articles(), article{"seed", seedSpeakers()}) {
		for _, given := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s/given=%v", ar.file, given), func(t *testing.T) {
				var one string
				if ar.file == "seed" {
					one, _ = readSeed(t) // skips without ../shared
				} else {
					one = readArticle(t, ar.file)
				}
				work := func(copies int) int {
					text := strings.Repeat(one+"\n", copies)
					var ns []Number
					if given {
						for _, x := range newDoc(text).numbers(nil) {
							ns = append(ns, Number{Start: x.Start, End: x.End, Value: x.value, Unit: x.unitText})
						}
					}
					_, w := analyze(text, buildSpeakers(text, ar.speakers), ns)
					return w
				}
				w4, w16 := work(4), work(16)
				if w16 > 9*w4/2+64 {
					t.Errorf("work on 16 copies = %d; want at most 4.5 × %d (work on 4 copies)", w16, w4)
				}
				t.Logf("work: 4 copies %d, 16 copies %d (×%.2f)", w4, w16, float64(w16)/float64(max(w4, 1)))
			})
		}
	}
}
