package argument

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// stopsTexts returns random valid texts of Han characters (stops and
// others, Traditional ones that fold, one below U+4E00), numerals,
// markers, punctuation, quote marks, brackets, spaces and line breaks.
func stopsTexts(n int) []string {
	alphabet := []string{"一", "二", "三", "十", "百", "两", "、", "（", "）", "(", ")", "第", "是", "，", "。", "：", "；", "！", "1", "2", ".", "①",
		"“", "”", "「", "」", "《", "》", "\n", "的", "我们", "認為", "發展", "們", "說", "㐀", " ", "　", "另一方面", "首先", "其次", "项", "條", "个",
		"#", "## ", "壹", "A", "等", "和", "与", "及", "国家", "人", "名", "以下", "3个", "共有", "其中", "４", "…", "表示", "发展中国家"}
	rng := uint64(11)
	var out []string
	for k := 0; k < n; k++ {
		var b strings.Builder
		for range k % 90 {
			rng = rng*6364136223846793005 + 1442695040888963407
			b.WriteString(alphabet[rng>>33%uint64(len(alphabet))])
		}
		out = append(out, b.String())
	}
	return out
}

// TestNextStop checks nextStop against a bit-by-bit search of the
// index, and that every rune it steps over is a Han character that is
// no stop.
func TestNextStop(t *testing.T) {
	for _, text := range stopsTexts(1500) {
		d := newDoc(text)
		if d.stops == nil {
			t.Fatalf("no stop index for valid text %q", text)
		}
		for i := 0; i+3 <= len(d.f); i++ {
			if !hanAt(d.f, i, len(d.f)) {
				continue
			}
			for _, lim := range []int{len(d.f), i + 3 + (len(d.f)-i)/2} {
				want := i + 3
				for want < lim && d.stops[want>>6]&(1<<(want&63)) == 0 {
					want++
				}
				if got := d.nextStop(i, lim); got != want {
					t.Fatalf("nextStop(%q, %d, %d) = %d; want %d", text, i, lim, got, want)
				}
			}
		}
		// Between two stops, only non-stop Han characters.
		for i := 0; i < len(d.f); {
			stop := d.stops[i>>6]&(1<<(i&63)) != 0
			han := hanAt(d.f, i, len(d.f)) && hanAt(d.text, i, len(d.text))
			if !stop && (!han || stopHan.has(hanRune(d.f, i)) || hanRune(d.f, i) < 0x4E00) {
				t.Fatalf("%q: byte %d (%q) is no stop", text, i, d.f[i:])
			}
			if han {
				i += 3
			} else {
				i++
				for i < len(d.f) && d.f[i]&0xC0 == 0x80 {
					i++
				}
			}
		}
	}
}

// TestStopsSameResults compares the scans that jump from stop to stop
// with the same scans stepping character by character (no index), on
// random texts: sentences, markers, announcements, numbers, clause
// splits and the counts closing lists.
func TestStopsSameResults(t *testing.T) {
	found, counted := 0, 0
	for _, text := range stopsTexts(3000) {
		d := newDoc(text)
		ref := newDocNoStops(text)
		if !reflect.DeepEqual(d.paras, ref.paras) {
			t.Fatalf("%q: paragraphs and sentences %+v; without the index %+v", text, d.paras, ref.paras)
		}
		if got, want := d.findMarkers(), ref.findMarkers(); !reflect.DeepEqual(got, want) {
			t.Fatalf("findMarkers(%q) = %+v; without the index %+v", text, got, want)
		}
		if got, want := d.findAnnouncements(), ref.findAnnouncements(); !reflect.DeepEqual(got, want) {
			t.Fatalf("findAnnouncements(%q) = %+v; without the index %+v", text, got, want)
		}
		got, want := d.numbers(nil), ref.numbers(nil)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("numbers(%q) = %+v; without the index %+v", text, got, want)
		}
		found += len(got)
		for _, p := range d.paras {
			cs, rcs := d.appendSplit(nil, p.Start, p.End, sepClause), ref.appendSplit(nil, p.Start, p.End, sepClause)
			if !reflect.DeepEqual(cs, rcs) {
				t.Fatalf("%q: clauses %v; without the index %v", text, cs, rcs)
			}
			for _, c := range cs {
				// countedAfter asks shortItems only when countInLast needs it.
				if parts := d.appendSplit(nil, c.Start, c.End, sepDun); len(parts) >= 2 {
					for k := range parts {
						parts[k] = d.trimmed(parts[k])
					}
					last := parts[len(parts)-1]
					c1, s1, e1 := d.countInLast(last, d.shortItems(parts))
					c2, s2, e2 := d.countInLastFn(last, func() bool { return d.shortItems(parts) })
					if c1 != c2 || s1 != s2 || e1 != e2 {
						t.Fatalf("%q: countInLast(%v) = %d %v %d; asking shortItems when needed %d %v %d", text, last, c1, s1, e1, c2, s2, e2)
					}
					counted += c1
				}
				for _, names := range []bool{false, true} {
					c1, s1, e1 := d.countInLast(c, names)
					c2, s2, e2 := ref.countInLast(c, names)
					if c1 != c2 || s1 != s2 || e1 != e2 {
						t.Fatalf("%q: countInLast(%v) = %d %v %d; without the index %d %v %d", text, c, c1, s1, e1, c2, s2, e2)
					}
				}
			}
		}
		if a, b := Analyze(text, nil, nil), analyzeNoStops(text); !reflect.DeepEqual(a, b) {
			t.Fatalf("Analyze(%q) = %+v; without the index %+v", text, a, b)
		}
	}
	if counted < 20 {
		t.Fatalf("only %d counts closing lists in all the texts", counted)
	}
	if found < 300 {
		t.Fatalf("only %d numbers in all the texts: the test hardly reaches the scans' work", found)
	}
}

// newDocNoStops is newDoc without the stop index: the scans step over
// every character.
func newDocNoStops(text string) *doc {
	noStops = true
	defer func() { noStops = false }()
	return newDoc(text)
}

func analyzeNoStops(text string) *Argument {
	noStops = true
	defer func() { noStops = false }()
	return Analyze(text, nil, nil)
}

// TestVerbAtSecondRune compares verbAt, which reads no further before a
// rune that no speech verb has second, with the loop over the verbs of
// the first rune alone, at every rune of random texts of speech verbs,
// their first runes and other words.
func TestVerbAtSecondRune(t *testing.T) {
	alphabet := append([]string{"大家", "高", "主要", "表", "说", "，", "的", "他", "「", "1"}, speechVerbs()...)
	rng := uint64(3)
	found := 0
	for k := 0; k < 2000; k++ {
		var b strings.Builder
		for range k % 40 {
			rng = rng*6364136223846793005 + 1442695040888963407
			w := alphabet[rng>>33%uint64(len(alphabet))]
			if rng>>20&1 == 0 {
				_, n := utf8.DecodeRuneInString(w)
				w = w[:n] // the first rune alone
			}
			b.WriteString(w)
		}
		d := newDoc(b.String())
		for i := 0; i < len(d.f); {
			want := ""
			r, n := utf8.DecodeRuneInString(d.f[i:])
			for _, v := range verbsByRune()[r] {
				if strings.HasPrefix(d.f[i:], v) && !d.verbExcluded(i, i+len(v), v) {
					want = v
					break
				}
			}
			if got := d.verbAt(i); got != want {
				t.Fatalf("verbAt(%q, %d) = %q; the loop finds %q", d.f, i, got, want)
			}
			if want != "" {
				found++
			}
			i += n
		}
	}
	if found < 1000 {
		t.Fatalf("only %d verbs found", found)
	}
}
