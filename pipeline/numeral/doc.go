// Package numeral parses Chinese, Arabic and mixed numerals (一千二百三十四,
// 10.1万, 兩, 廿, 〇, 壹贰叁, 負一點五) into numbers, with cn2an-compatible
// strict, normal and smart modes, and finds numerals inside running text for
// the timex and quantity extractors.
//
// Traditional, Simplified and financial (大写) digits are accepted in every
// mode; full-width digits are folded to ASCII. Nothing here allocates
// package-level mutable state; all functions are safe for concurrent use.
package numeral
