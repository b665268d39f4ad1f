package argument

import (
	"reflect"
	"strings"
	"testing"

	"github.com/zhpipe/zhpipe/pipeline/internal/hanstr"
)

// trigTexts returns the random texts of the stop index's tests with the
// trigger characters, Traditional forms that fold to them (與), cue words
// and a few sentences written here mixed in.
func trigTexts(n int) []string {
	extra := []string{"和", "及", "與", "与", "、", "是", "一", "背景", "内容", "特點", "评估", "几点", "挑战", "以及", "一是",
		"其出台背景主要有三点。", "我们讨论了教育和医疗两个议题，", "一个是甲，一个是乙；", "甲、乙與丙三國",
		"他说：", "據報道，", "根据法案，", "依据规定，", "部长表示，", "强调指出", "發言人回應稱", "千万不要说", "声明称"}
	out := stopsTexts(n)
	rng := uint64(5)
	for k := range out {
		var b strings.Builder
		for _, r := range out[k] {
			rng = rng*6364136223846793005 + 1442695040888963407
			if rng>>60 < 3 {
				b.WriteString(extra[rng>>33%uint64(len(extra))])
			}
			b.WriteRune(r)
		}
		out[k] = b.String()
	}
	return out
}

// TestTriggersInSpans compares the trigger index's answers with searches
// of the folded text, for every span of random texts.
func TestTriggersInSpans(t *testing.T) {
	asked, held := 0, 0
	for _, text := range trigTexts(300) {
		d := newDoc(text)
		if !d.trigOn() {
			t.Fatalf("no trigger index for valid text %q", text)
		}
		for s := 0; s <= len(d.f); s++ {
			// Every span of up to 40 bytes, and those to the end.
			for e := s; e <= len(d.f); e++ {
				if e-s > 40 && e < len(d.f) {
					e = len(d.f)
				}
				f := d.f[s:e]
				asked++
				got, want := d.hasConjIn(s, e), hasConj(f)
				if got != want {
					t.Fatalf("%q [%d,%d): hasConjIn %v; hasConj %v", text, s, e, got, want)
				}
				if got {
					held++
				}
				for _, x := range []struct {
					c int
					w string
				}{{trigDun, "、"}, {trigShi, "是"}, {trigYi, "一"}} {
					if got, want := d.hasIn(x.c, x.w, s, e), hanstr.Contains(f, x.w); got != want {
						t.Fatalf("%q [%d,%d): hasIn(%q) %v; want %v", text, s, e, x.w, got, want)
					}
				}
				if got, want := d.hasCueWordIn(s, e), hasCueWord(f); got != want {
					t.Fatalf("%q [%d,%d): hasCueWordIn %v; hasCueWord %v", text, s, e, got, want)
				}
			}
		}
	}
	if asked < 50000 || held < asked/10 {
		t.Errorf("only %d spans asked, %d holding 和, 及 or 與", asked, held)
	}
}

// TestTriggersOffSameResults compares Analyze with the trigger and stop
// indexes and without them (the passes then search the text) on the
// random texts.
func TestTriggersOffSameResults(t *testing.T) {
	for _, text := range trigTexts(600) {
		if got, want := Analyze(text, nil, nil), analyzeNoStops(text); !reflect.DeepEqual(got, want) {
			t.Fatalf("%q: with the indexes %+v; without %+v", text, got, want)
		}
	}
}

// TestTrigClassHan keeps trigHan, trigClass and hanScanClasses in step,
// and checks that no trigger or act lies below U+4E00 (buildStops records
// none there).
func TestTrigClassHan(t *testing.T) {
	for _, r := range trigHan {
		if trigClass(r) < 0 {
			t.Errorf("%c: no class", r)
		}
	}
	cls := hanScanClasses()
	for r := rune(0x4000); r <= 0x9FFF; r++ {
		if trigClass(r) >= 0 && !strings.ContainsRune(trigHan, r) {
			t.Errorf("%c has a class and is not in trigHan", r)
		}
		if r < 0x4E00 {
			if trigClass(r) >= 0 || actFirsts.has(r) {
				t.Errorf("%c below U+4E00 is a trigger", r)
			}
			continue
		}
		c := cls[r-0x4E00]
		if (c&clsStop != 0) != stopHan.has(r) || (c&clsAct != 0) != actFirsts.has(r) || int(c&clsTrig)-1 != trigClass(r) {
			t.Errorf("%c: class %#x", r, c)
		}
	}
}

// TestActFirstsHoldVerbs checks that every speech verb starts with a rune
// of actFirsts, a Han character the stop pass records.
func TestActFirstsHoldVerbs(t *testing.T) {
	for _, v := range append(speechVerbs(), "据", "根据", "依据") {
		r, _ := decodeRune(v)
		if r < 0x4E00 || !actFirsts.has(r) || hanScanClasses()[r-0x4E00]&clsAct == 0 || !hanAt(v, 0, len(v)) {
			t.Errorf("%s: its first rune %c is not recorded", v, r)
		}
	}
}

// TestFindActsIndexed compares the acts findActs finds going from one
// recorded character to the next with those of the scan through every
// character, on the random texts with speakers named in them.
func TestFindActsIndexed(t *testing.T) {
	acts := 0
	for _, text := range trigTexts(600) {
		var sp []Speaker
		if k := strings.Index(text, "部长"); k >= 0 {
			sp = append(sp, Speaker{ID: "P1", Name: "部长", Kind: Person, Mentions: []Span{{k, k + len("部长")}}})
		}
		find := func(d *doc) []act {
			qs, _ := d.findQuotes()
			q := &quoteFinder{d: d, qs: qs, verbs: map[int]bool{}, actors: map[int]actor{}, byName: map[string]*Speaker{}}
			for _, x := range qs {
				if x.depth == 0 {
					q.top = append(q.top, x.in)
					q.topq = append(q.topq, x)
				}
			}
			q.ms = q.linkShort(q.fixNames(q.addMissed(mentions(text, sp))))
			q.findActs()
			return q.acts
		}
		got, want := find(newDoc(text)), find(newDocNoStops(text))
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%q: acts %+v; want %+v", text, got, want)
		}
		acts += len(got)
	}
	if acts < 300 {
		t.Errorf("only %d acts found", acts)
	}
}
