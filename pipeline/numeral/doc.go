// Package numeral parses Chinese, Arabic and mixed numerals (一千二百三十四,
// 10.1万, 兩, 廿, 〇, 壹贰叁, 負一點五, 二分之一, 第七) into numbers, with
// cn2an-compatible strict, normal and smart modes (ParseMode), and finds
// the longest numeral at a position of running text (Prefix) for the timex
// and quantity extractors.
//
// Traditional, Simplified and financial (大写) digits are accepted in every
// mode; full-width digits are folded to ASCII. Powers of ten are applied
// through decimal text, so 4.6亿 is exactly 460000000. Nothing here holds
// package-level mutable state; all functions are safe for concurrent use.
package numeral
