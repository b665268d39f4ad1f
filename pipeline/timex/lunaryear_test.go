package timex

import (
	"sync"
	"testing"
	"time"

	"github.com/6tail/lunar-go/calendar"
)

// lunarDateDirect is lunarDate as lunar-go computes it on every call.
func lunarDateDirect(y, m, d int, loc *time.Location) (t time.Time, ok bool) {
	if y < 1901 || y > 2099 || m == 0 || m > 12 || m < -12 {
		return time.Time{}, false
	}
	defer func() {
		if recover() != nil {
			t, ok = time.Time{}, false
		}
	}()
	ly := calendar.NewLunarYear(y)
	if m < 0 && ly.GetLeapMonth() != -m {
		return time.Time{}, false
	}
	mon := ly.GetMonth(m)
	if mon == nil {
		return time.Time{}, false
	}
	if d == 0 {
		d = mon.GetDayCount()
	}
	if d < 1 || d > mon.GetDayCount() {
		return time.Time{}, false
	}
	s := calendar.NewLunarFromYmd(y, m, d).GetSolar()
	return time.Date(s.GetYear(), time.Month(s.GetMonth()), s.GetDay(), 0, 0, 0, 0, loc), true
}

// solarTermDirect is solarTerm as lunar-go computes it on every call.
func solarTermDirect(y int, key string, loc *time.Location) (t time.Time, ok bool) {
	defer func() {
		if recover() != nil {
			t, ok = time.Time{}, false
		}
	}()
	s, found := calendar.NewLunarFromYmd(y, 1, 1).GetJieQiTable()[key]
	if !found || s == nil {
		return time.Time{}, false
	}
	return time.Date(s.GetYear(), time.Month(s.GetMonth()), s.GetDay(), 0, 0, 0, 0, loc), true
}

// TestLunarYearsAsLunarGo compares the cached lunar years with lunar-go
// computing each date from scratch: every month (leap months and months
// that do not exist included) of every year the cache holds, on its first
// day, its 15th, its last day (d == 0 and the count), the day after it and
// day 0 of a missing month; and every solar term the rules name, of every
// year. Plus years just outside the range.
func TestLunarYearsAsLunarGo(t *testing.T) {
	loc := time.FixedZone("UTC+8", 8*3600)
	years := []int{1900, 2100}
	for y := firstLunarYear; y <= lastLunarYear; y++ {
		years = append(years, y)
	}
	if testing.Short() {
		years = []int{1900, 1901, 1957, 2000, 2001, 2017, 2020, 2023, 2025, 2033, 2099, 2100}
	}
	months := 0
	for _, y := range years {
		for m := -12; m <= 12; m++ {
			last, ok := lunarDateDirect(y, m, 0, loc)
			days := 0
			if ok {
				months++
				days = int(last.Sub(mustLunar(t, y, m, 1, loc)).Hours()/24) + 1
			}
			for _, d := range []int{0, 1, 15, days - 1, days, days + 1, 31} {
				want, wok := lunarDateDirect(y, m, d, loc)
				got, gok := lunarDate(y, m, d, loc)
				if gok != wok || !got.Equal(want) || got.Location() != want.Location() {
					t.Fatalf("lunarDate(%d, %d, %d) = %v, %v; lunar-go gives %v, %v", y, m, d, got, gok, want, wok)
				}
			}
		}
		for _, name := range solarTerms {
			key := map[string]string{"冬至": "DONG_ZHI", "小寒": "XIAO_HAN", "大寒": "DA_HAN"}[name]
			if key == "" {
				key = name
			}
			want, wok := solarTermDirect(y, key, loc)
			if y < firstLunarYear || y > lastLunarYear {
				want, wok = time.Time{}, false
			}
			got, gok := solarTerm(y, name, loc)
			if gok != wok || !got.Equal(want) {
				t.Fatalf("solarTerm(%d, %s) = %v, %v; lunar-go gives %v, %v", y, name, got, gok, want, wok)
			}
			if y >= firstLunarYear && y <= lastLunarYear && !gok {
				t.Errorf("solarTerm(%d, %s): no date", y, name)
			}
		}
	}
	if months < 12*(len(years)-2) {
		t.Errorf("only %d months in %d years", months, len(years)-2)
	}
}

func mustLunar(t *testing.T, y, m, d int, loc *time.Location) time.Time {
	t.Helper()
	v, ok := lunarDateDirect(y, m, d, loc)
	if !ok {
		t.Fatalf("lunar-go has no %d/%d/%d", y, m, d)
	}
	return v
}

// TestLunarYearsConcurrent reads the same years from several goroutines
// at once (run under the race detector by make test): each gets the
// dates a lone caller gets.
func TestLunarYearsConcurrent(t *testing.T) {
	loc := time.UTC
	want := map[int]time.Time{}
	for y := 1990; y < 2000; y++ {
		v, ok := lunarDateDirect(y, 8, 15, loc)
		if !ok {
			t.Fatalf("lunar-go has no %d/8/15", y)
		}
		want[y] = v
	}
	var wg sync.WaitGroup
	errs := make(chan string, 80)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for y := 1990; y < 2000; y++ {
				if got, ok := lunarDate(y, 8, 15, loc); !ok || !got.Equal(want[y]) {
					errs <- "lunarDate differs under concurrency"
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Fatal(e)
	}
}
