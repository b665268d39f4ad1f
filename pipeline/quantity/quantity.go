package quantity

import (
	"math"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/zhpipe/zhpipe/pipeline/numeral"
	"github.com/zhpipe/zhpipe/pipeline/timex"
)

// Quantity is one quantity found in text.
type Quantity struct {
	// Start and End are byte offsets into the text given to Extract;
	// text[Start:End] == Text. Text covers qualifier, number and unit,
	// not the counted noun.
	Start, End int
	Text       string
	// Value is the number; a percentage is a fraction (40% = 0.4).
	Value float64
	// Unit is the classifier, measure or currency as written (項, 美元, %).
	Unit string
	// Noun is the counted noun that follows the unit, when there is one
	// (30項目標 → 目標).
	Noun string
	// Qualifier is an approximation or bound as written: 約, 逾, 近, 超過,
	// 至少, 數 (for 數百萬) …
	Qualifier string
	// Upper is the upper end of an approximate range (三四层: 3 to 4),
	// else 0.
	Upper float64
	// Currency is the ISO 4217 code of a named currency (美元 USD, 人民幣
	// CNY); bare 元 and 块 get none.
	Currency string
	// Bound is "under" (最多, 以下) or "above" (至少, 以上) when the text
	// bounds the amount, else "".
	Bound   string
	Percent bool
	Ordinal bool
}

// qualifiers precede a number; longest first.
var qualifiers = []string{
	"超過", "超过", "多達", "多达", "高達", "高达", "將近", "将近", "大約", "大约", "至少", "最多", "不到", "不足", "接近", "約", "约", "逾", "近", "超", "達", "达", "約為", "约为",
}

// units follow a number; longest first so that 美元 wins over 元.
var units = sortByLen([]string{
	// currencies
	"美元", "美金", "人民幣", "人民币", "歐元", "欧元", "日元", "日圓", "日圆", "英鎊", "英镑", "港元", "港幣", "港币", "新台幣", "新台币", "台幣", "台币", "韓元", "韩元", "盧布", "卢布", "元", "圓", "块",
	// measures
	"平方公里", "平方米", "平方公尺", "公里", "千米", "公尺", "厘米", "公分", "毫米", "米", "公斤", "千克", "公克", "毫克", "克", "噸", "吨", "斤", "公頃", "公顷", "畝", "亩",
	"千瓦時", "千瓦时", "千瓦", "兆瓦", "吉瓦", "瓦", "度", "桶", "升", "毫升", "立方米", "倍", "歲", "岁", "GW", "MW", "kW", "km", "kg",
	// classifiers
	"項", "项", "條", "条", "頁", "页", "個", "个", "名", "人", "位", "家", "件", "次", "座", "所", "艘", "架", "輛", "辆", "台", "臺", "部", "份", "篇", "款", "種", "种", "類", "类", "批", "枚", "顆", "颗", "張", "张", "本", "章", "節", "节", "段", "場", "场", "輪", "轮", "屆", "届", "期", "例", "起", "宗", "戶", "户", "間", "间", "棟", "栋", "層", "层", "支", "隻", "只", "票", "席", "國", "国", "省", "所", "分", "點", "点", "天", "日", "週", "周", "年", "個月", "个月", "小時", "小时", "分鐘", "分钟", "秒",
})

// unitsByFirst holds units by their first rune, in the order of units;
// it is never written after initialization.
var unitsByFirst = byRune(units, func(w string) rune { r, _ := utf8.DecodeRuneInString(w); return r })

// qualifiersByLast holds qualifiers by their last rune, in the order of
// qualifiers; it is never written after initialization.
var qualifiersByLast = byRune(qualifiers, func(w string) rune { r, _ := utf8.DecodeLastRuneInString(w); return r })

// byRune groups words by a rune of theirs, keeping their order.
func byRune(ws []string, key func(string) rune) map[rune][]string {
	m := make(map[rune][]string)
	for _, w := range ws {
		m[key(w)] = append(m[key(w)], w)
	}
	return m
}

// qualifierBefore returns the first of qualifiers that ends s.
func qualifierBefore(s string) string {
	last, _ := utf8.DecodeLastRuneInString(s)
	for _, w := range qualifiersByLast[last] {
		if strings.HasSuffix(s, w) {
			return w
		}
	}
	return ""
}

// unitAt returns the first of units that starts s.
func unitAt(s string) string {
	first, _ := utf8.DecodeRuneInString(s)
	for _, u := range unitsByFirst[first] {
		if strings.HasPrefix(s, u) {
			return u
		}
	}
	return ""
}

func sortByLen(ws []string) []string {
	out := append([]string(nil), ws...)
	for i := 1; i < len(out); i++ {
		for j := i; j > 0 && utf8.RuneCountInString(out[j]) > utf8.RuneCountInString(out[j-1]); j-- {
			out[j], out[j-1] = out[j-1], out[j]
		}
	}
	return out
}

// timeUnits are units that make a duration or date, reported by timex
// rather than here (unless the number is an ordinal: 第4天).
var timeUnits = map[string]bool{"天": true, "日": true, "週": true, "周": true, "年": true, "個月": true, "个月": true, "小時": true, "小时": true, "分鐘": true, "分钟": true, "秒": true, "分": true, "點": true, "点": true}

// weakUnits only count after a written-out number other than 一 and a noun.
var weakUnits = map[string]bool{"國": true, "国": true, "省": true, "州": true, "城": true, "部": true, "本": true, "期": true, "起": true, "支": true, "只": true, "台": true, "臺": true, "度": true}

// nounStop ends a counted noun.
const nounStop = "均都也就仍還还再又皆和與与及或、，,。；;：:的等是在為为了並并而將将已被從从對对於于向中上下以之與其各共（）()「」“”《》〈〉!！?？ \n\t"

// Extract returns the quantities in s, left to right and non-overlapping.
// The numbers of dates and times are not quantities: Extract finds them
// with timex.Extract(s, timex.Reference{}).
func Extract(s string) []Quantity {
	return ExtractMasked(s, timex.Extract(s, timex.Reference{}))
}

// ExtractMasked is Extract with the dates and times of s already found:
// with dates = timex.Extract(s, timex.Reference{}), which
// timex.GuessReferenceExprs also returns, it gives what Extract gives
// without extracting them again. The numbers inside dates, durations
// aside, are not quantities; offsets outside s are ignored.
func ExtractMasked(s string, dates []timex.Expr) []Quantity {
	masked := make([]bool, len(s)+1)
	for _, e := range dates {
		if e.Kind == timex.Duration {
			continue
		}
		for k := max(e.Start, 0); k < min(e.End, len(s)); k++ {
			masked[k] = true
		}
	}
	var out []Quantity
	starts := numberStarts()
	for i := 0; i < len(s); {
		r, sz := runeAt(s, i)
		if uint32(r) < 0x10000 && starts[r>>6]&(1<<(r&63)) == 0 {
			i += sz // what startsNumber says at once (mayStartNumber)
			continue
		}
		if masked[i] || !startsNumber(s, i, r) {
			i += sz
			continue
		}
		q, end, ok := at(s, i)
		if !ok || anyMasked(masked, q.Start, end) {
			i += sz
			// Skip the rest of this numeral so that 14179 is not read as 4179.
			if _, n := numeral.Prefix(s[i-sz:]); n > sz {
				i = i - sz + n
			}
			continue
		}
		out = append(out, q)
		i = end
	}
	return out
}

func anyMasked(m []bool, a, b int) bool {
	for k := a; k < b; k++ {
		if m[k] {
			return true
		}
	}
	return false
}

// runeAt is utf8.DecodeRuneInString(s[i:]), with the three-byte runes of
// Han text decoded in line (TestRuneAt).
func runeAt(s string, i int) (rune, int) {
	if c := s[i]; c < utf8.RuneSelf {
		return rune(c), 1
	} else if c >= 0xE0 && c < 0xF0 && i+3 <= len(s) {
		b1, b2 := s[i+1], s[i+2]
		if b1&0xC0 == 0x80 && b2&0xC0 == 0x80 {
			r := rune(c&0x0F)<<12 | rune(b1&0x3F)<<6 | rune(b2&0x3F)
			if r >= 0x800 && (r < 0xD800 || r > 0xDFFF) {
				return r, 3
			}
		}
	}
	return utf8.DecodeRuneInString(s[i:])
}

// mayStartNumber reports whether startsNumber may hold at r: r is a digit
// or one of the runes it takes besides.
func mayStartNumber(r rune) bool {
	if uint32(r) < 0x10000 {
		return numberStarts()[r>>6]&(1<<(r&63)) != 0
	}
	return numeral.IsDigit(r)
}

// numberStarts holds, for the Basic Multilingual Plane, the runes at which
// startsNumber may hold, built on first use from numeral's table.
var numberStarts = sync.OnceValue(func() *[0x10000 / 64]uint64 {
	var t [0x10000 / 64]uint64
	for r := rune(0); r < 0x10000; r++ {
		if numeral.IsDigit(r) {
			t[r>>6] |= 1 << (r & 63)
		}
	}
	for _, r := range "十廿數数几幾" {
		t[r>>6] |= 1 << (r & 63)
	}
	return &t
})

func startsNumber(s string, i int, r rune) bool {
	// A bare 百, 千 or 万 (千户企业) is not a count; 十 is (十条).
	if !numeral.IsDigit(r) {
		switch r {
		case '十', '廿', '數', '数', '几', '幾':
		default:
			return false
		}
	}
	if i > 0 {
		p, _ := utf8.DecodeLastRuneInString(s[:i])
		if numeral.IsDigit(p) {
			return false
		}
		if p == '.' || p == ',' || p >= 'A' && p <= 'Z' || p >= 'a' && p <= 'z' || p == '-' || p == '/' {
			return false
		}
	}
	return true
}

// at reads a quantity whose number starts at byte i.
func at(s string, i int) (Quantity, int, bool) {
	q := Quantity{Start: i}
	before := s[:i]
	// 第4天 (ordinal) and the qualifier before the number.
	if strings.HasSuffix(before, "第") {
		q.Ordinal = true
		q.Start = i - len("第")
	} else if w := qualifierBefore(before); w != "" {
		q.Qualifier = w
		q.Start = i - len(w)
	}
	j := i
	// 數百萬, 數十萬, 几十: an approximate magnitude.
	if r, sz := utf8.DecodeRuneInString(s[j:]); r == '數' || r == '数' || r == '几' || r == '幾' {
		// Prefix reads at most MaxRunes runes: bound the copy, or every
		// candidate would copy the rest of the text (quadratic).
		v, n := numeral.Prefix("一" + s[j+sz:min(len(s), j+sz+numeral.MaxRunes*utf8.UTFMax)])
		if n <= len("一") {
			return q, j, false
		}
		q.Value = v
		q.Qualifier = strings.TrimSpace(q.Qualifier + string(r))
		j += sz + n - len("一")
	} else {
		v, n := numeral.Prefix(s[j:])
		if n == 0 {
			return q, j, false
		}
		q.Value = v
		j += n
	}
	num := s[i:j]
	// 三四层, 七八个: "three or four", not 34.
	if rs := []rune(num); len(rs) == 2 {
		a, okA := numeral.Digit(rs[0])
		b, okB := numeral.Digit(rs[1])
		if okA && okB && rs[0] > 0x3000 && rs[1] > 0x3000 && b == a+1 {
			q.Value, q.Upper = float64(a), float64(b)
			if q.Qualifier == "" {
				q.Qualifier = "约"
			}
		}
	}
	// 百分之四十.
	if strings.HasSuffix(before, "百分之") && !q.Ordinal {
		q.Start = i - len("百分之")
		q.Qualifier = qualifierBefore(s[:q.Start])
		q.Start -= len(q.Qualifier)
		q.Value = percent(q.Value)
		q.Percent = true
		q.Unit = "%"
		q.End, q.Text = j, s[q.Start:j]
		return q, j, true
	}
	// Percent sign.
	if r, sz := utf8.DecodeRuneInString(s[j:]); r == '%' || r == '％' {
		q.Value = percent(q.Value)
		q.Percent = true
		q.Unit = string(r)
		j += sz
		q.End, q.Text = j, s[q.Start:j]
		return q, j, true
	}
	// 多, 余, 餘 after the number: more than.
	if r, sz := utf8.DecodeRuneInString(s[j:]); r == '多' || r == '余' || r == '餘' {
		if q.Qualifier == "" {
			q.Qualifier = string(r)
		}
		j += sz
	}
	unit := unitAt(s[j:])
	if unit == "" {
		return q, j, false
	}
	if timeUnits[unit] && !q.Ordinal {
		return q, j, false
	}
	if q.Ordinal && (unit == "號" || unit == "号") {
		return q, j, false
	}
	if weakUnits[unit] && (num == "一" || isArabicRun(num) || q.Ordinal) {
		return q, j, false
	}
	if (num == "一" || num == "兩" || num == "两") && !q.Ordinal && q.Qualifier == "" && !isMoney(unit) {
		// 一個, 一項, 兩面: an article or part of a word far more often than a count.
		return q, j, false
	}
	if math.IsNaN(q.Value) || math.IsInf(q.Value, 0) {
		return q, j, false
	}
	rest := s[j+len(unit):]
	if unit == "部" && strings.HasPrefix(rest, "分") {
		return q, j, false // 三部分: parts, not three units
	}
	if unit == "本" && hasAnyPrefix(rest, "报", "報", "刊", "台", "臺", "网", "網") {
		return q, j, false // …十一本报记者: 本报 is "this paper"
	}
	if (unit == "块" || unit == "塊") && !hasAnyPrefix(rest, "钱", "錢") && (num == "一" || q.Qualifier == "") && !isArabicRun(num) {
		return q, j, false // 一块净土, 三块牌子: pieces, not money
	}
	if (unit == "个" || unit == "個") && hasAnyPrefix(rest, "小时", "小時", "月", "星期", "礼拜", "禮拜", "钟头", "鐘頭", "工作日", "交易日", "世纪", "世紀") {
		return q, j, false // 一个小时: a duration, reported by timex
	}
	if nr, _ := utf8.DecodeRuneInString(s[j+len(unit):]); !q.Ordinal && !isMoney(unit) {
		if strings.ContainsRune("一二三四五六七八九十", nr) {
			return q, j, false // 三位一體, 四面八方: an idiom
		}
	}
	q.Unit = unit
	q.Currency = currencies[unit]
	j += len(unit)
	q.End, q.Text = j, s[q.Start:j]
	if !timeUnits[unit] {
		q.Noun = noun(s[j:])
	}
	return q, j, true
}

func hasAnyPrefix(s string, ps ...string) bool {
	for _, p := range ps {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// percent divides by 100 through decimal text (87.6% is 0.876, not
// 0.8759999999999999).
func percent(v float64) float64 {
	x, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', -1, 64)+"e-2", 64)
	if err != nil {
		return v / 100
	}
	return x
}

func isArabicRun(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

func isMoney(u string) bool {
	switch u {
	case "美元", "美金", "人民幣", "人民币", "歐元", "欧元", "日元", "日圓", "日圆", "英鎊", "英镑", "港元", "港幣", "港币", "新台幣", "新台币", "台幣", "台币", "韓元", "韩元", "盧布", "卢布", "元", "圓", "块":
		return true
	}
	return false
}

// noun returns the counted noun at the start of s: up to six Han
// characters before a stop character.
func noun(s string) string {
	n := 0
	end := 0
	for k, r := range s {
		if hasAnyPrefix(s[k:], "左右", "上下", "以上", "以下", "之多", "多个") {
			break
		}
		if strings.ContainsRune(nounStop, r) || r < 0x3400 || r == utf8.RuneError || n == 6 {
			break
		}
		n++
		_, size := utf8.DecodeRuneInString(s[k:])
		end = k + size
	}
	return s[:end]
}
