package corpus

import (
	"fmt"
	"strings"
)

// Encoding names a character encoding of raw input, as reported in a
// document's summary and accepted by --encoding.
type Encoding string

// The encodings that corpus detects and decodes.
const (
	// UTF8 is UTF-8 without a byte-order mark (ASCII included).
	UTF8 Encoding = "utf-8"
	// UTF8BOM is UTF-8 that starts with the byte-order mark EF BB BF.
	UTF8BOM Encoding = "utf-8-bom"
	// UTF16LE is little-endian UTF-16 (detected only with its byte-order mark).
	UTF16LE Encoding = "utf-16le"
	// UTF16BE is big-endian UTF-16 (detected only with its byte-order mark).
	UTF16BE Encoding = "utf-16be"
	// Big5 is Big5 as the WHATWG Encoding Standard defines it (with the
	// HKSCS extensions), the usual encoding of older Taiwan and Hong Kong
	// text.
	Big5 Encoding = "big5"
	// GBK is GBK (Code Page 936), the two-byte subset of GB18030.
	GBK Encoding = "gbk"
	// GB18030 is GB18030; detection reports it only when four-byte
	// sequences occur.
	GB18030 Encoding = "gb18030"
)

// String returns the encoding's canonical name.
func (e Encoding) String() string { return string(e) }

// Encodings returns the canonical names of all supported encodings, which
// are exactly the names that Decode can report and that ParseEncoding
// accepts besides its aliases.
func Encodings() []string {
	return []string{
		string(UTF8), string(UTF8BOM), string(UTF16LE), string(UTF16BE),
		string(Big5), string(GBK), string(GB18030),
	}
}

// ParseEncoding maps a user-supplied encoding name to an Encoding. It is
// case-insensitive and accepts the canonical names and common aliases
// (utf8, cp936, gb2312, cp950, big5-hkscs, ...). The empty string and
// "auto" mean detection and yield "" with a nil error.
func ParseEncoding(name string) (Encoding, error) {
	switch strings.ToLower(strings.TrimSpace(name)) {
	case "", "auto":
		return "", nil
	case "utf-8", "utf8":
		return UTF8, nil
	case "utf-8-bom", "utf8-bom", "utf-8-sig", "utf8-sig":
		return UTF8BOM, nil
	case "utf-16le", "utf16le":
		return UTF16LE, nil
	case "utf-16be", "utf16be":
		return UTF16BE, nil
	case "big5", "big-5", "cp950", "big5-hkscs", "big5hkscs":
		return Big5, nil
	// GB2312 (EUC-CN) is a subset of GBK: decoding it as GBK is exact.
	case "gbk", "cp936", "gb2312", "euc-cn", "x-gbk":
		return GBK, nil
	case "gb18030", "gb-18030":
		return GB18030, nil
	}
	return "", &Error{
		Kind:   ErrUnknownEncoding,
		Offset: -1,
		msg:    fmt.Sprintf("unknown encoding %q (accepted: %s)", name, strings.Join(Encodings(), ", ")),
	}
}
