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
//     heading line (short — 24 characters; 40 after a marker or when it
//     is two or three phrases set apart by spaces, as news sub-headings
//     are —, without sentence punctuation and with at most one comma;
//     壹、/一、/第一，/（一）/【一】/1．/I. headings; Markdown #) opens a
//     section named by its words (背景, 主要內容, 特點, 評估, 結語…). So do
//     a numbered question (一、為什麼…？), short questions between body
//     paragraphs when there are two of them or more (not one asked of the
//     audience), and unpunctuated lines of 25 to 36 characters between
//     body paragraphs when the text has other sub-headings. Short lines
//     right after a colon line are list items, not headings. Without
//     headings, the lead's plan (本文將…分析其出台背景、主要內容和顯著特點)
//     gives the order of roles: a paragraph naming the next planned role
//     opens it, and a section whose announced list of paragraphs ends is
//     followed by the next planned role. 總之/綜上 (and 面對… in the last
//     paragraph) open the conclusion. Title lines, bylines and datelines
//     belong to the lead; the heading right before the first body
//     paragraph opens a section when the body has sub-headings too (a
//     date or credit line does not).
//   - Enumerations (enumerations: id, announced {text, count, start, end}
//     or null, items [{marker, head, start, end}], parent "E2.1", about,
//     style, numbers, skips). Markers: 第一/第一是/第一、 (also right
//     after 分別是/包括/即, and a last 第N without punctuation continuing
//     the list: 第一、甲，第二、乙，第三丙), 第一支柱 (a 第N+noun in a
//     paragraph's first sentence, or a walk through parts after ；：其中:
//     第二條…；第五條…, whose numbers may start past 1 and skip — numbers
//     and skips say so; 第一位是…), 一是/一來/一則/一要, 首先/其次/再次/
//     然後/最後 (ordinals and sequence words continue each other's lists:
//     首先…其次…第三…最後), 一方面/另一方面, 壹、/一、/一．, 一， at a
//     sentence start, （一）/一）/(1)/⑴/(i), 1./1、/1）/⒈ (numbered
//     paragraphs may continue a part: 42. 43.), ①/➀, 【一】/〔一〕 at a
//     line start, labels (措施一，其一，), letters ((A), A., a)), stems
//     (甲、乙、), Roman numerals (I.), bullets (* • ● ——); markers may
//     open a quotation. Heading lists nest by rank: 第一部分 > 壹、 > 一、
//     > （一） > 1. > (1) > ①. Unmarked: paragraphs announced by the
//     paragraph before (三個核心維度) or opening alike (堅持…。×3); short
//     lines after a line ending in a colon (not one introducing speech or
//     a text in full); a counted list whose first item alone is marked
//     (兩件事：首先…。我們還…); lists spelled out inline, announced before
//     (三個特點：A、B和C; 三大挑戰，包括A、B，以及C; 三個範疇，即A；B；及C;
//     “兩個確保”（A，B）), introduced by 分別為/依次是 (the count written
//     before them, even a paragraph before: 6友邦 … 分別為A、B…等政要)
//     or counted after (A、B和C等三項舉措; 甲、乙和丙在內的3國; 王甲、陳乙
//     兩人; 紅、綠兩色; A、B（這3宗案件…）; A、B及C等島國 after 3島國),
//     and series of semicolon items after a colon or 包括. Announcements: a
//     count and a classifier (三大, 以下4項, 三個, 四方面), a count alone
//     before a colon (原因有三：), or a count of any noun (三招, 五位專家,
//     6友邦), which announces only a list of exactly that many. An
//     announced count that the list does not match is a diagnostic.
//   - Quotes (quotes: text, start, end, speaker, speaker_name, speakers,
//     speaker_title, speaker_at, verb, kind). Marks “” 「」 『』 ‘’ and
//     ASCII ", paired within a paragraph or over several (an opening mark
//     on each paragraph, the closing one at the end). kind statement when
//     someone says it: a speech verb or frame before it (說, 表示, 指出,
//     強調, 坦言, 喊話…; 告訴記者：, 對媒體說, 在記者會上說, 接受…訪問時說,
//     在…中寫道), a speaker and verb after it (「…」，李家超說), a colon
//     after the speaker (陳大文：「…」), the words quoted inside what
//     someone is reported to say (他表示，這是「…」) or inside a source
//     frame (據新華社報道，…; 根據法案，…), a paragraph after the speaker's
//     colon or statement, or a transcript turn (劉建國：…, 記者：…, 問：…);
//     term for scare quotes and names (所謂「…」, 「…」原則, a name of a
//     law or plan, a run of quoted terms); indirect for reported speech
//     without marks (X表示，…). The speaker is found in the verb's clause:
//     a pronoun (他, 她們, 該部, 發言人) resolved to the nearest earlier
//     speaker of a compatible kind, the first mention that is not a
//     modifier, an addressee or an object (moved from a title to the
//     person: 經濟部長郭智輝), with the speakers coordinated to it (A和B),
//     or a name or role the text gives without an entity (工會副主席
//     陳志豪, 電視台記者, 財政部官員); a clause without a subject takes
//     the speaker of the clause before. A person's name the entity stage
//     cut short is made whole (‧史密斯 → 約翰‧史密斯, 周三 taken off); a
//     speaker no entity names is given as written. Words relayed (引述/援引
//     X (的話) 說：「…」) are X's, what the relayer goes on to say (並強調)
//     his; a clause ending in a colon speaks for its subject whatever the
//     verb (在信中勉勵：「…」, 高唱《…》：); a title as a label (總統：)
//     is the person holding it, named before or after; a statement read as
//     one turn goes on while its paragraphs speak in the first person; a
//     quotation making its paragraph takes the speaker of the paragraph
//     before or the one the next names (王大明這麼說); a text as subject
//     (聲明指出, 報告寫道) stands for its issuer; a text issued in full
//     after 如下 (發表如下聲明：) is its speaker's, paragraph by paragraph;
//     interview labels may be a declared short name (（以下簡稱林）) or a
//     surname; a name cut short is made whole where the text names it
//     whole, and after a Malaysian honorific (拿督斯里某某).
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
