package tsfold

import (
	"testing"
	"unicode/utf8"

	"github.com/zhpipe/zhpipe/pipeline/convert"
)

// TestTableIsOpenCC checks every pair of the table against the project's
// OpenCC conversion of the single character (t2s, or hk2s / tw2s for
// regional variants such as 衞), and that each keeps its UTF-8 length.
func TestTableIsOpenCC(t *testing.T) {
	var cs []*convert.Converter
	for _, name := range []string{"t2s", "hk2s", "tw2s"} {
		c, err := convert.New(name)
		if err != nil {
			t.Fatal(err)
		}
		cs = append(cs, c)
	}
	n := 0
	for r := rune(0x3400); r <= 0xffff; r++ {
		f := Rune(r)
		if f == r {
			continue
		}
		n++
		if utf8.RuneLen(f) != utf8.RuneLen(r) {
			t.Errorf("Rune(%q) = %q: %d bytes; want %d", r, f, utf8.RuneLen(f), utf8.RuneLen(r))
		}
		if r == '︰' { // a presentation form, not a conversion: folds to the colon
			if f != '：' {
				t.Errorf("Rune(︰) = %q; want ：", f)
			}
			continue
		}
		var got []string
		ok := false
		for _, c := range cs {
			g := c.Convert(string(r))
			ok = ok || g == string(f)
			got = append(got, g)
		}
		if !ok {
			t.Errorf("Rune(%q) = %q; OpenCC t2s, hk2s, tw2s give %q", r, f, got)
		}
	}
	if n < 300 {
		t.Errorf("table has %d pairs; want the lexicons' characters", n)
	}
	for _, r := range "著藉覆" {
		if Rune(r) != r {
			t.Errorf("Rune(%q) = %q; a Simplified word of its own must stay", r, Rune(r))
		}
	}
}

func TestStringKeepsOffsets(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"三個核心維度", "三个核心维度"},
		{"修訂條款\xff第三條", "修订条款\xff第三条"},
		{"他連聲讚好︰「好」", "他连声赞好：「好」"},
		{"plain ascii", "plain ascii"},
		{"", ""},
	} {
		if got := String(tc.in); got != tc.want || len(got) != len(tc.in) {
			t.Errorf("String(%q) = %q; want %q", tc.in, got, tc.want)
		}
	}
}

// TestFoldIsString compares Fold with String, and its validity with
// utf8.ValidString, on every character of the Basic Multilingual Plane
// and on random bytes (invalid UTF-8 and runs of folded characters
// included).
func TestFoldIsString(t *testing.T) {
	var all []byte
	for r := rune(0); r < 0x10000; r++ {
		all = utf8.AppendRune(all, r)
	}
	texts := []string{string(all), "", "說", "abc", "\xe8\xaa", "\xe8\xaa\xaa\xff說\xed\xa0\x80國", "简体中文没有要折叠的字"}
	rng := uint64(1)
	for k := 0; k < 5000; k++ {
		b := make([]byte, k%50)
		for i := range b {
			rng = rng*6364136223846793005 + 1442695040888963407
			b[i] = byte(rng >> 56)
			if rng>>40&3 == 0 {
				b[i] = "說國與條\xe8"[rng>>50%13]
			}
		}
		texts = append(texts, string(b))
	}
	for _, s := range texts {
		got, valid := Fold(s)
		if want := String(s); got != want {
			t.Fatalf("Fold(%q) = %q; String gives %q", s, got, want)
		}
		if valid != utf8.ValidString(s) {
			t.Fatalf("Fold(%q) says valid %v", s, valid)
		}
	}
}
