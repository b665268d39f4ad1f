package corpus

import (
	"errors"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// FuzzDecode checks that Decode never panics and that whatever it returns
// obeys its contract: an error is a one-line *Error and no text; a text is
// valid UTF-8 without CR or NUL, decodes to itself as UTF-8, decodes the
// same when its encoding is forced, and holds U+FFFD only where the
// encoding can encode U+FFFD.
func FuzzDecode(f *testing.F) {
	names := append([]string{""}, Encodings()...)
	for _, s := range []string{
		"", "abc", "a\r\nb\rc", "\xEF\xBB\xBF", "\xFF\xFE", "\xFE\xFF\x4E\x2D\x00\x0D",
		"\x89PNG\r\n\x1a\n\x00\x00", "中文\xE4\xB8", "\xA4\xA4\xA4\xE5", "\xD6\xD0\xCE\xC4\xB9",
		"\x84\x31\xA4\x37", "\x81\x30\x81", "\xFF\xFE\x3D\xD8", "\x80\x80",
	} {
		f.Add([]byte(s), uint8(0))
	}
	f.Add(encode(f, simplifiedchinese.GB18030, "国务院新闻办公室𠀀\r\n"), uint8(0))
	f.Add(encode(f, traditionalchinese.Big5, "行政院新聞局今天舉行記者會\r"), uint8(0))
	f.Add(encode(f, encoderOf(UTF16BE), "中文\r\n"), uint8(4))
	f.Fuzz(func(t *testing.T, raw []byte, which uint8) {
		forced := names[int(which)%len(names)]
		d, err := Decode(raw, forced)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("error %T %v; want *Error", err, err)
			}
			if msg := err.Error(); !strings.HasPrefix(msg, "corpus: ") || strings.ContainsAny(msg, "\r\n") {
				t.Fatalf("error %q; want one line starting with %q", msg, "corpus: ")
			}
			if d != (Decoded{}) {
				t.Fatalf("Decode returned %+v with an error", d)
			}
			return
		}
		checkDecoded(t, raw, d)
		if (d.Encoding == GBK || d.Encoding == Big5) && strings.ContainsRune(d.Text, '\uFFFD') {
			t.Errorf("Decode(%q, %q) = %q in %s: U+FFFD from an encoding without it", raw, forced, d.Text, d.Encoding)
		}
		if forced == "" {
			again, err := Decode(raw, string(d.Encoding))
			if err != nil || again.Text != d.Text {
				t.Errorf("Decode(%q, %q) = %q, %v; want %q as detected", raw, d.Encoding, again.Text, err, d.Text)
			}
		}
		if forced == "" {
			// With a tiny sample, the full decoding must validate the
			// rest: same invariants, and the same text when it finds the
			// same encoding.
			text, enc, err := detectSample(raw, 3)
			if err == nil {
				checkDecoded(t, raw, Decoded{Text: text, Encoding: enc, Bytes: len(raw), SHA256: d.SHA256})
				if enc == d.Encoding && text != d.Text {
					t.Errorf("detectSample(%q, 3) = %q; want %q like Decode", raw, text, d.Text)
				}
				if again, err := Decode(raw, string(enc)); err != nil || again.Text != text {
					t.Errorf("Decode(%q, %q) = %q, %v; want %q as detectSample found", raw, enc, again.Text, err, text)
				}
			}
		}
		if !strings.HasPrefix(d.Text, "\uFEFF") {
			again, err := Decode([]byte(d.Text), "")
			if err != nil || again.Text != d.Text || (d.Text != "" && again.Encoding != UTF8) {
				t.Errorf("re-decoding %q = %q, %s, %v; want the same text as utf-8", d.Text, again.Text, again.Encoding, err)
			}
		}
	})
}
