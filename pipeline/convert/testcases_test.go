package convert

import (
	"encoding/json"
	"os"
	"regexp"
	"sort"
	"testing"

	"github.com/zhpipe/zhpipe/internal/shared"
)

// testCase is one case of OpenCC's testcases.json.
type testCase struct {
	ID       string            `json:"id"`
	Input    string            `json:"input"`
	Expected map[string]string `json:"expected"`
}

var trailingComma = regexp.MustCompile(`,(\s*[}\]])`)

// loadTestCases reads OpenCC's test suite, which is JSON with trailing commas.
func loadTestCases(t testing.TB) []testCase {
	t.Helper()
	data, err := os.ReadFile(shared.Path(t, "eval", "opencc", "testcases.json"))
	if err != nil {
		t.Fatal(err)
	}
	var doc struct {
		Cases []testCase `json:"cases"`
	}
	if err := json.Unmarshal(trailingComma.ReplaceAll(data, []byte("$1")), &doc); err != nil {
		t.Fatalf("testcases.json: %v", err)
	}
	return doc.Cases
}

func TestOpenCCTestCases(t *testing.T) {
	cases := loadTestCases(t)
	l := NewLoader()
	total := 0
	for _, tc := range cases {
		configs := make([]string, 0, len(tc.Expected))
		for c := range tc.Expected {
			configs = append(configs, c)
		}
		sort.Strings(configs)
		for _, cfg := range configs {
			total++
			want := tc.Expected[cfg]
			t.Run(tc.ID+"/"+cfg, func(t *testing.T) {
				c, err := l.Converter(cfg)
				if err != nil {
					t.Fatal(err)
				}
				if got := c.Convert(tc.Input); got != want {
					t.Errorf("%s.Convert(%q) = %q; want %q", cfg, tc.Input, got, want)
				}
				got, pieces := c.ConvertAligned(tc.Input)
				if got != want {
					t.Errorf("%s.ConvertAligned(%q) = %q; want %q", cfg, tc.Input, got, want)
				}
				checkAlignment(t, c, tc.Input, got, pieces)
			})
		}
	}
	if total != 543 {
		t.Errorf("got %d (case, config) pairs; want 543", total)
	}
}
