package timex

import (
	"testing"
	"time"
)

// TestUmmAlQura checks month starts of the Umm al-Qura table against
// dates published by Saudi Arabia's calendar (1 Ramadan 1445 = 2024-03-11,
// 1 Muharram 1446 = 2024-07-07, 1 Shawwal 1444 = 2023-04-21).
func TestUmmAlQura(t *testing.T) {
	for _, tc := range []struct {
		y, m, d int
		want    string
	}{{1445, 9, 1, "2024-03-11"}, {1446, 1, 1, "2024-07-07"}, {1444, 10, 1, "2023-04-21"}, {1343, 1, 1, "1924-08-01"}} {
		got, ok := ummAlQuraDate(tc.y, tc.m, tc.d, time.UTC)
		if !ok || got.Format("2006-01-02") != tc.want {
			t.Errorf("ummAlQuraDate(%d, %d, %d) = %v %v; want %s", tc.y, tc.m, tc.d, got, ok, tc.want)
		}
	}
	if _, ok := ummAlQuraDate(1501, 1, 1, time.UTC); ok {
		t.Error("ummAlQuraDate(1501, 1, 1) found a date beyond the table")
	}
}
