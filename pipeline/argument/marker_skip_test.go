package argument

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestFindMarkersSkip compares findMarkers, which steps over runs of Han
// characters that cannot start a marker in a tight loop, with the loop
// that reads every character (findMarkersRef, as it was), on random
// paragraphs of markers, numerals, punctuation, brackets, ordinary and
// rare Han characters and invalid bytes.
func TestFindMarkersSkip(t *testing.T) {
	alphabet := []string{"一", "二", "三", "十", "、", "（", "）", "(", ")", "第", "是", "，", "。", "：", "1", ".", "①", "•", "首先", "其次", "最后",
		"\n", "的", "我们", "认为", "发展", "㐀", "\xe5", " ", "另一方面", "项", "条", "#", "## ", "壹", "A", "I"}
	rng := uint64(5)
	found := 0
	for k := 0; k < 4000; k++ {
		var b strings.Builder
		for range k % 60 {
			rng = rng*6364136223846793005 + 1442695040888963407
			b.WriteString(alphabet[rng>>33%uint64(len(alphabet))])
		}
		text := b.String()
		got, want := newDoc(text).findMarkers(), newDoc(text).findMarkersRef()
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("findMarkers(%q) = %+v; the full loop finds %+v", text, got, want)
		}
		found += len(got)
	}
	if found < 1000 {
		t.Fatalf("only %d markers in all the texts: the test hardly reaches the marker readers", found)
	}
}

func (d *doc) findMarkersRef() []marker {
	var out []marker
	for pi, p := range d.paras {
		firstEnd := p.End
		if len(p.sents) > 0 {
			firstEnd = p.sents[0].End
		}
		diNounDone := false
		depthParen := 0
		bs := d.bodyStart(p)
		// prev is the rune before i as the scan read it, -1 after a
		// marker: otherMarker reads nothing past a sentence's start,
		// which only a space, a sentence end or a colon before i (or
		// the line start) may make.
		prev := rune(-1)
		for i := p.Start; i < p.End; {
			r, n := rune(0), 3 // (a Han character read in line)
			if hanAt(d.f, i, len(d.f)) {
				r = hanRune(d.f, i)
			} else {
				r, n = utf8.DecodeRuneInString(d.f[i:])
			}
			if i != bs && (depthParen > 0 || prev >= 0 && !mayEndBeforeSentence(prev)) {
				// otherMarker finds nothing here.
			} else if m, ok := d.otherMarker(i, p, bs, depthParen > 0); ok {
				m.para = pi
				m.atStart = m.start == bs
				m.first = m.start < firstEnd
				if m.style == "bullet" {
					// Bullets count the lines they open in a row.
					m.n = 1
					if k := len(out) - 1; k >= 0 && out[k].family == m.family && out[k].atStart && out[k].para == pi-1 {
						m.n = out[k].n + 1
					}
				}
				out = append(out, m)
				i, prev = m.end, -1
				continue
			}
			if r == '(' || r == '（' {
				// (一) markers are read before counting the parenthesis.
				if m, ok := d.parenMarker(i, p); ok {
					m.para = pi
					out = append(out, m)
					i, prev = m.end, -1
					continue
				}
				depthParen++
			}
			if (r == ')' || r == '）') && depthParen > 0 {
				depthParen--
			}
			if !mayStartMarker(r) {
				// markerAt finds nothing here.
			} else if m, ok := d.markerAt(i, p, firstEnd, depthParen > 0, &diNounDone); ok {
				m.para = pi
				m.atStart = m.start == d.bodyStart(p)
				m.first = m.start < firstEnd
				out = append(out, m)
				i, prev = m.end, -1
				continue
			}
			i, prev = i+n, r
		}
	}
	return out
}
