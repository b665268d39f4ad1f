// Command testlog filters `go test -json` for humans and CI logs: it prints
// each package's closing line (ok / FAIL), the full output of every failed
// test, and every skipped test with its reason, so that no test is skipped
// silently. It passes through anything that is not a test event (build
// errors) and exits non-zero if any test or package failed.
//
// Usage: go test -json ./... | go run ./scripts/testlog
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
)

type event struct {
	Action  string
	Package string
	Test    string
	Output  string
}

func main() { os.Exit(run(os.Stdin, os.Stdout)) }

func run(r io.Reader, w io.Writer) int {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	buf := map[string][]string{} // package/test → output so far
	passed, failed, skipped, pkgFailed := 0, 0, 0, 0
	for sc.Scan() {
		line := sc.Bytes()
		var e event
		if len(line) == 0 || line[0] != '{' || json.Unmarshal(line, &e) != nil {
			fmt.Fprintln(w, string(line))
			continue
		}
		key := e.Package + "/" + e.Test
		switch e.Action {
		case "output", "build-output":
			if e.Test == "" {
				// Package-level lines: keep the closing ok/FAIL lines and
				// anything that is not the -v chatter.
				out := e.Output
				if strings.HasPrefix(out, "ok ") || strings.HasPrefix(out, "FAIL") || strings.HasPrefix(out, "?") ||
					strings.HasPrefix(out, "panic") || e.Action == "build-output" {
					fmt.Fprint(w, out)
				} else if !strings.HasPrefix(out, "=== ") && !strings.HasPrefix(out, "PASS") && !strings.HasPrefix(out, "testing: warning") {
					buf[key] = append(buf[key], out)
				}
				continue
			}
			buf[key] = append(buf[key], e.Output)
		case "fail":
			if e.Test == "" {
				pkgFailed++
			} else {
				failed++
			}
			for _, l := range buf[key] {
				fmt.Fprint(w, l)
			}
			if e.Test == "" {
				for _, l := range buf[e.Package+"/"] {
					fmt.Fprint(w, l)
				}
			}
			delete(buf, key)
		case "skip":
			if e.Test != "" {
				skipped++
				reason := ""
				for _, l := range buf[key] {
					if t := strings.TrimSpace(l); t != "" && !strings.HasPrefix(t, "=== ") && !strings.HasPrefix(t, "--- SKIP") {
						reason = t
					}
				}
				fmt.Fprintf(w, "SKIP %s %s: %s\n", e.Package, e.Test, reason)
			}
			delete(buf, key)
		case "pass":
			if e.Test != "" {
				passed++
			}
			delete(buf, key)
		}
	}
	// The closing line CI reads: tests, not packages (a package that fails
	// to build counts as one failure).
	if failed == 0 && pkgFailed > 0 {
		failed = pkgFailed
	}
	fmt.Fprintf(w, "testlog: %d passed, %d failed, %d skipped\n", passed, failed, skipped)
	if failed > 0 || pkgFailed > 0 {
		return 1
	}
	return 0
}
