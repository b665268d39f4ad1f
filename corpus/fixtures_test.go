package corpus

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/zhpipe/zhpipe/internal/shared"
)

// firstLines returns the first n lines of s, each with its terminator.
func firstLines(s string, n int) string {
	end := 0
	for i := 0; i < n; i++ {
		j := strings.IndexByte(s[end:], '\n')
		if j < 0 {
			return s
		}
		end += j + 1
	}
	return s[:end]
}

// TestFixtures decodes every file of ../shared/fixtures/encodings and
// compares it with the text of its UTF-8 source after line-ending
// normalization.
func TestFixtures(t *testing.T) {
	dir := shared.Path(t, "fixtures", "encodings")
	tests := []struct {
		file   string
		source []string // path of the UTF-8 source under ../shared
		lines  int      // compare with the first lines of the source; 0 = all
		want   Encoding
	}{
		{"seed.big5.txt", []string{"fixtures", "seed", "article.txt"}, 0, Big5},
		{"seed.utf16le-bom.txt", []string{"fixtures", "seed", "article.txt"}, 0, UTF16LE},
		{"seed.utf8-bom-crlf.txt", []string{"fixtures", "seed", "article.txt"}, 0, UTF8BOM},
		// Named gb18030, but it holds no four-byte sequence: it is GBK.
		{"seed-simplified.gb18030.txt", []string{"fixtures", "encodings", "seed-simplified.utf8.txt"}, 0, GBK},
		{"seed-simplified.utf8.txt", []string{"fixtures", "encodings", "seed-simplified.utf8.txt"}, 0, UTF8},
		{"pd1998-head.gbk.txt", []string{"eval", "corpus", "pd1998", "199801.utf8.txt"}, 200, GBK},
	}
	covered := map[string]bool{}
	for _, tc := range tests {
		covered[tc.file] = true
		t.Run(tc.file, func(t *testing.T) {
			src, err := os.ReadFile(shared.Path(t, tc.source...))
			if err != nil {
				t.Fatal(err)
			}
			want := string(src)
			if tc.lines > 0 {
				want = firstLines(want, tc.lines)
			}
			want = normalizeNewlines(want)
			raw, err := os.ReadFile(filepath.Join(dir, tc.file))
			if err != nil {
				t.Fatal(err)
			}
			for _, forced := range []string{"", string(tc.want)} {
				d, err := Decode(raw, forced)
				if err != nil {
					t.Fatalf("Decode(%s, %q): %v", tc.file, forced, err)
				}
				checkDecoded(t, raw, d)
				if d.Encoding != tc.want {
					t.Errorf("Decode(%s, %q).Encoding = %q; want %q", tc.file, forced, d.Encoding, tc.want)
				}
				got := d.Text
				// seed.utf8-bom-crlf.txt ends with a lone CR that its
				// source lacks: the decoded text then ends with one LF
				// more, which is a correct decoding of that file.
				if got != want && strings.HasSuffix(raw2str(raw), "\r") && !strings.HasSuffix(want, "\n") {
					got = strings.TrimSuffix(got, "\n")
				}
				if got != want {
					i := 0
					for i < len(got) && i < len(want) && got[i] == want[i] {
						i++
					}
					t.Errorf("Decode(%s, %q): text differs from source at byte %d (len %d, want %d): got %q; want %q",
						tc.file, forced, i, len(got), len(want), clip(got, i), clip(want, i))
				}
			}
		})
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if !covered[e.Name()] {
			t.Errorf("fixture %s has no test case", e.Name())
		}
	}
}

func raw2str(b []byte) string { return string(b) }

// clip returns up to 40 bytes of s around i, for messages.
func clip(s string, i int) string {
	a, b := max(0, i-20), min(len(s), i+20)
	return s[a:b]
}

// TestDetectWindows decodes every window of w characters of the seed
// articles, encoded in Big5 and in GBK: detection must be right for every
// window of 8 characters or more, and nearly always for 4. (Shorter inputs
// are genuinely ambiguous: the rates are logged.)
func TestDetectWindows(t *testing.T) {
	for _, src := range [][]string{
		{"fixtures", "seed", "article.txt"},
		{"fixtures", "encodings", "seed-simplified.utf8.txt"},
	} {
		b, err := os.ReadFile(shared.Path(t, src...))
		if err != nil {
			t.Fatal(err)
		}
		rs := []rune(string(b))
		for _, w := range []int{1, 2, 4, 8, 16} {
			t.Run(fmt.Sprintf("%s/%d", src[len(src)-1], w), func(t *testing.T) {
				total, wrong := 0, 0
				for i := 0; i+w <= len(rs); i += 2 {
					s := string(rs[i : i+w])
					for _, enc := range []Encoding{Big5, GBK} {
						raw, err := encoderOf(enc).NewEncoder().Bytes([]byte(s))
						if err != nil || utf8.Valid(raw) {
							continue // not encodable, or not a detection problem
						}
						total++
						d, err := Decode(raw, "")
						if err != nil || d.Text != s {
							wrong++
							if w >= 8 {
								t.Errorf("Decode(%s %q) = %q, %s, %v; want %q", enc, s, d.Text, d.Encoding, err, s)
							}
						}
					}
				}
				t.Logf("windows of %d characters: %d of %d detected correctly (%.2f%%)",
					w, total-wrong, total, 100*float64(total-wrong)/float64(total))
				if w >= 4 && wrong*100 > total {
					t.Errorf("windows of %d characters: %d of %d wrong; want at most 1%%", w, wrong, total)
				}
			})
		}
	}
}
