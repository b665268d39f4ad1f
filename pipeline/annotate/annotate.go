// Package annotate assembles zhpipe's standard pipeline: it loads the shared
// resources once (dictionaries, converters, models) and runs the stages on a
// Doc in order: detection, width folding, conversion to Simplified,
// paragraphs and sentences, segmentation, and the extraction stages.
package annotate

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/zhpipe/zhpipe/dict"
	"github.com/zhpipe/zhpipe/dict/lexicon"
	"github.com/zhpipe/zhpipe/dict/nermodel"
	"github.com/zhpipe/zhpipe/dict/opencc"
	"github.com/zhpipe/zhpipe/pipeline"
	"github.com/zhpipe/zhpipe/pipeline/convert"
	"github.com/zhpipe/zhpipe/pipeline/detect"
	"github.com/zhpipe/zhpipe/pipeline/entity"
	"github.com/zhpipe/zhpipe/pipeline/entity/ner"
	"github.com/zhpipe/zhpipe/pipeline/normalize"
)

// Conversions lists the values Options.Convert accepts.
var conversions = []string{"auto", "t2s", "tw2s", "tw2sp", "hk2s", "none"}

// Conversions returns the accepted values of Options.Convert.
func Conversions() []string { return slices.Clone(conversions) }

// Options configures a Pipeline.
type Options struct {
	// Convert is how the working text is made Simplified: "auto" (pick from
	// the detected script and region), an OpenCC config, or "none".
	Convert string
	// Date is the article's date (YYYY-MM-DD) for resolving relative dates;
	// empty means: find it in the text.
	Date string
}

// Resources are the loaded, immutable data a Pipeline shares across
// goroutines. Load them once per process.
type Resources struct {
	Dict      *dict.Set
	Converter *convert.Loader
	Lexicon   *lexicon.Lexicon
	NER       *ner.Model
	// LoadTime is how long loading took, for reports.
	LoadTime time.Duration
	// digest hashes the data on first use: only corpus manifests need it,
	// and hashing every embedded table would cost each start.
	digest func() string
}

// Digest identifies the data the resources hold (dictionaries, user
// dictionaries, conversion tables, lexicon and model): corpus manifests
// record it so that a corpus is rebuilt when the data changes.
func (r *Resources) Digest() string {
	if r.digest == nil {
		return ""
	}
	return r.digest()
}

// dataDigest hashes everything that shapes the output besides the code.
func dataDigest(set *dict.Set) string {
	h := sha256.New()
	fmt.Fprintf(h, "gse %s\n", set.Digest())
	fs.WalkDir(opencc.FS(), ".", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(opencc.FS(), path)
		if err != nil {
			return err
		}
		fmt.Fprintf(h, "opencc %s %d\n", path, len(data))
		h.Write(data)
		return nil
	})
	fmt.Fprintf(h, "opencc compiled %d\n", len(opencc.Compiled()))
	io.WriteString(h, opencc.Compiled())
	fmt.Fprintf(h, "nermodel %s\n", nermodel.Digest())
	fmt.Fprintf(h, "lexicon %s\n", lexicon.Digest())
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// LoadResources loads the embedded dictionaries (and user dictionaries).
func LoadResources(opts dict.Options) (*Resources, error) {
	start := time.Now()
	set, err := dict.Load(opts)
	if err != nil {
		return nil, err
	}
	lex, err := lexicon.Load()
	if err != nil {
		return nil, err
	}
	model, err := nermodel.Load()
	if err != nil {
		return nil, err
	}
	digest := sync.OnceValue(func() string { return dataDigest(set) })
	return &Resources{Dict: set, Converter: convert.NewLoader(), Lexicon: lex, NER: model, LoadTime: time.Since(start), digest: digest}, nil
}

// Pipeline annotates Docs. It is safe for concurrent use on distinct Docs.
type Pipeline struct {
	res    *Resources
	opts   Options
	conv   map[string]*convert.Converter
	t2s    *convert.Converter
	s2t    *convert.Converter
	entity *entity.Extractor
	stages pipeline.Chain
	front  int // how many stages lead up to and include segmentation
	// held maps a Doc whose tokens the entity stage packed to them, for
	// the dates stage (see entities).
	held sync.Map
	// trad memoizes Traditional for short strings: entity names recur from
	// one article to the next.
	tradMu sync.Mutex
	trad   map[string]string
}

// New builds a Pipeline over res.
func New(res *Resources, opts Options) (*Pipeline, error) {
	if opts.Convert == "" {
		opts.Convert = "auto"
	}
	if !slices.Contains(conversions, opts.Convert) {
		return nil, fmt.Errorf("annotate: unknown conversion %q (want one of %v)", opts.Convert, conversions)
	}
	if opts.Date != "" {
		if _, err := time.Parse("2006-01-02", opts.Date); err != nil {
			return nil, fmt.Errorf("annotate: date %q is not YYYY-MM-DD", opts.Date)
		}
	}
	p := &Pipeline{res: res, opts: opts, conv: map[string]*convert.Converter{}}
	var err error
	for _, name := range []string{"t2s", "tw2s", "tw2sp", "hk2s", "s2t"} {
		if p.conv[name], err = res.Converter.Converter(name); err != nil {
			return nil, err
		}
	}
	p.t2s, p.s2t = p.conv["t2s"], p.conv["s2t"]
	if res.Lexicon != nil {
		// Lexicon forms kept in Traditional only (CLDR's country names)
		// match the Simplified working text too.
		eo := entity.Options{Variants: p.t2s.Convert, Articles: true}
		if res.NER != nil {
			eo.Tagger = entity.FromNER(res.NER)
		}
		if p.entity, err = entity.New(res.Lexicon, eo); err != nil {
			return nil, err
		}
	}
	p.stages = pipeline.Chain{
		stageFunc{"detect", p.detect},
		stageFunc{"normalize", foldWidth},
		stageFunc{"convert", p.convert},
		stageFunc{"structure", structure},
		stageFunc{"segment", p.segment},
	}
	p.front = len(p.stages)
	p.stages = append(p.stages, extractionStages(p)...)
	p.stages = append(p.stages, stageFunc{"align-tokens", p.alignTokens})
	return p, nil
}

// Resources returns the resources the pipeline was built on.
func (p *Pipeline) Resources() *Resources { return p.res }

// Annotate runs every stage on d.
func (p *Pipeline) Annotate(ctx context.Context, d *pipeline.Doc) error {
	err := p.stages.Process(ctx, d)
	p.restoreHeld(d)
	return err
}

// restoreHeld gives d back the tokens the entity stage packed for the
// dates stage when the chain stopped between them.
func (p *Pipeline) restoreHeld(d *pipeline.Doc) {
	if v, ok := p.held.LoadAndDelete(d); ok {
		d.Tokens = v.(*packedTokens).unpack()
	}
}

// Segment runs only the stages up to segmentation: detection, folding,
// conversion, structure and tokens (for segmentation benchmarks).
func (p *Pipeline) Segment(ctx context.Context, d *pipeline.Doc) error {
	return p.stages[:p.front].Process(ctx, d)
}

// Simplified converts any text to Simplified with the conversion the
// pipeline would pick for doc d (used for entity names in both scripts).
func (p *Pipeline) Simplified(d *pipeline.Doc, s string) string {
	if c := p.conv[d.Source.Conversion]; c != nil {
		return c.Convert(s)
	}
	return s
}

// Traditional converts Simplified text to Traditional (OpenCC s2t).
// Strings of up to tradKeyMax bytes are remembered, up to tradMax of them:
// the answer is the converter's, computed once.
func (p *Pipeline) Traditional(s string) string {
	if len(s) > tradKeyMax {
		return p.s2t.Convert(s)
	}
	p.tradMu.Lock()
	t, ok := p.trad[s]
	p.tradMu.Unlock()
	if ok {
		return t
	}
	t = p.s2t.Convert(s)
	p.tradMu.Lock()
	if p.trad == nil {
		p.trad = map[string]string{}
	}
	if len(p.trad) < tradMax {
		// Copies: s and t may be slices of a document's text, which the
		// memo must not keep alive.
		p.trad[strings.Clone(s)] = strings.Clone(t)
	}
	p.tradMu.Unlock()
	return t
}

// tradKeyMax and tradMax bound Traditional's memo (a few MB at most).
const (
	tradKeyMax = 48
	tradMax    = 1 << 15
)

type stageFunc struct {
	name string
	fn   func(ctx context.Context, d *pipeline.Doc) error
}

func (s stageFunc) Name() string { return s.name }

func (s stageFunc) Process(ctx context.Context, d *pipeline.Doc) error { return s.fn(ctx, d) }

func (p *Pipeline) detect(_ context.Context, d *pipeline.Doc) error {
	r := detect.Detect(d.Original, p.t2s, p.s2t)
	d.Source.Script, d.Source.Region = r.Script, r.Region
	d.Source.Conversion = p.opts.Convert
	if d.Source.Conversion == "auto" {
		d.Source.Conversion = r.Config()
		if r.Script == pipeline.Mixed {
			d.Source.Conversion = "t2s"
			if r.Region == pipeline.Taiwan {
				d.Source.Conversion = "tw2sp"
			}
		}
	}
	return nil
}

func foldWidth(_ context.Context, d *pipeline.Doc) error {
	text, a := normalize.Fold(d.Text)
	if text == d.Text {
		return nil
	}
	return d.Rewrite(text, a)
}

func (p *Pipeline) convert(_ context.Context, d *pipeline.Doc) error {
	c := p.conv[d.Source.Conversion]
	if c == nil {
		return nil
	}
	// The converter hands its pieces over as it goes; the builder records
	// them compactly, so no list of pieces per code point is ever kept.
	b := pipeline.NewBuilder(d.Text)
	var err error
	out := c.ConvertAlignedFunc(d.Text, func(pc convert.Piece, dst string) {
		if err != nil {
			return
		}
		if pc.SrcStart != b.Pos() {
			err = fmt.Errorf("converter pieces not contiguous at byte %d", pc.SrcStart)
			return
		}
		if src := d.Text[pc.SrcStart:pc.SrcEnd]; src == dst {
			b.Copy(len(src))
		} else {
			b.Replace(len(src), dst)
		}
	})
	if err != nil || out == d.Text {
		return err
	}
	text, a := b.Finish()
	if text != out {
		return fmt.Errorf("converter pieces do not rebuild its output")
	}
	return d.Rewrite(text, a)
}

// segmentChunk is the size of the pieces a long working text is segmented
// in: the segmenter's word list for a 20 MB text would take hundreds of MB.
const segmentChunk = 256 << 10

// segmentWords segments text as one call to segment would, in pieces of
// about chunk bytes cut after a line break before a Han character: no word,
// run of spaces or block of the segmenter spans such a cut
// (TestSegmentChunks). It calls fn with each piece's words, offsets into
// text. segment calls its function with the words of a text (lent, as
// dict.Set.SegmentCutTo does); fn may change them but keeps none of the
// slice.
func segmentWords(text string, chunk int, segment func(string, func([]dict.Word)), fn func([]dict.Word)) {
	for start := 0; start < len(text); {
		end := len(text)
		if start+chunk < len(text) {
			end = safeCut(text, start+chunk)
		}
		segment(text[start:end], func(words []dict.Word) {
			for i := range words {
				words[i].Start += start
				words[i].End += start
			}
			fn(words)
		})
		start = end
	}
}

// segmentTo lends the words of text to fn (dict.Set.SegmentCutTo).
func (p *Pipeline) segmentTo(text string, fn func([]dict.Word)) {
	p.res.Dict.SegmentCutTo(text, nil, fn)
}

// safeCut returns the first position at or after p that follows a line
// break and holds a Han character, or len(text).
func safeCut(text string, p int) int {
	for {
		i := strings.IndexByte(text[p:], '\n')
		if i < 0 {
			return len(text)
		}
		p += i + 1
		if r, _ := utf8.DecodeRuneInString(text[p:]); unicode.Is(unicode.Han, r) {
			return p
		}
	}
}

func (p *Pipeline) segment(_ context.Context, d *pipeline.Doc) error {
	if len(d.Text) <= segmentChunk {
		// One slice of the right size, with the room alignTokens needs,
		// instead of one grown by appending.
		// The words are the segmenter's own buffer, lent until the
		// function returns: addTokens keeps none of them.
		p.res.Dict.SegmentCutTo(d.Text, nil, func(words []dict.Word) {
			d.Tokens = slices.Grow(d.Tokens, len(words)+tokenRoom(len(words)))
			p.addTokens(d, words)
		})
		return nil
	}
	// The tokens go into one slice sized from the first piece's tokens
	// per byte (tokenEstimate): a slice grown by appending would need up
	// to three times their size. Should the text run denser further on,
	// the tokens that do not fit are kept in blocks and joined once at
	// the end. The last token stays open: the next piece's first word may
	// join it.
	var blocks [][]pipeline.Token
	n, sized := 0, false
	segmentWords(d.Text, segmentChunk, p.segmentTo, func(words []dict.Word) {
		if sized && blocks == nil && len(d.Tokens)+len(words) > cap(d.Tokens) {
			k := len(d.Tokens) - 1
			blocks = append(blocks, d.Tokens[:k])
			n += k
			d.Tokens = append([]pipeline.Token(nil), d.Tokens[k])
		}
		p.addTokens(d, words) // within the slice's capacity unless in blocks
		switch {
		case !sized && len(words) > 0:
			sized = true
			n := tokenEstimate(len(d.Tokens), words[len(words)-1].End, len(d.Text))
			if n*int(unsafe.Sizeof(pipeline.Token{})) >= collectBefore {
				// The stages before leave much garbage (conversion's
				// pieces); the collector would free it only after this
				// slice comes on top of it, and the process's peak memory
				// would be their sum.
				runtime.GC()
			}
			toks := make([]pipeline.Token, len(d.Tokens), n)
			copy(toks, d.Tokens)
			d.Tokens = toks
		case blocks != nil:
			if k := len(d.Tokens) - 1; k > 0 {
				blocks = append(blocks, slices.Clone(d.Tokens[:k]))
				n += k
				d.Tokens = append(d.Tokens[:0], d.Tokens[k])
			}
		}
	})
	if blocks == nil {
		return nil
	}
	blocks = append(blocks, d.Tokens)
	n += len(d.Tokens)
	toks := make([]pipeline.Token, 0, n+tokenRoom(n))
	for _, b := range blocks {
		toks = append(toks, b...)
	}
	d.Tokens = toks
	return nil
}

// collectBefore is the size of a token slice (a text of some 7 MB) that
// segment makes only after a collection.
const collectBefore = 32 << 20

// tokenEstimate returns the capacity to give the tokens of a text of size
// bytes whose first done bytes gave n tokens: as many per byte, a
// sixteenth more, and the room alignTokens needs; at most a token per
// four bytes (a Chinese word has a character or more, three bytes each),
// so that a first piece of short Latin words does not ask for far too
// much.
func tokenEstimate(n, done, size int) int {
	want := n
	if done > 0 {
		want = int(int64(n) * int64(size) / int64(done))
	}
	want = min(want+want/16, max(size/4, n))
	return want + tokenRoom(want)
}

// addTokens appends the tokens of the words of the working text.
func (p *Pipeline) addTokens(d *pipeline.Doc, words []dict.Word) {
	tags := tagCache{d: d}
	for _, w := range words {
		work := pipeline.Range{Start: w.Start, End: w.End}
		orig := d.ToOriginal(work)
		if n := len(d.Tokens); n > 0 && orig.Start < int(d.Tokens[n-1].End) {
			// Two words inside one converted phrase (執行緒 → 线|程): they
			// share their original text, so they are one token.
			last := &d.Tokens[n-1]
			last.End = max(last.End, int32(orig.End))
			last.WorkEnd = int32(work.End)
			continue
		}
		if orig.Start == orig.End && work.Start != work.End {
			continue // text the conversion inserted: nothing to point at
		}
		d.Tokens = append(d.Tokens, pipeline.NewToken(orig, work, tags.tag(w.POS)))
	}
}

// tagCache is d.Tag remembered for the strings last asked for, by where
// their bytes lie: the segmenter's POS tags are a few strings used over and
// over, and a look-up here is cheaper than in the Doc's map. A string's
// bytes do not change, and d.Tag gives the same number each time for the
// same string.
type tagCache struct {
	d    *pipeline.Doc
	ents [64]struct {
		p   *byte
		n   int
		tag uint16
	}
}

// tag returns d.Tag(pos).
func (c *tagCache) tag(pos string) uint16 {
	p := unsafe.StringData(pos)
	if p == nil {
		return c.d.Tag(pos)
	}
	e := &c.ents[(uintptr(unsafe.Pointer(p))>>3^uintptr(len(pos)))&63]
	if e.p != p || e.n != len(pos) {
		e.p, e.n, e.tag = p, len(pos), c.d.Tag(pos)
	}
	return e.tag
}

// edgeCursor answers whether a sorted list of edges has one strictly
// inside a range. The ranges are asked for in order of their starts, so the
// first edge after a start is found by moving forward from the last one
// (and searched afresh should a range start before the last one asked for).
type edgeCursor struct {
	edges []int
	next  int // the first edge after last
	last  int // the start asked for last
}

// inside reports whether an edge e has start < e < end.
func (c *edgeCursor) inside(start, end int) bool {
	if start < c.last {
		c.next, _ = slices.BinarySearch(c.edges, start+1)
	}
	c.last = start
	for c.next < len(c.edges) && c.edges[c.next] <= start {
		c.next++
	}
	return c.next < len(c.edges) && c.edges[c.next] < end
}

// recut is a window of tokens re-segmented by alignTokens: toks replaces
// the tokens [lo, hi).
type recut struct {
	lo, hi int
	toks   []pipeline.Token
}

// spliceTokens returns toks with each window toks[r.lo:r.hi] replaced by
// r.toks (windows in order, not overlapping). It works in place when the
// slice has room for the result (tokenRoom), else it builds the result
// once, at its exact length.
func spliceTokens(toks []pipeline.Token, recuts []recut) []pipeline.Token {
	n := len(toks)
	for _, r := range recuts {
		n += len(r.toks) - (r.hi - r.lo)
	}
	if n > cap(toks) {
		out := make([]pipeline.Token, 0, n)
		done := 0
		for _, r := range recuts {
			out = append(out, toks[done:r.lo]...)
			out = append(out, r.toks...)
			done = r.hi
		}
		return append(out, toks[done:]...)
	}
	// In place. The runs of tokens kept between the windows move by the
	// growth of the windows before them: a run moving left only
	// overwrites runs before it, one moving right only runs after it up
	// to the next run that moves left or stays (its place ends before
	// that run's). So the runs move from left to right, each stretch of
	// runs moving right from its last run back, and the windows' tokens,
	// which no run's place overlaps, are written last.
	out := toks[:n]
	type run struct{ from, to, n int }
	runs := make([]run, 0, len(recuts)+1)
	done, shift := 0, 0
	for _, r := range recuts {
		runs = append(runs, run{done, done + shift, r.lo - done})
		shift += len(r.toks) - (r.hi - r.lo)
		done = r.hi
	}
	runs = append(runs, run{done, done + shift, len(toks) - done})
	for i := 0; i < len(runs); {
		if runs[i].to <= runs[i].from {
			copy(out[runs[i].to:runs[i].to+runs[i].n], toks[runs[i].from:runs[i].from+runs[i].n])
			i++
			continue
		}
		j := i
		for j < len(runs) && runs[j].to > runs[j].from {
			j++
		}
		for k := j - 1; k >= i; k-- {
			copy(out[runs[k].to:runs[k].to+runs[k].n], toks[runs[k].from:runs[k].from+runs[k].n])
		}
		i = j
	}
	for i, r := range recuts {
		at := runs[i].to + runs[i].n
		copy(out[at:at+len(r.toks)], r.toks)
	}
	return out
}

// tokenRoom returns the spare capacity to give a slice of n tokens:
// alignTokens then re-cuts the text around names in place (on news text
// it adds well under one token in a hundred).
func tokenRoom(n int) int { return n/64 + 16 }

// windowTokens returns the tokens of words (byte ranges of d.Text[base:]),
// mapped to the original text as addTokens maps them.
func windowTokens(d *pipeline.Doc, words []dict.Word, base int) []pipeline.Token {
	toks := make([]pipeline.Token, 0, len(words))
	tags := tagCache{d: d}
	for _, w := range words {
		work := pipeline.Range{Start: base + w.Start, End: base + w.End}
		orig := d.ToOriginal(work)
		if n := len(toks); n > 0 && orig.Start < int(toks[n-1].End) {
			last := &toks[n-1]
			last.End = max(last.End, int32(orig.End))
			last.WorkEnd = int32(work.End)
			continue
		}
		if orig.Start == orig.End && work.Start != work.End {
			continue
		}
		toks = append(toks, pipeline.NewToken(orig, work, tags.tag(w.POS)))
	}
	return toks
}

// alignTokens re-cuts the text around every name mention (people,
// organizations, places, administrations) that begins or ends inside a
// token, so that each mention is a run of whole tokens and the CoNLL-U NE
// column shows it whole. It re-segments the smallest run of tokens that
// holds the sentence (or the token) concerned, with a word beginning at
// each mention edge inside it, and leaves every other token as it is.
func (p *Pipeline) alignTokens(_ context.Context, d *pipeline.Doc) error {
	var edges []int // working-text offsets where a mention begins or ends
	for _, set := range [][]pipeline.Entity{d.People, d.Organizations, d.Places, d.Administrations} {
		for _, en := range set {
			for _, m := range en.Mentions {
				if w := d.ToWork(m); w.End > w.Start {
					edges = append(edges, w.Start, w.End)
				}
			}
		}
	}
	if len(edges) == 0 || len(d.Tokens) == 0 {
		return nil
	}
	slices.Sort(edges)
	edges = slices.Compact(edges)
	cur := edgeCursor{edges: edges, last: -1}
	inside := func(t pipeline.Token) bool { return cur.inside(int(t.WorkStart), int(t.WorkEnd)) }
	// The re-cut windows, in order; the token slice is rebuilt once at
	// the end (in place when it can be), not copied as it grows.
	var recuts []recut
	done := 0 // tokens before this index are in a window or left as they are
	for k := 0; k < len(d.Tokens); k++ {
		if !inside(d.Tokens[k]) {
			continue
		}
		// The window: the sentence around the token, widened to whole
		// tokens (never back into what is already re-cut).
		win := d.Tokens[k].Work()
		at := int(d.Tokens[k].Start) // sentences are in order: the first that ends after at
		if i := sort.Search(len(d.Sentences), func(i int) bool { return d.Sentences[i].End > at }); i < len(d.Sentences) {
			if s := d.Sentences[i]; s.Start <= at {
				if sw := d.ToWork(s); sw.Start <= win.Start && win.End <= sw.End {
					win = sw
				}
			}
		}
		lo, hi := k, k+1
		for lo > done && int(d.Tokens[lo-1].WorkEnd) > win.Start {
			lo--
		}
		for hi < len(d.Tokens) && int(d.Tokens[hi].WorkStart) < win.End {
			hi++
		}
		start, end := int(d.Tokens[lo].WorkStart), int(d.Tokens[hi-1].WorkEnd)
		var cuts []int
		for i, _ := slices.BinarySearch(edges, start+1); i < len(edges) && edges[i] < end; i++ {
			cuts = append(cuts, edges[i]-start)
		}
		var toks []pipeline.Token
		p.res.Dict.SegmentCutTo(d.Text[start:end], cuts, func(words []dict.Word) { toks = windowTokens(d, words, start) })
		recuts = append(recuts, recut{lo, hi, toks})
		done, k = hi, hi-1
	}
	if len(recuts) > 0 {
		d.Tokens = spliceTokens(d.Tokens, recuts)
	}
	return nil
}
