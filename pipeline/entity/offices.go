package entity

import (
	"github.com/zhpipe/zhpipe/dict/lexicon"
)

// officeHeads name an office that a title's holder heads: 发言人办公室,
// 总统办公室.
var officeHeads = []string{"办公室", "辦公室"}

// titleOfficeCands finds the offices named after a title that open a line
// or clause (发言人办公室 signing a statement, 首相办公室发表声明): the
// office of the holder of that title is an organization. An office after a
// body's name (外交部发言人办公室) is read by the rules of orgs.go.
func (x *Extractor) titleOfficeCands(s *scan) []*cand {
	text := s.text
	var out []*cand
	for _, head := range officeHeads {
		for off := 0; ; {
			p := s.index(head, off)
			if p < 0 {
				break
			}
			off = p + len(head)
			if t, ok := x.affixAt(s, p, true, lexicon.TitleCore); ok && clauseOpens(text, t.start) {
				out = append(out, newCand(t.start, p+len(head), Organization, prioOrgExt))
			}
		}
	}
	return out
}
