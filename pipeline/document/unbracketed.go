package document

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// candidate is a document named outside title brackets: its mention as
// written (quotes included) and its title.
type candidate struct {
	start, end int
	ts, te     int // the title: text[ts:te]
	kind       MentionKind
	docKind    string
}

// unbracketed finds the documents a text names without 《》:
//
//   - a title in quotation marks that ends in a document head
//     (「數位中介服務法」, 「淨零轉型行動方案」, 「對台十條」,
//     「國務院就區域安全的報告」);
//   - a quoted term followed by a head (“数字乡村”规划);
//   - a law named bare by its head (貿易法, 反詐騙條例, 商標條例草案)
//     or a numbered resolution (安理會2231號決議), its name running back to
//     punctuation or a word that governs it (提出, 違反, 依照, 我國…);
//   - an official title 〔issuer〕關於…的通知/通報/決定… ;
//   - the text's own title: a first line ending in a document genre
//     (年度財政預算案演詞(二)), or the title line of a statement given in
//     full (以下是聲明全文：… header lines … title).
//
// covered are the bracketed titles, which nothing here may overlap. mk,
// when not nil, holds the marks scan recorded in text: where nothing
// folds (f is text) quotedTitles and bareLaws go from one to the next.
func unbracketed(text string, covered []span, words Words, mk *marks) []candidate {
	f := fold(text)
	if f != text {
		mk = nil // (the marks are text's)
	}
	var all []candidate
	lines := lineSpans(text)
	all = append(all, titleLines(f, lines)...)
	all = append(all, statementTitle(f, lines)...)
	all = append(all, officialTitles(text, f, words)...)
	all = append(all, quotedTitles(text, f, mk)...)
	all = append(all, bareLaws(text, f, words, mk)...)
	all = append(all, knownTitles(f)...)
	all = append(all, numberedReports(f, words)...)
	// By start, the longest first: a title line or an official title
	// wins over a law named inside it.
	sort.SliceStable(all, func(a, b int) bool {
		if all[a].start != all[b].start {
			return all[a].start < all[b].start
		}
		return all[a].end > all[b].end
	})
	cov := newCoverage(covered)
	var out []candidate
	reach := 0 // the end of the last candidate kept
	for _, c := range all {
		if c.te <= c.ts || c.start < reach || cov.overlaps(c.start, c.end) {
			continue
		}
		out = append(out, c)
		reach = c.end
	}
	return out
}

// coverage answers whether a span overlaps one of a set of spans (other
// than one it strictly contains) in logarithmic time plus the spans that
// start inside it.
type coverage struct {
	spans  []span // by start
	maxEnd []int  // maxEnd[k]: the largest end of spans[:k+1]
}

func newCoverage(cs []span) coverage {
	c := coverage{spans: append([]span(nil), cs...)}
	sort.Slice(c.spans, func(a, b int) bool { return c.spans[a].start < c.spans[b].start })
	m := 0
	for _, s := range c.spans {
		m = max(m, s.end)
		c.maxEnd = append(c.maxEnd, m)
	}
	return c
}

// overlaps reports whether [s, e) overlaps a span other than one it
// strictly contains (a title may hold a bracketed title: 對《海洋保護
// 法》修訂的立場, 關於修改《…》的決定).
func (c coverage) overlaps(s, e int) bool {
	lo := sort.Search(len(c.spans), func(k int) bool { return c.spans[k].start >= s })
	if lo > 0 && c.maxEnd[lo-1] > s {
		return true // a span starting before s runs into it
	}
	for k := lo; k < len(c.spans) && c.spans[k].start < e; k++ {
		if c.spans[k].end > e || c.spans[k].start == s && c.spans[k].end == e {
			return true
		}
	}
	return false
}

// quotePairs for titles written in quotation marks.
func titleQuote(r rune) rune {
	switch r {
	case '「':
		return '」'
	case '“':
		return '”'
	case '『':
		return '』'
	}
	return 0
}

// quotedTitles finds 「…」 titles ending in a head, and “X” followed by a
// head (“数字乡村”规划).
func quotedTitles(text, f string, mk *marks) []candidate {
	var out []candidate
	// The next 「, “ and 『 at or after i (len(f) when there is none): the
	// loop goes from one to the next, as stepping through the characters
	// in between would (none of them opens a title, and a character's
	// bytes never hold another character's first byte). With the marks
	// scan recorded, from one of them to the next.
	next := [3]int{-1, -1, -1}
	km := 0
	for i := 0; i < len(f); {
		p := len(f)
		if mk != nil {
			for km < len(mk.quotes) && mk.quotes[km] < i {
				km++
			}
			if km < len(mk.quotes) {
				p = mk.quotes[km]
			}
		} else {
			for k, q := range [3]string{"「", "“", "『"} {
				if next[k] < i && next[k] != len(f) {
					next[k] = len(f)
					if j := index(f[i:], q); j >= 0 {
						next[k] = i + j
					}
				}
				p = min(p, next[k])
			}
		}
		if i = p; i == len(f) {
			break
		}
		r, n := utf8.DecodeRuneInString(f[i:])
		cl := titleQuote(r)
		k := strings.IndexRune(f[i+n:], cl)
		if k <= 0 || k > 200 {
			i += n
			continue
		}
		ts, te := i+n, i+n+k
		end := te + utf8.RuneLen(cl)
		inner := strings.TrimSpace(f[ts:te])
		if titleLike(inner) && !strings.Contains(inner, "、") {
			if h, ok := headOf(inner); ok && (h.word != "法" || r != '“' || lawContext(f, candidate{start: i, end: end}, nil)) {
				out = append(out, candidate{start: i, end: end, ts: ts, te: te, kind: QuotedTitle, docKind: h.kind})
				i = end
				continue
			}
			// “数字乡村”规划: a short quoted term, then the head, which is
			// part of the name.
			if utf8.RuneCountInString(inner) <= 10 {
				for _, w := range []string{"规划纲要", "纲要", "规划", "计划", "方案", "条例", "法案", "协议"} {
					if strings.HasPrefix(f[end:], w) {
						h, _ := headOf("xx" + w)
						out = append(out, candidate{start: i, end: end + len(w), ts: i, te: end + len(w), kind: QuotedTitle, docKind: h.kind})
						break
					}
				}
			} else if w, kind := genreAfter(f[end:]); w != "" {
				// 「建立…安全機制」建議書: a quoted title of its own, then
				// the kind of document it names (the mention is the quoted
				// title, as with a bracketed one).
				out = append(out, candidate{start: i, end: end, ts: ts, te: te, kind: QuotedTitle, docKind: kind})
			}
		}
		i = end
	}
	return out
}

// genreAfter returns the genre noun that opens rest (folded) when a
// quoted title is followed by the kind of document it names (「…」建議書,
// 「…」白皮書, 「…」草案), with that kind; "" when there is none.
func genreAfter(rest string) (string, string) {
	for _, g := range []struct{ w, kind string }{
		{"建议书", "other"}, {"意见书", "other"}, {"计划书", "plan"}, {"报告书", "report"}, {"白皮书", "report"},
		{"报告", "report"}, {"草案", "law"}, {"提案", "other"}, {"议案", "other"}, {"法案", "law"}, {"条例", "law"},
		{"规划纲要", "plan"}, {"纲要", "plan"}, {"规划", "plan"}, {"计划", "plan"}, {"计画", "plan"}, {"方案", "plan"},
		{"协议", "agreement"}, {"备忘录", "agreement"}, {"声明", "announcement"}, {"宣言", "declaration"}, {"决议", "resolution"},
	} {
		if strings.HasPrefix(rest, g.w) {
			// 「…」報告會, 報告廳: a meeting or a hall, not a report.
			if r, _ := utf8.DecodeRuneInString(rest[len(g.w):]); strings.ContainsRune("会厅人团员局处室组", r) {
				return "", ""
			}
			return g.w, g.kind
		}
	}
	return "", ""
}

// stopWords end the name of a bare law going back from its head: verbs
// that govern a law, prepositions, determiners and particles (Simplified;
// the text is folded).
func stopWords() []string {
	return []string{
		"违反", "触犯", "根据", "依据", "修正", "修订", "修改", "提出", "制定", "通过", "实施", "施行", "颁布",
		"废除", "废止", "适用", "援引", "引用", "遵守", "落实", "执行", "审议", "起草", "草拟", "研拟", "订定",
		"增订", "签署", "公布", "发布", "扭曲", "曲解", "抵触", "违背", "符合", "按照", "依照", "参照", "比照",
		"否决", "批准", "尊重", "承认", "重申", "无视", "践踏", "讨论", "审查", "反对", "支持", "表决", "提交", "推动", "推进", "不符",
		"简称", "下称", "称为", "称",
		"需要", "必须", "应该", "我们", "他们", "她们", "我", "你", "他", "她", "它", "也", "都", "还", "曾", "已", "要",
		"我国", "本国", "所谓", "有关", "相关", "现行", "这部", "这项", "一部",
		"的", "之", "在", "于", "以", "对", "将", "把", "被", "由", "与", "和", "及", "或", "了", "是", "为",
		"即", "等", "该", "这", "那", "此", "其", "各", "新", "依", "按", "据", "向", "从", "受", "到", "就",
		"学习", "研究", "认真", "传达", "阅读", "宣传", "解读", "贯彻",
	}
}

// stopAt reports whether the folded text before byte j ends in a stop
// word.
func stopAt(f string, j int) bool {
	for _, w := range stopWords() {
		if strings.HasSuffix(f[:j], w) {
			return true
		}
	}
	return false
}

// bareHeads are the heads a law named without brackets may end in.
func bareHeads() []string { return []string{"条例草案", "条例", "法案", "法典", "法"} }

// maxBareName bounds the name before a bare head, in characters.
const maxBareName = 12

// bareLaws finds laws named without brackets by their head, and numbered
// resolutions (安理会2231号决议).
//
// A short name ending in the single character 法 is often no law (辯證
// 法, a method; 沒法, 有法可依), so one of three characters or less before
// 法 is kept only where a law stands: after a word that governs a law
// (提出, 違反, 依照, 我國…) a few characters before, before 所/之/等/第N
// 條/規定/修正案…, or as the next item of a list whose item before it was
// kept (提出甲法、乙法與丙條例). A 法 followed by the rest of a word
// (阿拉法特, 沒法走) ends no law.
func bareLaws(text, f string, words Words, mk *marks) []candidate {
	var out []candidate
	if mk != nil {
		// From one of lawHead's characters that scan recorded to the
		// next, as the loop below would step through the others.
		for k := 0; k < len(mk.heads); {
			var next int
			out, next = lawAt(f, mk.heads[k], 3, words, out)
			for k < len(mk.heads) && mk.heads[k] < next {
				k++
			}
		}
		return out
	}
	for i := 0; i < len(f); {
		if han3At(f, i) && !lawHeadLast[f[i+2]] {
			i += 3 // a Han character, none of lawHead's
			continue
		}
		r, n := utf8.DecodeRuneInString(f[i:])
		if !lawHead(r) {
			i += n
			continue
		}
		out, i = lawAt(f, i, n, words, out)
	}
	return out
}

// lawAt reads the law or regulation whose head has its character of n
// bytes at i (one of lawHead's), appending it to out; it returns out and
// where bareLaws goes on.
func lawAt(f string, i, n int, words Words, out []candidate) ([]candidate, int) {
	if c, ok := bareRegulationAt(f, i, words); ok {
		if regulationContext(f, c) {
			return append(out, c), c.end
		}
	}
	if c, ok := bareAt(f, i, words); ok {
		name := f[c.ts:c.te]
		if strings.HasSuffix(name, "法") && !strings.HasSuffix(name, "宪法") && utf8.RuneCountInString(name) <= 4 && !lawContext(f, c, out) {
			return out, i + n
		}
		return append(out, c), c.end
	}
	return out, i + n
}

// lawHead reports whether r may end a law's or a regulation's head or a
// resolution (法条决办细规要准), the characters bareLaws stops at.
func lawHead(r rune) bool {
	switch r {
	case '法', '条', '决', '办', '细', '规', '要', '准':
		return true
	}
	return false
}

// lawHeadLast marks the last bytes of lawHead's characters: a Han
// character ending in another byte is none of them.
var lawHeadLast = func() (t [256]bool) {
	for _, r := range "法条决办细规要准" {
		t[string(r)[2]] = true
	}
	return t
}()

// lawFollower reports whether what follows a 法 lets it end a law's name:
// punctuation or the end, or a function character or word (所, 之, 的,
// 等, 第…, 規定, 修正…), not the rest of a word (阿拉法特, 沒法走).
func lawFollower(rest string) bool {
	r, _ := utf8.DecodeRuneInString(rest)
	if rest == "" || !isHan(r) {
		return true
	}
	for _, w := range []string{"规定", "修正", "修订", "修法", "草案", "条文", "施行", "实施", "生效", "通过", "明定", "明文", "办理"} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return strings.ContainsRune("的之所等及和与或第中里内下上已将对是在于为也都并就被由向从把要还又再有", r)
}

// governing are the words before a law's name that show it is one.
func governing() []string {
	return []string{
		"违反", "触犯", "根据", "依据", "修正", "修订", "修改", "提出", "制定", "通过", "实施", "施行", "颁布",
		"废除", "废止", "适用", "援引", "引用", "遵守", "落实", "执行", "审议", "起草", "草拟", "研拟", "订定",
		"增订", "签署", "公布", "扭曲", "曲解", "抵触", "违背", "符合", "按照", "依照", "参照", "否决", "表决",
		"我国", "本国", "现行", "所谓", "依", "按", "据", "该", "这部", "一部", "新", "旧",
	}
}

// hanBack returns where the last n Han characters of s start (fewer
// when a character that is not Han comes first).
func hanBack(s string, n int) int {
	w0 := len(s)
	for k := 0; k < n && w0 > 0; k++ {
		r, sz := utf8.DecodeLastRuneInString(s[:w0])
		if !isHan(r) {
			break
		}
		w0 -= sz
	}
	return w0
}

// lawContext reports whether a bare name ending in 法 stands where a law
// does (see bareLaws). kept are the candidates kept so far.
func lawContext(f string, c candidate, kept []candidate) bool {
	before := strings.TrimRight(f[:c.start], " ")
	// A governing word up to six characters back in the clause (違反我國
	// 的貿易法).
	w0 := hanBack(before, 6)
	for _, w := range governing() {
		if strings.Contains(before[w0:], w) {
			return true
		}
	}
	// The next item of a list of laws: 甲法、乙法 (the one before kept).
	for _, sep := range []string{"、", "与", "和", "及", "或"} {
		if strings.HasSuffix(before, sep) && len(kept) > 0 {
			if k := kept[len(kept)-1]; k.end == len(before)-len(sep) {
				return true
			}
		}
	}
	rest := f[c.end:]
	for _, w := range []string{"所", "之", "等", "第", "规定", "修正", "修订", "草案", "条文", "施行", "实施", "生效", "明定"} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	// 規定 a little further on: 個資法也規定, 該法中明定.
	near := rest
	for n, k := 0, 0; n < 3 && k < len(near); n++ {
		_, sz := utf8.DecodeRuneInString(near[k:])
		k += sz
		if strings.HasPrefix(near[k:], "规定") || strings.HasPrefix(near[k:], "明定") {
			return true
		}
	}
	return false
}

// genericLaws are names of kinds of law, not of a law: 國際法, 國內法…
func genericLaws() []string {
	return []string{"国际法", "国内法", "国际公法", "国际私法", "成文法", "习惯法", "判例法", "普通法", "实体法", "程序法", "上位法", "下位法", "特别法", "一般法", "部门法", "单行法"}
}

// bareAt reads a bare law or resolution whose head starts at byte i.
func bareAt(f string, i int, words Words) (candidate, bool) {
	word, numbered := "", false
	for _, h := range bareHeads() {
		if strings.HasPrefix(f[i:], h) {
			word = h
			break
		}
	}
	if word == "" && strings.HasPrefix(f[i:], "决议") && (strings.HasSuffix(f[:i], "号") || strings.HasSuffix(f[:i], "號")) {
		word, numbered = "决议", true
	}
	if word == "" {
		return candidate{}, false
	}
	end := i + len(word)
	next, _ := utf8.DecodeRuneInString(f[end:])
	if word == "法" && (strings.ContainsRune(lawCompoundNext(), next) || !lawFollower(f[end:])) || word == "条例" && next == '草' ||
		word == "法案" && strings.ContainsRune("件情例由子值卷底发", next) {
		return candidate{}, false // 法院, 阿拉法特; 違法案件
	}
	if word == "法" {
		if r, _ := utf8.DecodeLastRuneInString(f[:i]); strings.ContainsRune(nonLawBefore(), r) {
			return candidate{}, false
		}
	}
	// The name runs back over Han characters (and, for a numbered
	// resolution, its number) to punctuation, a stop word or, when the
	// words are known, a word that cannot be part of a name (a verb, a
	// pronoun, an adverb…).
	j, runes, digits := i, 0, false
	if numbered {
		j -= len("号")
	}
	floor := wordFloor(f, words, i, numbered)
	for j > floor && !stopAt(f, j) {
		r, n := utf8.DecodeLastRuneInString(f[:j])
		num := r >= '0' && r <= '9' || r >= '０' && r <= '９'
		if !isHan(r) && !(numbered && num) {
			break
		}
		digits = digits || num
		j -= n
		runes++
		if runes > maxBareName {
			return candidate{}, false
		}
	}
	min := 2
	if numbered {
		min = 3 // an issuer and a number: 安理会2231
	}
	if runes < min || numbered && !digits || personWord(f, words, j, end) {
		return candidate{}, false
	}
	if r, n := utf8.DecodeRuneInString(f[j:]); isNumeral(r) && !numbered {
		// 兩部法案, 三項條例: a count of laws, not a name (兩岸經貿條例 is).
		if c, _ := utf8.DecodeRuneInString(f[j+n:]); strings.ContainsRune("部项个条份件类种", c) {
			return candidate{}, false
		}
	}
	han := 0
	for _, r := range f[j:i] {
		if isHan(r) {
			han++
		}
	}
	if han < 2 {
		return candidate{}, false
	}
	for _, g := range genericLaws() {
		if f[j:end] == g {
			return candidate{}, false
		}
	}
	h, _ := headOf(f[j:end])
	kind := h.kind
	if numbered {
		kind = "resolution"
	}
	return candidate{start: j, end: end, ts: j, te: end, kind: BareTitle, docKind: kind}, true
}

// officialGenres end an official title 〔issuer〕关于…的〔genre〕.
func officialGenres() []string {
	return []string{"指导意见", "实施意见", "实施方案", "实施办法", "通知", "通报", "决定", "意见", "批复", "公告", "通告", "报告", "规定", "办法", "方案", "指示", "答复", "命令", "函"}
}

// officialTitles finds 〔issuer〕关于…的通知 (and the other genres) written
// without brackets: the issuer runs back to punctuation, a line start or
// a stop word, the subject runs to 的+genre within the line, with no
// comma or sentence punctuation.
func officialTitles(text, f string, words Words) []candidate {
	var out []candidate
	for pos := 0; ; {
		k := index(f[pos:], "关于")
		if k < 0 {
			break
		}
		at := pos + k
		pos = at + len("关于")
		end := -1
		for i := pos; i < len(f) && i-pos < 80*3; {
			r, n := utf8.DecodeRuneInString(f[i:])
			if r == '\n' || strings.ContainsRune("，,。；;！？!?：:", r) {
				break
			}
			if r == '的' {
				for _, g := range officialGenres() {
					if !strings.HasPrefix(f[i+n:], g) {
						continue
					}
					e := i + n + len(g)
					if nr, _ := utf8.DecodeRuneInString(f[e:]); !strings.ContainsRune("书单稿件", nr) {
						end = e
					}
					break
				}
				if end >= 0 {
					break // the first 的+genre ends the title
				}
			}
			i += n
		}
		if end < 0 {
			continue
		}
		j, runes := at, 0
		floor := wordFloor(f, words, at, false)
		for j > floor && !stopAt(f, j) && runes < 20 {
			r, n := utf8.DecodeLastRuneInString(f[:j])
			if !isHan(r) {
				break
			}
			if strings.HasSuffix(f[:j], "印发") || strings.HasSuffix(f[:j], "转发") || strings.HasSuffix(f[:j], "贯彻") {
				break
			}
			j -= n
			runes++
		}
		out = append(out, candidate{start: j, end: end, ts: j, te: end, kind: BareTitle, docKind: genreKind(f[j:end])})
		pos = end
	}
	return out
}

// genreKind returns the kind of a title by its last word.
func genreKind(f string) string {
	if h, ok := headOf(f); ok {
		return h.kind
	}
	return "other"
}

// lineGenres end a text's own title line: a speech, statement, notice or
// report given in full.
func lineGenres() []string {
	return []string{"演辞", "演词", "讲话", "致辞", "讲稿", "发言", "声明", "公告", "通告", "通知", "通报", "报告", "决定", "白皮书", "公报"}
}

// titleLines finds the text's own title: its first line when it ends in a
// document genre, optionally with a part number (财政预算案演辞(三)), and
// the title line of a statement given in full: after a line that
// announces the full text (以下是聲明全文：), the last of the short
// header lines before the body that is not a date.
func titleLines(f string, lines []lineSpan) []candidate {
	var out []candidate
	if len(lines) > 1 {
		l := lines[0]
		if body, ok := genreLine(f[l.s:l.e]); ok {
			core := strings.TrimRight(f[l.s:l.s+body], ")）")
			if k := strings.LastIndexAny(core, "(（"); k > 0 && k < len(core) {
				core = core[:k] // 演詞(二): the kind is the genre's
			}
			out = append(out, candidate{start: l.s, end: l.e, ts: l.s, te: l.s + body, kind: LineTitle, docKind: genreKind(core)})
		}
	}
	if !hasWord(f, "全文") {
		return out // (no line announces a full text)
	}
	for k, l := range lines {
		lf := strings.TrimRight(f[l.s:l.e], " ")
		if !strings.Contains(lf, "全文") || !(strings.HasSuffix(lf, "：") || strings.HasSuffix(lf, ":")) {
			continue
		}
		last := -1
		for q := k + 1; q < len(lines) && q <= k+6; q++ {
			h := f[lines[q].s:lines[q].e]
			if !headerLine(h) {
				break
			}
			if !dateLine(h) {
				last = q
			}
		}
		if last > k+1 && last+1 < len(lines) {
			l := lines[last]
			out = append(out, candidate{start: l.s, end: l.e, ts: l.s, te: l.e, kind: LineTitle, docKind: "announcement"})
		}
	}
	return out
}

// lineSpan is one non-empty line, trimmed.
type lineSpan struct{ s, e int }

// lineSpans returns the text's non-empty lines without surrounding
// spaces.
func lineSpans(text string) []lineSpan {
	var out []lineSpan
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		s, e := start, end
		for s < e && strings.ContainsRune(" \t\r\u3000", rune(text[s])) {
			s++
		}
		for e > s && strings.ContainsRune(" \t\r", rune(text[e-1])) {
			e--
		}
		for e > s && strings.HasSuffix(text[s:e], "\u3000") {
			e -= len("\u3000")
		}
		if e > s {
			out = append(out, lineSpan{s, e})
		}
		start = end + 1
	}
	return out
}

// genreLine reports whether a title line ends in a document genre, with
// an optional bracketed part number after it, and returns the length of
// the title (the whole line).
func genreLine(l string) (int, bool) {
	if !headerLine(l) {
		return 0, false
	}
	core := l
	if strings.HasSuffix(core, ")") || strings.HasSuffix(core, "）") {
		open := strings.LastIndexAny(core, "(（")
		if open < 0 {
			return 0, false
		}
		_, on := utf8.DecodeRuneInString(core[open:])
		_, cn := utf8.DecodeLastRuneInString(core)
		if inner := core[open+on : len(core)-cn]; !partNumber(inner) {
			return 0, false // （附圖片1張）: a note, not a part
		}
		core = core[:open]
	}
	// A headline about a statement is no statement: …發表聲明, …並講話.
	for _, v := range []string{"发表", "发布", "宣布", "宣读", "称", "说", "表示"} {
		if strings.Contains(core, v) {
			return 0, false
		}
	}
	for _, g := range lineGenres() {
		if !strings.HasSuffix(core, g) || utf8.RuneCountInString(core) <= utf8.RuneCountInString(g)+1 {
			continue
		}
		if r, _ := utf8.DecodeLastRuneInString(core[:len(core)-len(g)]); strings.ContainsRune("并和及与了着过作致", r) {
			return 0, false
		}
		return len(l), true
	}
	return 0, false
}

// headerLine reports whether a line is short and has no sentence inside:
// a title, an issuer, a date.
func headerLine(l string) bool {
	if n := utf8.RuneCountInString(l); n == 0 || n > 40 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(l)
	return !strings.ContainsAny(l, "。！？；!?;") && last != '：' && last != ':' && last != '，'
}

// dateLine reports whether a line is only a date (2024年11月19日).
func dateLine(l string) bool {
	for _, r := range l {
		if !isNumeral(r) && !strings.ContainsRune("年月日号 ()（）星期周-/.,，", r) {
			return false
		}
	}
	return true
}

// wordFloor returns how far back the name of a law whose head starts at
// byte i may run: to the end of the nearest word before it that cannot
// be part of a name (a verb, adverb, pronoun, preposition, conjunction,
// particle, time word or punctuation; numerals too unless numbered).
// Without words it returns 0. A word that runs into the head (管理法) is
// part of the name, and so is a one-character verb that opens law names
// (反 of 反走私法).
func wordFloor(f string, words Words, i int, numbered bool) int {
	k := sort.Search(words.Len(), func(k int) bool { return wordEnd(words, k) >= i })
	for k--; k >= 0; k-- {
		s, e := words.Span(k)
		if e > i {
			continue
		}
		if nameBreaking(words.POS(k), numbered) && !lawPrefix(f, s, e) {
			return e
		}
	}
	return 0
}

// lawPrefix reports whether the word f[start:end] is a one-character verb that opens the
// names of laws (反走私法, 防洪法, 禁毒法, 保密法): the tagger may give it
// as a word of its own.
func lawPrefix(f string, start, end int) bool {
	if start < 0 || end > len(f) || end <= start {
		return false
	}
	t := f[start:end]
	return utf8.RuneCountInString(t) == 1 && strings.Contains("反防禁保", t)
}

// nameBreaking reports whether a word of this part of speech cannot be
// inside a law's name.
func nameBreaking(pos string, numbered bool) bool {
	if pos == "" {
		return false
	}
	switch pos[0] {
	case 'v':
		return pos != "vn"
	case 'd', 'r', 'p', 'c', 'u', 't', 'w', 'e', 'y', 'o':
		return true
	case 'm', 'q':
		return !numbered
	}
	return false
}

// partNumber reports whether s is a part number: a numeral, or 上/中/下.
func partNumber(s string) bool {
	if s == "上" || s == "中" || s == "下" || s == "续" {
		return true
	}
	for _, r := range s {
		if !isNumeral(r) {
			return false
		}
	}
	return s != ""
}

// personWord reports whether a person's name lies in [s, e) of the
// folded text f: a word tagged as a foreign name (nrt, nrf: 穆斯塔法), or
// one tagged nr that opens with a common surname (陳長法 is a man, not a
// law; the tagger also calls 安全法 nr).
func personWord(f string, words Words, s, e int) bool {
	n := words.Len()
	k := sort.Search(n, func(k int) bool { return wordEnd(words, k) > s })
	for ; k < n && wordStart(words, k) < e; k++ {
		ws, we := words.Span(k)
		pos := words.POS(k)
		if pos == "nrt" || pos == "nrf" {
			return true
		}
		// A name has two characters at least: a lone surname-like
		// character is the tagger's guess inside a longer word (陸上交通法).
		if pos == "nr" && ws >= 0 && we <= len(f) && utf8.RuneCountInString(f[ws:we]) >= 2 {
			r, _ := utf8.DecodeRuneInString(f[ws:we])
			if strings.ContainsRune(commonSurnames(), r) {
				return true
			}
		}
	}
	return false
}

// commonSurnames are the hundred most common Chinese surnames (single
// characters, Simplified).
func commonSurnames() string {
	return "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
}
