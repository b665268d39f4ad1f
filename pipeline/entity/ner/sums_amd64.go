package ner

// sumsAVX2 is the loop of sums in AVX2 instructions (sums_amd64.s): for
// each of n positions, the int32 sum of the class-bias and lexicon rows and
// the eleven int16 rows, written to em. Every row address it forms is
// inside its table for a checked model (classes up to classBoundary,
// character numbers below the unigram rows, lexicon flags masked).
//
//go:noescape
func sumsAVX2(em *int32, n int, ids *uint32, pr **wrow, xr **wrow, cls *byte, lf *uint16, uni *int16, classBias *int32, lexRows *int32)

func cpuid(leaf, sub uint32) (eax, ebx, ecx, edx uint32)

func xgetbv0() (eax uint32)

// hasAVX2 reports whether the processor has AVX2 and the system saves its
// registers.
var hasAVX2 = func() bool {
	maxLeaf, _, _, _ := cpuid(0, 0)
	if maxLeaf < 7 {
		return false
	}
	_, _, c1, _ := cpuid(1, 0)
	const osxsave, avx = 1 << 27, 1 << 28
	if c1&osxsave == 0 || c1&avx == 0 || xgetbv0()&6 != 6 {
		return false
	}
	_, b7, _, _ := cpuid(7, 0)
	return b7&(1<<5) != 0
}()
