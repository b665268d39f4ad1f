package order

import (
	"strings"
	"unicode/utf8"
)

// signVerbs are the verbs of signing or issuing, longest first where one
// is a prefix of another.
var signVerbs = []string{
	"簽署", "签署", "簽發", "签发", "頒布", "颁布", "頒佈", "頒發", "颁发",
	"發佈", "發布", "发布", "公布", "印發", "印发", "通過", "通过",
}

// sentenceEnds end a sentence; clauseEnds end a clause inside it.
const (
	sentenceEnds = "。！？!?；;\n\r"
	clauseEnds   = sentenceEnds + "，,、：:“”「」『』"
)

// clause holds what the clause of a mention says about its order.
type clause struct {
	date               string
	signer, signerName string
}

// verb is a signing verb found near a mention.
type verb struct {
	start, end int
	passive    bool // after the mention: …第14179号行政令由特朗普签署
}

// clauseOf reads the date and signer of the order mentioned at m from its
// sentence. It needs a signing verb in the same clause as the mention:
// before it (签署了第14179号行政令, 签署的第14179号行政令), or after it with
// 由, a date or a bracket in between (…行政令由特朗普于2025年1月23日签署).
func clauseOf(text string, m Mention, dates []DateSpan, people []PersonSpan) (clause, bool) {
	ss := sentenceStart(text, m.Start)
	v, ok := verbBefore(text, ss, m.Start)
	if !ok {
		if v, ok = verbAfter(text, m.End, dates); !ok {
			return clause{}, false
		}
	}
	var c clause
	// Date: the last date of the sentence before the verb.
	for _, d := range dates {
		if val, ok := dateValue(d.Value); ok && d.Start >= ss && d.End <= v.start {
			c.date = val
		}
	}
	// Signer: the last person of the sentence before the verb.
	for _, p := range people {
		if p.Start >= ss && p.End <= v.start && p.Start < p.End {
			c.signer, c.signerName = p.ID, p.Name
			if c.signerName == "" && p.End <= len(text) {
				c.signerName = text[p.Start:p.End]
			}
		}
	}
	if c.signerName == "" {
		if v.passive {
			c.signerName = agent(text, m.End, v.start, dates)
		} else {
			c.signerName = subject(text, ss, v.start, dates)
		}
	}
	return c, true
}

// dateValue returns the date part of a timex value that can be a date of
// signing: a point (2025-01-23, 2025-01, a time 2025-01-23T09:30 cut to its
// date), not a range (a/b), a duration (P15D) or an unresolved expression.
func dateValue(v string) (string, bool) {
	if v == "" || v[0] == 'P' || strings.Contains(v, "/") || strings.HasPrefix(v, "XXXX") {
		return "", false
	}
	if i := strings.IndexByte(v, 'T'); i > 0 {
		v = v[:i]
	}
	return v, true
}

func sentenceStart(text string, i int) int {
	if k := strings.LastIndexAny(text[:i], sentenceEnds); k >= 0 {
		_, n := utf8.DecodeRuneInString(text[k:])
		return k + n
	}
	return 0
}

// verbBefore finds the nearest signing verb before pos in the sentence
// starting at ss, with at most maxGap runes and no clause break between it
// and pos (签署了, 签署的, 签署了一项).
func verbBefore(text string, ss, pos int) (verb, bool) {
	const maxGap = 8
	best := verb{start: -1}
	for _, w := range signVerbs {
		k := strings.LastIndex(text[ss:pos], w)
		if k < 0 {
			continue
		}
		s := ss + k
		if s > best.start {
			best = verb{start: s, end: s + len(w)}
		}
	}
	if best.start < 0 {
		return verb{}, false
	}
	gap := text[best.end:pos]
	if utf8.RuneCountInString(gap) > maxGap || strings.ContainsAny(gap, clauseEnds) {
		return verb{}, false
	}
	return best, true
}

// verbAfter finds a signing verb after a mention ending at pos in the same
// clause, when 由, a date or an opening bracket comes between them.
func verbAfter(text string, pos int, dates []DateSpan) (verb, bool) {
	const maxGap = 40
	end := len(text)
	// Skip a title right after the designation: 第14179号行政令《…》由….
	p := pos
	if strings.HasPrefix(text[p:], "《") {
		if k := strings.Index(text[p:], "》"); k >= 0 {
			p += k + len("》")
		}
	}
	if stop := strings.IndexAny(text[p:], clauseEnds); stop >= 0 {
		end = p + stop
	}
	// Cut at maxGap runes, counting bytes as decoded: invalid UTF-8 must
	// not shift the cut.
	for q, n := p, 0; q < end; n++ {
		if n == maxGap {
			end = q
			break
		}
		_, size := utf8.DecodeRuneInString(text[q:end])
		q += size
	}
	best := verb{start: -1}
	for _, w := range signVerbs {
		if k := strings.Index(text[p:end], w); k >= 0 && (best.start < 0 || p+k < best.start) {
			best = verb{start: p + k, end: p + k + len(w), passive: true}
		}
	}
	if best.start < 0 {
		return verb{}, false
	}
	gap := text[p:best.start]
	ok := strings.Contains(gap, "由") || strings.HasPrefix(gap, "（") || strings.HasPrefix(gap, "(")
	for _, d := range dates {
		if d.Start >= p && d.End <= best.start {
			ok = true
		}
	}
	if !ok {
		return verb{}, false
	}
	return best, true
}

// adverbials end a clause's subject: 川普在上任后第4天就签署, 拜登曾签署.
var adverbials = []string{
	"在", "曾", "就", "於", "于", "已", "還", "还", "也", "將", "将", "又", "再",
	"正式", "親自", "亲自", "當天", "当天", "今天", "今日", "日前", "近日", "隨後", "随后",
	"先後", "先后", "分別", "分别", "同日", "當日", "当日", "首次", "共", "均", "則", "则",
	// Verbs and connectives that end a subject before a compound verb:
	// 国务院常务会议讨论并原则通过, 国家经贸委联合发布, 省人大常委会制定并公布.
	"並", "并", "即", "和", "與", "与", "主持", "討論", "讨论", "審議", "审议", "原則", "原则",
	"制定", "聯合", "联合", "修訂", "修订", "批准", "研究", "重新", "是", "現", "现",
}

// leaders open a clause without being its subject.
var leaders = []string{
	"同時", "同时", "此外", "隨後", "随后", "隨即", "随即", "其後", "其后", "並且", "并且", "並", "并", "而", "但", "且", "當地時間", "当地时间",
}

// titleWords are titles stripped before a name: 时任美国总统拜登 → 拜登.
var titleWords = []string{
	"總統", "总统", "主席", "總理", "总理", "首相", "部長", "部长", "國務卿", "国务卿",
	"州長", "州长", "市長", "市长", "院長", "院长", "局長", "局长", "署長", "署长",
	"秘書長", "秘书长", "書記", "书记", "國王", "国王", "女王", "主任", "委員長", "委员长",
	"省長", "省长", "議長", "议长", "總督", "总督", "參議員", "参议员", "眾議員", "众议员",
	"發言人", "发言人", "大使", "司令", "總裁", "总裁", "執行長", "执行长", "首席執行官", "首席执行官",
}

// maxName bounds a heuristic signer name, in runes.
const maxName = 12

// subject is the heuristic signer: the start of the clause that holds the
// verb at v, after a leading date and connective, cut before an adverbial,
// with a title stripped. It returns "" when that is not name-like.
func subject(text string, ss, v int, dates []DateSpan) string {
	cs := ss
	if k := strings.LastIndexAny(text[ss:v], clauseEnds); k >= 0 {
		_, n := utf8.DecodeRuneInString(text[ss+k:])
		cs = ss + k + n
	}
	for changed := true; changed; {
		changed = false
		cs = skipSpace(text, cs)
		for _, d := range dates {
			if d.Start == cs && d.End <= v {
				cs, changed = d.End, true
			}
		}
		for _, w := range leaders {
			if strings.HasPrefix(text[cs:v], w) {
				cs, changed = cs+len(w), true
			}
		}
	}
	return name(text[cs:v])
}

// agent is the heuristic signer of a passive clause: the words after 由
// (…由特朗普于2025年1月23日签署), cut before an adverbial or a date.
func agent(text string, from, v int, dates []DateSpan) string {
	k := strings.Index(text[from:v], "由")
	if k < 0 {
		return ""
	}
	s := from + k + len("由")
	e := v
	for _, d := range dates {
		if d.Start >= s && d.Start < e {
			e = d.Start
		}
	}
	return name(text[s:e])
}

// name cuts s before its first adverbial (a one-rune adverbial not at its
// first rune, which may be a surname: 于), strips a title, and checks that what is left is
// name-like: 2 to maxName runes of Han, letters or name dots.
func name(s string) string {
	_, first := utf8.DecodeRuneInString(s)
	cut := len(s)
	for _, a := range adverbials {
		from := 0
		if utf8.RuneCountInString(a) == 1 {
			from = first // a one-rune adverbial may be a surname: 于, 曾
		}
		if k := strings.Index(s[from:], a); k >= 0 && from+k < cut {
			cut = from + k
		}
	}
	s = strings.TrimSpace(s[:cut])
	best := -1
	for _, t := range titleWords {
		if k := strings.LastIndex(s, t); k >= 0 && k+len(t) > best {
			best = k + len(t)
		}
	}
	if best >= 0 {
		s = strings.TrimSpace(s[best:])
	}
	if n := utf8.RuneCountInString(s); !isHanName(s) || n < 2 || n > maxName {
		return ""
	}
	return s
}

func skipSpace(text string, p int) int {
	for p < len(text) {
		r, n := utf8.DecodeRuneInString(text[p:])
		if r != ' ' && r != '\u3000' && r != '\t' {
			break
		}
		p += n
	}
	return p
}
