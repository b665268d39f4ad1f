package timex

import (
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// guessBlock is a few paragraphs for GuessReference's searches: full
// dates reported and planned, a bound, label lines, a dateline-like day
// with no dateline word, a weekday note and a code that is no CNA code.
const guessBlock = "市政府今天表示，2019年3月1日起試行的辦法成效良好，預計2021年6月30日前推廣。\n" +
	"日期：2019年3月8日（星期五）\n" +
	"發布時間: 2020年1月2日\n" +
	"有效期至2027年12月31日，該會議於2018年12月5日舉行，北京5日晚間有雨。\n" +
	"編號1234567的文件 2017年10月1日 列出了三項原則。\n"

// guessWork runs GuessReference's searches over every expression of s,
// each rule as if the ones before it found nothing, and returns the steps
// they counted.
func guessWork(s string) int {
	p := newParser(s, Reference{})
	es := p.scan(true)
	var full []time.Time
	for _, e := range es {
		if p.reportedPast(e) && e.Grain <= Day {
			full = append(full, truncate(e.From, Day))
		}
	}
	p.cnaCode()
	p.dateline(time.Date(2019, 3, 1, 0, 0, 0, 0, time.UTC), full)
	p.ownLine(es)
	p.clarifiedToday(time.Date(2019, 3, 1, 0, 0, 0, 0, time.UTC))
	return p.work
}

// TestGuessWorkScalesLinearly checks that GuessReference's searches take
// about four times the steps on a text four times as long (it counts
// steps, not time): in paragraphs, and with the line breaks taken out (a
// document of one long line).
func TestGuessWorkScalesLinearly(t *testing.T) {
	for _, oneLine := range []bool{false, true} {
		t.Run(fmt.Sprintf("oneLine=%v", oneLine), func(t *testing.T) {
			block := guessBlock
			if oneLine {
				block = strings.ReplaceAll(block, "\n", "　")
			}
			w4, w16 := guessWork(strings.Repeat(block, 40)), guessWork(strings.Repeat(block, 160))
			if w4 == 0 || w16 > 9*w4/2+64 {
				t.Errorf("work on 160 blocks = %d; want at most 4.5 × %d (work on 40 blocks)", w16, w4)
			}
			t.Logf("work: 40 blocks %d, 160 blocks %d (×%.2f)", w4, w16, float64(w16)/float64(max(w4, 1)))
		})
	}
}

// TestRecurrenceRunScalesLinearly checks that a run of recurrences (每天每天…,
// each read as the anchor of the one before) takes about four times the
// steps on a run four times as long: each word reads at most
// maxRecurrenceRun anchors after it, not the rest of the run.
func TestRecurrenceRunScalesLinearly(t *testing.T) {
	for _, w := range []string{"每天", "每周", "每年每月", "每个星期"} {
		work := func(n int) int {
			p := newParser(strings.Repeat(w, n), Reference{Date: time.Date(2025, 3, 5, 0, 0, 0, 0, time.UTC)})
			p.scan(true)
			return p.work
		}
		w4, w16 := work(1000), work(4000)
		if w4 == 0 || w16 > 9*w4/2+64 {
			t.Errorf("%s: work on 4,000 = %d; want at most 4.5 × %d (work on 1,000)", w, w16, w4)
		}
	}
	// A short run reads as before: each period alone, the last with its anchor.
	es := Extract("每年每月每周三", Reference{Date: time.Date(2025, 3, 5, 0, 0, 0, 0, time.UTC)})
	var got []string
	for _, e := range es {
		got = append(got, e.Text+"="+e.Value)
	}
	if want := "每年=R/P1Y 每月=R/P1M 每周三=R/2025-03-05/P1W"; strings.Join(got, " ") != want {
		t.Errorf("每年每月每周三: %v; want %s", got, want)
	}
}

// ownLineScan is ownLine as it was, finding each line's bounds by
// scanning the text.
func ownLineScan(p *parser, es []Expr) (time.Time, bool) {
	var best time.Time
	for _, e := range es {
		if !e.Resolved || e.Kind != Date && e.Kind != Time || e.Grain > Day || e.OpenStart || e.OpenEnd {
			continue
		}
		ls := strings.LastIndexByte(p.orig[:e.Start], '\n') + 1
		le := strings.IndexByte(p.orig[e.End:], '\n')
		if le < 0 {
			le = len(p.orig)
		} else {
			le += e.End
		}
		before := strings.TrimSpace(p.orig[ls:e.Start])
		if before != "" {
			if last, _ := utf8.DecodeLastRuneInString(before); last != ':' && last != '：' || utf8.RuneCountInString(before) > 8 {
				continue
			}
		}
		after := strings.TrimSpace(p.orig[e.End:le])
		if after != "" && !weekdayNote(after) {
			continue
		}
		if d := truncate(e.From, Day); d.After(best) {
			best = d
		}
	}
	return best, !best.IsZero()
}

// TestOwnLineAsScan compares ownLine with the scanning version on label
// lines of every length around the limit, weekday notes, dates at the
// start and end of the text, CRLF line ends and invalid UTF-8.
func TestOwnLineAsScan(t *testing.T) {
	texts := []string{
		guessBlock,
		"2019年3月8日",
		"\n2019年3月8日\n",
		"標題\r\n日期：2019年3月8日（星期五）\r\n會議於2019年3月1日舉行。",
		"日期：2019年3月8日 (週五)\n2020年1月1日\n\xff2021年2月2日\xfe\n",
		"2019年3月8日（禮拜六）\n2019年3月9日（禮拜六）還有\n：2019年3月10日",
	}
	for n := 0; n <= 10; n++ {
		label := strings.Repeat("期", n) + "："
		texts = append(texts, "前言\n"+label+"2019年3月8日\n", label+"2019年3月8日", "   "+label+" 2019年3月8日（星期"+strings.Repeat("五", n)+"）\n")
	}
	for _, s := range texts {
		p := newParser(s, Reference{})
		es := p.scan(true)
		got, gok := p.ownLine(es)
		want, wok := ownLineScan(p, es)
		if gok != wok || !got.Equal(want) {
			t.Errorf("ownLine(%q) = %v, %v; scanning gives %v, %v", s, got, gok, want, wok)
		}
	}
}

// TestOrigIndex compares the binary search with a forward scan at every
// byte offset of texts with folded, full-width and invalid runes.
func TestOrigIndex(t *testing.T) {
	for _, s := range []string{"", "a", "時間：２０２５年\xff後", "a\xe6\x99b", "\ufffd點\n十二月", guessBlock} {
		x := newText(s)
		for b := 0; b <= len(s); b++ {
			want := 0
			for want < len(x.rs) && x.off(want) < b {
				want++
			}
			if got := x.origIndex(b); got != want {
				t.Fatalf("origIndex(%q, %d) = %d; want %d", s, b, got, want)
			}
		}
	}
}

// TestWeekdayNote checks the bracketed weekdays after an own-line date;
// a bracketed 星期 with no day once made GuessReference panic.
func TestWeekdayNote(t *testing.T) {
	for s, want := range map[string]bool{"（星期五）": true, "(週日)": true, "（禮拜三）": true, "（星期）": false, "（星期五下午）": false, "星期五": false, "（週）": false, "（九）": false} {
		if got := weekdayNote(s); got != want {
			t.Errorf("weekdayNote(%q) = %v; want %v", s, got, want)
		}
	}
	if r := GuessReference("標題\n2019年3月8日（星期）\n"); r.Source != "latest-past-date" {
		t.Errorf("GuessReference with (星期) = %+v; want the latest past date", r)
	}
}
