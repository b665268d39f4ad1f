package corpus

import (
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// TestCommonTables checks the hand-written frequency tables: no repeats,
// only CJK Unified Ideographs, Simplified characters encodable in GBK and
// Traditional ones in Big5, and a flag for the characters of one script.
func TestCommonTables(t *testing.T) {
	gbk := simplifiedchinese.GBK.NewEncoder()
	big5 := traditionalchinese.Big5.NewEncoder()
	for _, tc := range []struct {
		name  string
		table string
		enc   interface{ String(string) (string, error) }
	}{
		{"commonSimplified", commonSimplified, gbk},
		{"commonTraditional", commonTraditional, big5},
	} {
		seen := map[rune]bool{}
		n := 0
		for _, r := range tc.table {
			n++
			if seen[r] {
				t.Errorf("%s: %q occurs twice", tc.name, r)
			}
			seen[r] = true
			if r < 0x4E00 || r > 0x9FFF {
				t.Errorf("%s: %q is not in U+4E00..U+9FFF", tc.name, r)
			}
			if _, err := tc.enc.String(string(r)); err != nil {
				t.Errorf("%s: %q is not encodable: %v", tc.name, r, err)
			}
		}
		if n < 500 {
			t.Errorf("%s has %d characters; want at least 500", tc.name, n)
		}
	}
	h := commonHan()
	for _, tc := range []struct {
		r    rune
		want uint8
	}{
		{'的', 3}, {'国', 3 | simplifiedOnly}, {'國', 3 | traditionalOnly}, {'於', 3 | traditionalOnly},
		{'面', 3}, {'里', 3}, {'龘', 0}, {'a', 0},
	} {
		if got := h.get(tc.r); got != tc.want {
			t.Errorf("commonHan().get(%q) = %#x; want %#x", tc.r, got, tc.want)
		}
	}
}

// TestTally checks the scoring on clear cases: real text in either script
// is plausible and outscores its mis-decodings.
func TestTally(t *testing.T) {
	tests := []struct {
		desc      string
		text      string
		plausible bool
	}{
		{"simplified", "国务院新闻办公室今天举行新闻发布会，介绍经济运行情况。", true},
		{"traditional", "行政院新聞局今天舉行記者會，說明政府的經濟政策。", true},
		{"rare characters", "俶郅唳陔麵擁踏凶恁俴暮氪頗俶郅唳陔麵擁踏凶恁俴暮氪頗", false},
		{"hangul", "대한민국은 민주공화국이다. 대한민국의 주권은 국민에게 있고", false},
		{"short is lenient", "龘", true},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			var ta tally
			ta.add([]byte(tc.text))
			if got := ta.plausible(); got != tc.plausible {
				t.Errorf("plausible(%q) = %v (%+v); want %v", tc.text, got, ta, tc.plausible)
			}
		})
	}
}

// TestScoreMisdecoding checks that text outscores its reading in the other
// encoding.
func TestScoreMisdecoding(t *testing.T) {
	for _, tc := range []struct {
		text     string
		from, as Encoding
	}{
		{"行政院新聞局今天舉行記者會，說明政府的經濟政策。", Big5, GBK},
		{"国务院新闻办公室今天举行新闻发布会，介绍经济运行情况。", GBK, Big5},
	} {
		raw := encode(t, encoderOf(tc.from), tc.text)
		wrong, _ := decoder(tc.as).(interface{ Bytes([]byte) ([]byte, error) }).Bytes(raw)
		var right, misread tally
		right.add([]byte(tc.text))
		misread.add(wrong)
		if right.score() <= misread.score() {
			t.Errorf("score(%q) = %d; want more than the %s reading %q: %d", tc.text, right.score(), tc.as, wrong, misread.score())
		}
	}
}
