package entity

import "strings"

// officeShortHeads are the short forms of an office's head: 办 for 办公室
// (国务院新闻办 for 国务院新闻办公室).
var officeShortHeads = [][2]string{{"办", "办公室"}, {"辦", "辦公室"}}

// linkOfficeShortForms gives an organization written with the short head
// of an office (某某新闻办) the identity of the organization of the text
// written in full (某某新闻办公室).
func linkOfficeShortForms(text string, kept []*cand) {
	full := map[string]*cand{}
	for _, c := range kept {
		if c.typ == Organization && c.end > c.start {
			if _, seen := full[text[c.start:c.end]]; !seen {
				full[text[c.start:c.end]] = c
			}
		}
	}
	for _, c := range kept {
		if c.typ != Organization || c.end <= c.start {
			continue
		}
		form := text[c.start:c.end]
		for _, h := range officeShortHeads {
			stem, ok := strings.CutSuffix(form, h[0])
			if !ok || stem == "" {
				continue
			}
			f := full[stem+h[1]]
			if f == nil {
				continue
			}
			if f.org >= 0 {
				c.org = f.org
			} else if c.org < 0 {
				c.set().canon = stem + h[1]
			}
		}
	}
}
