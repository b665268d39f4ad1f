package entity

import (
	"strings"
	"unicode/utf8"
)

// mediaActs follow a media outlet written as a title when the outlet acts:
// its reporter asks, it reports, says or interviews (《纽约时报》记者,
// 《经济学人》指出, 接受《纽约时报》专访).
var mediaActs = []string{
	"记者", "記者", "报道", "報導", "报导", "報道", "社论", "社論", "社评", "社評", "专访", "專訪",
	"采访", "採訪", "指出", "称", "稱", "说", "說", "引述", "援引", "披露", "透露", "发表", "發表",
	"刊登", "刊文", "刊出", "文章", "评论", "評論", "网站", "網站", "编辑", "編輯", "专栏", "專欄",
	"获得", "獲得", "取得", "调查", "調查", "民调", "民調", "分析",
	// a clause it opens: 《X报》今日发声明, 《X报》提上诉, 《X报》的回应
	"今日", "今天", "昨日", "昨天", "日前", "近日", "声明", "聲明", "回应", "回應", "的回应", "的回應",
	"表示", "认为", "認為", "提",
}

// mediaStaff end a post at a medium (《纽约时报》亚洲新闻编辑, 《X报》北京
// 分社社长): the outlet employs someone, so it acts as an organization.
var mediaStaff = []string{"记者", "記者", "编辑", "編輯", "主编", "主編", "社长", "社長", "主笔", "主筆", "特派员", "特派員", "专栏作家", "專欄作家"}

// mediaActsAt reports whether what follows a medium's title at i makes the
// medium act: a word of mediaActs, its original in brackets
// (《金融时报》（Financial Times）), or a post at it within six
// characters (《纽约时报》亚洲新闻编辑).
func mediaActsAt(text string, i int) bool {
	if hasPrefixAny(text[i:], mediaActs) {
		return true
	}
	if r, size := utf8.DecodeRuneInString(text[i:]); (r == '（' || r == '(') && isASCIILetter(runeAt(text, i+size)) {
		return true
	}
	for p, n := i, 0; p < len(text) && n < 6; n++ {
		r, size := utf8.DecodeRuneInString(text[p:])
		if !isHan(r) || stopChars.has(r) {
			return false
		}
		p += size
		if hasPrefixAny(text[p:], mediaStaff) {
			return true
		}
	}
	return false
}

// mediaBefore precede an outlet that is a source: 据《纽约时报》报道,
// 接受《纽约时报》专访.
var mediaBefore = []string{"据", "據", "根据", "根據", "接受", "引述", "援引", "对", "對", "向"}

// mediaHeads end the names of newspapers, magazines, broadcasters and news
// sites (时报, 日报, 周刊, 电视台, 新闻网, 经济学人).
var mediaHeads = []string{
	"报", "報", "刊", "志", "誌", "新闻", "新聞", "电视", "電視", "电视台", "電視台", "电台", "電台",
	"电视网", "電視網", "网", "網", "社", "学人", "學人", "频道", "頻道", "之声", "之聲", "之音", "邮报",
	"郵報", "周报", "週報", "杂志", "雜誌",
}

// mediaCands finds media outlets written as titles that act as a source:
// 《纽约时报》 before 记者, 报道, 指出; after 据, 接受. A title of the
// lexicon's media (《纽约时报》) or whose name ends as a medium's does
// (《东海日报》) and that acts is an organization; the mention keeps the
// title marks and the name is inside them. Other titles (laws, reports,
// books) are left to the document extractor.
func (x *Extractor) mediaCands(s *scan) []*cand {
	text := s.text
	var out []*cand
	for i := 0; i < len(text); {
		start := s.index("《", i)
		if start < 0 {
			break
		}
		inner := start + len("《")
		shut := s.index("》", inner)
		if shut < 0 {
			break
		}
		end := shut + len("》")
		i = inner
		name := text[inner:shut]
		if n := utf8.RuneCountInString(name); n < 2 || n > 12 || strings.ContainsAny(name, "《，。、；：,;:") {
			continue
		}
		org := x.exact(name, hitOrg)
		if !x.mediaName(name, org) || !(mediaActsAt(text, end) || hasSuffixAny(text[:start], mediaBefore)) {
			continue
		}
		c := newCand(start, end, Organization, prioOrgExt)
		c.org, c.inner = int32(org), true
		out = append(out, c)
		i = end
	}
	return out
}

// mediaName reports whether a title names a medium: a media outlet of the
// lexicon, or a name that ends as a medium's does.
func (x *Extractor) mediaName(name string, org int) bool {
	return hasSuffixAny(name, mediaHeads) || org >= 0 && strings.HasPrefix(x.lex.Orgs[org].ID, "media-")
}

func hasPrefixAny(s string, words []string) bool {
	for _, w := range words {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

func hasSuffixAny(s string, words []string) bool {
	for _, w := range words {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}
