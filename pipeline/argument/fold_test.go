package argument

import (
	"testing"

	"github.com/zhpipe/zhpipe/pipeline/convert"
)

// TestFoldTableIsOpenCC checks every pair of the fold table against the
// project's OpenCC conversion of the single character (t2s, or hk2s / tw2s
// for regional variants such as 衞).
func TestFoldTableIsOpenCC(t *testing.T) {
	var cs []*convert.Converter
	for _, name := range []string{"t2s", "hk2s", "tw2s"} {
		c, err := convert.New(name)
		if err != nil {
			t.Fatal(err)
		}
		cs = append(cs, c)
	}
	n := 0
	for r := rune(0x3400); r <= 0x9fff; r++ {
		f := foldRune(r)
		if f == r {
			continue
		}
		n++
		var got []string
		ok := false
		for _, c := range cs {
			g := c.Convert(string(r))
			ok = ok || g == string(f)
			got = append(got, g)
		}
		if !ok {
			t.Errorf("foldRune(%q) = %q; OpenCC t2s, hk2s, tw2s give %q", r, f, got)
		}
	}
	if n < 200 {
		t.Errorf("fold table has %d pairs; want the lexicons' characters", n)
	}
}
