package timex

import "github.com/zhpipe/zhpipe/pipeline/numeral"

// The first steps of the rules. canStart accepts every rune that begins a
// word in the package's literals, which is safe but wide: 的, 和, 到 and
// 时 begin words only read after an expression's start (十月的第一个星期一,
// connectors, clock units). A reading at rune i calls, at i itself, the
// rules below (at1, bareRange, single, point, relative and what they call
// before they move on), and each of them gives up at its first check
// unless rune i is a numeral or begins one of these words. So at any other
// rune beyond ASCII a reading fails, having changed nothing but
// vagueAmount, which relative clears before it reads an amount; the scan
// does the same without the reading (deadStart).
//
// TestDeadStartsFail checks this on every such rune that canStart accepts.

// startFirstWords are the word lists the rules try at the start.
var startFirstWords = []*wordSet{
	fromWords,          // at, at1
	vagueRefWords,      // single
	centuryWords,       // decade
	zoneWords,          // point: zonePrefix
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
	weekPrefixes,       // week
	weekWords,          // week
	nationalDayWords,   // holiday
	doubleHourWords,    // afterDate: doubleHour
	partOfDayWords,     // afterDate: partOfDay
	passWords,          // relative
	pairPrefixes,       // relative: pairOfUnits
	relativePrefixes,   // relative
	vagueCountWords,    // relative: amountUnit
}

// startFirstLiterals are the other words and runes the rules check at the
// start: 每 (recurrence), 民国 (year), 闰 and 大年 (lunar), 年 (lunar:
// newYearDay; vagueNoYear with 上, 下, 前, 后, 第, 首), 东正教 and 十一
// (holiday), 早 (earlierBy), 分半 and 半 (amountUnit), and the runes of the
// bracketed relative days, months and years (今（20）日).
const startFirstLiterals = "每民闰大年上下前后第首东十早分半今本去明昨"

// startFirst holds the first runes of startFirstWords and
// startFirstLiterals, the holidays' names (holiday) and the lunar
// festivals, solar terms and seasons (lunarHoliday).
var startFirst = func() *runeSet {
	s := startFirstLiterals
	for _, ws := range startFirstWords {
		s += string(ws.firsts)
	}
	for r := range holidayFirst.members() {
		s += string(r)
	}
	for r := range lunarHolidayStart.members() {
		s += string(r)
	}
	return newRuneSet(s)
}()

// deadStart reports whether a reading at rune i, which canStart accepts,
// fails at every rule's first step (see above).
func (p *parser) deadStart(i int) bool {
	r := p.r(i)
	return r >= 0x80 && !startFirst.has(r) && !numeral.Starts(r)
}
