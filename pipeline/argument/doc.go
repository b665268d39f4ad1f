// Package argument finds the argument structure of a Chinese news or policy
// article: its sections and their roles, nested enumerations with the counts
// the text announces, attributed quotes, stated totals with their arithmetic
// checked, and the thesis.
//
// It works on the text it is given (Traditional or Simplified, Taiwan, Hong
// Kong or mainland wording) with small rule lexicons written once in
// Simplified: the text is folded character by character onto Simplified
// forms of the same byte length, so every offset found in the folded copy is
// a byte offset into the original. Speakers and counted quantities come from
// the caller (the entity and quantity stages); when none are given, numbers
// are found by a small internal fallback and quotes stay unattributed.
//
// Every span in the result is a pair of byte offsets into the text passed to
// Analyze, with text[Start:End] equal to the span's Text where it has one.
package argument
