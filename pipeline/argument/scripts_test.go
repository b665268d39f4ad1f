package argument

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/zhpipe/zhpipe/internal/shared"
)

// simplifiedSeedSpeakers are seedSpeakers in the Simplified seed's wording.
func simplifiedSeedSpeakers() []seedSpeaker {
	return []seedSpeaker{
		{"P1", "川普", Person, []string{"川普"}},
		{"P2", "范斯", Person, []string{"范斯"}},
		{"P3", "马尔科·A·卢比欧", Person, []string{"马尔科·A·卢比欧", "卢比欧"}},
		{"P4", "迈克尔·J·克拉茨奥斯", Person, []string{"迈克尔·J·克拉茨奥斯", "克拉茨奥斯"}},
		{"P5", "拜登", Person, []string{"拜登"}},
		{"P6", "戴维·O·萨克斯", Person, []string{"戴维·O·萨克斯"}},
		{"O1", "美国白宫科技政策办公室", Organization, []string{"美国白宫科技政策办公室", "白宫科技政策办公室"}},
		{"O2", "国际货币基金组织", Organization, []string{"国际货币基金组织"}},
		{"O3", "美国商务部", Organization, []string{"美国商务部", "商务部"}},
		{"O4", "欧盟", Organization, []string{"欧盟"}},
		{"D1", "赢得竞赛:美国人工智能行动计划", Document, []string{"《赢得竞赛:美国人工智能行动计划》", "《计划》"}},
	}
}

// shape describes an Argument without its texts and offsets, so that the
// same article in two scripts or two line-ending conventions compares
// equal.
func shape(a *Argument) string {
	var b strings.Builder
	for _, s := range a.Sections {
		fmt.Fprintf(&b, "section %v heading=%v\n", s.Role, s.Heading != "")
	}
	for _, e := range a.Enumerations {
		ann := 0
		if e.Announced != nil {
			ann = e.Announced.Count
		}
		fmt.Fprintf(&b, "%s %s announced=%d items=%d parent=%s markers=", e.ID, e.Style, ann, len(e.Items), e.Parent)
		for _, it := range e.Items {
			b.WriteString(fold(it.Marker) + "|")
		}
		b.WriteString("\n")
	}
	for _, q := range a.Quotes {
		fmt.Fprintf(&b, "quote %v %s %v %s\n", q.Kind, q.Speaker, q.Speakers, fold(q.Verb))
	}
	for _, t := range a.Totals {
		fmt.Fprintf(&b, "total %g %v %v %s\n", t.Stated, t.Parts, t.Consistent, t.Enumeration)
	}
	for _, c := range a.Claims {
		fmt.Fprintf(&b, "claim %v\n", c.Holds)
	}
	for _, d := range a.Diagnostics {
		fmt.Fprintf(&b, "diag %s\n", d.Code)
	}
	fmt.Fprintf(&b, "thesis %v\n", a.Thesis != nil)
	return b.String()
}

// TestSeedScripts runs the seed in Simplified (OpenCC's conversion of it)
// and with a BOM and CRLF line ends: the structure found must be the same
// as on the Traditional original.
func TestSeedScripts(t *testing.T) {
	text, _ := readSeed(t)
	want := shape(Analyze(text, buildSpeakers(text, seedSpeakers()), nil))
	for _, tc := range []struct {
		file     string
		speakers []seedSpeaker
	}{
		{"seed-simplified.utf8.txt", simplifiedSeedSpeakers()},
		{"seed.utf8-bom-crlf.txt", seedSpeakers()},
	} {
		t.Run(tc.file, func(t *testing.T) {
			b, err := os.ReadFile(shared.Path(t, "fixtures", "encodings", tc.file))
			if err != nil {
				t.Fatal(err)
			}
			other := string(b)
			a := Analyze(other, buildSpeakers(other, tc.speakers), nil)
			checkSpans(t, other, a)
			if got := shape(a); got != want {
				t.Errorf("structure of %s differs from the Traditional seed's:\n--- got\n%s--- want\n%s", tc.file, got, want)
			}
		})
	}
}
