package out

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// stdJSON is what Encode wrote before streamJSON: encoding/json's Encoder.
func stdJSON(v any, compact bool) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if !compact {
		enc.SetIndent("", "  ")
	}
	err := enc.Encode(v)
	return buf.Bytes(), err
}

func checkSameJSON(t *testing.T, what string, a *Article) {
	t.Helper()
	for _, compact := range []bool{false, true} {
		want, werr := stdJSON(a, compact)
		var got bytes.Buffer
		gerr := Encode(&got, a, compact)
		if (werr != nil) != (gerr != nil) {
			t.Fatalf("%s (compact %v): Encode error %v; encoding/json %v", what, compact, gerr, werr)
		}
		if werr != nil {
			if got.Len() != 0 {
				t.Errorf("%s: Encode wrote %d bytes before failing", what, got.Len())
			}
			continue
		}
		if !bytes.Equal(got.Bytes(), want) {
			i := 0
			for i < len(want) && i < got.Len() && want[i] == got.Bytes()[i] {
				i++
			}
			t.Fatalf("%s (compact %v): differs from encoding/json at byte %d: %q vs %q", what, compact, i,
				got.Bytes()[max(0, i-40):min(got.Len(), i+40)], want[max(0, i-40):min(len(want), i+40)])
		}
	}
}

// TestStreamJSON holds Encode to encoding/json: on the golden summaries,
// and on random summaries with every kind of string (control characters,
// invalid UTF-8, U+2028, HTML characters, long texts), float magnitudes,
// nil and empty slices, nil pointers and metadata maps.
func TestStreamJSON(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "html", "*.json"))
	files = append(files, filepath.Join("..", "cmd", "zhpipe", "testdata", "seed.golden.json"))
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var a Article
		if err := json.Unmarshal(data, &a); err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		checkSameJSON(t, f, &a)
	}
	rng := rand.New(rand.NewPCG(11, 12))
	for i := range 400 {
		var a Article
		fillRandom(rng, reflect.ValueOf(&a).Elem(), 0)
		checkSameJSON(t, "random summary", &a)
		if i%50 == 0 {
			a.Text = strings.Repeat("中文\u2028\"<&>\x01\xff", 20000) // longer than one piece
			checkSameJSON(t, "long text", &a)
		}
	}
	var a Article
	a.Quantities = []Quantity{{Value: math.NaN()}}
	checkSameJSON(t, "NaN", &a)
	a.Quantities = []Quantity{{Value: math.Inf(1)}}
	checkSameJSON(t, "Inf", &a)
}

var randomStrings = []string{"", "a", "中文", "\"quoted\"", "back\\slash", "<b>&amp;</b>", "\x00\x1f\t\n\r\b\f", "\u2028\u2029", "\xff\xfe", "𠮷", "川普政府"}

// fillRandom fills v with random values, nil or empty slices and pointers
// among them.
func fillRandom(rng *rand.Rand, v reflect.Value, depth int) {
	switch v.Kind() {
	case reflect.String:
		var b strings.Builder
		for range rng.IntN(4) {
			b.WriteString(randomStrings[rng.IntN(len(randomStrings))])
		}
		v.SetString(b.String())
	case reflect.Int, reflect.Int64:
		v.SetInt(rng.Int64N(2000) - 100)
	case reflect.Bool:
		v.SetBool(rng.IntN(2) == 0)
	case reflect.Float64:
		fs := []float64{0, 1, -1.5, 1e-7, 1e21, 123456789.125, 0.1, 3e-9, -2e30, 1 << 53}
		v.SetFloat(fs[rng.IntN(len(fs))])
	case reflect.Pointer:
		if rng.IntN(3) == 0 || depth > 4 {
			return
		}
		p := reflect.New(v.Type().Elem())
		fillRandom(rng, p.Elem(), depth+1)
		v.Set(p)
	case reflect.Slice:
		switch rng.IntN(4) {
		case 0:
			return // nil
		case 1:
			v.Set(reflect.MakeSlice(v.Type(), 0, 0))
			return
		}
		if depth > 4 {
			return
		}
		n := 1 + rng.IntN(3)
		s := reflect.MakeSlice(v.Type(), n, n)
		for i := range n {
			fillRandom(rng, s.Index(i), depth+1)
		}
		v.Set(s)
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fillRandom(rng, v.Field(i), depth+1)
			}
		}
	case reflect.Map:
		if rng.IntN(2) == 0 {
			return
		}
		m := map[string]any{"url": "https://example.org/?a=1&b=<2>", "n": 3.5, "raw": json.RawMessage(`{"x": [1, 2]}`), "list": []any{"a", nil}}
		v.Set(reflect.ValueOf(m))
	}
}

// TestStreamJSONWriteError reports the writer's error.
func TestStreamJSONWriteError(t *testing.T) {
	var a Article
	fillRandom(rand.New(rand.NewPCG(1, 1)), reflect.ValueOf(&a).Elem(), 0)
	a.Text = strings.Repeat("x", 1<<20)
	if err := Encode(failWriter{}, &a, false); err == nil {
		t.Errorf("Encode to a failing writer = nil error")
	}
	bw := bufio.NewWriterSize(failWriter{}, 16)
	if err := Encode(bw, &a, false); err == nil {
		t.Errorf("Encode to a failing bufio.Writer = nil error")
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, os.ErrClosed }

func BenchmarkEncode(b *testing.B) {
	data, err := os.ReadFile(filepath.Join("..", "cmd", "zhpipe", "testdata", "seed.golden.json"))
	if err != nil {
		b.Fatal(err)
	}
	var a Article
	if err := json.Unmarshal(data, &a); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if err := Encode(io.Discard, &a, false); err != nil {
			b.Fatal(err)
		}
	}
}

// TestAppendStringBody holds appendStringBody to encoding/json (HTML not
// escaped) on random strings of ASCII, escapes, CJK, U+2028/U+2029 and
// their neighbours, and broken UTF-8.
func TestAppendStringBody(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	pieces := []string{"a", "中", "國", "\u2028", "\u2029", "\u2027", "\u202a", "\u2000", "\"", "\\", "\n", "\t", "\x1f", "\x7f", "<", "&",
		"\xff", "\xe2\x80", "\xe2\x80\xa8\xa9", "\xed\xa0\x80", "\xe0\xa0\x80", "\xe0\x80\x80", "\xef\xbc", "é", "😀", "\xf0\x9f", "\xc0\xaf", "\uffff", "\ufffd", "\ue000"}
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(8) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		v := b.String()
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(v); err != nil {
			t.Fatal(err)
		}
		w := strings.TrimSuffix(want.String(), "\n")
		if got := `"` + string(appendStringBody(nil, v)) + `"`; got != w {
			t.Fatalf("appendStringBody(%q) = %s; encoding/json gives %s", v, got, w)
		}
	}
}
