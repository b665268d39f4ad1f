package numeral_test

import (
	"fmt"

	"github.com/zhpipe/zhpipe/pipeline/numeral"
)

func ExampleParseMode() {
	for _, s := range []string{"一千二百三十四", "兩千六", "10.1万", "壹拾壹元整"} {
		v, err := numeral.ParseMode(s, numeral.Strict)
		fmt.Println(s, v, err == nil)
	}
	// Output:
	// 一千二百三十四 1234 true
	// 兩千六 0 false
	// 10.1万 0 false
	// 壹拾壹元整 11 true
}
