package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/zhpipe/zhpipe/dict"
	"github.com/zhpipe/zhpipe/dict/segtag"
	"github.com/zhpipe/zhpipe/internal/eval/pdseg"
)

// runSeg is `zhtrain seg`: it trains the segmentation and POS model
// (dict/segtag) on the People's Daily 1998 corpus, holding out every tenth
// article (not trained on) to measure it, and dropping the paragraphs that
// hold a sentence of the given test files.
func runSeg(ctx context.Context, args []string, stderr io.Writer) int {
	fs := flag.NewFlagSet("zhtrain seg", flag.ContinueOnError)
	fs.SetOutput(stderr)
	pd := fs.String("pd", "", "People's Daily 1998 POS-tagged corpus (199801.utf8.txt)")
	exclude := fs.String("exclude", "", "comma-separated test files (one sentence per line, words may be space-separated): training paragraphs holding one of their sentences are dropped")
	out := fs.String("o", "", "output model file (written atomically)")
	epochs := fs.Int("epochs", 0, "character tagger passes (0: 15 for the CRF, 10 for the perceptron)")
	posEpochs := fs.Int("pos-epochs", 8, "word tagger passes")
	seed := fs.Uint64("seed", 1, "seed of the sentence order")
	minChar := fs.Int("minchar", 2, "characters seen fewer times share the unknown id")
	minCount := fs.Int("mincount", 1, "drop features seen fewer times")
	prune := fs.Float64("prune", 0, "drop character tagger features whose largest weight is below this (0: 0.05 for the CRF, 1 for the perceptron)")
	posPrune := fs.Float64("pos-prune", 1, "drop word tagger weights below this")
	perceptron := fs.Bool("perceptron", false, "train the character tagger with the averaged perceptron instead of as a CRF")
	crfL2 := fs.Float64("crf-l2", 1, "CRF: L2 penalty")
	crfRate := fs.Float64("crf-rate", 0.1, "CRF: first step size")
	mergeNames := fs.Bool("merge-names", false, "train on person names whole (surname and given name, tagged nr nr in the corpus, as one word)")
	tagDictMin := fs.Int("tagdict-min", 20, "words seen this often with (nearly) one tag take it without the word tagger (-1: none)")
	tagDictShare := fs.Float64("tagdict-share", 0.97, "the share of that one tag")
	heldOut := fs.Int("heldout", pdseg.HeldOut, "hold out every Nth article (by article, not trained on) for measuring; 0: train on all")
	sighan := fs.String("sighan", "", "with a SIGHAN 2005 directory: also score the new model on its PKU test set (zhtrain's own scorer; make eval runs the official one)")
	if err := fs.Parse(args); err != nil {
		return exitUsage
	}
	if *pd == "" || *out == "" || fs.NArg() > 0 {
		fmt.Fprintln(stderr, "usage: zhtrain seg -pd FILE [-exclude FILES] -o MODEL")
		return exitUsage
	}
	set, err := dict.Load(dict.Options{Segmenter: "dict"})
	if err != nil {
		fmt.Fprintf(stderr, "zhtrain: %v\n", err)
		return exitSetup
	}
	paras, err := pdseg.Read(*pd)
	if err != nil {
		fmt.Fprintf(stderr, "zhtrain: %v\n", err)
		return exitSetup
	}
	fmt.Fprintf(stderr, "zhtrain: %s: %d paragraphs\n", *pd, len(paras))
	// Split first, so that the held-out articles are the same whatever is
	// excluded from training.
	if *mergeNames {
		for i := range paras {
			paras[i] = paras[i].MergeNames()
		}
	}
	train, test := pdseg.Split(paras, *heldOut)
	if *exclude != "" {
		tests, err := pdseg.ReadTests(strings.Split(*exclude, ","))
		if err != nil {
			fmt.Fprintf(stderr, "zhtrain: %v\n", err)
			return exitSetup
		}
		var dropped int
		train, dropped = pdseg.Exclude(train, tests)
		fmt.Fprintf(stderr, "zhtrain: excluded %d training paragraphs holding one of %d test sentences\n", dropped, len(tests))
	}
	fmt.Fprintf(stderr, "zhtrain: training on %d paragraphs, %d held out (every %dth article)\n", len(train), len(test), *heldOut)
	if err := ctx.Err(); err != nil {
		return 130
	}
	t0 := time.Now()
	data := examples(set, train)
	model, err := segtag.Train(data, segtag.TrainOptions{
		Epochs: *epochs, POSEpochs: *posEpochs, Seed: *seed, MinChar: *minChar, MinCount: *minCount, Prune: *prune, POSPrune: *posPrune,
		TagDictMin: *tagDictMin, TagDictShare: *tagDictShare,
		Perceptron: *perceptron, CRFL2: *crfL2, CRFRate: *crfRate,
		Progress: func(stage string, epoch, mistakes, total int) {
			fmt.Fprintf(stderr, "zhtrain: %s pass %d: %d/%d wrong (%.1f s)\n", stage, epoch, mistakes, total, time.Since(t0).Seconds())
		},
		Log: func(s string) { fmt.Fprintf(stderr, "zhtrain: %s\n", s) },
	})
	if err != nil {
		fmt.Fprintf(stderr, "zhtrain: %v\n", err)
		return exitFail
	}
	if err := writeFileAtomic(*out, model); err != nil {
		fmt.Fprintf(stderr, "zhtrain: %s: %v\n", *out, err)
		return exitFail
	}
	fmt.Fprintf(stderr, "zhtrain: wrote %s: %d bytes, trained in %.1f s\n", *out, len(model), time.Since(t0).Seconds())
	ms, err := dict.Load(dict.Options{Model: model})
	if err != nil {
		fmt.Fprintf(stderr, "zhtrain: %v\n", err)
		return exitFail
	}
	if len(test) > 0 {
		r := pdseg.Score(ms, test)
		fmt.Fprintf(stderr, "zhtrain: held out: segmentation P %.2f R %.2f F1 %.2f; POS accuracy %.4f on the gold words; words and tags F1 %.2f; names (nr, ns) whole %.4f\n",
			r.Seg.P(), r.Seg.R(), r.Seg.F1(), r.POSAccuracy(), r.Joint.F1(), r.NameRecall())
	}
	if *sighan != "" {
		for _, set := range []struct{ name, test, gold string }{{"pku", "pku_test.utf8", "pku_test_gold.utf8"}, {"msr", "msr_test.utf8", "msr_test_gold.utf8"}} {
			f1, oov, err := scoreSIGHAN(ms, filepath.Join(*sighan, "testing", set.test),
				filepath.Join(*sighan, "gold", set.gold), filepath.Join(*sighan, "gold", set.name+"_training_words.utf8"))
			if err != nil {
				fmt.Fprintf(stderr, "zhtrain: %v\n", err)
				return exitFail
			}
			fmt.Fprintf(stderr, "zhtrain: SIGHAN %s: F1 %.4f, OOV recall %.4f\n", set.name, f1, oov)
		}
	}
	return exitOK
}

// writeFileAtomic writes data to path through a temporary file.
func writeFileAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".zhtrain-*")
	if err != nil {
		return err
	}
	_, err = tmp.Write(data)
	if err == nil {
		err = tmp.Chmod(0o644)
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
	}
	return err
}

// examples turns paragraphs into training examples, with the dictionary
// information of set.
func examples(set *dict.Set, paras []pdseg.Paragraph) []segtag.Example {
	out := make([]segtag.Example, 0, len(paras))
	for _, p := range paras {
		var e segtag.Example
		for i, w := range p.Words {
			rs := []rune(w)
			e.Text = append(e.Text, rs...)
			e.Words = append(e.Words, len(rs))
			e.Tags = append(e.Tags, p.Tags[i])
			e.DictTags = append(e.DictTags, set.DictTag(rs))
		}
		e.Lex = make([]segtag.Lex, len(e.Text))
		set.Lex(e.Text, e.Lex)
		out = append(out, e)
	}
	return out
}

// scoreSIGHAN segments each line of a SIGHAN test file with set and returns
// the F1 (0-1) against the gold file and the recall of the gold words that
// are not in the training word list.
func scoreSIGHAN(set *dict.Set, testPath, goldPath, wordsPath string) (f1, oov float64, err error) {
	read := func(p string) ([]string, error) {
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		s := strings.TrimPrefix(strings.ReplaceAll(string(b), "\r\n", "\n"), "\ufeff")
		return strings.Split(s, "\n"), nil
	}
	tests, err := read(testPath)
	if err != nil {
		return 0, 0, err
	}
	golds, err := read(goldPath)
	if err != nil {
		return 0, 0, err
	}
	wl, err := read(wordsPath)
	if err != nil {
		return 0, 0, err
	}
	known := map[string]bool{}
	for _, w := range wl {
		known[strings.TrimSpace(w)] = true
	}
	if len(tests) != len(golds) {
		return 0, 0, fmt.Errorf("%s: %d lines, gold %d", testPath, len(tests), len(golds))
	}
	type span struct{ a, b int }
	tp, nGot, nGold, oovAll, oovHit := 0, 0, 0, 0, 0
	for i, line := range tests {
		gold := map[span]bool{}
		goldOOV := map[span]bool{}
		pos := 0
		for _, w := range strings.Fields(golds[i]) {
			sp := span{pos, pos + len(w)}
			gold[sp] = true
			if !known[w] {
				goldOOV[sp] = true
				oovAll++
			}
			pos += len(w)
		}
		nGold += len(gold)
		text := strings.Join(strings.Fields(line), "")
		for _, w := range set.Segment(text) {
			nGot++
			sp := span{w.Start, w.End}
			if gold[sp] {
				tp++
				if goldOOV[sp] {
					oovHit++
				}
			}
		}
	}
	p, r := float64(tp)/float64(nGot), float64(tp)/float64(nGold)
	return 2 * p * r / (p + r), float64(oovHit) / float64(oovAll), nil
}
