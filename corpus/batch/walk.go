package batch

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
)

// Input is one input to process.
type Input struct {
	// Path is the file to read, or "-" for standard input.
	Path string
	// Rel is the path relative to the directory argument it was found
	// under (the file's base name for a file argument): outputs mirror it.
	Rel string
}

// Expand turns command-line paths into inputs: a file as itself, "-" as
// standard input, a directory as every regular file below it whose base
// name matches glob ("" matches all), walked in lexical order. Paths that
// do not exist are returned as errors naming them; the rest are still
// expanded.
func Expand(paths []string, glob string) ([]Input, []error) {
	if glob != "" {
		if _, err := filepath.Match(glob, ""); err != nil {
			return nil, []error{fmt.Errorf("bad glob %q: %w", glob, err)}
		}
	}
	var inputs []Input
	var errs []error
	for _, p := range paths {
		if p == "-" {
			inputs = append(inputs, Input{Path: "-", Rel: "stdin"})
			continue
		}
		st, err := os.Stat(p)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", p, unwrap(err)))
			continue
		}
		if !st.IsDir() {
			inputs = append(inputs, Input{Path: p, Rel: filepath.Base(p)})
			continue
		}
		var found []Input
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				errs = append(errs, fmt.Errorf("%s: %w", path, unwrap(err)))
				if d != nil && d.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if d.IsDir() {
				if path != p && len(d.Name()) > 0 && d.Name()[0] == '.' {
					return fs.SkipDir // hidden directories (.git, temporary outputs)
				}
				return nil
			}
			if !d.Type().IsRegular() {
				return nil
			}
			if glob != "" {
				if ok, _ := filepath.Match(glob, d.Name()); !ok {
					return nil
				}
			}
			rel, err := filepath.Rel(p, path)
			if err != nil {
				return err
			}
			found = append(found, Input{Path: path, Rel: rel})
			return nil
		})
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", p, err))
		}
		sort.Slice(found, func(i, j int) bool { return found[i].Rel < found[j].Rel })
		inputs = append(inputs, found...)
	}
	return inputs, errs
}

func unwrap(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}
