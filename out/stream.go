package out

import (
	"bufio"
	"bytes"
	"encoding"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"
)

// streamJSON writes v as encoding/json would (with HTML characters left
// alone, indented by two spaces unless compact, and a final newline), but
// value by value into w instead of into one buffer for the whole document:
// the summary of a 20 MB article is over 100 MB of JSON, and encoding/json
// holds it twice (compact, then indented) before the first byte is written.
// It knows the kinds the summary uses (structs with json tags, slices,
// pointers, strings, integers, floats, booleans); maps, json.Marshaler and
// encoding.TextMarshaler values are handed to encoding/json whole, at their
// indentation. TestStreamJSON holds it to encoding/json on the golden
// documents and on random summaries.
func streamJSON(w io.Writer, v any, compact bool) error {
	rv := reflect.ValueOf(v)
	if err := checkFloats(rv); err != nil {
		return err
	}
	bw, ok := w.(*bufio.Writer)
	if !ok {
		bw = bufio.NewWriterSize(w, 64<<10)
	}
	s := jsonStream{w: bw, compact: compact}
	s.value(rv, 0)
	if s.err == nil {
		s.err = bw.WriteByte('\n')
	}
	if s.err == nil && !ok {
		s.err = bw.Flush()
	}
	return s.err
}

type jsonStream struct {
	w       *bufio.Writer
	compact bool
	buf     []byte
	err     error
}

// newline starts a line indented for depth.
func (s *jsonStream) newline(depth int) {
	if s.compact {
		return
	}
	s.w.WriteByte('\n')
	for range depth {
		s.w.WriteString("  ")
	}
}

var (
	marshalerType     = reflect.TypeFor[json.Marshaler]()
	textMarshalerType = reflect.TypeFor[encoding.TextMarshaler]()
)

func (s *jsonStream) value(v reflect.Value, depth int) {
	if s.err != nil {
		return
	}
	t := v.Type()
	if t.Kind() != reflect.Pointer && t.Kind() != reflect.Interface && (t.Implements(marshalerType) || t.Implements(textMarshalerType)) || t.Kind() == reflect.Map {
		s.delegate(v, depth)
		return
	}
	switch t.Kind() {
	case reflect.Struct:
		fields := fieldsOf(t)
		n := 0
		for _, f := range fields {
			fv := v.Field(f.index)
			if f.omitEmpty && isEmptyValue(fv) {
				continue
			}
			if n == 0 {
				s.w.WriteByte('{')
			} else {
				s.w.WriteByte(',')
			}
			n++
			s.newline(depth + 1)
			s.w.WriteString(f.key)
			if !s.compact {
				s.w.WriteByte(' ')
			}
			s.value(fv, depth+1)
		}
		if n == 0 {
			s.w.WriteString("{}")
			return
		}
		s.newline(depth)
		s.w.WriteByte('}')
	case reflect.Slice, reflect.Array:
		if t.Kind() == reflect.Slice && v.IsNil() {
			s.w.WriteString("null")
			return
		}
		if t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.Uint8 {
			s.delegate(v, depth) // base64
			return
		}
		if v.Len() == 0 {
			s.w.WriteString("[]")
			return
		}
		s.w.WriteByte('[')
		for i := range v.Len() {
			if i > 0 {
				s.w.WriteByte(',')
			}
			s.newline(depth + 1)
			s.value(v.Index(i), depth+1)
		}
		s.newline(depth)
		s.w.WriteByte(']')
	case reflect.Pointer, reflect.Interface:
		if v.IsNil() {
			s.w.WriteString("null")
			return
		}
		s.value(v.Elem(), depth)
	case reflect.String:
		s.str(v.String())
	case reflect.Bool:
		s.w.WriteString(strconv.FormatBool(v.Bool()))
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		s.buf = strconv.AppendInt(s.buf[:0], v.Int(), 10)
		s.w.Write(s.buf)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		s.buf = strconv.AppendUint(s.buf[:0], v.Uint(), 10)
		s.w.Write(s.buf)
	case reflect.Float32, reflect.Float64:
		s.buf = appendFloat(s.buf[:0], v.Float(), t.Bits())
		s.w.Write(s.buf)
	default:
		s.delegate(v, depth)
	}
}

// delegate writes v with encoding/json, indented as it stands at depth.
func (s *jsonStream) delegate(v reflect.Value, depth int) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if !s.compact {
		enc.SetIndent(strings.Repeat("  ", depth), "  ")
	}
	if err := enc.Encode(v.Interface()); err != nil {
		s.err = err
		return
	}
	s.w.Write(bytes.TrimSuffix(b.Bytes(), []byte{'\n'}))
}

// str writes a JSON string as encoding/json does without HTML escaping, a
// piece at a time.
func (s *jsonStream) str(v string) {
	s.w.WriteByte('"')
	for len(v) > 0 {
		n := min(len(v), 32<<10)
		for n < len(v) && !utf8.RuneStart(v[n]) {
			n++ // never cut a code point: it would turn into U+FFFD
		}
		s.buf = appendStringBody(s.buf[:0], v[:n])
		s.w.Write(s.buf)
		v = v[n:]
	}
	s.w.WriteByte('"')
}

const hexDigits = "0123456789abcdef"

// appendStringBody escapes src as encoding/json's appendString does with
// escapeHTML false, without the quotes.
func appendStringBody(dst []byte, src string) []byte {
	start := 0
	for i := 0; i < len(src); {
		if b := src[i]; b < utf8.RuneSelf {
			if b >= 0x20 && b != '"' && b != '\\' {
				i++
				continue
			}
			dst = append(dst, src[start:i]...)
			switch b {
			case '\\', '"':
				dst = append(dst, '\\', b)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hexDigits[b>>4], hexDigits[b&0xF])
			}
			i++
			start = i
			continue
		}
		c, size := utf8.DecodeRuneInString(src[i:])
		if c == utf8.RuneError && size == 1 {
			dst = append(dst, src[start:i]...)
			dst = append(dst, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if c == '\u2028' || c == '\u2029' {
			dst = append(dst, src[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[c&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	return append(dst, src[start:]...)
}

// appendFloat formats f as encoding/json does (ES6 number conversion).
func appendFloat(b []byte, f float64, bits int) []byte {
	abs := math.Abs(f)
	format := byte('f')
	if abs != 0 {
		if bits == 64 && (abs < 1e-6 || abs >= 1e21) || bits == 32 && (float32(abs) < 1e-6 || float32(abs) >= 1e21) {
			format = 'e'
		}
	}
	b = strconv.AppendFloat(b, f, format, -1, bits)
	if format == 'e' {
		n := len(b)
		if n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			b = b[:n-1]
		}
	}
	return b
}

// checkFloats returns encoding/json's error for a NaN or infinite float
// anywhere in v, so that nothing is written for a summary that cannot be.
func checkFloats(v reflect.Value) error {
	switch v.Kind() {
	case reflect.Float32, reflect.Float64:
		if f := v.Float(); math.IsNaN(f) || math.IsInf(f, 0) {
			return &json.UnsupportedValueError{Value: v, Str: strconv.FormatFloat(f, 'g', -1, v.Type().Bits())}
		}
	case reflect.Struct:
		for _, f := range fieldsOf(v.Type()) {
			if err := checkFloats(v.Field(f.index)); err != nil {
				return err
			}
		}
	case reflect.Slice, reflect.Array:
		if !hasFloats(v.Type().Elem()) {
			return nil
		}
		for i := range v.Len() {
			if err := checkFloats(v.Index(i)); err != nil {
				return err
			}
		}
	case reflect.Pointer:
		if !v.IsNil() {
			return checkFloats(v.Elem())
		}
	}
	return nil
}

// hasFloats reports whether values of t can hold a float (maps and
// interfaces are checked by encoding/json when delegated).
func hasFloats(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Float32, reflect.Float64:
		return true
	case reflect.Struct:
		for _, f := range fieldsOf(t) {
			if hasFloats(t.Field(f.index).Type) {
				return true
			}
		}
	case reflect.Slice, reflect.Array, reflect.Pointer:
		return hasFloats(t.Elem())
	}
	return false
}

// jsonField is a struct field as encoding/json writes it.
type jsonField struct {
	index     int
	key       string // the quoted name and the colon
	omitEmpty bool
}

var fieldCache sync.Map // reflect.Type → []jsonField

// fieldsOf returns the exported fields of t with their JSON names, in
// order. The summary's types have no embedded structs and no "string"
// option; fieldsOf panics on them so that a new type cannot silently be
// written otherwise than encoding/json would.
func fieldsOf(t reflect.Type) []jsonField {
	if f, ok := fieldCache.Load(t); ok {
		return f.([]jsonField)
	}
	var fields []jsonField
	for i := range t.NumField() {
		sf := t.Field(i)
		if !sf.IsExported() {
			continue
		}
		if sf.Anonymous {
			panic(fmt.Sprintf("out: streamJSON: embedded field %s.%s", t, sf.Name))
		}
		tag := sf.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if name == "" {
			name = sf.Name
		}
		f := jsonField{index: i, key: string(appendStringBody([]byte{'"'}, name)) + `":`}
		for _, o := range strings.Split(opts, ",") {
			switch o {
			case "omitempty":
				f.omitEmpty = true
			case "":
			default:
				panic(fmt.Sprintf("out: streamJSON: option %q on %s.%s", o, t, sf.Name))
			}
		}
		fields = append(fields, f)
	}
	fieldCache.Store(t, fields)
	return fields
}

// isEmptyValue is encoding/json's test for omitempty.
func isEmptyValue(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Bool,
		reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64,
		reflect.Interface, reflect.Pointer:
		return v.IsZero()
	}
	return false
}
