package convert_test

import (
	"fmt"
	"log"

	"github.com/zhpipe/zhpipe/pipeline/convert"
)

func ExampleConverter_ConvertAligned() {
	c, err := convert.New("tw2sp")
	if err != nil {
		log.Fatal(err)
	}
	in := "用執行緒寫軟體"
	out, pieces := c.ConvertAligned(in)
	fmt.Println(out)
	for _, p := range pieces {
		fmt.Printf("%s → %s\n", in[p.SrcStart:p.SrcEnd], out[p.DstStart:p.DstEnd])
	}
	// Output:
	// 用线程写软件
	// 用 → 用
	// 執行緒 → 线程
	// 寫 → 写
	// 軟體 → 软件
}

func ExampleConverter_Convert() {
	c, err := convert.New("s2twp")
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(c.Convert("鼠标和软件"))
	// Output: 滑鼠和軟體
}
