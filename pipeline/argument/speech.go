package argument

import (
	"strings"
	"sync"
)

// This file holds the speech lexicon of Chinese news: the verbs that
// introduce what someone said, the words around them that belong to the
// frame (發表聲明, 在記者會上, 接受…訪問時, 告訴記者), and the words that
// tell a quoted term from quoted words. Every entry is written once in
// Simplified; the text is folded before it is matched. Each table is built
// once, on first use, and never changed: callers only read it.

// speechVerbs are the verbs that introduce speech, folded to Simplified,
// longest first where one contains another.
func speechVerbs() []string { return speechVerbsTable() }

var speechVerbsTable = sync.OnceValue(func() []string {
	return []string{
		"直言不讳地称", "直言不讳地说", "直言不讳地表示", "补充说", "解释说", "明确表示",
		"写道", "指出", "强调", "认为", "表示", "誓言", "宣称", "声称", "承认", "坦言", "透露",
		"警告", "呼吁", "回应", "重申", "预测", "谈到", "提到", "提出", "问道", "答道", "直言",
		"断言", "坦承", "表态", "告诉", "介绍", "称", "说道", "说", "道",
		// Frames of news reports: announcements, statements, reports,
		// criticism and the colloquial verbs of Taiwan and Hong Kong papers.
		"宣布", "声明", "喊话", "批评", "抨击", "质疑", "提醒", "主张", "坚称",
		"暗示", "形容", "表明", "证实", "否认", "反驳", "驳斥", "澄清", "笑称", "直说",
		"报道", "报导", "指称", "回答", "答复", "追问", "反问", "问", "答", "指",
		"痛批", "怒批", "狠批", "砲轰", "炮轰", "怒斥", "痛斥", "驳斥", "强调说",
		// Verbs that relay, explain and exhort (提及, 解釋, 勉勵), and the
		// verbs that speak only before a colon or a comma (colonOnly).
		"提及", "解释", "勉励", "补充", "写下", "留言", "感叹", "感慨", "叮嘱", "寄语", "高呼", "高喊",
		"大喊", "喊道", "自嘲", "打趣", "调侃", "总结", "叹道", "直指", "致辞", "致词",
	}
})

// objectVerbs take a noun phrase as their object before any content
// (提出多項「搶人才」政策, 批評政府「後知後覺」, 介紹他的助手): a short
// quote after such a verb and a few words is a term, not what was said.
func objectVerb(v string) bool {
	switch v {
	case "提出", "介绍", "告诉", "回应", "批评", "抨击", "提到", "谈到", "质疑", "形容", "答复", "回答",
		"痛批", "怒批", "狠批", "砲轰", "炮轰", "怒斥", "痛斥", "驳斥", "提及", "解释", "勉励":
		return true
	}
	return false
}

// colonVerb reports whether verb v speaks only when a colon or comma
// follows it (问：, 答：, 报道指，): elsewhere it is a noun or another verb.
func colonVerb(v string) bool {
	return v == "问" || v == "答" || v == "指"
}

// colonOnly reports whether verb v speaks only when a colon or a comma
// follows it (寫下：「…」, 感嘆，…): elsewhere it takes an object or is a
// noun (寫下名字, 網友留言, 感謝支持).
func colonOnly(v string) bool {
	switch v {
	case "补充", "写下", "留言", "感叹", "感慨", "叮嘱", "寄语", "高呼", "高喊", "大喊", "自嘲", "打趣",
		"调侃", "总结", "直指", "致辞", "致词":
		return true
	}
	return false
}

// verbExcluded reports whether the verb at [s, e) is not speech here: 稱為
// (names something), 說明 (explains), 簡稱 (abbreviation), 所說 and the like.
func (d *doc) verbExcluded(s, e int, v string) bool {
	after := d.f[e:]
	single := v == "称" || v == "说" || v == "道"
	if single || v == "声称" {
		for _, x := range []string{"为", "之为", "明", "法", "号", "赞", "作", "话", "服", "谓", "得", "不", "白了"} {
			if strings.HasPrefix(after, x) && (single || v == "声称" && x == "为") {
				return true
			}
		}
	}
	before := d.f[:s]
	if strings.HasSuffix(before, "如是") && single {
		return false // 如是說: said so
	}
	// 法說會 (an earnings call), 換句話說 (in other words): a word, not
	// a speech verb.
	if single && (strings.HasSuffix(before, "法") && strings.HasPrefix(after, "会") || strings.HasSuffix(before, "换句话")) {
		return true
	}
	if single {
		for _, x := range []string{"简", "所", "堪", "号", "据", "可", "俗", "自", "通", "知", "味", "据报", "难", "街", "渠", "频", "轨", "管", "赤", "厚", "霸", "顺", "小", "传", "学", "听", "胡", "演", "游", "劝", "来", "以", "如", "或者", "该", "般", "是", "虽", "统", "职", "名", "宣", "声", "指"} {
			if strings.HasSuffix(before, x) && !(x == "声" && v == "说") {
				return true // not 大聲說, 連聲說: said aloud
			}
		}
	}
	if colonOnly(v) {
		// 補充：「…」, 補充，…; 「…」她補充。 after the quotation.
		r, _ := decodeRune(after)
		if r == '。' || r == '.' {
			b := strings.TrimRightFunc(before, func(r rune) bool { return r != '”' && r != '」' && r != '"' && !isPunct(r) })
			lb, _ := decodeLastRune(b)
			return !isCloser(lb) && lb != '"' || len(before)-len(b) > 12*3
		}
		return r != '：' && r != ':' && r != '，' && r != ','
	}
	if v == "道" {
		// 道 alone is speech only after 問/答/寫/說, which are listed;
		// elsewhere it is a road or a way.
		return true
	}
	if colonVerb(v) {
		// 問：/答：, 報道指，; not 訪問，, 手指, 意指.
		r, _ := decodeRune(after)
		if v != "指" && r != '：' && r != ':' || r != '：' && r != ':' && r != '，' && r != ',' {
			return true
		}
		b, _ := decodeLastRune(before)
		return strings.ContainsRune("访询质疑提学顾慰过请反拷审盘发追手食意直所特泛确明遥矛拇中无", b)
	}
	switch v {
	case "声明":
		// 聲明中, 聲明稿, 聲明書: the noun; 發表聲明表示 has its verb
		// after it.
		for _, x := range []string{"中", "里", "内", "稿", "书", "的", "全文", "文"} {
			if strings.HasPrefix(after, x) {
				return true
			}
		}
	case "报道", "报导":
		// 報道中, 報道的: the noun; 據報道 has no speaker of its own.
		for _, x := range []string{"中", "的", "了"} {
			if strings.HasPrefix(after, x) {
				return true
			}
		}
		if strings.HasSuffix(before, "据") {
			return true
		}
	case "回答", "答复":
		for _, x := range []string{"问题", "提问", "记者"} {
			if strings.HasPrefix(after, x) {
				return true // 回答記者提問時表示: the verb comes later
			}
		}
	}
	return false
}

// maySpeak reports whether r is the first rune of a speech verb (see
// speechVerbs; a test keeps the two in step).
func maySpeak(r rune) bool { return speakFirsts.has(r) }

var speakFirsts = newRuneBits("直补解明写指强认表誓宣声承坦透警呼回重预谈提问答断告介称说道" +
	"喊批抨质主坚暗形证否反驳澄笑报追痛怒狠砲炮勉留感叮寄高大自打调总致叹")

// verbAt returns the speech verb starting at byte i of the folded text.
func (d *doc) verbAt(i int) string {
	r, n := decodeRune(d.f[i:])
	if !maySpeak(r) {
		return ""
	}
	if !verbSingles.has(r) {
		// Every verb starting with r has a second rune: one of them.
		if r2, _ := decodeRune(d.f[i+n:]); !verbSeconds.has(r2) {
			return ""
		}
	}
	for _, v := range verbsByRune()[r] {
		if strings.HasPrefix(d.f[i:], v) && !d.verbExcluded(i, i+len(v), v) {
			return v
		}
	}
	return ""
}

// verbSingles are the speech verbs of one rune; verbSeconds the second
// runes of the others (verbAt reads no further at a rune that no verb of
// one rune is and before a rune that no verb has second).
var verbSingles, verbSeconds = verbRuneSets()

func verbRuneSets() (*runeBits, *runeBits) {
	singles, seconds := &runeBits{}, &runeBits{}
	for _, v := range speechVerbs() {
		r, n := decodeRune(v)
		if n == len(v) {
			singles.add(r)
			continue
		}
		r2, _ := decodeRune(v[n:])
		seconds.add(r2)
	}
	return singles, seconds
}

// verbsByRune indexes speechVerbs by first rune, in their order.
var verbsByRune = sync.OnceValue(func() map[rune][]string {
	m := map[rune][]string{}
	for _, v := range speechVerbs() {
		r, _ := decodeRune(v)
		m[r] = append(m[r], v)
	}
	return m
})

// titleWords end the titles and offices written before a name
// (外交部發言人毛寧, 經濟部長郭智輝, 知名經濟學者歐陽振華).
func titleWords() []string { return titleWordsTable() }

// titleWordsByLast indexes titleWords by their last rune.
var titleWordsByLast = sync.OnceValue(func() *suffixIndex { return newSuffixIndex(titleWords()) })

var titleWordsTable = sync.OnceValue(func() []string {
	return []string{
		"长", "主席", "主任", "总理", "总统", "发言人", "负责人", "总裁", "委员", "议员", "大使", "经理",
		"主管", "官员", "执行官", "书记", "教授", "研究员", "顾问", "代表", "首相", "部长", "助理", "秘书",
		"学者", "专家", "分析师", "记者", "主播", "主持人", "律师", "议长", "州长", "市长", "总督", "国务卿",
		"立委", "院士", "博士", "医生", "董事", "会长", "理事", "专员", "特首", "司长", "局长", "处长",
		"参议员", "众议员", "外长", "防长", "财长", "首席", "特使", "总监", "创办人", "创始人", "作家",
		"副手", "领袖", "领导人", "成员", "会员", "参选人", "候选人", "召集人", "主委", "党魁", "法官", "检察官", "将军", "上将", "中将", "少将", "司令", "元首", "国王",
		"女王", "亲王", "王储", "省长", "长官", "县长", "区长", "村长", "校长", "院长", "社长", "总编辑",
		// Malaysian honorifics, written between the office and the name.
		"拿督斯里", "丹斯里", "拿督", "拿汀",
	}
})

// isTitle reports whether s (folded) ends with a title or office, as in
// the gap of 經濟部長郭智輝 or 民建聯主席陳克勤.
func isTitle(s string) bool {
	for _, t := range titleWordsByLast().ending(s) {
		if strings.HasSuffix(s, t) {
			if t == "长" {
				// 部長, 市長; not 增長, 成長, 延長.
				r, _ := decodeLastRune(s[:len(s)-len(t)])
				return !strings.ContainsRune("增成延生擅特专漫很较更最冗拉放助伸消见", r)
			}
			return true
		}
	}
	return false
}

// roleHeads end a phrase that names a speaker by role rather than by name
// (電視台記者, 政府發言人, 知情人士, 分析人士).
func roleHeads() []string { return roleHeadsTable() }

var roleHeadsTable = sync.OnceValue(func() []string {
	return []string{
		"记者", "发言人", "官员", "人士", "专家", "学者", "分析师", "议员", "委员", "代表", "负责人",
		"律师", "教授", "研究员", "医生", "民众", "网友", "居民", "市民", "主持人", "主播", "笔者",
		"作者", "编者", "司仪", "业者", "厂商", "店家", "学生", "家长", "乘客", "患者", "选民", "农民",
		"员工", "司机", "游客", "老人", "消费者", "投资人", "投资者", "经济学家", "科学家", "评论员", "观察家", "当事人",
		"受害者", "领导人", "高层", "官方", "主席", "部长", "局长", "署长", "司长", "处长", "首长", "特首", "总统", "总理",
		"首相", "大使", "外长", "发言人办公室", "消息来源", "知情者", "目击者", "受访者", "问", "答",
	}
})

// orgHeads end the name of an organization or outlet that speaks
// (外交部, 財政部和商務部, 國安局, 《環球時報》社評).
func orgHeads() []string { return orgHeadsTable() }

var orgHeadsTable = sync.OnceValue(func() []string {
	return []string{
		"部", "局", "署", "委员会", "办公室", "办", "院", "政府", "当局", "公司", "集团", "银行", "协会",
		"商会", "联合会", "组织", "机构", "大学", "中心", "研究所", "日报", "时报", "晚报", "早报", "周刊",
		"通讯社", "新闻社", "电视台", "广播电台", "媒体", "官媒", "传媒", "央行", "法院", "议会", "国会",
		"白宫", "内阁", "军方", "警方", "外交部", "社评", "社论", "评论", "文告", "声明", "报告", "新华社",
		"中新社", "中央社", "路透社", "法新社", "美联社", "共同社", "彭博社", "联合国", "总部", "使馆", "领事馆",
	}
})

// endsWithAnyOf is endsWithAny for the words of x: it tries only those
// ending in s's last rune, in the list's order (no other word may end s).
func endsWithAnyOf(s string, x *suffixIndex) (string, bool) {
	return endsWithAny(s, x.ending(s))
}

// roleHeadsByLast, orgHeadsByLast and termHeadsByLast index roleHeads,
// orgHeads and termHeads by their last rune, for endsWithAnyOf.
var (
	roleHeadsByLast = sync.OnceValue(func() *suffixIndex { return newSuffixIndex(roleHeads()) })
	orgHeadsByLast  = sync.OnceValue(func() *suffixIndex { return newSuffixIndex(orgHeads()) })
	termHeadsByLast = sync.OnceValue(func() *suffixIndex { return newSuffixIndex(termHeads()) })
)

// endsWithAny reports whether s ends with one of ws, and which.
func endsWithAny(s string, ws []string) (string, bool) {
	for _, w := range ws {
		if strings.HasSuffix(s, w) {
			return w, true
		}
	}
	return "", false
}

// leadingConnectives are words that may open a clause before its
// subject: 而他說, 對此，外交部表示, 此外發言人指出.
func leadingConnectives() []string { return leadingConnectivesTable() }

var leadingConnectivesTable = sync.OnceValue(func() []string {
	return []string{
		"而且", "而", "但是", "但", "并且", "并", "同时", "此外", "另外", "不过", "然而", "对此", "其后",
		"随后", "之后", "其中", "最后", "接着", "另", "且", "又", "也", "诚如", "正如", "如", "据悉",
	}
})

// adverbials are the words that may stand between a speaker and the verb
// (李明今天也說, 林志遠周一表示, 川普自信表示), matched at the end of the
// stretch before the verb and stripped one by one.
func adverbials() []string { return adverbialsTable() }

// adverbialsByLast indexes adverbials by their last rune.
var adverbialsByLast = sync.OnceValue(func() *suffixIndex { return newSuffixIndex(adverbials()) })

var adverbialsTable = sync.OnceValue(func() []string {
	return []string{
		"也", "亦", "则", "还", "又", "更", "都", "均", "再", "并", "曾", "已", "已经", "就", "仍", "便",
		"才", "另", "同时", "随即", "随后", "进一步", "明确", "公开", "直接", "坦率", "特别", "再次",
		"再度", "一再", "多次", "反复", "亲自", "当面", "当场", "自信", "强硬", "严正", "郑重", "罕见",
		"首度", "首次", "对此", "日前", "近日", "今天", "今日", "昨天", "昨日", "前天", "当天", "同日",
		"稍早", "早前", "此前", "最近", "近期", "今早", "今晨", "晚间", "上午", "下午", "晚上", "早上",
		"中午", "凌晨", "当地时间", "一度", "不断", "先前", "之前", "稍后", "立即", "当即", "特地",
		"专门", "随之", "则是", "更是", "曾经", "会后", "事后", "今年", "去年", "本周", "上周", "本月",
		"上月", "日内", "周末", "周一", "周二", "周三", "周四", "周五", "周六", "周日", "星期一", "星期二",
		"星期三", "星期四", "星期五", "星期六", "星期日", "星期天", "礼拜一", "礼拜二", "礼拜三",
		"礼拜四", "礼拜五", "礼拜六", "礼拜天", "表态", "续", "接着", "接著", "紧接着", "紧接著", "继续", "进而", "旋即", "一开始", "最后", "终于", "甚至", "竟", "竟然",
		"却", "即", "才", "还是", "依然", "仍然", "始终", "总是", "向来", "一直", "亦曾", "也曾", "早已",
		"发文", "撰文", "致函", "致词时", "致辞时", "发言时", "讲话时", "演讲时", "受访时", "答问时",
		"书面", "发表书面", "发表", "发布", "发出", "发文告", "公开", "透过社交媒体", "通过社交媒体",
		"质询时", "答询时", "视察时", "出席时", "访问时", "会见时", "接见时", "会晤时", "抵达时", "离开时",
		"参观时", "座谈时", "演说时", "致词后", "致辞后", "会谈后", "会见后", "会晤后", "演讲后", "发言后",
		// 他這麼說, 王某是在記者會上如此表示的.
		"这么", "这样", "如此", "如是", "是",
		// How it is said: 連聲說, 大聲說, 激動地說.
		"连声", "大声", "低声", "轻声", "高声", "齐声", "小声", "笑着", "激动地", "感慨地", "动情地",
		"坦率地", "风趣地", "幽默地", "深情地", "郑重地", "无奈地", "兴奋地",
	}
})

// framesBefore are the frames that may stand between a speaker and the
// verb, from an opening word to a closing one within a few characters:
// 在記者會上, 在聲明中, 接受《經濟日報》訪問時, 對媒體, 回應記者提問時,
// 發表書面聲明.
func framesBefore() []frame { return framesTable() }

// frameCloseLasts holds the last runes of the frames' closing words: a
// stretch whose last rune is none of them ends in no frame.
var frameCloseLasts = sync.OnceValue(func() *runeBits {
	b := &runeBits{}
	for _, fr := range framesTable() {
		for _, c := range fr.close {
			r, _ := decodeLastRune(c)
			b.add(r)
		}
	}
	return b
})

// frame is a frame between a speaker and the verb: an opening word, then
// within a few characters a closing one.
type frame struct{ open, close []string }

var framesTable = sync.OnceValue(func() []frame {
	return []frame{
		{[]string{"在", "于"}, []string{"上", "中", "时", "后", "前", "里", "期间", "之际", "会上", "场合", "当中", "表示时"}},
		{[]string{"接受"}, []string{"访问", "采访", "专访", "访谈", "访问时", "采访时", "专访时", "访谈时", "询问时", "提问时"}},
		{[]string{"回应", "回答", "答复", "答"}, []string{"时", "提问", "提问时", "询问", "询问时", "问题时", "问时", "质询时", "问"}},
		{[]string{"被问及", "被问到", "被询及", "问及", "谈及", "论及", "谈到", "提到", "提及"}, []string{"时", "问题时", "一事时"}},
		{[]string{"对", "向", "跟", "给"}, []string{"记者", "媒体", "本报", "本台", "外界", "传媒", "民众", "听众", "观众", "在场记者", "美联社", "路透社", "中央社", "新华社", "他", "她", "我们", "大家", "此"}},
		{[]string{"告诉"}, []string{"记者", "媒体", "本报", "本台", "本刊", "外界", "传媒"}},
		{[]string{"发表", "发布", "发出", "透过", "通过", "在", "以"}, []string{"声明", "文告", "公告", "讲话", "谈话", "文章", "演说", "演讲", "书面声明", "新闻稿", "视频", "影片", "贴文"}},
		{[]string{"当天", "当日", "同日", "周", "星期"}, []string{"晚间", "上午", "下午", "晚上", "早上"}},
	}
})

// termHeads end the names of laws, plans, policies and the like, which
// quote marks set off as terms even in what someone says
// (「海洋保育法案」, 「數位轉型行動方案」).
func termHeads() []string { return termHeadsTable() }

var termHeadsTable = sync.OnceValue(func() []string {
	return []string{
		"法", "法案", "条例", "规定", "计划", "计画", "方案", "政策", "倡议", "战略", "策略", "协定", "协议",
		"公约", "宣言", "白皮书", "行动", "工程", "专案", "项目", "机制", "制度", "体系", "原则", "主义",
		"思想", "理论", "模式", "会议", "峰会", "论坛", "联盟", "组织", "小组", "基金", "奖", "案", "罪",
		"证", "条", "号", "令", "报告", "指数", "中心", "研究所", "委员会", "预算", "基金会", "大会", "计划书", "纲要", "规划", "框架", "路线图", "清单", "名单",
	}
})

// termAfter are words that follow a quoted term (「城鄉一體」為名,
// 「本土優先」之產業戰略, 「去中心化」原則, 「黑色星期一」一詞).
func termAfter() []string { return termAfterTable() }

var termAfterTable = sync.OnceValue(func() []string {
	return []string{
		"一词", "一说", "之说", "二字", "三字", "四字", "这个词", "这一词", "这个说法", "字眼", "等", "之",
		"式", "般的", "为名", "为主题", "为题", "为口号", "为由", "为核心", "为目标", "为宗旨", "原则", "政策", "战略",
		"立场", "对象", "程序", "计划", "方案", "案", "行动", "概念", "理念", "模式", "体系", "机制", "口号",
		"标语", "称号", "的称号", "的名义", "的旗号", "的口号", "的原则", "的立场", "的政策", "的概念",
		"的理念", "的说法", "的定位", "的框架", "的标签", "的假象", "对象", "假象", "建设", "倡议", "精神",
		"路线", "方针", "进程", "计画", "工程", "法案", "条款", "规定", "框架", "体制",
	}
})

// termBefore are words that precede a quoted term (所謂「…」, 稱為「…」,
// 以「…」為名, 推動「…」).
func termBefore() []string { return termBeforeTable() }

var termBeforeTable = sync.OnceValue(func() []string {
	return []string{
		"所谓", "所谓的", "称为", "称作", "名为", "叫做", "叫作", "被称为", "号称", "简称", "统称", "俗称",
		"之称", "藉", "借", "借由", "基于", "本于", "推动", "推出", "通过", "签署", "订定", "增订",
		"进入", "发起", "启动", "实施", "落实", "打造", "建立", "成立", "举办", "出席", "参加", "参与",
		"主题为", "名称为", "代号", "、", "即", "列为", "视为", "定为", "冠以", "贴上", "戴上",
		"这个", "这一", "这些", "此一", "归结为", "概括为", "总结为", "归纳为", "分为", "定义为", "命名为", "称之为",
	}
})
