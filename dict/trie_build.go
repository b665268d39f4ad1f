package dict

import (
	"cmp"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"slices"
	"unicode/utf8"
)

// Entry is one word of a dictionary to compile: gse's token text (Latin
// letters lower-cased, as gse stores them), frequency and tag.
type Entry struct {
	Word string
	Freq float64
	Tag  string
}

// Emission is one rune of gse's HMM emission table: the log probabilities
// of the states B, M, E, S (minFloat where gse's table has none).
type Emission struct {
	Rune rune
	Prob [4]float64
}

// Compile builds the compiled dictionary (see trie.go) from entries in gse's
// insertion order, the first of equal words kept as gse keeps it, and the
// HMM emission table. The output is a deterministic function of its input.
func Compile(entries []Entry, emit []Emission) ([]byte, error) {
	type key struct {
		codes []uint32
		value uint32
	}
	// Alphabet codes by falling rune count, so that frequent runes get
	// small codes and the root's children lie close together.
	count := map[rune]int{}
	for _, e := range entries {
		if e.Word == "" || !utf8.ValidString(e.Word) {
			return nil, fmt.Errorf("dict: compile: bad word %q", e.Word)
		}
		for _, r := range e.Word {
			count[r]++
		}
	}
	alphabet := make([]rune, 0, len(count))
	for r := range count {
		alphabet = append(alphabet, r)
	}
	slices.SortFunc(alphabet, func(a, b rune) int {
		if c := cmp.Compare(count[b], count[a]); c != 0 {
			return c
		}
		return cmp.Compare(a, b)
	})
	codeOf := make(map[rune]uint32, len(alphabet))
	for i, r := range alphabet {
		codeOf[r] = uint32(i + 1)
	}
	if len(alphabet) >= 65535 {
		return nil, errors.New("dict: compile: more than 65534 distinct runes")
	}
	tagIndex := map[string]uint8{"": 0}
	tags := []string{""}
	for _, e := range entries {
		if _, ok := tagIndex[e.Tag]; !ok {
			if len(tags) == 256 || len(e.Tag) > 255 {
				return nil, fmt.Errorf("dict: compile: too many tags or tag %q too long", e.Tag)
			}
			tagIndex[e.Tag] = uint8(len(tags))
			tags = append(tags, e.Tag)
		}
	}
	seen := map[string]bool{}
	keys := make([]key, 0, len(entries))
	total, maxRunes := 0.0, 0
	for _, e := range entries {
		if seen[e.Word] {
			continue // gse keeps the first
		}
		seen[e.Word] = true
		if e.Freq < 1 || e.Freq >= 1<<23 || e.Freq != math.Trunc(e.Freq) {
			return nil, fmt.Errorf("dict: compile: %q: frequency %g is not a whole number in [1, 2^23)", e.Word, e.Freq)
		}
		total += e.Freq
		k := key{value: uint32(e.Freq)<<8 | uint32(tagIndex[e.Tag])}
		for _, r := range e.Word {
			k.codes = append(k.codes, codeOf[r])
		}
		maxRunes = max(maxRunes, len(k.codes))
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b key) int { return slices.Compare(a.codes, b.codes) })

	// Double-array construction, breadth first over ranges of sorted keys.
	// A leaf word keeps its value in its base (negated); a word that is
	// also a prefix keeps it in the base of its child by code 0.
	var base, check []int32
	// Free slots form a doubly linked list (next, prev; -1 ends) so that
	// the search for a base visits free slots only.
	var next, prev []int32
	head, tail := int32(-1), int32(-1)
	grow := func(n int) {
		for len(check) < n {
			i := int32(len(check))
			base, check = append(base, 0), append(check, -1)
			next, prev = append(next, -1), append(prev, tail)
			if tail >= 0 {
				next[tail] = i
			} else {
				head = i
			}
			tail = i
		}
	}
	use := func(i int32) {
		if prev[i] >= 0 {
			next[prev[i]] = next[i]
		} else {
			head = next[i]
		}
		if next[i] >= 0 {
			prev[next[i]] = prev[i]
		} else {
			tail = prev[i]
		}
		next[i], prev[i] = -1, -1
	}
	grow(1)
	use(0)
	check[0] = -2 // the root is no one's child
	type job struct {
		slot, lo, hi, depth int
	}
	queue := []job{{0, 0, len(keys), 0}}
	type child struct {
		code   uint32
		lo, hi int
		word   bool // the terminal child of a word that is also a prefix
	}
	var kids []child
	for qi := 0; qi < len(queue); qi++ {
		j := queue[qi]
		lo := j.lo
		var value uint32
		if lo < j.hi && len(keys[lo].codes) == j.depth {
			value = keys[lo].value
			lo++
		}
		if value >= 1<<31 {
			return nil, errors.New("dict: compile: value out of range")
		}
		kids = kids[:0]
		if value != 0 && lo < j.hi {
			kids = append(kids, child{code: 0, word: true})
		}
		for i := lo; i < j.hi; {
			c := keys[i].codes[j.depth]
			k := i + 1
			for k < j.hi && keys[k].codes[j.depth] == c {
				k++
			}
			kids = append(kids, child{code: c, lo: i, hi: k})
			i = k
		}
		if value != 0 && j.slot != 0 {
			check[j.slot] |= wordFlag
		}
		if len(kids) == 0 {
			base[j.slot] = -int32(value)
			continue
		}
		c0, last := int(kids[0].code), int(kids[len(kids)-1].code)
		b := 0
		for p := head; p >= 0; p = next[p] {
			if int(p) <= c0 {
				continue
			}
			cand := int(p) - c0
			grow(cand + last + 1)
			ok := true
			for _, k := range kids[1:] {
				if check[cand+int(k.code)] != -1 {
					ok = false
					break
				}
			}
			if ok {
				b = cand
				break
			}
		}
		if b == 0 {
			b = max(1, len(check)-c0)
			grow(b + last + 1)
		}
		base[j.slot] = int32(b)
		for _, k := range kids {
			t := b + int(k.code)
			use(int32(t))
			check[t] = int32(j.slot)
			if k.word {
				base[t] = -int32(value)
				continue
			}
			queue = append(queue, job{t, k.lo, k.hi, j.depth + 1})
		}
	}
	if len(check) >= wordFlag {
		return nil, errors.New("dict: compile: too many trie slots")
	}
	// Trailing free slots are not stored.
	for len(check) > 1 && check[len(check)-1] == -1 {
		check, base = check[:len(check)-1], base[:len(base)-1]
	}

	emit = slices.Clone(emit)
	slices.SortFunc(emit, func(a, b Emission) int { return cmp.Compare(a.Rune, b.Rune) })
	var astral []rune
	for _, r := range alphabet {
		if r > 0xFFFF {
			astral = append(astral, r)
		}
	}
	slices.Sort(astral)

	var body []byte
	codes := make([]byte, 65536*2)
	for _, r := range alphabet {
		if r <= 0xFFFF {
			binary.LittleEndian.PutUint16(codes[2*r:], uint16(codeOf[r]))
		}
	}
	body = append(body, codes...)
	for _, r := range astral {
		body = binary.LittleEndian.AppendUint32(body, uint32(r))
		body = binary.LittleEndian.AppendUint32(body, codeOf[r])
	}
	for i := range check {
		body = binary.LittleEndian.AppendUint32(body, uint32(base[i]))
		body = binary.LittleEndian.AppendUint32(body, uint32(check[i]))
	}
	for _, e := range emit {
		body = binary.LittleEndian.AppendUint32(body, uint32(e.Rune))
	}
	for _, e := range emit {
		for _, p := range e.Prob {
			body = binary.LittleEndian.AppendUint64(body, math.Float64bits(p))
		}
	}
	for _, t := range tags {
		body = append(body, byte(len(t)))
		body = append(body, t...)
	}
	out := make([]byte, 0, trieHeader+len(body))
	out = append(out, trieMagic...)
	for _, n := range []int{len(check), len(astral), len(emit), len(tags), len(keys), maxRunes} {
		out = binary.LittleEndian.AppendUint32(out, uint32(n))
	}
	out = binary.LittleEndian.AppendUint64(out, math.Float64bits(total))
	sum := sha256.Sum256(body)
	out = append(out, sum[:]...)
	return append(out, body...), nil
}
