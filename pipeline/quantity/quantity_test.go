package quantity

import (
	"encoding/json"
	"math"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/zhpipe/zhpipe/internal/shared"
	"github.com/zhpipe/zhpipe/pipeline/timex"
)

func TestExtract(t *testing.T) {
	tests := []struct {
		in, text  string
		value     float64
		unit      string
		noun      string
		qualifier string
		percent   bool
		ordinal   bool
	}{
		{"明確了30項目標和103條", "30項", 30, "項", "目標", "", false, false},
		{"明确了30项目标", "30项", 30, "项", "目标", "", false, false},
		{"正文長達23頁,", "達23頁", 23, "頁", "", "達", false, false},
		{"支持率約40%。", "約40%", 0.4, "%", "", "約", true, false},
		{"支持率约40％。", "约40％", 0.4, "％", "", "约", true, false},
		{"投資5500億美元", "5500億美元", 550000000000, "美元", "", "", false, false},
		{"投资5500亿美元", "5500亿美元", 550000000000, "美元", "", "", false, false},
		{"共10.1萬人參加", "10.1萬人", 101000, "人", "參加", "", false, false},
		{"一千二百三十四名士兵", "一千二百三十四名", 1234, "名", "士兵", "", false, false},
		{"兩千六百元", "兩千六百元", 2600, "元", "", "", false, false},
		{"廿二條", "廿二條", 22, "條", "", "", false, false},
		{"壹贰叁元", "壹贰叁元", 123, "元", "", "", false, false},
		{"上任後第4天", "第4天", 4, "天", "", "", false, true},
		{"數百萬人", "數百萬人", 1000000, "人", "", "數", false, false},
		{"数十万人", "数十万人", 100000, "人", "", "数", false, false},
		{"逾300人受傷", "逾300人", 300, "人", "受傷", "逾", false, false},
		{"近50家企業", "近50家", 50, "家", "企業", "近", false, false},
		{"增長百分之四十", "百分之四十", 0.4, "%", "", "", true, false},
		{"占87.6%", "87.6%", 0.876, "%", "", "", true, false},
		{"投资4.6亿元", "4.6亿元", 460000000, "元", "", "", false, false},
		{"三四层楼", "三四层", 3, "层", "楼", "约", false, false},
		{"60克左右", "60克", 60, "克", "", "", false, false},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got := Extract(tc.in)
			checkSpans(t, tc.in, got)
			if len(got) == 0 {
				t.Fatalf("Extract(%q) found nothing; want %q", tc.in, tc.text)
			}
			q := got[0]
			if q.Text != tc.text || q.Value != tc.value || q.Unit != tc.unit || q.Noun != tc.noun || q.Qualifier != tc.qualifier || q.Percent != tc.percent || q.Ordinal != tc.ordinal {
				t.Errorf("Extract(%q)[0] = %+v; want %q %v %q noun %q qual %q", tc.in, q, tc.text, tc.value, tc.unit, tc.noun, tc.qualifier)
			}
		})
	}
}

func TestParseAmount(t *testing.T) {
	tests := []struct {
		in       string
		value    float64
		unit     string
		currency string
		bound    string
		upper    float64
	}{
		{"七元", 7, "元", "", "", 0},
		{"一块二", 1.2, "块", "", "", 0},
		{"两毛五", 0.25, "元", "", "", 0},
		{"三块零四", 3.04, "块", "", "", 0},
		{"人民幣3.14", 3.14, "人民幣", "CNY", "", 0},
		{"3.14港币", 3.14, "", "HKD", "", 0},
		{"最多一块二", 1.2, "块", "", "under", 0},
		{"3.04块以上", 3.04, "块", "", "above", 0},
		{"5.6到5.78元", 5.6, "元", "", "", 5.78},
		{"5500亿美元", 550000000000, "美元", "USD", "", 0},
		{"3斤5两", 3.5, "斤", "", "", 0},
		{"1.5kg", 1.5, "kg", "", "", 0},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			q, ok := ParseAmount(tc.in)
			if !ok || q.Value != tc.value || (tc.unit != "" && q.Unit != tc.unit) || q.Currency != tc.currency || q.Bound != tc.bound || q.Upper != tc.upper {
				t.Errorf("ParseAmount(%q) = %+v, %v; want %v %q %q %q %v", tc.in, q, ok, tc.value, tc.unit, tc.currency, tc.bound, tc.upper)
			}
		})
	}
	for _, in := range []string{"", "元", "三大支柱", "两岸"} {
		if q, ok := ParseAmount(in); ok {
			t.Errorf("ParseAmount(%q) = %+v; want no amount", in, q)
		}
	}
}

func TestBase(t *testing.T) {
	tests := []struct {
		in   string
		want float64
		unit string
	}{
		{"3斤5两", 1750, "g"}, {"九兩半", 475, "g"}, {"1.5公里", 1500, "m"}, {"35毫克", 0.035, "g"},
	}
	for _, tc := range tests {
		q, ok := ParseAmount(tc.in)
		v, u, okb := q.Base()
		if !ok || !okb || math.Abs(v-tc.want) > 1e-9 || u != tc.unit {
			t.Errorf("ParseAmount(%q).Base() = %v %q %v; want %v %q", tc.in, v, u, okb, tc.want, tc.unit)
		}
	}
	if _, _, ok := (Quantity{Value: 3, Unit: "項"}).Base(); ok {
		t.Errorf("Quantity{3 項}.Base() ok; want no base unit for a count")
	}
}

func TestExtractNegatives(t *testing.T) {
	for _, in := range []string{"2025年7月23日", "第14179號總統行政令", "第14110号行政命令", "一個重要的", "兩面性", "15天內", "身份证号140302197706220124", "三大支柱", "千户企业", "三部分", "不到一个小时", "一块净土", "九州", "十一本报记者"} {
		t.Run(in, func(t *testing.T) {
			got := Extract(in)
			checkSpans(t, in, got)
			if len(got) != 0 {
				t.Errorf("Extract(%q) = %+v; want nothing", in, got)
			}
		})
	}
}

func checkSpans(t *testing.T, s string, qs []Quantity) {
	t.Helper()
	last := 0
	for _, q := range qs {
		if q.Start < last || q.End <= q.Start || q.End > len(s) || s[q.Start:q.End] != q.Text {
			t.Fatalf("bad span %d:%d %q in %q", q.Start, q.End, q.Text, s)
		}
		last = q.End
	}
}

// TestSeedGold checks every gold quantity of the seed article, in the
// Traditional original (by text and value) and in the Simplified version
// that the pipeline works on (by value).
func TestSeedGold(t *testing.T) {
	goldPath := shared.Path(t, "fixtures", "seed", "gold.json")
	raw, err := os.ReadFile(goldPath)
	if err != nil {
		t.Fatal(err)
	}
	var gold struct {
		Quantities []struct {
			Text  string  `json:"text"`
			Value float64 `json:"value"`
		} `json:"quantities"`
	}
	if err := json.Unmarshal(raw, &gold); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name   string
		path   []string
		byText bool
	}{
		{"traditional", []string{"fixtures", "seed", "article.txt"}, true},
		{"simplified", []string{"fixtures", "encodings", "seed-simplified.utf8.txt"}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			text, err := os.ReadFile(shared.Path(t, tc.path...))
			if err != nil {
				t.Fatal(err)
			}
			s := string(text)
			got := Extract(s)
			checkSpans(t, s, got)
			for _, g := range gold.Quantities {
				ok := false
				for _, q := range got {
					textOK := strings.Contains(q.Text, g.Text) || strings.Contains(g.Text, q.Text)
					if (!tc.byText || textOK) && q.Value == g.Value {
						ok = true
					}
				}
				if !ok {
					t.Errorf("seed quantity %q: not found with value %v", g.Text, g.Value)
				}
			}
		})
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{"30項目標", "約40%", "5500億美元", "第14179號", "數百萬人", "百分之四十", "10.1萬"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		last := 0
		for _, q := range Extract(s) {
			if q.Start < last || q.End <= q.Start || q.End > len(s) || s[q.Start:q.End] != q.Text {
				t.Fatalf("Extract(%q): bad span %d:%d %q", s, q.Start, q.End, q.Text)
			}
			last = q.End
			if math.IsNaN(q.Value) || math.IsInf(q.Value, 0) || q.Unit == "" {
				t.Fatalf("Extract(%q): bad quantity %+v", s, q)
			}
		}
	})
}

// TestExtractMasked checks that numbers inside the given dates are not
// quantities (durations aside), that offsets outside the text are
// ignored, and that the dates GuessReferenceExprs returns give Extract's
// result.
func TestExtractMasked(t *testing.T) {
	const s = "明確了30項目標"
	at := strings.Index(s, "30")
	tests := []struct {
		name  string
		dates []timex.Expr
		want  int
	}{
		{"none", nil, 1},
		{"date", []timex.Expr{{Start: at, End: at + 2, Kind: timex.Date}}, 0},
		{"duration", []timex.Expr{{Start: at, End: at + 2, Kind: timex.Duration}}, 1},
		{"outside", []timex.Expr{{Start: -4, End: len(s) + 9, Kind: timex.Date}}, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := ExtractMasked(s, tc.dates)
			checkSpans(t, s, got)
			if len(got) != tc.want {
				t.Errorf("ExtractMasked(%q, %+v) = %+v; want %d quantities", s, tc.dates, got, tc.want)
			}
		})
	}
	seed, err := os.ReadFile("../../testdata/seed-article.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range []string{string(seed), mixedNews, "2025年7月23日有30項"} {
		_, dates := timex.GuessReferenceExprs(in)
		if got, want := ExtractMasked(in, dates), Extract(in); !reflect.DeepEqual(got, want) {
			t.Errorf("ExtractMasked(%.30q…) with GuessReferenceExprs' dates = %+v; want %+v", in, got, want)
		}
	}
}
