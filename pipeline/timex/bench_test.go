package timex

import (
	"os"
	"strings"
	"testing"
)

// mixedNews is running text in the three regional styles, dense in dates,
// times and numbers that are not dates.
const mixedNews = `新华社北京3月5日电 十四届全国人大三次会议5日上午9时在人民大会堂开幕，会期7天，至11日下午闭幕。` +
	`政府工作报告提出，今年国内生产总值增长5%左右，城镇新增就业1200万人以上，居民消费价格涨幅2%左右。` +
	`2024年全年粮食产量超过1.4万亿斤，第一季度规模以上工业增加值同比增长6.1%，上半年进出口总值21.2万亿元。` +
	`国务院常务会议指出，要在未来三年内完成改造，并于2027年底前全面实现目标；去年11月以来已有十多个省份出台细则。` +
	`中央社記者台北12日電 行政院會今天通過明年度總預算案，歲出規模約3兆1325億元，較113年度增加1.8%。` +
	`立法院預計於9月中旬開議，10月底前完成審查；民國114年1月1日起實施的新制，將影響約230萬名勞工。` +
	`氣象署表示，颱風最快週三晚間至週四清晨登陸，上午8點30分發布海上警報，預估雨量達500毫米。` +
	`香港特區政府昨日公布，今年首季失業率為3.2%，較上季下跌0.1個百分點；零售業總銷貨價值約為320億港元。` +
	`政府發言人表示，將於下星期一起一連三日舉行諮詢會，市民可於下午2時至5時到場，或在6月30日前遞交意見。` +
	`這家公司成立於1998年，90年代末期曾經歷危機，過去十年營收成長三倍，員工人數由三百人增至兩千五百人。` +
	`他說，一點都不意外，這四點意見早在三個月前已提出，一時之間難以落實，但一日之計在於晨。` +
	"\n"

func benchText(b *testing.B, s string, f func(string)) {
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		f(s)
	}
}

func seedText(b *testing.B) string {
	text, err := os.ReadFile("../../testdata/seed-article.txt")
	if err != nil {
		b.Fatal(err)
	}
	return string(text)
}

// BenchmarkExtract is a short text repeated, almost all dates.
func BenchmarkExtract(b *testing.B) {
	s := strings.Repeat("當地時間2025年7月23日,川普政府發佈了計畫。2021年底以來,上午9時30分,15天內完成,去年11月。", 20)
	benchText(b, s, func(s string) { Extract(s, ref2025) })
}

// BenchmarkExtractSeed is the seed article (Traditional, Taiwan).
func BenchmarkExtractSeed(b *testing.B) {
	benchText(b, seedText(b), func(s string) { Extract(s, ref2025) })
}

// BenchmarkExtractMixed is the seed followed by mainland, Taiwan and Hong
// Kong news text, about 45 KB.
func BenchmarkExtractMixed(b *testing.B) {
	s := seedText(b) + strings.Repeat(mixedNews, 20)
	benchText(b, s, func(s string) { Extract(s, ref2025) })
}

// BenchmarkGuessAndExtractSeed is what the pipeline needs for one article:
// the reference date, then the expressions.
func BenchmarkGuessAndExtractSeed(b *testing.B) {
	benchText(b, seedText(b), func(s string) { Extract(s, GuessReference(s)) })
}

// BenchmarkGuessExprsAndExtractSeed is the same with the expressions
// without a reference kept for the quantities (see GuessReferenceExprs).
func BenchmarkGuessExprsAndExtractSeed(b *testing.B) {
	benchText(b, seedText(b), func(s string) {
		ref, _ := GuessReferenceExprs(s)
		Extract(s, ref)
	})
}

// BenchmarkComputeLunarYear is the cost of one lunar year on first use
// (lunarYears keeps it).
func BenchmarkComputeLunarYear(b *testing.B) {
	y := 0
	for b.Loop() {
		computeLunarYear(firstLunarYear + y%(lastLunarYear-firstLunarYear+1))
		y++
	}
}
