package argument_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/zhpipe/zhpipe/pipeline/argument"
)

func ExampleAnalyze() {
	text := "報告提出三大支柱、20項任務。\n" +
		"第一支柱——科技自立。包含8項任務。\n" +
		"第二支柱——產業升級。包含7項任務。\n" +
		"第三支柱——開放合作。包含5項任務。\n" +
		"部長李明說：「我們有信心。」"
	i := strings.Index(text, "李明")
	speakers := []argument.Speaker{{ID: "P1", Name: "李明", Kind: argument.Person, Mentions: []argument.Span{{Start: i, End: i + len("李明")}}}}
	a := argument.Analyze(text, speakers, nil)
	for _, e := range a.Enumerations {
		fmt.Printf("%s announced by %s: %d items\n", e.ID, e.Announced.Text, len(e.Items))
	}
	for _, t := range a.Totals {
		fmt.Printf("total %s: parts %v, consistent %v\n", t.Text, t.Parts, t.Consistent)
	}
	for _, q := range a.Quotes {
		fmt.Printf("%s %s: %s\n", q.SpeakerName, q.Verb, q.Text)
	}
	// Output:
	// E1 announced by 三大支柱: 3 items
	// total 20項: parts [8 7 5], consistent true
	// 李明 說: 我們有信心。
}

func ExampleWriteOutline() {
	text := "本文分析其背景與特點。\n顯著特點\n《意見》具有以下3個特點：\n首先，目標明確。\n其次，措施具體。"
	a := argument.Analyze(text, nil, nil)
	if err := argument.WriteOutline(os.Stdout, text, a, nil); err != nil {
		fmt.Println(err)
	}
	// Output:
	// Sections (2)
	//   lead        本文分析其背景與特點。
	//   features    [顯著特點] 《意見》具有以下3個特點： 首先，目標明確。 其次，措施具體。
	//
	// Enumerations (1)
	//   E1 以下3個特點: announced 3, found 2 ✗
	//     首先 目標明確
	//     其次 措施具體
	//
	// Quotes (0 attributed or reported, 0 terms)
	//
	// Totals (0)
	//
	// Thesis
	//   (none found)
	//
	// Diagnostics (1)
	//   enumeration-count-mismatch: 以下3個特點 announces 3 items; 2 found
}
