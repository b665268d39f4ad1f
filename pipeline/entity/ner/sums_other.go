//go:build !amd64

package ner

const hasAVX2 = false

func sumsAVX2(em *int32, n int, ids *uint32, pr **wrow, xr **wrow, cls *byte, lf *uint16, uni *int16, classBias *int32, lexRows *int32) {
	panic("ner: sumsAVX2 without AVX2")
}
