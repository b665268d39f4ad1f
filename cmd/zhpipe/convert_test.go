package main

import (
	"strings"
	"testing"

	opencceval "github.com/zhpipe/zhpipe/internal/eval/opencc"
	"github.com/zhpipe/zhpipe/internal/shared"
)

// TestConvertOpenCCSuite runs every (case, config) pair of OpenCC's test
// suite through the command line, one case per input line, as a user of
// the OpenCC CLI would.
func TestConvertOpenCCSuite(t *testing.T) {
	cases, err := opencceval.LoadCases(shared.Path(t, "eval", "opencc", "testcases.json"))
	if err != nil {
		t.Fatal(err)
	}
	configs, byConfig := opencceval.ByConfig(cases)
	passed, total := 0, 0
	for _, cfg := range configs {
		var in []string
		for _, c := range byConfig[cfg] {
			in = append(in, c.Input)
		}
		r := runCLI(t, strings.Join(in, "\n")+"\n", "convert", "-c", cfg)
		if r.code != exitOK {
			t.Fatalf("convert -c %s: exit %d: %s", cfg, r.code, r.stderr)
		}
		got := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
		if len(got) != len(in) {
			t.Fatalf("convert -c %s: %d lines out for %d in", cfg, len(got), len(in))
		}
		for i, c := range byConfig[cfg] {
			total++
			if want := c.Expected[cfg]; got[i] != want {
				t.Errorf("convert -c %s %q = %q; want %q", cfg, c.Input, got[i], want)
				continue
			}
			passed++
		}
	}
	t.Logf("%d/%d (case, config) pairs", passed, total)
	if total != 543 {
		t.Errorf("%d pairs in the suite; want 543", total)
	}
}
