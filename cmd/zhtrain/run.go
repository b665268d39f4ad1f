package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/zhpipe/zhpipe/internal/eval"
	evalner "github.com/zhpipe/zhpipe/internal/eval/ner"
	"github.com/zhpipe/zhpipe/pipeline/convert"
	"github.com/zhpipe/zhpipe/pipeline/entity/ner"
)

// Exit codes.
const (
	exitOK    = 0
	exitFail  = 1
	exitUsage = 2
	exitSetup = 3
)

func run(ctx context.Context, args []string, stderr io.Writer) int {
	fs := flag.NewFlagSet("zhtrain", flag.ContinueOnError)
	fs.SetOutput(stderr)
	msra := fs.String("msra", "", "MSRA NER training file (char TAB tag, BIO)")
	pd := fs.String("pd", "", "People's Daily 1998 POS-tagged corpus: its nr/ns/nt words become the lexicon")
	pdTrain := fs.Bool("pd-train", false, "also train on the People's Daily sentences in which no known name (2+ characters, from the lexicon or the MSRA entities) occurs outside a tagged entity (PD's words like 邓小平理论 and abbreviations like 中共 hide entities MSRA tags)")
	lexFolds := fs.Int("lexfolds", 5, "also put the training entities in the lexicon, jackknifed over this many folds (0: off)")
	lexMin := fs.Int("lexmin", 1, "keep lexicon words seen at least this often")
	exclude := fs.String("exclude", "", "comma-separated BIO test files: training sentences equal to one of their sentences are dropped")
	out := fs.String("o", "", "output model file (written atomically)")
	epochs := fs.Int("epochs", 15, "training epochs")
	seed := fs.Uint64("seed", 1, "seed of the sentence order")
	minCount := fs.Int("mincount", 2, "drop features seen fewer times")
	prune := fs.Float64("prune", 0.5, "drop features whose largest averaged weight is below this")
	fold := fs.Bool("fold", true, "store a per-character Traditional→Simplified fold (from pipeline/convert t2s) in the model")
	evalFiles := fs.String("eval", "", "comma-separated BIO files to score the new model on")
	failDir := fs.String("faildir", "", "with -eval: write the sentences with errors to this directory")
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if (*msra == "" && *pd == "") || *out == "" || fs.NArg() > 0 {
		fmt.Fprintln(stderr, "usage: zhtrain [-msra FILE] [-pd FILE] [-exclude FILES] -o MODEL")
		return exitUsage
	}
	var data []ner.Sentence
	var lexicon []ner.Entry
	if *msra != "" {
		s, err := readWith(*msra, ner.ReadBIO)
		if err != nil {
			fmt.Fprintf(stderr, "zhtrain: %v\n", err)
			return exitSetup
		}
		fmt.Fprintf(stderr, "zhtrain: %s: %d sentences\n", *msra, len(s))
		data = append(data, s...)
	}
	if *pd != "" {
		s, err := readWith(*pd, ner.ReadPD1998)
		if err != nil {
			fmt.Fprintf(stderr, "zhtrain: %v\n", err)
			return exitSetup
		}
		fmt.Fprintf(stderr, "zhtrain: %s: %d paragraphs\n", *pd, len(s))
		lexicon = lexiconOf(s, *lexMin)
		fmt.Fprintf(stderr, "zhtrain: lexicon: %d words\n", len(lexicon))
		if *pdTrain {
			kept, total := consistentSentences(s, lexicon, data)
			fmt.Fprintf(stderr, "zhtrain: People's Daily: training on %d of %d sentences\n", len(kept), total)
			data = append(data, kept...)
		}
	}
	if *exclude != "" {
		var err error
		data, err = excludeTests(data, strings.Split(*exclude, ","), stderr)
		if err != nil {
			fmt.Fprintf(stderr, "zhtrain: %v\n", err)
			return exitSetup
		}
	}
	if err := ctx.Err(); err != nil {
		return 130
	}
	var foldMap map[rune]rune
	if *fold {
		var err error
		if foldMap, err = t2sFold(); err != nil {
			fmt.Fprintf(stderr, "zhtrain: %v\n", err)
			return exitSetup
		}
		fmt.Fprintf(stderr, "zhtrain: Traditional fold: %d characters\n", len(foldMap))
	}
	t0 := time.Now()
	m, err := ner.Train(data, ner.TrainOptions{
		Lexicon:      lexicon,
		Fold:         foldMap,
		LexiconFolds: *lexFolds,
		Epochs:       *epochs, Seed: *seed, MinCount: *minCount, Prune: *prune,
		Progress: func(epoch, mistakes, n int) {
			fmt.Fprintf(stderr, "zhtrain: epoch %d: %d/%d sentences wrong (%.1f s)\n", epoch, mistakes, n, time.Since(t0).Seconds())
		},
	})
	if err != nil {
		fmt.Fprintf(stderr, "zhtrain: %v\n", err)
		return exitFail
	}
	size, err := writeAtomic(*out, m)
	if err != nil {
		fmt.Fprintf(stderr, "zhtrain: %s: %v\n", *out, err)
		return exitFail
	}
	fmt.Fprintf(stderr, "zhtrain: wrote %s: %d features, %d bytes, trained in %.1f s\n", *out, m.NumFeatures(), size, time.Since(t0).Seconds())
	if *evalFiles != "" {
		for _, f := range strings.Split(*evalFiles, ",") {
			test, err := readWith(f, ner.ReadBIO)
			if err != nil {
				fmt.Fprintf(stderr, "zhtrain: %v\n", err)
				return exitFail
			}
			res, fails := evalner.Evaluate(m, test)
			if *failDir != "" {
				if _, err := eval.WriteFailures(*failDir, filepath.Base(filepath.Dir(f))+"-"+filepath.Base(f)+".txt", fails); err != nil {
					fmt.Fprintf(stderr, "zhtrain: %v\n", err)
				}
			}
			o := res.Overall()
			fmt.Fprintf(stderr, "zhtrain: %s: P %.2f R %.2f F1 %.2f (PER %.2f LOC %.2f ORG %.2f)\n", f, o.P(), o.R(), o.F1(),
				res[ner.PER].F1(), res[ner.LOC].F1(), res[ner.ORG].F1())
		}
	}
	return exitOK
}

// t2sFold maps every Han character that t2s converts, on its own, to a single
// different character.
func t2sFold() (map[rune]rune, error) {
	t2s, err := convert.New("t2s")
	if err != nil {
		return nil, err
	}
	fold := make(map[rune]rune)
	ranges := [][2]rune{{0x3400, 0x4DBF}, {0x4E00, 0x9FFF}, {0xF900, 0xFAFF}, {0x20000, 0x2FA1F}}
	for _, rg := range ranges {
		for r := rg[0]; r <= rg[1]; r++ {
			out := []rune(t2s.Convert(string(r)))
			if len(out) == 1 && out[0] != r {
				fold[r] = out[0]
			}
		}
	}
	return fold, nil
}

// consistentSentences cuts paragraphs into sentences (after 。！？ outside
// entities) and keeps those in which no name of two or more characters known
// from lexicon or from the entities of tagged occurs outside an entity: in
// the People's Daily corpus such a name hides inside a longer word
// (邓小平理论) or an abbreviation (中共), where MSRA would tag it.
func consistentSentences(paras []ner.Sentence, lexicon []ner.Entry, tagged []ner.Sentence) (kept []ner.Sentence, total int) {
	names := make(map[string]bool)
	maxLen := 0
	add := func(w string) {
		if n := utf8.RuneCountInString(w); n >= 2 {
			names[w] = true
			maxLen = max(maxLen, n)
		}
	}
	for _, e := range lexicon {
		add(e.Word)
	}
	for _, d := range tagged {
		for _, s := range d.Spans {
			add(d.Text[s.Start:s.End])
		}
	}
	for _, p := range paras {
		start := 0
		for i, r := range p.Text {
			end := i + utf8.RuneLen(r)
			if (r != '。' && r != '！' && r != '？') || inSpan(p.Spans, end) {
				if end < len(p.Text) {
					continue
				}
			}
			total++
			var spans []ner.Span
			for _, s := range p.Spans {
				if s.Start >= start && s.End <= end {
					spans = append(spans, ner.Span{Start: s.Start - start, End: s.End - start, Label: s.Label})
				}
			}
			sent := ner.Sentence{Text: p.Text[start:end], Spans: spans}
			if !hiddenName(sent, names, maxLen) {
				kept = append(kept, sent)
			}
			start = end
		}
	}
	return kept, total
}

// inSpan reports whether byte offset off falls strictly inside a span.
func inSpan(spans []ner.Span, off int) bool {
	for _, s := range spans {
		if s.Start < off && off < s.End {
			return true
		}
	}
	return false
}

// hiddenName reports whether a known name occurs in d.Text at a place not
// exactly covered by one of d's entities.
func hiddenName(d ner.Sentence, names map[string]bool, maxLen int) bool {
	covered := make(map[[2]int]bool, len(d.Spans))
	for _, s := range d.Spans {
		covered[[2]int{s.Start, s.End}] = true
	}
	offs := make([]int, 0, len(d.Text)+1)
	for i := range d.Text {
		offs = append(offs, i)
	}
	offs = append(offs, len(d.Text))
	for a := range len(offs) - 1 {
		for b := a + 2; b < len(offs) && b-a <= maxLen; b++ {
			if names[d.Text[offs[a]:offs[b]]] && !covered[[2]int{offs[a], offs[b]}] && !insideSpan(d.Spans, offs[a], offs[b]) {
				return true
			}
		}
	}
	return false
}

// insideSpan reports whether [start, end) lies within one entity (a name
// nested in a tagged organization is fine: MSRA does not nest either).
func insideSpan(spans []ner.Span, start, end int) bool {
	for _, s := range spans {
		if s.Start <= start && end <= s.End {
			return true
		}
	}
	return false
}

// lexiconOf collects the entities of data seen at least min times, in a
// deterministic order.
func lexiconOf(data []ner.Sentence, min int) []ner.Entry {
	counts := make(map[ner.Entry]int)
	for _, d := range data {
		for _, s := range d.Spans {
			counts[ner.Entry{Word: d.Text[s.Start:s.End], Label: s.Label}]++
		}
	}
	var out []ner.Entry
	for e, c := range counts {
		if c >= min {
			out = append(out, e)
		}
	}
	slices.SortFunc(out, func(a, b ner.Entry) int {
		if c := strings.Compare(a.Word, b.Word); c != 0 {
			return c
		}
		return int(a.Label) - int(b.Label)
	})
	return out
}

func readWith(path string, read func(io.Reader) ([]ner.Sentence, error)) ([]ner.Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	s, err := read(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return s, nil
}

// normKey is the form in which training and test sentences are compared:
// width-folded, without spaces.
func normKey(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= 0xFF01 && r <= 0xFF5E:
			r -= 0xFEE0
		case r == ' ' || r == '\u3000' || r == '\t':
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// excludeTests drops every training paragraph that contains a sentence of
// the test files (sentences shorter than 8 characters are too generic to
// count).
func excludeTests(data []ner.Sentence, files []string, stderr io.Writer) ([]ner.Sentence, error) {
	tests := make(map[string]bool)
	for _, f := range files {
		s, err := readWith(f, ner.ReadBIO)
		if err != nil {
			return nil, err
		}
		for _, t := range s {
			if k := normKey(t.Text); utf8.RuneCountInString(k) >= 8 {
				tests[k] = true
			}
		}
	}
	kept := data[:0]
	dropped := 0
	for _, d := range data {
		k := normKey(d.Text)
		if tests[k] || containsAny(k, tests) {
			if dropped < 20 {
				fmt.Fprintf(stderr, "zhtrain: excluded %q\n", d.Text)
			}
			dropped++
			continue
		}
		kept = append(kept, d)
	}
	fmt.Fprintf(stderr, "zhtrain: excluded %d training sentences overlapping %d test sentences\n", dropped, len(tests))
	return kept, nil
}

// containsAny reports whether a sentence of para (cut at 。！？) is a test
// sentence.
func containsAny(para string, tests map[string]bool) bool {
	start := 0
	for i, r := range para {
		if r == '。' || r == '！' || r == '？' || r == '!' || r == '?' {
			end := i + utf8.RuneLen(r)
			if tests[para[start:end]] {
				return true
			}
			start = end
		}
	}
	return tests[para[start:]]
}

func writeAtomic(path string, m *ner.Model) (int64, error) {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".zhtrain-*")
	if err != nil {
		return 0, err
	}
	n, err := m.WriteTo(tmp)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return 0, errors.Join(err)
	}
	return n, nil
}
