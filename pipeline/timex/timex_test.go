package timex

import (
	"encoding/json"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/zhpipe/zhpipe/internal/shared"
)

var ref2025 = Reference{Date: time.Date(2025, 7, 25, 10, 0, 0, 0, time.UTC), Source: "flag"}

func TestExtractForms(t *testing.T) {
	tests := []struct {
		in, text, value string
		kind            Kind
		ref             Reference
	}{
		{"當地時間2025年7月23日,川普", "2025年7月23日", "2025-07-23", Date, Reference{}},
		{"当地时间2025年7月23日，", "2025年7月23日", "2025-07-23", Date, Reference{}},
		{"2025年5月发布", "2025年5月", "2025-05", Date, Reference{}},
		{"在2024年", "2024年", "2024", Date, Reference{}},
		{"二〇二五年七月二十三日", "二〇二五年七月二十三日", "2025-07-23", Date, Reference{}},
		{"於7月23日舉行", "7月23日", "2025-07-23", Date, ref2025},
		{"於7月23日舉行", "7月23日", "XXXX-07-23", Date, Reference{}},
		{"日期2025-07-23止", "2025-07-23", "2025-07-23", Date, Reference{}},
		{"日期2025/7/23止", "2025/7/23", "2025-07-23", Date, Reference{}},
		{"民國114年施行", "民國114年", "2025", Date, Reference{}},
		{"114年施行", "114年", "2025", Date, Reference{Region: Taiwan}},
		{"上午9時30分開會", "上午9時30分", "T09:30", Time, Reference{}},
		{"4月10日12时01分", "4月10日12时01分", "2025-04-10T12:01", Time, ref2025},
		{"2021年底以來", "2021年底", "2021-12", Date, Reference{}},
		{"2025年上半年", "2025年上半年", "2025-H1", Date, Reference{}},
		{"2025年第三季度", "2025年第三季度", "2025-Q3", Date, Reference{}},
		{"2025年前三季度", "2025年前三季度", "2025-01/2025-09", Date, Reference{}},
		{"20世紀70年代", "20世紀70年代", "197X", Date, Reference{}},
		{"1990年代", "1990年代", "199X", Date, Reference{}},
		{"80年代", "80年代", "198X", Date, Reference{}},
		{"今天下雨", "今天", "2025-07-25", Relative, ref2025},
		{"今天下雨", "今天", "", Relative, Reference{}},
		{"昨日表示", "昨日", "2025-07-24", Relative, ref2025},
		{"周二見", "周二", "2025-07-22", Relative, ref2025},
		{"週二見", "週二", "2025-07-22", Relative, ref2025},
		{"上周出版", "上周", "2025-W29", Relative, ref2025},
		{"去年11月", "去年11月", "2024-11", Relative, ref2025},
		{"今年三月下旬", "今年三月下旬", "2025-03-21/2025-03-31", Relative, ref2025},
		{"明年實施", "明年", "2026", Relative, ref2025},
		{"1—11月出口", "1—11月", "2025-01/2025-11", Range, ref2025},
		{"2023年至2025年", "2023年至2025年", "2023/2025", Range, Reference{}},
		{"15天內完成", "15天內", "P15D", Duration, Reference{}},
		{"三個月", "三個月", "P3M", Duration, Reference{}},
		{"三天前", "三天前", "2025-07-22", Relative, ref2025},
		{"２０２５年７月２３日", "２０２５年７月２３日", "2025-07-23", Date, Reference{}},
		{"兩年後", "兩年後", "2027", Relative, ref2025},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got := Extract(tc.in, tc.ref)
			checkSpans(t, tc.in, got)
			if len(got) == 0 {
				t.Fatalf("Extract(%q) found nothing; want %q", tc.in, tc.text)
			}
			e := got[0]
			if e.Text != tc.text || e.Value != tc.value || e.Kind != tc.kind {
				t.Errorf("Extract(%q)[0] = %q %q %v; want %q %q %v", tc.in, e.Text, e.Value, e.Kind, tc.text, tc.value, tc.kind)
			}
		})
	}
}

func TestExtractNegatives(t *testing.T) {
	for _, in := range []string{"二十七点三", "调高24点5度", "零点五", "减八点八", "身份证号140302197706220124。", "第14179號總統行政令", "一点都不好玩", "有十分之一的概率", "一日之计在于晨"} {
		t.Run(in, func(t *testing.T) {
			got := Extract(in, ref2025)
			checkSpans(t, in, got)
			if len(got) != 0 {
				t.Errorf("Extract(%q) = %q %q; want nothing", in, got[0].Text, got[0].Value)
			}
		})
	}
}

func checkSpans(t *testing.T, s string, es []Expr) {
	t.Helper()
	last := 0
	for _, e := range es {
		if e.Start < last || e.End <= e.Start || e.End > len(s) || s[e.Start:e.End] != e.Text {
			t.Fatalf("bad span %d:%d %q in %q", e.Start, e.End, e.Text, s)
		}
		last = e.End
		if e.Kind < Date || e.Kind > Relative {
			t.Fatalf("bad kind %d for %q", e.Kind, e.Text)
		}
	}
}

func TestGuessReference(t *testing.T) {
	tests := []struct {
		in, want, source string
	}{
		{"（中央社記者華盛頓8日專電）美國... 2025年12月5日 ...（編輯：王）1141209", "2025-12-09", "cna-code"},
		{"（中央社華盛頓8日綜合外電報導）2025年12月5日說", "2025-12-08", "dateline"},
		{"會議於2025年7月23日及2025年7月21日舉行", "2025-07-21", "earliest-date"},
		{"沒有日期", "", "none"},
	}
	for _, tc := range tests {
		t.Run(tc.source, func(t *testing.T) {
			r := GuessReference(tc.in)
			got := ""
			if !r.Date.IsZero() {
				got = r.Date.Format("2006-01-02")
			}
			if got != tc.want || r.Source != tc.source {
				t.Errorf("GuessReference(%q) = %q %q; want %q %q", tc.in, got, r.Source, tc.want, tc.source)
			}
		})
	}
}

// TestSeedGold checks that every gold date of the seed article is found
// with the right value.
func TestSeedGold(t *testing.T) {
	art := shared.Path(t, "fixtures", "seed", "article.txt")
	goldPath := shared.Path(t, "fixtures", "seed", "gold.json")
	text, err := os.ReadFile(art)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(goldPath)
	if err != nil {
		t.Fatal(err)
	}
	var gold struct {
		Dates []struct {
			Text  string   `json:"text"`
			Value string   `json:"value"`
			Alt   []string `json:"alt"`
		} `json:"dates"`
	}
	if err := json.Unmarshal(raw, &gold); err != nil {
		t.Fatal(err)
	}
	s := string(text)
	ref := GuessReference(s)
	ref.Region = Taiwan
	got := Extract(s, ref)
	checkSpans(t, s, got)
	for _, g := range gold.Dates {
		ok := false
		for _, e := range got {
			if strings.Contains(e.Text, g.Text) && (e.Value == g.Value || contains(g.Alt, e.Value)) {
				ok = true
			}
		}
		if !ok {
			t.Errorf("seed date %q: not found with value %q", g.Text, g.Value)
		}
	}
	for _, e := range got {
		t.Logf("%s %q %s", e.Kind, e.Text, e.Value)
	}
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{"2025年7月23日", "上午9時30分", "1—11月", "15天內", "二十七点三", "20世紀70年代", "去年11月", "2019年4月12-19日", "9~12点半"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		es := Extract(s, ref2025)
		last := 0
		for _, e := range es {
			if e.Start < last || e.End <= e.Start || e.End > len(s) || s[e.Start:e.End] != e.Text {
				t.Fatalf("Extract(%q): bad span %d:%d %q", s, e.Start, e.End, e.Text)
			}
			last = e.End
			if e.Kind < Date || e.Kind > Relative {
				t.Fatalf("Extract(%q): bad kind %d", s, e.Kind)
			}
			if e.Kind == Duration && !strings.HasPrefix(e.Value, "P") {
				t.Fatalf("Extract(%q): duration value %q", s, e.Value)
			}
			if e.Resolved && e.Until.Before(e.From) {
				t.Fatalf("Extract(%q): %q ends before it starts", s, e.Text)
			}
		}
		_ = GuessReference(s)
	})
}

func BenchmarkExtract(b *testing.B) {
	s := strings.Repeat("當地時間2025年7月23日,川普政府發佈了計畫。2021年底以來,上午9時30分,15天內完成,去年11月。", 20)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Extract(s, ref2025)
	}
}
