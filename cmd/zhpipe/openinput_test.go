//go:build unix

package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"syscall"
	"testing"
)

// TestOpenInputSameAsOS compares openInput with os.Open's way
// (openInputOS) on a regular file, an empty one, a directory, a missing
// file and, where there are named pipes, a pipe: the same size, bytes and
// error. (Elsewhere openInput is os.Open's way.)
func TestOpenInputSameAsOS(t *testing.T) {
	dir := t.TempDir()
	full := filepath.Join(dir, "a.txt")
	empty := filepath.Join(dir, "empty.txt")
	os.WriteFile(full, []byte("中文\n第二行"), 0o644)
	os.WriteFile(empty, nil, 0o644)
	cases := []string{full, empty, dir, filepath.Join(dir, "missing.txt"), filepath.Join(full, "x")}
	for _, name := range cases {
		got := readInput(t, openInput, name)
		if want := readInput(t, openInputOS, name); got != want {
			t.Errorf("%s: openInput gives %s; os.Open's way %s", name, got, want)
		}
	}
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Logf("no named pipe: %v", err)
		return
	}
	for _, open := range []func(string) (io.Reader, int64, func(), error){openInput, openInputOS} {
		done := make(chan error)
		go func() {
			f, err := os.OpenFile(fifo, os.O_WRONLY, 0)
			if err == nil {
				_, err = f.WriteString("管道里的文字")
				f.Close()
			}
			done <- err
		}()
		if got, want := readInput(t, open, fifo), "size -1, \"管道里的文字\", err <nil>"; got != want {
			t.Errorf("pipe: got %s; want %s", got, want)
		}
		if err := <-done; err != nil {
			t.Fatal(err)
		}
	}
}

// readInput opens name with open and describes what it gives.
func readInput(t *testing.T, open func(string) (io.Reader, int64, func(), error), name string) string {
	t.Helper()
	r, size, closeFn, err := open(name)
	if err != nil {
		return fmt.Sprintf("error %v", err)
	}
	defer closeFn()
	data, err := io.ReadAll(r)
	return fmt.Sprintf("size %d, %q, err %v", size, data, err)
}
