// Package quantity finds counted quantities, percentages and amounts of
// money in Chinese text (Traditional or Simplified): 30項目標, 103條,
// 約40%, 5500億美元, 10.1萬人, 百分之四十, 第4天, 數百萬, with the number's
// value, its unit (classifier or measure), the counted noun when the text
// gives it, and a qualifier (約, 逾, 近, 超過 …).
//
// Numbers inside dates and times (years, days) and inside numbered
// documents (第14179號) are not quantities; a bare number without a unit
// or % is not reported either. Offsets are bytes into the string given.
package quantity
