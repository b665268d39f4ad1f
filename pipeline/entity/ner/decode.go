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

// viterbi finds the best constrained tag path for n positions given the
// emission scores em (n×numTags) and transition scores tr; it writes the tags
// into path (length ≥ n) using dp and bp as scratch (length ≥ n×numTags).
func viterbi(n int, em []int32, tr *[numTags * numTags]int32, ok *transitions, path []uint8, dp []int64, bp []uint8) {
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
	for i := 1; i < n; i++ {
		prev := dp[(i-1)*numTags : i*numTags]
		cur := dp[i*numTags : (i+1)*numTags]
		back := bp[i*numTags : (i+1)*numTags]
		e := em[i*numTags : (i+1)*numTags]
		for c := range numTags {
			best, arg := negInf, 0
			for _, p := range ok.pred[c][:ok.npred[c]] {
				if prev[p] == negInf {
					continue
				}
				if s := prev[p] + int64(tr[int(p)*numTags+c]); s > best {
					best, arg = s, int(p)
				}
			}
			if best == negInf {
				cur[c] = negInf
			} else {
				cur[c] = best + int64(e[c])
			}
			back[c] = uint8(arg)
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
