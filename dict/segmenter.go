package dict

import (
	"bufio"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/go-ego/gse"
)

// gse's Simplified Chinese dictionary (gse v0.80.3, data/dict/zh/s_1.txt,
// Apache-2.0); see NOTICE.
//
//go:embed gse/zh_s.txt
var zhS string

// Word is one segmented word: a byte range of the text given to Segment and
// its part-of-speech tag (gse's ICTCLAS-style tags; "x" for unknown words,
// "w" for punctuation, "m" for numbers, "eng" for Latin words).
type Word struct {
	Start, End int
	POS        string
}

// Options configures Load.
type Options struct {
	// UserDicts are files of extra words, one per line: WORD [FREQ [POS]].
	// They extend the embedded dictionary.
	UserDicts []string
	// DictionaryOnly cuts Han text with gse's shortest-path Segment alone,
	// without the HMM for unknown words (measured: see README).
	DictionaryOnly bool
}

// Set is the loaded language data. It is immutable after Load and safe for
// concurrent use.
type Set struct {
	seg      gse.Segmenter
	noHMM    bool // cut Han blocks with gse's Segment (dictionary only)
	digest   string
	loadTime time.Duration
	words    int
	// tokenBytes[i] is the length in bytes of s.seg.Dict.Tokens[i].
	tokenBytes []int32
}

// Load reads the embedded dictionaries and the user dictionaries in opts.
// It writes gse's package-level HMM tables, so it must not run while another
// goroutine segments: load once at start-up and share the Set.
func Load(opts Options) (*Set, error) {
	start := time.Now()
	s := &Set{noHMM: opts.DictionaryOnly}
	s.seg.SkipLog = true
	h := sha256.New()
	io.WriteString(h, zhS)
	s.loadEmbedded(opts.DictionaryOnly)
	for _, path := range opts.UserDicts {
		n, err := s.loadUser(path, h)
		if err != nil {
			return nil, err
		}
		s.words += n
	}
	s.seg.LoadModel()
	s.tokenBytes = tokenLengths(s.seg.Dict)
	s.digest = hex.EncodeToString(h.Sum(nil))[:16]
	s.words += s.seg.Dict.NumTokens()
	s.loadTime = time.Since(start)
	return s, nil
}

func (s *Set) loadUser(path string, h io.Writer) (int, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, fmt.Errorf("dict: user dictionary: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n, line := 0, 0
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		if !utf8.ValidString(text) {
			return 0, fmt.Errorf("dict: %s:%d: not UTF-8", path, line)
		}
		fields := strings.Fields(text)
		freq, pos := 100.0, "n"
		if len(fields) > 3 {
			return 0, fmt.Errorf("dict: %s:%d: want WORD [FREQ [POS]], got %d fields", path, line, len(fields))
		}
		if len(fields) > 1 {
			freq, err = strconv.ParseFloat(fields[1], 64)
			if err != nil || freq <= 0 {
				return 0, fmt.Errorf("dict: %s:%d: frequency %q is not a positive number", path, line, fields[1])
			}
		}
		if len(fields) > 2 {
			pos = fields[2]
		}
		if err := s.seg.AddToken(fields[0], freq, pos); err != nil {
			return 0, fmt.Errorf("dict: %s:%d: %w", path, line, err)
		}
		fmt.Fprintf(h, "%s\t%g\t%s\n", fields[0], freq, pos)
		n++
	}
	if err := sc.Err(); err != nil {
		return 0, fmt.Errorf("dict: %s: %w", path, err)
	}
	return n, nil
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
	freq, pos, ok := s.seg.Find(word)
	return pos, ok && freq > 0
}

// Segment cuts text into words. The text is first split into blocks of Han
// characters, of Latin letters and digits, of white space, and single
// punctuation marks (as jieba does: gse's own HMM would glue punctuation
// runs together); Han blocks go through gse's dictionary DAG (ported here to
// byte offsets: the same words as gse's Cut(block, true), faster) with gse's
// HMM for runs of unknown runes. Segment may be called concurrently.
func (s *Set) Segment(text string) []Word {
	if s.noHMM {
		return segmentBlocks(text, s.cutShortest)
	}
	c := newDAGCutter(s, text)
	return segmentBlocks(text, c.cut)
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
