package timex

// Most numerals in news start no expression: 一些, 三步, 五亩, 两岸. A
// reading at a numeral goes on with a word of the rules (年, 个月, 季度,
// 国庆 …), ASCII, a separator or another numeral; no literal of the
// package can read a rune of numeralDeadNext there (it stands in none;
// TestNumeralDeadNextNoLiteral), so where one of them follows the run of
// numeral runes at i (or follows 个 after it: 一个样, 三个层次), every rule
// gives up at it and the reading fails as at a dead start, having changed
// nothing but vagueAmount, which it clears (TestNumeralDeadFail). The
// lists of counters that make a number after a date no day
// (unitAfterNumber, the day after a month's) only reject, so their runes
// count as in no literal.
//
// numeralDeadNext are runes frequent after a numeral in news text: the
// counters of those lists that stand in no other literal, then others.
// (Known gap, kept so that output stays as it was: a run that holds a
// word of numeralWords counts as dead before them too, though the holiday
// rule reads 三一五 whatever follows; 他说三一五是 loses its date.)
const numeralDeadNext = "件位倍克名吨场套岁座户所批斤条架笔股艘辆项" +
	"步岸∶是”方川亩样系切只支般制致层片块把战段峡番面句卢℃续强举等群旁改幅队省盏口思根兵愿进流类机象事跃书粒花连摄厘达对高心手货跨盾管昆姓向派英发组市居售颗宗海县飞篇反枚山』曰碗溜豆丝堂例锤失楼校虎妻渡毫页遍击炼资尺‰朵轻抹床绍边眼幢桶车用空属摞指顷响佳『试班扶袋式石绿谢河蹴席堆缕具侧文惨拖气折企性缓身粉负篓型州又桩业腿颜戈亮形阶袭士线尘嘴志封观胜旱送盘隅输品众壮稿激赢脸兼素集炉汤顽束角奇遇鹿无舌讲超荤废拿帆壁语爱言铁招死站读敏趋簇"

// numeralDeadInWords are more runes frequent after a numeral in news
// text that stand in the rules' literals only inside words (some are
// counters too), never at a word's start nor after a numeral, 个 or 第
// there (情人节, 依家, 主张, 芒种, 东部; % only in messages): such a word cannot match at the
// rune after a run of numerals, as it would begin at the rune or before it,
// in the run (TestNumeralDeadNextNoLiteral). A rule may still read a word
// made of numerals alone (numeralWords) and end there, whatever follows
// (他说三一五是: 三一五, the consumer rights day): a run that holds one is
// no dead start before these runes.
const numeralDeadInWords = "些种人家张米公部行道军路旦瓦贯金阵港加" +
	"赛贫谋乡村厂运单院极辈通科德孩波党领门城色如者矿顶回棵合活难曲女政局总银卷荒杯医亚考册富议刀版联铢产规团概普味足动安区彩" +
	"钻历展甲票圈变则关幕帮趟水令宝副盆非客栋串包保红打埃实环伴就铜顿兄滴想箱外×毛论列博员带满岛信氧统章风翼寸走伏照社株研创" +
	"广江桥排获化游职严笑伙岗差巨技真了突忌扇败案减选仙鸟坚课夺赞干低各甚审程态食传词火唱餐鹏委洲被适丰南评斑叫浪齐伟喜湖崭哄" +
	"见常刚缺模乱针圆揽决官少祺木航档认脚筹别落塚缩充投绝显陪艺热着担或证尊" +
	"%稳隆纵男乐往武商物款旅促绪族险困健算弹相便镜灾破宣盎草没歌枝漂助握瓶郎先沉拥病街奥云景培值呼剧摊简袖篮偏磅汽奋巷温碎冰" +
	"跤必因塑窗菱盒范祖表散利羊油姑乙猛办税店独探养供沓泉快检驾颇陵紫仿厢什球框炮话题精汉"

// numeralWords are the rules' words made of numerals alone (holiday,
// 三一五 and 十一); TestNumeralWordsComplete checks the list against the
// package's literals.
var numeralWords = [][]rune{[]rune("三一五"), []rune("十一")}

var (
	numeralDeadSet     = newRuneSet(numeralDeadNext)
	numeralDeadWordSet = newRuneSet(numeralDeadInWords)
)

// numeralDeadMax bounds the run of numeral runes read. A run of more than
// four ASCII digits is no dead start: the rules read dates of digits alone.
const numeralDeadMax = 24

// numeralDead reports whether a reading at rune i, a numeral, fails (see
// above).
func (p *parser) numeralDead(i int) bool { return p.deadAfterRun(i) }

// prefixDead reports whether a reading at rune i, 第 (an ordinal), fails:
// the numerals after it, if any, and 个 are followed by a rune of
// numeralDeadNext (第三场, 第一个样板; TestPrefixDeadFail). (At 数 and 几
// a failed reading leaves vagueAmount set: they are read.)
func (p *parser) prefixDead(i int) bool {
	return p.r(i) == '第' && p.deadAfterRun(i+1)
}

// deadAfterRun reports whether the run of numeral runes at i (maybe
// none), with a 个 after it, is followed by a rune of numeralDeadNext, or
// of numeralDeadInWords when the run holds no word of numeralWords.
func (p *parser) deadAfterRun(i int) bool {
	t := p.t
	k := i
	ascii := 0
	for k < t.n() && numStarts(t.at(k)) {
		if k-i == numeralDeadMax {
			return false
		}
		if t.rs[k] < 0x80 {
			ascii++
		}
		k++
	}
	if ascii > 4 {
		return false // 20240506: a date of digits alone
	}
	end := k
	if k < t.n() && t.rs[k] == '个' {
		k++
	}
	if k >= t.n() {
		return false
	}
	next := t.at(k)
	return numeralDeadSet.has(next) || numeralDeadWordSet.has(next) && !p.holdsNumeralWord(i, end)
}

// holdsNumeralWord reports whether the runes [i, end) hold a word of
// numeralWords.
func (p *parser) holdsNumeralWord(i, end int) bool {
	for _, w := range numeralWords {
		for s := i; s+len(w) <= end; s++ {
			k := 0
			for k < len(w) && p.t.at(s+k) == w[k] {
				k++
			}
			if k == len(w) {
				return true
			}
		}
	}
	return false
}

// fromDead reports whether a reading at rune i, 从, 自 or 由 (fromWords),
// fails: at1 reads after that word the rules a reading there would, so
// where nothing may start there (ASCII aside: canStart, deadStart,
// numeralDead), nothing starts at i either (TestFromDeadFail).
func (p *parser) fromDead(i int) bool {
	switch p.r(i) {
	case '从', '自', '由':
	default:
		return false
	}
	k := i + 1
	r := p.r(k)
	if r < 0x80 {
		return false
	}
	return !startMay.has(r) || !p.canStart(k) || p.deadStart(k) || numStarts(r) && p.numeralDead(k)
}
