package dict

// The DAG cut below is a port of gse v0.80.3's Segmenter.cutDAG, getDag and
// calc (dag.go, Copyright 2016 ego authors, Apache-2.0; see NOTICE), rewritten
// to work on byte offsets with reused slices instead of []rune, maps and one
// string per dictionary probe. It must give exactly what
// gse's Cut(block, true) gives on a Han block, word for word; the tests
// compare the two.

import (
	"math"
	"unsafe"

	"github.com/go-ego/gse"
	"strings"
	"unicode/utf8"
)

// dagCutter cuts the Han blocks of one text. It holds scratch slices reused
// from block to block, so it belongs to one Segment call.
type dagCutter struct {
	set  *Set
	data []byte // the text, for gse's Dictionary.Find which takes bytes

	pieces  []gse.Text        // the block's runes, for gse's LookupTokens
	found   []*gse.Token      // LookupTokens's answer
	offs    []int             // byte offsets of the block's runes in text, then its end
	edges   []dagEdge         // dictionary words, grouped by first rune
	first   []int             // edges[first[k]:first[k+1]] start at rune k
	single  []dagLookup       // the dictionary entry of rune k alone
	routes  []dagRoute        // best path from rune k to the end of the block
	hmmCuts map[string][]Word // HMM cuts of runs seen, relative to the run
	logT    float64           // log of the dictionary's total frequency
}

// dagEdge is a dictionary word with a positive frequency from the rune that
// owns it to rune end (exclusive).
type dagEdge struct {
	end  int
	freq float64
	pos  string
}

// dagLookup is what gse's Dictionary.Find said about a string.
type dagLookup struct {
	freq float64
	pos  string
	ok   bool
}

// dagRoute is gse's route: the log probability of the best path from a rune
// to the end of the block, and the last rune (inclusive) of its first word.
type dagRoute struct {
	freq  float64
	index int
}

func newDAGCutter(s *Set, text string) *dagCutter {
	return &dagCutter{set: s, data: []byte(text), logT: math.Log(s.seg.Dict.TotalFreq())}
}

// cut appends the words of the Han block text[start:end] to words: the
// maximum-probability path through the dictionary DAG, with runs of single
// runes that are not a dictionary word together cut by gse's HMM.
func (c *dagCutter) cut(text string, start, end int, words []Word) []Word {
	c.offs = c.offs[:0]
	for i := start; i < end; {
		_, n := utf8.DecodeRuneInString(text[i:])
		c.offs = append(c.offs, i)
		i += n
	}
	c.offs = append(c.offs, end)
	n := len(c.offs) - 1
	c.buildDAG(n)
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
				if e.pos != "" {
					tag = e.pos
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
// positive frequency that starts there, probing while the prefix is in the
// trie.
func (c *dagCutter) buildDAG(n int) {
	dict := c.set.seg.Dict
	c.edges, c.first, c.single = c.edges[:0], c.first[:0], c.single[:0]
	c.pieces = c.pieces[:0]
	for k := 0; k < n; k++ {
		c.pieces = append(c.pieces, c.data[c.offs[k]:c.offs[k+1]])
	}
	if cap(c.found) < n {
		c.found = make([]*gse.Token, n)
	}
	for k := 0; k < n; k++ {
		c.first = append(c.first, len(c.edges))
		// LookupTokens walks the trie rune by rune from rune k and returns
		// the words along the way, shortest first: the probes of gse's
		// getDag, without starting again from the root for each one.
		nf := dict.LookupTokens(c.pieces[k:], c.found[:n-k])
		var one dagLookup
		i := k // the last rune of the current word
		for _, tok := range c.found[:nf] {
			end := c.offs[k] + c.set.tokenLen(tok)
			for i < n && c.offs[i+1] < end {
				i++
			}
			if i == k {
				one = dagLookup{freq: tok.Freq(), pos: tok.Pos(), ok: true}
			}
			if tok.Freq() > 0 {
				c.edges = append(c.edges, dagEdge{end: i + 1, freq: tok.Freq(), pos: tok.Pos()})
			}
		}
		if !one.ok && len(c.edges) == c.first[k] {
			// Whether the rune alone is a trie prefix matters for gse's route.
			_, _, one.ok = dict.Find(c.pieces[k])
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
		if freq, _, ok := c.set.seg.Dict.Find(c.data[start:end]); !ok || freq == 0 {
			return c.appendHMM(text, start, end, words)
		}
	}
	for k := a; k < b; k++ {
		tag := "x"
		if one := c.single[k]; one.ok && one.pos != "" {
			tag = one.pos
		}
		words = append(words, Word{Start: c.offs[k], End: c.offs[k+1], POS: tag})
	}
	return words
}

// appendHMM is Set.appendHMM, remembering the cut of each run for the rest
// of the text: names and other unknown words come back, and gse's HMM is
// slow (regular expressions, maps and sorting for each run).
func (c *dagCutter) appendHMM(text string, start, end int, words []Word) []Word {
	run := text[start:end]
	if cut, ok := c.hmmCuts[run]; ok {
		for _, w := range cut {
			words = append(words, Word{Start: start + w.Start, End: start + w.End, POS: w.POS})
		}
		return words
	}
	before := len(words)
	words = c.set.appendHMM(text, start, end, words)
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

// appendHMM appends gse's HMM cut of text[start:end], each piece tagged with
// its dictionary POS.
func (s *Set) appendHMM(text string, start, end int, words []Word) []Word {
	pos := start
	for _, w := range s.seg.HMMCut(text[start:end]) {
		if w == "" {
			continue
		}
		if !strings.HasPrefix(text[pos:end], w) {
			// The HMM returned something that is not the next piece of the
			// input (it never should for Han text): keep the offsets honest
			// with one word per code point for the rest.
			break
		}
		tag := "x"
		if _, p, ok := s.seg.Find(w); ok && p != "" {
			tag = p
		}
		words = append(words, Word{Start: pos, End: pos + len(w), POS: tag})
		pos += len(w)
	}
	for pos < end {
		_, n := utf8.DecodeRuneInString(text[pos:])
		words = append(words, Word{Start: pos, End: pos + n, POS: "x"})
		pos += n
	}
	return words
}

// cutShortest appends gse's dictionary-only shortest-path cut of the Han
// block text[start:end] (Options.DictionaryOnly).
func (s *Set) cutShortest(text string, start, end int, words []Word) []Word {
	for _, sg := range s.seg.Segment([]byte(text[start:end])) {
		tag := sg.Token().Pos()
		if tag == "" {
			tag = "x"
		}
		words = append(words, Word{Start: start + sg.Start(), End: start + sg.End(), POS: tag})
	}
	return words
}

// tokenLen is the length in bytes of a token of s's dictionary.
func (s *Set) tokenLen(tok *gse.Token) int {
	tokens := s.seg.Dict.Tokens
	if len(tokens) > 0 && len(s.tokenBytes) == len(tokens) {
		// tok points into tokens (LookupTokens returns &Tokens[value]).
		i := (uintptr(unsafe.Pointer(tok)) - uintptr(unsafe.Pointer(&tokens[0]))) / unsafe.Sizeof(tokens[0])
		if i < uintptr(len(tokens)) && &tokens[i] == tok {
			return int(s.tokenBytes[i])
		}
	}
	return len(tok.Text())
}

// tokenLengths returns the length in bytes of each token of dict, for
// tokenLen: gse's Token.Text builds a string.
func tokenLengths(dict *gse.Dictionary) []int32 {
	out := make([]int32, len(dict.Tokens))
	for i := range dict.Tokens {
		out[i] = int32(len(dict.Tokens[i].Text()))
	}
	return out
}
