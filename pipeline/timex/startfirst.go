package timex

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// The first steps of the rules. canStart accepts every rune that begins a
// word in the package's literals, which is safe but wide: 的, 和, 到 and
// 时 begin words only read after an expression's start (十月的第一个星期一,
// connectors, clock units). A reading at rune i calls, at i itself, the
// rules below (at1, bareRange, single, point, relative and what they call
// before they move on), and each of them gives up at its first check
// unless rune i is a numeral or rune i (with rune i+1 for a longer word)
// begins one of these words: each check is a match of a whole word, a
// numeral or ASCII. So at any other rune beyond ASCII, or where the rune
// after it does not go on with a longer word, a reading fails, having
// changed nothing but vagueAmount, which relative clears before it reads
// an amount; the scan does the same without the reading (deadStart).
//
// TestDeadStartsFail checks this on every such rune that canStart accepts.

// startFirstWords are the word lists the rules try at the start.
var startFirstWords = []*wordSet{
	fromWords,          // at, at1
	vagueRefWords,      // single
	centuryWords,       // decade
	lunarForcedWords,   // point
	yearRelWords,       // year
	lunarPrefixes,      // lunar
	lunarFestivalWords, // lunar
	lunarMonthWords,    // lunar
	tenDayWords,        // bareTenDays
	quarterRelWords,    // vagueNoYear
	monthRelWords,      // month
	nowWords,           // relDay
	relDayWords,        // relDay
	nationalDayWords,   // holiday
	doubleHourWords,    // afterDate: doubleHour
	pairPrefixes,       // relative: pairOfUnits
	yearPartWords,      // vagueNoYear: 年底
}

// startLongWords are word lists whose words of one rune give up at the
// start: the scan reads only their longer words. partOfDay takes 早 and
// 晚 only after a day; a prefix of relative (上, 前, 下, 后, 近) needs an
// amount after it (startAmountRunes); vagueNoYear reads the parts of a
// year (上半年) only at 上, 下, 前, 后 (and 年, 第, 首), and 底, 初 … after
// a year.
var startLongWords = []*wordSet{partOfDayWords, relativePrefixes, yearVagueWords}

// startAmountRunes are the runes that may start an amount (amountUnit: 分半,
// 半, 几, 数, 个半, a numeral), after 上, 前, 下, 后, 近 (relative) or 早
// (earlierBy); startQuarterRunes those that may follow 前 or 第 in a
// quarter (vagueNoYear: 前三季度, 第一季度, 首季度, Q1), numerals too.
const (
	startAmountRunes  = "分半几数个"
	startQuarterRunes = "首Qq"
)

// startBeforeAmount and startBeforeQuarter are the runes that start an
// expression only before those runes.
var (
	startBeforeAmount  = newRuneSet("上前下后近早")
	startBeforeQuarter = newRuneSet("前第")
)

// startFirstPairs are the rules that read two words in a row at the start,
// each word of the first list (or none, when the first is nil) then one
// of the second: zonePrefix (北京时间) and week (周三, 上个星期).
var startFirstPairs = [][2]*wordSet{
	{zoneWords, zoneSuffixes},
	{nil, weekWords},
	{weekPrefixes, weekWords},
}

// startFirstLiterals are the other words the rules check at the start:
// 每 (recurrence), 民国 (year), 闰 and 大年 (lunar), 年初 (lunar:
// newYearDay), 首 (vagueNoYear: 首季度; 年 needs yearPartWords, 上, 下, 后
// yearVagueWords, 前 and 第 a quarter after them), 东正教 and 十一
// (holiday), 再过 (relative: a lone 过 only in a whole expression, which a
// scan never reads), 分半, 半, 几, 数 and 个半 (amountUnit: 个 only before
// 半). The runes of the bracketed relative days, months and years
// (今（20）日) are checked with the bracket after them: startBracketRunes.
var startFirstLiterals = []string{"每", "民国", "闰", "大年", "年初", "首", "东正教", "十一", "再过", "分半", "半", "几", "数", "个半"}

// startBracketRunes are the keys of bracketDayShifts, bracketMonthShifts
// and bracketYearShifts.
const startBracketRunes = "今本昨明前后上下去"

// startWords returns every word the rules try at the start: those of
// startFirstWords and startFirstLiterals, the holidays' names (holiday),
// the lunar festivals, solar terms and seasons (lunarHoliday), and each
// bracket rune with an opening bracket.
func startWords() []string {
	ws := append([]string(nil), startFirstLiterals...)
	for _, s := range startFirstWords {
		ws = append(ws, s.words...)
	}
	for _, s := range startLongWords {
		for _, w := range s.words {
			if utf8.RuneCountInString(w) > 1 {
				ws = append(ws, w)
			}
		}
	}
	for _, pair := range startFirstPairs {
		firsts := []string{""}
		if pair[0] != nil {
			firsts = pair[0].words
		}
		for _, a := range firsts {
			for _, b := range pair[1].words {
				ws = append(ws, a+b)
			}
		}
	}
	for _, rules := range [][]holidayRule{holidayRules, orthodoxRules} {
		for _, r := range rules {
			ws = append(ws, strings.Fields(r.names)...)
		}
	}
	for _, f := range lunarFestivals {
		ws = append(ws, f.name)
	}
	ws = append(ws, solarTerms...)
	ws = append(ws, "清明节")
	ws = append(ws, seasonWords.words...)
	for _, r := range startBracketRunes {
		ws = append(ws, string([]rune{r, '('}), string([]rune{r, '（'}))
	}
	return ws
}

// startOne holds the start words of one rune, startFirst the first runes
// of the longer ones and startLong these words by their first rune.
var startOne, startFirst, startLong = func() (*runeSet, *runeSet, map[rune][]string) {
	var one, first []rune
	long := map[rune][]string{}
	for _, w := range startWords() {
		rs := []rune(w)
		if len(rs) == 1 {
			one = append(one, rs[0])
		} else {
			first = append(first, rs[0])
			long[rs[0]] = append(long[rs[0]], w)
		}
	}
	return newRuneSet(string(one)), newRuneSet(string(first)), long
}()

// deadStart reports whether a reading at rune i, which canStart accepts,
// fails at every rule's first step (see above): rune i beyond ASCII, not
// a numeral, not a start word of one rune, and no longer start word at i.
func (p *parser) deadStart(i int) bool {
	r := p.r(i)
	if r < 0x80 {
		return false
	}
	if !startMay.has(r) {
		// (canStart accepts none of these.)
		return p.deadStartBySets(i)
	}
	c, k := startClassOf(r)
	return p.deadStartClass(i, c, k)
}

// deadStartClass is deadStart at a rune of startMay beyond ASCII, of
// class c and rank k.
func (p *parser) deadStartClass(i int, c uint8, k int) bool {
	if c&classLive != 0 {
		return false
	}
	if c&(classBeforeAmount|classBeforeQuarter) != 0 {
		next := p.r(i + 1)
		if numStarts(next) ||
			c&classBeforeAmount != 0 && strings.ContainsRune(startAmountRunes, next) ||
			c&classBeforeQuarter != 0 && strings.ContainsRune(startQuarterRunes, next) {
			return false
		}
	}
	if c&classFirst == 0 || !slices.Contains(startLongSeconds[k], p.r(i+1)) {
		return true // (a longer start word has a second rune)
	}
	for _, w := range startLongs[k] {
		if _, ok := p.word(i, w); ok {
			return false
		}
	}
	return true
}

// deadStartBySets is deadStart by the sets its classes are made of.
func (p *parser) deadStartBySets(i int) bool {
	r := p.r(i)
	if r < 0x80 || startOne.has(r) || numStarts(r) {
		return false
	}
	if startBeforeAmount.has(r) || startBeforeQuarter.has(r) {
		next := p.r(i + 1)
		if numStarts(next) ||
			startBeforeAmount.has(r) && strings.ContainsRune(startAmountRunes, next) ||
			startBeforeQuarter.has(r) && strings.ContainsRune(startQuarterRunes, next) {
			return false
		}
	}
	if !startFirst.has(r) {
		return true
	}
	for _, w := range startLong[r] {
		if _, ok := p.word(i, w); ok {
			return false
		}
	}
	return true
}
