package timex

// partOfDayWords are parts of the day.
var partOfDayWords = newWordSet("凌晨", "早上", "早晨", "清晨", "上午", "中午", "午间", "下午", "午后", "傍晚", "晚上", "晚间", "夜里", "夜间", "半夜", "午夜", "深夜", "今晚", "当晚", "晏昼", "黎明", "白天", "早", "晚", "后半夜", "前半夜", "全天")

// partOfDay parses 上午, 下午, 晚上 … at i.
func (p *parser) partOfDay(i int, b *pt) int {
	j, w := p.anyOf(i, partOfDayWords)
	if w == "" {
		return i
	}
	if w == "今晚" || w == "当晚" {
		if b.d >= 0 {
			return i
		}
		d := p.ref()
		b.y, b.mo, b.d = d.Year(), int(d.Month()), d.Day()
		b.rel = true
		b.setFirst(3)
	}
	if (w == "早" || w == "晚" || w == "全天") && b.d < 0 && w != "全天" {
		return i
	}
	switch w {
	case "凌晨", "半夜", "深夜":
		b.ampm, b.podFrom, b.podTo = podEarly, 0, 6
	case "午夜":
		b.ampm, b.podFrom, b.podTo = podEarly, 0, 1
	case "黎明":
		b.ampm, b.podFrom, b.podTo = podEarly, 4, 7
	case "后半夜":
		b.ampm, b.podFrom, b.podTo = podEarly, 2, 5
	case "早上", "早晨", "清晨", "早":
		b.ampm, b.podFrom, b.podTo = podAM, 4, 12
	case "上午":
		b.ampm, b.podFrom, b.podTo = podAM, 7, 12
	case "中午", "午间":
		b.ampm, b.podFrom, b.podTo = podNoon, 12, 14
	case "午后":
		b.ampm, b.podFrom, b.podTo = podPM, 13, 15
	case "下午", "晏昼":
		b.ampm, b.podFrom, b.podTo = podPM, 12, 19
		b.canton = w == "晏昼"
	case "白天":
		b.ampm, b.podFrom, b.podTo = podNone, 6, 19
	case "全天":
		b.ampm, b.podFrom, b.podTo = podNone, 0, 24
	case "夜间", "前半夜":
		b.ampm, b.podFrom, b.podTo = podNight, 20, 24
	default:
		b.ampm, b.podFrom, b.podTo = podNight, 18, 24
	}
	return j
}

// cantonLinkWords are Cantonese links between hour and minutes (三點踏三).
var cantonLinkWords = newWordSet("踏", "搭")

// clockWords are what follows a clock hour.
var clockWords = newWordSet("点钟", "点", "时", "pm", "PM", "am", "AM", "p", "a")

// clock parses 9点30分, 9时, 15:30, 下午3:15, 3pm at i. It fails on a
// decimal (二十七点三) so that numbers never become times.
func (p *parser) clock(i int, b *pt) int {
	h, j, _, ok := p.integer(i)
	if ok && p.whole && h > 24 && h < 60 && j-i == 2 && p.r(j) == ':' && b.empty() {
		// 35:37 alone: minutes and seconds of the reference's hour.
		if s, k, _, ok := p.integer(j + 1); ok && s < 60 && k-(j+1) == 2 && k == p.n() {
			b.y, b.mo, b.d, b.h, b.mi, b.s = p.ref().Year(), int(p.ref().Month()), p.ref().Day(), p.ref().Hour(), h, s
			b.rel = true
			b.setFirst(5)
			return k
		}
	}
	if !ok || h > 24 || j == i {
		return i
	}
	// 15:30, 15:30:05
	if p.r(j) == ':' && isASCIIDigit(p.r(j+1)) && isASCIIDigit(p.r(i)) {
		mi, k, _, ok := p.integer(j + 1)
		if !ok || mi > 59 || k-(j+1) != 2 {
			return i
		}
		b.h, b.mi = h, mi
		if p.r(k) == ':' && isASCIIDigit(p.r(k+1)) {
			if s, k2, _, ok := p.integer(k + 1); ok && s < 60 && k2-(k+1) == 2 {
				b.s, k = s, k2
			}
		}
		k = p.ampmSuffix(k, b)
		if k2, ok := p.word(k, "时"); ok {
			k = k2
		}
		b.setFirst(4)
		return k
	}
	k, w := p.anyOf(j, clockWords)
	if w == "" {
		return i
	}
	switch w {
	case "pm", "PM", "p":
		if h > 12 {
			return i
		}
		b.ampm = podPM
		b.h = h
		b.setFirst(4)
		return k
	case "am", "AM", "a":
		if h > 12 || w == "a" {
			return i
		}
		b.ampm = podAM
		b.h = h
		b.setFirst(4)
		return k
	}
	b.h = h
	b.setFirst(4)
	if w == "点钟" {
		return k
	}
	// Minutes.
	if k2, ok := p.word(k, "半"); ok {
		b.mi = 30
		return k2
	}
	if k2, ok := p.word(k, "整"); ok {
		return k2
	}
	if k2, ok := p.word(k, "钟"); ok {
		return k2
	}
	// Cantonese: 三點踏三, 三點搭半, 三點三個字 (five-minute 字).
	if k2, w := p.anyOf(k, cantonLinkWords); w != "" {
		if k3, ok := p.word(k2, "半"); ok {
			b.mi = 30
			return k3
		}
		if n, k3, _, ok := p.integer(k2); ok && n >= 1 && n <= 11 {
			b.mi = 5 * n
			return k3
		}
		return k
	}
	if n, k2, _, ok := p.integer(k); ok && n >= 1 && n <= 11 {
		if k3, ok := p.word(k2, "个字"); ok {
			b.mi = 5 * n
			return k3
		}
		if k2-k == 1 && b.canton && p.r(k2) != '分' {
			b.mi = 5 * n
			return k2
		}
	}
	mi, k2, digits, ok := p.integer(k)
	if ok && k2 > k {
		if k3, ok := p.word(k2, "刻"); ok && mi >= 1 && mi <= 3 {
			b.mi = 15 * mi
			return k3
		}
		if k3, ok := p.word(k2, "分"); ok && mi < 60 {
			if p.r(k3) == '钟' {
				return i // 五點五分鐘 is a duration
			}
			b.mi = mi
			if s, k4, _, ok := p.integer(k3); ok {
				if k5, ok := p.word(k4, "秒"); ok && s < 60 {
					b.s = s
					return k5
				}
			}
			return k3
		}
		single := k2-k == 1 && p.r(k) != '十'
		if w == "点" && !single && digits > 0 && !isASCIIDigit(p.r(k)) && p.r(k) != '零' {
			return -1 // 一点二五, 九点一六: decimals
		}
		if w == "点" && single {
			// 二十七点三, 0点一: a decimal, not a time.
			return -1
		}
		if mi < 60 && (!single || w == "时" && (digits == 0 || p.r(k) == '0')) {
			b.mi = mi
			return k2
		}
		if w == "点" {
			return -1
		}
		return k
	}
	if w == "点" && (p.r(k) == '.' || isASCIIDigit(p.r(k))) {
		return -1
	}
	return k
}

// ampmWords are am and pm suffixes.
var ampmWords = newWordSet("pm", "PM", "p", "am", "AM")

func (p *parser) ampmSuffix(k int, b *pt) int {
	if j, w := p.anyOf(k, ampmWords); w != "" {
		if w[0] == 'p' || w[0] == 'P' {
			b.ampm = podPM
		} else {
			b.ampm = podAM
		}
		return j
	}
	return k
}
