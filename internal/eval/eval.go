// Package eval holds what every evaluation in zhpipe shares: the figure
// type that `make eval` prints as `EVAL <name> <value>` lines.
package eval

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// Figure is one measured number of an evaluation, printed by cmd/zheval as
// `EVAL <Name> <Value>`. Name is dotted (`opencc.tw2sp`, `sighan.pku.f1`);
// Value is a number or `passed/total`.
type Figure struct {
	Name  string
	Value string
}

// Ratio formats passed/total as a Figure value.
func Ratio(name string, passed, total int) Figure {
	return Figure{Name: name, Value: fmt.Sprintf("%d/%d", passed, total)}
}

// Number formats a float as a Figure value with the given precision.
func Number(name string, v float64, prec int) Figure {
	return Figure{Name: name, Value: fmt.Sprintf("%.*f", prec, v)}
}

// WriteFailures writes lines to dir/name atomically enough for a report file
// (it is regenerated on every run) and returns the path written.
func WriteFailures(dir, name string, lines []string) (string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	p := filepath.Join(dir, name)
	tmp := p + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return "", err
	}
	for _, l := range lines {
		if _, err := io.WriteString(f, l+"\n"); err != nil {
			f.Close()
			return "", err
		}
	}
	if err := f.Close(); err != nil {
		return "", err
	}
	return p, os.Rename(tmp, p)
}

// ReadTSV returns the rows of a test-suite file after its '#' comment lines
// and its header line, each split on tabs.
func ReadTSV(path string) ([][]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var rows [][]string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	header := false
	for sc.Scan() {
		l := sc.Text()
		if strings.HasPrefix(l, "#") {
			continue
		}
		if !header {
			header = true
			continue
		}
		rows = append(rows, strings.Split(l, "\t"))
	}
	return rows, sc.Err()
}

// Counts are exact-match counts of one category (or all): true positives,
// false positives and false negatives.
type Counts struct{ TP, FP, FN int }

// P returns the precision in percent (0 when nothing was predicted).
func (c Counts) P() float64 { return pct(c.TP, c.TP+c.FP) }

// R returns the recall in percent (0 when there is nothing to find).
func (c Counts) R() float64 { return pct(c.TP, c.TP+c.FN) }

// F1 returns the harmonic mean of P and R in percent.
func (c Counts) F1() float64 {
	p, r := c.P(), c.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}
