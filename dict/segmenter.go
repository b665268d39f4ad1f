package dict

import (
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"fmt"
	"slices"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/zhpipe/zhpipe/dict/segmodel"
	"github.com/zhpipe/zhpipe/dict/segtag"
)

// gse's Simplified Chinese dictionary (gse v0.80.3, data/dict/zh/s_1.txt,
// Apache-2.0; see NOTICE) and the emission table of gse's HMM, compiled by
// Compile (make dict-gse) into the form the segmenter reads in place.
//
//go:embed gse/zh_s.dat
var compiled []byte

// Word is one segmented word: a byte range of the text given to Segment and
// its part-of-speech tag (PKU/ICTCLAS-style tags; "x" for unknown words,
// "w" for punctuation, "m" for numbers, "eng" for Latin words).
type Word struct {
	Start, End int
	POS        string
}

// Segmenters are the values Options.Segmenter accepts: "model", the
// trained character tagger and word tagger (the default), and "dict",
// gse's dictionary DAG with its HMM for unknown words.
var segmenters = []string{"model", "dict"}

// Segmenters returns the accepted values of Options.Segmenter.
func Segmenters() []string { return slices.Clone(segmenters) }

// Options configures Load.
type Options struct {
	// UserDicts are files of extra words, one per line: WORD [FREQ [POS]].
	// They extend the embedded dictionary.
	UserDicts []string
	// Segmenter is "model" (the default when empty) or "dict".
	Segmenter string
	// Model is a segmentation model file (dict/segtag) to use instead of
	// the embedded one, for training and tests.
	Model []byte
}

// Set is the loaded language data. It is immutable after Load and safe for
// concurrent use.
type Set struct {
	trie      *trie
	model     *segtag.Model
	cutters   keeper
	user      *userDict
	segmenter string
	digest    string
	loadTime  time.Duration
	words     int
}

// Load opens the embedded dictionary and reads the user dictionaries in
// opts. The embedded data is read where it lies: Load costs little more
// than the user dictionaries.
func Load(opts Options) (*Set, error) {
	start := time.Now()
	if opts.Segmenter == "" {
		opts.Segmenter = "model"
	}
	if !slices.Contains(segmenters, opts.Segmenter) {
		return nil, fmt.Errorf("dict: unknown segmenter %q (want one of %v)", opts.Segmenter, segmenters)
	}
	t, err := openTrie(compiled)
	if err != nil {
		return nil, err
	}
	s := &Set{trie: t, segmenter: opts.Segmenter}
	h := sha256.New()
	fmt.Fprintf(h, "gse %x\nsegmenter %s\n", t.digest, opts.Segmenter)
	if opts.Segmenter == "model" {
		data := opts.Model
		if data == nil {
			data = segmodel.Bytes()
		}
		if s.model, err = segtag.Open(data); err != nil {
			return nil, fmt.Errorf("dict: segmentation model: %w", err)
		}
		fmt.Fprintf(h, "model %x\n", s.model.Digest())
		s.cutters.make = func() *modelCutter { return &modelCutter{set: s, tg: s.model.NewTagger()} }
	}
	for _, path := range opts.UserDicts {
		n, err := s.loadUser(path, h)
		if err != nil {
			return nil, err
		}
		s.words += n
	}
	s.digest = hex.EncodeToString(h.Sum(nil))[:16]
	s.words += t.words
	s.loadTime = time.Since(start)
	return s, nil
}

// totalFreq is gse's TotalFreq after the user words were added.
func (s *Set) totalFreq() float64 {
	total := s.trie.total
	if s.user != nil {
		for _, f := range s.user.added {
			total += f
		}
	}
	return total
}

// Digest identifies the loaded data (embedded and user dictionaries); corpus
// manifests record it so that outputs are rebuilt when it changes.
func (s *Set) Digest() string { return s.digest }

// LoadTime is how long Load took.
func (s *Set) LoadTime() time.Duration { return s.loadTime }

// Words is the number of dictionary entries loaded.
func (s *Set) Words() int { return s.words }

// Lookup reports whether word is in the dictionary, with its POS tag.
func (s *Set) Lookup(word string) (pos string, ok bool) {
	freq, pos, ok := s.find(gseKey(word))
	return pos, ok && freq > 0
}

// Segmenter is the segmenter the Set cuts with.
func (s *Set) Segmenter() string { return s.segmenter }

// Segment cuts text into tagged words that cover it. With the model
// segmenter, white space and invalid bytes are words of their own ("x") and
// each run of other characters is cut and tagged by the trained model (see
// dict/segtag), user words as hard constraints. With the dict segmenter,
// the text is first split into blocks of Han characters, of Latin letters
// and digits, of white space, and single punctuation marks (as jieba does:
// gse's own HMM would glue punctuation runs together); Han blocks go
// through gse's dictionary DAG (the same words as gse's Cut(block, true),
// on byte offsets) with gse's HMM for runs of unknown runes. Segment may be
// called concurrently.
func (s *Set) Segment(text string) []Word {
	return s.SegmentCut(text, nil)
}

// SegmentCut is Segment with a word beginning at each byte offset of cuts
// (ascending; offsets that split a code point or fall outside the text are
// ignored): for re-cutting a text so that its words do not cross the edges
// of names found later. The model cuts there and decides the rest with the
// cuts known; the dict segmenter cuts the text there and segments each
// piece.
func (s *Set) SegmentCut(text string, cuts []int) []Word {
	if s.model != nil {
		return s.segmentModel(text, cuts)
	}
	c := newDAGCutter(s)
	if len(cuts) == 0 {
		return segmentBlocks(text, c.cut)
	}
	var words []Word
	prev := 0
	for k := 0; k <= len(cuts); k++ {
		at := len(text)
		if k < len(cuts) {
			at = cuts[k]
		}
		if at <= prev || at > len(text) || at < len(text) && !utf8.RuneStart(text[at]) {
			continue
		}
		before := len(words)
		words = append(words, segmentBlocks(text[prev:at], c.cut)...)
		for k := before; k < len(words); k++ {
			words[k].Start += prev
			words[k].End += prev
		}
		prev = at
	}
	return words
}

// SegmentCutTo calls fn with the words SegmentCut(text, cuts) returns.
// The slice is lent to fn, valid only until fn returns (the model
// segmenter reuses it for its next text): fn reads the words and keeps
// none of the slice, which spares the copy SegmentCut makes.
func (s *Set) SegmentCutTo(text string, cuts []int, fn func([]Word)) {
	if s.model != nil {
		s.segmentModelTo(text, cuts, fn)
		return
	}
	fn(s.SegmentCut(text, cuts))
}

// hanCut appends the words of the Han block text[start:end] to words.
type hanCut func(text string, start, end int, words []Word) []Word

// segmentBlocks splits text into blocks and cuts the Han blocks with cut.
func segmentBlocks(text string, cut hanCut) []Word {
	words := make([]Word, 0, len(text)/3)
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		j := i + size
		switch class := classOf(r); class {
		case classHan:
			for j < len(text) {
				r2, n := utf8.DecodeRuneInString(text[j:])
				if classOf(r2) != classHan {
					break
				}
				j += n
			}
			words = cut(text, i, j, words)
			i = j
			continue
		case classAlnum, classSpace:
			for j < len(text) {
				r2, n := utf8.DecodeRuneInString(text[j:])
				if classOf(r2) != class && !(class == classAlnum && (r2 == '.' || r2 == '%') && j+n < len(text) && classOf(rune(text[j+n])) == classAlnum) {
					break
				}
				j += n
			}
			pos := "x"
			if class == classAlnum {
				pos = alnumPOS(text[i:j])
			}
			words = append(words, Word{Start: i, End: j, POS: pos})
		default:
			pos := "w"
			if r == utf8.RuneError && size == 1 {
				pos = "x"
			}
			words = append(words, Word{Start: i, End: j, POS: pos})
		}
		i = j
	}
	return words
}

type charClass uint8

const (
	classOther charClass = iota
	classHan
	classAlnum
	classSpace
)

func classOf(r rune) charClass {
	switch {
	case unicode.Is(unicode.Han, r) || r == '〇':
		return classHan
	case r < utf8.RuneSelf && (r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'),
		unicode.IsLetter(r) && !unicode.Is(unicode.Han, r) && !unicode.Is(unicode.Hiragana, r) && !unicode.Is(unicode.Katakana, r),
		unicode.IsDigit(r):
		return classAlnum
	case unicode.IsSpace(r):
		return classSpace
	}
	return classOther
}

func alnumPOS(w string) string {
	digits := true
	for _, r := range w {
		if !(r >= '0' && r <= '9' || r == '.' || r == '%') {
			digits = false
			break
		}
	}
	if digits {
		return "m"
	}
	return "eng"
}
