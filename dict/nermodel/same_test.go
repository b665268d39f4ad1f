package nermodel

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"strconv"
	"testing"

	"github.com/zhpipe/zhpipe/internal/shared"
	"github.com/zhpipe/zhpipe/pipeline/convert"
	"github.com/zhpipe/zhpipe/pipeline/entity/ner"
)

// tagDigests are the SHA-256 digests of every span (sentence, offsets,
// label and score) the embedded model gives on the NER test sets. They were
// recorded with the tagger and model of commit 085f430 (hashed feature
// table, before the compiled model format) and must not change unless the
// model is retrained: a faster tagger has to give exactly the same tags.
var tagDigests = map[string]string{
	"msra":          "a30bfa8fafd6b6eb5e8827c278bad779044feb8d68623531e65037d1f98bab2e",
	"peoples_daily": "161724186c69c26a6e6f24725cff300de0cd97318b02b1799f5b746dab49edca",
	"msra_s2tw":     "af9909bc7d26e32863d7509d05faefd708b589b03df4d7b376f89579a21813ff",
}

// TestSameTags checks the tags on the MSRA and People's Daily test sets,
// and on the MSRA test set converted to Traditional (s2tw, tagged through
// the model's own character fold), against the recorded digests.
func TestSameTags(t *testing.T) {
	if testing.Short() {
		t.Skip("skipping: tags the NER test sets (-short)")
	}
	m, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	msra := readBIO(t, "msra")
	pd := readBIO(t, "peoples_daily")
	s2tw, err := convert.New("s2tw")
	if err != nil {
		t.Fatal(err)
	}
	tw := make([]string, len(msra))
	for i, s := range msra {
		tw[i] = s2tw.Convert(s)
	}
	for _, set := range []struct {
		name  string
		texts []string
	}{{"msra", msra}, {"peoples_daily", pd}, {"msra_s2tw", tw}} {
		got := tagDigest(m, set.texts)
		if want := tagDigests[set.name]; got != want {
			t.Errorf("%s: tags digest %s; want %s (the tags changed)", set.name, got, want)
		}
	}
}

// tagDigest hashes the spans Tag gives on every text.
func tagDigest(m *ner.Model, texts []string) string {
	h := sha256.New()
	var b []byte
	for i, text := range texts {
		for _, s := range m.Tag(text) {
			b = strconv.AppendInt(b[:0], int64(i), 10)
			b = fmt.Appendf(b, " %d %d %s ", s.Start, s.End, s.Label)
			b = strconv.AppendFloat(b, s.Score, 'g', -1, 64)
			b = append(b, '\n')
			h.Write(b)
		}
	}
	return hex.EncodeToString(h.Sum(nil))
}

func readBIO(t *testing.T, set string) []string {
	t.Helper()
	f, err := os.Open(shared.Path(t, "eval", "ner", set, "test.bio"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sents, err := ner.ReadBIO(f)
	if err != nil {
		t.Fatal(err)
	}
	texts := make([]string, len(sents))
	for i, s := range sents {
		texts[i] = s.Text
	}
	return texts
}
