package convert

import (
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"unicode/utf8"
)

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
// lines, blank lines and `#` comments skipped. Empty or invalid keys and
// empty values are errors; duplicate keys are caught by newTable.
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
// 1-based index into table.values, 0 for none) and whether longer keys
// start with it.
type cell struct {
	val   int32
	multi bool
}

const pageBits = 8

// table is a leaf dictionary compiled for longest-prefix matching. Keys of one
// code point are looked up in a paged array indexed by the code point. Longer
// keys live in a map that also holds every prefix of two or more code points
// of them, so a match walks forward one code point at a time and stops at
// the first prefix that no key has. Only the first value of each entry is
// kept.
type table struct {
	name  string
	first [256]bool // bytes that can start a key
	index [(utf8.MaxRune + 1) >> pageBits]uint16
	pages [][1 << pageBits]cell // page 0 stays empty
	// values holds the first value of each entry.
	values []string
	// multi maps each key of two or more code points to its 1-based index
	// in values, and each proper prefix of such a key (of two or more code
	// points) that is not itself a key to 0.
	multi map[string]int32
	set   *runeSet // first code points of the keys
}

func newTable(d *textDict) (*table, error) {
	t := &table{name: d.name, pages: make([][1 << pageBits]cell, 1)}
	sb := newRuneSetBuilder()
	nMulti := 0
	for _, e := range d.entries {
		if n := utf8.RuneCountInString(e.key); n > 1 {
			nMulti += n - 1
		}
	}
	t.multi = make(map[string]int32, nMulti)
	t.values = make([]string, 0, len(d.entries))
	for _, e := range d.entries {
		r, n := utf8.DecodeRuneInString(e.key)
		t.first[e.key[0]] = true
		sb.add(r)
		c := t.cellFor(r)
		if n == len(e.key) {
			if c.val != 0 {
				return nil, fmt.Errorf("convert: %s: duplicate key %q", d.name, e.key)
			}
			t.values = append(t.values, e.first())
			c.val = int32(len(t.values))
			continue
		}
		if v := t.multi[e.key]; v != 0 {
			return nil, fmt.Errorf("convert: %s: duplicate key %q", d.name, e.key)
		}
		c.multi = true
		t.values = append(t.values, e.first())
		t.multi[e.key] = int32(len(t.values))
		// Record the proper prefixes of two or more code points.
		q := n
		for {
			_, m := utf8.DecodeRuneInString(e.key[q:])
			q += m
			if q >= len(e.key) {
				break
			}
			if _, ok := t.multi[e.key[:q]]; !ok {
				t.multi[e.key[:q]] = 0
			}
		}
	}
	t.set = sb.set()
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

func (t *table) runes() *runeSet { return t.set }

// seqLen is the length of the UTF-8 sequence a lead byte announces (1 for
// ASCII and for bytes that cannot lead one). Walking key prefixes with it is
// safe on invalid text: every prefix in a table is valid UTF-8 cut at code
// point boundaries, so a walk that lands elsewhere finds nothing and stops.
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
	if c.multi {
		best, bestV := 0, ""
		for q := p + n; q < len(s); {
			q += int(seqLen[s[q]])
			if q > len(s) {
				break
			}
			v, ok := t.multi[s[p:q]]
			if !ok {
				break
			}
			if v != 0 {
				best, bestV = q-p, t.values[v-1]
			}
		}
		if best > 0 {
			return best, bestV
		}
	}
	if c.val != 0 {
		return n, t.values[c.val-1]
	}
	return 0, ""
}
