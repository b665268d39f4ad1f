package timex

import (
	"encoding/json"
	"os"
	"reflect"
	"strings"
	"sync"
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
		{"當地時間2025年7月23日,川普", "當地時間2025年7月23日", "2025-07-23", Date, Reference{}},
		{"当地时间2025年7月23日，", "当地时间2025年7月23日", "2025-07-23", Date, Reference{}},
		{"2025年5月发布", "2025年5月", "2025-05", Date, Reference{}},
		{"在2024年", "2024年", "2024", Date, Reference{}},
		{"二〇二五年七月二十三日", "二〇二五年七月二十三日", "2025-07-23", Date, Reference{}},
		{"於7月23日舉行", "7月23日", "2025-07-23", Date, ref2025},
		{"於7月23日舉行", "7月23日", "XXXX-07-23", Date, Reference{}},
		{"日期2025-07-23止", "2025-07-23", "2025-07-23", Date, Reference{}},
		{"日期2025/7/23止", "2025/7/23", "2025-07-23", Date, Reference{}},
		{"民國114年施行", "民國114年", "2025", Date, Reference{}},
		{"114年施行", "114年", "2025", Date, Reference{Region: Taiwan}},
		{"99年1月", "99年1月", "2010-01", Date, Reference{Region: Taiwan}},
		{"服務了36年", "36年", "P36Y", Duration, Reference{Region: Taiwan}},
		{"上午9時30分開會", "上午9時30分", "T09:30", Time, Reference{}},
		{"4月10日12时01分", "4月10日12时01分", "2025-04-10T12:01", Time, ref2025},
		{"2021年底以來", "2021年底", "2021-12", Date, Reference{}},
		{"2025年上半年", "2025年上半年", "2025-01/2025-06", Date, Reference{}},
		{"2025年第三季度", "2025年第三季度", "2025-07/2025-09", Date, Reference{}},
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
		{"2025年前完成", "2025年前", "../2025", Range, ref2025},
		{"3年以前", "3年以前", "../2022", Range, ref2025},
		{"今晚八點以後", "今晚八點以後", "2025-07-25T20:00/..", Range, ref2025},
		{"自2025年1月起施行", "自2025年1月起", "2025-01/2025-07-25", Range, ref2025},
		{"本季度", "本季度", "2025-07/2025-09", Relative, ref2025},
		{"上個季度末", "上個季度末", "2025-06", Relative, ref2025},
		{"3月第三周", "3月第三周", "2025-W12", Date, ref2025},
		{"2025年前五個月", "2025年前五個月", "2025-01/2025-05", Date, ref2025},
		{"农历八月十五", "农历八月十五", "2025-10-06", Relative, ref2025},
		{"中秋節", "中秋節", "2025-10-06", Relative, ref2025},
		{"2024年春節", "2024年春節", "2024-02-10", Date, ref2025},
		{"2024年冬至", "2024年冬至", "2024-12-21", Date, ref2025},
		{"復活節", "復活節", "2025-04-20", Relative, ref2025},
		{"2018年逾越節", "2018年逾越節", "2018-03-30/2018-04-07", Date, ref2025},
		{"2013年開齋節", "2013年開齋節", "2013-08-08", Date, ref2025},
		{"國慶", "國慶", "2025-10-10", Relative, Reference{Date: ref2025.Date, Region: Taiwan}},
		{"国庆", "国庆", "2025-10-01", Relative, ref2025},
		{"20世纪60年代前期", "20世纪60年代前期", "1960/1962", Range, ref2025},
		{"3年以上7年以下", "3年以上7年以下", "P3Y/P7Y", Duration, ref2025},
		{"下午三點踏三", "下午三點踏三", "2025-07-25T15:15", Time, ref2025},
		{"工作了36年", "36年", "P36Y", Duration, ref2025},
		{"日前表示", "日前", "PAST_REF", Relative, ref2025},
		{"民國113年12月底前", "民國113年12月底前", "../2024-12-31", Range, ref2025},
		{"雙十節慶祝大會", "雙十節", "2025-10-10", Relative, ref2025},
		{"明天晚上9~11點", "明天晚上9~11點", "2025-07-26T21:00/2025-07-26T23:00", Range, ref2025},
		{"下午七八点", "下午七八点", "2025-07-25T19:00/2025-07-25T20:00", Range, ref2025},
		{"1999.08-2002.02", "1999.08-2002.02", "1999-08/2002-02", Range, ref2025},
		{"2017年8月11日至22日", "2017年8月11日至22日", "2017-08-11/2017-08-22", Range, ref2025},
		{"98年4月", "98年4月", "1998-04", Date, ref2025},
		{"10月底", "10月底", "2025-10-25/2025-10-31", Date, ref2025},
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
	for _, in := range []string{"二十七点三", "调高24点5度", "零点五", "减八点八", "身份证号140302197706220124。", "第14179號總統行政令", "一点都不好玩", "有十分之一的概率", "一日之计在于晨",
		"节日前夕", "生日后", "一时难以接受", "一日三餐", "提出四点意见", "万年历", "增长一点二五倍", "约1/4的人", "已经过了好几天", "黎明主演的电影"} {
		t.Run(in, func(t *testing.T) {
			got := Extract(in, ref2025)
			checkSpans(t, in, got)
			if len(got) != 0 {
				t.Errorf("Extract(%q) = %q %q; want nothing", in, got[0].Text, got[0].Value)
			}
		})
	}
}

func TestParseExpr(t *testing.T) {
	loc := time.FixedZone("", -2*3600)
	ref := Reference{Date: time.Date(2013, 2, 12, 4, 30, 0, 0, loc), PreferFuture: true, Spans: true}
	d := func(y, m, dd, h, mi int) time.Time { return time.Date(y, time.Month(m), dd, h, mi, 0, 0, loc) }
	tests := []struct {
		in          string
		from, until time.Time
	}{
		{"三点", d(2013, 2, 12, 15, 0), d(2013, 2, 12, 16, 0)},
		{"周二", d(2013, 2, 19, 0, 0), d(2013, 2, 20, 0, 0)},
		{"這週三", d(2013, 2, 13, 0, 0), d(2013, 2, 14, 0, 0)},
		{"3月", d(2013, 3, 1, 0, 0), d(2013, 4, 1, 0, 0)},
		{"兩天前", d(2013, 2, 10, 0, 0), d(2013, 2, 12, 0, 0)},
		{"春节", d(2014, 1, 31, 0, 0), d(2014, 2, 1, 0, 0)},
		{"十月第一个星期一", d(2013, 10, 7, 0, 0), d(2013, 10, 8, 0, 0)},
		{"贖罪日", d(2013, 9, 13, 0, 0), d(2013, 9, 14, 0, 0)},
		{"周日, 二月十号", d(2013, 2, 10, 0, 0), d(2013, 2, 11, 0, 0)},
		{"2018", d(2018, 1, 1, 0, 0), d(2019, 1, 1, 0, 0)},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			e, ok := ParseExpr(tc.in, ref)
			if !ok || !e.From.Equal(tc.from) || !e.Until.Equal(tc.until) {
				t.Errorf("ParseExpr(%q) = %v [%v, %v); want [%v, %v)", tc.in, ok, e.From, e.Until, tc.from, tc.until)
			}
		})
	}
}

func TestKindText(t *testing.T) {
	for k, want := range map[Kind]string{Date: "date", Time: "time", Range: "range", Duration: "duration", Relative: "relative"} {
		b, err := k.MarshalText()
		if err != nil || string(b) != want {
			t.Errorf("Kind(%d).MarshalText() = %q, %v; want %q", k, b, err, want)
		}
	}
	if _, err := Kind(0).MarshalText(); err == nil {
		t.Errorf("Kind(0).MarshalText() succeeded; want an error")
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
		if e.Kind < Date || e.Kind > Recurrence {
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
		{"會議於2025年7月23日及2025年7月21日舉行", "2025-07-23", "latest-past-date"},
		{"該法自2020年5月1日施行，預計於2026年1月1日修訂。", "2020-05-01", "latest-past-date"},
		{"標題\n日期：2019年3月8日（星期五）\n會議於2019年3月1日舉行。", "2019-03-08", "own-line"},
		{"新聞稿\n今天（3月5日）雙方在2025年5月簽署的協議生效。", "2026-03-05", "clarified-today"},
		{"總統今（1）日表示，後天5月3日將出訪；2026年2月曾有會談。", "2026-05-01", "clarified-today"},
		{"一九九七年十二月三十一日的讲话。（新华社北京１２月３１日电）", "1997-12-31", "dateline"},
		{"新华社北京3月5日电 自2025年1月1日起施行，有效期至2027年12月31日。", "2025-03-05", "dateline"},
		{"新华社上海3月9日电 记者介绍，2019年全省出口增长，2020年将是关键一年。", "2019-03-09", "dateline"},
		{"大会2021年3月2日举行预备会议，2021年5月1日将正式开幕。", "2021-03-02", "latest-past-date"},
		{"該館於1995年3月8日開幕，今天迎來30週年館慶。", "2025-03-08", "anniversary"},
		{"公司2004年2月29日成立。今日是公司成立21周年。", "2025-02-28", "anniversary"},
		{"規定\n发布时间：2021-03-02 09:30　来源：办公厅\n2021年2月26日会议通过。", "2021-03-02", "own-line"},
		{"通知\n来源：市政府　日期：2021-03-02\n2021年2月26日会议通过。", "2021-03-02", "own-line"},
		{"2021年3月2日，他说：会议通过。2021年3月5日公布。", "2021-03-05", "latest-past-date"},
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

// TestGuessReferenceExprs checks that GuessReferenceExprs gives what
// GuessReference and Extract with no reference give, on the tests' texts
// and the seed.
func TestGuessReferenceExprs(t *testing.T) {
	seed, err := os.ReadFile("../../testdata/seed-article.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, in := range []string{
		"（中央社記者華盛頓8日專電）美國... 2025年12月5日 ...（編輯：王）1141209",
		"（中央社華盛頓8日綜合外電報導）2025年12月5日說",
		"新华社北京3月5日电 自2025年1月1日起施行，有效期至2027年12月31日。",
		"沒有日期", "", string(seed), mixedNews,
	} {
		name := []rune(in)
		if len(name) > 10 {
			name = name[:10]
		}
		t.Run(string(name), func(t *testing.T) {
			ref, es := GuessReferenceExprs(in)
			checkSpans(t, in, es)
			if want := GuessReference(in); ref != want {
				t.Errorf("GuessReferenceExprs(%q) reference = %+v; want %+v", in, ref, want)
			}
			if want := Extract(in, Reference{}); !reflect.DeepEqual(es, want) {
				t.Errorf("GuessReferenceExprs(%q) expressions = %+v; want %+v", in, es, want)
			}
		})
	}
}

// TestSeedGold checks that every gold date of the seed article is found
// with the right value, in the Traditional original (by text and value)
// and in the Simplified version that the pipeline works on (by value).
func TestSeedGold(t *testing.T) {
	goldPath := shared.Path(t, "fixtures", "seed", "gold.json")
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
			ref := GuessReference(s)
			ref.Region = Taiwan
			got := Extract(s, ref)
			checkSpans(t, s, got)
			for _, g := range gold.Dates {
				ok := false
				for _, e := range got {
					if (!tc.byText || strings.Contains(e.Text, g.Text)) && (e.Value == g.Value || contains(g.Alt, e.Value)) {
						ok = true
					}
				}
				if !ok {
					t.Errorf("seed date %q: not found with value %q", g.Text, g.Value)
				}
			}
		})
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
			if e.Kind < Date || e.Kind > Recurrence {
				t.Fatalf("Extract(%q): bad kind %d", s, e.Kind)
			}
			if e.Kind == Duration && !strings.HasPrefix(e.Value, "P") {
				t.Fatalf("Extract(%q): duration value %q", s, e.Value)
			}
			if e.Resolved && !e.OpenStart && !e.OpenEnd && e.Until.Before(e.From) {
				t.Fatalf("Extract(%q): %q ends before it starts", s, e.Text)
			}
		}
		if e, ok := ParseExpr(s, ref2025); ok && (e.End > len(s) || s[e.Start:e.End] != e.Text) {
			t.Fatalf("ParseExpr(%q): bad span %d:%d %q", s, e.Start, e.End, e.Text)
		}
		_ = GuessReference(s)
	})
}

// TestExtractConcurrent runs Extract from several goroutines: the lunar
// calendar library keeps a locked cache, and nothing else is shared (run
// with -race).
func TestExtractConcurrent(t *testing.T) {
	inputs := []string{"2024年春節", "农历八月十五", "2023年冬至", "腊月初十", "去年中秋节", "2018年逾越节"}
	want := make([]string, len(inputs))
	for k, in := range inputs {
		if es := Extract(in, ref2025); len(es) > 0 {
			want[k] = es[0].Value
		}
	}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for n := 0; n < 20; n++ {
				for k, in := range inputs {
					got := ""
					if es := Extract(in, ref2025); len(es) > 0 {
						got = es[0].Value
					}
					if got != want[k] {
						t.Errorf("Extract(%q) = %q concurrently; want %q", in, got, want[k])
						return
					}
				}
			}
		}()
	}
	wg.Wait()
}

// TestExtractAdversarial guards against superlinear scanning: long runs of
// numeral characters once took seconds.
func TestExtractAdversarial(t *testing.T) {
	for _, s := range []string{strings.Repeat("1", 4000), strings.Repeat("十一", 2000), strings.Repeat("1.", 2000), strings.Repeat("2025年", 800)} {
		start := time.Now()
		es := Extract(s, ref2025)
		checkSpans(t, s, es)
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("Extract(%q…) took %v; want well under 5s", s[:8], d)
		}
	}
}
