package timex

import (
	"strings"

	"github.com/zhpipe/zhpipe/pipeline/numeral"
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
	partOfDayWords,     // afterDate: partOfDay
	pairPrefixes,       // relative: pairOfUnits
	relativePrefixes,   // relative
}

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
// newYearDay), 年, 上, 下, 前, 后, 第 and 首 (vagueNoYear), 东正教 and 十一
// (holiday), 早 (earlierBy), 再过 (relative: a lone 过 only in a whole
// expression, which a scan never reads), 分半, 半, 几, 数 and 个半
// (amountUnit: 个 only before 半). The runes of the bracketed relative
// days, months and years (今（20）日) are checked with the bracket after
// them: startBracketRunes.
var startFirstLiterals = []string{"每", "民国", "闰", "大年", "年初", "年", "上", "下", "前", "后", "第", "首", "东正教", "十一", "早", "再过", "分半", "半", "几", "数", "个半"}

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
	if r < 0x80 || startOne.has(r) || numeral.Starts(r) {
		return false
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
