// Package pdseg reads the People's Daily 1998 corpus (segmented and
// POS-tagged by Peking University) for the segmentation model: its
// paragraphs, the held-out tenth (split by article, never trained on), the
// exclusion of test sentences, and the scores of a segmenter and tagger on
// the held-out paragraphs.
package pdseg

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/zhpipe/zhpipe/dict"
	"github.com/zhpipe/zhpipe/internal/eval"
	"github.com/zhpipe/zhpipe/pipeline/normalize"
)

// Paragraph is one line of the corpus: its article (date-page-article) and
// its words, width-folded as zhpipe folds its working text, with their
// tags (lower-cased: Ng → ng as in gse's tag set).
type Paragraph struct {
	Article string
	Words   []string
	Tags    []string
}

// Text is the paragraph's text.
func (p *Paragraph) Text() string { return strings.Join(p.Words, "") }

// MergeNames returns p with each person name that the corpus cuts into
// surname and given name (two adjacent nr words, as 江/nr 泽民/nr) as one
// nr word.
func (p Paragraph) MergeNames() Paragraph {
	out := Paragraph{Article: p.Article}
	for i := 0; i < len(p.Words); i++ {
		if i+1 < len(p.Words) && p.Tags[i] == "nr" && p.Tags[i+1] == "nr" &&
			utf8.RuneCountInString(p.Words[i]) <= 2 && utf8.RuneCountInString(p.Words[i+1]) <= 2 {
			out.Words = append(out.Words, p.Words[i]+p.Words[i+1])
			out.Tags = append(out.Tags, "nr")
			i++
			continue
		}
		out.Words = append(out.Words, p.Words[i])
		out.Tags = append(out.Tags, p.Tags[i])
	}
	return out
}

// Read reads the corpus file: one paragraph per line, an id token
// (19980101-01-001-001/m) then WORD/TAG tokens, with [ ]TAG around the
// parts of compound names (their inner words are kept).
func Read(path string) ([]Paragraph, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []Paragraph
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<22)
	line := 0
	for sc.Scan() {
		line++
		fields := strings.Fields(sc.Text())
		if len(fields) < 2 {
			continue
		}
		id, _, _ := strings.Cut(fields[0], "/")
		if len(id) < 15 {
			return nil, fmt.Errorf("%s:%d: id %q is not DATE-PAGE-ARTICLE-PARA", path, line, fields[0])
		}
		p := Paragraph{Article: id[:15]}
		for _, tok := range fields[1:] {
			tok = strings.TrimPrefix(tok, "[")
			k := strings.LastIndexByte(tok, '/')
			if k <= 0 {
				return nil, fmt.Errorf("%s:%d: token %q is not WORD/TAG", path, line, tok)
			}
			word, tag := tok[:k], tok[k+1:]
			tag, _, _ = strings.Cut(tag, "]")
			if !utf8.ValidString(word) || tag == "" {
				return nil, fmt.Errorf("%s:%d: token %q is not WORD/TAG", path, line, tok)
			}
			word, _ = normalize.Fold(word)
			p.Words = append(p.Words, word)
			p.Tags = append(p.Tags, strings.ToLower(tag))
		}
		out = append(out, p)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return out, nil
}

// HeldOut is the split the model is trained and measured with: every
// tenth article is held out.
const HeldOut = 10

// Split returns the paragraphs of every article but each nth (train) and
// those of each nth article, counting articles in corpus order (held
// out). n <= 0 holds nothing out.
func Split(paras []Paragraph, n int) (train, heldOut []Paragraph) {
	article, prev := -1, ""
	for _, p := range paras {
		if p.Article != prev {
			article++
			prev = p.Article
		}
		if n > 0 && article%n == n-1 {
			heldOut = append(heldOut, p)
		} else {
			train = append(train, p)
		}
	}
	return train, heldOut
}

// key is the form in which sentences are compared: width-folded, without
// white space.
func key(s string) string {
	s, _ = normalize.Fold(s)
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// sentences cuts s after 。！？ and returns the pieces of at least 8
// characters (shorter ones are too common to identify a sentence).
func sentences(s string) []string {
	var out []string
	start := 0
	for i, r := range s {
		if r == '。' || r == '！' || r == '？' {
			end := i + utf8.RuneLen(r)
			if utf8.RuneCountInString(s[start:end]) >= 8 {
				out = append(out, s[start:end])
			}
			start = end
		}
	}
	if utf8.RuneCountInString(s[start:]) >= 8 {
		out = append(out, s[start:])
	}
	return out
}

// ReadTests reads the sentences of test files (one per line, words maybe
// separated by spaces): each line and each of its sentences.
func ReadTests(files []string) (map[string]bool, error) {
	tests := map[string]bool{}
	for _, path := range files {
		data, err := os.ReadFile(path)
		if err != nil {
			return nil, err
		}
		for _, line := range strings.Split(string(data), "\n") {
			k := key(strings.TrimPrefix(line, "\ufeff"))
			if utf8.RuneCountInString(k) >= 8 {
				tests[k] = true
			}
			for _, s := range sentences(k) {
				tests[s] = true
			}
		}
	}
	return tests, nil
}

// Exclude drops the paragraphs that are, or hold a sentence that is, one of
// tests, and returns how many it dropped.
func Exclude(paras []Paragraph, tests map[string]bool) ([]Paragraph, int) {
	var kept []Paragraph
	for _, p := range paras {
		k := key(p.Text())
		hit := tests[k]
		for _, s := range sentences(k) {
			hit = hit || tests[s]
		}
		if !hit {
			kept = append(kept, p)
		}
	}
	return kept, len(paras) - len(kept)
}

// Scores are a segmenter's and tagger's figures on held-out paragraphs.
type Scores struct {
	Seg   eval.Counts // words
	Joint eval.Counts // words with their tags
	// Tagged and TagRight count the gold words tagged with the gold
	// segmentation given, and those tagged right.
	Tagged, TagRight int
	// Names and NamesWhole count the gold person and place names (nr, ns,
	// and the foreign names among them, three characters or more) and
	// those the segmenter cut out whole.
	Names, NamesWhole int
}

// NameRecall is the share of gold names (nr, ns) cut out whole.
func (s Scores) NameRecall() float64 {
	if s.Names == 0 {
		return 0
	}
	return float64(s.NamesWhole) / float64(s.Names)
}

// POSAccuracy is the share of gold words tagged right given the gold
// segmentation.
func (s Scores) POSAccuracy() float64 {
	if s.Tagged == 0 {
		return 0
	}
	return float64(s.TagRight) / float64(s.Tagged)
}

// Score segments and tags each paragraph with set, and tags its gold words.
func Score(set *dict.Set, paras []Paragraph) Scores {
	var sc Scores
	type span struct{ start, end int }
	for _, p := range paras {
		text := p.Text()
		gold := map[span]string{}
		var goldWords []dict.Word
		pos := 0
		for i, w := range p.Words {
			gold[span{pos, pos + len(w)}] = p.Tags[i]
			goldWords = append(goldWords, dict.Word{Start: pos, End: pos + len(w)})
			pos += len(w)
		}
		segTP, jointTP := 0, 0
		got := set.Segment(text)
		cut := map[span]bool{}
		for _, w := range got {
			cut[span{w.Start, w.End}] = true
		}
		for sp, tag := range gold {
			if tag == "nr" || tag == "ns" {
				sc.Names++
				if cut[sp] {
					sc.NamesWhole++
				}
			}
		}
		for _, w := range got {
			if tag, ok := gold[span{w.Start, w.End}]; ok {
				segTP++
				if tag == w.POS {
					jointTP++
				}
			}
		}
		sc.Seg.TP += segTP
		sc.Seg.FP += len(got) - segTP
		sc.Seg.FN += len(p.Words) - segTP
		sc.Joint.TP += jointTP
		sc.Joint.FP += len(got) - jointTP
		sc.Joint.FN += len(p.Words) - jointTP
		set.Tag(text, goldWords)
		for i, w := range goldWords {
			sc.Tagged++
			if w.POS == p.Tags[i] {
				sc.TagRight++
			}
		}
	}
	return sc
}
