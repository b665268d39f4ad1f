package main

import "testing"

// TestMemoryBudgetRaise checks that a busy collector raises the limit to a
// quarter above the live heap when that is well above the limit, and by an
// eighth of the limit otherwise (not by a compounding quarter).
func TestMemoryBudgetRaise(t *testing.T) {
	m := &memoryBudget{base: 100 << 20, inflight: 20 << 20}
	limit := func() int64 { return m.base + memSlack + memPerByte*m.inflight + m.raised }
	l0 := limit()
	m.raise(2 * l0)
	if got, want := limit(), 2*l0+2*l0/4; got != want {
		t.Errorf("live twice the limit: limit %d, want %d", got, want)
	}
	l1 := limit()
	m.raise(l1 / 2)
	if got, want := limit(), l1+l1/8; got != want {
		t.Errorf("live under the limit: limit %d, want %d", got, want)
	}
}
