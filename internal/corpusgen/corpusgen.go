// Package corpusgen builds the hard-case test corpus for batch runs: one
// file per People's Daily 1998 article (a directory per day and section),
// written in a mix of encodings, plus the inputs a batch must survive
// (empty files, a binary file, truncated GBK, invalid UTF-8) and, on
// request, a 50 MB article and a file that is one 10 MB line. It reads the
// shared evaluation data and writes only under the directory it is given.
package corpusgen

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf16"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"

	"github.com/zhpipe/zhpipe/pipeline/convert"
)

// Options selects what Generate writes.
type Options struct {
	// Big adds a 50 MB article and a file that is a single 10 MB line.
	Big bool
	// MaxArticles limits the People's Daily articles (0: all 3,151).
	MaxArticles int
}

// Result lists what was written.
type Result struct {
	Files int      // all files written
	Bytes int64    // their total size
	Bad   []string // files a batch must report as failed, relative to dir
	Big   []string // the large files, relative to dir
}

// Generate writes the corpus under dir from sharedDir's People's Daily
// corpus and seed article.
func Generate(sharedDir, dir string, opts Options) (Result, error) {
	var res Result
	articles, err := readPD(filepath.Join(sharedDir, "eval", "corpus", "pd1998", "199801.utf8.txt"))
	if err != nil {
		return res, err
	}
	if opts.MaxArticles > 0 && len(articles) > opts.MaxArticles {
		articles = articles[:opts.MaxArticles]
	}
	s2tw, err := convert.New("s2tw")
	if err != nil {
		return res, err
	}
	write := func(rel string, data []byte) error {
		p := filepath.Join(dir, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		res.Files++
		res.Bytes += int64(len(data))
		return os.WriteFile(p, data, 0o644)
	}
	for i, a := range articles {
		text := strings.Join(a.lines, "\n") + "\n"
		var data []byte
		ext := ".txt"
		switch i % 6 {
		case 0, 1:
			data = []byte(text)
		case 2:
			data, err = simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(text))
		case 3:
			data = utf16LE(text)
		case 4:
			data = append([]byte("\ufeff"), strings.ReplaceAll(text, "\n", "\r\n")...)
		case 5:
			data, err = traditionalchinese.Big5.NewEncoder().Bytes([]byte(s2tw.Convert(text)))
			if err != nil { // a character Big5 lacks: keep the Traditional text in UTF-8
				data, err = []byte(s2tw.Convert(text)), nil
			}
		}
		if err != nil {
			return res, fmt.Errorf("corpusgen: %s: %w", a.id, err)
		}
		if err := write(filepath.Join(a.day, a.section, a.id+ext), data); err != nil {
			return res, err
		}
	}
	bad := map[string][]byte{
		"bad/binary.txt":        append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), bytes.Repeat([]byte{0, 1, 2, 0xff}, 64)...),
		"bad/invalid-utf8.txt":  []byte("有效的文字\xff\xfe\xfd然後\x80無效"),
		"bad/truncated-gbk.txt": truncatedGBK(articles[0].lines),
	}
	for _, rel := range sortedKeys(bad) {
		if err := write(rel, bad[rel]); err != nil {
			return res, err
		}
		res.Bad = append(res.Bad, rel)
	}
	for i := 0; i < 10; i++ {
		if err := write(fmt.Sprintf("empty/%02d.txt", i), nil); err != nil {
			return res, err
		}
	}
	if opts.Big {
		var all strings.Builder
		for _, a := range articles {
			all.WriteString(strings.Join(a.lines, "\n"))
			all.WriteString("\n")
		}
		unit := all.String()
		var big bytes.Buffer
		for big.Len() < 50<<20 {
			big.WriteString(unit)
		}
		if err := write("big/50mb.txt", big.Bytes()); err != nil {
			return res, err
		}
		line := strings.ReplaceAll(unit, "\n", "")
		var long bytes.Buffer
		for long.Len() < 10<<20 {
			long.WriteString(line)
		}
		if err := write("big/one-line-10mb.txt", long.Bytes()); err != nil {
			return res, err
		}
		res.Big = []string{"big/50mb.txt", "big/one-line-10mb.txt"}
	}
	return res, nil
}

// Document returns one long Traditional article of at least size bytes: the
// People's Daily articles, converted with s2tw, repeated as needed. It is the
// large single document of the speed and memory benchmarks (make bench).
func Document(sharedDir string, size int) ([]byte, error) {
	articles, err := readPD(filepath.Join(sharedDir, "eval", "corpus", "pd1998", "199801.utf8.txt"))
	if err != nil {
		return nil, err
	}
	s2tw, err := convert.New("s2tw")
	if err != nil {
		return nil, err
	}
	var unit strings.Builder
	for _, a := range articles {
		unit.WriteString(strings.Join(a.lines, "\n"))
		unit.WriteString("\n\n")
	}
	trad := s2tw.Convert(unit.String())
	var doc bytes.Buffer
	for doc.Len() < size {
		if rest := size - doc.Len(); rest < len(trad) {
			// cut at a paragraph end so that the document ends cleanly
			if cut := strings.LastIndex(trad[:rest], "\n\n"); cut > 0 {
				trad = trad[:cut+2]
			}
			doc.WriteString(trad)
			break
		}
		doc.WriteString(trad)
	}
	return doc.Bytes(), nil
}

type article struct {
	day, section, id string
	lines            []string
}

// readPD reads the segmented corpus back into plain text, one article per
// day-section-number identifier.
func readPD(path string) ([]article, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []article
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) < 2 {
			continue
		}
		id := strings.TrimSuffix(fields[0], "/m") // 19980101-01-001-001
		parts := strings.Split(id, "-")
		if len(parts) != 4 {
			continue
		}
		var b strings.Builder
		for _, tok := range fields[1:] {
			tok = strings.TrimPrefix(tok, "[")
			if i := strings.LastIndex(tok, "]"); i > 0 && i > strings.LastIndex(tok, "/") {
				tok = tok[:i]
			}
			if i := strings.LastIndex(tok, "/"); i > 0 {
				tok = tok[:i]
			}
			b.WriteString(tok)
		}
		key := parts[0] + "-" + parts[1] + "-" + parts[2]
		if n := len(out); n == 0 || out[n-1].id != key {
			out = append(out, article{day: parts[0], section: parts[1], id: key})
		}
		out[len(out)-1].lines = append(out[len(out)-1].lines, b.String())
	}
	return out, sc.Err()
}

func utf16LE(s string) []byte {
	units := utf16.Encode([]rune(s))
	b := make([]byte, 2, 2+2*len(units))
	b[0], b[1] = 0xFF, 0xFE
	for _, u := range units {
		b = append(b, byte(u), byte(u>>8))
	}
	return b
}

// truncatedGBK is GBK text cut in the middle of its last character.
func truncatedGBK(lines []string) []byte {
	data, _ := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(strings.Join(lines, "\n")))
	for len(data) > 0 && data[len(data)-1] < 0x80 {
		data = data[:len(data)-1]
	}
	return data[:len(data)-1]
}

func sortedKeys(m map[string][]byte) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	for i := 1; i < len(ks); i++ {
		for j := i; j > 0 && ks[j] < ks[j-1]; j-- {
			ks[j], ks[j-1] = ks[j-1], ks[j]
		}
	}
	return ks
}
