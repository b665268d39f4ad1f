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
// the caller (the entity and quantity stages); when no number is given,
// numbers are found by a small internal fallback, and without speakers
// quotes stay unattributed.
//
// Every span in the result is a pair of byte offsets into the text passed to
// Analyze, with text[Start:End] equal to the span's Text where it has one.
//
// # What is found
//
//   - Sections (sections: role, heading, start, end). Roles: lead,
//     background, content, features, assessment, conclusion, other. A
//     heading line (short — 24 characters, 40 after a marker —, without
//     sentence punctuation and with at most one comma; 一、/第一，/（一）/
//     1．/I. headings; Markdown #) opens a section named by its words (背景,
//     主要內容, 特點, 評估, 結語…). Without headings, the lead's plan
//     (本文將…分析其出台背景、主要內容和顯著特點) gives the order of roles:
//     a paragraph naming the next planned role opens it, and a section whose
//     announced list of paragraphs ends is followed by the next planned
//     role. 總之/綜上 (and 面對… in the last paragraph) open the conclusion.
//     Title lines, bylines and datelines belong to the lead; the heading
//     right before the first body paragraph opens a section when the body
//     has sub-headings too.
//   - Enumerations (enumerations: id, announced {text, count, start, end}
//     or null, items [{marker, head, start, end}], parent "E2.1", about,
//     style, numbers, skips). Markers: 第一/第一是, 第一支柱 (a 第N+noun
//     in a paragraph's first sentence, or a walk through parts after ；：
//     其中: 第二條…；第五條…, whose numbers may start past 1 and skip —
//     numbers and skips say so), 一是/一來/一則/一要, 首先/其次/再次/
//     然後/最後, 一方面/另一方面, 一、, 一， at a sentence start, （一）/
//     (1)/⑴, 1./1、/1） (numbered paragraphs may continue a part: 42.
//     43.), ①, labels (措施一，), letters ((A), A.), Roman numerals (I.),
//     bullets (* • ●); unmarked paragraphs announced by the paragraph
//     before (三個核心維度) or opening alike (堅持…。×3); short lines
//     after a line ending in a colon; lists spelled out inline, announced
//     before (三個特點：A、B和C; 三大挑戰，包括A、B，以及C; 三個範疇，即
//     A；B；及C; “兩個確保”（A，B）) or counted after (A、B和C等三項舉措;
//     A、B（這3宗案件…）; A、B及C等島國 after 3島國), and series of
//     semicolon items after a colon or 包括. Announcements: a count and
//     a classifier (三大, 以下4項, 三個, 四方面) before the list. An
//     announced count that the list does not match is a diagnostic.
//   - Quotes (quotes: text, start, end, speaker, speaker_name, speakers,
//     verb, kind). Marks “” 「」 『』 ‘’. kind statement when a speech verb
//     introduces the quote (稱, 表示, 指出, 強調, 認為, 誓言, 直言不諱地稱,
//     說, 寫道…) or follows it (「…」，李家超說); term for scare quotes and
//     names; indirect for reported speech without marks (X表示，…). The
//     speaker is the first actor of the sentence (not a modifier such as
//     拜登政府的), with coordinated speakers (A和B), titles resolved to the
//     person (經濟部長郭智輝), pronouns and zero subjects to the actor
//     before.
//   - Totals (totals: stated, parts, sum, consistent, text/start/end of the
//     stated number, part_mentions, enumeration): a number stated before a
//     list whose every item has a number in the same unit. Claims (claims)
//     such as 均過半數 are checked against those numbers.
//   - Thesis (thesis: text, start, end): the quoted formula of the lead's
//     本文 sentence, a 本文認為 sentence, or a 總之 sentence.
//   - Diagnostics (diagnostics: code, message, start, end).
//
// # Cost
//
// Analyze takes time linear in the text (with binary searches into
// indexes built once per call): every search for a candidate — the
// numbers of an item, the announcement before a list, the parent item of
// a list, the speaker before a verb — looks within the item, the sentence
// or the few paragraphs it may come from, never over the whole text. The
// seed article repeated to 4 MB is analysed at the same speed per byte as
// the article itself. One case stays quadratic in the size of a single
// paragraph: the stated total of a list is searched back through the
// numbers of its unit up to three paragraphs before it.
//
// Stage adapts Analyze to pipeline.Stage; WriteOutline renders the result
// for a terminal.
package argument
