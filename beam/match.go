package zhbeam

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
)

// matchFn expands one file pattern into the files it matches.
type matchFn struct{}

func (fn *matchFn) ProcessElement(ctx context.Context, pattern string, emit func(string)) error {
	var files []string
	var err error
	if schemeOf(pattern) == "" {
		files, err = Match(pattern)
	} else {
		// Remote file systems (gs://, s3://) list by prefix and match
		// themselves; gs:// understands ** as well.
		var fsys filesystem.Interface
		if fsys, err = filesystem.New(ctx, pattern); err == nil {
			files, err = fsys.List(ctx, pattern)
			fsys.Close()
		}
	}
	if err != nil {
		return fmt.Errorf("zhpipe: %s: %w", pattern, err)
	}
	if len(files) == 0 {
		return fmt.Errorf("zhpipe: %s: no file matches", pattern)
	}
	for _, f := range files {
		emit(f)
	}
	return nil
}

// Match returns the local files pattern matches, in lexical order. The
// pattern is slash-separated; a component is matched as by path.Match,
// except that a component "**" matches any number of directories (none
// included): 'news/**/*.txt' is every .txt file under news. Directories
// and files whose name starts with a dot are skipped unless a component of
// the pattern names them. Only regular files are returned.
func Match(pattern string) ([]string, error) {
	pattern = filepath.ToSlash(pattern)
	parts := strings.Split(pattern, "/")
	for _, p := range parts {
		if _, err := path.Match(p, ""); err != nil {
			return nil, fmt.Errorf("bad pattern: %w", err)
		}
	}
	// The root is the longest leading run of literal components.
	n := 0
	for n < len(parts)-1 && !hasMeta(parts[n]) {
		n++
	}
	root := strings.Join(parts[:n], "/")
	if root == "" && n > 0 {
		root = "/"
	}
	rest := parts[n:]
	start := root
	if start == "" {
		start = "."
	}
	st, err := os.Stat(filepath.FromSlash(start))
	if err != nil {
		return nil, unwrapPathError(err)
	}
	if !st.IsDir() {
		return nil, fmt.Errorf("%s: not a directory", start)
	}
	var files []string
	err = filepath.WalkDir(filepath.FromSlash(start), func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(filepath.FromSlash(start), p)
		if rel == "." {
			return nil
		}
		segs := strings.Split(filepath.ToSlash(rel), "/")
		if d.IsDir() {
			if !prefixMatch(rest, segs) {
				return fs.SkipDir
			}
			return nil
		}
		if d.Type().IsRegular() && match(rest, segs) {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return nil, unwrapPathError(err)
	}
	return files, nil
}

func hasMeta(s string) bool { return strings.ContainsAny(s, `*?[\`) }

// match reports whether the path components segs match the pattern
// components pat.
func match(pat, segs []string) bool {
	if len(pat) == 0 {
		return len(segs) == 0
	}
	if pat[0] == "**" {
		for i := 0; i <= len(segs); i++ {
			if i > 0 && hidden(segs[i-1]) {
				return false
			}
			if match(pat[1:], segs[i:]) {
				return true
			}
		}
		return false
	}
	if len(segs) == 0 || !matchOne(pat[0], segs[0]) {
		return false
	}
	return match(pat[1:], segs[1:])
}

// prefixMatch reports whether some path below the directory segs could
// match pat: the walk descends into it.
func prefixMatch(pat, segs []string) bool {
	if len(segs) == 0 {
		return true
	}
	if len(pat) == 0 {
		return false
	}
	if pat[0] == "**" {
		if hidden(segs[0]) {
			return prefixMatch(pat[1:], segs)
		}
		return prefixMatch(pat, segs[1:]) || prefixMatch(pat[1:], segs)
	}
	if !matchOne(pat[0], segs[0]) {
		return false
	}
	return prefixMatch(pat[1:], segs[1:])
}

// matchOne matches one component; a wildcard does not match a leading dot.
func matchOne(pat, seg string) bool {
	if hidden(seg) && !strings.HasPrefix(pat, ".") {
		return false
	}
	ok, _ := path.Match(pat, seg)
	return ok
}

func hidden(seg string) bool { return strings.HasPrefix(seg, ".") }

// unwrapPathError drops the operation and path from an *fs.PathError: the
// caller names the file itself.
func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
