#include "textflag.h"

// func sumsAVX2(em *int32, n int, ids *uint32, pr **wrow, xr **wrow, cls *byte, lf *uint16, uni *int16, classBias *int32, lexRows *int32)
//
// For each of the n positions: em[0:13] = classBias row + lexRows row +
// the eleven int16 rows (five unigrams, four pairs, skip bigram, trigram),
// widened to int32. Y0 sums lanes 0–7, Y1 lanes 5–12 (an int16 row read
// at byte 0 and at byte 10, an int32 row at byte 0 and at byte 20).
TEXT ·sumsAVX2(SB), NOSPLIT, $0-80
	MOVQ em+0(FP), DI
	MOVQ n+8(FP), CX
	MOVQ ids+16(FP), SI
	MOVQ pr+24(FP), R8
	MOVQ xr+32(FP), R9
	MOVQ cls+40(FP), R10
	MOVQ lf+48(FP), R11
	MOVQ uni+56(FP), R12
	MOVQ classBias+64(FP), R13
	MOVQ lexRows+72(FP), R14
	TESTQ CX, CX
	JLE done

loop:
	// Bias and class trigram: row cls[i]×81 + cls[i+1]×9 + cls[i+2].
	MOVBQZX 0(R10), AX
	IMUL3Q $81, AX, AX
	MOVBQZX 1(R10), BX
	LEAQ (BX)(BX*8), BX
	ADDQ BX, AX
	MOVBQZX 2(R10), BX
	ADDQ BX, AX
	IMUL3Q $52, AX, AX
	VMOVDQU 0(R13)(AX*1), Y0
	VMOVDQU 20(R13)(AX*1), Y1

	// Lexicon flags: row lf[i] & 4095.
	MOVWQZX 0(R11), AX
	ANDQ $4095, AX
	IMUL3Q $52, AX, AX
	VPADDD 0(R14)(AX*1), Y0, Y0
	VPADDD 20(R14)(AX*1), Y1, Y1

	// Unigrams: row ids[i+k]×5 + k of uni, at byte ids[i+k]×130 + k×26.
	MOVLQZX 0(SI), AX
	IMUL3Q $130, AX, AX
	VPMOVSXWD 0(R12)(AX*1), Y2
	VPMOVSXWD 10(R12)(AX*1), Y3
	VPADDD Y2, Y0, Y0
	VPADDD Y3, Y1, Y1
	MOVLQZX 4(SI), AX
	IMUL3Q $130, AX, AX
	VPMOVSXWD 26(R12)(AX*1), Y2
	VPMOVSXWD 36(R12)(AX*1), Y3
	VPADDD Y2, Y0, Y0
	VPADDD Y3, Y1, Y1
	MOVLQZX 8(SI), AX
	IMUL3Q $130, AX, AX
	VPMOVSXWD 52(R12)(AX*1), Y2
	VPMOVSXWD 62(R12)(AX*1), Y3
	VPADDD Y2, Y0, Y0
	VPADDD Y3, Y1, Y1
	MOVLQZX 12(SI), AX
	IMUL3Q $130, AX, AX
	VPMOVSXWD 78(R12)(AX*1), Y2
	VPMOVSXWD 88(R12)(AX*1), Y3
	VPADDD Y2, Y0, Y0
	VPADDD Y3, Y1, Y1
	MOVLQZX 16(SI), AX
	IMUL3Q $130, AX, AX
	VPMOVSXWD 104(R12)(AX*1), Y2
	VPMOVSXWD 114(R12)(AX*1), Y3
	VPADDD Y2, Y0, Y0
	VPADDD Y3, Y1, Y1

	// Pairs: pr[4i], pr[4i+5], pr[4i+10], pr[4i+15].
	MOVQ 0(R8), AX
	VPMOVSXWD 0(AX), Y2
	VPMOVSXWD 10(AX), Y3
	VPADDD Y2, Y0, Y0
	VPADDD Y3, Y1, Y1
	MOVQ 40(R8), AX
	VPMOVSXWD 0(AX), Y2
	VPMOVSXWD 10(AX), Y3
	VPADDD Y2, Y0, Y0
	VPADDD Y3, Y1, Y1
	MOVQ 80(R8), AX
	VPMOVSXWD 0(AX), Y2
	VPMOVSXWD 10(AX), Y3
	VPADDD Y2, Y0, Y0
	VPADDD Y3, Y1, Y1
	MOVQ 120(R8), AX
	VPMOVSXWD 0(AX), Y2
	VPMOVSXWD 10(AX), Y3
	VPADDD Y2, Y0, Y0
	VPADDD Y3, Y1, Y1

	// Skip bigram and trigram: xr[2i], xr[2i+1].
	MOVQ 0(R9), AX
	VPMOVSXWD 0(AX), Y2
	VPMOVSXWD 10(AX), Y3
	VPADDD Y2, Y0, Y0
	VPADDD Y3, Y1, Y1
	MOVQ 8(R9), AX
	VPMOVSXWD 0(AX), Y2
	VPMOVSXWD 10(AX), Y3
	VPADDD Y2, Y0, Y0
	VPADDD Y3, Y1, Y1

	VMOVDQU Y0, 0(DI)
	VMOVDQU Y1, 20(DI)

	ADDQ $52, DI
	ADDQ $4, SI
	ADDQ $32, R8
	ADDQ $16, R9
	INCQ R10
	ADDQ $2, R11
	DECQ CX
	JNZ loop
	VZEROUPPER

done:
	RET

// func cpuid(leaf, sub uint32) (eax, ebx, ecx, edx uint32)
TEXT ·cpuid(SB), NOSPLIT, $0-24
	MOVL leaf+0(FP), AX
	MOVL sub+4(FP), CX
	CPUID
	MOVL AX, eax+8(FP)
	MOVL BX, ebx+12(FP)
	MOVL CX, ecx+16(FP)
	MOVL DX, edx+20(FP)
	RET

// func xgetbv0() (eax uint32)
TEXT ·xgetbv0(SB), NOSPLIT, $0-4
	MOVL $0, CX
	XGETBV
	MOVL AX, eax+0(FP)
	RET
