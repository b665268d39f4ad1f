package corpus

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"
)

func TestReadInput(t *testing.T) {
	dir := t.TempDir()
	big5 := filepath.Join(dir, "big5.txt")
	if err := os.WriteFile(big5, []byte("\xA4\xA4\xA4\xE5\r\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	empty := filepath.Join(dir, "empty.txt")
	if err := os.WriteFile(empty, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing.txt")
	tests := []struct {
		desc   string
		name   string
		stdin  string
		forced string
		want   string
		enc    Encoding
		kind   error
	}{
		{"file", big5, "", "", "中文\n", Big5, nil},
		{"file forced", big5, "", "big5", "中文\n", Big5, nil},
		{"stdin", "-", "\xD6\xD0\xCE\xC4", "", "中文", GBK, nil},
		{"empty stdin", "-", "", "", "", UTF8, nil},
		{"empty file", empty, "", "", "", UTF8, nil},
		{"missing file", missing, "", "", "", "", fs.ErrNotExist},
		{"directory", dir, "", "", "", "", ErrRead},
		{"unknown encoding before reading", missing, "", "klingon", "", "", ErrUnknownEncoding},
		{"binary stdin", "-", "\x00\x01", "", "", "", ErrBinary},
	}
	for _, tc := range tests {
		t.Run(tc.desc, func(t *testing.T) {
			d, err := ReadInput(tc.name, strings.NewReader(tc.stdin), tc.forced)
			if tc.kind != nil {
				if !errors.Is(err, tc.kind) {
					t.Fatalf("ReadInput(%q) error %v; want %v", tc.name, err, tc.kind)
				}
				if strings.Contains(err.Error(), dir) {
					t.Errorf("error %q repeats the path; the caller adds it", err)
				}
				return
			}
			if err != nil {
				t.Fatalf("ReadInput(%q): %v", tc.name, err)
			}
			if d.Text != tc.want || d.Encoding != tc.enc {
				t.Errorf("ReadInput(%q) = %q, %s; want %q, %s", tc.name, d.Text, d.Encoding, tc.want, tc.enc)
			}
		})
	}
}

func TestReadError(t *testing.T) {
	_, err := Read(iotest.ErrReader(errors.New("disk on fire")), "")
	if !errors.Is(err, ErrRead) || !strings.Contains(err.Error(), "disk on fire") {
		t.Errorf("Read(failing reader) error %v; want ErrRead with the cause", err)
	}
}

func TestDecodeSHA256(t *testing.T) {
	d, err := Decode([]byte("abc"), "")
	if err != nil {
		t.Fatal(err)
	}
	const want = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
	if d.SHA256 != want {
		t.Errorf("SHA256 of %q = %s; want %s", "abc", d.SHA256, want)
	}
}

// TestReadRegularFile reads stdin that is a regular file, the path that
// sizes its buffer from the file.
func TestReadRegularFile(t *testing.T) {
	p := filepath.Join(t.TempDir(), "in.txt")
	want := strings.Repeat("政府發布新聞稿。\r\n", 1000)
	if err := os.WriteFile(p, []byte(want), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(p)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	d, err := ReadInput("-", f, "")
	if err != nil {
		t.Fatal(err)
	}
	if d.Text != normalizeNewlines(want) || d.Bytes != len(want) {
		t.Errorf("ReadInput(-, file) = %d bytes, %d bytes of text; want %d, %d", d.Bytes, len(d.Text), len(want), len(normalizeNewlines(want)))
	}
}
