package batch

import (
	"os"
	"path/filepath"
)

// File is an output written to a temporary file next to its target and
// renamed over the target on Commit, after an fsync: a reader (or a run
// killed at any moment) never sees half an output, and an old output stays
// intact until the new one is complete.
type File struct {
	*os.File
	target string
	done   bool
}

// Create starts an atomic write of target, creating its directory.
func Create(target string) (*File, error) {
	if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
		return nil, err
	}
	f, err := os.CreateTemp(filepath.Dir(target), TempPattern(target))
	if err != nil {
		return nil, err
	}
	return &File{File: f, target: target}, nil
}

// Commit syncs the file and renames it over the target.
func (f *File) Commit() error {
	if err := f.Sync(); err != nil {
		f.Abort()
		return err
	}
	if err := f.Close(); err != nil {
		f.Abort()
		return err
	}
	if err := os.Chmod(f.Name(), 0o644); err != nil {
		f.Abort()
		return err
	}
	if err := os.Rename(f.Name(), f.target); err != nil {
		f.Abort()
		return err
	}
	f.done = true
	syncDir(filepath.Dir(f.target))
	return nil
}

// Abort removes the temporary file unless Commit succeeded; it is safe to
// call after Commit (defer it).
func (f *File) Abort() {
	if !f.done {
		f.File.Close()
		os.Remove(f.Name())
		f.done = true
	}
}

// WriteFile writes data to target atomically.
func WriteFile(target string, data []byte) error {
	f, err := Create(target)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Abort()
		return err
	}
	return f.Commit()
}

// syncDir makes a rename durable; errors are ignored (not every file
// system supports syncing a directory).
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}
