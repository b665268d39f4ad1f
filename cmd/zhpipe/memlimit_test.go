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

// TestMemoryBudgetLower checks that lowering takes back what raising added,
// down to a quarter above the live heap and never under the budget.
func TestMemoryBudgetLower(t *testing.T) {
	m := &memoryBudget{base: 100 << 20, inflight: 20 << 20}
	budget := m.base + memSlack + memPerByte*m.inflight
	m.raise(2 * budget)
	if m.lower(2 * budget) {
		t.Errorf("lowered while the live heap is still as large: raised %d", m.raised)
	}
	if !m.lower(budget) || m.raised != budget/4 {
		t.Errorf("live at the budget: raised %d, want %d", m.raised, budget/4)
	}
	if !m.lower(budget/2) || m.raised != 0 {
		t.Errorf("live under the budget: raised %d, want 0", m.raised)
	}
}
