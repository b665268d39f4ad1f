package argument

import (
	"strings"
	"testing"
)

// TestStrayOpenerBoundsSentences: one unclosed “ in a long paragraph (a
// file whose lines were joined) must not make the rest of the paragraph one
// sentence: reported speech is cut at its sentence, so the quotes' total
// size stays proportional to the text (it was quadratic: 500 MB of JSON for
// a 2 MB line).
func TestStrayOpenerBoundsSentences(t *testing.T) {
	sentence := "美国代表表示，会员国可以就会费比例重开讨论并尽快达成协议。"
	text := "他说“" + strings.Repeat(sentence, 400)
	start := strings.Index(text, "美国代表")
	var mentions []Span
	for i := start; i >= 0 && i < len(text); {
		mentions = append(mentions, Span{i, i + len("美国代表")})
		j := strings.Index(text[i+1:], "美国代表")
		if j < 0 {
			break
		}
		i += 1 + j
	}
	a := Analyze(text, []Speaker{{ID: "O1", Name: "美国代表", Kind: Organization, Mentions: mentions}}, nil)
	total, indirect := 0, 0
	for _, q := range a.Quotes {
		total += q.End - q.Start
		if q.Kind == KindIndirect {
			indirect++
		}
	}
	if indirect < 100 {
		t.Errorf("%d reported-speech quotes; want one per sentence (400)", indirect)
	}
	if total > 2*len(text) {
		t.Errorf("quotes cover %d bytes of a %d-byte text: sentences run on past the stray opener", total, len(text))
	}
}
