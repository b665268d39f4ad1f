package pipeline

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestBuilderAndToSource(t *testing.T) {
	src := "執行緒與人工智慧"
	b := NewBuilder(src)
	b.Replace(len("執行緒"), "线程")    // 3 runes → 2: one piece
	b.Replace(len("與"), "与")       // 1:1
	b.Replace(len("人工智慧"), "人工智能") // 4:4 → per rune
	text, a := b.Finish()
	if text != "线程与人工智能" {
		t.Fatalf("text = %q", text)
	}
	tests := []struct{ work, want string }{
		{"线", "執行緒"}, {"线程", "執行緒"}, {"与", "與"},
		{"人工", "人工"}, {"智能", "智慧"}, {"程与人", "執行緒與人"},
	}
	for _, tc := range tests {
		i := strings.Index(text, tc.work)
		r := a.ToSource(Range{i, i + len(tc.work)})
		if got := r.Of(src); got != tc.want {
			t.Errorf("ToSource(%q) = %q; want %q", tc.work, got, tc.want)
		}
	}
	if got := a.ToDerived(Range{0, len("執")}).Of(text); got != "线程" {
		t.Errorf("ToDerived(執) = %q; want %q", got, "线程")
	}
}

func TestThenComposes(t *testing.T) {
	// X → Y: full-width digits folded (3 bytes → 1 byte each).
	x := "２０２５年執行緒"
	b1 := NewBuilder(x)
	for i := 0; i < 4; i++ {
		b1.Replace(len("２"), string("2025"[i]))
	}
	y, a := b1.Finish()
	// Y → Z: conversion.
	b2 := NewBuilder(y)
	b2.Copy(len("2025年"))
	b2.Replace(len("執行緒"), "线程")
	z, bz := b2.Finish()
	c, err := a.Then(bz)
	if err != nil {
		t.Fatal(err)
	}
	if c.SrcLen() != len(x) || c.DstLen() != len(z) {
		t.Fatalf("composed lengths %d→%d; want %d→%d", c.SrcLen(), c.DstLen(), len(x), len(z))
	}
	for _, tc := range []struct{ work, want string }{{"0", "０"}, {"2025", "２０２５"}, {"程", "執行緒"}, {"年", "年"}} {
		i := strings.Index(z, tc.work)
		if got := c.ToSource(Range{i, i + len(tc.work)}).Of(x); got != tc.want {
			t.Errorf("ToSource(%q) = %q; want %q", tc.work, got, tc.want)
		}
	}
}

func TestThenLengthMismatch(t *testing.T) {
	if _, err := Identity(3).Then(Identity(4)); err == nil {
		t.Fatal("Then accepted alignments of different lengths")
	}
}

func TestDeletionAndInsertion(t *testing.T) {
	src := "a\u200bb"
	b := NewBuilder(src)
	b.Copy(1)
	b.Replace(len("\u200b"), "") // deletion
	b.Replace(0, "-")            // insertion
	text, a := b.Finish()
	if text != "a-b" {
		t.Fatalf("text = %q", text)
	}
	r := a.ToSource(Range{2, 3})
	if got := r.Of(src); got != "b" {
		t.Errorf("ToSource(b) = %q; want %q", got, "b")
	}
	// Composition with an identity-shaped alignment keeps it intact.
	c, err := a.Then(NewBuilderFinish(text))
	if err != nil {
		t.Fatal(err)
	}
	if got := c.ToSource(Range{0, 1}).Of(src); got != "a" {
		t.Errorf("composed ToSource(a) = %q; want %q", got, "a")
	}
}

// NewBuilderFinish returns a per-rune copy alignment of s (not an identity).
func NewBuilderFinish(s string) Alignment {
	_, a := NewBuilder(s).Finish()
	return a
}

func FuzzAlignment(f *testing.F) {
	f.Add("執行緒與人工智慧", uint8(3))
	f.Add("ａｂｃ　１２３", uint8(1))
	f.Fuzz(func(t *testing.T, s string, mode uint8) {
		if !utf8.ValidString(s) {
			return
		}
		// Rewrite every rune by a rule depending on mode, then compose with a
		// second rewrite; every derived rune must map inside the source.
		rewrite := func(in string, k uint8) (string, Alignment) {
			b := NewBuilder(in)
			i := 0
			for _, r := range in {
				n := utf8.RuneLen(r)
				switch (uint8(r) + k) % 4 {
				case 0:
					b.Copy(n)
				case 1:
					b.Replace(n, "")
				case 2:
					b.Replace(n, "xy")
				default:
					b.Replace(n, "字")
				}
				i += n
			}
			return b.Finish()
		}
		y, a := rewrite(s, mode)
		z, bz := rewrite(y, mode+1)
		c, err := a.Then(bz)
		if err != nil {
			t.Fatal(err)
		}
		if c.SrcLen() != len(s) || c.DstLen() != len(z) {
			t.Fatalf("lengths %d→%d; want %d→%d", c.SrcLen(), c.DstLen(), len(s), len(z))
		}
		prevS, prevD := 0, 0
		for i := 0; i < c.Pieces(); i++ {
			sr, dr := c.Piece(i)
			if sr.Start != prevS || dr.Start != prevD || sr.End < sr.Start || dr.End < dr.Start {
				t.Fatalf("piece %d %v→%v not contiguous", i, sr, dr)
			}
			prevS, prevD = sr.End, dr.End
		}
		for i := range z {
			if !utf8.RuneStart(z[i]) {
				continue
			}
			_, n := utf8.DecodeRuneInString(z[i:])
			r := c.ToSource(Range{i, i + n})
			if r.Start < 0 || r.End > len(s) || r.Start > r.End {
				t.Fatalf("ToSource(%d..%d) = %v out of %d", i, i+n, r, len(s))
			}
		}
	})
}

func TestEmptyRangeAtInsertion(t *testing.T) {
	src := "ab"
	b := NewBuilder(src)
	b.Copy(1)
	b.Replace(0, "--") // insertion between a and b
	_, a := b.Finish()
	for _, r := range []Range{a.ToDerived(Range{1, 1}), a.ToSource(Range{2, 2})} {
		if r.End < r.Start {
			t.Errorf("empty range mapped to %v: start after end", r)
		}
	}
}
