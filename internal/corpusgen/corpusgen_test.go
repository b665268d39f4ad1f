package corpusgen

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/zhpipe/zhpipe/corpus"
	"github.com/zhpipe/zhpipe/internal/shared"
)

func TestGenerate(t *testing.T) {
	dir := shared.Path(t, "eval", "corpus", "pd1998")
	sharedDir := filepath.Dir(filepath.Dir(filepath.Dir(dir)))
	out := t.TempDir()
	res, err := Generate(sharedDir, out, Options{MaxArticles: 60})
	if err != nil {
		t.Fatal(err)
	}
	if res.Files != 60+3+10 {
		t.Errorf("%d files; want 73", res.Files)
	}
	bad := map[string]bool{}
	for _, b := range res.Bad {
		bad[b] = true
	}
	encodings := map[string]int{}
	filepath.Walk(out, func(p string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(out, p)
		dec, err := corpus.ReadFile(p, "")
		if bad[rel] != (err != nil) {
			t.Errorf("%s: decode error %v; bad file: %v", rel, err, bad[rel])
		}
		if err == nil && info.Size() > 0 {
			encodings[dec.Encoding.String()]++
		}
		return nil
	})
	for _, enc := range []string{"utf-8", "gbk", "utf-16le", "utf-8-bom", "big5"} {
		if encodings[enc] == 0 {
			t.Errorf("no %s file among %v", enc, encodings)
		}
	}
}
