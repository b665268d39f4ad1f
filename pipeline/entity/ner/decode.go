package ner

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

// viterbi finds the best constrained tag path for n positions given the
// emission scores em (n×numTags) and transition scores tr; it writes the tags
// into path (length ≥ n) using dp and bp as scratch (length ≥ n×numTags).
// Predecessors are visited in ascending order and a later one wins only
// with a strictly higher score, as in a plain Viterbi over the allowed
// transitions (viterbiRef in the tests); the BIOES structure is spelled out
// so that the loops have fixed bounds. Scores start at −2^62 for the tags
// that cannot begin a sentence; every tag has a predecessor that can, so no
// such score survives past the first position.
func viterbi(n int, em []int32, tr *[numTags * numTags]int32, _ *transitions, path []uint8, dp []int64, bp []uint8) {
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
	// Transitions by target: open[c][k] from openTags[k] to c, and for each
	// label the moves B→I, I→I, B→E, I→E.
	var open [numTags][len(openTags)]int64
	for c := range numTags {
		for k, p := range openTags {
			open[c][k] = int64(tr[p*numTags+c])
		}
	}
	for i := 1; i < n; i++ {
		prev := (*[numTags]int64)(dp[(i-1)*numTags : i*numTags])
		cur := (*[numTags]int64)(dp[i*numTags : (i+1)*numTags])
		back := (*[numTags]uint8)(bp[i*numTags : (i+1)*numTags])
		e := (*[numTags]int32)(em[i*numTags : (i+1)*numTags])
		po := [len(openTags)]int64{prev[openTags[0]], prev[openTags[1]], prev[openTags[2]], prev[openTags[3]], prev[openTags[4]], prev[openTags[5]], prev[openTags[6]]}
		for _, c := range [...]int{tagO, 1, 4, 5, 8, 9, 12} { // O, B-x, S-x
			w := &open[c]
			best, arg := po[0]+w[0], openTags[0]
			best, arg = better(best, arg, po[1]+w[1], openTags[1])
			best, arg = better(best, arg, po[2]+w[2], openTags[2])
			best, arg = better(best, arg, po[3]+w[3], openTags[3])
			best, arg = better(best, arg, po[4]+w[4], openTags[4])
			best, arg = better(best, arg, po[5]+w[5], openTags[5])
			best, arg = better(best, arg, po[6]+w[6], openTags[6])
			cur[c] = best + int64(e[c])
			back[c] = uint8(arg)
		}
		for l := range numLabels {
			b := 1 + l*tagsPerL
			ii, ee := b+offI, b+offE
			pb, pi := prev[b], prev[ii]
			// I-x and E-x follow B-x or I-x.
			for _, c := range [2]int{ii, ee} {
				best, arg := better(pb+int64(tr[b*numTags+c]), b, pi+int64(tr[ii*numTags+c]), ii)
				cur[c] = best + int64(e[c])
				back[c] = uint8(arg)
			}
		}
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
