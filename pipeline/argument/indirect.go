package argument

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// indirect finds reported speech without quote marks: a speaker, a few
// characters, a speech verb, then the content up to the sentence's end.
func (q *quoteFinder) indirect() []Quote {
	d := q.d
	var out []Quote
	// The used verb starts in order, to ask whether a stretch holds one.
	used := make([]int, 0, len(q.verbs))
	for vs := range q.verbs {
		used = append(used, vs)
	}
	sort.Ints(used)
	for k, m := range q.ms {
		if q.modifier(m) || q.inQuote(m.Span) || q.addressee(m) {
			continue
		}
		for j, runes := m.End, 0; j < len(d.f) && runes <= 8; runes++ {
			r, n := utf8.DecodeRuneInString(d.f[j:])
			v := d.verbAt(j)
			if v == "" {
				if isPunct(r) || closerOf(r) != 0 && r != '《' || isCloser(r) && r != '》' || r == '\n' ||
					r == '（' || r == '）' || r == '(' || r == ')' {
					break
				}
				j += n
				continue
			}
			if q.verbs[j] {
				break
			}
			after := d.f[j+len(v):]
			if v == "谈到" || v == "提到" || strings.HasPrefix(after, "的") ||
				strings.HasPrefix(after, "了") || strings.HasPrefix(after, "过") || strings.HasPrefix(after, "着") {
				break // 談到…時說, 介紹了…: a topic or an object, not what was said
			}
			if negated(d.f[:j]) {
				break // 沒有提出…
			}
			cs := j + len(v)
			if v2 := d.verbAt(cs); v2 != "" && (v2 != "称" || v == "声明") && v2 != "道" {
				cs += len(v2) // 強調指出, 表示說
			}
			punct := false
			if r2, n2 := utf8.DecodeRuneInString(d.f[cs:]); r2 == '：' || r2 == ':' || r2 == '，' || r2 == ',' {
				cs += n2
				punct = true
			}
			if !punct && (objectVerb(v) && v != "提出" || v == "宣布") {
				break // 向客人介紹他的助手, 宣布對臺軍售: an object
			}
			if r2, _ := utf8.DecodeRuneInString(d.f[cs:]); closerOf(r2) != 0 && r2 != '《' || cs >= len(d.f) {
				break
			}
			sent := d.sentenceAt(cs)
			ce := sent.End
			if sent.Start > cs || ce <= cs {
				break
			}
			for ce > cs {
				r3, n3 := utf8.DecodeLastRuneInString(d.text[cs:ce])
				if !isSentenceEnd(r3) && !isSpace(r3) {
					break
				}
				ce -= n3
			}
			if d.runeCount(cs, ce) < 4 || !punct && d.runeCount(cs, ce) <= 8 {
				break // 表示熱烈歡迎: too short to be what was said
			}
			if u := sort.SearchInts(used, cs); u < len(used) && used[u] < ce {
				break // the sentence goes on to a quotation: …時說：“…”
			}
			qu := Quote{Text: d.text[cs:ce], Start: cs, End: ce, Kind: KindIndirect,
				Verb: d.text[j : j+len(v)], VerbStart: j, VerbEnd: j + len(v)}
			sp := speech{who: q.coordinated(k), at: m.Span}
			if a, ok := q.actAt[j]; ok && q.acts[a].sp.ok() {
				if as := q.acts[a].sp; as.who[0].sp == m.sp || as.at.Start <= m.Start && m.End <= as.at.End {
					// The same speaker, with the title found there, or a
					// role of the organization mentioned (白宮官員).
					sp = as
				}
			}
			attribute(&qu, d, sp)
			q.verbs[j] = true
			u := sort.SearchInts(used, j) // at the end but for odd mentions
			used = append(used, 0)
			copy(used[u+1:], used[u:])
			used[u] = j
			out = append(out, qu)
			break
		}
	}
	return out
}
