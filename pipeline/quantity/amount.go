package quantity

import (
	"strings"
	"unicode/utf8"

	"github.com/zhpipe/zhpipe/pipeline/numeral"
)

// currencies maps currency words to ISO 4217 codes. Bare 元, 块 and 圆
// (and Cantonese 蚊) name the local currency and get no code.
var currencies = map[string]string{
	"美元": "USD", "美金": "USD", "人民币": "CNY", "人民幣": "CNY", "欧元": "EUR", "歐元": "EUR",
	"日元": "JPY", "日圓": "JPY", "日圆": "JPY", "英镑": "GBP", "英鎊": "GBP", "港元": "HKD", "港币": "HKD", "港幣": "HKD",
	"新台币": "TWD", "新台幣": "TWD", "台币": "TWD", "台幣": "TWD", "韩元": "KRW", "韓元": "KRW", "卢布": "RUB", "盧布": "RUB",
}

// baseUnits converts measure units to a base unit (g, m, m², L, W).
var baseUnits = map[string]struct {
	factor float64
	base   string
}{
	"克": {1, "g"}, "公克": {1, "g"}, "g": {1, "g"}, "千克": {1000, "g"}, "公斤": {1000, "g"}, "kg": {1000, "g"},
	"斤": {500, "g"}, "两": {50, "g"}, "兩": {50, "g"}, "毫克": {0.001, "g"}, "mg": {0.001, "g"}, "吨": {1e6, "g"}, "噸": {1e6, "g"},
	"米": {1, "m"}, "公尺": {1, "m"}, "公里": {1000, "m"}, "千米": {1000, "m"}, "km": {1000, "m"}, "厘米": {0.01, "m"}, "公分": {0.01, "m"},
	"毫米": {0.001, "m"}, "平方米": {1, "m²"}, "平方公尺": {1, "m²"}, "平方公里": {1e6, "m²"}, "公顷": {1e4, "m²"}, "公頃": {1e4, "m²"},
	"亩": {666.6666666666666, "m²"}, "畝": {666.6666666666666, "m²"}, "升": {1, "L"}, "毫升": {0.001, "L"},
	"瓦": {1, "W"}, "千瓦": {1e3, "W"}, "kW": {1e3, "W"}, "兆瓦": {1e6, "W"}, "MW": {1e6, "W"}, "吉瓦": {1e9, "W"}, "GW": {1e9, "W"},
}

// Base returns the quantity in its base unit (grams for 斤, metres for
// 公里, …) and that unit; ok is false for counts, money and percentages.
func (q Quantity) Base() (value float64, unit string, ok bool) {
	b, found := baseUnits[q.Unit]
	if !found {
		return 0, "", false
	}
	return q.Value * b.factor, b.base, true
}

// cursor reads a string left to right.
type cursor struct {
	s string
	i int
}

func (c *cursor) word(ws ...string) string {
	for _, w := range ws {
		if strings.HasPrefix(c.s[c.i:], w) {
			c.i += len(w)
			return w
		}
	}
	return ""
}

// number reads a numeral.
func (c *cursor) number() (float64, bool) {
	v, n := numeral.Prefix(c.s[c.i:])
	if n == 0 {
		return 0, false
	}
	c.i += n
	return v, true
}

// digit reads one digit rune.
func (c *cursor) digit() (float64, bool) {
	r, sz := utf8.DecodeRuneInString(c.s[c.i:])
	d, ok := numeral.Digit(r)
	if !ok {
		return 0, false
	}
	c.i += sz
	return float64(d), true
}

var (
	mainMoney = []string{"块钱", "块", "塊", "元", "圆", "圓", "蚊", "个", "個"}
	tenths    = []string{"角", "毛", "毫"}
	cents     = []string{"分", "仙"}
)

// money reads one amount at c: 七元, 一块二, 两毛五, 三块零四, 两角五分,
// 五個半, 港幣三個一毫四, 3.14人民币. It returns the value in the main unit.
func (c *cursor) money(q *Quantity) bool {
	start := c.i
	if w := c.word(sortedCurrencyWords...); w != "" {
		q.Currency = currencies[w]
		q.Unit = w
	}
	main := false
	v := 0.0
	// 個半, 個九: a dollar and a half, a dollar ninety.
	if w := c.word("個", "个"); w != "" && q.Unit == "" {
		v, main = 1, true
		q.Unit = w
	} else if n, ok := c.number(); ok {
		v = n
		if w := c.word(mainMoney...); w != "" {
			main = true
			if q.Unit == "" {
				q.Unit = w
			}
		} else if w := c.word(sortedCurrencyWords...); w != "" {
			q.Currency, q.Unit, main = currencies[w], w, true
			q.Value = v
			return true
		} else if w := c.word(tenths...); w != "" {
			v /= 10
			if m, ok := c.digit(); ok {
				c.word(cents...)
				v += m / 100
			}
			q.Value = round2(v)
			if q.Unit == "" {
				q.Unit = "元"
			}
			return true
		} else if w := c.word(cents...); w != "" {
			q.Value = round2(v / 100)
			if q.Unit == "" {
				q.Unit = "元"
			}
			return true
		} else if q.Unit != "" {
			q.Value = v // 港幣3.14
			return true
		} else {
			c.i = start
			return false
		}
	} else {
		c.i = start
		return false
	}
	if main {
		switch {
		case c.word("半") != "":
			v += 0.5
		case c.word("零") != "":
			if m, ok := c.digit(); ok {
				c.word(cents...)
				v += m / 100
			}
		default:
			save := c.i
			if m, ok := c.digit(); ok {
				switch {
				case c.word(tenths...) != "":
					v += m / 10
					if m2, ok := c.digit(); ok {
						c.word(cents...)
						v += m2 / 100
					}
				case c.word(cents...) != "":
					v += m / 100
				default:
					v += m / 10
				}
			} else {
				c.i = save
			}
		}
	}
	q.Value = round2(v)
	return true
}

func round2(v float64) float64 {
	x := v*100 + 0.5
	if v < 0 {
		x = v*100 - 0.5
	}
	return float64(int64(x)) / 100
}

// sortedCurrencyWords lists currency words longest first.
var sortedCurrencyWords = func() []string {
	ws := make([]string, 0, len(currencies))
	for w := range currencies {
		ws = append(ws, w)
	}
	return sortByLen(sortStrings(ws))
}()

func sortStrings(ws []string) []string {
	for i := 1; i < len(ws); i++ {
		for j := i; j > 0 && ws[j] < ws[j-1]; j-- {
			ws[j], ws[j-1] = ws[j-1], ws[j]
		}
	}
	return ws
}

// ParseAmount parses s as one amount of money or one measure, the way a
// form field or an evaluation suite gives it: 七元, 两毛五, 最多一块二,
// 3.04块以上, 5.6到5.78元, 人民幣3.14, 3斤5两, 1.5kg. Bound is "under" or
// "above" for 最多/以下 and 至少/以上; a range sets Upper. It accepts forms
// that Extract leaves alone in running text (五分, 個半).
func ParseAmount(s string) (Quantity, bool) {
	s = strings.TrimSpace(s)
	c := &cursor{s: s}
	q := Quantity{Start: 0}
	if w := c.word("最多", "至多", "不超过", "不超過", "最高"); w != "" {
		q.Bound = "under"
	} else if w := c.word("至少", "起码", "起碼", "最少", "最低"); w != "" {
		q.Bound = "above"
	}
	if m, ok := c.measure(); ok {
		m.Bound = q.Bound
		if c.i == len(s) {
			m.End, m.Text = len(s), s
			return m, true
		}
	}
	c = &cursor{s: s, i: boundLen(s)}
	if !c.money(&q) {
		// 5.6到5.78元: a bare first amount.
		save := c.i
		v, ok := c.number()
		if !ok {
			return Quantity{}, false
		}
		q.Value = v
		if c.word("到", "至", "-", "~", "～") == "" {
			c.i = save
			return Quantity{}, false
		}
		var hi Quantity
		if !c.money(&hi) {
			return Quantity{}, false
		}
		q.Upper, q.Unit, q.Currency = hi.Value, hi.Unit, hi.Currency
	} else if c.word("到", "至", "-", "~", "～") != "" {
		var hi Quantity
		if !c.money(&hi) {
			return Quantity{}, false
		}
		q.Upper = hi.Value
	}
	if w := c.word(sortedCurrencyWords...); w != "" {
		q.Currency = currencies[w]
	}
	if c.word("以下", "以内", "以內") != "" {
		q.Bound = "under"
	} else if c.word("以上") != "" {
		q.Bound = "above"
	}
	if c.i != len(s) {
		return Quantity{}, false
	}
	q.End, q.Text = len(s), s
	return q, true
}

func boundLen(s string) int {
	for _, w := range []string{"最多", "至多", "不超过", "不超過", "最高", "至少", "起码", "起碼", "最少", "最低"} {
		if strings.HasPrefix(s, w) {
			return len(w)
		}
	}
	return 0
}

// measure reads N unit [半 | N smaller-unit [半]]: 3斤5两, 三斤半, 1.5kg.
func (c *cursor) measure() (Quantity, bool) {
	start := c.i
	v, ok := c.number()
	if !ok {
		// 两克: 两 is read as a number by Prefix already; nothing else.
		return Quantity{}, false
	}
	u := c.word(measureWords...)
	if u == "" {
		c.i = start
		return Quantity{}, false
	}
	if c.word("半") != "" {
		v += 0.5
	}
	q := Quantity{Value: v, Unit: u}
	save := c.i
	if v2, ok := c.number(); ok {
		if u2 := c.word(measureWords...); u2 != "" && baseUnits[u2].base == baseUnits[u].base && baseUnits[u2].factor < baseUnits[u].factor {
			if c.word("半") != "" {
				v2 += 0.5
			}
			q.Value += v2 * baseUnits[u2].factor / baseUnits[u].factor
			return q, true
		}
	}
	c.i = save
	return q, true
}

// measureWords lists the measure units longest first.
var measureWords = func() []string {
	ws := make([]string, 0, len(baseUnits))
	for w := range baseUnits {
		ws = append(ws, w)
	}
	return sortByLen(sortStrings(ws))
}()
