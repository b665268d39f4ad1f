package timex

import (
	"time"
)

// centuryWords are named centuries.
var centuryWords = newWordSet("上世纪", "上个世纪", "本世纪", "这个世纪")

// decade parses 20世纪70年代, 上世纪80年代, 1990年代, 80年代, 18世纪 at i.
func (p *parser) decade(i int) (Expr, int, bool) {
	century := -1
	j := i
	if k, w := p.anyOf(i, centuryWords); w != "" {
		century = 20
		if w == "本世纪" || w == "这个世纪" {
			century = 21
		}
		j = k
	} else if n, k, _, ok := p.integer(i); ok && n >= 1 && n <= 30 {
		if k2, ok := p.word(k, "世纪"); ok {
			century, j = n, k2
		}
	}
	jd := j
	if k, ok := p.word(j, "的"); ok && century > 0 {
		jd = k
	}
	n, k, digits, ok := p.integer(jd)
	if ok {
		if k2, ok := p.word(k, "年代"); ok {
			var start int
			switch {
			case century > 0 && n%10 == 0 && n < 100:
				start = (century-1)*100 + n
			case century < 0 && digits == 4 && n%10 == 0:
				start = n
			case century < 0 && n%10 == 0 && n < 100 && n >= 10:
				start = 1900 + n
			default:
				return Expr{}, i, false
			}
			e := Expr{Kind: Date, Grain: Decade, Value: itoa(start/10) + "X", Resolved: true,
				From: time.Date(start, 1, 1, 0, 0, 0, 0, p.ref().Location()), Until: time.Date(start+10, 1, 1, 0, 0, 0, 0, p.ref().Location())}
			k2 = p.periodPart(k2, &e, start, 10)
			return e, k2, true
		}
	}
	if century > 0 && j > i {
		start := (century - 1) * 100
		e := Expr{Kind: Date, Grain: Century, Value: pad2(century - 1), Resolved: true,
			From: time.Date(start, 1, 1, 0, 0, 0, 0, p.ref().Location()), Until: time.Date(start+100, 1, 1, 0, 0, 0, 0, p.ref().Location())}
		j = p.periodPart(j, &e, start, 100)
		return e, j, true
	}
	return Expr{}, i, false
}

// periodPartWords are parts of a decade or century.
var periodPartWords = newWordSet("初期", "初", "前期", "早期", "中期", "中叶", "后期", "晚期", "末期", "末", "中")

// periodPart narrows a decade or century to its early, middle or late
// part: 90年代末期 = 1997–1999, 11世纪初 = 1000–1019.
func (p *parser) periodPart(j int, e *Expr, start, span int) int {
	k, w := p.anyOf(j, periodPartWords)
	if w == "" {
		return j
	}
	part := span * 3 / 10
	if span == 100 {
		part = 20
	}
	from, to := start, start+part
	switch w {
	case "中期", "中叶", "中":
		from, to = start+span*3/10, start+span*7/10
	case "后期", "晚期", "末期", "末":
		from, to = start+span-part, start+span
	}
	loc := p.ref().Location()
	e.From, e.Until = time.Date(from, 1, 1, 0, 0, 0, 0, loc), time.Date(to, 1, 1, 0, 0, 0, 0, loc)
	e.Kind, e.Grain = Range, Year
	e.Value = itoa(from) + "/" + itoa(to-1)
	return k
}

func pow10(n int) int {
	r := 1
	for ; n > 0; n-- {
		r *= 10
	}
	return r
}

func pad2(n int) string {
	s := "0" + itoa(n)
	return s[len(s)-2:]
}
