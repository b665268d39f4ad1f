package corpus

import "errors"

// The kinds of decoding failure. An *Error wraps exactly one of them, so
// callers can test with errors.Is.
var (
	// ErrBinary reports input that is not text: a NUL byte (a NUL
	// character in UTF-16), or control characters making up more than 1%
	// of the decoded text.
	ErrBinary = errors.New("binary input")
	// ErrTruncated reports input that ends inside a multibyte sequence.
	ErrTruncated = errors.New("truncated input")
	// ErrInvalid reports byte sequences that are invalid in the forced
	// encoding, or in every candidate encoding when detecting, or a
	// detected decoding that is not plausible text.
	ErrInvalid = errors.New("undecodable input")
	// ErrUnknownEncoding reports an encoding name that ParseEncoding does
	// not know.
	ErrUnknownEncoding = errors.New("unknown encoding")
	// ErrRead reports a failure to read the input itself.
	ErrRead = errors.New("read error")
)

// Error is the error type of this package. Its message is one line,
// "corpus: <problem>"; the caller adds the file name.
type Error struct {
	// Kind is one of ErrBinary, ErrTruncated, ErrInvalid,
	// ErrUnknownEncoding or ErrRead.
	Kind error
	// Encoding is the encoding concerned, or "" when there is none
	// (failed detection, a NUL byte found before detection, an unknown
	// name, a read error).
	Encoding Encoding
	// Offset is the byte offset in the raw input where the problem was
	// found (for failed detection, the first byte that is not UTF-8), or
	// -1 when it has no single position (too many control characters, an
	// unknown name, a read error).
	Offset int
	msg    string
	err    error // underlying cause (reads only)
}

// Error returns the one-line message "corpus: <problem>".
func (e *Error) Error() string { return "corpus: " + e.msg }

// Unwrap returns the kind and, for read errors, the underlying cause.
func (e *Error) Unwrap() []error {
	if e.err != nil {
		return []error{e.Kind, e.err}
	}
	return []error{e.Kind}
}
