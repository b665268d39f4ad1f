package words

import "testing"

// TestList: a List gives back each word's span and tag, names each tag
// once, and gives "" for a word whose tag index is past the tags.
func TestList(t *testing.T) {
	text := "我们明天开会"
	var l List
	l.Add(0, 6, "r")
	l.Add(6, 12, "t")
	l.Add(12, 18, "v")
	l.Add(6, 12, "t")
	var ws Words = &l
	if ws.Len() != 4 {
		t.Fatalf("Len = %d, want 4", ws.Len())
	}
	want := []struct{ s, pos string }{{"我们", "r"}, {"明天", "t"}, {"开会", "v"}, {"明天", "t"}}
	for i, w := range want {
		a, b := ws.Span(i)
		if text[a:b] != w.s || ws.POS(i) != w.pos {
			t.Errorf("word %d = %q/%s, want %q/%s", i, text[a:b], ws.POS(i), w.s, w.pos)
		}
	}
	if len(l.Tags) != 3 {
		t.Errorf("tags %v, want each of r, t, v once", l.Tags)
	}
	l.List = append(l.List, Word{Start: 0, End: 3, Tag: uint16(len(l.Tags))})
	if got := l.POS(4); got != "" {
		t.Errorf("POS of a word without tag = %q, want \"\"", got)
	}
}
