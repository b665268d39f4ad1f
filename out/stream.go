package out

import (
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
	bp := outBufs.Get().(*[]byte)
	s := jsonStream{w: w, compact: compact, out: (*bp)[:0]}
	s.value(rv, 0)
	s.out = append(s.out, '\n')
	s.flush(true)
	if cap(s.out) <= 4*flushSize {
		*bp = s.out[:0]
		outBufs.Put(bp)
	}
	return s.err
}

// outBufs holds jsonStream output buffers for reuse.
var outBufs = sync.Pool{New: func() any {
	b := make([]byte, 0, flushSize+flushSize/2)
	return &b
}}

type jsonStream struct {
	w       io.Writer
	compact bool
	out     []byte // output not yet written to w
	err     error
}

// newline starts a line indented for depth.
func (s *jsonStream) newline(depth int) {
	if s.compact {
		return
	}
	if 2*depth < len(newlineSpaces) {
		s.out = append(s.out, newlineSpaces[:1+2*depth]...)
		return
	}
	s.out = append(s.out, '\n')
	for n := 2 * depth; n > 0; {
		k := min(n, len(spaces))
		s.out = append(s.out, spaces[:k]...)
		n -= k
	}
}

const newlineSpaces = "\n" + spaces

const spaces = "                                                                "

// flushSize is how much output jsonStream gathers before writing it on.
const flushSize = 32 << 10

// flush writes the gathered output on once there is enough of it (or
// always, with force).
func (s *jsonStream) flush(force bool) {
	if len(s.out) == 0 || !force && len(s.out) < flushSize || s.err != nil {
		return
	}
	_, s.err = s.w.Write(s.out)
	s.out = s.out[:0]
}

var (
	marshalerType     = reflect.TypeFor[json.Marshaler]()
	textMarshalerType = reflect.TypeFor[encoding.TextMarshaler]()
)

func (s *jsonStream) value(v reflect.Value, depth int) {
	s.valuePlan(v, planOf(v.Type()), depth)
}

func (s *jsonStream) valuePlan(v reflect.Value, p *jsonType, depth int) {
	if s.err != nil {
		return
	}
	s.flush(false)
	if p.delegate {
		s.delegate(v, depth)
		return
	}
	switch p.kind {
	case reflect.Struct:
		n := 0
		for i := range p.fields {
			f := &p.fields[i]
			fv := v.Field(f.index)
			if f.omitEmpty && isEmptyValue(fv) {
				continue
			}
			if n == 0 {
				s.out = append(s.out, '{')
			} else {
				s.out = append(s.out, ',')
			}
			n++
			s.newline(depth + 1)
			s.out = append(s.out, f.key...)
			if !s.compact {
				s.out = append(s.out, ' ')
			}
			s.valuePlan(fv, f.plan, depth+1)
		}
		if n == 0 {
			s.out = append(s.out, "{}"...)
			return
		}
		s.newline(depth)
		s.out = append(s.out, '}')
	case reflect.Slice, reflect.Array:
		if p.kind == reflect.Slice && v.IsNil() {
			s.out = append(s.out, "null"...)
			return
		}
		if p.bytes {
			s.delegate(v, depth) // base64
			return
		}
		n := v.Len()
		if n == 0 {
			s.out = append(s.out, "[]"...)
			return
		}
		s.out = append(s.out, '[')
		for i := range n {
			if i > 0 {
				s.out = append(s.out, ',')
			}
			s.newline(depth + 1)
			s.valuePlan(v.Index(i), p.elem, depth+1)
		}
		s.newline(depth)
		s.out = append(s.out, ']')
	case reflect.Pointer:
		if v.IsNil() {
			s.out = append(s.out, "null"...)
			return
		}
		s.valuePlan(v.Elem(), p.elem, depth)
	case reflect.Interface:
		if v.IsNil() {
			s.out = append(s.out, "null"...)
			return
		}
		s.value(v.Elem(), depth)
	case reflect.String:
		s.str(v.String())
	case reflect.Bool:
		if v.Bool() {
			s.out = append(s.out, "true"...)
		} else {
			s.out = append(s.out, "false"...)
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		s.out = strconv.AppendInt(s.out, v.Int(), 10)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		s.out = strconv.AppendUint(s.out, v.Uint(), 10)
	case reflect.Float32, reflect.Float64:
		s.out = appendFloat(s.out, v.Float(), p.bits)
	default:
		s.delegate(v, depth)
	}
}

// jsonType is the compiled plan for writing values of one type: what
// value and checkFloats would otherwise work out from reflect.Type for
// every value (fields, tags, marshaler checks) is worked out once.
type jsonType struct {
	kind      reflect.Kind
	delegate  bool        // written by encoding/json whole
	bytes     bool        // []byte: base64 through encoding/json
	fields    []jsonField // struct fields, in order
	elem      *jsonType   // element of a slice, array or pointer
	bits      int         // float size
	hasFloats bool        // values can hold a float (see hasFloats)
}

var (
	planMu    sync.Mutex
	planCache sync.Map // reflect.Type → *jsonType
)

// planOf returns the plan of t, compiling it (and the plans of the types
// it holds) on first use.
func planOf(t reflect.Type) *jsonType {
	if p, ok := planCache.Load(t); ok {
		return p.(*jsonType)
	}
	planMu.Lock()
	defer planMu.Unlock()
	building := map[reflect.Type]*jsonType{}
	p := compilePlan(t, building)
	for t, p := range building {
		planCache.Store(t, p)
	}
	return p
}

func compilePlan(t reflect.Type, building map[reflect.Type]*jsonType) *jsonType {
	if p, ok := planCache.Load(t); ok {
		return p.(*jsonType)
	}
	if p, ok := building[t]; ok {
		return p
	}
	p := &jsonType{kind: t.Kind()}
	building[t] = p
	if t.Kind() != reflect.Pointer && t.Kind() != reflect.Interface && (t.Implements(marshalerType) || t.Implements(textMarshalerType)) || t.Kind() == reflect.Map {
		p.delegate = true
		return p
	}
	switch t.Kind() {
	case reflect.Struct:
		p.fields = append([]jsonField(nil), fieldsOf(t)...)
		for i := range p.fields {
			p.fields[i].plan = compilePlan(t.Field(p.fields[i].index).Type, building)
		}
	case reflect.Slice, reflect.Array, reflect.Pointer:
		if t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.Uint8 {
			p.bytes = true
		}
		p.elem = compilePlan(t.Elem(), building)
	case reflect.Float32, reflect.Float64:
		p.bits = t.Bits()
	case reflect.Interface, reflect.String, reflect.Bool,
		reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
	default:
		p.delegate = true
	}
	p.hasFloats = hasFloats(t)
	return p
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
	s.out = append(s.out, bytes.TrimSuffix(b.Bytes(), []byte{'\n'})...)
	s.flush(false)
}

// str writes a JSON string as encoding/json does without HTML escaping, a
// piece at a time.
func (s *jsonStream) str(v string) {
	s.out = append(s.out, '"')
	if len(v) <= flushSize && plainString(v) {
		s.out = append(s.out, v...)
	} else {
		for len(v) > 0 {
			n := min(len(v), flushSize)
			for n < len(v) && !utf8.RuneStart(v[n]) {
				n++ // never cut a code point: it would turn into U+FFFD
			}
			s.out = appendStringBody(s.out, v[:n])
			s.flush(false)
			v = v[n:]
		}
	}
	s.out = append(s.out, '"')
}

// plainString reports whether v is valid UTF-8 that appendStringBody
// would copy unchanged: no control characters, quotes, backslashes,
// U+2028 or U+2029.
func plainString(v string) bool {
	for i := 0; i < len(v); {
		b := v[i]
		if b < utf8.RuneSelf {
			if b < 0x20 || b == '"' || b == '\\' {
				return false
			}
			i++
			continue
		}
		// Three-byte sequences whose lead admits any continuation bytes
		// (most of the BMP, CJK included) are checked inline.
		if (0xE1 <= b && b <= 0xEC || b == 0xEE || b == 0xEF) && i+2 < len(v) {
			c1, c2 := v[i+1], v[i+2]
			if c1&0xC0 != 0x80 || c2&0xC0 != 0x80 {
				return false
			}
			if b == 0xE2 && c1 == 0x80 && (c2 == 0xA8 || c2 == 0xA9) {
				return false // U+2028, U+2029
			}
			i += 3
			continue
		}
		r, n := utf8.DecodeRuneInString(v[i:])
		if r == utf8.RuneError && n == 1 {
			return false
		}
		i += n
	}
	return true
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
		// Three-byte sequences whose lead admits any continuation bytes
		// (most of the BMP, CJK included) are valid and copied as they
		// are, unless they are U+2028 or U+2029 (E2 80 A8/A9).
		if b := src[i]; (0xE1 <= b && b <= 0xEC || b == 0xEE || b == 0xEF) && i+2 < len(src) &&
			src[i+1]&0xC0 == 0x80 && src[i+2]&0xC0 == 0x80 && !(b == 0xE2 && src[i+1] == 0x80 && src[i+2]&0xFE == 0xA8) {
			i += 3
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
func checkFloats(v reflect.Value) error { return checkFloatsPlan(v, planOf(v.Type())) }

func checkFloatsPlan(v reflect.Value, p *jsonType) error {
	if !p.hasFloats {
		return nil
	}
	switch p.kind {
	case reflect.Float32, reflect.Float64:
		if f := v.Float(); math.IsNaN(f) || math.IsInf(f, 0) {
			return &json.UnsupportedValueError{Value: v, Str: strconv.FormatFloat(f, 'g', -1, p.bits)}
		}
	case reflect.Struct:
		for i := range p.fields {
			f := &p.fields[i]
			if err := checkFloatsPlan(v.Field(f.index), f.plan); err != nil {
				return err
			}
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			if err := checkFloatsPlan(v.Index(i), p.elem); err != nil {
				return err
			}
		}
	case reflect.Pointer:
		if !v.IsNil() {
			return checkFloatsPlan(v.Elem(), p.elem)
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
	plan      *jsonType // the field type's plan (set by compilePlan)
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
