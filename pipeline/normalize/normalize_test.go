package normalize

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/zhpipe/zhpipe/pipeline"
)

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"２０２５年７月", "2025年7月"},
		{"ＡＩ　北約", "AI 北約"},
		{"約４０％", "約40%"},
		{"《計畫》，「說」", "《計畫》，「說」"},
		{"", ""},
		{"a\xffｂ", "a\xffb"},
	}
	for _, tc := range tests {
		got, a := Fold(tc.in)
		if got != tc.want {
			t.Errorf("Fold(%q) = %q; want %q", tc.in, got, tc.want)
		}
		if a.SrcLen() != len(tc.in) || a.DstLen() != len(got) {
			t.Errorf("Fold(%q): alignment %d→%d; want %d→%d", tc.in, a.SrcLen(), a.DstLen(), len(tc.in), len(got))
		}
	}
	in := "ＡＩ技術"
	out, a := Fold(in)
	i := strings.Index(out, "I")
	if got := a.ToSource(pipeline.Range{Start: i, End: i + 1}).Of(in); got != "Ｉ" {
		t.Errorf("ToSource(I) = %q; want %q", got, "Ｉ")
	}
}

func FuzzFold(f *testing.F) {
	f.Add("２０２５年ＡＩ　测试％")
	f.Fuzz(func(t *testing.T, s string) {
		out, a := Fold(s)
		if a.SrcLen() != len(s) || a.DstLen() != len(out) {
			t.Fatalf("alignment %d→%d for %d→%d bytes", a.SrcLen(), a.DstLen(), len(s), len(out))
		}
		if utf8.ValidString(s) && !utf8.ValidString(out) {
			t.Fatalf("Fold(%q) = %q is not UTF-8", s, out)
		}
		if utf8.RuneCountInString(s) != utf8.RuneCountInString(out) {
			t.Fatalf("Fold(%q) changed the number of code points", s)
		}
		if again, _ := Fold(out); again != out {
			t.Fatalf("Fold is not idempotent on %q", s)
		}
	})
}

func BenchmarkFold(b *testing.B) {
	s := strings.Repeat("２０２５年７月２３日，ＡＩ技術發展　", 200)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Fold(s)
	}
}
