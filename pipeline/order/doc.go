// Package order finds executive orders, laws, regulations, decrees and
// announcements in a text: numbered designations (第14179號總統行政令,
// 第14110号行政命令, 行政命令第13873號, 2025年第18号公告, 国务院令第708号,
// 第X號法令, Executive Order 14179) and titled laws and regulations
// (《…法》, 《…条例》, 《…规定》), each with its number, kind, the 《title》
// that names it, the date of signing or issue and the signer, all taken
// from the clause that mentions it.
//
// It works on the pipeline's working text (width-folded Simplified) and on
// Traditional text alike; every span is a byte range into the exact string
// given to Extract.
//
// Dates and signers come from the caller when it has them (the timex and
// entity stages): [Extract] takes date spans and person spans. When date
// spans are nil, a small built-in parser reads YYYY年M月D日, YYYY年M月,
// 二〇二五年七月二十三日 and YYYY-MM-DD. When person spans are nil, or
// none of them stands before the signing verb in the sentence, the signer's
// name is the heuristic subject of the clause: the run of characters that
// opens the clause holding the verb (簽署/签署, 頒布/颁布, 發佈/发布 …), cut
// before an adverbial (在, 曾, 就, 於/于, 已, 还, 也, 将 …) or the verb, with a
// leading date and a title (时任美国总统) stripped; such a signer has a name
// and no ID.
package order
