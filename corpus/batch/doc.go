// Package batch runs zhpipe over many inputs: it expands paths (files,
// directories walked recursively in sorted order, "-"), processes inputs on
// N workers and hands results back in input order, so outputs are
// byte-identical for any number of workers; it writes outputs atomically
// (temporary file, fsync, rename) and keeps the manifest that lets a corpus
// be rebuilt incrementally and checked for drift.
package batch
