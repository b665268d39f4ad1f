package entity_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/zhpipe/zhpipe/corpus"
	"github.com/zhpipe/zhpipe/dict"
	"github.com/zhpipe/zhpipe/internal/benchcpu"
	"github.com/zhpipe/zhpipe/pipeline"
	"github.com/zhpipe/zhpipe/pipeline/annotate"
	"github.com/zhpipe/zhpipe/pipeline/entity"
)

// pdInput is one article as the pipeline hands it to the entity stage.
type pdInput struct {
	text  string
	hints entity.Hints
}

var pdRegion = map[pipeline.Region]string{pipeline.Taiwan: "TW", pipeline.HongKong: "HK", pipeline.Mainland: "CN"}

// pdInputs reads the articles under ZHPIPE_ENTITY_BENCH_DIR (a batch of
// news articles in any encoding) and runs the pipeline up to segmentation
// on each, skipping the benchmark when it is not set.
func pdInputs(b *testing.B) (*entity.Extractor, []pdInput, int) {
	dir := os.Getenv("ZHPIPE_ENTITY_BENCH_DIR")
	if dir == "" {
		b.Skip("ZHPIPE_ENTITY_BENCH_DIR not set (a directory of news articles)")
	}
	res, err := annotate.LoadResources(dict.Options{})
	if err != nil {
		b.Fatal(err)
	}
	p, err := annotate.New(res, annotate.Options{})
	if err != nil {
		b.Fatal(err)
	}
	t2s, err := res.Converter.Converter("t2s")
	if err != nil {
		b.Fatal(err)
	}
	// The extractor as the pipeline builds it, with the tagger's spans
	// computed once, so that the benchmark measures the rules.
	tagger := replayTagger{entity.FromNER(res.NER), map[string][]entity.Span{}}
	x, err := entity.New(res.Lexicon, entity.Options{Variants: t2s.Convert, Articles: true, Tagger: tagger})
	if err != nil {
		b.Fatal(err)
	}
	var ins []pdInput
	size := 0
	err = filepath.WalkDir(dir, func(path string, e os.DirEntry, err error) error {
		if err != nil || e.IsDir() {
			return err
		}
		raw, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		dec, err := corpus.Decode(raw, "")
		if err != nil {
			return nil
		}
		d := pipeline.NewDoc(path, pipeline.Source{Path: path}, dec.Text)
		if err := p.Segment(context.Background(), d); err != nil {
			return nil
		}
		var wl entity.WordList
		for _, t := range d.Tokens {
			pos := ""
			if int(t.Tag) < len(d.Tags) {
				pos = d.Tags[t.Tag]
			}
			wl.Add(int(t.WorkStart), int(t.WorkEnd), pos)
		}
		ins = append(ins, pdInput{d.Text, entity.Hints{Region: pdRegion[d.Source.Region], Words: &wl}})
		tagger.spans[d.Text] = tagger.t.Tag(d.Text)
		size += len(d.Text)
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	return x, ins, size
}

// replayTagger gives the spans t gave for a text, computed beforehand.
type replayTagger struct {
	t     entity.Tagger
	spans map[string][]entity.Span
}

func (r replayTagger) Tag(text string) []entity.Span {
	if sp, ok := r.spans[text]; ok {
		return append([]entity.Span(nil), sp...)
	}
	return r.t.Tag(text)
}

// BenchmarkExtractPD runs the entity stage (rules and lexicon, with the
// tagger's spans computed beforehand) on a batch of articles as the
// pipeline hands them over (working text, region, the segmenter's words),
// under ZHPIPE_ENTITY_BENCH_DIR.
func BenchmarkExtractPD(b *testing.B) {
	x, ins, size := pdInputs(b)
	b.SetBytes(int64(size))
	b.ReportAllocs()
	defer benchcpu.Start(b, int64(size))()
	for b.Loop() {
		for _, in := range ins {
			x.ExtractHints(in.text, in.hints)
		}
	}
}
