package convert

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/zhpipe/zhpipe/dict/opencc"
)

// Loader builds converters from OpenCC data, opening or building each
// dictionary at most once and sharing it between all the converters it
// returns. It is safe for concurrent use; a process needs only one. The
// zero Loader uses the embedded data, like NewLoader.
type Loader struct {
	fsys     fs.FS  // configs, and in text mode the text dictionaries
	compiled string // the compiled tables; "" in text mode
	cset     *compiledSet

	mu     sync.Mutex
	dicts  map[string]*textDict
	tables map[string]matcher
	convs  map[string]*Converter
}

// NewLoader returns a Loader over the embedded OpenCC 1.4.2 data: its
// configs and its compiled dictionaries, read in place (see Compile).
func NewLoader() *Loader {
	l := &Loader{}
	l.init()
	return l
}

// NewLoaderFS returns a Loader over OpenCC's text data laid out as in
// dict/opencc: configs at config/NAME.json, text dictionaries at
// dictionary/NAME.txt. It parses the text dictionaries and builds their
// tables, as Compile does; NewLoader's compiled tables give the same
// conversions.
func NewLoaderFS(fsys fs.FS) *Loader {
	return &Loader{
		fsys:   fsys,
		dicts:  map[string]*textDict{},
		tables: map[string]matcher{},
		convs:  map[string]*Converter{},
	}
}

// init sets up the zero Loader as NewLoader does.
func (l *Loader) init() {
	if l.fsys == nil {
		l.fsys, l.compiled = opencc.FS(), opencc.Compiled()
	}
	if l.convs == nil {
		l.dicts = map[string]*textDict{}
		l.tables = map[string]matcher{}
		l.convs = map[string]*Converter{}
	}
}

// Converter returns the converter for config ("tw2sp" or "tw2sp.json"),
// building it on first use.
func (l *Loader) Converter(config string) (*Converter, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.init()
	return l.converter(config)
}

// dictSpec is a dictionary in an OpenCC config.
type dictSpec struct {
	Type          string            `json:"type"`
	File          string            `json:"file"`
	MatchPolicy   string            `json:"match_policy"`
	Dicts         []dictSpec        `json:"dicts"`
	Entries       map[string]string `json:"entries"`
	MayOutputTofu bool              `json:"may_output_tofu"`
}

type conversionSpec struct {
	Dict dictSpec `json:"dict"`
}

type configSpec struct {
	Name          string           `json:"name"`
	Normalization []conversionSpec `json:"normalization"`
	Segmentation  *struct {
		Type string   `json:"type"`
		Dict dictSpec `json:"dict"`
	} `json:"segmentation"`
	ConversionChain []conversionSpec `json:"conversion_chain"`
}

func (l *Loader) converter(config string) (*Converter, error) {
	name := strings.TrimSuffix(config, ".json")
	if c, ok := l.convs[name]; ok {
		return c, nil
	}
	spec, err := l.config(config)
	if err != nil {
		return nil, err
	}
	c := &Converter{name: name}
	if l.compiled != "" {
		if c.changes, err = l.cset.changes(name); err != nil {
			return nil, err
		}
	}
	for _, n := range spec.Normalization {
		m, err := l.matcher(n.Dict, true)
		if err != nil {
			return nil, fmt.Errorf("convert: config %s: normalization: %w", name, err)
		}
		if m != nil {
			c.norm = append(c.norm, newStage(m))
		}
	}
	if s := spec.Segmentation; s != nil {
		if s.Type != "mmseg" {
			return nil, fmt.Errorf("convert: config %s: segmentation type %q not supported", name, s.Type)
		}
		// Segmentation dictionaries always include tofu-risk ones.
		m, err := l.matcher(s.Dict, true)
		if err != nil {
			return nil, fmt.Errorf("convert: config %s: segmentation: %w", name, err)
		}
		if m != nil {
			st := newStage(m)
			c.seg = &st
		}
	}
	for _, cv := range spec.ConversionChain {
		m, err := l.matcher(cv.Dict, true)
		if err != nil {
			return nil, fmt.Errorf("convert: config %s: conversion chain: %w", name, err)
		}
		if m != nil {
			c.chain = append(c.chain, newStage(m))
		}
	}
	if len(c.chain) == 0 {
		return nil, fmt.Errorf("convert: config %s: empty conversion chain", name)
	}
	l.convs[name] = c
	return c, nil
}

// config reads and parses config ("tw2sp" or "tw2sp.json").
func (l *Loader) config(config string) (*configSpec, error) {
	name := strings.TrimSuffix(config, ".json")
	if name == "" || strings.ContainsAny(name, `/\`) || name == "." || name == ".." {
		return nil, fmt.Errorf("convert: invalid config name %q", config)
	}
	data, err := fs.ReadFile(l.fsys, "config/"+name+".json")
	if err != nil {
		return nil, fmt.Errorf("convert: unknown config %q (known: %s): %w", config, strings.Join(Configs(), ", "), err)
	}
	var spec configSpec
	if err := json.Unmarshal(data, &spec); err != nil {
		return nil, fmt.Errorf("convert: config %s: %w", name, err)
	}
	if l.compiled != "" && l.cset == nil {
		if l.cset, err = openCompiled(l.compiled); err != nil {
			return nil, err
		}
	}
	return &spec, nil
}

// matcher builds the matcher of a config dictionary; it returns nil for a
// dictionary left out (tofu-risk ones when includeTofu is false, and groups
// left empty).
func (l *Loader) matcher(d dictSpec, includeTofu bool) (matcher, error) {
	switch d.Type {
	case "inline":
		keys := make([]string, 0, len(d.Entries))
		for k := range d.Entries {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		td := &textDict{name: "inline"}
		for _, k := range keys {
			if k == "" || d.Entries[k] == "" || !utf8.ValidString(k) {
				return nil, fmt.Errorf("inline dictionary: invalid entry %q -> %q", k, d.Entries[k])
			}
			td.entries = append(td.entries, entry{key: k, vals: d.Entries[k]})
		}
		return newTable(td)
	}
	if d.MayOutputTofu && !includeTofu {
		return nil, nil
	}
	switch d.Type {
	case "group":
		var children []matcher
		for _, cd := range d.Dicts {
			m, err := l.matcher(cd, includeTofu)
			if err != nil {
				return nil, err
			}
			if m != nil {
				children = append(children, m)
			}
		}
		if len(children) == 0 {
			return nil, nil
		}
		switch d.MatchPolicy {
		case "", "short_circuit":
			return newGroup(children, false), nil
		case "union":
			return newGroup(children, true), nil
		}
		return nil, fmt.Errorf("unsupported match_policy %q", d.MatchPolicy)
	case "ocd2", "ocd", "text":
		return l.table(fileStem(d.File))
	}
	return nil, fmt.Errorf("unsupported dictionary type %q", d.Type)
}

// table returns the dictionary named stem: opened from the compiled tables,
// or in text mode parsed (or generated) and built.
func (l *Loader) table(stem string) (matcher, error) {
	if t, ok := l.tables[stem]; ok {
		return t, nil
	}
	var t matcher
	var err error
	if l.compiled != "" {
		t, err = l.cset.dict(stem)
	} else {
		var d *textDict
		if d, err = l.textDict(stem); err == nil {
			var tt *table
			if tt, err = newTable(d); err == nil {
				t = tt
			}
		}
	}
	if err != nil {
		return nil, err
	}
	l.tables[stem] = t
	return t, nil
}

// textDict returns the text dictionary named stem: dictionary/STEM.txt, or
// one of the dictionaries OpenCC's build generates.
func (l *Loader) textDict(stem string) (*textDict, error) {
	if d, ok := l.dicts[stem]; ok {
		return d, nil
	}
	if strings.ContainsAny(stem, `/\`) || stem == "" {
		return nil, fmt.Errorf("invalid dictionary name %q", stem)
	}
	var d *textDict
	var err error
	if _, statErr := fs.Stat(l.fsys, "dictionary/"+stem+".txt"); statErr == nil {
		d, err = loadTextDict(l.fsys, stem)
	} else {
		d, err = l.generate(stem)
	}
	if err != nil {
		return nil, err
	}
	l.dicts[stem] = d
	return d, nil
}

// generate builds the dictionaries that OpenCC's build derives.
func (l *Loader) generate(stem string) (*textDict, error) {
	switch stem {
	case "TWVariantsRev", "HKVariantsRev", "JPShinjitaiCharactersRev":
		src, err := l.textDict(strings.TrimSuffix(stem, "Rev"))
		if err != nil {
			return nil, err
		}
		return src.reversed(stem)
	case "TSCharactersExt":
		src, err := l.textDict("TSCharacters")
		if err != nil {
			return nil, err
		}
		return src.tofuExtension(stem)
	case "STPhrases_GeneratedFromRegionalPhrases":
		return l.generateSTPhrases(stem)
	}
	return nil, fmt.Errorf("dictionary %s: no dictionary/%s.txt and no rule to generate it", stem, stem)
}

// generateSTPhrases builds STPhrases_GeneratedFromRegionalPhrases as OpenCC's
// generate_st_phrases_from_regional_phrases.py does: the keys of HKPhrases
// then TWPhrases, converted with t2s (tofu-risk dictionaries included); a
// result of at least 3 code points maps back to the first original key.
func (l *Loader) generateSTPhrases(stem string) (*textDict, error) {
	t2s, err := l.converter("t2s")
	if err != nil {
		return nil, fmt.Errorf("dictionary %s: %w", stem, err)
	}
	collisions := map[string][]string{}
	var order []string
	for _, srcName := range []string{"HKPhrases", "TWPhrases"} {
		src, err := l.textDict(srcName)
		if err != nil {
			return nil, err
		}
		for _, e := range src.entries {
			conv := t2s.Convert(e.key)
			if utf8.RuneCountInString(conv) < 3 {
				continue
			}
			if _, ok := collisions[conv]; !ok {
				order = append(order, conv)
			}
			collisions[conv] = append(collisions[conv], e.key)
		}
	}
	var conflicts []string
	out := make([]entry, 0, len(order))
	for _, k := range order {
		vs := collisions[k]
		for _, v := range vs[1:] {
			if v != vs[0] {
				conflicts = append(conflicts, k+": "+strings.Join(vs, " "))
				break
			}
		}
		out = append(out, entry{key: k, vals: vs[0]})
	}
	if len(conflicts) > 0 {
		slices.Sort(conflicts)
		return nil, fmt.Errorf("dictionary %s: conflicting regional phrase projections: %s", stem, strings.Join(conflicts, "; "))
	}
	sort.Slice(out, func(a, b int) bool { return out[a].key < out[b].key })
	return &textDict{name: stem, entries: out}, nil
}
