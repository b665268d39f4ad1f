package timex

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"
)

// wordEnds returns the byte offsets where the words of ws, joined, end.
func wordEnds(ws ...string) (string, []int) {
	var b strings.Builder
	var ends []int
	for _, w := range ws {
		b.WriteString(w)
		ends = append(ends, b.Len())
	}
	return b.String(), ends
}

// TestBareYearPartAtWordEnd checks that a bare 内 or 尾 after a year is
// read as a part of the year only where a word ends (2024年内完成), not
// where it opens a word (内阁, 内地, 尾牙), when the caller has the words.
func TestBareYearPartAtWordEnd(t *testing.T) {
	ref := Reference{Date: time.Date(2024, 3, 20, 0, 0, 0, 0, time.UTC)}
	tests := []struct {
		words       []string
		text, value string
	}{
		{[]string{"工程", "预计", "2025年", "内", "完成", "。"}, "2025年内", "2025"},
		{[]string{"大楼", "2026年", "尾", "落成", "。"}, "2026年尾", "2026-12"},
		{[]string{"2023年", "内阁", "改组", "后", "，", "政策", "调整", "。"}, "2023年", "2023"},
		{[]string{"2024年", "内地", "游客", "增加", "。"}, "2024年", "2024"},
		{[]string{"公司", "2023年", "尾牙", "抽奖", "。"}, "2023年", "2023"},
	}
	for _, tc := range tests {
		s, ends := wordEnds(tc.words...)
		t.Run(s, func(t *testing.T) {
			got := NewText(s).WithWordEnds(ends).Extract(ref)
			checkSpans(t, s, got)
			if len(got) == 0 || got[0].Text != tc.text || got[0].Value != tc.value {
				t.Fatalf("with words: %+v; want %q %q", got, tc.text, tc.value)
			}
			// The same ends given as a set read the same.
			set := NewText(s).WithWordEndSet(func(off int) bool { return slices.Contains(ends, off) }).Extract(ref)
			if !reflect.DeepEqual(set, got) {
				t.Errorf("with the ends as a set: %+v; want %+v", set, got)
			}
		})
	}
	// Without words, as before (the caller that has words passes them).
	if got := Extract("工程2025年内完工", ref); len(got) == 0 || got[0].Text != "2025年内" {
		t.Errorf("Extract without words = %+v; want 2025年内", got)
	}
}

// TestHourRangeOrder checks that an hour range read from a bare number
// ends after it starts (凌晨02-05时), and that numbers whose second hour
// comes first (03-02时) give no range.
func TestHourRangeOrder(t *testing.T) {
	ref := Reference{Date: time.Date(2024, 3, 20, 0, 0, 0, 0, time.UTC)}
	got := Extract("预计凌晨02-05时有阵雨。", ref)
	if len(got) != 1 || got[0].Text != "凌晨02-05时" || got[0].Value != "2024-03-20T02:00/2024-03-20T05:00" {
		t.Errorf("凌晨02-05时: %+v; want the range 02:00/05:00", got)
	}
	for _, in := range []string{"预计03-02时有阵雨。", "03-02时"} {
		for _, e := range Extract(in, ref) {
			checkSpans(t, in, []Expr{e})
			if e.Kind == Range || strings.Contains(e.Text, "03-") {
				t.Errorf("Extract(%q): %q %q; want no range", in, e.Text, e.Value)
			}
		}
		if e, ok := ParseExpr(in, ref); ok && e.Kind == Range {
			t.Errorf("ParseExpr(%q) = %q %q; want no range", in, e.Text, e.Value)
		}
	}
}
