//go:build zhpipe_e2e

// This test imports the out package (another area, still moving), so it is
// built only with -tags zhpipe_e2e: go test -tags zhpipe_e2e ./pipeline/argument/

package argument

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/zhpipe/zhpipe/internal/shared"
	"github.com/zhpipe/zhpipe/out"
	"github.com/zhpipe/zhpipe/pipeline"
)

// TestSeedThroughArticle runs Stage on a Doc whose entities are the seed's
// gold speakers, encodes it with out.NewArticle (zhpipe/article@1) and
// scores it with the shared scorer: the whole path from this package to
// the summary JSON keeps the four argument categories at 1.00.
func TestSeedThroughArticle(t *testing.T) {
	text, _ := readSeed(t)
	scorer := shared.Path(t, "tools", "score-article")
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("skipping: python3 not found; the scorer is a Python script")
	}
	d := pipeline.NewDoc("seed", pipeline.Source{}, text)
	for _, s := range buildSpeakers(text, seedSpeakers()) {
		var ms []pipeline.Range
		for _, m := range s.Mentions {
			ms = append(ms, pipeline.Range{Start: m.Start, End: m.End})
		}
		switch s.Kind {
		case Person:
			d.People = append(d.People, pipeline.Entity{ID: s.ID, Type: pipeline.Person, Name: ms[0], Mentions: ms})
		case Organization:
			d.Organizations = append(d.Organizations, pipeline.Entity{ID: s.ID, Type: pipeline.Organization, Name: ms[0], Mentions: ms})
		default:
			d.Documents = append(d.Documents, pipeline.Document{ID: s.ID, Title: s.Name, Mentions: ms})
		}
	}
	if err := (Stage{}).Process(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(out.NewArticle(d, out.Options{}))
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "article.json")
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := exec.Command(py, scorer, shared.Path(t, "fixtures", "seed", "gold.json"), p,
		"--text", shared.Path(t, "fixtures", "seed", "article.txt"), "--min", "0").CombinedOutput()
	if err != nil {
		t.Fatalf("score-article: %v\n%s", err, res)
	}
	got := map[string]string{}
	for _, m := range regexp.MustCompile(`(?m)^(\w+)\s+([0-9.]+)`).FindAllStringSubmatch(string(res), -1) {
		got[m[1]] = m[2]
	}
	for _, cat := range []string{"enumerations", "quotes", "totals", "sections", "offsets"} {
		if got[cat] != "1.00" {
			t.Errorf("score-article %s = %q; want \"1.00\"\n%s", cat, got[cat], res)
		}
	}
}
