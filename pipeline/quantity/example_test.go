package quantity_test

import (
	"fmt"

	"github.com/zhpipe/zhpipe/pipeline/quantity"
)

func ExampleExtract() {
	for _, q := range quantity.Extract("正文長達23頁,明確了30項目標;支持率約40%;投資5500億美元。") {
		fmt.Printf("%s value=%v unit=%s noun=%q qualifier=%q currency=%q\n", q.Text, q.Value, q.Unit, q.Noun, q.Qualifier, q.Currency)
	}
	// Output:
	// 達23頁 value=23 unit=頁 noun="" qualifier="達" currency=""
	// 30項 value=30 unit=項 noun="目標" qualifier="" currency=""
	// 約40% value=0.4 unit=% noun="" qualifier="約" currency=""
	// 5500億美元 value=5.5e+11 unit=美元 noun="" qualifier="" currency="USD"
}
