package document_test

import (
	"fmt"

	"github.com/zhpipe/zhpipe/pipeline/document"
)

func ExampleExtract() {
	text := "川普政府發佈了《美國人工智慧行動計畫》(以下簡稱《計畫》)。《計畫》指出"
	for _, d := range document.Extract(text) {
		fmt.Println(d.ID, d.Title, d.Aliases)
		for _, m := range d.Mentions {
			fmt.Println(" ", m.Start, m.End, m.Text, m.Kind)
		}
	}
	// Output:
	// D1 美國人工智慧行動計畫 [計畫]
	//   21 57 《美國人工智慧行動計畫》 title
	//   70 82 《計畫》 alias definition
	//   86 98 《計畫》 alias
}
