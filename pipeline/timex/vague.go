package timex

import (
	"strings"
	"time"
)

// quarterPartWords are the end or start of a quarter.
var quarterPartWords = newWordSet("末", "底", "初")

// yearPartWords are parts of the year spelled with 年.
var yearPartWords = newWordSet("年底", "年末", "年尾", "年初", "年中")

// quarterRelWords are relative quarters.
var quarterRelWords = newWordSet("上个季度", "上季度", "上一季度", "上一个季度", "本季度", "这个季度", "这季度", "当季", "下个季度", "下季度", "下一季度", "下一个季度", "上上个季度", "下下个季度")

// vagueNoYear parses 年底, 上半年, 一季度, 上个季度, 本季度末 … without a
// year: the reference's year (or quarter).
func (p *parser) vagueNoYear(i int, b *pt) int {
	if isQuarterDigit(p, i) {
		if k, _ := quarterNumerals(p, i); !p.whole {
			if _, ok := p.word(k, "季度"); !ok {
				return i // 一季 alone is a season as often as a quarter
			}
		}
	}
	if k, w := p.anyOf(i, quarterRelWords); w != "" {
		shift := 0
		switch {
		case strings.HasPrefix(w, "上上"):
			shift = -2
		case strings.HasPrefix(w, "下下"):
			shift = 2
		case strings.HasPrefix(w, "上"):
			shift = -1
		case strings.HasPrefix(w, "下"):
			shift = 1
		}
		qs := truncate(p.ref(), Quarter).AddDate(0, 3*shift, 0)
		b.custom, b.from, b.until, b.grain = true, qs, qs.AddDate(0, 3, 0), Quarter
		b.value = monthSpan(qs, 3)
		b.rel = true
		b.setFirst(2)
		if k2, w2 := p.anyOf(k, quarterPartWords); w2 != "" {
			m := qs
			if w2 != "初" {
				m = qs.AddDate(0, 2, 0)
			}
			b.from, b.until, b.grain, b.value = m, m.AddDate(0, 1, 0), Month, m.Format("2006-01")
			return k2
		}
		return k
	}
	r := p.r(i)
	if r != '年' && r != '上' && r != '下' && r != '前' && r != '后' && r != '第' && r != '首' && r != 'Q' && r != 'q' && !isQuarterDigit(p, i) {
		return i
	}
	// What vague may read, checked before the reference year is taken.
	if r == '年' {
		if _, w := p.anyOf(i, yearPartWords); w == "" || !p.vagueMay(i+1, b) {
			return i
		}
	} else if !p.vagueMay(i, b) {
		return i
	}
	c := *b
	c.y = p.ref().Year()
	if r == '年' {
		if k, w := p.anyOf(i, yearPartWords); w != "" {
			_ = k
			if k2 := p.vague(i+1, &c); k2 > i+1 {
				c.rel = true
				*b = c
				return k2
			}
		}
		return i
	}
	if k := p.vague(i, &c); k > i {
		c.rel = true
		*b = c
		return k
	}
	return i
}

// quarterNumerals reads the numeral at i, or a list of one-rune numerals
// (一、二、三), and returns its end.
func quarterNumerals(p *parser, i int) (int, bool) {
	_, k, _, ok := p.integer(i)
	if !ok {
		return i, false
	}
	for p.r(k) == '、' {
		_, k2, _, ok := p.integer(k + 1)
		if !ok || k2-k > 2 {
			break
		}
		k = k2
	}
	return k, true
}

// quarterWords are the words for quarter.
var quarterWords = newWordSet("季度", "季")

// isQuarterDigit reports whether a numeral at i is followed by 季度, or
// by more numerals in a list, then 季度 (一、二季度).
func isQuarterDigit(p *parser, i int) bool {
	k, ok := quarterNumerals(p, i)
	if !ok {
		return false
	}
	_, w := p.anyOf(k, quarterWords)
	return w != ""
}

// quarterUnitWords are the words for quarter after an ordinal.
var quarterUnitWords = newWordSet("季度", "季", "个季度")

// yearVagueWords are parts of a year.
var yearVagueWords = newWordSet("年底", "底", "年末", "末", "年尾", "尾", "年初", "初", "伊始", "年中", "上半年", "下半年", "前半年", "后半年", "年内", "内", "全年")

// monthVagueWords are parts of a month.
var monthVagueWords = newWordSet("上旬", "中旬", "下旬", "上中旬", "中下旬", "上半月", "下半月", "月尾", "尾", "月初", "初", "月中", "中", "月底", "底", "月末", "末")

// vague parses 底, 初, 上半年, 第三季度, 前三季度, 下旬, 月初 … after a year
// or month, at i.
func (p *parser) vague(i int, b *pt) int {
	if b.y < 0 && b.mo < 0 {
		return i
	}
	if b.y >= 0 && !p.vagueMay(i, b) {
		return i // (with no year, b.refYear is set even when nothing follows)
	}
	loc := p.ref().Location()
	y := b.y
	if y < 0 {
		y = p.ref().Year()
		if b.mo >= 0 && !p.future() && p.inWindow(p.anc().dayAt, p.cur) {
			y = nearYear(b.mo, 15, p.anc().day)
		}
		b.refYear = y
	}
	set := func(from, until time.Time, g Grain, v string) {
		b.custom, b.from, b.until, b.grain, b.value = true, from, until, g, v
	}
	if b.mo >= 0 && b.d < 0 {
		m := b.mo
		first := time.Date(y, time.Month(m), 1, 0, 0, 0, 0, loc)
		end := first.AddDate(0, 1, 0)
		j, w := p.anyOf(i, monthVagueWords)
		if w == "" {
			return i
		}
		ym := first.Format("2006-01")
		last := end.AddDate(0, 0, -1).Format("2006-01-02")
		switch w {
		case "上旬":
			set(first, first.AddDate(0, 0, 10), Day, ym+"-01/"+ym+"-10")
		case "月初", "初":
			set(first, first.AddDate(0, 0, 5), Day, ym+"-01/"+ym+"-05")
		case "中旬", "月中", "中":
			set(first.AddDate(0, 0, 10), first.AddDate(0, 0, 20), Day, ym+"-11/"+ym+"-20")
		case "下旬":
			set(first.AddDate(0, 0, 20), end, Day, ym+"-21/"+last)
		case "上半月":
			set(first, first.AddDate(0, 0, 15), Day, ym+"-01/"+ym+"-15")
		case "下半月":
			set(first.AddDate(0, 0, 15), end, Day, ym+"-16/"+last)
		case "上中旬":
			set(first, first.AddDate(0, 0, 20), Day, ym+"-01/"+ym+"-20")
		case "中下旬":
			set(first.AddDate(0, 0, 10), end, Day, ym+"-11/"+last)
		default:
			set(first.AddDate(0, 0, 24), end, Day, ym+"-25/"+last)
		}
		return j
	}
	if b.mo >= 0 {
		return i
	}
	jan := time.Date(y, 1, 1, 0, 0, 0, 0, loc)
	j, w := p.anyOf(i, yearVagueWords)
	if (w == "内" || w == "尾") && !p.wordEndsAt(j) {
		// 2024年内完成 but not 2023年内阁, 2024年内地, 2023年尾牙.
		j, w = i, ""
	}
	ys := ""
	if w != "" {
		ys = jan.Format("2006")
	}
	switch w {
	case "年底", "底", "年末", "末", "年尾", "尾":
		set(jan.AddDate(0, 11, 0), jan.AddDate(1, 0, 0), Month, ys+"-12")
		return j
	case "年初", "初", "伊始":
		set(jan, jan.AddDate(0, 1, 0), Month, ys+"-01")
		return j
	case "年中":
		set(jan.AddDate(0, 5, 0), jan.AddDate(0, 7, 0), Month, ys+"-06/"+ys+"-07")
		return j
	case "年内", "内", "全年":
		// 今年年内, 2024年内, 今年全年: the year itself.
		set(jan, jan.AddDate(1, 0, 0), Year, ys)
		return j
	case "上半年", "前半年":
		set(jan, jan.AddDate(0, 6, 0), HalfYear, monthSpan(jan, 6))
		return j
	case "下半年", "后半年":
		set(jan.AddDate(0, 6, 0), jan.AddDate(1, 0, 0), HalfYear, monthSpan(jan.AddDate(0, 6, 0), 6))
		return j
	}
	// Quarters: 第三季度, 三季度, 一季度, 首季度, Q1, 前三季度.
	q, last, k2, front, ok := p.quarterAt(i)
	if !ok {
		return i
	}
	ys = jan.Format("2006")
	if last > q {
		qs := jan.AddDate(0, 3*(q-1), 0)
		set(qs, jan.AddDate(0, 3*last, 0), Quarter, monthSpan(qs, 3*(last-q+1)))
		return k2
	}
	if front {
		set(jan, jan.AddDate(0, 3*q, 0), Quarter, ys+"-01/"+jan.AddDate(0, 3*q, -1).Format("2006-01"))
		return k2
	}
	qs := jan.AddDate(0, 3*(q-1), 0)
	set(qs, qs.AddDate(0, 3, 0), Quarter, monthSpan(qs, 3))
	if k3, w := p.anyOf(k2, quarterPartWords); w != "" {
		if w == "初" {
			set(qs, qs.AddDate(0, 1, 0), Month, qs.Format("2006-01"))
		} else {
			last := qs.AddDate(0, 2, 0)
			set(last, last.AddDate(0, 1, 0), Month, last.Format("2006-01"))
		}
		return k3
	}
	return k2
}

// quarterAt reads the quarters vague reads after a year at i (第三季度,
// 三季度, 首季度, Q1, 前三季度, 一、二季度): the first and last quarter,
// the index after them and whether they count from the year's start (前);
// ok is false when none is there. It reads the text alone.
func (p *parser) quarterAt(i int) (q, last, end int, front, ok bool) {
	k := i
	if k2, ok := p.word(k, "前"); ok {
		k, front = k2, true
	} else if k2, ok := p.word(k, "第"); ok {
		k = k2
	}
	if k2, ok := p.word(k, "首"); ok {
		q, k = 1, k2
	} else if p.r(k) == 'Q' || p.r(k) == 'q' {
		if n, ok := weekday(p.r(k + 1)); ok && n <= 4 {
			q, k = n, k+2
		}
	} else if n, k2, _, ok := p.integer(k); ok && n >= 1 && n <= 4 {
		q, k = n, k2
	}
	if q == 0 {
		return 0, 0, i, false, false
	}
	// 第二、三季度, 一、二、三季度: quarters that follow each other,
	// listed: the months from the first to the last.
	last = q
	for (p.r(k) == '、' || p.r(k) == '和' || p.r(k) == '及') && !front {
		n, k2, _, ok := p.integer(k + 1)
		if !ok || n != last+1 {
			break
		}
		last, k = n, k2
	}
	k2, w := p.anyOf(k, quarterUnitWords)
	if last > q {
		if w == "" {
			return 0, 0, i, false, false
		}
		return q, last, k2, front, true
	}
	if w == "" {
		if p.r(k-2) == 'Q' || p.r(k-2) == 'q' {
			k2 = k
		} else {
			return 0, 0, i, false, false
		}
	}
	return q, last, k2, front, true
}

// vagueMay reports whether vague may read something at i after the
// fields of b: a part of the month, of the year or a quarter. It reads
// neither the reference nor b's year, so that a position where nothing
// follows is known as such without them (see memo.go).
func (p *parser) vagueMay(i int, b *pt) bool {
	if b.mo >= 0 {
		if b.d >= 0 {
			return false
		}
		_, w := p.anyOf(i, monthVagueWords)
		return w != ""
	}
	if _, w := p.anyOf(i, yearVagueWords); w != "" {
		return true
	}
	_, _, _, _, ok := p.quarterAt(i)
	return ok
}

// monthSpan is the value of the n months from the first of month m: a
// quarter or a half-year is written as its months (2021-10/2021-12), the
// form the article gold and ISO 8601 intervals share, not 2021-Q4.
func monthSpan(m time.Time, n int) string {
	return m.Format("2006-01") + "/" + m.AddDate(0, n-1, 0).Format("2006-01")
}
