package timex_test

import (
	"fmt"
	"time"

	"github.com/zhpipe/zhpipe/pipeline/timex"
)

func ExampleExtract() {
	text := "當地時間2025年7月23日,計畫發布;2021年底以來,去年11月,15天內完成。"
	ref := timex.Reference{Date: time.Date(2025, 7, 25, 0, 0, 0, 0, time.UTC), Source: "flag"}
	for _, e := range timex.Extract(text, ref) {
		fmt.Printf("%s %s %s\n", e.Text, e.Kind, e.Value)
	}
	// Output:
	// 當地時間2025年7月23日 date 2025-07-23
	// 2021年底 date 2021-12
	// 去年11月 relative 2024-11
	// 15天內 duration P15D
}

func ExampleGuessReference() {
	ref := timex.GuessReference("（中央社記者華盛頓8日專電）……（編輯：王）1141209")
	fmt.Println(ref.Date.Format("2006-01-02"), ref.Source)
	// Output: 2025-12-09 cna-code
}
