package corpus

import (
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
	raw, err := io.ReadAll(r)
	if err != nil {
		return Decoded{}, readError(err)
	}
	return Decode(raw, forced)
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
