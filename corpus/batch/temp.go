package batch

import (
	"io/fs"
	"path/filepath"
	"strings"
)

// tempInfix marks the name of an atomic write's temporary file; no output
// zhpipe writes has it (every output ends in its format's suffix).
const tempInfix = ".zhpipe-tmp-"

// TempPattern is the os.CreateTemp pattern of an atomic write of target:
// the temporary file is .BASE.zhpipe-tmp-DIGITS in target's directory, BASE
// being target's base name.
func TempPattern(target string) string {
	return "." + filepath.Base(target) + tempInfix + "*"
}

// TempTarget reports whether the base name name is that of an atomic
// write's temporary file, and the base name of the write's target.
func TempTarget(name string) (target string, ok bool) {
	i := strings.LastIndex(name, tempInfix)
	if i < 2 || name[0] != '.' || !digits(name[i+len(tempInfix):]) {
		return "", false
	}
	return name[1:i], true
}

// legacyTempTarget is TempTarget for the names zhpipe gave temporary files
// before they were marked: .BASE.tmpDIGITS. Such a name is zhpipe's only
// when BASE is the name of one of its outputs.
func legacyTempTarget(name string) (string, bool) {
	i := strings.LastIndex(name, ".tmp")
	if i < 2 || name[0] != '.' || !digits(name[i+len(".tmp"):]) {
		return "", false
	}
	return name[1:i], true
}

func digits(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// Leftovers lists the temporary files that atomic writes left under dir
// when their process was killed (a finished or interrupted write removes
// its own), as slash-separated paths relative to dir, in lexical order:
// every file named as TempPattern names them, and every file named as
// earlier versions named them (.BASE.tmpDIGITS) whose target is an output
// of dir according to isOutput (given the target's relative path). Hidden
// directories, where zhpipe writes nothing, are not entered.
func Leftovers(dir string, isOutput func(rel string) bool) ([]string, error) {
	var found []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if p != dir && strings.HasPrefix(d.Name(), ".") {
				return fs.SkipDir
			}
			return nil
		}
		if !d.Type().IsRegular() {
			return nil
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		if _, ok := TempTarget(d.Name()); ok {
			found = append(found, rel)
		} else if t, ok := legacyTempTarget(d.Name()); ok && isOutput != nil && isOutput(pathJoin(rel, t)) {
			found = append(found, rel)
		}
		return nil
	})
	return found, err
}

// pathJoin is the slash path of base name target next to the file rel.
func pathJoin(rel, target string) string {
	if i := strings.LastIndex(rel, "/"); i >= 0 {
		return rel[:i+1] + target
	}
	return target
}
