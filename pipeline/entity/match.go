package entity

import (
	mbits "math/bits"
	"slices"

	"github.com/zhpipe/zhpipe/dict/lexicon"
)

// hitKind says which lexicon table a form belongs to.
type hitKind uint8

const (
	hitPerson hitKind = iota + 1
	hitOrg
	hitPlace
	hitAffix
)

// hit is one lexicon entry a form names.
type hit struct {
	kind    hitKind
	guarded bool              // the form is guarded (lexicon.Guarded): read only on word boundaries
	akind   lexicon.AffixKind // for an affix, its Kind (so that passes over all hits need not read the table)
	idx     int32             // index into the lexicon table of kind
}

// node is a node of the rune trie over folded runes while it is built.
type node struct {
	next map[rune]*node
	hits []hit
}

// trie finds every lexicon form starting at a position of a text. It is
// built with add, then frozen into arrays that matchAt reads: the root's
// children in the Basic Multilingual Plane by a bit per rune, every other
// node's children sorted by rune.
type trie struct {
	build *node // while building; nil once frozen
	// starts, bit r: the root has a child for rune r < bmp. The root's
	// children are nodes 1, 2, … in rune order, so the child for r is
	// 1 + the number of such runes below r: rank[r>>6] plus those of its
	// own word below it (12 KB in all, where a table by rune took 256 KB).
	starts []uint64
	rank   []uint32
	nodes  []trieNode // nodes[0] is the root
	edges  []trieEdge
	hits   []hit // the nodes' entries: node n's are hits[n.hlo:n.hhi]
	// pairs, bit pairKey(r1, r2): the root has a child for r1 < bmp that
	// has one for r2 (a form starts with r1 r2); a filter, with false
	// positives, of 64K bits.
	pairs []uint64
	// single: the runes r < bmp whose root child has entries (a form of
	// one rune).
	single runeSet
	frozen bool
}

// bmp bounds the runes of the root's bit set.
const bmp = 0x10000

// trieNode is a frozen node: its children are edges[lo:hi], its entries
// hits[hlo:hhi]. It takes 16 bytes, so that the nodes a search visits
// share cache lines more often than with a slice of its own.
type trieNode struct {
	lo, hi   int32
	hlo, hhi int32
}

// withHits returns a frozen node without children for the entries hs,
// appending them to t.hits.
func (t *trie) withHits(hs []hit) trieNode {
	lo := int32(len(t.hits))
	t.hits = append(t.hits, hs...)
	return trieNode{hlo: lo, hhi: int32(len(t.hits))}
}

type trieEdge struct {
	r  rune
	to int32
}

func (t *trie) add(form string, h hit) {
	if t.frozen {
		panic("entity: trie.add after freeze")
	}
	if t.build == nil {
		t.build = &node{}
	}
	n := t.build
	for _, r := range form {
		r = fold(r)
		if n.next == nil {
			n.next = map[rune]*node{}
		}
		c := n.next[r]
		if c == nil {
			c = &node{}
			n.next[r] = c
		}
		n = c
	}
	for _, x := range n.hits {
		if x == h {
			return
		}
	}
	n.hits = append(n.hits, h)
}

// freeze turns the built trie into its arrays.
func (t *trie) freeze() {
	if t.frozen {
		return
	}
	t.frozen = true
	root := t.build
	t.build = nil
	if root == nil {
		root = &node{}
	}
	// Nodes are numbered breadth first, children in rune order.
	count := 0
	var walk func(n *node)
	walk = func(n *node) {
		count++
		for _, c := range n.next {
			walk(c)
		}
	}
	walk(root)
	t.nodes = make([]trieNode, 1, count)
	t.nodes[0] = t.withHits(root.hits)
	t.edges = make([]trieEdge, 0, count-1)
	queue := make([]*node, 1, count)
	queue[0] = root
	var rs []rune
	for k := 0; k < len(queue); k++ {
		n := queue[k]
		rs = rs[:0]
		for r := range n.next {
			rs = append(rs, r)
		}
		slices.Sort(rs)
		t.nodes[k].lo = int32(len(t.edges))
		for _, r := range rs {
			c := n.next[r]
			t.edges = append(t.edges, trieEdge{r: r, to: int32(len(t.nodes))})
			t.nodes = append(t.nodes, t.withHits(c.hits))
			queue = append(queue, c)
		}
		t.nodes[k].hi = int32(len(t.edges))
	}
	t.starts, t.rank = make([]uint64, bmp/64), make([]uint32, bmp/64)
	for k, e := range t.edges[t.nodes[0].lo:t.nodes[0].hi] {
		if e.r >= 0 && e.r < bmp {
			if e.to != int32(k+1) {
				panic("entity: trie root's children out of order")
			}
			t.starts[e.r>>6] |= 1 << (e.r & 63)
		}
	}
	n := uint32(0)
	for w, bits := range t.starts {
		t.rank[w] = n
		n += uint32(mbits.OnesCount64(bits))
	}
	t.pairs = make([]uint64, 1<<16/64)
	var single []rune
	for _, e := range t.edges[t.nodes[0].lo:t.nodes[0].hi] {
		if e.r < 0 || e.r >= bmp {
			continue
		}
		c := t.nodes[e.to]
		if c.hhi > c.hlo {
			single = append(single, e.r)
		}
		for _, e2 := range t.edges[c.lo:c.hi] {
			k := pairKey(e.r, e2.r)
			t.pairs[k>>6] |= 1 << (k & 63)
		}
	}
	t.single = newRuneSet(string(single))
}

// pairKey hashes two folded runes to 16 bits for trie.pairs.
func pairKey(r1, r2 rune) uint32 {
	return (uint32(r1)*0x9E3779B1 ^ uint32(r2)) * 0x85EBCA6B >> 16
}

// mayMatch reports whether matchAt(text, i, ...) may find a form, given
// the (unfolded) rune r at i of size bytes, for which mayStart holds:
// false when the root's child for r has no entries and no child for the
// rune after it (by trie.pairs), so that the search finds nothing for
// sure.
func (t *trie) mayMatch(text string, i int, r rune, size int) bool {
	if j := i + size; j < len(text) {
		r2, _ := decodeAt(text, j)
		return t.mayPair(r, r2, true)
	}
	return true
}

// mayPair is mayMatch for the rune r2 after r, when more (else at the end
// of the text).
func (t *trie) mayPair(r, r2 rune, more bool) bool {
	r = fold(r)
	if r < 0 || r >= bmp || !more || t.single.has(r) {
		return true
	}
	k := pairKey(r, fold(r2))
	return t.pairs[k>>6]>>(k&63)&1 != 0
}

// rootChild returns the root's child for rune 0 <= r < bmp, or -1.
func (t *trie) rootChild(r rune) int32 {
	w := t.starts[r>>6]
	if w>>(r&63)&1 == 0 {
		return -1
	}
	return int32(1 + t.rank[r>>6] + uint32(mbits.OnesCount64(w&(1<<(r&63)-1))))
}

// mayStart reports whether a form may start with the (unfolded) rune r:
// false when matchAt at a position that holds r finds nothing for sure.
// It reads a bitmap of 8 KB, so that most positions of a text cost a
// look-up in the processor's nearest cache.
func (t *trie) mayStart(r rune) bool {
	r = fold(r)
	if r < 0 || r >= rune(len(t.starts))*64 {
		return true
	}
	return t.starts[r>>6]>>(r&63)&1 != 0
}

// child returns node n's child for rune r, or -1.
func (t *trie) child(n int32, r rune) int32 {
	if n == 0 && r >= 0 && r < rune(len(t.starts))*64 {
		return t.rootChild(r)
	}
	es := t.edges[t.nodes[n].lo:t.nodes[n].hi]
	if len(es) <= 8 {
		for _, e := range es {
			if e.r == r {
				return e.to
			}
		}
		return -1
	}
	lo, hi := 0, len(es)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if es[m].r < r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(es) && es[lo].r == r {
		return es[lo].to
	}
	return -1
}

// matchAt calls fn for every form that starts at text[i:], shortest first,
// with the byte offset where it ends and the entries it names. The trie
// must be frozen.
func (t *trie) matchAt(text string, i int, fn func(end int, hits []hit)) {
	n := int32(0)
	for j := i; j < len(text); {
		r, size := decodeAt(text, j)
		if t.nodes[n].hi == t.nodes[n].lo {
			return
		}
		if n = t.child(n, fold(r)); n < 0 {
			return
		}
		j += size
		if nd := &t.nodes[n]; nd.hhi > nd.hlo {
			fn(j, t.hits[nd.hlo:nd.hhi:nd.hhi])
		}
	}
}
