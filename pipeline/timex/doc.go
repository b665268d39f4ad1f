// Package timex finds and normalizes date and time expressions in Chinese
// text (Traditional or Simplified, mainland, Taiwan or Hong Kong wording):
// absolute dates (2025年7月23日, 二〇二五年七月二十三日, 2025-07-23, 民國114年),
// times (上午9時30分), vague and partial dates (2021年底, 上半年, 第三季度,
// 下旬, 20世紀70年代), relative dates resolved against the article's date
// (去年11月, 上周二, 三天前), ranges (1—11月, 2023年至2025年) and durations
// (15天內).
//
// Extract returns byte offsets into the exact string it was given and an
// ISO-8601 value per expression (2025-07-23, 2025-05, 2024, 197X, 2021-12,
// start/end for ranges, P15D for durations). GuessReference finds the
// article's own date (dateline, CNA code, earliest full date). Everything
// is deterministic rules; nothing here holds mutable package state.
package timex
