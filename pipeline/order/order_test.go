package order

import (
	"encoding/json"
	"math/rand"
	"os"
	"reflect"
	"strings"
	"testing"

	"github.com/zhpipe/zhpipe/internal/shared"
	"github.com/zhpipe/zhpipe/pipeline/document"
)

// checkOrders fails the test when a mention does not cut its text, when IDs
// are not R1, R2, … in order of first mention, or a kind is invalid.
func checkOrders(t testing.TB, text string, orders []Order) {
	t.Helper()
	prev := -1
	for i, o := range orders {
		if want := "R" + itoa(i+1); o.ID != want {
			t.Errorf("order %d: ID %q; want %q", i, o.ID, want)
		}
		if _, err := o.Kind.MarshalText(); err != nil {
			t.Errorf("%s: %v", o.ID, err)
		}
		if len(o.Mentions) == 0 {
			t.Errorf("%s: no mentions", o.ID)
			continue
		}
		if o.Mentions[0].Start <= prev {
			t.Errorf("%s: first mention at %d, not after %d", o.ID, o.Mentions[0].Start, prev)
		}
		prev = o.Mentions[0].Start
		for _, m := range o.Mentions {
			if m.Start < 0 || m.End > len(text) || m.Start > m.End || text[m.Start:m.End] != m.Text {
				t.Errorf("%s: mention %q at [%d,%d) does not cut the text", o.ID, m.Text, m.Start, m.End)
			}
		}
		if o.Number == "" && o.Title == "" {
			t.Errorf("%s: neither number nor title", o.ID)
		}
	}
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return itoa(i/10) + string(rune('0'+i%10))
}

// row renders the fields a test compares, in a fixed order.
func row(o Order) string {
	var m []string
	for _, x := range o.Mentions {
		m = append(m, x.Text)
	}
	return strings.Join([]string{o.Kind.String(), o.Number, o.Year, o.Title, o.Date, o.Signer, o.SignerName, strings.Join(m, "+")}, "|")
}

func TestExtract(t *testing.T) {
	tests := []struct {
		desc   string
		text   string
		people []string // names located with strings.Index, IDs P1, P2 …
		want   []string // rows: kind|number|year|title|date|signer|signer_name|mentions
	}{
		{"executive order traditional with title, date, signer heuristic",
			"2025年1月23日,川普在上任後第4天就簽署了第14179號總統行政令《消除美國在人工智慧領域領導地位的障礙》,呼籲美國",
			nil,
			[]string{"executive order|14179||消除美國在人工智慧領域領導地位的障礙|2025-01-23||川普|第14179號總統行政令"}},
		{"executive order simplified with title, date, signer heuristic",
			"2025年1月23日，特朗普在上任后第4天就签署了第14179号总统行政令《消除美国在人工智能领域领导地位的障碍》，呼吁美国",
			nil,
			[]string{"executive order|14179||消除美国在人工智能领域领导地位的障碍|2025-01-23||特朗普|第14179号总统行政令"}},
		{"executive order with people spans",
			"2023年10月30日，时任美国总统拜登曾签署第14110号行政命令《安全、可靠和值得信赖的人工智能开发和使用》。",
			[]string{"拜登"},
			[]string{"executive order|14110||安全、可靠和值得信赖的人工智能开发和使用|2023-10-30|P1|拜登|第14110号行政命令"}},
		{"title stripped from heuristic subject, traditional",
			"2023年10月30日,時任美國總統拜登曾簽署第14110號總統行政令《安全、可靠和值得信賴的人工智慧開發和使用》",
			nil,
			[]string{"executive order|14110||安全、可靠和值得信賴的人工智慧開發和使用|2023-10-30||拜登|第14110號總統行政令"}},
		{"number after 行政命令, traditional",
			"2019年5月15日，川普簽署行政命令第13873號，禁止美國企業使用外國電信設備。",
			nil,
			[]string{"executive order|13873|||2019-05-15||川普|行政命令第13873號"}},
		{"number after 行政令, simplified",
			"特朗普于2019年5月15日签署行政令第13873号。",
			nil,
			[]string{"executive order|13873|||2019-05-15||特朗普|行政令第13873号"}},
		{"two mentions are one order",
			"2025年1月23日，特朗普签署了第14179号行政令。特朗普签署的第14179号总统行政令一反常态；行政令第14179号还规定",
			nil,
			[]string{"executive order|14179|||2025-01-23||特朗普|第14179号行政令+第14179号总统行政令+行政令第14179号"}},
		{"announcement with year, simplified",
			"2025年4月4日，商务部发布2025年第18号公告，对稀土物项实施出口管制。",
			nil,
			[]string{"announcement|18|2025||2025-04-04||商务部|2025年第18号公告"}},
		{"announcement with year, traditional, agency before",
			"海關總署公告2025年第18號規定",
			nil,
			[]string{"announcement|18|2025|||||公告2025年第18號"}},
		{"proclamation",
			"川普簽署第10895號總統公告",
			nil,
			[]string{"proclamation|10895|||||川普|第10895號總統公告"}},
		{"proclamation simplified and memorandum traditional",
			"特朗普签署第10895号总统公告。拜登簽署了第5號總統備忘錄。",
			nil,
			[]string{"proclamation|10895|||||特朗普|第10895号总统公告", "memorandum|5|||||拜登|第5號總統備忘錄"}},
		{"decree with Chinese numerals",
			"2019年3月2日，国务院总理李克强签署国务院令第七百零八号，公布修订后的条例。",
			nil,
			[]string{"decree|708|||2019-03-02||李克强|令第七百零八号"}},
		{"第X號法令 traditional",
			"總統於2020年6月1日頒布第12號法令。",
			nil,
			[]string{"decree|12|||2020-06-01|||第12號法令"}},
		{"law by title, signer with people spans",
			"2022年8月9日，拜登签署了《芯片与科学法案》。",
			[]string{"拜登"},
			[]string{"law|||芯片与科学法案|2022-08-09|P1|拜登|《芯片与科学法案》"}},
		{"law by title traditional, without a verb",
			"依《個人資料保護法》第5條規定，以及《通用資料保護規則》，",
			nil,
			[]string{"law|||個人資料保護法||||《個人資料保護法》", "regulation|||通用資料保護規則||||《通用資料保護規則》"}},
		{"regulation and measures with qualifier",
			"《出口管制条例》与《生成式人工智能服务管理暂行办法（试行）》",
			nil,
			[]string{"regulation|||出口管制条例||||《出口管制条例》", "regulation|||生成式人工智能服务管理暂行办法（试行）||||《生成式人工智能服务管理暂行办法（试行）》"}},
		{"law alias mentions belong to the law",
			"《中华人民共和国个人信息保护法》（以下简称《个保法》）。《个保法》规定",
			nil,
			[]string{"law|||中华人民共和国个人信息保护法||||《中华人民共和国个人信息保护法》+《个保法》+《个保法》"}},
		{"not laws: method, plan, framework",
			"《论方法》与《人工智能风险管理框架》和《美国人工智能行动计划》",
			nil, nil},
		{"no order without a kind word",
			"第4号台风于2025年7月23日登陆。他是第14179號選手。",
			nil, nil},
		{"passive with 由",
			"第14179号行政令《消除障碍》由特朗普于2025年1月23日签署。",
			nil,
			[]string{"executive order|14179||消除障碍|2025-01-23||特朗普|第14179号行政令"}},
		{"title before the designation",
			"《消除美国在人工智能领域领导地位的障碍》（第14179号行政令）",
			nil,
			[]string{"executive order|14179||消除美国在人工智能领域领导地位的障碍||||第14179号行政令"}},
		{"English designation",
			"Trump signed Executive Order 14179 on January 23, 2025.",
			nil,
			[]string{"executive order|14179||||||Executive Order 14179"}},
		{"full-width digits",
			"第１４１７９號行政令",
			nil,
			[]string{"executive order|14179||||||第１４１７９號行政令"}},
		{"announcement with year, traditional, 發佈",
			"2025年4月4日，商務部發佈2025年第18號公告。",
			nil,
			[]string{"announcement|18|2025||2025-04-04||商務部|2025年第18號公告"}},
		{"announcement, simplified, agency before",
			"海关总署公告2025年第18号规定",
			nil,
			[]string{"announcement|18|2025|||||公告2025年第18号"}},
		{"第X号法令 simplified, 颁布 with people spans",
			"2020年6月1日，普京颁布了第12号法令。",
			[]string{"普京"},
			[]string{"decree|12|||2020-06-01|P1|普京|第12号法令"}},
		{"regulations traditional and simplified, 頒布",
			"行政院於2024年3月1日頒布《出口管制條例》，并依据《数据出境安全评估规定》",
			nil,
			[]string{"regulation|||出口管制條例|2024-03-01||行政院|《出口管制條例》", "regulation|||数据出境安全评估规定||||《数据出境安全评估规定》"}},
		{"executive order by title",
			"特朗普签署了《关于保护美国免受外国恐怖分子侵害的行政令》。",
			nil,
			[]string{"executive order|||关于保护美国免受外国恐怖分子侵害的行政令|||特朗普|《关于保护美国免受外国恐怖分子侵害的行政令》"}},
		{"heuristic subject: connectives and compound verbs cut",
			"1998年1月5日，国务院常务会议讨论并原则通过《土地管理法（修订草案）》。",
			nil,
			[]string{"law|||土地管理法（修订草案）|1998-01-05||国务院常务会议|《土地管理法（修订草案）》"}},
		{"verb too far: no date, no signer",
			"2025年1月23日，特朗普签署了多项涉及移民、能源和贸易的命令，其中包括第14179号行政令。",
			nil,
			[]string{"executive order|14179||||||第14179号行政令"}},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			var people []PersonSpan
			for i, n := range tc.people {
				k := strings.Index(tc.text, n)
				if k < 0 {
					t.Fatalf("person %q not in text", n)
				}
				people = append(people, PersonSpan{Start: k, End: k + len(n), ID: "P" + itoa(i+1), Name: n})
			}
			orders := Extract(tc.text, Input{People: people})
			checkOrders(t, tc.text, orders)
			var got []string
			for _, o := range orders {
				got = append(got, row(o))
			}
			if g, w := strings.Join(got, "\n"), strings.Join(tc.want, "\n"); g != w {
				t.Errorf("Extract(%q):\ngot  %q\nwant %q", tc.text, g, w)
			}
		})
	}
}

func TestKindText(t *testing.T) {
	for k := ExecutiveOrder; k <= Decree; k++ {
		b, err := k.MarshalText()
		if err != nil {
			t.Fatalf("%d: %v", k, err)
		}
		var back Kind
		if err := back.UnmarshalText(b); err != nil || back != k {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", b, back, err, k)
		}
	}
	if b, _ := ExecutiveOrder.MarshalText(); string(b) != "executive order" {
		t.Errorf("MarshalText = %q; want %q", b, "executive order")
	}
	if _, err := Kind(0).MarshalText(); err == nil {
		t.Errorf("Kind(0).MarshalText: no error")
	}
	var k Kind
	if err := k.UnmarshalText([]byte("edict")); err == nil {
		t.Errorf("UnmarshalText(edict): no error")
	}
	b, err := json.Marshal(Order{Kind: Announcement})
	if err != nil || !strings.Contains(string(b), `"kind":"announcement"`) {
		t.Errorf("json.Marshal = %s, %v; want kind announcement", b, err)
	}
}

func TestDates(t *testing.T) {
	tests := []struct{ text, want string }{
		{"2025年1月23日", "2025-01-23"},
		{"2025 年 7 月 3 號", "2025-07-03"},
		{"2025年5月", "2025-05"},
		{"二〇二五年七月二十三日", "2025-07-23"},
		{"二〇一九年十二月三十一日", "2019-12-31"},
		{"2025-07-23", "2025-07-23"},
		{"2025/7/3", "2025-07-03"},
		{"２０２５年１月２３日", "2025-01-23"},
		{"2025年2月30日", ""}, // an invalid day rejects the date
		{"12025年1月2日", ""},
		{"2025年13月", ""},
	}
	for _, tc := range tests {
		var got []string
		for _, d := range findDates(tc.text) {
			if tc.text[d.Start:d.End] == "" {
				t.Errorf("%q: empty span", tc.text)
			}
			got = append(got, d.Value)
		}
		if g := strings.Join(got, ","); g != tc.want {
			t.Errorf("findDates(%q) = %q; want %q", tc.text, g, tc.want)
		}
	}
}

func TestCNNumber(t *testing.T) {
	tests := []struct {
		in   string
		want int
		ok   bool
	}{
		{"十", 10, true}, {"十二", 12, true}, {"二十三", 23, true}, {"七百零八", 708, true},
		{"一〇八", 108, true}, {"一万二千", 12000, true}, {"两千", 2000, true}, {"百", 0, false}, {"", 0, false}, {"甲", 0, false},
	}
	for _, tc := range tests {
		got, ok := cnNumber(tc.in)
		if got != tc.want || ok != tc.ok {
			t.Errorf("cnNumber(%q) = %d, %v; want %d, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

// Given dates replace the built-in parser.
func TestGivenDates(t *testing.T) {
	text := "去年1月23日，特朗普签署了第14179号行政令。"
	k := strings.Index(text, "去年1月23日")
	orders := Extract(text, Input{Dates: []DateSpan{{Start: k, End: k + len("去年1月23日"), Value: "2025-01-23"}}})
	if len(orders) != 1 || orders[0].Date != "2025-01-23" {
		t.Fatalf("got %+v; want one order dated 2025-01-23", orders)
	}
	// Ranges, durations and unresolved values are not dates of signing;
	// a time is cut to its date.
	text = "1月23日上午9时30分，特朗普在白宫用时15分钟签署了第14179号行政令。"
	spans := []DateSpan{
		{Start: 0, End: len("1月23日上午9时30分"), Value: "2025-01-23T09:30"},
		{Start: strings.Index(text, "15分钟"), End: strings.Index(text, "15分钟") + len("15分钟"), Value: "PT15M"},
	}
	if o := Extract(text, Input{Dates: spans}); len(o) != 1 || o[0].Date != "2025-01-23" {
		t.Errorf("with a time and a duration: got %+v; want one order dated 2025-01-23", o)
	}
	for _, v := range []string{"", "P15D", "2023/2025", "XXXX-01-23"} {
		spans := []DateSpan{{Start: 0, End: len("1月23日上午9时30分"), Value: v}}
		if o := Extract(text, Input{Dates: spans}); len(o) != 1 || o[0].Date != "" {
			t.Errorf("with value %q: got %+v; want one undated order", v, o)
		}
	}
	orders = Extract("2025年1月23日，特朗普签署了第14179号行政令。", Input{Dates: []DateSpan{}})
	if len(orders) != 1 || orders[0].Date != "" {
		t.Errorf("with empty dates: got %+v; want one undated order", orders)
	}
}

func TestByDocument(t *testing.T) {
	text := "特朗普签署第14179号行政令《消除障碍》，依据《国家安全法》。另见《计划》。"
	docs := document.Extract(text)
	orders := Extract(text, Input{Documents: docs})
	got := ByDocument(orders)
	want := map[string]string{"D1": "R1", "D2": "R2"}
	if len(got) != len(want) || got["D1"] != "R1" || got["D2"] != "R2" {
		t.Errorf("ByDocument = %v; want %v", got, want)
	}
}

type goldOrder struct {
	Number, Kind, Title, Date, Signer string
}

// The seed: exactly the two gold orders, with people spans and with the
// heuristic, in both scripts.
func TestSeed(t *testing.T) {
	gb, err := os.ReadFile(shared.Path(t, "fixtures", "seed", "gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	var gold struct{ Orders []goldOrder }
	if err := json.Unmarshal(gb, &gold); err != nil {
		t.Fatal(err)
	}
	if len(gold.Orders) != 2 {
		t.Fatalf("gold has %d orders; the test expects 2", len(gold.Orders))
	}
	simplified := map[string]string{
		"消除美國在人工智慧領域領導地位的障礙":   "消除美国在人工智能领域领导地位的障碍",
		"安全、可靠和值得信賴的人工智慧開發和使用": "安全、可靠和值得信赖的人工智能开发和使用",
	}
	for _, file := range [][]string{{"fixtures", "seed", "article.txt"}, {"fixtures", "encodings", "seed-simplified.utf8.txt"}} {
		b, err := os.ReadFile(shared.Path(t, file...))
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		var people []PersonSpan
		for i, n := range []string{"川普", "拜登"} {
			for off := 0; ; {
				k := strings.Index(text[off:], n)
				if k < 0 {
					break
				}
				people = append(people, PersonSpan{Start: off + k, End: off + k + len(n), ID: "P" + itoa(i+1), Name: n})
				off += k + len(n)
			}
		}
		for _, mode := range []struct {
			name   string
			people []PersonSpan
		}{{"people", people}, {"heuristic", nil}} {
			t.Run(file[len(file)-1]+"/"+mode.name, func(t *testing.T) {
				orders := Extract(text, Input{People: mode.people})
				checkOrders(t, text, orders)
				if len(orders) != len(gold.Orders) {
					t.Fatalf("%d orders %v; want %d", len(orders), orders, len(gold.Orders))
				}
				for i, g := range gold.Orders {
					o := orders[i]
					title := g.Title
					if strings.Contains(file[len(file)-1], "simplified") {
						title = simplified[title]
					}
					if o.Number != g.Number || o.Kind.String() != g.Kind || o.Title != title || o.Date != g.Date || o.SignerName != g.Signer {
						t.Errorf("order %d = %s; want %s|%s|%s|%s|%s", i, row(o), g.Kind, g.Number, title, g.Date, g.Signer)
					}
					if mode.people != nil && o.Signer != map[string]string{"川普": "P1", "拜登": "P2"}[g.Signer] {
						t.Errorf("order %d: signer ID %q; want the person's ID", i, o.Signer)
					}
				}
				if got := len(orders[0].Mentions); got != 2 {
					t.Errorf("order 14179: %d mentions; want 2", got)
				}
			})
		}
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"2025年1月23日,川普在上任後第4天就簽署了第14179號總統行政令《消除障礙》",
		"2025年第18号公告", "行政命令第13873號", "国务院令第七百零八号", "《个人信息保护法》（以下简称《个保法》）",
		"第14179号行政令《消除障碍》由特朗普于2025年1月23日签署。", "Executive Order 14179", "第\xff號令", "由签署第1号令",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		orders := Extract(text, Input{})
		checkOrders(t, text, orders)
		for _, d := range findDates(text) {
			if d.Start < 0 || d.End > len(text) || d.Start >= d.End {
				t.Errorf("date span [%d,%d) out of range", d.Start, d.End)
			}
		}
		// People spans anywhere (even out of range) must not panic.
		Extract(text, Input{People: []PersonSpan{{Start: 0, End: len(text) + 3, ID: "P1"}, {Start: 2, End: 1}}})
	})
}

func BenchmarkExtract(b *testing.B) {
	data, err := os.ReadFile(shared.Path(b, "fixtures", "seed", "article.txt"))
	if err != nil {
		b.Fatal(err)
	}
	text := string(data)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Extract(text, Input{})
	}
}

// TestNumberFollowsAgrees checks that numberFollows, designations' cheap
// test after 第, skips only where reNumber would not match: near gives the
// same matches with and without it on random text.
func TestNumberFollowsAgrees(t *testing.T) {
	pieces := []string{"第", "第 ", "第\t", "12", "１２", "三", "十一", "百", "号", "號", " ", "令", "国务院", "，", "第二", "条", "年", "x"}
	rng := rand.New(rand.NewSource(5))
	for n := 0; n < 3000; n++ {
		var sb strings.Builder
		for k := rng.Intn(20); k > 0; k-- {
			sb.WriteString(pieces[rng.Intn(len(pieces))])
		}
		s := sb.String()
		got, want := near(s, "第", 0, 40, reNumber, nil, numberFollows), near(s, "第", 0, 40, reNumber, nil, nil)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("near(%q) = %v with numberFollows, %v without", s, got, want)
		}
	}
}
