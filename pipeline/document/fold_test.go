package document

import (
	"testing"

	"github.com/zhpipe/zhpipe/pipeline/convert"
)

// TestFoldIsOpenCC checks every pair of the fold table against the
// project's OpenCC conversion of the single character (t2s, or hk2s /
// tw2s for regional variants).
func TestFoldIsOpenCC(t *testing.T) {
	var cs []*convert.Converter
	for _, name := range []string{"t2s", "hk2s", "tw2s"} {
		c, err := convert.New(name)
		if err != nil {
			t.Fatal(err)
		}
		cs = append(cs, c)
	}
	for r := rune(0x3400); r <= 0x9fff; r++ {
		f := foldRune(r)
		if f == r {
			continue
		}
		ok := false
		for _, c := range cs {
			ok = ok || c.Convert(string(r)) == string(f)
		}
		if !ok {
			t.Errorf("foldRune(%q) = %q; not an OpenCC conversion", r, f)
		}
	}
	if got := fold("條例\xff"); got != "条例\xff" {
		t.Errorf("fold = %q; want %q", got, "条例\xff")
	}
}
