package convert

import (
	"testing"
	"unicode/utf8"
)

// convertOneSegment converts s as OpenCC would convert one segment: the
// normalization stages, then the chain, with no segmentation.
func (c *Converter) convertOneSegment(s string) string {
	var sc scratch
	s = c.normalize(s, &sc)
	if s == "" {
		return ""
	}
	return string(c.appendChain(nil, s, &sc))
}

// checkAlignment asserts the alignment invariants of ConvertAligned(in):
// pieces non-empty, sorted, gap-free, covering in and out; each piece's Dst
// equal to the conversion of its Src as one segment; and the output equal
// to Convert's.
func checkAlignment(t *testing.T, c *Converter, in, out string, pieces []Piece) {
	t.Helper()
	if want := c.Convert(in); out != want {
		t.Errorf("%s: ConvertAligned(%q) = %q; Convert gives %q", c.Name(), in, out, want)
	}
	if len(in) == 0 {
		if len(pieces) != 0 || out != "" {
			t.Errorf("%s: empty input gave %q and %d pieces; want none", c.Name(), out, len(pieces))
		}
		return
	}
	src, dst := 0, 0
	for i, p := range pieces {
		if p.SrcStart != src || p.DstStart != dst {
			t.Fatalf("%s(%q): piece %d = %+v; want it to start at src %d, dst %d", c.Name(), in, i, p, src, dst)
		}
		if p.SrcEnd <= p.SrcStart || p.DstEnd <= p.DstStart || p.SrcEnd > len(in) || p.DstEnd > len(out) {
			t.Fatalf("%s(%q): piece %d = %+v is empty or out of range (len %d, %d)", c.Name(), in, i, p, len(in), len(out))
		}
		s, d := in[p.SrcStart:p.SrcEnd], out[p.DstStart:p.DstEnd]
		if got := c.convertOneSegment(s); got != d {
			t.Errorf("%s(%q): piece %d %q -> %q, but converting %q alone gives %q", c.Name(), in, i, s, d, s, got)
		}
		if utf8.ValidString(in) && (!utf8.ValidString(s) || !utf8.ValidString(d)) {
			t.Errorf("%s(%q): piece %d %q -> %q cuts a code point", c.Name(), in, i, s, d)
		}
		src, dst = p.SrcEnd, p.DstEnd
	}
	if src != len(in) || dst != len(out) {
		t.Fatalf("%s(%q): pieces end at src %d, dst %d; want %d, %d", c.Name(), in, src, dst, len(in), len(out))
	}
}

func TestConvertAligned(t *testing.T) {
	l := NewLoader()
	tests := []struct {
		config, in, want string
		pieces           []Piece
	}{
		{"tw2sp", "", "", nil},
		{"tw2sp", "執行緒", "线程", []Piece{{0, 9, 0, 6}}},
		{"tw2sp", "a執行緒b", "a线程b", []Piece{{0, 1, 0, 1}, {1, 10, 1, 7}, {10, 11, 7, 8}}},
		{"t2s", "㑮", "𫝈", []Piece{{0, 3, 0, 4}}},
		{"t2s", "漢字", "汉字", []Piece{{0, 3, 0, 3}, {3, 6, 3, 6}}},
		// U+F900 (compatibility ideograph) normalizes to U+8C48 豈.
		{"t2s", "\uF900", "岂", []Piece{{0, 3, 0, 3}}},
		// Later stages working on one segment: s2twp 低级别产品 → 低級別產品.
		{"s2twp", "低级别产品", "低級別產品", nil},
		{"tw2sp", "畫素藉由", "画素借由", nil},
		// An ideographic description sequence is copied whole.
		{"t2s", "⿰木木漢", "⿰木木汉", []Piece{{0, 9, 0, 9}, {9, 12, 9, 12}}},
		{"t2s", "⿰漢漢漢", "⿰漢漢汉", []Piece{{0, 9, 0, 9}, {9, 12, 9, 12}}},
		// Incomplete: the operator is copied alone, its operand converted.
		{"t2s", "⿰漢", "⿰汉", []Piece{{0, 3, 0, 3}, {3, 6, 3, 6}}},
	}
	for _, tc := range tests {
		t.Run(tc.config+"/"+tc.in, func(t *testing.T) {
			c, err := l.Converter(tc.config)
			if err != nil {
				t.Fatal(err)
			}
			got, pieces := c.ConvertAligned(tc.in)
			if got != tc.want {
				t.Errorf("ConvertAligned(%q) = %q; want %q", tc.in, got, tc.want)
			}
			if tc.pieces != nil && !equalPieces(pieces, tc.pieces) {
				t.Errorf("ConvertAligned(%q) pieces = %+v; want %+v", tc.in, pieces, tc.pieces)
			}
			checkAlignment(t, c, tc.in, got, pieces)
		})
	}
}

func equalPieces(a, b []Piece) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestCompose(t *testing.T) {
	// X "abc" → Y "AB|C" (ab → AB, c → C); Y → Z "A|BC" (A → x, BC → yz).
	a := []Piece{{0, 2, 0, 2}, {2, 3, 2, 3}}
	b := []Piece{{0, 1, 0, 1}, {1, 3, 1, 3}}
	got := composeAppend(nil, a, b, 0, 0)
	want := []Piece{{0, 3, 0, 3}}
	if !equalPieces(got, want) {
		t.Errorf("compose = %+v; want %+v", got, want)
	}
	got = composeAppend(nil, []Piece{{0, 1, 0, 2}, {1, 2, 2, 3}}, []Piece{{0, 2, 0, 1}, {2, 3, 1, 4}}, 0, 0)
	want = []Piece{{0, 1, 0, 1}, {1, 2, 1, 4}}
	if !equalPieces(got, want) {
		t.Errorf("compose = %+v; want %+v", got, want)
	}
}
