// Package timex finds and normalizes date and time expressions in Chinese
// text (Traditional or Simplified, mainland, Taiwan or Hong Kong wording,
// full-width digits): absolute dates (2025年7月23日, 二〇二五年七月二十三日, 2025-07-23,
// 民國114年 and, in Taiwan text, 114年; in Western order, March 5, 2024 and 八月
// 27, 2020; 2017,12,16; fiscal years 2023/24財政年度), times (上午9時30分,
// 4月10日12时01分, 美东时间上午10时, 晚上十時許), vague and partial dates (2021年底, 上半年,
// 第三季度, 第二、三季度, 下旬, 中下旬, 年尾, 20世紀70年代), relative dates resolved against
// the article's date (今天, 上周二, 去年11月, 三天前, 早兩日, 今（20）日, 今日(26日), 上（12）月,
// 今(107)年), anaphora resolved against the date the text last mentioned
// (当天, 同一天, 次日, 上年, a bare 下旬 after 三月上旬), ranges (1—11月, 2023年至2025年,
// 2025年前, 3年以前, 110年元旦迄今), spans from now (未来5年内, 过去的一周, 今明两年), durations
// (15天內, 三個月, 三十年以上), working and trading days by the mainland's official
// holiday calendar (15个工作日内, 5个交易日之后), recurrences (每年9月, 每周三, 每隔3天),
// holidays (Gregorian, Easter cycles, Jewish, Islamic by Umm al-Qura) and
// Chinese lunar dates, festivals and solar terms (农历八月十五, 春节, 冬至, 年初三).
//
// Extract returns byte offsets into the exact string it was given and, per
// expression, a Kind, a resolved interval [From, Until) and an ISO-8601
// Value: 2025-07-23, 2025-05, 2024, 197X, 2021-12, a quarter or half-year
// as its months (2025-07/2025-09), an hour as 2025-07-23T09:00,
// 2025-W12, 2025-07-23T09:30, start/end for ranges (ISO 8601-2 ../X and
// X/.. when open), P15D for durations (P30Y/.. with one bound),
// R/2021-09/P1Y for recurrences; XXXX-07-23 when the year is unknown;
// empty for a relative expression without a reference date. Numbers are
// never read as times (二十七点三, 一点二五) and identifiers never as dates.
//
// GuessReference finds the article's own date (a CNA code, a dateline, a
// date alone on its line or a header line's field, a relative day given
// with its date, today named as an anniversary of a date, else the latest
// date the text reports as past); GuessReferenceExprs also returns
// the expressions it read for that, which are Extract(s, Reference{}), for
// masking the numbers of dates (quantity.ExtractMasked) without a third
// extraction. ParseExpr reads one whole expression, for the evaluation
// suites; Reference.PreferFuture and Reference.Spans select Duckling's
// conventions there. Extract tries rules only where an expression can
// start (digits, numerals and the first runes of the rule words, checked
// by a test against the package's literals) and matches word lists
// through first-rune bit sets. Everything is deterministic rules, the
// lunar calendar of github.com/6tail/lunar-go (MIT) as a generated table
// of the years 1901-2099 (lunartable.go, make timex-lunar) and two embedded
// tables (the mainland's holidays, cnholidays.txt; the Umm al-Qura
// calendar, ummalqura.txt; see dict/NOTICE); no mutable package state.
package timex
