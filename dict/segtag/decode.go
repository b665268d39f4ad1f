package segtag

// validTrans[a][b]: label b may follow label a.
var validTrans = [numLabels][numLabels]bool{
	lblB: {lblM: true, lblE: true},
	lblM: {lblM: true, lblE: true},
	lblE: {lblB: true, lblS: true},
	lblS: {lblB: true, lblS: true},
}

// preds lists the two labels that may precede each label, smaller first.
var preds = [numLabels][2]uint8{lblB: {lblE, lblS}, lblM: {lblB, lblM}, lblE: {lblB, lblM}, lblS: {lblE, lblS}}

// viterbi finds the best label sequence of n characters: emit[i*4+l] is the
// score of label l at character i, trans[a*4+b] the score of b after a,
// mask[i] the labels allowed at i. It writes the labels to out and uses
// back as scratch (n*4). Ties go to the smaller previous label, so the
// result is deterministic.
func viterbi(n int, emit []int64, trans *[numLabels * numLabels]int64, mask []uint8, back []uint8, out []uint8) {
	if n == 0 {
		return
	}
	// Scores stay far above neg (they grow by at most about 1e6 a
	// character), so a forbidden label never wins and sums never wrap.
	const neg = -1 << 60
	emit, back, mask, out = emit[:4*n], back[:4*n], mask[:n], out[:n]
	tEB, tSB := trans[lblE*4+lblB], trans[lblS*4+lblB]
	tBM, tMM := trans[lblB*4+lblM], trans[lblM*4+lblM]
	tBE, tME := trans[lblB*4+lblE], trans[lblM*4+lblE]
	tES, tSS := trans[lblE*4+lblS], trans[lblS*4+lblS]
	allow := func(m uint8, l int, v int64) int64 {
		if m&(1<<l) == 0 {
			return neg
		}
		return v
	}
	// The first character begins a word: B or S.
	cB := allow(mask[0], lblB, emit[0])
	cM := int64(neg)
	cE := int64(neg)
	cS := allow(mask[0], lblS, emit[3])
	for i := 1; i < n; i++ {
		e := emit[4*i : 4*i+4]
		b := back[4*i : 4*i+4]
		m := mask[i]
		// Each label has two possible predecessors; the smaller wins ties.
		nB, bB := cE+tEB, uint8(lblE)
		if v := cS + tSB; v > nB {
			nB, bB = v, lblS
		}
		nM, bM := cB+tBM, uint8(lblB)
		if v := cM + tMM; v > nM {
			nM, bM = v, lblM
		}
		nE, bE := cB+tBE, uint8(lblB)
		if v := cM + tME; v > nE {
			nE, bE = v, lblM
		}
		nS, bS := cE+tES, uint8(lblE)
		if v := cS + tSS; v > nS {
			nS, bS = v, lblS
		}
		b[lblB], b[lblM], b[lblE], b[lblS] = bB, bM, bE, bS
		cB = allow(m, lblB, max(nB+e[lblB], neg))
		cM = allow(m, lblM, max(nM+e[lblM], neg))
		cE = allow(m, lblE, max(nE+e[lblE], neg))
		cS = allow(m, lblS, max(nS+e[lblS], neg))
	}
	arg := uint8(lblE)
	best := cE
	if cS > cE {
		arg, best = lblS, cS
	}
	if best <= neg/2 {
		// No path obeys the masks (contradictory constraints): every
		// character alone.
		for i := range n {
			out[i] = lblS
		}
		return
	}
	for i := n - 1; i >= 0; i-- {
		out[i] = arg
		arg = back[i*numLabels+int(arg)]
	}
}
