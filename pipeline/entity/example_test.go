package entity_test

import (
	"fmt"

	"github.com/zhpipe/zhpipe/dict/lexicon"
	"github.com/zhpipe/zhpipe/pipeline/entity"
)

func ExampleExtractor_Extract() {
	lx, err := lexicon.Load()
	if err != nil {
		panic(err)
	}
	x, err := entity.New(lx, entity.Options{})
	if err != nil {
		panic(err)
	}
	text := "美国总统国家安全事务助理马尔科·A·卢比欧表示，川普政府将加强合作。卢比欧随后离开。"
	for _, e := range x.Extract(text) {
		fmt.Printf("%s %v %s | %s | %s", e.ID, e.Type, e.Name, e.Simplified, e.English)
		for _, t := range e.Titles {
			fmt.Printf(" | title %s", t.Text)
		}
		if e.LinkedPerson != "" {
			fmt.Printf(" | administration of %s", e.LinkedPerson)
		}
		fmt.Printf(" | %d mentions\n", len(e.Mentions))
	}
	// Output:
	// P1 PER 马尔科·A·卢比欧 | 马尔科·A·卢比奥 | Marco A. Rubio | title 美国总统国家安全事务助理 | 2 mentions
	// P2 PER 川普 | 特朗普 | Donald Trump | 1 mentions
	// A1 ORG 川普政府 | 川普政府 |  | administration of P2 | 1 mentions
	// L1 LOC 美国 | 美国 | United States | 1 mentions
}
