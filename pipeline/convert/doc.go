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
// STPhrases_GeneratedFromRegionalPhrases) are derived from the text ones.
// Compile lays all of them out as static tables (sorted keys, code point
// pages with ranks), which the binary embeds and NewLoader reads in place:
// building a converter opens its dictionaries without parsing anything.
// NewLoaderFS parses the text dictionaries instead; the tests check that
// both give the same conversions.
//
// Where OpenCC's C++ fails or loses text, this package keeps every byte:
// invalid UTF-8 (OpenCC throws) is copied through one invalid byte at a time,
// and a NUL byte in a config with segmentation (OpenCC truncates the segment
// at the NUL) is copied like any other character. On valid UTF-8 without NUL
// the output is OpenCC 1.4.2's, byte for byte (TestOracle).
//
// A Converter is immutable once built and safe for concurrent use. A Loader
// opens each dictionary once and shares it between the converters it makes.
package convert
