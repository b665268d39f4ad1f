package argument

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/zhpipe/zhpipe/internal/shared"
)

// pdArticle is an article rebuilt from the tagged People's Daily corpus,
// with speakers from its nr (person) and nt (organization) tags.
type pdArticle struct {
	id       string
	text     string
	speakers []Speaker
}

// readPD rebuilds up to max articles of the tagged corpus: words joined
// without tags, one line per paragraph, consecutive nr words as one name.
func readPD(t testing.TB, path string, max int) []pdArticle {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []pdArticle
	var cur *pdArticle
	index := map[string]int{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		toks := strings.Fields(sc.Text())
		if len(toks) < 2 {
			continue
		}
		parts := strings.Split(strings.SplitN(toks[0], "/", 2)[0], "-")
		if len(parts) < 3 {
			continue
		}
		if id := strings.Join(parts[:3], "-"); cur == nil || cur.id != id {
			if cur != nil {
				if out = append(out, *cur); len(out) >= max {
					return out
				}
			}
			cur, index = &pdArticle{id: id}, map[string]int{}
		}
		var b strings.Builder
		b.WriteString(cur.text)
		nameStart, name := -1, ""
		flush := func(kind SpeakerKind) {
			if nameStart < 0 {
				return
			}
			k, ok := index[name]
			if !ok {
				k = len(cur.speakers)
				index[name] = k
				cur.speakers = append(cur.speakers, Speaker{ID: fmt.Sprintf("S%d", k), Name: name, Kind: kind})
			}
			cur.speakers[k].Mentions = append(cur.speakers[k].Mentions, Span{nameStart, b.Len()})
			nameStart, name = -1, ""
		}
		for _, tok := range toks[1:] {
			tok = strings.TrimPrefix(tok, "[")
			i := strings.LastIndex(tok, "/")
			if i < 0 {
				continue
			}
			w := tok[:i]
			tag, _, _ := strings.Cut(tok[i+1:], "]") // [中央/n 电视台/n]nt

			if tag == "nr" {
				if nameStart < 0 {
					nameStart = b.Len()
				}
				name += w
				b.WriteString(w)
				continue
			}
			flush(Person)
			if tag == "nt" {
				nameStart, name = b.Len(), w
				b.WriteString(w)
				flush(Organization)
				continue
			}
			b.WriteString(w)
		}
		flush(Person)
		b.WriteString("\n")
		cur.text = b.String()
	}
	if cur != nil {
		out = append(out, *cur)
	}
	return out
}

// TestPeoplesDaily runs Analyze on 3,000 articles of People's Daily
// (January 1998) with the corpus's own person and organization tags as
// speakers: every span must cut its text, the structure must hold its
// invariants, and most statements and reported speech must find a
// speaker (85% when this test was written).
func TestPeoplesDaily(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping: 3,000 articles")
	}
	arts := readPD(t, shared.Path(t, "eval", "corpus", "pd1998", "199801.utf8.txt"), 3000)
	speech, attributed, mismatches, enums := 0, 0, 0, 0
	for _, a := range arts {
		r := Analyze(a.text, a.speakers, nil)
		checkSpans(t, a.text, r)
		checkOrder(t, r)
		enums += len(r.Enumerations)
		for _, q := range r.Quotes {
			if q.Kind != KindTerm {
				speech++
				if q.Speaker != "" {
					attributed++
				}
			}
		}
		for _, d := range r.Diagnostics {
			if d.Code == DiagCountMismatch {
				mismatches++
			}
		}
	}
	t.Logf("%d articles: %d enumerations (%d count mismatches), %d statements and reported speech, %d with a speaker",
		len(arts), enums, mismatches, speech, attributed)
	if len(arts) < 3000 {
		t.Errorf("read %d articles; want 3000", len(arts))
	}
	if speech == 0 || float64(attributed)/float64(speech) < 0.8 {
		t.Errorf("%d of %d statements attributed; want at least 80%%", attributed, speech)
	}
	if mismatches > 10 {
		t.Errorf("%d count mismatches; want at most 10 (news rarely miscounts)", mismatches)
	}
}
