package numeral

import (
	"errors"
	"math"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestParseMode(t *testing.T) {
	tests := []struct {
		in   string
		mode Mode
		want float64
	}{
		{"一千二百三十四", Strict, 1234},
		{"零", Strict, 0},
		{"十一", Strict, 11},
		{"一千零十", Strict, 1010},
		{"一万零一百一十一", Strict, 10111},
		{"一千零一亿一千零一万一千零一", Strict, 100110011001},
		{"壹贰叁", Normal, 123},
		{"壹佰壹拾壹圆整", Strict, 111},
		{"玖仟陆佰陆拾伍圆壹角捌分", Strict, 9665.18},
		{"廿二", Strict, 22},
		{"卅三", Strict, 33},
		{"负十一", Strict, -11},
		{"負一點五", Strict, -1.5},
		{"两千六", Normal, 2600},
		{"兩千六", Normal, 2600},
		{"三萬五", Normal, 35000},
		{"一百十一", Normal, 111},
		{"〇", Normal, 0},
		{"二〇二五", Normal, 2025},
		{"10.1万", Smart, 101000},
		{"5500亿", Smart, 550000000000},
		{"1万600", Smart, 10600},
		{"２０２５", Smart, 2025},
		{"34,567", Smart, 34567},
		{"千一", Smart, 1100},
		{"萬九", Smart, 19000},
		{"百二萬", Smart, 1200000},
		{"4.6亿", Smart, 460000000},
		{"21.15万", Smart, 211500},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, err := ParseMode(tc.in, tc.mode)
			if err != nil || got != tc.want {
				t.Errorf("ParseMode(%q, %v) = %v, %v; want %v", tc.in, tc.mode, got, err, tc.want)
			}
			// Modes nest: what a stricter mode accepts, the looser ones accept too.
			for m := tc.mode + 1; m <= Smart; m++ {
				if got2, err := ParseMode(tc.in, m); err != nil || got2 != got {
					t.Errorf("ParseMode(%q, %v) = %v, %v; want %v", tc.in, m, got2, err, got)
				}
			}
		})
	}
}

func TestParseModeRejects(t *testing.T) {
	tests := []struct {
		in   string
		mode Mode
	}{
		{"", Smart}, {"负", Smart}, {"零点", Smart}, {"点一", Smart}, {"十一十二", Smart},
		{"一一", Strict}, {"一百二", Strict}, {"一千一十", Strict}, {"十万零一千", Strict},
		{"〇", Strict}, {"10.1万", Normal}, {"壹拾壹元", Strict}, {"零点零", Strict},
		{"10..1万", Smart}, {"百十一", Strict}, {"abc", Smart}, {"元整", Smart},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, err := ParseMode(tc.in, tc.mode)
			if err == nil {
				t.Errorf("ParseMode(%q, %v) = %v; want an error", tc.in, tc.mode, got)
			} else if !errors.Is(err, ErrSyntax) {
				t.Errorf("ParseMode(%q, %v) error %v does not wrap ErrSyntax", tc.in, tc.mode, err)
			}
		})
	}
}

func TestParseExtras(t *testing.T) {
	tests := []struct {
		in   string
		want float64
	}{
		{"二分之一", 0.5}, {"一半", 0.5}, {"三个", 3}, {"一對", 2}, {"五打", 60},
		{"一又十分一", 1.1}, {"100K", 100000}, {"-1.2M", -1200000}, {"负 1,200,000", -1200000},
		{".77", 0.77}, {"零點77", 0.77},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, err := Parse(tc.in)
			if err != nil || math.Abs(got-tc.want) > 1e-9 {
				t.Errorf("Parse(%q) = %v, %v; want %v", tc.in, got, err, tc.want)
			}
		})
	}
}

func TestPrefix(t *testing.T) {
	tests := []struct {
		in   string
		want float64
		text string
	}{
		{"2025年7月", 2025, "2025"},
		{"二十七点三度", 27.3, "二十七点三"},
		{"十一点的事", 11, "十一"},
		{"10.1万人", 101000, "10.1万"},
		{"5500亿美元", 550000000000, "5500亿"},
		{"34,567元", 34567, "34,567"},
		{"1,2", 1, "1"},
		{"两岸", 2, "两"},
		{"9两半", 9, "9"},
		{"一两个", 1, "一"},
		{"人", 0, ""},
		{"一百零三條", 103, "一百零三"},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			v, n := Prefix(tc.in)
			if tc.in[:n] != tc.text || v != tc.want {
				t.Errorf("Prefix(%q) = %v, %q; want %v, %q", tc.in, v, tc.in[:n], tc.want, tc.text)
			}
		})
	}
}

func FuzzPrefix(f *testing.F) {
	for _, s := range []string{"一千二百三十四", "10.1万", "二十七点三", "壹拾壹元整", "負一點五", "34,567", "零点零零一", "廿卅卌"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, n := Prefix(s)
		if n < 0 || n > len(s) {
			t.Fatalf("Prefix(%q) length %d out of range", s, n)
		}
		if n > 0 {
			if !utf8.ValidString(s[:n]) && utf8.ValidString(s) {
				t.Fatalf("Prefix(%q) cuts a rune: %d", s, n)
			}
			if w, err := ParseMode(s[:n], Smart); err != nil || w != v {
				t.Fatalf("Prefix(%q) = %v but ParseMode(%q) = %v, %v", s, v, s[:n], w, err)
			}
		}
		for _, m := range []Mode{Strict, Normal, Smart} {
			if x, err := ParseMode(s, m); err == nil && (math.IsNaN(x)) {
				t.Fatalf("ParseMode(%q, %v) = NaN", s, m)
			}
		}
		_, _ = Parse(strings.Repeat(s, 1))
	})
}

func BenchmarkParse(b *testing.B) {
	in := "一千一百一十一万一千一百一十一亿一千一百一十一万一千一百一十一"
	b.SetBytes(int64(len(in)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(in); err != nil {
			b.Fatal(err)
		}
	}
}

// TestPrefixDigitsAsParseMode checks the digit-string shortcut of Prefix
// against ParseMode.
func TestPrefixDigitsAsParseMode(t *testing.T) {
	for _, s := range []string{"0", "7", "2025", "0123", "000", "99999999999999999999", strings.Repeat("9", 60), "1234567890123456789012345678901234567890"} {
		t.Run(s, func(t *testing.T) {
			v, n := Prefix(s + "年")
			end := min(len(s), MaxRunes)
			want, err := ParseMode(s[:end], Smart)
			if err != nil || v != want || n != end {
				t.Errorf("Prefix(%q) = %v, %d; want %v, %d (%v)", s+"年", v, n, want, end, err)
			}
		})
	}
}

// TestParseModeMessages checks the messages of ParseMode's errors: the
// input quoted, then the reason.
func TestParseModeMessages(t *testing.T) {
	for in, want := range map[string]string{
		"":       `numeral: "": empty: not a well-formed numeral`,
		"负":      `numeral: "负": sign alone: not a well-formed numeral`,
		"十一十二":   `numeral: "十一十二": units out of order: not a well-formed numeral`,
		"10..1万": `numeral: "10..1万": strconv.ParseFloat: parsing "10..1": invalid syntax: not a well-formed numeral`,
	} {
		if _, err := ParseMode(in, Smart); err == nil || err.Error() != want {
			t.Errorf("ParseMode(%q) error = %v; want %s", in, err, want)
		}
	}
}

// TestPrefixAllocs bounds what Prefix allocates on a run of numeral
// characters that parses only at its start (十二十二…): it tries every
// shorter prefix of the first MaxRunes runes, and a failed try must not
// format an error message (that took eight allocations a try, and most of
// the time, on such runs).
func TestPrefixAllocs(t *testing.T) {
	s := strings.Repeat("十二", MaxRunes)
	if v, n := Prefix(s); v != 12 || n != len("十二") {
		t.Fatalf("Prefix(十二十二…) = %v, %d; want 12, %d", v, n, len("十二"))
	}
	if a := testing.AllocsPerRun(20, func() { Prefix(s) }); a > 4*MaxRunes {
		t.Errorf("Prefix(十二十二…) makes %.0f allocations; want at most %d (4 a prefix tried)", a, 4*MaxRunes)
	}
}

// TestIndexYuan compares indexYuan with strings.IndexAny.
func TestIndexYuan(t *testing.T) {
	for _, s := range []string{"", "元", "一百元", "壹拾圓整", "三圆五角", "abc", "元圆圓", "\xff元", "一\xe5\x85", "十万"} {
		if got, want := indexYuan(s), strings.IndexAny(s, "元圆圓"); got != want {
			t.Errorf("indexYuan(%q) = %d; want %d", s, got, want)
		}
	}
}

// TestRuneTables checks Starts and IsDigit against isNumeralRune and
// Digit on every rune of the Basic Multilingual Plane and a few beyond.
func TestRuneTables(t *testing.T) {
	for r := rune(-1); r < 0x10010; r++ {
		_, digit := Digit(r)
		if Starts(r) != isNumeralRune(r) || IsDigit(r) != digit {
			t.Errorf("%U: Starts %v, IsDigit %v; want %v, %v", r, Starts(r), IsDigit(r), isNumeralRune(r), digit)
		}
	}
}
