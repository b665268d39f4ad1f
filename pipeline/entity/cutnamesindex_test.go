package entity

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// commonThirdScan is commonThird as it was first written, with a
// strings.Index search of the text per form: the reference for
// TestCommonThirdIndexed.
func (x *Extractor) commonThirdScan(s *scan, form string) string {
	text := s.text
	third, n, ends := "", 0, false
	for off := 0; ; {
		k := strings.Index(text[off:], form)
		if k < 0 {
			break
		}
		end := off + k + len(form)
		off = end
		r, size := utf8.DecodeRuneInString(text[end:])
		if end >= len(text) || !isHan(r) || stopChars.has(r) || nameFollowers.has(r) || hasStopWord(text[end:]) ||
			weekdayAt(text, end) || creditEnd(text, end) || len(s.starting(end)) > 0 {
			return ""
		}
		if n > 0 && string(r) != third {
			return ""
		}
		third = string(r)
		n++
		if x.nameMayEnd(s, end+size) {
			ends = true
		}
	}
	if n < 2 || !ends || notName(form+third) {
		return ""
	}
	return third
}

// TestCommonThirdIndexed compares commonThirdAt, given the occurrences of
// all the forms found in one pass, with the search per form, for every
// two-character form of texts we wrote: names followed by the same third
// character or not, forms that overlap themselves (丁丁丁).
func TestCommonThirdIndexed(t *testing.T) {
	texts := []string{
		"公司董事長吳建家昨天出席。吳建家表示訂單很多，吳建家特別感謝員工。",
		"市長周文昨天到場。周文說明計畫，周文說不會延後。林平安出席會議，林平昨天也表示支持。",
		"丁丁丁說明了，丁丁丁表示，丁丁丁丁也來。楊明家表示，楊明家特别高興，楊明",
		"張立中周三說，張立中週四再說。黃大仙區黃大仙廟，黃大仙表示。",
	}
	x := newTestExtractor(t, Options{})
	for _, text := range texts {
		s := x.scan(text, Hints{})
		var forms []string
		seen := map[string]bool{}
		rs := []rune(text)
		for i := 0; i+2 <= len(rs); i++ {
			if f := string(rs[i : i+2]); !seen[f] {
				seen[f] = true
				forms = append(forms, f)
			}
		}
		found := 0
		for i, occ := range occurrences(text, forms, nil) {
			got, want := x.commonThirdAt(s, forms[i], occ), x.commonThirdScan(s, forms[i])
			if got != want {
				t.Errorf("commonThirdAt(%q) = %q; want %q (text %q)", forms[i], got, want, text)
			}
			if got != "" {
				found++
			}
		}
		if found == 0 && strings.HasPrefix(text, "公司") {
			t.Errorf("no form of %q has a common third character", text)
		}
	}
}
