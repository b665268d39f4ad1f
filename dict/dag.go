package dict

// The DAG cut below is a port of gse v0.80.3's Segmenter.cutDAG, getDag and
// calc (dag.go, Copyright 2016 ego authors, Apache-2.0; see NOTICE), working
// on byte offsets with reused slices over the compiled dictionary. It must
// give exactly what gse's Cut(block, true) gives on a Han block with gse's
// own dictionary loaded, word for word; the tests compare the two.

import (
	"math"
)

// dagCutter cuts the Han blocks of one text. It holds scratch slices reused
// from block to block, so it belongs to one Segment call.
type dagCutter struct {
	set     *Set
	offs    []int       // byte offsets of the block's runes in text, then its end
	edges   []dagEdge   // dictionary words, grouped by first rune
	first   []int       // edges[first[k]:first[k+1]] start at rune k
	single  []dagLookup // the dictionary entry of rune k alone
	routes  []dagRoute  // best path from rune k to the end of the block
	hmm     hmmScratch
	hmmCuts map[string][]Word // HMM cuts of runs seen, relative to the run
	logT    float64           // log of the dictionary's total frequency
}

// dagEdge is a dictionary word with a positive frequency from the rune that
// owns it to rune end (exclusive).
type dagEdge struct {
	end  int
	freq float64
	tag  string
}

// dagLookup is what gse's Dictionary.Find said about a string.
type dagLookup struct {
	freq float64
	tag  string
	ok   bool
}

// dagRoute is gse's route: the log probability of the best path from a rune
// to the end of the block, and the last rune (inclusive) of its first word.
type dagRoute struct {
	freq  float64
	index int
}

func newDAGCutter(s *Set) *dagCutter {
	return &dagCutter{set: s, logT: math.Log(s.totalFreq())}
}

// cut appends the words of the Han block text[start:end] to words: the
// maximum-probability path through the dictionary DAG, with runs of single
// runes that are not a dictionary word together cut by gse's HMM.
func (c *dagCutter) cut(text string, start, end int, words []Word) []Word {
	c.offs = c.offs[:0]
	for i := start; i < end; {
		_, n := runeAt(text, i)
		c.offs = append(c.offs, i)
		i += n
	}
	c.offs = append(c.offs, end)
	n := len(c.offs) - 1
	c.buildDAG(text, n)
	c.bestRoutes(n)

	pending := -1 // first rune of a run of single-rune pieces
	for x := 0; x < n; {
		y := c.routes[x].index + 1
		if y-x == 1 {
			if pending < 0 {
				pending = x
			}
			x = y
			continue
		}
		if pending >= 0 {
			words = c.flush(text, pending, x, words)
			pending = -1
		}
		tag := "x"
		for _, e := range c.edges[c.first[x]:c.first[x+1]] {
			if e.end == y {
				if e.tag != "" {
					tag = e.tag
				}
				break
			}
		}
		words = append(words, Word{Start: c.offs[x], End: c.offs[y], POS: tag})
		x = y
	}
	if pending >= 0 {
		words = c.flush(text, pending, n, words)
	}
	return words
}

// buildDAG is gse's getDag: from each rune, every dictionary word with a
// positive frequency that starts there, found by walking the trie (and the
// user words) while the text so far is a prefix of a word.
func (c *dagCutter) buildDAG(text string, n int) {
	s := c.set
	c.edges, c.first, c.single = c.edges[:0], c.first[:0], c.single[:0]
	for k := 0; k < n; k++ {
		c.first = append(c.first, len(c.edges))
		var one dagLookup
		slot, inTrie := uint32(0), true
		for i := k; i < n; i++ {
			if inTrie {
				r, _ := runeAt(text, c.offs[i])
				slot, inTrie = s.trie.child(slot, r)
			}
			var inUser bool
			var uw userWord
			var isUserWord bool
			if s.user != nil {
				w := text[c.offs[k]:c.offs[i+1]]
				inUser = s.user.prefixes[w]
				if inUser {
					uw, isUserWord = s.user.words[w]
				}
			}
			if !inTrie && !inUser {
				break
			}
			var l dagLookup
			if inTrie {
				if f, t, ok := s.trie.value(slot); ok {
					l = dagLookup{float64(f), s.trie.tags[t], true}
				}
			}
			if !l.ok && isUserWord {
				l = dagLookup{uw.freq, uw.tag, true}
			}
			if !l.ok {
				continue
			}
			if i == k {
				one = l
			}
			if l.freq > 0 {
				c.edges = append(c.edges, dagEdge{end: i + 1, freq: l.freq, tag: l.tag})
			}
		}
		if !one.ok && len(c.edges) == c.first[k] {
			// Whether the rune alone is a trie prefix matters for gse's route.
			_, _, one.ok = s.find(text[c.offs[k]:c.offs[k+1]])
		}
		c.single = append(c.single, one)
	}
	c.first = append(c.first, len(c.edges))
}

// bestRoutes is gse's calc, with the same floating-point expressions in the
// same order so that ties break the same way.
func (c *dagCutter) bestRoutes(n int) {
	if cap(c.routes) < n+1 {
		c.routes = make([]dagRoute, n+1, 2*(n+1))
	}
	c.routes = c.routes[:n+1]
	c.routes[n] = dagRoute{}
	logT := c.logT
	for idx := n - 1; idx >= 0; idx-- {
		es := c.edges[c.first[idx]:c.first[idx+1]]
		if len(es) == 0 {
			// gse's DAG holds the rune alone; Find says whether it is at least
			// a trie prefix (a zero frequency, so log 0 = -Inf) or absent.
			var f float64
			if one := c.single[idx]; one.ok {
				f = math.Log(one.freq) - logT + c.routes[idx+1].freq
			} else {
				f = math.Log(1.0) - logT + c.routes[idx+1].freq
			}
			c.routes[idx] = dagRoute{freq: f, index: idx}
			continue
		}
		for j, e := range es {
			i := e.end - 1
			r := dagRoute{freq: math.Log(e.freq) - logT + c.routes[i+1].freq, index: i}
			if j == 0 {
				c.routes[idx] = r
				continue
			}
			if v := c.routes[idx]; v.freq < r.freq || v.freq == r.freq && v.index < r.index {
				c.routes[idx] = r
			}
		}
	}
}

// flush appends runes a..b (exclusive) of the block, a run of single-rune
// pieces of the best path: one word if it is one rune, one word per rune if
// the run is itself a dictionary word, otherwise gse's HMM cut of the run.
func (c *dagCutter) flush(text string, a, b int, words []Word) []Word {
	if b-a > 1 {
		start, end := c.offs[a], c.offs[b]
		if freq, _, ok := c.set.find(text[start:end]); !ok || freq == 0 {
			return c.appendHMM(text, start, end, words)
		}
	}
	for k := a; k < b; k++ {
		tag := "x"
		if one := c.single[k]; one.ok && one.tag != "" {
			tag = one.tag
		}
		words = append(words, Word{Start: c.offs[k], End: c.offs[k+1], POS: tag})
	}
	return words
}

// appendHMM appends the HMM cut of text[start:end], remembering the cut of
// each run for the rest of the text: names and other unknown words come
// back.
func (c *dagCutter) appendHMM(text string, start, end int, words []Word) []Word {
	run := text[start:end]
	if cut, ok := c.hmmCuts[run]; ok {
		for _, w := range cut {
			words = append(words, Word{Start: start + w.Start, End: start + w.End, POS: w.POS})
		}
		return words
	}
	before := len(words)
	words = c.set.hmmCut(&c.hmm, text, start, end, c.set.tagOf, words)
	cut := make([]Word, 0, len(words)-before)
	for _, w := range words[before:] {
		cut = append(cut, Word{Start: w.Start - start, End: w.End - start, POS: w.POS})
	}
	if c.hmmCuts == nil {
		c.hmmCuts = make(map[string][]Word)
	}
	c.hmmCuts[run] = cut
	return words
}

// tagOf is the tag gse's Find gives w, "x" when it gives none.
func (s *Set) tagOf(w string) string {
	if _, t, ok := s.find(w); ok && t != "" {
		return t
	}
	return "x"
}
