package ner

import (
	"math/rand/v2"
	"os"
	"testing"
)

// probes returns the number of slots a look-up of key reads in t: with the
// ordered table's early stop (get) or without it (getLong).
func probes(t *hashTable, key uint64, early bool) int {
	n := 0
	for i := t.home(key); ; {
		n++
		s := t.slots[i]
		k := s >> t.valBits
		if k == key || s == 0 || early && k > key {
			return n
		}
		if i++; i == len(t.slots) {
			i = 0
		}
	}
}

// checkOrdered checks that the early stop of get and probe changes no
// answer in tab: every key finds its value, as the plain linear probe
// (getLong) does, and random absent keys stay absent. It logs the mean
// number of slots an absent key reads with and without the early stop.
func checkOrdered(t *testing.T, name string, tab *hashTable, rng *rand.Rand) {
	t.Helper()
	if len(tab.slots) == 0 {
		t.Fatalf("%s: empty table: the test proves nothing", name)
	}
	mask := uint64(1)<<tab.valBits - 1
	present := map[uint64]bool{}
	for _, s := range tab.slots {
		if s == 0 {
			continue
		}
		k := s >> tab.valBits
		present[k] = true
		want := s & mask
		if v, ok := tab.getLong(k); !ok || v != want {
			t.Fatalf("%s: getLong(%#x) = %#x, %v; want %#x", name, k, v, ok, want)
		}
		if v, ok := tab.get(k); !ok || v != want {
			t.Fatalf("%s: get(%#x) = %#x, %v; want %#x", name, k, v, ok, want)
		}
		if v, ok := probe(tab.slots, k, tab.valBits); !ok || v != want {
			t.Fatalf("%s: probe(%#x) = %#x, %v; want %#x", name, k, v, ok, want)
		}
	}
	var long, short, absent int
	for range 20000 {
		k := rng.Uint64() >> tab.valBits
		if k == 0 || present[k] {
			continue
		}
		absent++
		if v, ok := tab.get(k); ok {
			t.Fatalf("%s: get(%#x) = %#x for an absent key", name, k, v)
		}
		if v, ok := probe(tab.slots, k, tab.valBits); ok {
			t.Fatalf("%s: probe(%#x) = %#x for an absent key", name, k, v)
		}
		long += probes(tab, k, false)
		short += probes(tab, k, true)
	}
	// Absent keys next to present ones (±1) meet their neighbours in the
	// probe: the early stop must not take one for the other.
	for k := range present {
		for _, a := range []uint64{k - 1, k + 1} {
			if a == 0 || a>>(64-tab.valBits) != 0 || present[a] {
				continue
			}
			if _, ok := tab.get(a); ok {
				t.Fatalf("%s: get(%#x) found an absent key", name, a)
			}
			if _, ok := probe(tab.slots, a, tab.valBits); ok {
				t.Fatalf("%s: probe(%#x) found an absent key", name, a)
			}
		}
	}
	t.Logf("%s: %d keys in %d slots; an absent key reads %.2f slots (%.2f without the early stop)",
		name, len(present), len(tab.slots), float64(short)/float64(absent), float64(long)/float64(absent))
}

// TestOrderedTable checks the ordered tables' early stop on random tables
// (some with keys crowded at the top, whose probes wrap around the end),
// on a trained synthetic model and on the shipped model.
func TestOrderedTable(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for _, n := range []int{1, 2, 9, 100, 5000} {
		for _, top := range []bool{false, true} {
			kv := map[uint64]uint64{}
			for len(kv) < n {
				k := rng.Uint64() >> pairValBits
				if top {
					k |= 0xffff0000 // homes in the last slots: the probes wrap
				}
				if k != 0 {
					kv[k] = uint64(len(kv) + 1)
				}
			}
			tab, err := newHashTable(kv, pairValBits)
			if err != nil {
				t.Fatal(err)
			}
			checkOrdered(t, "random", tab, rng)
		}
	}
	m := trainSynthetic(t)
	for _, x := range []struct {
		name string
		tab  *hashTable
	}{{"synthetic pair", &m.pairs}, {"synthetic skip", &m.skips}, {"synthetic trigram", &m.tris}, {"synthetic lexicon", &m.lex}} {
		checkOrdered(t, x.name, x.tab, rng)
	}
	if testing.Short() {
		t.Skip("skipping the shipped model (-short)")
	}
	b, err := os.ReadFile("../../../dict/nermodel/model.bin")
	if err != nil {
		t.Skipf("skipping the shipped model: %v", err)
	}
	if m, err = Decode(b); err != nil {
		t.Fatal(err)
	}
	for _, x := range []struct {
		name string
		tab  *hashTable
	}{{"pair", &m.pairs}, {"skip", &m.skips}, {"trigram", &m.tris}, {"lexicon", &m.lex}} {
		checkOrdered(t, x.name, x.tab, rng)
	}
}
