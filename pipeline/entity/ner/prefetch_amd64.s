#include "textflag.h"

// func prefetch(addrs []uintptr)
TEXT ·prefetch(SB), NOSPLIT, $0-24
	MOVQ addrs_base+0(FP), AX
	MOVQ addrs_len+8(FP), CX
	TESTQ CX, CX
	JEQ done
loop:
	MOVQ (AX), DX
	PREFETCHT0 (DX)
	ADDQ $8, AX
	DECQ CX
	JNE loop
done:
	RET

// func prefetchRows(rows []*[13]int16)
TEXT ·prefetchRows(SB), NOSPLIT, $0-24
	MOVQ rows_base+0(FP), AX
	MOVQ rows_len+8(FP), CX
	TESTQ CX, CX
	JEQ done
loop:
	MOVQ (AX), DX
	PREFETCHT0 (DX)
	PREFETCHT0 24(DX)
	ADDQ $8, AX
	DECQ CX
	JNE loop
done:
	RET
