package numeral

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Mode selects how permissive Parse is, following cn2an's modes.
type Mode uint8

const (
	// Strict accepts only canonical numerals: every skipped place is marked
	// by 零 and only there, no elision (一百二), no digit strings (一二三),
	// no Arabic digits, no 〇; amounts with 元/圆 end in 整/正 or 角/分.
	Strict Mode = iota
	// Normal also accepts digit strings (一七二零), elision (三万五 = 35000),
	// 一百十一, a missing 零, 〇, trailing zeros after 点, and 元 alone.
	Normal
	// Smart also accepts Arabic digits mixed with Chinese units (10.1万,
	// 1万600, 200亿零四千230), a bare leading unit (千一, 萬九), a leading "-"
	// sign, thousands separators (34,567) and K/M/G suffixes.
	Smart
)

// String returns the mode's name.
func (m Mode) String() string {
	switch m {
	case Strict:
		return "strict"
	case Normal:
		return "normal"
	case Smart:
		return "smart"
	}
	return fmt.Sprintf("Mode(%d)", uint8(m))
}

// ErrSyntax is wrapped by every error Parse returns for malformed input.
var ErrSyntax = errors.New("not a well-formed numeral")

func syntaxErr(s, why string) error {
	return fmt.Errorf("numeral: %q: %s: %w", s, why, ErrSyntax)
}

// Digit returns the value of a single digit rune (Arabic, full-width,
// Chinese, financial) and whether r is one.
func Digit(r rune) (int, bool) {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0'), true
	case r >= '０' && r <= '９':
		return int(r - '０'), true
	}
	switch r {
	case '零', '〇', '○':
		return 0, true
	case '一', '壹', '幺':
		return 1, true
	case '二', '贰', '貳', '两', '兩', '俩', '倆':
		return 2, true
	case '三', '叁', '參', '叄', '参', '仨':
		return 3, true
	case '四', '肆':
		return 4, true
	case '五', '伍':
		return 5, true
	case '六', '陆', '陸':
		return 6, true
	case '七', '柒':
		return 7, true
	case '八', '捌':
		return 8, true
	case '九', '玖':
		return 9, true
	}
	return 0, false
}

// unitExp returns the power of ten of a unit rune (十 1, 百 2, 千 3, 万 4, 亿 8).
func unitExp(r rune) (int, bool) {
	switch r {
	case '十', '拾':
		return 1, true
	case '百', '佰':
		return 2, true
	case '千', '仟':
		return 3, true
	case '万', '萬':
		return 4, true
	case '亿', '億':
		return 8, true
	}
	return 0, false
}

// tens returns the value of the contracted tens 廿 (20), 卅 (30), 卌 (40).
func tens(r rune) (int, bool) {
	switch r {
	case '廿', '念':
		return 2, r == '廿'
	case '卅':
		return 3, true
	case '卌':
		return 4, true
	}
	return 0, false
}

func isArabic(r rune) bool { return r >= '0' && r <= '9' || r >= '０' && r <= '９' }

func isPoint(r rune) bool { return r == '点' || r == '點' }

func isNeg(r rune) bool { return r == '负' || r == '負' }

// fold maps full-width ASCII to ASCII so that later code sees one form.
func fold(s string) string {
	if !strings.ContainsFunc(s, func(r rune) bool { return r >= '！' && r <= '～' }) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if r >= '！' && r <= '～' {
			r = r - '！' + '!'
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Parse parses a numeral in Smart mode: Chinese, Arabic or mixed, with
// an optional sign. Beyond ParseMode(s, Smart) it reads fractions
// (二分之一, 二份一, 一又十分之一), halves (一半, 半个) and a trailing
// classifier (三个, 一對 = 2, 五打 = 60). It returns an error wrapping
// ErrSyntax when s is not a well-formed numeral.
func Parse(s string) (float64, error) {
	s = strings.TrimSpace(fold(s))
	mult := 1.0
	for _, suf := range []struct {
		s string
		m float64
	}{{"个", 1}, {"個", 1}, {"对", 2}, {"對", 2}, {"双", 2}, {"雙", 2}, {"打", 12}} {
		if t, ok := strings.CutSuffix(s, suf.s); ok && t != "" {
			s, mult = t, suf.m
			break
		}
	}
	switch s {
	case "半", "一半", "一半半", "1半":
		return 0.5 * mult, nil
	}
	if whole, frac, ok := strings.Cut(s, "又"); ok {
		w, err := ParseMode(whole, Smart)
		if err != nil {
			return 0, err
		}
		f, err := parseFrac(frac)
		if err != nil {
			return 0, err
		}
		return (w + f) * mult, nil
	}
	if strings.Contains(s, "分") || strings.Contains(s, "份") {
		f, err := parseFrac(s)
		if err != nil {
			return 0, err
		}
		return f * mult, nil
	}
	v, err := ParseMode(s, Smart)
	return v * mult, err
}

// parseFrac reads 二分之一, 十分一, 二份一 as numerator over denominator.
func parseFrac(s string) (float64, error) {
	i := strings.IndexAny(s, "分份")
	if i < 0 {
		return 0, syntaxErr(s, "no fraction")
	}
	den, num := s[:i], s[i+len("分"):]
	num = strings.TrimPrefix(num, "之")
	d, err := ParseMode(den, Smart)
	if err != nil {
		return 0, err
	}
	n, err := ParseMode(num, Smart)
	if err != nil {
		return 0, err
	}
	if d == 0 {
		return 0, syntaxErr(s, "zero denominator")
	}
	return n / d, nil
}

// ParseMode parses a numeral under the given mode (see Mode).
func ParseMode(s string, m Mode) (float64, error) {
	v, err := parseMode(s, m)
	if err != nil {
		return 0, syntaxErr(s, err.Error())
	}
	return v, nil
}

// Reasons parseMode gives before parseUnsigned.
var (
	errEmpty     = errors.New("empty")
	errSignAlone = errors.New("sign alone")
)

// parseMode is ParseMode returning only the reason of a failure, not the
// message quoting the input that ParseMode makes of it: Prefix tries up
// to MaxRunes prefixes of a run and needs only whether each parses.
func parseMode(s string, m Mode) (float64, error) {
	s = fold(s)
	if s == "" {
		return 0, errEmpty
	}
	neg := false
	if r, n := utf8.DecodeRuneInString(s); isNeg(r) {
		neg, s = true, strings.TrimLeft(s[n:], " ")
	} else if r == '-' && m >= Smart {
		neg, s = true, strings.TrimLeft(s[n:], " ")
	}
	if s == "" {
		return 0, errSignAlone
	}
	v, err := parseUnsigned(s, m)
	if err != nil {
		return 0, err
	}
	if neg {
		v = -v
	}
	return v, nil
}

func parseUnsigned(s string, m Mode) (float64, error) {
	// Money: 壹拾壹元整, 壹拾壹元壹角壹分.
	if i := indexYuan(s); i >= 0 {
		return parseMoney(s, i, m)
	}
	if m >= Smart {
		if v, ok := parseArabicSuffixed(s); ok {
			return v, nil
		}
	}
	rs := []rune(s)
	pt := -1
	for i, r := range rs {
		if isPoint(r) {
			if pt >= 0 {
				return 0, errors.New("two decimal points")
			}
			pt = i
		}
	}
	if pt < 0 {
		return parseInt(rs, m)
	}
	ip, fp := rs[:pt], rs[pt+1:]
	if len(ip) == 0 || len(fp) == 0 {
		return 0, errors.New("empty side of the decimal point")
	}
	iv, err := parseInt(ip, m)
	if err != nil {
		return 0, err
	}
	frac, err := parseFraction(fp, m)
	if err != nil {
		return 0, err
	}
	return strconv.ParseFloat(strconv.FormatFloat(iv, 'f', -1, 64)+"."+frac, 64)
}

// indexYuan is strings.IndexAny(s, "元圆圓") in one pass over s (IndexAny
// looks each rune of s up in the set; numerals are parsed at every
// candidate position).
func indexYuan(s string) int {
	for i, r := range s {
		if r == '元' || r == '圆' || r == '圓' {
			return i
		}
	}
	return -1
}

func allArabicOrDot(rs []rune) bool {
	for _, r := range rs {
		if !isArabic(r) && r != '.' && r != ',' {
			return false
		}
	}
	return true
}

// parseFraction returns the digits after the point as ASCII.
func parseFraction(rs []rune, m Mode) (string, error) {
	var b strings.Builder
	for _, r := range rs {
		d, ok := Digit(r)
		if !ok || (r == '〇' && m == Strict) || (isArabic(r) && m < Smart) {
			return "", fmt.Errorf("%q after the decimal point", r)
		}
		b.WriteByte(byte('0' + d))
	}
	f := b.String()
	if m == Strict && strings.HasSuffix(f, "0") {
		return "", errors.New("trailing zero after the decimal point")
	}
	return f, nil
}

// parseArabicSuffixed handles plain Arabic numbers with optional thousands
// separators and K/M/G suffixes: 34,567, .77, 01.10, 100K, 1.2M, .0012G.
func parseArabicSuffixed(s string) (float64, bool) {
	mult := 1.0
	switch {
	case strings.HasSuffix(s, "K") || strings.HasSuffix(s, "k"):
		mult, s = 1e3, s[:len(s)-1]
	case strings.HasSuffix(s, "M"):
		mult, s = 1e6, s[:len(s)-1]
	case strings.HasSuffix(s, "G"):
		mult, s = 1e9, s[:len(s)-1]
	}
	if s == "" || strings.Count(s, ".") > 1 {
		return 0, false
	}
	if strings.Contains(s, ",") {
		ip, _, _ := strings.Cut(s, ".")
		groups := strings.Split(ip, ",")
		for i, g := range groups {
			if (i == 0 && (len(g) == 0 || len(g) > 3)) || (i > 0 && len(g) != 3) {
				return 0, false
			}
		}
		s = strings.ReplaceAll(s, ",", "")
	}
	for _, c := range []byte(s) {
		if (c < '0' || c > '9') && c != '.' {
			return 0, false
		}
	}
	if s == "." || strings.HasSuffix(s, ".") {
		return 0, false
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, false
	}
	return v * mult, true
}

func parseMoney(s string, i int, m Mode) (float64, error) {
	head, tail := s[:i], s[i:]
	_, n := utf8.DecodeRuneInString(tail)
	tail = tail[n:]
	if head == "" {
		return 0, errors.New("amount without a number")
	}
	v, err := parseUnsigned(head, m)
	if err != nil {
		return 0, err
	}
	switch tail {
	case "整", "正":
		return v, nil
	case "":
		if m == Strict {
			return 0, errors.New("元 without 整")
		}
		return v, nil
	}
	rs := []rune(tail)
	cents := 0.0
	for len(rs) > 0 {
		d, ok := Digit(rs[0])
		if !ok || len(rs) < 2 {
			return 0, fmt.Errorf("bad amount tail %q", tail)
		}
		switch rs[1] {
		case '角':
			cents += float64(d) * 10
		case '分':
			cents += float64(d)
		default:
			return 0, fmt.Errorf("bad amount tail %q", tail)
		}
		rs = rs[2:]
	}
	return math.Round((v*100+cents))/100 + 0, nil
}

// item is one digit placed at a power of ten, or a 零 marker.
type item struct {
	val    float64 // the digit (or an Arabic chunk's value)
	exp    int     // power of ten once all units are applied
	zero   bool    // a 零 marker; exp is the power of the unit before it
	fixed  bool    // a marker after 万/亿: not shifted by a later 万
	after  int     // power of the unit right before this digit, -1 if none
	arabic bool
}

// parseInt parses the integer part of a numeral.
func parseInt(rs []rune, m Mode) (float64, error) {
	if len(rs) == 1 {
		if d, ok := Digit(rs[0]); ok {
			if rs[0] == '〇' && m == Strict {
				return 0, errors.New("〇 in strict mode")
			}
			if isArabic(rs[0]) && m < Smart {
				return 0, errors.New("arabic digit outside smart mode")
			}
			return float64(d), nil
		}
	}
	// Digit strings: 一七二零, 二〇〇二 (never with 两, which counts, and
	// never mixing Arabic and Chinese digits: 9两 is nine taels).
	allDigits := true
	arabic, chinese := false, false
	for _, r := range rs {
		if _, ok := Digit(r); !ok || strings.ContainsRune("两兩俩倆仨", r) {
			allDigits = false
			break
		}
		if isArabic(r) {
			arabic = true
		} else {
			chinese = true
		}
	}
	if arabic && chinese {
		allDigits = false
	}
	if allDigits {
		if m == Strict {
			return 0, errors.New("digit string in strict mode")
		}
		v := 0.0
		for _, r := range rs {
			if isArabic(r) && m < Smart {
				return 0, errors.New("arabic digit outside smart mode")
			}
			d, _ := Digit(r)
			v = v*10 + float64(d)
		}
		return v, nil
	}
	var items []item
	wanStart, yiStart := 0, 0 // first item index not yet shifted by 万 / 亿
	pending := -1             // index of a digit waiting for its unit
	lastUnit := -1            // power of the last unit seen; -1 none, -2 after 零, -3 after a digit
	// resolvePending gives a digit not followed by a unit its place.
	resolvePending := func() error {
		if pending < 0 {
			return nil
		}
		it := &items[pending]
		pending = -1
		switch {
		case it.after <= 1:
			it.exp = 0
		case it.arabic:
			it.exp = 0
		default:
			if m == Strict {
				return errors.New("elided unit (一百二) in strict mode")
			}
			it.exp = it.after - 1
		}
		return nil
	}
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		if m >= Smart && isArabic(r) {
			j := i
			for j < len(rs) && (isArabic(rs[j]) || rs[j] == '.') {
				j++
			}
			v, err := strconv.ParseFloat(fold(string(rs[i:j])), 64)
			if err != nil {
				return 0, err
			}
			if pending >= 0 {
				return 0, errors.New("two numbers in a row")
			}
			items = append(items, item{val: v, arabic: true, after: lastUnit})
			pending = len(items) - 1
			lastUnit = -3
			i = j - 1
			continue
		}
		if r == '零' || r == '〇' {
			if r == '〇' && m == Strict {
				return 0, errors.New("〇 in strict mode")
			}
			if pending >= 0 {
				return 0, errors.New("digit before 零")
			}
			if len(items) == 0 {
				return 0, errors.New("leading 零")
			}
			if lastUnit == -2 {
				if m == Strict {
					return 0, errors.New("零零")
				}
				continue
			}
			items = append(items, item{zero: true, exp: lastUnit, fixed: lastUnit >= 4})
			lastUnit = -2
			continue
		}
		if d, ok := Digit(r); ok {
			if pending >= 0 {
				return 0, errors.New("two digits in a row")
			}
			if isArabic(r) {
				return 0, errors.New("arabic digit outside smart mode")
			}
			items = append(items, item{val: float64(d), after: lastUnit})
			pending = len(items) - 1
			lastUnit = -3
			continue
		}
		if t, ok := tens(r); ok {
			if pending >= 0 {
				return 0, errors.New("digit before 廿")
			}
			items = append(items, item{val: float64(t), exp: 1, after: lastUnit})
			if err := checkOrder(items, wanStart); err != nil {
				return 0, err
			}
			lastUnit = 1
			continue
		}
		e, ok := unitExp(r)
		if !ok {
			return 0, fmt.Errorf("%q is not a numeral character", r)
		}
		if e < 4 {
			if pending < 0 {
				// A bare unit: 十 at the start or after 零; 一百十一
				// (normal); 百 after 零 (cn2an strict accepts 一万零百一十一);
				// any unit at the start (smart: 千一).
				bare := (len(items) == 0 && e == 1) || lastUnit == -2 ||
					(e == 1 && m >= Normal) || (len(items) == 0 && m >= Smart)
				if !bare {
					return 0, fmt.Errorf("%q without a digit", r)
				}
				items = append(items, item{val: 1, after: lastUnit})
				pending = len(items) - 1
			}
			items[pending].exp = e
			pending = -1
			if err := checkOrder(items, wanStart); err != nil {
				return 0, err
			}
			lastUnit = e
			continue
		}
		// 万 or 亿.
		if lastUnit == -2 {
			return 0, errors.New("零 before a big unit")
		}
		if pending >= 0 {
			it := &items[pending]
			if it.after > 1 && it.after < 4 && !it.arabic {
				if m == Strict {
					return 0, errors.New("elided unit in strict mode")
				}
				it.exp = it.after - 1 // 百二万
			} else {
				it.exp = 0
			}
			pending = -1
		} else if len(items) == 0 || lastUnit >= 4 {
			if !(len(items) == 0 && m >= Smart) && !(e == 8 && lastUnit == 4) {
				return 0, fmt.Errorf("%q without a digit", r)
			}
			if len(items) == 0 {
				items = append(items, item{val: 1, after: -1})
			}
		}
		start := wanStart
		if e == 8 {
			start = yiStart
		}
		for k := start; k < len(items); k++ {
			if e == 4 && items[k].fixed {
				continue
			}
			items[k].exp += e
		}
		wanStart = len(items)
		if e == 8 {
			yiStart = len(items)
		}
		lastUnit = e
	}
	if len(items) == 0 {
		return 0, errors.New("no digits")
	}
	if err := resolvePending(); err != nil {
		return 0, err
	}
	if m == Strict {
		if err := checkStrict(items); err != nil {
			return 0, err
		}
	}
	v := 0.0
	for _, it := range items {
		if !it.zero {
			v += scale(it.val, it.exp)
		}
	}
	return v, nil
}

// scale returns v·10^exp computed through decimal text, so that 4.6亿 is
// 460000000 and not 459999999.99999994.
func scale(v float64, exp int) float64 {
	if exp == 0 {
		return v
	}
	x, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', -1, 64)+"e"+strconv.Itoa(exp), 64)
	if err != nil {
		return v * math.Pow10(exp)
	}
	return x
}

// checkOrder requires powers of ten to decrease inside the current section.
func checkOrder(items []item, from int) error {
	last := items[len(items)-1]
	for k := len(items) - 2; k >= from; k-- {
		if !items[k].zero && items[k].exp <= last.exp {
			return errors.New("units out of order")
		}
	}
	return nil
}

// checkStrict applies cn2an's strict rules on 零: a zero marks skipped
// places right below the unit before it, and a gap inside one four-digit
// section needs a 零.
func checkStrict(items []item) error {
	for k := 0; k+1 < len(items); k++ {
		a, b := items[k], items[k+1]
		if a.zero {
			if b.exp >= a.exp-1 {
				return errors.New("零 where no place is skipped")
			}
			continue
		}
		if b.zero {
			continue
		}
		if a.exp/4 == b.exp/4 && b.exp != a.exp-1 {
			return errors.New("skipped place without 零")
		}
	}
	return nil
}
