package document

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

func TestKnownDocuments(t *testing.T) {
	for _, tc := range []struct {
		desc, text string
		want       string // title/kind/number of mentions of each document, joined by " ; "
	}{
		{"a yearly report with its year, then without", "特首將於下週發表2030年施政報告，施政報告將提出房屋措施。", "2030年施政報告/report/2"},
		{"the same year written without 年", "總理作了2031政府工作報告；2031年政府工作報告強調就業。", "2031年政府工作報告/report/2"},
		{"Chinese numerals", "代表们审议一九九九年政府工作报告。", "一九九九年政府工作报告/report/1"},
		{"two years: the bare name stays apart", "2030年施政報告與2031年施政報告不同，施政報告年年有。", "2030年施政報告/report/1 ; 2031年施政報告/report/1 ; 施政報告/report/1"},
		{"a short law known by name", "言論自由受到基本法保障。", "基本法/law/1"},
		{"a longer name ending in a known one", "立法院三讀通過教育基本法。", "教育基本法/law/1"},
		{"a local government's report is not the known one", "市政府工作报告提出新目标。", ""},
		{"a word that only begins like a known name", "他是基本法律專家，也辦過施政報告會。", ""},
		{"fields of law are no laws", "他研究國內外刑法理論和民法。", ""},
	} {
		t.Run(tc.desc, func(t *testing.T) {
			docs := Extract(tc.text)
			checkSpans(t, tc.text, docs)
			var got []string
			for _, d := range docs {
				got = append(got, d.Title+"/"+d.Kind+"/"+strings.Repeat("|", len(d.Mentions)))
			}
			g := strings.Join(got, " ; ")
			for n := 9; n >= 1; n-- {
				g = strings.ReplaceAll(g, "/"+strings.Repeat("|", n), "/"+string(rune('0'+n)))
			}
			if g != tc.want {
				t.Errorf("Extract(%q) = %q; want %q", tc.text, g, tc.want)
			}
		})
	}
}

func TestYearBefore(t *testing.T) {
	for s, want := range map[string]string{"發表2030年": "2030年", "作2031": "2031", "一九九九年": "一九九九年", "2024年度": "2024年度", "第12030年": "", "十二年": "", "去年": ""} {
		if got := s[len(s)-yearBefore(s):]; got != want {
			t.Errorf("yearBefore(%q) → %q; want %q", s, got, want)
		}
	}
}

// TestKnownAnchors checks what knownAt relies on: every name holds its
// anchor exactly once, and no name overlaps itself (no proper prefix of
// it is also its suffix), so its occurrences are those a search from the
// end of the last one finds.
func TestKnownAnchors(t *testing.T) {
	for k, kd := range knownDocs() {
		a := knownAnchoring()[k]
		if a.anchor < 0 || strings.Count(kd.name, knownAnchors[a.anchor]) != 1 || !strings.HasPrefix(kd.name[a.off:], knownAnchors[a.anchor]) {
			t.Errorf("%s: anchor %+v", kd.name, a)
		}
		for n := 1; n < len(kd.name); n++ {
			if kd.name[:n] == kd.name[len(kd.name)-n:] {
				t.Errorf("%s overlaps itself by %d bytes", kd.name, n)
			}
		}
	}
}

// TestKnownAtSameAsSearch compares knownAt with searching the text for
// each name in turn, on random texts of the names, their parts, the
// anchors and other characters (invalid bytes too).
func TestKnownAtSameAsSearch(t *testing.T) {
	parts := []string{"政", "法", "咨", "施", "报告", "国", "基本", "民", "典", "年", "2018", "市", "，", "\xe6", "\xb3\x95", "的"}
	for _, k := range knownDocs() {
		parts = append(parts, k.name, k.name)
	}
	rng := rand.New(rand.NewPCG(7, 8))
	found := 0
	for n := 0; n < 3000; n++ {
		var b strings.Builder
		for range rng.IntN(30) {
			b.WriteString(parts[rng.IntN(len(parts))])
		}
		f := b.String()
		got := knownAt(f)
		for k, kd := range knownDocs() {
			var want []int
			for pos := 0; ; {
				at := strings.Index(f[pos:], kd.name)
				if at < 0 {
					break
				}
				want = append(want, pos+at)
				pos += at + len(kd.name)
			}
			var gotK []int
			if got != nil {
				gotK = got[k]
			}
			if !slices.Equal(gotK, want) {
				t.Fatalf("%q, %s: knownAt %v; searching %v", f, kd.name, gotK, want)
			}
			found += len(want)
		}
	}
	if found < 3000 {
		t.Errorf("only %d names found", found)
	}
}
