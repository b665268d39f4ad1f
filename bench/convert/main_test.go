package main

import (
	"bytes"
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	tests := []struct {
		args             []string
		in, want         string
		code             int
		stderrSubstrings string
	}{
		{[]string{"-c", "tw2sp"}, "執行緒\n軟體", "线程\n软件", 0, ""},
		{[]string{"-c", "t2s.json"}, "漢字\n", "汉字\n", 0, ""},
		{[]string{"-c", "nope"}, "", "", 3, "unknown config"},
		{[]string{"-x"}, "", "", 2, "flag provided but not defined"},
	}
	for _, tc := range tests {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			code := run(tc.args, strings.NewReader(tc.in), &stdout, &stderr)
			if code != tc.code {
				t.Errorf("run(%q) = %d; want %d (stderr %q)", tc.args, code, tc.code, stderr.String())
			}
			if got := stdout.String(); got != tc.want {
				t.Errorf("run(%q) wrote %q; want %q", tc.args, got, tc.want)
			}
			if !strings.Contains(stderr.String(), tc.stderrSubstrings) {
				t.Errorf("run(%q) stderr %q; want it to contain %q", tc.args, stderr.String(), tc.stderrSubstrings)
			}
		})
	}
}
