package timex

import "time"

// The twelve double-hours of the traditional clock (时辰): 子时 is 23:00
// to 01:00, 丑时 01:00 to 03:00 … 亥时 21:00 to 23:00 (子时 is taken on
// the same day, from its 23:00); a double-hour has eight 刻 of fifteen
// minutes from its start (午时三刻 = 11:45), and 正 is its middle hour
// (午时正 = 12:00).

// doubleHourWords are the double-hours, in order from 子时.
var doubleHourWords = newWordSet("子时", "丑时", "寅时", "卯时", "辰时", "巳时", "午时", "未时", "申时", "酉时", "戌时", "亥时")

// doubleHourStart gives each double-hour's first hour.
var doubleHourStart = map[rune]int{'子': 23, '丑': 1, '寅': 3, '卯': 5, '辰': 7, '巳': 9, '午': 11, '未': 13, '申': 15, '酉': 17, '戌': 19, '亥': 21}

// doubleHour parses 午时, 午时三刻, 子时正 at i into b.
func (p *parser) doubleHour(i int, b *pt) int {
	j, w := p.anyOf(i, doubleHourWords)
	if w == "" {
		return i
	}
	// Not inside a word: 孩子时候, 日子时, 下午时分, 重申时.
	first := []rune(w)[0]
	if prev := p.r(i - 1); isHan(prev) {
		if _, num := numeralRune(prev); first == '子' && (prev == '日' || !num && !clauseStart(prev) && !isDateEnd(prev)) {
			return i
		}
		if doubleHourClashes[string([]rune{prev, first})] {
			return i
		}
	}
	if nx := p.r(j); nx == '候' || nx == '期' || nx == '代' || nx == '间' || nx == '分' {
		return i
	}
	start := doubleHourStart[first]
	if p.r(j) == '正' {
		k := j + 1
		b.h, b.mi = (start+1)%24, 0
		b.setFirst(4)
		return k
	}
	if n, k, _, ok := p.integer(j); ok && n >= 1 && n <= 7 {
		if k2, ok := p.word(k, "刻"); ok {
			t := time.Duration(start)*time.Hour + time.Duration(n)*15*time.Minute
			b.h, b.mi = int(t.Hours())%24, int(t.Minutes())%60
			b.setFirst(4)
			return k2
		}
	}
	b.podFrom, b.podTo = start, start+2
	b.ampm = podNone
	b.setFirst(4)
	return j
}

// doubleHourClashes are words that end with the first character of a
// double-hour (下午时分 is not 午时).
var doubleHourClashes = map[string]bool{"下午": true, "上午": true, "中午": true, "正午": true, "晌午": true, "重申": true, "引申": true,
	"生辰": true, "星辰": true, "诞辰": true, "良辰": true, "时辰": true, "尚未": true, "并未": true, "从未": true, "还未": true, "仍未": true}

// isDateEnd reports whether r ends a date (日, 号, 天) or a part of the
// day before a double-hour.
func isDateEnd(r rune) bool {
	switch r {
	case '日', '号', '天', '晚', '夜', '早', '的', '在', '于', '至', '到', '正', '月':
		return true
	}
	return false
}
