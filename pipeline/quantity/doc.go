// Package quantity finds counted quantities, percentages and amounts of
// money in Chinese text (Traditional or Simplified): 30項目標, 103條,
// 約40%, 5500億美元, 10.1萬人, 百分之四十, 第4天, 數百萬, 三四层, with the
// number's value, its unit (classifier, measure or currency), the counted
// noun when the text gives it, a qualifier (約, 逾, 近, 超過 …), the ISO
// currency of named currencies and a base-unit conversion for measures
// (Quantity.Base: 3斤 = 1500 g).
//
// Numbers inside dates and times (years, days; found with pipeline/timex)
// and inside numbered documents (第14179號) are not quantities; a bare
// number without a unit or % is not reported, nor are idioms (三位一體).
// Offsets are bytes into the string given. ExtractMasked takes the dates
// already found (timex.GuessReferenceExprs returns them) so that a pipeline
// does not extract them twice. ParseAmount reads one whole
// amount or measure, including forms too ambiguous for running text (五分,
// 個半), bounds (最多, 以上) and ranges (5.6到5.78元).
package quantity
