package argument

import (
	"reflect"
	"sync"
	"testing"
)

// TestScratchReuse checks that the tables kept from one analysis to the
// next leave nothing behind: every text analysed after the others, in
// the other order and from several goroutines at once, gives the result
// it gives first.
func TestScratchReuse(t *testing.T) {
	seed, _ := readSeed(t)
	texts := append(stopsTexts(400), seed, "「甲說：「乙」」\n“丙”表示，", seed+seed)
	sp := buildSpeakers(seed, seedSpeakers())
	analyzeAll := func(order []int) []*Argument {
		out := make([]*Argument, len(texts))
		for _, k := range order {
			var speakers []Speaker
			if len(texts[k]) >= len(seed) {
				speakers = sp
			}
			out[k] = Analyze(texts[k], speakers, nil)
		}
		return out
	}
	forward, backward := make([]int, len(texts)), make([]int, len(texts))
	for k := range texts {
		forward[k], backward[k] = k, len(texts)-1-k
	}
	want := analyzeAll(forward)
	check := func(got []*Argument, how string) {
		for k := range texts {
			if !reflect.DeepEqual(got[k], want[k]) {
				t.Fatalf("%s: Analyze(%q) = %+v; first %+v", how, texts[k], got[k], want[k])
			}
		}
	}
	check(analyzeAll(backward), "backwards")
	var wg sync.WaitGroup
	res := make([][]*Argument, 4)
	for g := range res {
		wg.Go(func() {
			if g%2 == 0 {
				res[g] = analyzeAll(forward)
			} else {
				res[g] = analyzeAll(backward)
			}
		})
	}
	wg.Wait()
	for _, r := range res {
		check(r, "at once")
	}
	quotes := 0
	for _, a := range want {
		quotes += len(a.Quotes)
	}
	if quotes < 50 {
		t.Fatalf("only %d quotations in all the texts: the test hardly reaches the quotation tables", quotes)
	}
}
