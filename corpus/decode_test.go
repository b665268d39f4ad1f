package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"sync"
	"testing"

	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

func TestDecode(t *testing.T) {
	trad := "中華民國總統府今天發布新聞稿，表示政府將持續推動經濟發展。\r\n行政院會議通過「數位發展部」組織法草案。"
	simp := "国务院新闻办公室今天举行新闻发布会，介绍经济运行情况。\r\n会议指出，要坚持稳中求进工作总基调。"
	tests := []struct {
		desc   string
		raw    []byte
		forced string
		want   string
		enc    Encoding
	}{
		{"empty", nil, "", "", UTF8},
		{"empty forced gbk", []byte{}, "gbk", "", GBK},
		{"ascii with CRLF and lone CR", []byte("hello\r\nworld\rbye\n"), "", "hello\nworld\nbye\n", UTF8},
		{"CR CR LF", []byte("a\r\r\nb"), "", "a\n\nb", UTF8},
		{"utf-8", []byte("台灣 2026年"), "", "台灣 2026年", UTF8},
		{"lone utf-8 BOM", []byte("\xEF\xBB\xBF"), "", "", UTF8BOM},
		{"utf-8 BOM CRLF", []byte("\xEF\xBB\xBF中文\r\n"), "", "中文\n", UTF8BOM},
		{"utf-8 BOM forced utf-8", []byte("\xEF\xBB\xBF中文"), "utf8", "中文", UTF8BOM},
		{"second BOM is text", []byte("\xEF\xBB\xBF\xEF\xBB\xBFx"), "", "\uFEFFx", UTF8BOM},
		{"lone utf-16le BOM", []byte("\xFF\xFE"), "", "", UTF16LE},
		{"lone utf-16be BOM", []byte("\xFE\xFF"), "", "", UTF16BE},
		{"utf-16be BOM", encode(t, encoderOf(UTF16BE), "中文\r\n測試😀"), "", "中文\n測試😀", UTF16BE},
		{"utf-16le BOM", encode(t, encoderOf(UTF16LE), "a\rb\r\nc😀"), "", "a\nb\nc😀", UTF16LE},
		{"utf-16le forced without BOM", []byte("\x2D\x4E\x87\x65"), "utf-16le", "中文", UTF16LE},
		{"big5", encode(t, traditionalchinese.Big5, trad), "", normalizeNewlines(trad), Big5},
		{"gbk", encode(t, simplifiedchinese.GBK, simp), "", normalizeNewlines(simp), GBK},
		{"traditional text in gbk", encode(t, simplifiedchinese.GBK, trad), "", normalizeNewlines(trad), GBK},
		{"gb18030 four-byte", encode(t, simplifiedchinese.GB18030, simp+"𠀀€"), "", normalizeNewlines(simp) + "𠀀€", GB18030},
		{"gb18030 encoded U+FFFD", append(encode(t, simplifiedchinese.GBK, simp), gbFFFD...), "", normalizeNewlines(simp) + "\uFFFD", GB18030},
		{"gb18030 forced, no four-byte", encode(t, simplifiedchinese.GBK, simp), "GB18030", normalizeNewlines(simp), GB18030},
		{"gbk euro 0x80", append(encode(t, simplifiedchinese.GBK, simp), 0x80), "", normalizeNewlines(simp) + "€", GBK},
		{"forced big5 alias", encode(t, traditionalchinese.Big5, trad), "cp950", normalizeNewlines(trad), Big5},
		{"few control chars are text", []byte(strings.Repeat("正文", 100) + "\x07"), "", strings.Repeat("正文", 100) + "\x07", UTF8},
		{"auto", []byte("x"), "auto", "x", UTF8},
		{"NEL is not a control", []byte("a\u0085b"), "", "a\u0085b", UTF8},
		{"DOS end-of-file mark", []byte("text\r\n\x1a"), "", "text\n\x1a", UTF8},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			d, err := Decode(tc.raw, tc.forced)
			if err != nil {
				t.Fatalf("Decode(%q, %q): %v", tc.raw, tc.forced, err)
			}
			checkDecoded(t, tc.raw, d)
			if d.Text != tc.want {
				t.Errorf("Decode(%q, %q).Text = %q; want %q", tc.raw, tc.forced, d.Text, tc.want)
			}
			if d.Encoding != tc.enc {
				t.Errorf("Decode(%q, %q).Encoding = %q; want %q", tc.raw, tc.forced, d.Encoding, tc.enc)
			}
		})
	}
}

// TestDecodeShort checks that detection tells Big5 from GBK on inputs of a
// single word, where the score has least to go on.
func TestDecodeShort(t *testing.T) {
	words := []string{
		"中文", "台灣", "政府", "經濟", "新聞", "總統", "立法院", "人工智慧", "資料中心",
		"晶片", "國際", "發展", "問題", "我們", "這個", "學生", "電話", "會議", "時間", "北京",
	}
	for _, w := range words {
		t.Run(w, func(t *testing.T) {
			for _, enc := range []Encoding{Big5, GBK} {
				raw := encode(t, encoderOf(enc), w)
				d, err := Decode(raw, "")
				if err != nil {
					t.Fatalf("Decode(%s %q): %v", enc, w, err)
				}
				if d.Text != w || d.Encoding != enc {
					t.Errorf("Decode(%s % x) = %q, %s; want %q, %s", enc, raw, d.Text, d.Encoding, w, enc)
				}
			}
		})
	}
}

func TestDecodeErrors(t *testing.T) {
	rnd := rand.New(rand.NewPCG(1, 2))
	randomBytes := func(n int, nul bool) []byte {
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(rnd.IntN(256))
			if !nul && b[i] == 0 {
				b[i] = 0xFF
			}
		}
		return b
	}
	gbk := encode(t, simplifiedchinese.GBK, "国务院新闻办公室今天举行新闻发布会")
	big5 := encode(t, traditionalchinese.Big5, "行政院新聞局今天舉行記者會")
	seedUTF8 := []byte(strings.Repeat("行政院新聞局今天舉行記者會，說明政府的經濟政策。\n", 20))
	corrupt := bytes.Clone(seedUTF8)
	corrupt[200] = 0xC8 // an invalid byte in the middle of valid UTF-8 text
	korean := encode(t, korean.EUCKR, strings.Repeat("대한민국은 민주공화국이다. 모든 권력은 국민으로부터 나온다. ", 5))
	sjis := encode(t, japanese.ShiftJIS, strings.Repeat("日本国民は、正当に選挙された国会における代表者を通じて行動し、", 5))
	tests := []struct {
		desc   string
		raw    []byte
		forced string
		kind   error
		enc    Encoding // the Encoding of the *Error
		off    int      // its Offset, -2 = don't check
		msg    string   // a substring of the message
	}{
		{"PNG header", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"), "", ErrBinary, "", 8, "NUL byte at offset 8"},
		{"random bytes with NULs", randomBytes(4096, true), "", ErrBinary, "", -2, "binary input"},
		{"random bytes without NUL", randomBytes(4096, false), "", ErrInvalid, "", -2, "undecodable input"},
		{"control characters", []byte("\x01\x02\x03abc\x04\x05"), "", ErrBinary, UTF8, -1, "5 control characters in 8 characters"},
		{"invalid everywhere", []byte("abc\xFFdef"), "", ErrInvalid, "", 3, "not utf-8 (bytes ff at offset 3), not gbk (bytes ff at offset 3), not big5 (bytes ff at offset 3)"},
		{"corrupted utf-8 is not garbage gbk", corrupt, "", ErrInvalid, "", 202, "not utf-8 (bytes 84 at offset 202)"},
		{"euc-kr is not garbage gbk", korean, "", ErrInvalid, "", -2, "common Chinese text"},
		{"shift-jis is not garbage gbk", sjis, "", ErrInvalid, "", -2, "undecodable input"},
		{"truncated gbk", append(bytes.Clone(gbk), 0xB9), "", ErrTruncated, GBK, len(gbk), "truncated gbk input"},
		{"truncated big5", append(bytes.Clone(big5), 0xA4), "", ErrTruncated, Big5, len(big5), "truncated big5 input"},
		{"truncated forced gbk", append(bytes.Clone(gbk), 0xB9), "gbk", ErrTruncated, GBK, len(gbk), "truncated gbk input"},
		{"truncated forced gb18030 four-byte", append(bytes.Clone(gbk), 0x81, 0x30, 0x81), "gb18030", ErrTruncated, GB18030, len(gbk), "truncated gb18030 input"},
		{"truncated utf-8", []byte("中文\xE4\xB8"), "", ErrTruncated, UTF8, 6, "truncated utf-8 input"},
		{"truncated utf-16 odd length", []byte("\xFF\xFE\x2D\x4E\x87"), "", ErrTruncated, UTF16LE, 4, "odd number of bytes (5)"},
		{"truncated utf-16 surrogate", []byte("\xFE\xFF\xD8\x3D"), "", ErrTruncated, UTF16BE, 2, "high surrogate"},
		{"utf-16 unpaired surrogate", []byte("\xFF\xFE\x3D\xD8\x41\x00"), "", ErrInvalid, UTF16LE, 2, "unpaired high surrogate"},
		{"utf-16 lone low surrogate", []byte("\xFF\xFE\x41\x00\x00\xDC"), "", ErrInvalid, UTF16LE, 4, "unpaired low surrogate"},
		{"utf-16 NUL character", []byte("\xFF\xFE\x41\x00\x00\x00"), "", ErrBinary, UTF16LE, 4, "NUL character"},
		{"utf-32le", []byte("\xFF\xFE\x00\x00\x2D\x4E\x00\x00"), "", ErrBinary, UTF16LE, 2, "UTF-32 is not supported"},
		{"utf-16 wrong BOM", []byte("\xFE\xFF\x4E\x2D"), "utf-16le", ErrInvalid, UTF16LE, 0, "other byte order"},
		{"unknown encoding", []byte("x"), "latin1", ErrUnknownEncoding, "", -1, `unknown encoding "latin1"`},
		{"forced utf-8 on gbk", gbk, "utf-8", ErrInvalid, UTF8, 0, "invalid utf-8 input"},
		{"forced utf-8 NUL", []byte("a\x00"), "utf-8", ErrBinary, UTF8, 1, "NUL byte at offset 1"},
		{"forced gbk NUL", []byte("a\x00"), "gbk", ErrBinary, GBK, 1, "NUL byte at offset 1"},
		{"forced gbk unmapped", []byte("ab\xA1\x40"), "gbk", ErrInvalid, GBK, 2, "bytes a1 40 at offset 2"},
		{"forced big5 unmapped", []byte("ab\x81\x40"), "big5", ErrInvalid, Big5, 2, "bytes 81 40 at offset 2"},
		{"forced big5 bad trail", []byte("ab\xA4\x80"), "big5", ErrInvalid, Big5, 2, "bytes a4 80 at offset 2"},
		{"forced gbk on gb18030", encode(t, simplifiedchinese.GB18030, "中𠀀"), "gbk", ErrInvalid, GBK, 2, "use gb18030"},
		{"forced gbk on a UTF-8 BOM", []byte("\xEF\xBB\xBF\xD6\xD0"), "gbk", ErrInvalid, GBK, 0, "UTF-8 byte-order mark"},
		{"C1 controls", []byte("ab\u0080\u0081"), "", ErrBinary, UTF8, -1, "2 control characters in 4 characters"},
		{"gb18030 unassigned four-byte", []byte("\x84\x31\xA5\x30"), "gb18030", ErrInvalid, GB18030, 0, "invalid gb18030 input"},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			d, err := Decode(tc.raw, tc.forced)
			if err == nil {
				t.Fatalf("Decode(%q, %q) = %q (%s); want an error", clipBytes(tc.raw), tc.forced, d.Text, d.Encoding)
			}
			if d != (Decoded{}) {
				t.Errorf("Decode returned %+v with its error; want the zero Decoded", d)
			}
			if !errors.Is(err, tc.kind) {
				t.Errorf("Decode(%q, %q) error %q; want kind %q", clipBytes(tc.raw), tc.forced, err, tc.kind)
			}
			msg := err.Error()
			if !strings.HasPrefix(msg, "corpus: ") || strings.Contains(msg, "\n") {
				t.Errorf("error %q; want one line starting with %q", msg, "corpus: ")
			}
			if !strings.Contains(msg, tc.msg) {
				t.Errorf("error %q; want it to contain %q", msg, tc.msg)
			}
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("error %T; want *Error", err)
			}
			if e.Encoding != tc.enc {
				t.Errorf("error Encoding = %q; want %q", e.Encoding, tc.enc)
			}
			if tc.off != -2 && e.Offset != tc.off {
				t.Errorf("error Offset = %d; want %d", e.Offset, tc.off)
			}
		})
	}
}

func clipBytes(b []byte) []byte {
	if len(b) > 32 {
		return b[:32]
	}
	return b
}

// TestLFWriter checks line-ending normalization against the oracle for
// every way of splitting the input into two writes.
func TestLFWriter(t *testing.T) {
	inputs := []string{"", "\r", "\n", "\r\n", "\r\r", "\n\r", "a\r\nb\rc\r\r\nd\n", "\r\n\r\n", "x\r"}
	for _, in := range inputs {
		want := normalizeNewlines(in)
		for i := 0; i <= len(in); i++ {
			var b strings.Builder
			w := lfWriter{b: &b}
			w.write([]byte(in[:i]))
			w.write([]byte(in[i:]))
			if got := b.String(); got != want {
				t.Errorf("write(%q)+write(%q) = %q; want %q", in[:i], in[i:], got, want)
			}
		}
	}
}

// TestDecodeChunkBoundaries decodes inputs large enough to span many output
// chunks, with CRLF pairs falling on every side of the chunk edges.
func TestDecodeChunkBoundaries(t *testing.T) {
	for _, enc := range []Encoding{GBK, Big5, UTF16LE, UTF16BE, UTF8, UTF8BOM} {
		t.Run(string(enc), func(t *testing.T) {
			chars := commonTraditional
			if enc == GBK {
				chars = commonSimplified
			}
			text := syntheticText(t, chars, enc, 3*chunkSize+17)
			raw := encode(t, encoderOf(enc), text)
			d, err := Decode(raw, "")
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			checkDecoded(t, raw, d)
			if want := normalizeNewlines(text); d.Text != want {
				t.Errorf("Decode(%s text of %d bytes) differs from the source", enc, len(raw))
			}
			if d.Encoding != enc {
				t.Errorf("Encoding = %q; want %q", d.Encoding, enc)
			}
		})
	}
}

// TestDecodeUnmappedLate puts an unmapped GBK code after the scoring sample:
// detection must still refuse the input instead of returning U+FFFD.
func TestDecodeUnmappedLate(t *testing.T) {
	text := syntheticText(t, commonSimplified, GBK, 2*sampleSize)
	raw := append(encode(t, simplifiedchinese.GBK, text), 0xA1, 0x40)
	if len(raw) <= sampleSize {
		t.Fatalf("test input of %d bytes is not longer than the sample", len(raw))
	}
	d, err := Decode(raw, "")
	if err == nil {
		t.Fatalf("Decode = %q…, %s; want an error", clip(d.Text, 0), d.Encoding)
	}
	want := fmt.Sprintf("not gbk (bytes a1 40 at offset %d)", len(raw)-2)
	if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), want) {
		t.Errorf("error %v; want ErrInvalid with %q", err, want)
	}
}

func TestParseEncoding(t *testing.T) {
	for _, name := range Encodings() {
		got, err := ParseEncoding(strings.ToUpper(name))
		if err != nil || string(got) != name {
			t.Errorf("ParseEncoding(%q) = %q, %v; want %q", strings.ToUpper(name), got, err, name)
		}
	}
	for in, want := range map[string]Encoding{"": "", "auto": "", "utf8": UTF8, "gb2312": GBK, "cp936": GBK, "big5-hkscs": Big5} {
		got, err := ParseEncoding(in)
		if err != nil || got != want {
			t.Errorf("ParseEncoding(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	if _, err := ParseEncoding("ebcdic"); !errors.Is(err, ErrUnknownEncoding) {
		t.Errorf("ParseEncoding(%q) error %v; want ErrUnknownEncoding", "ebcdic", err)
	}
}

// TestDecodeConcurrent decodes from several goroutines at once (run with
// -race): the results must equal sequential ones.
func TestDecodeConcurrent(t *testing.T) {
	inputs := benchInputs(t, 64<<10)
	want := make([]Decoded, len(inputs))
	for i, in := range inputs {
		d, err := Decode(in.raw, "")
		if err != nil {
			t.Fatal(err)
		}
		want[i] = d
	}
	var wg sync.WaitGroup
	errs := make(chan string, 4*len(inputs))
	for range 4 {
		for i, in := range inputs {
			wg.Go(func() {
				d, err := Decode(in.raw, "")
				if err != nil || d != want[i] {
					errs <- fmt.Sprintf("concurrent Decode(%s) = %s, %v; want %s", in.name, d.Encoding, err, want[i].Encoding)
				}
			})
		}
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// TestDecodeLateEvidence puts the evidence after the scoring sample, where
// only the full decoding sees it: a four-byte sequence makes the input
// GB18030, a cut last character makes it truncated, an invalid byte makes
// it undecodable.
func TestDecodeLateEvidence(t *testing.T) {
	simp := syntheticText(t, commonSimplified, GBK, 2*sampleSize)
	gbk := encode(t, simplifiedchinese.GBK, simp)
	if len(gbk) <= sampleSize {
		t.Fatalf("test input of %d bytes is not longer than the sample", len(gbk))
	}
	t.Run("four-byte after the sample", func(t *testing.T) {
		// The four-byte sequence falls inside an output chunk, with text
		// before and after it.
		raw := append(bytes.Clone(gbk), encode(t, simplifiedchinese.GB18030, "𠀀")...)
		raw = append(raw, gbk[:1000]...)
		want := normalizeNewlines(simp) + "𠀀" + normalizeNewlines(simp[:strings.Index(simp, "2026")])
		d, err := Decode(raw, "")
		if err != nil || d.Encoding != GB18030 || !strings.HasPrefix(d.Text, want) || len(d.Text) < len(want) {
			t.Errorf("Decode = %d bytes of text, %s, %v; want the text as gb18030", len(d.Text), d.Encoding, err)
		}
		again, err := Decode(raw, "gb18030")
		if err != nil || again.Text != d.Text {
			t.Errorf("Decode(gb18030) = %d bytes of text, %v; want the detected text, %d bytes", len(again.Text), err, len(d.Text))
		}
	})
	t.Run("truncated after the sample", func(t *testing.T) {
		raw := append(bytes.Clone(gbk), 0xD6)
		_, err := Decode(raw, "")
		if !errors.Is(err, ErrTruncated) || !strings.Contains(err.Error(), "truncated gbk") {
			t.Errorf("Decode error %v; want truncated gbk", err)
		}
	})
	t.Run("invalid after the sample", func(t *testing.T) {
		raw := append(bytes.Clone(gbk), 0xFF, 0x41)
		_, err := Decode(raw, "")
		want := fmt.Sprintf("not gbk (bytes ff at offset %d)", len(gbk))
		if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), want) {
			t.Errorf("Decode error %v; want ErrInvalid with %q", err, want)
		}
	})
}
