// Package corpus turns raw input bytes into the text that zhpipe annotates:
// it detects and decodes the character encoding (UTF-8 with or without a
// byte-order mark, UTF-16LE/BE with a byte-order mark, Big5, GBK and
// GB18030), normalizes line endings, and refuses binary or undecodable input
// with an error instead of returning garbage.
//
// # The original text
//
// The decoded text, with every CRLF and every lone CR replaced by LF, is the
// "original" text of a document: all offsets that zhpipe reports refer to it,
// not to the raw bytes. The raw input is identified by its size and SHA-256.
//
// # Detection
//
// Detection proceeds in this order: a byte-order mark decides (UTF-8,
// UTF-16LE, UTF-16BE); otherwise a NUL byte means binary input; otherwise
// valid UTF-8 is UTF-8. Failing that, the input must be valid in the byte
// grammar and mapping table of GBK/GB18030 or of Big5; when both accept it,
// a sample is decoded both ways and scored by how much of it consists of
// the most common Traditional and Simplified characters and CJK punctuation
// (a mis-decoded text is made of rare characters, kana, Hangul and symbols).
// A decoding whose sample is not plausibly Chinese is refused. GB18030 is
// reported only when four-byte sequences occur; otherwise the input is GBK.
//
// An explicit encoding (see [ParseEncoding]) overrides detection; the input
// must still be valid in it.
//
// All functions are safe for concurrent use; the package holds no mutable
// state.
package corpus
