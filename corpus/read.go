package corpus

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

// ReadFile reads and decodes the file at path (see Decode). Errors do not
// repeat the path: the caller that knows it adds it.
func ReadFile(path, forced string) (Decoded, error) {
	// Check the name before reading a possibly large file.
	if _, err := ParseEncoding(forced); err != nil {
		return Decoded{}, err
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return Decoded{}, readError(err)
	}
	return Decode(raw, forced)
}

// Read reads r to its end and decodes what it read (see Decode).
func Read(r io.Reader, forced string) (Decoded, error) {
	if _, err := ParseEncoding(forced); err != nil {
		return Decoded{}, err
	}
	raw, err := readAll(r)
	if err != nil {
		return Decoded{}, readError(err)
	}
	return Decode(raw, forced)
}

// readAll reads r to its end. When r is a regular file (stdin redirected
// from a file), it reads into a buffer of the file's size at once instead
// of growing one, which would briefly need up to twice the memory.
func readAll(r io.Reader) ([]byte, error) {
	f, ok := r.(*os.File)
	if !ok {
		return io.ReadAll(r)
	}
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() {
		return io.ReadAll(r)
	}
	// The file may be read from its current offset, or grow: leave room.
	b := bytes.NewBuffer(make([]byte, 0, st.Size()+512))
	_, err = b.ReadFrom(f)
	return b.Bytes(), err
}

// ReadInput reads and decodes the input that a command-line argument names:
// "-" reads stdin, anything else is a file path.
func ReadInput(name string, stdin io.Reader, forced string) (Decoded, error) {
	if name == "-" {
		return Read(stdin, forced)
	}
	return ReadFile(name, forced)
}

// readError wraps an I/O error, dropping the path an *fs.PathError repeats.
func readError(err error) error {
	var pe *fs.PathError
	cause := err
	if errors.As(err, &pe) {
		cause = pe.Err
	}
	return &Error{Kind: ErrRead, Offset: -1, msg: fmt.Sprintf("cannot read input: %v", cause), err: err}
}
