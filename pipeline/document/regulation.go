package document

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// Regulations named without brackets: the rules an authority issues
// under a law (Taiwan's 辦法, 細則, 規則, 要點, 準則; the mainland's
// 管理办法, 实施细则) are named by a descriptive phrase and a head:
// 金融業務檢查辦法, 電子票證發行管理辦法, 個人資料保護法施行細則.
// These heads are also everyday words (想辦法, 沒有辦法, 遊戲規則,
// 三個要點), so a bare regulation needs more than its head:
//
//   - a name of four characters at least before the head, the last
//     word of which may be the verb that usually closes such names
//     (管理, 實施, 施行, 補助, 獎勵…: 管理辦法 is one name, though the
//     tagger calls 管理 a verb and 實施 is a stop word elsewhere);
//   - a regulation's context (regulationContext): a governing word of
//     two characters or more a few characters before (修正, 依據,
//     訂定…; a lone 新 or 依 only right before the name), or 第N條,
//     規定, 修正, 草案… after it.

// regulationHeads are the heads of bare regulations (Simplified).
func regulationHeads() []string { return []string{"办法", "细则", "规则", "要点", "准则"} }

// regulationVerbs close a regulation's name before its head.
func regulationVerbs() []string {
	return []string{"实施", "施行", "管理", "执行", "处理", "补助", "奖励", "审查", "审核", "作业", "设置", "处罚", "申请", "许可", "登记", "检查", "监督", "评鉴", "考核", "收费"}
}

// maxRegulationName bounds the name before a regulation's head, in
// characters (regulations' names run longer than laws').
const maxRegulationName = 20

// bareRegulationAt reads a bare regulation whose head starts at byte i
// of the folded text f (without checking its context).
func bareRegulationAt(f string, i int, words Words) (candidate, bool) {
	word := ""
	for _, h := range regulationHeads() {
		if strings.HasPrefix(f[i:], h) {
			word = h
			break
		}
	}
	if word == "" {
		return candidate{}, false
	}
	end := i + len(word)
	if !lawFollower(f[end:]) {
		return candidate{}, false // 規則性, 辦法子
	}
	j, runes := i, 0
	for _, v := range regulationVerbs() {
		if strings.HasSuffix(f[:i], v) {
			j -= len(v)
			runes += utf8.RuneCountInString(v)
			break
		}
	}
	floor := wordFloor(f, words, j, false)
	for j > floor {
		if stopAt(f, j) {
			if s, ok := wordAcross(f, words, j, floor); ok {
				runes += utf8.RuneCountInString(f[s:j])
				j = s // 新 of 新聞 is no stop word
				continue
			}
			break
		}
		r, n := utf8.DecodeLastRuneInString(f[:j])
		if !isHan(r) {
			break
		}
		j -= n
		runes++
		if runes > maxRegulationName {
			return candidate{}, false
		}
	}
	if runes < 4 || personWord(f, words, j, i) || cutsWord(words, j) {
		return candidate{}, false
	}
	if r, n := utf8.DecodeRuneInString(f[j:]); isNumeral(r) {
		if c, _ := utf8.DecodeRuneInString(f[j+n:]); strings.ContainsRune("部项个条份件类种点", c) {
			return candidate{}, false // 三項辦法: a count, not a name
		}
	}
	return candidate{start: j, end: end, ts: j, te: end, kind: BareTitle, docKind: "regulation"}, true
}

// wordAcross returns the start of the word of the name that byte j cuts
// (a stop word that is the first half of a word: 新 of 新聞, 依 of 依法
// is not), when there is one that may be part of a name and starts at
// floor or after.
func wordAcross(f string, words Words, j, floor int) (int, bool) {
	n := words.Len()
	k := sort.Search(n, func(k int) bool { return wordEnd(words, k) > j })
	if k == n || wordStart(words, k) >= j || wordStart(words, k) < floor || nameBreaking(words.POS(k), false) {
		return 0, false
	}
	for _, r := range f[wordStart(words, k):j] {
		if !isHan(r) {
			return 0, false
		}
	}
	return wordStart(words, k), true
}

// cutsWord reports whether byte j falls inside one of the words: a
// stop word that is the first half of a word (新 of 新聞) cut the name.
func cutsWord(words Words, j int) bool {
	n := words.Len()
	k := sort.Search(n, func(k int) bool { return wordEnd(words, k) > j })
	return k < n && wordStart(words, k) < j
}

// regulationContext reports whether a bare regulation c stands where a
// regulation does (see bareRegulationAt). It is lawContext without the
// loose single-character governing words a few characters back (新 of
// 新聞, 據 of 數據), and without lists.
func regulationContext(f string, c candidate) bool {
	before := f[:c.start]
	w0 := hanBack(before, 6)
	for _, w := range governing() {
		if utf8.RuneCountInString(w) >= 2 && strings.Contains(before[w0:], w) || strings.HasSuffix(before, w) {
			return true
		}
	}
	rest := f[c.end:]
	for _, w := range []string{"所", "之", "第", "规定", "修正", "修订", "草案", "条文", "施行", "实施", "生效", "明定", "办理"} {
		if strings.HasPrefix(rest, w) {
			return true
		}
	}
	return false
}
