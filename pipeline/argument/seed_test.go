package argument

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/zhpipe/zhpipe/internal/shared"
)

// seedSpeaker describes one candidate speaker of the seed by its names.
type seedSpeaker struct {
	id, name string
	kind     SpeakerKind
	names    []string
}

func seedSpeakers() []seedSpeaker {
	return []seedSpeaker{
		{"P1", "川普", Person, []string{"川普"}},
		{"P2", "范斯", Person, []string{"范斯"}},
		{"P3", "馬爾科·A·盧比歐", Person, []string{"馬爾科·A·盧比歐", "盧比歐"}},
		{"P4", "邁克爾·J·克拉茨奧斯", Person, []string{"邁克爾·J·克拉茨奧斯", "克拉茨奧斯"}},
		{"P5", "拜登", Person, []string{"拜登"}},
		{"P6", "戴維·O·薩克斯", Person, []string{"戴維·O·薩克斯"}},
		{"O1", "美國白宮科技政策辦公室", Organization, []string{"美國白宮科技政策辦公室", "白宮科技政策辦公室"}},
		{"O2", "國際貨幣基金組織", Organization, []string{"國際貨幣基金組織"}},
		{"O3", "美國商務部", Organization, []string{"美國商務部", "商務部"}},
		{"O4", "歐盟", Organization, []string{"歐盟"}},
		{"D1", "贏得競賽:美國人工智慧行動計畫", Document, []string{"《贏得競賽:美國人工智慧行動計畫》", "《計畫》"}},
	}
}

// buildSpeakers finds every occurrence of every name with strings.Index;
// Analyze itself drops the shorter of overlapping mentions.
func buildSpeakers(text string, ss []seedSpeaker) []Speaker {
	var out []Speaker
	for _, s := range ss {
		sp := Speaker{ID: s.id, Name: s.name, Kind: s.kind}
		for _, n := range s.names {
			sp.Mentions = append(sp.Mentions, occurrences(text, n)...)
		}
		out = append(out, sp)
	}
	return out
}

// occurrences returns the spans of every occurrence of name in text.
func occurrences(text, name string) []Span {
	var out []Span
	for off := 0; name != ""; {
		i := strings.Index(text[off:], name)
		if i < 0 {
			break
		}
		out = append(out, Span{off + i, off + i + len(name)})
		off += i + len(name)
	}
	return out
}

func readSeed(t testing.TB) (string, map[string]any) {
	t.Helper()
	tp := shared.Path(t, "fixtures", "seed", "article.txt")
	gp := shared.Path(t, "fixtures", "seed", "gold.json")
	tb, err := os.ReadFile(tp)
	if err != nil {
		t.Fatal(err)
	}
	gb, err := os.ReadFile(gp)
	if err != nil {
		t.Fatal(err)
	}
	var gold map[string]any
	if err := json.Unmarshal(gb, &gold); err != nil {
		t.Fatal(err)
	}
	return string(tb), gold
}

// norm mirrors the scorer's comparison: drop punctuation, symbols and
// spaces (the scorer also NFKC-folds; the seed's heads need no more).
func norm(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune("，,、。：:；;！!？?“”「」『』‘’《》（）()—-·→ 　", r) {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func headMatches(head, want string) bool {
	h, w := []rune(norm(head)), []rune(norm(want))
	if len(h) == 0 {
		return false
	}
	p := func(r []rune) string { return string(r[:min(6, len(r))]) }
	return strings.HasPrefix(string(h), p(w)) || strings.HasPrefix(string(w), p(h)) || strings.Contains(string(h), string(w))
}

func TestSeedGold(t *testing.T) {
	text, gold := readSeed(t)
	a := Analyze(text, buildSpeakers(text, seedSpeakers()), nil)
	checkSpans(t, text, a)

	t.Run("enumerations", func(t *testing.T) {
		for _, g := range gold["enumerations"].([]any) {
			g := g.(map[string]any)
			heads := g["heads"].([]any)
			count := int(g["count"].(float64))
			var found *Enumeration
			for k := range a.Enumerations {
				e := &a.Enumerations[k]
				if len(e.Items) != count {
					continue
				}
				ok := true
				for i, h := range heads {
					ok = ok && headMatches(e.Items[i].Head, h.(string))
				}
				if ok {
					found = e
					break
				}
			}
			if found == nil {
				t.Errorf("enumeration %v: not found", g["about"])
				continue
			}
			if g["announced_by"] != nil && (found.Announced == nil || found.Announced.Count != count) {
				t.Errorf("enumeration %v: announced %+v; want count %d", g["about"], found.Announced, count)
			}
		}
		// The nested ones have the right parents.
		parents := map[string]string{}
		for _, e := range a.Enumerations {
			parents[e.Items[0].Head] = e.Parent
		}
		byID := map[string]Enumeration{}
		for _, e := range a.Enumerations {
			byID[e.ID] = e
		}
		for head, want := range map[string]string{
			"著力去監管化以增強市場活力":       "第一支柱",
			"加快與AI發展配套或相關的基建審批速度": "第二支柱",
			"技術霸權聯盟化":             "第三支柱",
			"政治承諾因素":              "滿足美國多維度",
		} {
			p, ok := parents[head]
			if !ok || p == "" {
				t.Errorf("list starting %q: parent %q; want an item", head, p)
				continue
			}
			id, n, _ := strings.Cut(p, ".")
			k, _ := strconv.Atoi(n)
			if e, ok := byID[id]; !ok || k < 1 || k > len(e.Items) || !strings.Contains(e.Items[k-1].Head, want) {
				t.Errorf("list starting %q: parent %q; want the item %q", head, p, want)
			}
		}
	})

	t.Run("quotes", func(t *testing.T) {
		names := map[string]string{}
		for _, s := range seedSpeakers() {
			names[s.id] = s.name
		}
		for _, g := range gold["quotes"].([]any) {
			g := g.(map[string]any)
			want := norm(g["text"].(string))
			ok := map[string]bool{g["speaker"].(string): true}
			if also, _ := g["also"].([]any); also != nil {
				for _, x := range also {
					ok[x.(string)] = true
				}
			}
			hit := false
			var got []string
			for _, q := range a.Quotes {
				qt := norm(q.Text)
				if utf8.RuneCountInString(qt) < 4 || !(strings.Contains(qt, want) || strings.Contains(want, qt)) {
					continue
				}
				for _, s := range append([]string{q.Speaker}, q.Speakers...) {
					got = append(got, names[s])
					hit = hit || ok[names[s]]
				}
			}
			if !hit {
				t.Errorf("quote %q: speakers %q; want %q", g["text"], got, g["speaker"])
			}
		}
	})

	t.Run("totals", func(t *testing.T) {
		for _, g := range gold["totals"].([]any) {
			g := g.(map[string]any)
			stated := g["stated_total"].(float64)
			hit := false
			for _, tt := range a.Totals {
				if tt.Stated != stated || len(tt.Parts) != len(g["parts"].([]any)) {
					continue
				}
				same := true
				for i, p := range g["parts"].([]any) {
					same = same && tt.Parts[i] == p.(float64)
				}
				hit = hit || same && tt.Consistent == g["consistent"].(bool)
			}
			if !hit {
				t.Errorf("total %v %v = %v: not found in %+v", g["about"], g["parts"], stated, a.Totals)
			}
		}
		if len(a.Claims) == 0 || a.Claims[0].Holds {
			t.Errorf("claims = %+v; want 均過半數 contradicted (15 of 30 is half)", a.Claims)
		}
	})

	t.Run("sections", func(t *testing.T) {
		for _, g := range gold["sections"].([]any) {
			g := g.(map[string]any)
			sw := []rune(g["starts_with"].(string))
			prefix := string(sw[:min(8, len(sw))])
			hit := false
			for _, s := range a.Sections {
				hit = hit || s.Role.String() == g["role"] && strings.HasPrefix(text[s.Start:], prefix)
			}
			if !hit {
				t.Errorf("section %v starting %q: not found", g["role"], prefix)
			}
		}
	})

	t.Run("thesis", func(t *testing.T) {
		if a.Thesis == nil || norm(a.Thesis.Text) != norm("創新驅動基建,基建支撐霸權") {
			t.Errorf("thesis = %+v; want 創新驅動基建,基建支撐霸權", a.Thesis)
		}
	})
}

// summaryJSON renders a minimal zhpipe/article@1 summary for the scorer,
// with offsets converted to code points.
func summaryJSON(t *testing.T, text string, a *Argument, ss []seedSpeaker) []byte {
	t.Helper()
	raw, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	var arg any
	if err := json.Unmarshal(raw, &arg); err != nil {
		t.Fatal(err)
	}
	// byte offset → code point index
	cp := make([]int, len(text)+1)
	n := 0
	for i := range text {
		for j := i; j < len(text) && (j == i || !utf8.RuneStart(text[j])); j++ {
			cp[j] = n
		}
		n++
	}
	cp[len(text)] = n
	var walk func(x any)
	walk = func(x any) {
		switch v := x.(type) {
		case map[string]any:
			for k, val := range v {
				if f, ok := val.(float64); ok && (k == "start" || k == "end" || strings.HasSuffix(k, "_start") || strings.HasSuffix(k, "_end")) {
					v[k] = cp[int(f)]
					continue
				}
				walk(val)
			}
		case []any:
			for _, e := range v {
				walk(e)
			}
		}
	}
	walk(arg)
	sum := map[string]any{"argument": arg}
	for _, s := range ss {
		key := map[SpeakerKind]string{Person: "people", Organization: "organizations", Document: "documents"}[s.kind]
		entry := map[string]any{"id": s.id, "name": s.name}
		if s.kind == Document {
			entry = map[string]any{"id": s.id, "title": s.name}
		}
		l, _ := sum[key].([]any)
		sum[key] = append(l, entry)
	}
	out, err := json.MarshalIndent(sum, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestSeedScorer(t *testing.T) {
	text, _ := readSeed(t)
	scorer := shared.Path(t, "tools", "score-article")
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("skipping: python3 not found; the scorer is a Python script")
	}
	ss := seedSpeakers()
	a := Analyze(text, buildSpeakers(text, ss), nil)
	p := filepath.Join(t.TempDir(), "summary.json")
	if err := os.WriteFile(p, summaryJSON(t, text, a, ss), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(py, scorer, shared.Path(t, "fixtures", "seed", "gold.json"), p,
		"--text", shared.Path(t, "fixtures", "seed", "article.txt"), "--min", "0").CombinedOutput()
	if err != nil {
		t.Fatalf("score-article: %v\n%s", err, out)
	}
	t.Logf("score-article:\n%s", out)
	re := regexp.MustCompile(`(?m)^(\w+)\s+([0-9.]+)`)
	got := map[string]string{}
	for _, m := range re.FindAllStringSubmatch(string(out), -1) {
		got[m[1]] = m[2]
	}
	for _, cat := range []string{"enumerations", "quotes", "totals", "sections", "offsets"} {
		if got[cat] != "1.00" {
			t.Errorf("score-article %s = %q; want \"1.00\"", cat, got[cat])
		}
	}
}

// checkSpans asserts that every span of a cuts the text it claims.
func checkSpans(t *testing.T, text string, a *Argument) {
	t.Helper()
	cut := func(what string, s, e int, want string, hasText bool) {
		if s < 0 || e > len(text) || s > e {
			t.Errorf("%s: span [%d,%d) outside the text (%d bytes)", what, s, e, len(text))
			return
		}
		if hasText && text[s:e] != want {
			t.Errorf("%s: text[%d:%d] = %q; want %q", what, s, e, text[s:e], want)
		}
	}
	for _, s := range a.Sections {
		cut("section", s.Start, s.End, "", false)
		if s.Heading != "" {
			cut("section heading", s.HeadingStart, s.HeadingEnd, s.Heading, true)
		}
	}
	for _, e := range a.Enumerations {
		if e.Announced != nil {
			cut("announcement", e.Announced.Start, e.Announced.End, e.Announced.Text, true)
		}
		for _, it := range e.Items {
			cut(e.ID+" item", it.Start, it.End, "", false)
			cut(e.ID+" head", it.HeadStart, it.HeadEnd, it.Head, true)
			cut(e.ID+" marker", it.MarkerStart, it.MarkerEnd, it.Marker, true)
			if it.HeadStart < it.Start || it.HeadEnd > it.End {
				t.Errorf("%s: head [%d,%d) outside item [%d,%d)", e.ID, it.HeadStart, it.HeadEnd, it.Start, it.End)
			}
		}
	}
	for _, q := range a.Quotes {
		cut("quote", q.Start, q.End, q.Text, true)
		if q.Verb != "" {
			cut("verb", q.VerbStart, q.VerbEnd, q.Verb, true)
		}
	}
	for _, tt := range a.Totals {
		cut("total", tt.Start, tt.End, tt.Text, true)
		for _, m := range tt.PartMentions {
			cut("part", m.Start, m.End, m.Text, true)
		}
	}
	for _, c := range a.Claims {
		cut("claim", c.Start, c.End, c.Text, true)
	}
	if a.Thesis != nil {
		cut("thesis", a.Thesis.Start, a.Thesis.End, a.Thesis.Text, true)
	}
	for _, d := range a.Diagnostics {
		cut("diagnostic", d.Start, d.End, "", false)
	}
}
