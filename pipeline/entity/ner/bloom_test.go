package ner

import (
	"math/rand/v2"
	"testing"
)

// TestBloom checks the blocked Bloom filters: every key of a table passes
// its filter (get finds every key, and the tagger's inBloom agrees), and
// about one random absent key in twenty gets through.
func TestBloom(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{1, 7, 100, 5000} {
		kv := map[uint64]uint64{}
		for len(kv) < n {
			kv[rng.Uint64()>>skipValBits|1] = uint64(len(kv))
		}
		tab, err := newHashTable(kv, skipValBits)
		if err != nil {
			t.Fatal(err)
		}
		tab.bloom = newBloom(tab)
		if want := (n*bloomBitsPerKey + 63) / 64; len(tab.bloom) != want {
			t.Fatalf("%d keys: %d filter words; want %d", n, len(tab.bloom), want)
		}
		for k, v := range kv {
			if !inBloom(tab.bloom, bloomOf(k, len(tab.bloom))) {
				t.Fatalf("%d keys: key %#x not in its filter", n, k)
			}
			if got, ok := tab.get(k); !ok || got != v {
				t.Fatalf("%d keys: get(%#x) = %d, %v; want %d", n, k, got, ok, v)
			}
		}
		if n < 1000 {
			continue
		}
		through := 0
		const tries = 100000
		for range tries {
			k := rng.Uint64() >> skipValBits
			if _, ok := kv[k]; !ok && inBloom(tab.bloom, bloomOf(k, len(tab.bloom))) {
				through++
			}
		}
		rate := float64(through) / tries
		t.Logf("%d keys: %.3f of absent keys pass the filter", n, rate)
		if rate > 0.1 {
			t.Errorf("%d keys: %.3f of absent keys pass the filter; want about 0.05", n, rate)
		}
	}
}
