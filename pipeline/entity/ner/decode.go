package ner

import (
	"math"
	"slices"
)

// transitions holds the allowed tag bigrams of the BIOES scheme:
// after O, E-x or S-x comes O, B-y or S-y; after B-x or I-x comes I-x or E-x.
// It also lists the allowed predecessors of each tag, which Viterbi visits.
type transitions struct {
	ok    [numTags * numTags]bool
	npred [numTags]int
	pred  [numTags][numTags]uint8
}

func allowedTransitions() (tr transitions) {
	a := &tr.ok
	for p := range numTags {
		pl, pp := partOf(p)
		for c := range numTags {
			cl, cp := partOf(c)
			open := p == tagO || pp == offE || pp == offS
			switch {
			case open:
				a[p*numTags+c] = c == tagO || cp == offB || cp == offS
			default: // p is B-x or I-x
				a[p*numTags+c] = cl == pl && (cp == offI || cp == offE)
			}
		}
	}
	for c := range numTags {
		for p := range numTags {
			if a[p*numTags+c] {
				tr.pred[c][tr.npred[c]] = uint8(p)
				tr.npred[c]++
			}
		}
	}
	return tr
}

// canStart and canEnd say which tags may begin and end a sentence.
func canStart(t int) bool { _, p := partOf(t); return t == tagO || p == offB || p == offS }
func canEnd(t int) bool   { _, p := partOf(t); return t == tagO || p == offE || p == offS }

// openTags are the tags after which an entity may begin (O, E-x, S-x), in
// ascending order: the predecessors of O, B-x and S-x.
var openTags = [...]int{tagO, 3, 4, 7, 8, 11, 12}

// viterbiTables are a transition matrix arranged for viterbi.
type viterbiTables struct {
	// open[c][k]: the transition from openTags[k] to c.
	open [numTags][len(openTags)]int64
	// from[k][j]: the transition from openTags[k] to openTargets[j].
	from [len(openTags)][len(openTargets)]int64
	// slack[k]: the largest, over the open targets c, of the most any open
	// tag's transition to c exceeds that of openTags[k]. When the best open
	// tag k before a position leads the second best by more than slack[k],
	// it is the strict best predecessor of every open target.
	slack [len(openTags)]int64
	// ie[l]: label l's transitions B→I, I→I, B→E and I→E.
	ie [numLabels][4]int64
}

// newViterbiTables arranges the transition scores tr for viterbi.
func newViterbiTables(tr *[numTags * numTags]int32) (v viterbiTables) {
	for c := range numTags {
		for k, p := range openTags {
			v.open[c][k] = int64(tr[p*numTags+c])
		}
	}
	for k := range openTags {
		v.slack[k] = math.MinInt64
		for j, c := range openTargets {
			v.from[k][j] = v.open[c][k]
			v.slack[k] = max(v.slack[k], slices.Max(v.open[c][:])-v.open[c][k])
		}
	}
	for l := range numLabels {
		b := 1 + l*tagsPerL
		ii, ee := b+offI, b+offE
		v.ie[l] = [4]int64{int64(tr[b*numTags+ii]), int64(tr[ii*numTags+ii]), int64(tr[b*numTags+ee]), int64(tr[ii*numTags+ee])}
	}
	return v
}

// viterbi finds the best constrained tag path for n positions given the
// emission scores em (n×numTags) and transition scores vt; it writes the tags
// into path (length ≥ n) using dp and bp as scratch (length ≥ n×numTags).
// Predecessors are visited in ascending order and a later one wins only
// with a strictly higher score, as in a plain Viterbi over the allowed
// transitions (viterbiRef in the tests); the BIOES structure is spelled out
// so that the loops have fixed bounds. Scores start at −2^62 for the tags
// that cannot begin a sentence; every tag has a predecessor that can, so no
// such score survives past the first position. Where one open tag leads
// the others by more than its slack, the open targets take it without
// comparing (the result is the same).
func viterbi(n int, em []int32, vt *viterbiTables, path []uint8, dp []int64, bp []uint8) {
	if n == 0 {
		return
	}
	const negInf = int64(-1) << 62
	for t := range numTags {
		if canStart(t) {
			dp[t] = int64(em[t])
		} else {
			dp[t] = negInf
		}
	}
	open, from, slack, ie := &vt.open, &vt.from, &vt.slack, &vt.ie
	for i := 1; i < n; i++ {
		prev := (*[numTags]int64)(dp[(i-1)*numTags : i*numTags])
		cur := (*[numTags]int64)(dp[i*numTags : (i+1)*numTags])
		back := (*[numTags]uint8)(bp[i*numTags : (i+1)*numTags])
		e := (*[numTags]int32)(em[i*numTags : (i+1)*numTags])
		po := [len(openTags)]int64{prev[0], prev[3], prev[4], prev[7], prev[8], prev[11], prev[12]} // openTags
		if k, lead := leader(&po); lead > slack[k&7] {
			m, p, w := po[k&7], uint8(openTags[k&7]), &from[k&7]
			cur[0], back[0] = m+w[0]+int64(e[0]), p
			cur[1], back[1] = m+w[1]+int64(e[1]), p
			cur[4], back[4] = m+w[2]+int64(e[4]), p
			cur[5], back[5] = m+w[3]+int64(e[5]), p
			cur[8], back[8] = m+w[4]+int64(e[8]), p
			cur[9], back[9] = m+w[5]+int64(e[9]), p
			cur[12], back[12] = m+w[6]+int64(e[12]), p
		} else {
			viterbiOpen(&po, open, e, cur, back)
		}
		// I-x and E-x follow B-x or I-x (B-x winning a tie); ie[l] holds
		// label l's transitions B→I, I→I, B→E, I→E. Spelled out for the
		// three labels, whose B-x are tags 1, 5 and 9.
		s, a := better(prev[1]+ie[0][0], 1, prev[2]+ie[0][1], 2)
		cur[2], back[2] = s+int64(e[2]), uint8(a)
		s, a = better(prev[1]+ie[0][2], 1, prev[2]+ie[0][3], 2)
		cur[3], back[3] = s+int64(e[3]), uint8(a)
		s, a = better(prev[5]+ie[1][0], 5, prev[6]+ie[1][1], 6)
		cur[6], back[6] = s+int64(e[6]), uint8(a)
		s, a = better(prev[5]+ie[1][2], 5, prev[6]+ie[1][3], 6)
		cur[7], back[7] = s+int64(e[7]), uint8(a)
		s, a = better(prev[9]+ie[2][0], 9, prev[10]+ie[2][1], 10)
		cur[10], back[10] = s+int64(e[10]), uint8(a)
		s, a = better(prev[9]+ie[2][2], 9, prev[10]+ie[2][3], 10)
		cur[11], back[11] = s+int64(e[11]), uint8(a)
	}
	last := dp[(n-1)*numTags : n*numTags]
	best, arg := negInf, tagO
	for t := range numTags {
		if canEnd(t) && last[t] > best {
			best, arg = last[t], t
		}
	}
	path[n-1] = uint8(arg)
	for i := n - 1; i > 0; i-- {
		path[i-1] = bp[i*numTags+int(path[i])]
	}
}

// openTargets are the tags that follow an open tag: O, B-x and S-x.
var openTargets = [...]int{tagO, 1, 4, 5, 8, 9, 12}

// leader returns the index of the largest of po (the first, on a tie) and
// its lead over the largest of the others, by a tournament of conditional
// moves: each pair keeps its larger (the earlier on a tie) and passes the
// smaller on as a candidate for second.
func leader(po *[len(openTags)]int64) (int, int64) {
	m01, k01, s01 := top2(po[0], 0, po[1], 1)
	m23, k23, s23 := top2(po[2], 2, po[3], 3)
	m45, k45, s45 := top2(po[4], 4, po[5], 5)
	m03, k03, s03 := top2(m01, k01, m23, k23)
	m46, k46, s46 := top2(m45, k45, po[6], 6)
	m, k, s := top2(m03, k03, m46, k46)
	second := max(s, s01, s23, s45, s03, s46)
	// The lead can exceed int64 only when the second is a −2^62 start
	// score; it is then far above any slack.
	return k, m - second
}

// top2 returns the larger of a and b with its index (a's on a tie; a's
// index is the lower) and the smaller.
func top2(a int64, ka int, b int64, kb int) (int64, int, int64) {
	if b > a {
		ka = kb
	}
	return max(a, b), ka, min(a, b)
}

// viterbiOpen scores the open targets (O, B-x, S-x) of one position from
// the scores po of the open tags before it.
func viterbiOpen(po *[len(openTags)]int64, open *[numTags][len(openTags)]int64, e *[numTags]int32, cur *[numTags]int64, back *[numTags]uint8) {
	for _, c := range openTargets {
		// A tournament over the seven predecessors, the earlier one
		// winning each tie: the maximum with the lowest index, as a
		// scan in ascending order finds, in three rounds.
		w := &open[c]
		s01, a01 := better(po[0]+w[0], openTags[0], po[1]+w[1], openTags[1])
		s23, a23 := better(po[2]+w[2], openTags[2], po[3]+w[3], openTags[3])
		s45, a45 := better(po[4]+w[4], openTags[4], po[5]+w[5], openTags[5])
		s03, a03 := better(s01, a01, s23, a23)
		s46, a46 := better(s45, a45, po[6]+w[6], openTags[6])
		best, arg := better(s03, a03, s46, a46)
		cur[c] = best + int64(e[c])
		back[c] = uint8(arg)
	}
}

// better returns (s, k) when s beats best, else (best, arg): a step of an
// arg-max in which an earlier candidate keeps a tie. It compiles to
// conditional moves, which the unpredictable comparisons of Viterbi need.
func better(best int64, arg int, s int64, k int) (int64, int) {
	if s > best {
		arg = k
	}
	return max(best, s), arg
}

// spanRange is a tagged span in rune positions [start, end).
type spanRange struct {
	start, end int
	label      Label
}

// pathSpans reads the spans of a well-formed BIOES path.
func pathSpans(path []uint8, out []spanRange) []spanRange {
	start := -1
	for i, t := range path {
		l, p := partOf(int(t))
		switch p {
		case offS:
			out = append(out, spanRange{i, i + 1, l})
			start = -1
		case offB:
			start = i
		case offE:
			if start >= 0 {
				out = append(out, spanRange{start, i + 1, l})
			}
			start = -1
		case offI:
		default:
			start = -1
		}
	}
	return out
}

// spanTags writes the BIOES tags of spans (rune positions, non-overlapping)
// into tags, which must be zeroed (all O).
func spanTags(spans []spanRange, tags []uint8) {
	for _, s := range spans {
		if s.end-s.start == 1 {
			tags[s.start] = uint8(tagOf(s.label, offS))
			continue
		}
		tags[s.start] = uint8(tagOf(s.label, offB))
		for j := s.start + 1; j < s.end-1; j++ {
			tags[j] = uint8(tagOf(s.label, offI))
		}
		tags[s.end-1] = uint8(tagOf(s.label, offE))
	}
}
