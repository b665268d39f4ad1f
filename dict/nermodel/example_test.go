package nermodel_test

import (
	"fmt"

	"github.com/zhpipe/zhpipe/dict/nermodel"
)

func Example() {
	m, err := nermodel.Load() // once, at start-up; share m between goroutines
	if err != nil {
		fmt.Println(err)
		return
	}
	text := "国务院总理李鹏今天在北京会见了联合国秘书长安南。"
	for _, s := range m.Tag(text) {
		fmt.Println(s.Label, text[s.Start:s.End], s.Start, s.End)
	}
	// Output:
	// ORG 国务院 0 9
	// PER 李鹏 15 21
	// LOC 北京 30 36
	// ORG 联合国 45 54
	// PER 安南 63 69
}
