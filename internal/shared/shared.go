// Package shared locates the project's read-only shared material (fixtures,
// public evaluation data) that lives beside the repository as ../shared.
// Tests that need it skip with a printed reason when it is absent, so a
// clone of the repository alone still passes its tests.
package shared

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// Dir returns the shared directory: $ZHPIPE_SHARED if set, else ../shared
// next to the repository root. It returns "" when neither exists.
func Dir() string {
	if d := os.Getenv("ZHPIPE_SHARED"); d != "" {
		if st, err := os.Stat(d); err == nil && st.IsDir() {
			return d
		}
		return ""
	}
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		return ""
	}
	// file is <root>/internal/shared/shared.go
	root := filepath.Dir(filepath.Dir(filepath.Dir(file)))
	d := filepath.Join(filepath.Dir(root), "shared")
	if st, err := os.Stat(d); err == nil && st.IsDir() {
		return d
	}
	return ""
}

// Path joins elems under the shared directory, or skips the test with a
// printed reason when the shared directory or that path is missing.
func Path(tb testing.TB, elems ...string) string {
	tb.Helper()
	d := Dir()
	if d == "" {
		tb.Skip("skipping: ../shared (fixtures and eval data) not found next to the repository; set ZHPIPE_SHARED to run this test")
	}
	p := filepath.Join(append([]string{d}, elems...)...)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("skipping: %s not found in the shared directory", filepath.Join(elems...))
	}
	return p
}
