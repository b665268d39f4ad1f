package opencc

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"

	"github.com/zhpipe/zhpipe/internal/eval"
	"github.com/zhpipe/zhpipe/pipeline/convert"
)

// Case is one case of OpenCC's test suite: an input and the expected output
// for each config that the case covers.
type Case struct {
	ID       string            `json:"id"`
	Input    string            `json:"input"`
	Expected map[string]string `json:"expected"`
}

var trailingComma = regexp.MustCompile(`,(\s*[}\]])`)

// LoadCases reads OpenCC's testcases.json, which is JSON with trailing
// commas.
func LoadCases(path string) ([]Case, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var doc struct {
		Cases []Case `json:"cases"`
	}
	if err := json.Unmarshal(trailingComma.ReplaceAll(data, []byte("$1")), &doc); err != nil {
		return nil, fmt.Errorf("opencc eval: %s: %w", path, err)
	}
	return doc.Cases, nil
}

// CasesPath is where the suite lives under the shared directory.
func CasesPath(sharedDir string) string {
	return filepath.Join(sharedDir, "eval", "opencc", "testcases.json")
}

// ByConfig groups the cases by config: for each config, the cases that
// cover it, in file order. Configs are returned sorted.
func ByConfig(cases []Case) (configs []string, byConfig map[string][]Case) {
	byConfig = map[string][]Case{}
	for _, c := range cases {
		for cfg := range c.Expected {
			byConfig[cfg] = append(byConfig[cfg], c)
		}
	}
	for cfg := range byConfig {
		configs = append(configs, cfg)
	}
	sort.Strings(configs)
	return configs, byConfig
}

// Converter converts every input of one config; it returns one output per
// input, or an error when the converter is unavailable.
type Converter func(config string, inputs []string) ([]string, error)

// Score runs conv over the cases of each config and returns the figures
// `<prefix>.<config>` = passed/total and `<prefix>.all`, with one failure
// line per wrong pair. Configs that conv cannot run (an error) are reported
// on w and left out of the figures.
func Score(prefix string, cases []Case, conv Converter, w io.Writer) ([]eval.Figure, []string) {
	configs, byConfig := ByConfig(cases)
	var figs []eval.Figure
	var fails []string
	passedAll, totalAll := 0, 0
	for _, cfg := range configs {
		cs := byConfig[cfg]
		inputs := make([]string, len(cs))
		for i, c := range cs {
			inputs[i] = c.Input
		}
		outs, err := conv(cfg, inputs)
		if err != nil {
			fmt.Fprintf(w, "   %s: skipping %s: %v\n", prefix, cfg, err)
			continue
		}
		passed := 0
		for i, c := range cs {
			want := c.Expected[cfg]
			if outs[i] == want {
				passed++
				continue
			}
			fails = append(fails, fmt.Sprintf("%s\t%s\t%s\tinput=%q\tgot=%q\twant=%q", prefix, cfg, c.ID, c.Input, outs[i], want))
		}
		passedAll += passed
		totalAll += len(cs)
		figs = append(figs, eval.Ratio(prefix+"."+cfg, passed, len(cs)))
		fmt.Fprintf(w, "   %-24s %3d/%d\n", prefix+"."+cfg, passed, len(cs))
	}
	if totalAll > 0 {
		figs = append(figs, eval.Ratio(prefix+".all", passedAll, totalAll))
		fmt.Fprintf(w, "   %-24s %3d/%d\n", prefix+".all", passedAll, totalAll)
	}
	return figs, fails
}

// Ours converts with pipeline/convert, sharing dictionaries through l.
func Ours(l *convert.Loader) Converter {
	return func(config string, inputs []string) ([]string, error) {
		c, err := l.Converter(config)
		if err != nil {
			return nil, err
		}
		outs := make([]string, len(inputs))
		for i, in := range inputs {
			outs[i] = c.Convert(in)
		}
		return outs, nil
	}
}

// errNoBinary reports that Debian's opencc command is not installed.
var errNoBinary = errors.New("opencc command not found (apt-get install opencc)")

// Debian converts with the opencc command (Debian ships 1.1.6), one input
// a line, via `opencc -c CONFIG.json`. Configs it does not have are errors.
func Debian(bin string) Converter {
	return func(config string, inputs []string) ([]string, error) {
		if bin == "" {
			return nil, errNoBinary
		}
		for _, in := range inputs {
			if strings.ContainsAny(in, "\r\n") {
				return nil, fmt.Errorf("input %q spans lines", in)
			}
		}
		cmd := exec.Command(bin, "-c", config+".json")
		cmd.Stdin = strings.NewReader(strings.Join(inputs, "\n") + "\n")
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		if err := cmd.Run(); err != nil {
			return nil, fmt.Errorf("%s -c %s.json: %v: %s", bin, config, err, strings.TrimSpace(stderr.String()))
		}
		outs := strings.Split(strings.TrimSuffix(stdout.String(), "\n"), "\n")
		if len(outs) != len(inputs) {
			// opencc prints its errors (an unknown config) to stdout.
			return nil, fmt.Errorf("%s -c %s.json: %d lines out for %d in: %.120s", bin, config, len(outs), len(inputs), outs[0])
		}
		return outs, nil
	}
}

// Run scores pipeline/convert on OpenCC's suite (figures opencc.<config>
// and opencc.all) and, when the opencc command is installed, Debian's
// opencc beside it (opencc.debian.<config>, opencc.debian.all). Wrong pairs
// go to outDir/opencc.failures.tsv.
func Run(sharedDir, outDir string, w io.Writer) ([]eval.Figure, error) {
	cases, err := LoadCases(CasesPath(sharedDir))
	if err != nil {
		return nil, err
	}
	figs, fails := Score("opencc", cases, Ours(convert.NewLoader()), w)
	if bin, err := exec.LookPath("opencc"); err != nil {
		fmt.Fprintf(w, "   opencc.debian: skipped: %v\n", errNoBinary)
	} else {
		dfigs, dfails := Score("opencc.debian", cases, Debian(bin), w)
		figs = append(figs, dfigs...)
		fails = append(fails, dfails...)
	}
	p, err := eval.WriteFailures(outDir, "opencc.failures.tsv", fails)
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(w, "   %d failures written to %s\n", len(fails), p)
	return figs, nil
}
