package gocc

import (
	"fmt"
	"io"

	"github.com/liuzl/gocc"

	"github.com/zhpipe/zhpipe/internal/eval"
	"github.com/zhpipe/zhpipe/internal/eval/opencc"
)

// Convert converts every input with gocc's config (gocc has hk2s, s2hk,
// s2t, s2tw, s2twp, t2hk, t2s, t2tw, tw2s and tw2sp, with 2020 data).
func Convert(config string, inputs []string) ([]string, error) {
	cc, err := gocc.New(config)
	if err != nil {
		return nil, fmt.Errorf("gocc has no config %s", config)
	}
	outs := make([]string, len(inputs))
	for i, in := range inputs {
		if outs[i], err = cc.Convert(in); err != nil {
			return nil, fmt.Errorf("gocc %s: %w", config, err)
		}
	}
	return outs, nil
}

// Run scores gocc on OpenCC's suite: opencc.gocc.<config> for the configs it
// has and opencc.gocc.all over those. Wrong pairs go to
// outDir/opencc-gocc.failures.tsv.
func Run(sharedDir, outDir string, w io.Writer) ([]eval.Figure, error) {
	cases, err := opencc.LoadCases(opencc.CasesPath(sharedDir))
	if err != nil {
		return nil, err
	}
	figs, fails := opencc.Score("opencc.gocc", cases, Convert, w)
	p, err := eval.WriteFailures(outDir, "opencc-gocc.failures.tsv", fails)
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(w, "   %d failures written to %s\n", len(fails), p)
	return figs, nil
}
