package argument

import (
	"strings"
	"sync"

	"github.com/zhpipe/zhpipe/pipeline/internal/hanstr"
)

// roleWords maps section roles to the (folded) words that name them in a
// heading or in the lead's plan (本文將分析其出台背景、主要內容和顯著特點).
func roleWords() []roleWordList { return roleWordsTable() }

type roleWordList struct {
	role  Role
	words []string
}

var roleWordsTable = sync.OnceValue(func() []roleWordList {
	return []roleWordList{
		{RoleLead, []string{"导言", "引言", "前言", "导语", "概述", "摘要", "引子"}},
		{RoleBackground, []string{"背景", "缘起", "由来", "起因", "动因", "出台原因"}},
		{RoleContent, []string{"主要内容", "内容", "要点", "主要措施", "重点措施", "具体措施", "主要举措", "主要任务", "重点任务", "架构", "框架", "核心条款", "政策要点", "具体安排"}},
		{RoleFeatures, []string{"特点", "特征", "亮点", "特色", "新意"}},
		{RoleAssessment, []string{"评估", "评价", "评析", "影响", "挑战", "风险", "前景", "启示", "问题", "意义", "效果", "分析", "争议", "反应"}},
		{RoleConclusion, []string{"结语", "结论", "结束语", "总结", "小结", "余论", "展望", "对策", "建议"}},
	}
})

// roleOf returns the role named in s (folded), the earliest match winning,
// and where it was found.
func roleOf(s string) (Role, int, bool) {
	best, at := RoleOther, -1
	for _, rw := range roleWords() {
		for _, w := range rw.words {
			if i := hanstr.Index(s, w); i >= 0 && (at < 0 || i < at) {
				best, at = rw.role, i
			}
		}
	}
	return best, at, at >= 0
}

// conclusionCue reports how a paragraph opens: strong (總之, 綜上) or weak
// (面對…, 展望未來) conclusion cues.
func conclusionCue(f string) (strong, weak bool) {
	if r, _ := decodeRune(f); !conclusionFirsts.has(r) {
		return false, false // (no cue starts with r)
	}
	for _, w := range strongConclusionCues {
		if strings.HasPrefix(f, w) {
			return true, true
		}
	}
	for _, w := range weakConclusionCues {
		if strings.HasPrefix(f, w) {
			return false, true
		}
	}
	return false, false
}

var (
	strongConclusionCues = []string{"总之", "综上", "总而言之", "总的来看", "总的来说", "综合来看", "结语", "一言以蔽之"}
	weakConclusionCues   = []string{"面对", "展望未来", "展望", "可以预见", "未来，", "未来,", "由此可见", "可见，", "可见,"}
	// conclusionFirsts are the first runes of the cues.
	conclusionFirsts = firstRunes(strongConclusionCues, weakConclusionCues)
)

// plan reads the roles the lead announces, in order: the sentence of the
// lead that says what the article will do (本文/下文/將從…分析…).
func (d *doc) plan(lead int) []Role {
	p := d.paras[lead]
	var out []Role
	for _, s := range p.sents {
		f := d.f[s.Start:s.End]
		if !hanstr.Contains(f, "本文") && !hanstr.Contains(f, "下文") && !hanstr.Contains(f, "本报告") &&
			!hanstr.Contains(f, "笔者") && !hanstr.Contains(f, "分析") && !hanstr.Contains(f, "介绍") {
			continue
		}
		// The roles follow the verb: 本文將從計畫的核心架構出發，分析其出台背景、主要內容…
		for _, v := range []string{"分析", "探讨", "介绍", "梳理", "阐述", "论述", "考察", "讨论", "解读", "评析"} {
			if i := hanstr.Index(f, v); i >= 0 {
				if _, _, ok := roleOf(f[i+len(v):]); ok {
					f = f[i+len(v):]
				}
				break
			}
		}
		type hit struct {
			at   int
			role Role
		}
		var hits []hit
		for _, rw := range roleWords() {
			if rw.role == RoleLead {
				continue
			}
			for _, w := range rw.words {
				if w == "分析" {
					continue
				}
				if i := hanstr.Index(f, w); i >= 0 {
					hits = append(hits, hit{i, rw.role})
				}
			}
		}
		// Earliest first; a role once.
		for len(hits) > 0 {
			bi := 0
			for k, h := range hits {
				if h.at < hits[bi].at {
					bi = k
				}
			}
			h := hits[bi]
			hits = append(hits[:bi], hits[bi+1:]...)
			dup := false
			for _, r := range out {
				dup = dup || r == h.role
			}
			if !dup {
				out = append(out, h.role)
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	return out
}

// isAnaphoric reports whether paragraph pi opens by referring back (這三大
// 支柱…, 上述…), so that it continues the section before it.
func (d *doc) isAnaphoric(pi int) bool {
	f := d.f[d.paras[pi].Start:d.paras[pi].End]
	for _, w := range []string{"这", "上述", "以上", "此", "该", "凡此种种", "如上"} {
		if strings.HasPrefix(f, w) {
			return true
		}
	}
	return false
}

// headingText returns a heading line without Markdown #s and spaces.
func (d *doc) headingText(pi int) (string, int, int) {
	p := d.paras[pi]
	s := p.Start
	for s < p.End && d.text[s] == '#' {
		s++
	}
	s, e := trimSpan(d.text, s, p.End)
	return d.text[s:e], s, e
}

// sections divides the text into sections with roles.
func (d *doc) sections(bs []*built) []Section {
	if len(d.paras) == 0 {
		return []Section{}
	}
	var out []Section
	used := map[Role]bool{} // the roles of the sections in out
	start := func(role Role, pi int) {
		used[role] = true
		sec := Section{Role: role, Start: d.paras[pi].Start}
		if d.paras[pi].heading {
			sec.Heading, sec.HeadingStart, sec.HeadingEnd = d.headingText(pi)
		}
		out = append(out, sec)
	}
	// Paragraphs that are items of paragraph lists cannot open sections by
	// cue; a list announced inside a section closes it when it ends.
	inItem := map[int]bool{}
	closesAt := map[int]*built{} // paragraph after the list's last item → list
	for _, b := range bs {
		if b.level == "inline" || b.level == "heading" {
			continue
		}
		for k, it := range b.e.Items {
			for q := b.paras[k]; q < len(d.paras) && d.paras[q].Start < it.End; q++ {
				inItem[q] = true
			}
		}
		last := d.paraAt(b.e.Items[len(b.e.Items)-1].End - 1)
		if b.ann != nil && last >= 0 {
			closesAt[last+1] = b
		}
	}
	// Title lines (a news title often has three: 引題, 主題, 副題, then a
	// byline) belong to the lead, which runs to the end of the first body
	// paragraph.
	lead := d.firstBody()
	if p0 := d.paras[0]; p0.heading && d.opensWithMarker(p0) {
		// The text opens with its first numbered heading: no lead.
		txt, _, _ := d.headingText(0)
		r, _, _ := roleOf(fold(txt))
		start(r, 0)
	} else {
		start(RoleLead, 0)
		if h := d.firstSubheading(lead); h > 0 {
			txt, _, _ := d.headingText(h)
			r, _, _ := roleOf(fold(txt))
			start(r, h)
		}
	}
	pl := d.plan(lead)
	next := 0
	take := func(r Role) {
		for k := next; k < len(pl); k++ {
			if pl[k] == r {
				next = k + 1
				return
			}
		}
	}
	// Only a section without a heading is closed by the end of its list;
	// a section with one runs to the next heading (or conclusion cue).
	secAnnounced := func(b *built) bool {
		cur := out[len(out)-1]
		return b.ann != nil && b.ann.Start >= cur.Start && cur.Heading == ""
	}
	pending := -1
	lastPara := len(d.paras) - 1
	sectionLevel := d.sectionLevelHeadings(bs)
	for pi := lead + 1; pi < len(d.paras); pi++ {
		p := d.paras[pi]
		f := d.f[p.Start:p.End]
		if b, ok := closesAt[pi]; ok && secAnnounced(b) {
			pending = pi
		}
		if level, ok := sectionLevel[pi]; p.heading && ok && !level {
			continue
		}
		if p.heading {
			txt, _, _ := d.headingText(pi)
			r, _, ok := roleOf(fold(txt))
			if !ok {
				r = RoleOther
				if next < len(pl) {
					r = pl[next]
				}
			}
			take(r)
			start(r, pi)
			pending = -1
			continue
		}
		strong, weak := conclusionCue(f)
		if pending == pi && d.isAnaphoric(pi) {
			pending = pi + 1
			continue
		}
		if pending == pi {
			pending = -1
			switch {
			case strong || (weak && pi == lastPara):
				start(RoleConclusion, pi)
			case next < len(pl):
				start(pl[next], pi)
				next++
				continue
			}
		}
		if inItem[pi] {
			continue
		}
		if (strong && pi > len(d.paras)/2) || (weak && pi == lastPara && len(d.paras) > 3) {
			if out[len(out)-1].Role != RoleConclusion {
				start(RoleConclusion, pi)
			}
			continue
		}
		if next < len(pl) {
			if r := pl[next]; d.paraNames(pi, r) {
				start(r, pi)
				next++
			}
			continue
		}
		if len(pl) == 0 {
			// No plan: a first sentence that names its part opens it
			// (其出台背景主要有…, 《辦法》的主要內容包括…), each role once.
			if r, ok := d.cueRole(pi); ok && !used[r] {
				start(r, pi)
			}
		}
	}
	for k := range out {
		if k+1 < len(out) {
			_, out[k].End = trimSpan(d.text, out[k].Start, out[k+1].Start)
		} else {
			out[k].End = d.paras[len(d.paras)-1].End
		}
	}
	return out
}

// firstBody returns the index of the first paragraph that is not a
// heading (0 when every paragraph is one).
func (d *doc) firstBody() int {
	for i, p := range d.paras {
		if d.opensWithMarker(p) {
			// A numbered heading opens the body: the lead ends before it.
			return max(i-1, 0)
		}
		if p.heading {
			continue
		}
		// A title may end in a bracket (…（附圖片1張）) or be a dateline
		// (（一九九七年十二月三十一日）): short, with no sentence inside.
		// A line ending in a colon introduces what follows: it is body.
		last, _ := decodeLastRune(d.text[p.Start:p.End])
		if d.runesUpTo(p.Start, p.End, 40) <= 40 && !hanstr.ContainsAny(d.text[p.Start:p.End], "。！？!?；") && i+1 < len(d.paras) &&
			last != '：' && last != ':' {
			continue
		}
		return i
	}
	return 0
}

// opensWithMarker reports whether paragraph p opens with a heading
// marker: 一、 1. （一） 第一章.
func (d *doc) opensWithMarker(p para) bool {
	i := p.Start
	if v, n := romanAt(d.f, i); v > 0 {
		r, _ := decodeRune(d.f[i+n:])
		return r == '.' || r == '．' || r == '、'
	}
	if r, n := decodeRune(d.f[i:]); strings.ContainsRune("（(【〔［[", r) {
		i += n
	}
	if d.hasAt(i, "第") {
		i += len("第")
	}
	_, n := ordinalNumeral(d.f, i)
	if n == 0 && i == p.Start {
		_, n = formalNumeral(d.f, i) // 壹、
	}
	if n == 0 {
		return false
	}
	r, _ := decodeRune(d.f[i+n:])
	return strings.ContainsRune("、.．）)】〕］]章节部", r)
}

// cueRole returns the role that the first sentence of paragraph pi
// announces with a cue phrase, when it has one.
func (d *doc) cueRole(pi int) (Role, bool) {
	p := d.paras[pi]
	if len(p.sents) == 0 {
		return RoleOther, false
	}
	f := d.f[p.sents[0].Start:p.sents[0].End]
	// Every cue phrase holds 背, 容, 特, 估, 几点 or 挑战: asked of the
	// whole text once, then of each sentence.
	if d.cues == 0 {
		d.cues = 1
		if d.hasCueWordIn(0, len(d.f)) {
			d.cues = 2
		}
	}
	if d.cues == 1 || !d.hasCueWordIn(p.sents[0].Start, p.sents[0].End) {
		return RoleOther, false
	}
	for _, c := range []struct {
		role  Role
		words []string
	}{
		{RoleBackground, []string{"出台背景", "时代背景", "背景是", "背景在于", "背景可归结", "背景主要"}},
		{RoleContent, []string{"主要内容", "核心内容"}},
		{RoleFeatures, []string{"显著特点", "主要特点", "鲜明特点", "突出特点", "显著特征", "主要特征"}},
		{RoleAssessment, []string{"影响评估", "几点思考", "几点启示", "面临的挑战"}},
	} {
		for _, w := range c.words {
			if hanstr.Contains(f, w) {
				return c.role, true
			}
		}
	}
	return RoleOther, false
}

// hasCueWord reports whether f holds 背, 容, 特, 估, 几点 or 挑战, a word
// that every cue phrase of cueRole holds.
func hasCueWord(f string) bool {
	return hanstr.Contains(f, "背") || hanstr.Contains(f, "容") || hanstr.Contains(f, "特") ||
		hanstr.Contains(f, "估") || hanstr.Contains(f, "几点") || hanstr.Contains(f, "挑战")
}

// paraNames reports whether paragraph pi names role r (背景 for a
// background section).
func (d *doc) paraNames(pi int, r Role) bool {
	f := d.f[d.paras[pi].Start:d.paras[pi].End]
	for _, rw := range roleWords() {
		if rw.role != r {
			continue
		}
		for _, w := range rw.words {
			if runeCount(w) >= 2 && hanstr.Contains(f, w) && w != "分析" && w != "问题" && w != "影响" {
				return true
			}
		}
	}
	return false
}

// sectionLevelHeadings maps the paragraph of every item of a heading list
// to whether that heading is at section level: not an item heading nested
// under another heading list. The first list (in bs order) with an item
// in a paragraph decides; a heading in no heading list is at section
// level.
func (d *doc) sectionLevelHeadings(bs []*built) map[int]bool {
	out := map[int]bool{}
	for _, b := range bs {
		if b.level != "heading" {
			continue
		}
		for k := range b.e.Items {
			d.work++
			if _, ok := out[b.paras[k]]; !ok {
				out[b.paras[k]] = b.parent == nil
			}
		}
	}
	return out
}

// firstSubheading returns the heading line just before the first body
// paragraph when it is the first of the text's sub-headings rather than
// part of its title: not the first line, and the body has at least one
// more heading line that is followed by body text. lead is firstBody's
// result. It returns 0 when there is no such line.
func (d *doc) firstSubheading(lead int) int {
	fb := lead
	if lead+1 < len(d.paras) && d.opensWithMarker(d.paras[lead+1]) && !d.paras[lead+1].heading {
		fb = lead + 1 // firstBody stops before a numbered body paragraph
	}
	h := fb - 1
	if h < 1 || !d.paras[h].heading || d.paras[fb].heading || d.opensWithMarker(d.paras[h]) || d.isDatelineOrByline(d.paras[h]) {
		return 0
	}
	for pi := fb + 1; pi+1 < len(d.paras); pi++ {
		d.work++
		if d.paras[pi].heading && !d.paras[pi-1].heading {
			return h
		}
	}
	return 0
}

// isDatelineOrByline reports whether paragraph p is a date line (2024-03-01
// 16:25, 2024年3月1日 星期五) or a credit line (記者 王明, 責任編輯：李華,
// 文/張三): page furniture of the title block, not a sub-heading.
func (d *doc) isDatelineOrByline(p para) bool {
	f := d.f[p.Start:p.End]
	for _, w := range []string{"记者", "本报记者", "本报讯", "文/", "文／", "来源", "作者", "编辑", "责任编辑", "撰文", "摄影", "图/", "图／"} {
		if strings.HasPrefix(f, w) {
			return true
		}
	}
	han := 0
	for _, r := range f {
		if isHanRune(r) && !strings.ContainsRune("年月日时分秒号周星期上下午晚早凌晨", r) {
			han++
		}
	}
	return han < 2
}
