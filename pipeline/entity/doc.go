// Package entity finds the people, organizations and places of an article,
// links every mention of one identity together, and attaches titles.
//
// It combines three sources: rules for the hard kinds that news and policy
// text is full of; the curated cross-strait lexicon of dict/lexicon (whose
// guarded forms, 港大 or 统一部, are read only on the segmenter's word
// boundaries); and,
// optionally, a statistical tagger (pipeline/entity/ner, adapted by FromNER)
// behind the Tagger interface. The rules come in families, one file each:
//
//   - lexcands.go: lexicon forms, with the bare names a region reads as its
//     own bodies (外交部 and 总统府 in Taiwan text are Taiwan's);
//   - orgs.go: organizations named after a place or a known organization
//     (美国 + 白宫科技政策办公室, 美国国务院 + 发言人办公室) and units of a
//     known body whose name the segmenter reads as nouns (海关总署 +
//     缉私局), missions abroad (法驻埃及使馆), bodies after a
//     country's one-character abbreviation (英国防部), organizations named in
//     quotes after a body or a founding verb (行政院「食品安全会报」) and
//     administrations (川普政府);
//   - placeheads.go, abbrevpairs.go: a place's geographic head, which names
//     the entity (亚太 + 地区 → 亚太地区) while the mention stays the place as
//     in NER corpora; facilities named after a place or a person (关丹港口);
//     pairs of one-character abbreviations (美日); and, with
//     Options.Articles, the conventions of a news reader where they differ
//     from NER corpora: a place's government (江西省人民政府), hotels as
//     venues, and the country that starts a body's name as a nested place
//     (日本 in 日本外务省);
//   - media.go, mediarun.go: media outlets written as titles that act as
//     a source (《纽约时报》专访, 《X日报》记者, 《X报》今日发声明); unquoted
//     outlets that open a credit (X财经日报记者：, X社北京3月1日电,
//     X传媒董事长) and a medium's Chinese service (BBC中文);
//   - offices.go, officeshort.go: the office of a title's holder
//     (发言人办公室) and an office's short form (新闻办 for 新闻办公室);
//   - orgverbs.go: a tagger's organization that is a clause (外交部函送
//     立法院, 日本设厂);
//   - cutnames.go: two-character names the tagger cut before their last
//     character (the whole name elsewhere in the text, or the same third
//     character after every occurrence);
//   - dotted.go, bracket.go: transliterated names joined by ·‧•・． (or a full
//     stop or space), with initials; names followed by their original in
//     brackets;
//   - titlename.go, posttitle.go: Chinese, transliterated and Malay names
//     after a title, in credit lines (记者 王小明 李华) and before a title or
//     honorific (郑立德议员, 李王美玲女士), read from the surname table;
//   - spans.go, words.go, tagged.go: the tagger's spans, mended (edge
//     punctuation, glued weekdays, words cut at an edge) and weighed
//     against the rules;
//   - repeat.go, refs.go, orglinks.go, lists.go: later mentions: a
//     name's last part, one-character references (蔡总统, 川习会), an
//     organization's short forms (理事会, 美商会, （以下简称X）) and the
//     organizations listed with a found one;
//   - link.go, titles.go: identities and titles.
//
// Overlapping candidates are resolved by priority: rules and lexicon win
// over the tagger, except where a tagger span strictly contains what they
// found (北京市文化局 around 北京市, 达恩·蒂雄 around a rule's 达恩·蒂), and
// common nouns the tagger takes for names (半导体厂) are dropped. Mentions
// are then linked within the article: 盧比歐 after 馬爾科·A·盧比歐, 商务部
// after 美国商务部, 华 with 中国, and one lexicon identity for 川普 and 特朗普.
//
// An Extractor works on the working text of a Doc (width-folded and converted
// to Simplified), and all its offsets are byte offsets into the string it is
// given, with text[Start:End] == Text for every mention and title. It also
// works, with the same lexicon, on Traditional text. ExtractHints takes what
// the pipeline knows besides: the text's region and the segmenter's words.
// An Extractor is immutable once built and safe for concurrent use.
package entity
