package entity

import "unicode/utf8"

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
	guarded bool  // the form is guarded (lexicon.Guarded): read only on word boundaries
	idx     int32 // index into the lexicon table of kind
}

// node is a node of a rune trie over folded runes.
type node struct {
	next map[rune]*node
	hits []hit
}

// trie finds every lexicon form starting at a position of a text.
type trie struct{ root node }

func (t *trie) add(form string, h hit) {
	n := &t.root
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

// matchAt calls fn for every form that starts at text[i:], shortest first,
// with the byte offset where it ends and the entries it names.
func (t *trie) matchAt(text string, i int, fn func(end int, hits []hit)) {
	n := &t.root
	for j := i; j < len(text); {
		r, size := utf8.DecodeRuneInString(text[j:])
		if n.next == nil {
			return
		}
		n = n.next[fold(r)]
		if n == nil {
			return
		}
		j += size
		if len(n.hits) > 0 {
			fn(j, n.hits)
		}
	}
}
