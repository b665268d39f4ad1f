package convert

import (
	"fmt"
	"io/fs"
	"math/bits"
	"sort"
	"strings"
	"unicode/utf8"
)

// maxKeyRunes bounds dictionary keys, in code points: the per-rune length
// mask of a table has one bit per key length. OpenCC 1.4.2's longest key
// has 15 code points.
const maxKeyRunes = 31

// entry is one line of an OpenCC text dictionary: its key and its values as
// written, separated by single spaces.
type entry struct {
	key  string
	vals string
}

// first returns the entry's first value, the only one conversion uses.
func (e entry) first() string {
	if i := strings.IndexByte(e.vals, ' '); i >= 0 {
		return e.vals[:i]
	}
	return e.vals
}

// values returns all the entry's values.
func (e entry) values() []string { return strings.Split(e.vals, " ") }

// textDict is an OpenCC text dictionary in file order, with the annotations
// that OpenCC's build scripts read from its comments.
type textDict struct {
	name    string
	entries []entry
	// reversePrefer maps a value to the key preferred when the dictionary
	// is reversed (`# @reverse-prefer: V [K]`).
	reversePrefer map[string]string
	// tofuRisk holds the entries that follow a `# @tofu-risk:` line.
	tofuRisk []entry
}

const (
	reversePreferPrefix = "# @reverse-prefer:"
	tofuRiskPrefix      = "# @tofu-risk:"
)

// parseTextDict reads an OpenCC text dictionary: `key<TAB>value value...`
// lines, blank lines and `#` comments skipped. Empty keys or values and keys
// longer than maxKeyRunes are errors; duplicate keys are caught by newTable.
// Keys and values are substrings of one copy of data.
func parseTextDict(name string, data []byte) (*textDict, error) {
	src := string(data)
	d := &textDict{name: name, reversePrefer: map[string]string{}}
	d.entries = make([]entry, 0, strings.Count(src, "\n")+1)
	line := 0
	tofuNext := false
	for len(src) > 0 {
		line++
		text := src
		if i := strings.IndexByte(src, '\n'); i >= 0 {
			text, src = src[:i], src[i+1:]
		} else {
			src = ""
		}
		text = strings.TrimRight(text, "\r")
		if strings.HasPrefix(text, "#") {
			if rest, ok := strings.CutPrefix(text, reversePreferPrefix); ok {
				f := strings.Fields(rest)
				if len(f) != 1 && len(f) != 2 {
					return nil, fmt.Errorf("convert: %s:%d: invalid reverse preference %q", name, line, text)
				}
				d.reversePrefer[f[0]] = f[len(f)-1]
			}
			if strings.HasPrefix(text, tofuRiskPrefix) {
				tofuNext = true
			}
			continue
		}
		if strings.TrimSpace(text) == "" {
			if tofuNext {
				return nil, fmt.Errorf("convert: %s:%d: expected a mapping after %s", name, line, tofuRiskPrefix)
			}
			continue
		}
		key, vals, ok := strings.Cut(text, "\t")
		if !ok {
			return nil, fmt.Errorf("convert: %s:%d: no TAB in %q", name, line, text)
		}
		if key == "" || !utf8.ValidString(key) || !utf8.ValidString(vals) {
			return nil, fmt.Errorf("convert: %s:%d: empty or invalid key in %q", name, line, text)
		}
		if n := utf8.RuneCountInString(key); n > maxKeyRunes {
			return nil, fmt.Errorf("convert: %s:%d: key %q has %d code points; at most %d supported", name, line, key, n, maxKeyRunes)
		}
		if vals == "" || vals[0] == ' ' || vals[len(vals)-1] == ' ' || strings.Contains(vals, "  ") {
			return nil, fmt.Errorf("convert: %s:%d: empty value in %q", name, line, text)
		}
		e := entry{key: key, vals: vals}
		d.entries = append(d.entries, e)
		if tofuNext {
			d.tofuRisk = append(d.tofuRisk, e)
			tofuNext = false
		}
	}
	if tofuNext {
		return nil, fmt.Errorf("convert: %s: missing mapping after %s at end of file", name, tofuRiskPrefix)
	}
	return d, nil
}

// loadTextDict reads dictionary/<name>.txt from fsys.
func loadTextDict(fsys fs.FS, name string) (*textDict, error) {
	data, err := fs.ReadFile(fsys, "dictionary/"+name+".txt")
	if err != nil {
		return nil, fmt.Errorf("convert: dictionary %s: %w", name, err)
	}
	return parseTextDict(name, data)
}

// reversed swaps keys and values as OpenCC's reverse.py does: each value
// lists the keys that map to it in file order, a `@reverse-prefer` choice
// moves to the front, and the result is sorted by key.
func (d *textDict) reversed(name string) (*textDict, error) {
	idx := map[string]int{}
	var keys []string
	var lists [][]string
	for _, e := range d.entries {
		for _, v := range e.values() {
			i, ok := idx[v]
			if !ok {
				i = len(keys)
				idx[v] = i
				keys = append(keys, v)
				lists = append(lists, nil)
			}
			lists[i] = append(lists[i], e.key)
		}
	}
	prefs := make([]string, 0, len(d.reversePrefer))
	for k := range d.reversePrefer {
		prefs = append(prefs, k)
	}
	sort.Strings(prefs)
	for _, k := range prefs {
		want := d.reversePrefer[k]
		i, ok := idx[k]
		j := -1
		if ok {
			j = indexOf(lists[i], want)
		}
		if j < 0 {
			return nil, fmt.Errorf("convert: %s: reverse preference %s -> %s has no matching mapping", d.name, k, want)
		}
		vs := lists[i]
		copy(vs[1:j+1], vs[:j])
		vs[0] = want
	}
	out := make([]entry, len(keys))
	for i, k := range keys {
		out[i] = entry{key: k, vals: strings.Join(lists[i], " ")}
	}
	sort.Slice(out, func(a, b int) bool { return out[a].key < out[b].key })
	return &textDict{name: name, entries: out}, nil
}

// tofuExtension builds TSCharactersExt as extract_tofu_risk.py does: the
// entries after `@tofu-risk` lines, each without its key among its values.
func (d *textDict) tofuExtension(name string) (*textDict, error) {
	out := make([]entry, 0, len(d.tofuRisk))
	for _, e := range d.tofuRisk {
		vs := e.values()
		if vs[0] == e.key {
			vs = vs[1:]
		}
		if len(vs) == 0 {
			return nil, fmt.Errorf("convert: %s: tofu-risk entry %q has no extension value", d.name, e.key)
		}
		out = append(out, entry{key: e.key, vals: strings.Join(vs, " ")})
	}
	return &textDict{name: name, entries: out}, nil
}

func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}

// cell describes, for one first code point, the single-rune entry (val is a
// 1-based index into table.single, 0 for none) and the lengths in code points
// of the longer keys that start with it (bit n set for length n).
type cell struct {
	val  int32
	lens uint32
}

const pageBits = 8

// table is a leaf dictionary compiled for longest-prefix matching. Keys of one
// code point are looked up in a paged array indexed by the code point; longer
// keys in a map, trying only the lengths that exist for the first code point,
// longest first. Only the first value of each entry is kept.
type table struct {
	name   string
	first  [256]bool // bytes that can start a key
	index  [(utf8.MaxRune + 1) >> pageBits]uint16
	pages  [][1 << pageBits]cell // page 0 stays empty
	single []string
	multi  map[string]string
}

func newTable(d *textDict) (*table, error) {
	t := &table{name: d.name, pages: make([][1 << pageBits]cell, 1)}
	nMulti := 0
	for _, e := range d.entries {
		if utf8.RuneCountInString(e.key) > 1 {
			nMulti++
		}
	}
	t.multi = make(map[string]string, nMulti)
	t.single = make([]string, 0, len(d.entries)-nMulti)
	for _, e := range d.entries {
		r, n := utf8.DecodeRuneInString(e.key)
		t.first[e.key[0]] = true
		c := t.cellFor(r)
		if n == len(e.key) {
			if c.val != 0 {
				return nil, fmt.Errorf("convert: %s: duplicate key %q", d.name, e.key)
			}
			t.single = append(t.single, e.first())
			c.val = int32(len(t.single))
			continue
		}
		if _, dup := t.multi[e.key]; dup {
			return nil, fmt.Errorf("convert: %s: duplicate key %q", d.name, e.key)
		}
		c.lens |= 1 << utf8.RuneCountInString(e.key)
		t.multi[e.key] = e.first()
	}
	return t, nil
}

func (t *table) cellFor(r rune) *cell {
	pi := t.index[r>>pageBits]
	if pi == 0 {
		pi = uint16(len(t.pages))
		t.pages = append(t.pages, [1 << pageBits]cell{})
		t.index[r>>pageBits] = pi
	}
	return &t.pages[pi][r&(1<<pageBits-1)]
}

func (t *table) starts() *[256]bool { return &t.first }

// seqLen is the length of the UTF-8 sequence a lead byte announces (1 for
// ASCII and for bytes that cannot lead one). Walking key ends with it is
// safe on invalid text: no key matches across an invalid byte, so only ends
// before the first invalid byte matter, and those are right.
var seqLen = func() (t [256]uint8) {
	for b := range 256 {
		switch {
		case b >= 0xF0 && b < 0xF8:
			t[b] = 4
		case b >= 0xE0 && b < 0xF0:
			t[b] = 3
		case b >= 0xC0 && b < 0xE0:
			t[b] = 2
		default:
			t[b] = 1
		}
	}
	return t
}()

func (t *table) match(s string, p int, r rune, n int) (int, string) {
	if !t.first[s[p]] {
		return 0, ""
	}
	c := &t.pages[t.index[r>>pageBits]][r&(1<<pageBits-1)]
	if c.lens != 0 {
		// ends[k] is the byte length of the first k code points at p.
		var ends [maxKeyRunes + 1]uint8
		maxLen := bits.Len32(c.lens) - 1
		k, q := 1, p+n
		ends[1] = uint8(n)
		for k < maxLen && q < len(s) {
			q += int(seqLen[s[q]])
			k++
			ends[k] = uint8(min(q, len(s)) - p)
		}
		for ; k >= 2; k-- {
			if c.lens&(1<<k) == 0 {
				continue
			}
			if v, ok := t.multi[s[p:p+int(ends[k])]]; ok {
				return int(ends[k]), v
			}
		}
	}
	if c.val != 0 {
		return n, t.single[c.val-1]
	}
	return 0, ""
}
