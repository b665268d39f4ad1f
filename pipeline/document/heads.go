package document

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// head is a word that ends the title of a kind of document (…法,
// …條例, …方案), with the kind it gives.
type head struct {
	word string // Simplified; texts are folded before matching
	kind string
}

// heads returns the document heads, longest first where one ends
// another (条例草案 before 草案, 规划纲要 before 纲要, 办法 before 法:
// headOf stops at the first head that ends a title).
func heads() []head { return headList }

// headList is heads' list, built once: headOf runs on every candidate.
var headList = []head{
	{"条例草案", "law"}, {"法案", "law"}, {"法典", "law"}, {"条例", "law"}, {"宪法", "law"},
	{"办法", "regulation"}, {"法", "law"}, {"规定", "regulation"}, {"规则", "regulation"}, {"细则", "regulation"},
	{"规范", "regulation"}, {"准则", "regulation"}, {"守则", "regulation"}, {"指引", "regulation"}, {"要点", "regulation"},
	{"决议", "resolution"}, {"决定", "resolution"},
	{"议定书", "agreement"}, {"公约", "agreement"}, {"协定", "agreement"}, {"协议", "agreement"},
	{"备忘录", "agreement"}, {"MOU", "agreement"}, {"宪章", "agreement"},
	{"宣言", "declaration"}, {"公报", "announcement"}, {"声明", "announcement"}, {"通知", "announcement"},
	{"通报", "announcement"}, {"公告", "announcement"}, {"通告", "announcement"},
	{"规划纲要", "plan"}, {"纲要", "plan"}, {"规划", "plan"}, {"计划", "plan"}, {"计画", "plan"}, {"方案", "plan"},
	{"预算", "budget"}, {"白皮书", "report"}, {"报告书", "report"}, {"报告", "report"},
	{"演辞", "speech"}, {"演词", "speech"}, {"讲话", "speech"}, {"致辞", "speech"},
	{"保证", "other"}, {"条", "other"},
}

// headOf returns the head that ends the folded title f, and its kind.
// Some heads need more than a word before them:
//
//   - 法 is a law only after a noun (貿易法), not in 方法, 看法, 違法…,
//     and only with two characters or more before it;
//   - 条 names a set of articles only after a number (對台十條, 新國八條);
//   - 保证 is an instrument only when counted (三項保證).
func headOf(f string) (head, bool) {
	for _, h := range heads() {
		if !strings.HasSuffix(f, h.word) {
			continue
		}
		before := f[:len(f)-len(h.word)]
		n := utf8.RuneCountInString(before)
		switch h.word {
		case "法":
			r, _ := utf8.DecodeLastRuneInString(before)
			if n < 2 || strings.ContainsRune(nonLawBefore(), r) {
				return head{}, false
			}
		case "条":
			r, _ := utf8.DecodeLastRuneInString(before)
			if n < 2 || !isNumeral(r) {
				return head{}, false
			}
		case "保证":
			if !counted(before) {
				return head{}, false
			}
		default:
			if n < 2 {
				return head{}, false
			}
		}
		return h, true
	}
	return head{}, false
}

// nonLawBefore are the characters that make 法 part of a common word
// rather than the head of a law's name (方法, 看法, 違法, 立法, 執法…).
func nonLawBefore() string {
	return "方办看想做说写手用无设依合非违守执立司语算兵魔书佛技疗笔句章解加减乘除玩打枪刀剑拳戏变家王效取犯枉懂普讲提叫干作活过搞画读听教学文律"
}

// lawCompoundNext are the characters that make 法 the first character of
// a word (法院, 法官, 法律, 法制, 法國…) rather than a law's head.
func lawCompoundNext() string {
	return "院官律制规治人令国庭理源务师学新定西郎兰则宝门眼轮术子医警界条例典案"
}

// isNumeral reports whether r is a digit or a Chinese numeral.
func isNumeral(r rune) bool {
	return r >= '0' && r <= '9' || r >= '０' && r <= '９' || strings.ContainsRune("〇零一二两三四五六七八九十百千", r)
}

// counted reports whether f ends in a count: a numeral and a classifier
// (六项, 三个, 4點).
func counted(f string) bool {
	r, n := utf8.DecodeLastRuneInString(f)
	if !strings.ContainsRune("项个点条", r) {
		return false
	}
	r2, _ := utf8.DecodeLastRuneInString(f[:len(f)-n])
	return isNumeral(r2)
}

// titleLike reports whether the folded text f reads as a title rather
// than a sentence or a quotation: two to forty characters on one line,
// without sentence or clause punctuation, personal pronouns (我國 is
// none) or a leading demonstrative.
func titleLike(f string) bool {
	n := utf8.RuneCountInString(f)
	if n < 2 || n > 40 || strings.TrimSpace(f) == "" {
		return false
	}
	// 我國, 我市, 我校… name an institution, not a speaker.
	g := f
	for _, w := range []string{"我国", "我市", "我省", "我区", "我县", "我校", "我院", "我部", "我会", "我军", "我党"} {
		g = strings.ReplaceAll(g, w, "")
	}
	for _, r := range g {
		if strings.ContainsRune("，,。；;！？!?：:\n\r", r) || strings.ContainsRune("我你他她它们", r) {
			return false
		}
	}
	for _, w := range []string{"这", "那", "该", "此", "本"} {
		if strings.HasPrefix(f, w) {
			return false
		}
	}
	return true
}

// isHan reports whether r is a Han character.
func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }
