package main

import (
	"fmt"
	"io"
	"os"
)

// openInput opens the named input for reading: its reader, its size (-1
// when it is not a regular file) and the function that closes it. A
// regular file is read through its bare descriptor (openRegular) where the
// system has one; anything else, and any error, goes through os.Open, whose
// errors name the problem as before.
func openInput(name string) (r io.Reader, size int64, closeFn func(), err error) {
	if rf, f, ok := openRegular(name); ok {
		return rf, rf.size, rf.close, nil
	} else if f != nil {
		return statInput(f)
	}
	return openInputOS(name)
}

// openInputOS is openInput through os.Open.
func openInputOS(name string) (io.Reader, int64, func(), error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, 0, nil, unwrapPathError(err)
	}
	return statInput(f)
}

// statInput checks what the open file f is: a directory is an error, a
// regular file has a size.
func statInput(f *os.File) (io.Reader, int64, func(), error) {
	size := int64(-1)
	st, err := f.Stat()
	if err == nil && st.IsDir() {
		f.Close()
		return nil, 0, nil, fmt.Errorf("is a directory")
	}
	if err == nil && st.Mode().IsRegular() {
		size = st.Size()
	}
	return f, size, func() { f.Close() }, nil
}
