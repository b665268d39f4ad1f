// Package entity finds the people, organizations and places of an article,
// links every mention of one identity together, and attaches titles.
//
// It combines three sources: rules for the hard kinds that news and policy
// text is full of (transliterated names joined by ·‧•・． with initials,
// names followed by their original in brackets, names after a title, a
// country before an organization, administrations such as 川普政府); the
// curated cross-strait lexicon of dict/lexicon; and, optionally, a
// statistical tagger (pipeline/entity/ner, adapted by FromNER) behind the
// Tagger interface. Overlapping candidates are resolved by priority: rules
// and lexicon win over the tagger, except where a tagger span strictly
// contains what they found (北京市文化局 around 北京市, 达恩·蒂雄 around a
// rule's 达恩·蒂), and common nouns the tagger takes for names (半导体厂)
// are dropped. Mentions are then linked within the article: 盧比歐 after
// 馬爾科·A·盧比歐, 商务部 after 美国商务部, 华 with 中国, and one lexicon
// identity for 川普 and 特朗普.
//
// An Extractor works on the working text of a Doc (width-folded and converted
// to Simplified), and all its offsets are byte offsets into the string it is
// given, with text[Start:End] == Text for every mention and title. It also
// works, with the same lexicon, on Traditional text. An Extractor is
// immutable once built and safe for concurrent use.
package entity
