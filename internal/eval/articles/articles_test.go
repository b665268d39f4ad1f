package articles

import (
	"testing"

	"github.com/zhpipe/zhpipe/internal/eval"
)

func TestFigures(t *testing.T) {
	res := []Result{
		{Name: "01", Region: "tw", Score: 0.5, GoldDate: "2025-01-02", FoundDate: "2025-01-02",
			Categories: map[string]float64{"people": 1, "quotes": 0}},
		{Name: "02", Region: "tw", Score: 0.7, GoldDate: "2025-01-03", FoundDate: "2025-01-01",
			Categories: map[string]float64{"people": 0.5}},
		{Name: "03", Region: "hk", Score: 0.9, GoldDate: "2025-01-04",
			Categories: map[string]float64{"dates": 0.25}},
	}
	got := Figures(res)
	want := []eval.Figure{
		{Name: "articles.mean", Value: "0.70"},
		{Name: "articles.people", Value: "0.75"},
		{Name: "articles.dates", Value: "0.25"},
		{Name: "articles.quotes", Value: "0.00"},
		{Name: "articles.region.hk", Value: "0.90"},
		{Name: "articles.region.tw", Value: "0.60"},
		{Name: "articles.doc_date", Value: "0.33"},
	}
	if len(got) != len(want) {
		t.Fatalf("got %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("figure %d: got %v, want %v", i, got[i], want[i])
		}
	}
}
