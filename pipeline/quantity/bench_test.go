package quantity

import (
	"os"
	"strings"
	"testing"

	"github.com/zhpipe/zhpipe/pipeline/timex"
)

// mixedNews is running text in the three regional styles, dense in
// amounts, percentages, counts and dates.
const mixedNews = `新华社北京3月5日电 十四届全国人大三次会议5日上午9时在人民大会堂开幕，会期7天，近3000名代表出席。` +
	`政府工作报告提出，今年国内生产总值增长5%左右，城镇新增就业1200万人以上，居民消费价格涨幅2%左右。` +
	`2024年全年粮食产量超过1.4万亿斤，第一季度规模以上工业增加值同比增长6.1%，上半年进出口总值21.2万亿元。` +
	`全省共有三四百家企业参与，投资约4.6亿美元，新建厂房12座、道路35公里，覆盖面积达1200平方公里。` +
	`中央社記者台北12日電 行政院會今天通過明年度總預算案，歲出規模約3兆1325億元，較113年度增加1.8%。` +
	`這項計畫將影響約230萬名勞工，每月平均薪資4萬5千元，最多補助兩萬元，至少有七八個縣市響應。` +
	`氣象署表示，颱風中心最大風速每秒48公尺，預估雨量達500毫米，已有3架飛機、1200名國軍待命。` +
	`香港特區政府昨日公布，今年首季失業率為3.2%，零售業總銷貨價值約為320億港元，按年上升百分之十二。` +
	`這家公司成立於1998年，員工人數由三百人增至兩千五百人，去年營收逾八十億新台幣，發行了第3批債券。` +
	`他說，一時之間難以落實，三位一體的做法早已提出，四面八方的意見都要聽，一塊淨土難得。` +
	"\n"

func benchText(b *testing.B, s string) {
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Extract(s)
	}
}

// BenchmarkExtractMaskedSeed is the seed article with its dates already
// found, as in the pipeline.
func BenchmarkExtractMaskedSeed(b *testing.B) {
	s := seedText(b)
	_, dates := timex.GuessReferenceExprs(s)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		ExtractMasked(s, dates)
	}
}

func seedText(b *testing.B) string {
	text, err := os.ReadFile("../../testdata/seed-article.txt")
	if err != nil {
		b.Fatal(err)
	}
	return string(text)
}

// BenchmarkExtract is a short text repeated, almost all quantities.
func BenchmarkExtract(b *testing.B) {
	benchText(b, strings.Repeat("這份戰略計畫正文長達23頁,明確了三大支柱、30項目標和103條推薦政策行動,約40%。", 20))
}

// BenchmarkExtractSeed is the seed article (Traditional, Taiwan).
func BenchmarkExtractSeed(b *testing.B) {
	benchText(b, seedText(b))
}

// BenchmarkExtractMixed is the seed followed by mainland, Taiwan and Hong
// Kong news text, about 45 KB.
func BenchmarkExtractMixed(b *testing.B) {
	benchText(b, seedText(b)+strings.Repeat(mixedNews, 20))
}
