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
// valid UTF-8 is UTF-8. Failing that, the candidates are GBK/GB18030 and
// Big5, which must accept the whole input in their byte grammar and mapping
// table, and UTF-8 cut inside its last character. The first 256 KiB of each
// is decoded and scored: common Traditional and Simplified characters count
// for it (the most frequent most), rare ideographs, kana, Hangul, symbols
// and a mix of both scripts against it, since a mis-decoded text is made of
// those. The best plausible candidate wins; one whose sample is not
// plausibly Chinese (under half common characters and punctuation) is
// refused rather than returned as garbage. A winner that ends inside a
// multibyte sequence is reported as truncated. GB18030 is reported only
// when four-byte sequences occur; otherwise the input is GBK. Finally, text
// in which control characters make up more than 1% is binary.
//
// On the seed article, every window of 8 or more characters, encoded in
// Big5 or GBK, is detected correctly; single characters are ambiguous.
//
// An explicit encoding (see [ParseEncoding]) overrides detection; the input
// must still be valid in it.
//
// All functions are safe for concurrent use; the package holds no mutable
// state.
package corpus
