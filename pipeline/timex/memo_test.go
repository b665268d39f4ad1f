package timex

import (
	"math/rand"
	"reflect"
	"strings"
	"testing"
	"time"
)

// memoRefs are references that change what the rules read: a day, a
// region with its own years, the next occurrence, whole spans, an instant.
var memoRefs = []Reference{
	{Date: time.Date(1998, 1, 1, 0, 0, 0, 0, time.UTC)},
	{Date: time.Date(2025, 3, 5, 0, 0, 0, 0, time.UTC), Region: Taiwan},
	{Date: time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC), PreferFuture: true},
	{Date: time.Date(2021, 10, 10, 0, 0, 0, 0, time.UTC), Spans: true, Region: HongKong},
	{Date: time.Date(2019, 6, 30, 15, 4, 5, 0, time.UTC), Region: Mainland},
	{},
}

// checkMemo compares, for each reference, Extract on a Text whose memo
// the guess filled with Extract on a fresh one (which only fills it).
func checkMemo(t *testing.T, s string, ends []int) {
	t.Helper()
	for _, ref := range memoRefs {
		x := NewText(s)
		fresh := NewText(s)
		if ends != nil {
			x, fresh = x.WithWordEnds(ends), fresh.WithWordEnds(ends)
		}
		x.GuessReferenceExprs()
		if x.memo.Load() == nil {
			t.Fatalf("no memo after GuessReferenceExprs")
		}
		got, want := x.Extract(ref), fresh.Extract(ref)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("Extract(%q, %+v) differs with the memo:\n%+v\n%+v", s, ref, got, want)
			return
		}
	}
}

// TestMemoAgrees checks that the second reading of a text, which skips
// the positions the first one found empty, reads what a first reading
// reads: on sentences written for the rules that depend on the
// reference, on the benchmark texts, on People's Daily and on random
// mixtures of date words, numerals and punctuation.
func TestMemoAgrees(t *testing.T) {
	sentences := []string{
		"他说好几天前就到了，每3天检查一次，每几天来一趟，三天前出发。",
		"每几天一次，每隔两天，好几年后又过了3天，数年之后，早两日抵达，早几日。",
		"2月29日至3月1日，2023年2月29日，上个季度末，本季度，去年底，年初三，今年上半年。",
		"中秋节前后，清明节，雨水，大雪纷飞，2020年立春，春天，冬天来了，今年冬天。",
		"国庆节期间，十一期间，圣诞节，复活节，2024年国庆，民国113年，36年前，工作了36年。",
		"6月1日周六，周五(17日)，星期五(3月15日)，2月2日（星期六），下周三，这个周末。",
		"8月11日至18日，三月上旬，3月中旬以来，2003年5月13日……8月11日，同年，当天，次日。",
		"过去的一年，未来5年内，最近三个月，接下来的7天，15个工作日内，5个交易日后，一个半小时后。",
		"6个小时前，两个半月前，二十几年前，几十年之后，150亿年前，3年以上7年以下，三十年以上。",
		"上午9时30分，晚上9~11点，下午七八点，凌晨3点，今晚8点，四点意见，一点都不。",
		"1998年第一季度，一、二季度，前三季度，Q3，首季，第二、三季度，年中，年内，全年。",
		"新华社北京12月31日电 今天，明天，昨天上午，前天晚上，后天，大后天，今明两天，明后两年。",
	}
	for _, s := range sentences {
		checkMemo(t, s, nil)
		checkMemo(t, strings.Repeat(s+"\n", 3), nil)
	}
	checkMemo(t, mixedNews, nil)
	checkMemo(t, strings.Repeat(mixedNews, 3), nil)
	pieces := []string{"年", "月", "日", "号", "天", "前", "后", "内", "以来", "几", "数", "多", "个", "半", "上", "下", "中", "旬",
		"底", "初", "季度", "第", "首", "每", "隔", "周", "星期", "三", "十", "二十", "一", "两", "3", "12", "2024", "1998", ".",
		"-", "至", "到", "，", "、", "\n", " ", "点", "时", "分", "早", "晚", "今", "明", "去", "春节", "中秋", "国庆", "的", "来", "过"}
	rng := rand.New(rand.NewSource(1))
	for n := 0; n < 300; n++ {
		var sb strings.Builder
		for k := rng.Intn(40) + 1; k > 0; k-- {
			sb.WriteString(pieces[rng.Intn(len(pieces))])
		}
		checkMemo(t, sb.String(), nil)
	}
}

// TestMemoAgreesPD is TestMemoAgrees on 300 articles of People's Daily
// with the corpus's words.
func TestMemoAgreesPD(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping: 300 articles")
	}
	for _, a := range readPDArticles(t, 300) {
		checkMemo(t, a.text, a.ends)
	}
}

// TestMemoNextLive compares memo.nextLive with reading the cells one by
// one, on random memos (sparse and dense, every start and length).
func TestMemoNextLive(t *testing.T) {
	rng := rand.New(rand.NewSource(19))
	for trial := 0; trial < 400; trial++ {
		n := rng.Intn(90)
		m := newMemo(n)
		density := []int{2, 10, 40, 200}[trial%4]
		for i := 0; i < n; i++ {
			if rng.Intn(density) == 0 {
				m.set(i, byte(1+rng.Intn(15)))
			}
		}
		for i := 0; i <= n; i++ {
			want := i
			for want < n && m.get(want) == memoSkip {
				want++
			}
			if got := m.nextLive(i, n); got != want {
				t.Fatalf("n %d, cells %x: nextLive(%d) = %d; want %d", n, m.cells, i, got, want)
			}
		}
	}
}
