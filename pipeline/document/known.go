package document

import (
	"sort"
	"strings"
	"sync"
	"unicode/utf8"
)

// Well-known documents named without brackets. Some documents recur
// under a generic name that every reader knows and that news writes
// bare: a government's yearly report (政府工作報告 of the mainland's
// premier, 施政報告 of Hong Kong's Chief Executive, 國情咨文 of the US
// president, 財政預算案) and a few laws known by a short name (基本法 of
// Hong Kong and Macau, 國安法, 民法典; not 刑法 or 民法, which also name
// fields of law: 國內外刑法理論). These are kept wherever they
// stand — a bare short 法 otherwise needs a law's context — with a year
// before them as part of the title (2025年施政報告, 一九九八年政府工作报告,
// 2024施政報告). A longer name that ends in one of them (教育基本法,
// 某市政府工作报告 when written so) is read by the other rules or, when
// the one before is an issuer, left alone.

// knownDoc is a document known by a generic name (Simplified).
type knownDoc struct {
	name, kind string
	yearly     bool // the name takes a year before it
}

// knownDocs are the documents news names bare; none is a common word.
func knownDocs() []knownDoc {
	return []knownDoc{
		{"政府工作报告", "report", true}, {"施政报告", "report", true}, {"国情咨文", "speech", true},
		{"财政预算案", "budget", true}, {"施政方针", "report", true},
		{"基本法", "law", false}, {"国安法", "law", false}, {"民法典", "law", false},
	}
}

// localIssuers are the characters that, right before a known yearly
// report, make it another government's (省政府工作报告, 市政府工作报告):
// its name is not known here, so it is not read as the known one.
func localIssuers() string { return "省市县区州镇乡盟旗" }

// knownAnchors are characters that the names of knownDocs hold, once
// each: a name's every occurrence holds its anchor at the same offset, so
// three searches of the text (for 政, 法 and 咨) find the places of all
// eight names, where a search for each name would read the text eight
// times.
var knownAnchors = []string{"政", "法", "咨"}

// anchored is a knownDoc's anchor: knownAnchors[anchor] stands at byte
// off of its name.
type anchored struct{ anchor, off int }

// knownAnchoring gives each of knownDocs its anchor (the first of
// knownAnchors that its name holds).
var knownAnchoring = sync.OnceValue(func() []anchored {
	var out []anchored
	for _, k := range knownDocs() {
		a := anchored{-1, 0}
		for x, c := range knownAnchors {
			if i := strings.Index(k.name, c); i >= 0 {
				a = anchored{x, i}
				break
			}
		}
		out = append(out, a)
	}
	return out
})

// knownAt returns, for each of knownDocs, where its name stands in f, in
// order: what searching for each name from the end of its last
// occurrence finds (no name overlaps itself: TestKnownAnchors); nil when
// none stands there.
func knownAt(f string) [][]int {
	ks, as := knownDocs(), knownAnchoring()
	var at [][]int
	for x, c := range knownAnchors {
		for pos := 0; ; {
			j := index(f[pos:], c)
			if j < 0 {
				break
			}
			p := pos + j
			for k, a := range as {
				if a.anchor == x && p >= a.off && strings.HasPrefix(f[p-a.off:], ks[k].name) {
					if at == nil {
						at = make([][]int, len(ks))
					}
					at[k] = append(at[k], p-a.off)
				}
			}
			pos = p + len(c)
		}
	}
	return at
}

// knownTitles finds the known documents of the folded text f.
func knownTitles(f string) []candidate {
	var out []candidate
	found := knownAt(f)
	if found == nil {
		return out
	}
	for ki, k := range knownDocs() {
		for _, at := range found[ki] {
			end := at + len(k.name)
			next, _ := utf8.DecodeRuneInString(f[end:])
			prev, _ := utf8.DecodeLastRuneInString(f[:at])
			if k.kind == "law" && strings.ContainsRune(lawCompoundNext()+"学", next) ||
				k.kind != "law" && strings.ContainsRune("会厅人团员局处室组", next) {
				continue // 基本法律, 基本法学, 施政报告会
			}
			if k.yearly && strings.ContainsRune(localIssuers(), prev) {
				continue
			}
			start := at
			if k.yearly {
				start = at - yearBefore(f[:at])
			}
			out = append(out, candidate{start: start, end: end, ts: start, te: end, kind: BareTitle, docKind: k.kind})
		}
	}
	return out
}

// yearBefore returns the byte length of a year that ends s: four digits
// or Chinese numerals, then 年 or 年度 or nothing (2018年, 2018, 一九九八年,
// 2024年度); 0 when there is none.
func yearBefore(s string) int {
	t := s
	for _, suf := range []string{"年度", "年"} {
		if strings.HasSuffix(t, suf) {
			t = t[:len(t)-len(suf)]
			break
		}
	}
	n, k := 0, len(t)
	for n < 4 && k > 0 {
		r, sz := utf8.DecodeLastRuneInString(t[:k])
		if !isNumeral(r) || strings.ContainsRune("十百千两", r) {
			break
		}
		k -= sz
		n++
	}
	if n != 4 {
		return 0
	}
	if r, _ := utf8.DecodeLastRuneInString(t[:k]); isNumeral(r) {
		return 0 // more than four digits: a number, not a year
	}
	return len(s) - k
}

// yearly splits the title of a known yearly document into its year's
// digits and its name (2018年施政報告 → 2018, 施政报告; 施政報告 → "",
// 施政报告); ok is false for other titles.
func yearly(title string) (year, name string, ok bool) {
	f := fold(title)
	for _, k := range knownDocs() {
		if !k.yearly || !strings.HasSuffix(f, k.name) {
			continue
		}
		rest := f[:len(f)-len(k.name)]
		n := yearBefore(rest)
		if n != len(rest) {
			return "", "", false
		}
		return strings.TrimRight(strings.TrimRight(rest, "度"), "年"), k.name, true
	}
	return "", "", false
}

// linkYearly makes the mentions of a known yearly document one document:
// the same year written with or without 年 (2018施政報告 of 2018年施政報告,
// the title written with 年), and the name without a year when the text
// names one year's only (施政報告 after 2018年施政報告).
func linkYearly(docs []Document) []Document {
	merged := make([]bool, len(docs))
	into := func(a, b int) { // a's mentions become b's
		merged[a] = true
		docs[b].Mentions = append(docs[b].Mentions, docs[a].Mentions...)
		sort.SliceStable(docs[b].Mentions, func(i, j int) bool { return docs[b].Mentions[i].Start < docs[b].Mentions[j].Start })
	}
	type key struct{ year, name string }
	withYear := map[string][]int{} // name → documents with a year
	first := map[key]int{}
	for i, d := range docs {
		y, n, ok := yearly(d.Title)
		if !ok || y == "" || d.Parent != "" {
			continue
		}
		k := key{y, n}
		if b, seen := first[k]; seen {
			if strings.Contains(d.Title, "年") && !strings.Contains(docs[b].Title, "年") {
				into(b, i)
				first[k] = i
				for x, v := range withYear[n] {
					if v == b {
						withYear[n][x] = i
					}
				}
				continue
			}
			into(i, b)
			continue
		}
		first[k] = i
		withYear[n] = append(withYear[n], i)
	}
	for i, d := range docs {
		y, n, ok := yearly(d.Title)
		if !ok || y != "" || merged[i] || d.Parent != "" || len(withYear[n]) != 1 {
			continue
		}
		into(i, withYear[n][0])
	}
	out := docs[:0]
	for i, d := range docs {
		if !merged[i] {
			out = append(out, d)
		}
	}
	return out
}
