package timex

import (
	"slices"
	"strings"
)

// An expression begins with a digit, a numeral or a word of the rules; the
// rules' words are the package's string literals (folded: Simplified).
// TestStartRunesCoverWords checks the two lists below against them and
// TestPrefilterAgrees the filtered scan against the unfiltered one.

// startSingles are the words of one rune.
const startSingles = "一上下个中今从份余内冬几分初到刻前半号后周和夏多夜天头字季尾年底度搭数整日早时春晚月末本来止每点由电的秋秒第自至讯起踏载过近这里钟闰零首"

// startPairs are the first two runes of the longer words, space-separated.
const startPairs = "" +
	"一直 七七 七夕 万圣 三一 三八 上一 上上 上世 上个 上午 上半 上季 上年 上旬 上月 下一 下下 下个 下午 " +
	"下半 下季 下年 下旬 下月 不久 不足 丑时 专电 世界 世纪 东京 东正 东部 个万 个世 个交 个周 个字 个季 " +
	"个小 个工 个星 个月 个礼 个钟 中元 中午 中叶 中旬 中期 中秋 为止 主受 主复 主张 之内 之前 之后 五一 " +
	"五四 五旬 交易 亥时 今( 今个 今后 今夜 今天 今年 今日 今早 今晚 今朝 以上 以下 以内 以前 以后 以来 " +
	"以色 任务 伊始 伊斯 优势 伦敦 住棚 体会 佛陀 依家 修殿 倡议 做法 傍晚 儿童 元宵 元旦 光明 光棍 全天 " +
	"全年 八一 六一 共识 内容 再过 农历 冬天 冬季 冬月 冬至 凌晨 分半 分钟 初期 刻钟 前( 前不 前半 前后 " +
	"前天 前年 前日 前期 劳动 北京 升天 午后 午夜 午时 午间 半夜 华盛 协调 卫塞 卯时 印度 即日 原则 原因 " +
	"去( 去年 双十 受难 古尔 台北 台湾 吉隆 同一 同天 同年 同日 同月 后半 后天 后年 后日 后期 听日 启示 " +
	"周年 哈努 四旬 国庆 国际 图比 圣三 圣会 圣周 圣枝 圣树 圣殿 圣灰 圣灵 圣瓦 圣纪 圣诞 地球 基督 声明 " +
	"处暑 复活 夏天 夏季 夏至 夜行 夜里 夜间 大前 大后 大大 大寒 大年 大斋 大暑 大雪 天主 太平 好处 妇女 " +
	"威瑟 子时 季度 宜家 宰牲 寅时 寒露 寻日 小寒 小年 小时 小暑 小满 小雪 尔代 工作 左右 巳时 巴黎 希望 " +
	"平安 年三 年中 年代 年内 年初 年底 年末 庞格 建党 建军 建议 开斋 当前 当地 当天 当季 当年 当日 当晚 " +
	"当月 律法 忏悔 悉尼 情人 惊蛰 意义 意见 愚人 感恩 戌时 承诺 报导 报道 拉匝 拉撒 接下 措施 收获 教师 " +
	"斋月 新加 新历 新春 新果 日前 日后 旧历 早上 早前 早晨 早期 明( 明后 明天 明年 明日 明早 明晚 明晨 星期 " +
	"春分 春天 春季 春节 昨( 昨午 昨夜 昨天 昨日 昨晚 昨晨 晏昼 晚上 晚期 晚间 暑假 曼谷 最后 最近 月中 月初 月底 " +
	"月末 朔日 望日 未时 未来 末期 本( 本世 本季 本年 本日 本月 权力 来年 柏林 树木 格林 棕枝 植树 次年 " +
	"次日 欢庆 欧洲 正月 此刻 此时 母亲 比萨 民国 沈默 沙夫 法令 消费 淡米 深夜 清明 清晨 澳门 濯足 灰日 " +
	"点钟 烛光 煎饼 父亲 特点 犹太 献殿 现在 理由 申时 登霄 白天 白露 目标 直到 看法 礼拜 神圣 秋分 秋天 " +
	"秋季 秒钟 穆斯 立冬 立夏 立春 立秋 端午 篝火 纽约 经验 结论 综合 美东 美国 美西 翌年 翌日 老板 而家 " +
	"耶稣 肉孜 腊八 腊月 节假 芒种 莫斯 西赫 要求 设立 说明 诵经 谷雨 赎罪 起至 转经 载春 辰时 迄今 过去 " +
	"过后 近日 这一 这个 这季 这月 逾越 酉时 重阳 钟头 问题 阳历 阴历 阿舒 除夕 隔天 隔日 雨水 霜降 青年 " +
	"韩国 首月 香港 马加 黎明 黑色 龙抬 "

// startSet holds startSingles; startPairSet the pairs of startPairs, by
// their first rune then their second.
var (
	startSet     = newRuneSet(startSingles)
	startPairSet = func() map[[2]rune]bool {
		m := make(map[[2]rune]bool)
		for _, w := range strings.Fields(startPairs) {
			rs := []rune(w)
			m[[2]rune{rs[0], rs[1]}] = true
		}
		return m
	}()
	startPairSecond = func() *runeSet {
		var second []rune
		for k := range startPairSet {
			second = append(second, k[1])
		}
		return newRuneSet(string(second))
	}()
	startPairFirst = func() *runeSet {
		var first []rune
		for k := range startPairSet {
			first = append(first, k[0])
		}
		return newRuneSet(string(first))
	}()
)

// startOther are the numerals that start an expression besides those of
// numeralRune (see canStart).
const startOther = "廿卅卌〇○壹贰叁肆伍陆柒捌玖拾佰仟俩仨"

// startMay holds every rune beyond ASCII that canStart may accept: most
// runes are rejected by this one look-up.
var startMay = newRuneSet(startSingles, string(startPairFirstRunes()), "零〇一二两三四五六七八九十百千万亿廿", startOther)

func startPairFirstRunes() []rune {
	var first []rune
	for _, w := range strings.Fields(startPairs) {
		first = append(first, []rune(w)[0])
	}
	return first
}

// canStart reports whether an expression may begin at rune i.
func (p *parser) canStart(i int) bool {
	r := p.r(i)
	if r < 0x80 {
		// An English month name (March 5, 2024) starts with a capital
		// initial and goes on in small letters.
		return isASCIIDigit(r) || r == 'Q' || r == 'q' || strings.ContainsRune(monthInitials, r) && p.r(i+1) >= 'a' && p.r(i+1) <= 'z' && !isASCIILetter(p.r(i-1))
	}
	if !startMay.has(r) {
		return false
	}
	c, k := startClassOf(r)
	if c&classSure != 0 {
		return true
	}
	return c&classPairFirst != 0 && slices.Contains(startSeconds[k], p.r(i+1))
}
