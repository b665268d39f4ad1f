package annotate

import (
	"strings"
	"sync"
	"testing"
	"unsafe"
)

// TestTraditionalMemo checks that the memoized Traditional answers what
// the converter answers, the first time and from the memo, for short and
// long strings and from several goroutines; that the memo does not grow
// past its bound; and that it keeps copies, not a caller's string (a slice
// of a document's text).
func TestTraditionalMemo(t *testing.T) {
	p := testPipeline(t, Options{})
	names := []string{"", "北京", "国务院", "台湾", "干部", "发展和改革委员会", "联合国教科文组织", "ABC", "香港特别行政区政府",
		"后来面包发霉了", "一只台风", strings.Repeat("国务院发展研究中心", 8)}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for round := 0; round < 3; round++ {
				for _, s := range names {
					if got, want := p.Traditional(s), p.s2t.Convert(s); got != want {
						t.Errorf("round %d: Traditional(%q) = %q, converter says %q", round, s, got, want)
					}
				}
			}
		}()
	}
	wg.Wait()
	if n := len(p.trad); n != len(names)-1 {
		t.Errorf("memo holds %d entries, want the %d short names", n, len(names)-1)
	}
	// A name cut from a longer text is stored as a copy.
	text := "据新华社北京电国务院总理今天会见了来访的外宾"
	name := text[len("据新华社"):len("据新华社北京")]
	q := testPipeline(t, Options{})
	q.Traditional(name)
	for k := range q.trad {
		if unsafe.StringData(k) == unsafe.StringData(name) {
			t.Errorf("memo keeps the caller's string %q", k)
		}
	}
	// Past the bound the answers stay right and the memo stops growing.
	r := testPipeline(t, Options{})
	for i := 0; i < tradMax+100; i++ {
		s := string(rune(0x4E00+i%20000)) + string(rune(0x4E00+i/20000))
		if got, want := r.Traditional(s), r.s2t.Convert(s); got != want {
			t.Fatalf("Traditional(%q) = %q, converter says %q", s, got, want)
		}
	}
	if n := len(r.trad); n != tradMax {
		t.Errorf("memo holds %d entries, bound %d", n, tradMax)
	}
}
