package convert

import (
	"testing"
	"unicode/utf8"
)

func FuzzConvertAligned(f *testing.F) {
	for _, s := range []string{
		"", "執行緒與軟體", "低级别产品", "畫素藉由", "⿰漢漢", "⿲⿰", "\xff漢\xe6\xbc字",
		"\uF900\U0002F800", "旧字体歴史仮名遣", "沙河涌洶湧", "a\x00b執行緒",
	} {
		for i := range configNames {
			f.Add(s, uint8(i))
		}
	}
	l := NewLoader()
	convs := make([]*Converter, len(configNames))
	for i, name := range configNames {
		c, err := l.Converter(name)
		if err != nil {
			f.Fatal(err)
		}
		convs[i] = c
	}
	f.Fuzz(func(t *testing.T, s string, which uint8) {
		c := convs[int(which)%len(convs)]
		out, pieces := c.ConvertAligned(s)
		if utf8.ValidString(s) && !utf8.ValidString(out) {
			t.Errorf("%s(%q) = %q: valid UTF-8 in, invalid out", c.Name(), s, out)
		}
		checkAlignment(t, c, s, out, pieces)
	})
}
