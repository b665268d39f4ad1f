package main

import (
	"os"
	"path/filepath"

	"github.com/zhpipe/zhpipe/corpus/batch"
)

// atomicFile is an output written to a temporary file in the target's
// directory and renamed over the target on Commit, so a reader never sees
// half an output and an interrupted run leaves the old file intact.
type atomicFile struct {
	*os.File
	target string
	done   bool
}

func createAtomic(target string) (*atomicFile, error) {
	f, err := os.CreateTemp(filepath.Dir(target), batch.TempPattern(target))
	if err != nil {
		return nil, err
	}
	return &atomicFile{File: f, target: target}, nil
}

// Commit flushes the file to disk and renames it over the target.
func (f *atomicFile) Commit() error {
	if err := f.Sync(); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	f.done = true
	if err := os.Chmod(f.Name(), 0o644); err != nil {
		return err
	}
	return os.Rename(f.Name(), f.target)
}

// Abort removes the temporary file unless Commit succeeded.
func (f *atomicFile) Abort() {
	if !f.done {
		f.Close()
		os.Remove(f.Name())
	}
}
