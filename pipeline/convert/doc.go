// Package convert converts Chinese text between Traditional and Simplified
// forms (and regional variants) exactly as OpenCC 1.4.2 does, and records an
// alignment from every output piece back to the input bytes it came from.
//
// It reimplements OpenCC's algorithm over OpenCC's own text dictionaries
// (embedded by dict/opencc), following notes/opencc-1.4.2-algorithm.md:
// a normalization stage over the whole text, mmseg segmentation where the
// config has one, then each conversion stage in turn on every segment, with
// longest-prefix matching, short_circuit and union dictionary groups, the
// first value of each entry, tofu-risk dictionaries included (as OpenCC's
// API does) and ideographic description sequences copied through whole. The
// dictionaries that OpenCC's build generates (TWVariantsRev, HKVariantsRev,
// JPShinjitaiCharactersRev, TSCharactersExt and
// STPhrases_GeneratedFromRegionalPhrases) are derived at load time.
//
// Unlike OpenCC, invalid UTF-8 never fails a conversion: each invalid byte is
// copied through as it is, and no other byte is lost.
//
// A Converter is immutable once built and safe for concurrent use. A Loader
// builds each dictionary once and shares it between the converters it makes.
package convert
