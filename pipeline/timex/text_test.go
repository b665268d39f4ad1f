package timex

import (
	"fmt"
	"os"
	"sync"
	"testing"
	"time"
)

// TestTextReadTwice checks that one Text read for its reference and then
// against it (and against another date) gives what the functions give on
// the string, on the seed and on running text of three regions.
func TestTextReadTwice(t *testing.T) {
	seed, err := os.ReadFile("../../testdata/seed-article.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{string(seed), mixedNews, guessBlock, ""} {
		x := NewText(s)
		ref, bare := x.GuessReferenceExprs()
		wantRef, wantBare := GuessReferenceExprs(s)
		if fmt.Sprint(ref, bare) != fmt.Sprint(wantRef, wantBare) {
			t.Fatalf("Text.GuessReferenceExprs differs from GuessReferenceExprs on %.40q", s)
		}
		for _, r := range []Reference{ref, {Date: time.Date(2025, 7, 23, 0, 0, 0, 0, time.UTC), Region: Taiwan}} {
			if got, want := fmt.Sprint(x.Extract(r)), fmt.Sprint(Extract(s, r)); got != want {
				t.Fatalf("Text.Extract(%v) differs from Extract on %.40q:\n%s\n%s", r, s, got, want)
			}
		}
	}
}

// TestTextConcurrent reads one Text from several goroutines at once (make
// test runs it under the race detector): each gets what a lone reader
// gets.
func TestTextConcurrent(t *testing.T) {
	ref := Reference{Date: time.Date(2025, 3, 5, 0, 0, 0, 0, time.UTC)}
	want := fmt.Sprint(NewText(mixedNews + guessBlock).Extract(ref))
	for _, fresh := range []bool{false, true} {
		checkTextConcurrent(t, ref, want, fresh)
	}
}

// checkTextConcurrent reads a Text from six goroutines; when fresh is
// not set it is read once before, so that they share its memo, else they
// fill it at the same time.
func checkTextConcurrent(t *testing.T, ref Reference, want string, fresh bool) {
	x := NewText(mixedNews + guessBlock)
	if !fresh {
		x.Extract(ref)
	}
	var wg sync.WaitGroup
	got := make([]string, 6)
	for g := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if g%2 == 0 {
				got[g] = fmt.Sprint(x.Extract(ref))
			} else {
				r, _ := x.GuessReferenceExprs()
				got[g] = r.Source
			}
		}()
	}
	wg.Wait()
	for g, s := range got {
		if g%2 == 0 && s != want {
			t.Errorf("goroutine %d read other expressions (fresh %v)", g, fresh)
		}
		if g%2 == 1 && s != "dateline" {
			t.Errorf("goroutine %d guessed the reference from %q; want the dateline", g, s)
		}
	}
}
