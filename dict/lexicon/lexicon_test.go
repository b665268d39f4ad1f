package lexicon

import (
	"slices"
	"strings"
	"testing"
)

func mustLoad(t testing.TB) *Lexicon {
	t.Helper()
	lx, err := Load()
	if err != nil {
		t.Fatalf("Load: %v", err)
	}
	return lx
}

func TestLoadCounts(t *testing.T) {
	lx := mustLoad(t)
	counts := []struct {
		what string
		got  int
		min  int
	}{
		{"people", len(lx.People), 200},
		{"organizations", len(lx.Orgs), 100},
		{"places", len(lx.Places), 350},
		{"affixes", len(lx.Affixes), 100},
	}
	for _, c := range counts {
		if c.got < c.min {
			t.Errorf("%s: got %d; want at least %d", c.what, c.got, c.min)
		}
	}
}

func TestRowsWellFormed(t *testing.T) {
	lx := mustLoad(t)
	ids := map[string]bool{}
	for _, p := range lx.People {
		if ids[p.ID] {
			t.Errorf("duplicate id %q", p.ID)
		}
		ids[p.ID] = true
		if p.English == "" || p.Sources == "" {
			t.Errorf("%s: english %q sources %q; want both", p.ID, p.English, p.Sources)
		}
		for _, code := range strings.Fields(p.Sources) {
			if !strings.Contains("GWXTH", code) || len(code) != 1 {
				t.Errorf("%s: unknown source code %q", p.ID, code)
			}
		}
		if !slices.Contains(p.Forms, p.Full) {
			t.Errorf("%s: forms %q lack the full name %q", p.ID, p.Forms, p.Full)
		}
	}
	for _, o := range lx.Orgs {
		if ids[o.ID] {
			t.Errorf("duplicate id %q", o.ID)
		}
		ids[o.ID] = true
		if o.English == "" || o.Scope == "" {
			t.Errorf("%s: english %q scope %q; want both", o.ID, o.English, o.Scope)
		}
	}
}

// TestNoSharedPersonForms guards against a form naming two people (拉米 was
// both Lammy and Lamy): linking would merge them.
func TestNoSharedPersonForms(t *testing.T) {
	lx := mustLoad(t)
	owner := map[string]string{}
	for _, p := range lx.People {
		for _, f := range p.Forms {
			if o, ok := owner[f]; ok && o != p.ID {
				t.Errorf("form %q names both %s and %s", f, o, p.ID)
			}
			owner[f] = p.ID
		}
	}
}

func TestCrossStraitForms(t *testing.T) {
	lx := mustLoad(t)
	byID := map[string]Person{}
	for _, p := range lx.People {
		byID[p.ID] = p
	}
	cases := []struct {
		id    string
		forms []string
	}{
		{"us-trump", []string{"川普", "特朗普"}},
		{"us-vance", []string{"范斯", "萬斯", "万斯"}},
		{"us-pompeo", []string{"蓬佩奧", "蓬佩奥", "龐佩奧", "庞佩奥"}},
		{"us-rubio", []string{"盧比歐", "卢比奥", "卢比欧"}},
		{"cn-xi", []string{"習近平", "习近平"}},
	}
	for _, c := range cases {
		t.Run(c.id, func(t *testing.T) {
			p, ok := byID[c.id]
			if !ok {
				t.Fatalf("no person %q", c.id)
			}
			for _, f := range c.forms {
				if !slices.Contains(p.Forms, f) {
					t.Errorf("forms of %s lack %q; got %q", c.id, f, p.Forms)
				}
			}
		})
	}
}

func TestAbbreviations(t *testing.T) {
	lx := mustLoad(t)
	for form, want := range map[string]string{"华": "CN", "美": "US", "英": "GB", "韓": "KR"} {
		i, ok := lx.Abbrev[form]
		if !ok {
			t.Errorf("no abbreviation %q", form)
			continue
		}
		if got := lx.Places[i].Country; got != want || lx.Places[i].Kind != Country {
			t.Errorf("abbreviation %q: country %q; want %q", form, got, want)
		}
	}
	if i, ok := lx.Abbrev["京"]; !ok || lx.Places[i].Name != "北京" {
		t.Errorf("abbreviation 京 does not name 北京")
	}
}

func TestCLDRCountries(t *testing.T) {
	lx := mustLoad(t)
	cases := []struct {
		code, english string
		forms         []string
	}{
		{"US", "United States", []string{"美国", "美國"}},
		{"FR", "France", []string{"法国", "法國"}},
		{"NZ", "New Zealand", []string{"新西兰", "紐西蘭"}},
		{"KE", "Kenya", []string{"肯尼亚", "肯亞", "肯雅"}},
	}
	for _, c := range cases {
		t.Run(c.code, func(t *testing.T) {
			i := slices.IndexFunc(lx.Places, func(p Place) bool { return p.Kind == Country && p.Country == c.code })
			if i < 0 {
				t.Fatalf("no country %s", c.code)
			}
			p := lx.Places[i]
			if p.English != c.english {
				t.Errorf("english of %s: got %q; want %q", c.code, p.English, c.english)
			}
			for _, f := range c.forms {
				if !slices.Contains(p.Forms, f) {
					t.Errorf("forms of %s lack %q; got %q", c.code, f, p.Forms)
				}
			}
		})
	}
}

func TestReadTSVErrors(t *testing.T) {
	cases := []struct {
		desc, in, want string
	}{
		{"columns", "a\tb\n", "2 columns, want 3"},
		{"row error", "x\ty\tz\n", "boom"},
	}
	for _, c := range cases {
		t.Run(c.desc, func(t *testing.T) {
			err := readTSV(strings.NewReader(c.in), "f.tsv", 3, func([]string) error { return errBoom })
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("readTSV(%q) error = %v; want it to contain %q", c.in, err, c.want)
			}
		})
	}
}

var errBoom = errorString("boom")

type errorString string

func (e errorString) Error() string { return string(e) }

func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}

// FuzzReadTSV checks that any input either fails with an error or yields
// rows of exactly the asked column count, with trimmed fields.
func FuzzReadTSV(f *testing.F) {
	f.Add("a\tb\n# c\n\nd\te\r\n")
	f.Add("x\ty\tz")
	f.Fuzz(func(t *testing.T, in string) {
		_ = readTSV(strings.NewReader(in), "f.tsv", 2, func(row []string) error {
			if len(row) != 2 {
				t.Errorf("row %q: %d columns; want 2", row, len(row))
			}
			for _, c := range row {
				if c != strings.TrimSpace(c) {
					t.Errorf("row %q: field %q not trimmed", row, c)
				}
			}
			return nil
		})
	})
}

func TestSurnames(t *testing.T) {
	lx := mustLoad(t)
	for _, s := range []string{"王", "张", "張", "郑", "鄭", "欧阳", "歐陽", "司马", "余", "范"} {
		if !lx.Surnames[s] {
			t.Errorf("surname %q missing", s)
		}
	}
	// Function words and wrong conversions are no surnames.
	for _, s := range []string{"于", "和", "将", "餘", "範", "嶽", "包", "方"} {
		if lx.Surnames[s] {
			t.Errorf("%q should not be a surname", s)
		}
	}
}

func TestTitleKinds(t *testing.T) {
	lx := mustLoad(t)
	kinds := map[string]AffixKind{}
	for _, a := range lx.Affixes {
		for _, f := range a.Forms {
			if a.Kind >= TitleCore && a.Kind <= TitleQualifier || a.Kind >= TitleCredit {
				kinds[f] = a.Kind
			}
		}
	}
	for form, want := range map[string]AffixKind{
		"总统": TitleCore, "記者": TitleCredit, "先生": Honorific, "拿督斯里": TitleStyle, "律師": TitleProfession, "时任": TitleQualifier,
	} {
		if got := kinds[form]; got != want {
			t.Errorf("title %q: kind %d; want %d", form, got, want)
		}
	}
}

func TestRegional(t *testing.T) {
	lx := mustLoad(t)
	for _, c := range []struct{ form, region, id string }{
		{"外交部", "TW", "tw-mofa"}, {"國防部", "TW", "tw-mnd"}, {"總統府", "TW", "tw-president"},
		{"特區政府", "MO", "mo-gov"}, {"特区政府", "HK", "hk-gov"}, {"央行", "CN", "cn-pboc"},
	} {
		i, ok := lx.Regional[c.form][c.region]
		if !ok || lx.Orgs[i].ID != c.id {
			t.Errorf("Regional[%q][%q]: want %s", c.form, c.region, c.id)
		}
	}
	if _, ok := lx.Regional["外交部"]["CN"]; ok {
		t.Errorf("外交部 in mainland text keeps the lexicon's identity; want no regional row")
	}
}

// TestPublicListRows checks rows written from the public lists that NOTICE
// names: Hong Kong's parties and districts, Taiwan's counties, the State
// Council's short names, US states, and the guarded forms.
func TestPublicListRows(t *testing.T) {
	lx := mustLoad(t)
	orgForms := map[string]string{}
	for _, o := range lx.Orgs {
		for _, f := range o.Forms {
			orgForms[f] = o.ID
		}
	}
	placeForms := map[string]Place{}
	for _, p := range lx.Places {
		for _, f := range p.Forms {
			placeForms[f] = p
		}
	}
	for form, id := range map[string]string{
		"民建聯": "hk-dab", "工联会": "hk-ftu", "經民聯": "hk-bpa", "立会": "hk-legco",
		"人力资源社会保障部": "cn-mohrss", "铁道部": "cn-mor", "银监会": "cn-cbrc", "民革": "cn-rcckmt",
		"真主黨": "lb-hezbollah", "塔利班": "af-taliban", "布鲁金斯学会": "tt-brookings", "牛津大学": "uni-oxford",
		"香港01": "hk-hk01", "風傳媒": "tw-storm", "当今大马": "my-kini", "首相署": "my-jpm", "長和": "co-ckh",
	} {
		if orgForms[form] != id {
			t.Errorf("organization form %q: %q; want %q", form, orgForms[form], id)
		}
	}
	for form, want := range map[string]struct {
		kind    PlaceKind
		country string
	}{
		"湾仔": {District, "HK"}, "新界東南": {District, "HK"}, "香港島": {District, "HK"}, "銅鑼灣": {District, "HK"},
		"彰化縣": {Province, "TW"}, "花莲": {Province, "TW"}, "石家庄": {City, "CN"},
		"威斯康辛州": {Province, "US"}, "丹佛": {City, "US"}, "雪兰莪": {Province, "MY"},
	} {
		p, ok := placeForms[form]
		if !ok || p.Kind != want.kind || p.Country != want.country {
			t.Errorf("place form %q: %+v; want kind %v in %s", form, p, want.kind, want.country)
		}
	}
	for _, f := range []string{"港大", "統一部", "以军", "中环", "中環", "京都"} {
		if !lx.Guarded[f] {
			t.Errorf("form %q is not guarded", f)
		}
	}
	for _, f := range []string{"香港大学", "真主党", "湾仔"} {
		if lx.Guarded[f] {
			t.Errorf("form %q is guarded; want it read anywhere", f)
		}
	}
	if !lx.RegionalGeneric["國安"]["TW"] || lx.RegionalGeneric["国安"]["CN"] {
		t.Errorf("regional generic 国安: %v; want Taiwan's only", lx.RegionalGeneric["国安"])
	}
}
