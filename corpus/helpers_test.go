package corpus

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
)

// normalizeNewlines is the test oracle for line-ending normalization,
// written independently of lfWriter.
func normalizeNewlines(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}

// encode encodes s with e, failing the test on unencodable text.
func encode(tb testing.TB, e encoding.Encoding, s string) []byte {
	tb.Helper()
	b, err := e.NewEncoder().Bytes([]byte(s))
	if err != nil {
		tb.Fatalf("encoding %q: %v", s, err)
	}
	return b
}

// encoderOf returns the x/text encoding that writes enc (with its BOM for
// the BOM variants).
func encoderOf(enc Encoding) encoding.Encoding {
	switch enc {
	case UTF16LE:
		return unicode.UTF16(unicode.LittleEndian, unicode.UseBOM)
	case UTF16BE:
		return unicode.UTF16(unicode.BigEndian, unicode.UseBOM)
	case UTF8BOM:
		return unicode.UTF8BOM
	case GBK:
		return simplifiedchinese.GBK
	case GB18030:
		return simplifiedchinese.GB18030
	case Big5:
		return traditionalchinese.Big5
	}
	return unicode.UTF8
}

// syntheticText builds about n bytes (UTF-8) of Chinese-looking text from
// chars, with punctuation, ASCII digits and CRLF line breaks, keeping only
// the characters that enc can encode.
func syntheticText(tb testing.TB, chars string, enc Encoding, n int) string {
	tb.Helper()
	e := encoderOf(enc).NewEncoder()
	var keep []rune
	for _, r := range chars {
		if _, err := e.String(string(r)); err == nil {
			keep = append(keep, r)
		}
	}
	if len(keep) == 0 {
		tb.Fatalf("no character of the table is encodable in %s", enc)
	}
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		b.WriteRune(keep[(i*7)%len(keep)])
		switch {
		case i%61 == 60:
			b.WriteString("。\r\n")
		case i%23 == 22:
			b.WriteString("2026年")
		case i%9 == 8:
			b.WriteString("，")
		}
	}
	return b.String()
}

// checkDecoded asserts the invariants of every successful decoding.
func checkDecoded(tb testing.TB, raw []byte, d Decoded) {
	tb.Helper()
	if !utf8.ValidString(d.Text) {
		tb.Errorf("decoded text is not valid UTF-8: %q", d.Text)
	}
	if strings.ContainsRune(d.Text, '\r') {
		tb.Errorf("decoded text contains CR")
	}
	if strings.ContainsRune(d.Text, 0) {
		tb.Errorf("decoded text contains NUL")
	}
	if d.Bytes != len(raw) {
		tb.Errorf("Bytes = %d; want %d", d.Bytes, len(raw))
	}
	if len(d.SHA256) != 64 {
		tb.Errorf("SHA256 = %q; want 64 hex digits", d.SHA256)
	}
	known := false
	for _, e := range Encodings() {
		known = known || e == string(d.Encoding)
	}
	if !known {
		tb.Errorf("Encoding = %q; not one of %v", d.Encoding, Encodings())
	}
}
