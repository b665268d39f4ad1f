package order_test

import (
	"fmt"
	"strings"

	"github.com/zhpipe/zhpipe/pipeline/order"
)

func ExampleExtract() {
	text := "2023年10月30日，时任美国总统拜登曾签署第14110号总统行政令《安全、可靠和值得信赖的人工智能开发和使用》。"
	// The entity stage would give the people; here one is placed by hand.
	k := strings.Index(text, "拜登")
	people := []order.PersonSpan{{Start: k, End: k + len("拜登"), ID: "P5", Name: "拜登"}}
	for _, o := range order.Extract(text, order.Input{People: people}) {
		fmt.Println(o.ID, o.Kind, o.Number, o.Title, o.Date, o.Signer, o.SignerName)
		for _, m := range o.Mentions {
			fmt.Println(" ", m.Start, m.End, m.Text)
		}
	}
	// Without people, the signer's name comes from the clause's subject.
	o := order.Extract(text, order.Input{})[0]
	fmt.Printf("%q %q\n", o.Signer, o.SignerName)
	// Output:
	// R1 executive order 14110 安全、可靠和值得信赖的人工智能开发和使用 2023-10-30 P5 拜登
	//   53 79 第14110号总统行政令
	// "" "拜登"
}
