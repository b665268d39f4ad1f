//go:build unix

package main

import (
	"io"
	"os"
	"syscall"
)

// fdFile is a regular file read through its bare descriptor: os.File
// would also put the descriptor in non-blocking mode, try to register it
// with the poller (which fails for regular files) and put it back, three
// system calls per input of a batch. Its reads and errors are os.File's.
type fdFile struct {
	fd   int
	name string
	size int64
}

// openRegular opens name and, when it is a regular file, returns it as an
// fdFile (ok). When it opens but is something else (a directory, a pipe,
// a device), the open descriptor comes back as an os.File, so that a pipe
// is not opened twice; when it does not open, both are nil and os.Open is
// to tell why.
func openRegular(name string) (rf *fdFile, f *os.File, ok bool) {
	var fd int
	var err error
	for {
		fd, err = syscall.Open(name, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil {
		return nil, nil, false
	}
	var st syscall.Stat_t
	for {
		err = syscall.Fstat(fd, &st)
		if err != syscall.EINTR {
			break
		}
	}
	if err != nil || st.Mode&syscall.S_IFMT != syscall.S_IFREG {
		return nil, os.NewFile(uintptr(fd), name), false
	}
	return &fdFile{fd: fd, name: name, size: st.Size}, nil, true
}

// Read is os.File's Read: io.EOF at the end, errors as *os.PathError.
func (f *fdFile) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	if len(p) > 1<<30 {
		p = p[:1<<30]
	}
	for {
		n, err := syscall.Read(f.fd, p)
		switch {
		case err == syscall.EINTR:
			continue
		case err != nil:
			return 0, &os.PathError{Op: "read", Path: f.name, Err: err}
		case n == 0:
			return 0, io.EOF
		}
		return n, nil
	}
}

func (f *fdFile) close() { syscall.Close(f.fd) }
