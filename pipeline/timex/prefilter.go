package timex

// startRunes are the (folded) runes that can begin an expression besides
// digits and numerals: the first runes of every word the rules match.
// TestStartRunesCoverWords checks it against the package's string literals
// and TestPrefilterAgrees against the unfiltered scan.
const startRunes = "一七万三上下不专世东个中为主之五交今从以任份伊优住体余依修倡做傍儿元光全八六共内再农冬凌几分初到刻前劳升午半印原去双受古号同后听启周和哈四国图圣基声处复夏多夜大天头好妇字季宜宰寒寻小尔工左希平年底庞度建开当律忏情惊意愚感承报拉接措搭收教数整斋新日旧早时明星春昨晏晚最月朔望未末本权来树棕植次欢止正此母民沈沙法消淡深清澳濯点烛煎父特犹献现理由电登白的目直看礼神秋秒穆立端第篝经结综翌老而耶肉腊自至节芒西要讯设说诵谷赎起踏转过近这逾里重钟问闰阳阴阿除雨零霜青首香马黎龙"

// startSet is startRunes as a set.
var startSet = newRuneSet(startRunes)

// canStart reports whether an expression may begin at rune i.
func (p *parser) canStart(i int) bool {
	r := p.r(i)
	if r < 0x80 {
		return isASCIIDigit(r) || r == 'Q' || r == 'q'
	}
	if startSet.has(r) {
		return true
	}
	_, ok := numeralRune(r)
	if ok {
		return true
	}
	switch r {
	case '廿', '卅', '卌', '〇', '○', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖', '拾', '佰', '仟', '俩', '仨':
		return true
	}
	return false
}
