package batch

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestTempTarget(t *testing.T) {
	dir := t.TempDir()
	f, err := Create(filepath.Join(dir, "sub", "a.json"))
	if err != nil {
		t.Fatal(err)
	}
	name := filepath.Base(f.Name())
	f.Abort()
	if target, ok := TempTarget(name); !ok || target != "a.json" {
		t.Errorf("TempTarget(%q) = %q, %v; want a.json, true", name, target, ok)
	}
	for _, name := range []string{
		"a.json", ".a.json", "a.json.zhpipe-tmp-12", ".a.json.zhpipe-tmp-", ".a.json.zhpipe-tmp-12x",
		".zhpipe-tmp-12", ".a.json.tmp123", "notes.zhpipe-tmp-1.txt",
	} {
		if target, ok := TempTarget(name); ok {
			t.Errorf("TempTarget(%q) = %q; want no temporary file", name, target)
		}
	}
}

func TestLeftovers(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{
		"MANIFEST.json", ".MANIFEST.json.zhpipe-tmp-3971",
		"a/x.json", "a/.x.json.zhpipe-tmp-1199083856", "a/.y.conllu.zhpipe-tmp-7",
		"a/.x.json.tmp42",           // the old name of a temporary x.json: x.json is an output
		"a/.notes.txt.tmp42",        // the old pattern, but notes.txt is not an output
		"a/.draft.tmp",              // no digits
		"a/b/.z.json.tmp0",          // old pattern, b/z.json an output
		".git/.x.json.zhpipe-tmp-1", // hidden directory
	} {
		p := filepath.Join(dir, filepath.FromSlash(f))
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, nil, 0o644)
	}
	outputs := map[string]bool{"a/x.json": true, "a/b/z.json": true}
	got, err := Leftovers(dir, func(rel string) bool { return outputs[rel] })
	if err != nil {
		t.Fatal(err)
	}
	want := ".MANIFEST.json.zhpipe-tmp-3971 a/.x.json.tmp42 a/.x.json.zhpipe-tmp-1199083856 a/.y.conllu.zhpipe-tmp-7 a/b/.z.json.tmp0"
	if s := strings.Join(got, " "); s != want {
		t.Errorf("Leftovers = %s\nwant %s", s, want)
	}
	if got, _ := Leftovers(dir, nil); len(got) != 3 {
		t.Errorf("Leftovers without known outputs = %v; want the 3 marked ones", got)
	}
}
