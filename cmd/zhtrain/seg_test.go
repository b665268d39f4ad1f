package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/zhpipe/zhpipe/dict"
)

// TestRunSeg trains the segmentation model on a small corpus in the People's
// Daily format written for the test, twice: the model files are the same,
// and the model cuts its training sentences back.
func TestRunSeg(t *testing.T) {
	dir := t.TempDir()
	var pd strings.Builder
	lines := []string{
		"我们/r  今天/t  在/p  [北京/ns  大学/n]nt  开会/v  。/w  ",
		"代表团/n  昨天/t  抵达/v  上海/ns  。/w  ",
		"经济/n  增长/v  了/u  ５％/m  。/w  ",
		"他们/r  讨论/v  经济/n  问题/n  。/w  ",
	}
	for a := range 30 {
		for p, l := range lines {
			fmt.Fprintf(&pd, "199801%02d-01-%03d-%03d/m  %s\n", a%28+1, a, p+1, l)
		}
	}
	corpus := filepath.Join(dir, "pd.txt")
	test := filepath.Join(dir, "test.txt")
	os.WriteFile(corpus, []byte(pd.String()), 0o644)
	os.WriteFile(test, []byte("代表团昨天抵达上海。\n"), 0o644)
	tests := []struct {
		desc string
		args []string
		code int
	}{
		{"no arguments", nil, exitUsage},
		{"no output", []string{"-pd", corpus}, exitUsage},
		{"missing corpus", []string{"-pd", filepath.Join(dir, "none"), "-o", filepath.Join(dir, "m.bin")}, exitSetup},
		{"train", []string{"-pd", corpus, "-exclude", test, "-epochs", "4", "-pos-epochs", "3", "-o", filepath.Join(dir, "a.bin")}, exitOK},
		{"train again", []string{"-pd", corpus, "-exclude", test, "-epochs", "4", "-pos-epochs", "3", "-o", filepath.Join(dir, "b.bin")}, exitOK},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			var stderr strings.Builder
			if got := runSeg(context.Background(), tc.args, &stderr); got != tc.code {
				t.Errorf("runSeg(%q) = %d; want %d\nstderr: %s", tc.args, got, tc.code, stderr.String())
			}
			// 30 articles, every tenth held out: 27 training paragraphs hold the test sentence.
			if tc.desc == "train" && !strings.Contains(stderr.String(), "excluded 27 training paragraphs") {
				t.Errorf("the test sentence was not excluded:\n%s", stderr.String())
			}
		})
	}
	a, err := os.ReadFile(filepath.Join(dir, "a.bin"))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(filepath.Join(dir, "b.bin"))
	if !bytes.Equal(a, b) {
		t.Error("two trainings on the same data wrote different models")
	}
	if fi, err := os.Stat(filepath.Join(dir, "a.bin")); err != nil || fi.Mode().Perm() != 0o644 {
		t.Errorf("model file mode %v, %v; want 0644", fi.Mode().Perm(), err)
	}
	s, err := dict.Load(dict.Options{Model: a})
	if err != nil {
		t.Fatal(err)
	}
	text := "我们今天在北京大学开会。"
	var got []string
	for _, w := range s.Segment(text) {
		got = append(got, text[w.Start:w.End])
	}
	if want := "我们|今天|在|北京|大学|开会|。"; strings.Join(got, "|") != want {
		t.Errorf("trained model: Segment(%q) = %q; want %q", text, strings.Join(got, "|"), want)
	}
}
