package timex

// Most numerals in news start no expression: 一些, 三步, 五亩, 两岸. A
// reading at a numeral goes on with a word of the rules (年, 个月, 季度,
// 国庆 …), ASCII, a separator or another numeral; the runes of
// numeralDeadNext stand in none of the package's string or rune literals
// (TestNumeralDeadNextNoLiteral), so where one of them follows the run of
// numeral runes at i (or follows 个 after it: 一个样, 三个层次), every rule
// gives up at it and the reading fails as at a dead start, having changed
// nothing but vagueAmount, which it clears (TestNumeralDeadFail). The
// lists of counters that make a number after a date no day
// (unitAfterNumber, the day after a month's) only reject, so their runes
// count as in no literal.
//
// numeralDeadNext are runes frequent after a numeral in news text: the
// counters of those lists that stand in no other literal, then others.
const numeralDeadNext = "件位倍克名吨场套岁座户所批斤条架笔股艘辆项" +
	"步岸∶是”方川亩样系切只支般制致层片块把战段峡番面句卢℃续强举等群旁改幅队省盏口思根兵愿进流类机象事跃书粒花连摄厘达对高心手货跨盾管昆姓向派英发组市居售颗宗海县飞篇反枚山』曰碗溜豆丝堂例锤失楼校虎妻渡毫页遍击炼资尺‰朵轻抹床绍边眼幢桶车用空属摞指顷响佳『试班扶袋式石绿谢河蹴席堆缕具侧文惨拖气折企性缓身粉负篓型州又桩业腿颜戈亮形阶袭士线尘嘴志封观胜旱送盘隅输品众壮稿激赢脸兼素集炉汤顽束角奇遇鹿无舌讲超荤废拿帆壁语爱言铁招死站读敏趋簇"

var numeralDeadSet = newRuneSet(numeralDeadNext)

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
// none), with a 个 after it, is followed by a rune of numeralDeadNext.
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
	if k < t.n() && t.rs[k] == '个' {
		k++
	}
	return k < t.n() && numeralDeadSet.has(t.at(k))
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
