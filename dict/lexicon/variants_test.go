package lexicon

import (
	"flag"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/liuzl/gocc"
)

var update = flag.Bool("update", false, "regenerate the script variants in data/*.tsv")

// formColumns says, per data file, which column holds the matched forms and
// which columns hold hand-written forms.
var formColumns = map[string]struct {
	forms int
	hand  []int
}{
	"people.tsv":   {3, []int{1, 2, 3}},
	"orgs.tsv":     {2, []int{1, 2}},
	"places.tsv":   {1, []int{0, 1}},
	"titles.tsv":   {0, []int{0}},
	"suffixes.tsv": {0, []int{0}},
	"regional.tsv": {0, []int{0}},
}

// variantConfigs are the OpenCC conversions whose output a form must also be
// matched in: the working text is t2s/tw2sp/hk2s output, and the original may
// be written in any script and region.
var variantConfigs = []string{"t2s", "tw2sp", "hk2s", "s2t", "s2tw", "s2twp", "s2hk"}

type converters []*gocc.OpenCC

func loadConverters(t *testing.T) converters {
	t.Helper()
	var cs converters
	for _, name := range variantConfigs {
		c, err := gocc.New(name)
		if err != nil {
			t.Fatalf("gocc.New(%q): %v", name, err)
		}
		cs = append(cs, c)
	}
	return cs
}

func (cs converters) variants(t *testing.T, f string) []string {
	var out []string
	for _, c := range cs {
		v, err := c.Convert(f)
		if err != nil {
			t.Fatalf("convert %q: %v", f, err)
		}
		out = append(out, v)
	}
	return out
}

func handForms(fields []string, cols []int, formCol int) []string {
	var out []string
	for _, c := range cols {
		s := fields[c]
		if c == formCol {
			s, _, _ = strings.Cut(s, "||")
		}
		for _, f := range strings.Split(s, "|") {
			if f = strings.TrimSpace(f); f != "" && f != "-" {
				out = append(out, f)
			}
		}
	}
	return out
}

// regenerate returns line with its generated variants recomputed.
func regenerate(t *testing.T, cs converters, file, line string) string {
	if line == "" || strings.HasPrefix(line, "#") {
		return line
	}
	spec := formColumns[file]
	fields := strings.Split(line, "\t")
	hand := handForms(fields, spec.hand, spec.forms)
	var gen []string
	for _, f := range hand {
		for _, v := range cs.variants(t, f) {
			if !slices.Contains(hand, v) && !slices.Contains(gen, v) {
				gen = append(gen, v)
			}
		}
	}
	sort.Strings(gen)
	own, _, _ := strings.Cut(fields[spec.forms], "||")
	fields[spec.forms] = own
	if len(gen) > 0 {
		fields[spec.forms] = own + "||" + strings.Join(gen, "|")
	}
	return strings.Join(fields, "\t")
}

// TestGenerateVariants checks that every data file already holds the script
// variants of its hand-written forms; with -update it rewrites them.
func TestGenerateVariants(t *testing.T) {
	cs := loadConverters(t)
	files := make([]string, 0, len(formColumns))
	for f := range formColumns {
		files = append(files, f)
	}
	sort.Strings(files)
	for _, file := range files {
		t.Run(file, func(t *testing.T) {
			path := filepath.Join("data", file)
			b, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			lines := strings.Split(string(b), "\n")
			changed := 0
			for i, l := range lines {
				n := regenerate(t, cs, file, l)
				if n != l {
					changed++
					if !*update && changed <= 5 {
						t.Errorf("%s:%d: variants out of date:\n got %q\nwant %q", file, i+1, l, n)
					}
					lines[i] = n
				}
			}
			if changed > 0 && *update {
				if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
					t.Fatal(err)
				}
				t.Logf("%s: %d lines updated", file, changed)
			} else if changed > 0 {
				t.Errorf("%s: %d lines out of date; run go test ./dict/lexicon -run TestGenerateVariants -update", file, changed)
			}
		})
	}
}
