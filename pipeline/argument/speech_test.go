package argument

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/zhpipe/zhpipe/pipeline/convert"
)

// speechLexicon is every word of the speech lexicon.
func speechLexicon() []string {
	var all []string
	all = append(all, speechVerbs()...)
	all = append(all, titleWords()...)
	all = append(all, roleHeads()...)
	all = append(all, orgHeads()...)
	all = append(all, leadingConnectives()...)
	all = append(all, adverbials()...)
	for _, f := range framesBefore() {
		all = append(all, f.open...)
		all = append(all, f.close...)
	}
	all = append(all, termHeads()...)
	all = append(all, termAfter()...)
	all = append(all, termBefore()...)
	return all
}

// TestSpeechLexiconFolds checks that every word of the speech lexicon,
// written in Traditional characters by OpenCC's s2t, s2hk and s2tw, folds
// back to the Simplified entry, so that Taiwan and Hong Kong texts match it
// (著, 藉 and 覆 are Simplified words of their own and are not folded).
func TestSpeechLexiconFolds(t *testing.T) {
	for _, cfg := range []string{"s2t", "s2hk", "s2tw"} {
		c, err := convert.New(cfg)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range speechLexicon() {
			tr := c.Convert(w)
			if utf8.RuneCountInString(tr) != utf8.RuneCountInString(w) || strings.ContainsAny(tr, "著藉覆") {
				continue
			}
			if got := fold(tr); got != w {
				t.Errorf("%s: fold(%q) = %q; want %q", cfg, tr, got, w)
			}
		}
	}
}
