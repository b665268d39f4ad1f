package segtag

import (
	"math"
	"math/rand/v2"
)

// trainCRF learns the character tagger's weights as a linear-chain CRF by
// stochastic gradient ascent on the conditional log-likelihood with an L2
// penalty (the weights are kept as scale × v so that the penalty costs one
// multiplication a sentence). Forbidden labels (the masks) and transitions
// are left out of the partition function as they are out of decoding.
func (t *segTrainer) trainCRF(preps []prepared, maxN int, ids map[rune]uint32, keys []uint32, opt TrainOptions) *segResult {
	nRows := len(t.w) / numLabels
	v := make([]float64, nRows*numLabels)
	var vt [numLabels * numLabels]float64
	scale := 1.0
	emit := make([]float64, maxN*numLabels)
	alpha := make([]float64, maxN*numLabels)
	beta := make([]float64, maxN*numLabels)
	negInf := math.Inf(-1)
	order := make([]int, len(preps))
	for i := range order {
		order[i] = i
	}
	nEx := float64(len(preps))
	step := 0.0
	for epoch := range opt.Epochs {
		rng := rand.New(rand.NewPCG(opt.Seed, uint64(epoch)))
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		wrongs := 0
		for _, di := range order {
			p := &preps[di]
			n := len(p.gold)
			eta := opt.CRFRate / (1 + step/nEx)
			step++
			// Emission scores.
			for i := range n {
				var sc [numLabels]float64
				for _, row := range p.rows[i*numTemplates : (i+1)*numTemplates] {
					if row >= 0 {
						w := v[int(row)*numLabels : int(row)*numLabels+numLabels]
						for l := range numLabels {
							sc[l] += w[l]
						}
					}
				}
				for l := range numLabels {
					e := scale * sc[l]
					if p.mask[i]&(1<<l) == 0 {
						e = negInf
					}
					emit[i*numLabels+l] = e
				}
			}
			tr := func(a, b int) float64 {
				if !validTrans[a][b] {
					return negInf
				}
				return scale * vt[a*numLabels+b]
			}
			// Forward.
			for l := range numLabels {
				alpha[l] = negInf
				if l == lblB || l == lblS {
					alpha[l] = emit[l]
				}
			}
			for i := 1; i < n; i++ {
				for l := range numLabels {
					var terms [numLabels]float64
					for a := range numLabels {
						terms[a] = alpha[(i-1)*numLabels+a] + tr(a, l)
					}
					alpha[i*numLabels+l] = logSumExp(terms[:]) + emit[i*numLabels+l]
				}
			}
			var ends [numLabels]float64
			for l := range numLabels {
				ends[l] = negInf
				if l == lblE || l == lblS {
					ends[l] = alpha[(n-1)*numLabels+l]
				}
			}
			logZ := logSumExp(ends[:])
			if math.IsInf(logZ, -1) || math.IsNaN(logZ) {
				continue // no path obeys the masks
			}
			// Backward.
			for l := range numLabels {
				beta[(n-1)*numLabels+l] = negInf
				if l == lblE || l == lblS {
					beta[(n-1)*numLabels+l] = 0
				}
			}
			for i := n - 2; i >= 0; i-- {
				for l := range numLabels {
					var terms [numLabels]float64
					for b := range numLabels {
						terms[b] = tr(l, b) + emit[(i+1)*numLabels+b] + beta[(i+1)*numLabels+b]
					}
					beta[i*numLabels+l] = logSumExp(terms[:])
				}
			}
			// Gradient step, then the L2 shrink.
			g := eta / scale
			for i := range n {
				var delta [numLabels]float64
				best, bestP := 0, -1.0
				for l := range numLabels {
					pr := math.Exp(alpha[i*numLabels+l] + beta[i*numLabels+l] - logZ)
					delta[l] = -pr
					if pr > bestP {
						best, bestP = l, pr
					}
				}
				if best != int(p.gold[i]) {
					wrongs++
				}
				delta[p.gold[i]] += 1
				for _, row := range p.rows[i*numTemplates : (i+1)*numTemplates] {
					if row >= 0 {
						w := v[int(row)*numLabels : int(row)*numLabels+numLabels]
						for l := range numLabels {
							w[l] += g * delta[l]
						}
					}
				}
				if i > 0 {
					for a := range numLabels {
						for b := range numLabels {
							if !validTrans[a][b] {
								continue
							}
							pr := math.Exp(alpha[(i-1)*numLabels+a] + tr(a, b) + emit[i*numLabels+b] + beta[i*numLabels+b] - logZ)
							d := -pr
							if int(p.gold[i-1]) == a && int(p.gold[i]) == b {
								d++
							}
							vt[a*numLabels+b] += g * d
						}
					}
				}
			}
			scale *= 1 - eta*opt.CRFL2/nEx
			if scale < 1e-6 {
				for k := range v {
					v[k] *= scale
				}
				for k := range vt {
					vt[k] *= scale
				}
				scale = 1
			}
		}
		if opt.Progress != nil {
			opt.Progress("segment (CRF)", epoch+1, wrongs, len(preps))
		}
	}
	// The weights as the perceptron's average would give them.
	for k := range v {
		v[k] *= scale
	}
	for k := range vt {
		vt[k] *= scale
	}
	r := &segResult{ids: ids, nChars: t.nChars, names: t.names, hashed: map[uint32][numLabels]float64{}}
	track := func(x float64) { r.maxAbs = max(r.maxAbs, math.Abs(x)) }
	for tp := range numTemplates {
		if isHashed(tp) {
			continue
		}
		size := denseSize(tp, t.nChars)
		tab := make([]float64, size*numLabels)
		copy(tab, v[t.offset[tp]*numLabels:])
		for _, x := range tab {
			track(x)
		}
		r.dense[tp] = tab
	}
	for _, k := range keys {
		row := int(t.rows[k])
		var ws [numLabels]float64
		big := 0.0
		for l := range numLabels {
			ws[l] = v[row*numLabels+l]
			big = max(big, math.Abs(ws[l]))
		}
		if big == 0 || big < opt.Prune {
			// (Prune < 0 keeps every feature the data moved.)
			r.dropped++
			continue
		}
		for _, x := range ws {
			track(x)
		}
		r.hashed[k] = ws
	}
	for k := range vt {
		r.trans[k] = vt[k]
		if !validTrans[k/numLabels][k%numLabels] {
			r.trans[k] = 0
		}
		track(r.trans[k])
	}
	return r
}

// logSumExp returns log Σ exp(x).
func logSumExp(x []float64) float64 {
	m := math.Inf(-1)
	for _, v := range x {
		m = max(m, v)
	}
	if math.IsInf(m, -1) {
		return m
	}
	s := 0.0
	for _, v := range x {
		s += math.Exp(v - m)
	}
	return m + math.Log(s)
}
