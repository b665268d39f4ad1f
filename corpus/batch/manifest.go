package batch

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
)

// ManifestName is the manifest's file name in a corpus directory.
const ManifestName = "MANIFEST.json"

// ManifestSchema identifies the manifest format.
const ManifestSchema = "zhpipe/manifest@1"

// Manifest records how an annotated corpus was built: with which zhpipe
// version, data digest and formats, and for every input its digest and the
// outputs written from it with theirs. A rebuild redoes exactly the inputs
// whose record no longer matches.
type Manifest struct {
	Schema        string   `json:"schema"`
	ArticleSchema string   `json:"article_schema"`
	Version       string   `json:"zhpipe_version"`
	DataDigest    string   `json:"data_digest"`
	Formats       []string `json:"formats"`
	Options       string   `json:"options,omitempty"`
	Inputs        []Entry  `json:"inputs"`
}

// Entry is one input of a corpus.
type Entry struct {
	Path    string   `json:"path"` // relative to the source directory, slash-separated
	SHA256  string   `json:"sha256"`
	Bytes   int64    `json:"bytes"`
	Outputs []Output `json:"outputs,omitempty"`
	Error   string   `json:"error,omitempty"` // why no output was written
	// Index is the input's line in the corpus's index page (HTML format),
	// kept so that an incremental build can rewrite the index without
	// annotating unchanged inputs again.
	Index json.RawMessage `json:"index,omitempty"`
}

// Output is one file written for an input.
type Output struct {
	Path   string `json:"path"` // relative to the corpus directory, slash-separated
	SHA256 string `json:"sha256"`
}

// ReadManifest reads dir's manifest; a missing one is an empty manifest and
// no error.
func ReadManifest(dir string) (*Manifest, error) {
	data, err := os.ReadFile(filepath.Join(dir, ManifestName))
	if errors.Is(err, os.ErrNotExist) {
		return &Manifest{}, nil
	}
	if err != nil {
		return nil, err
	}
	var m Manifest
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Join(dir, ManifestName), err)
	}
	if m.Schema != ManifestSchema {
		return nil, fmt.Errorf("%s: schema %q, want %q", filepath.Join(dir, ManifestName), m.Schema, ManifestSchema)
	}
	return &m, nil
}

// Write writes the manifest to dir atomically, inputs sorted by path.
func (m *Manifest) Write(dir string) error {
	m.Schema = ManifestSchema
	sort.Slice(m.Inputs, func(i, j int) bool { return m.Inputs[i].Path < m.Inputs[j].Path })
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(m); err != nil {
		return err
	}
	return WriteFile(filepath.Join(dir, ManifestName), buf.Bytes())
}

// Lookup returns the entry for path, if any.
func (m *Manifest) Lookup(path string) (Entry, bool) {
	i := sort.Search(len(m.Inputs), func(i int) bool { return m.Inputs[i].Path >= path })
	if i < len(m.Inputs) && m.Inputs[i].Path == path {
		return m.Inputs[i], true
	}
	for _, e := range m.Inputs { // unsorted manifests (written by hand)
		if e.Path == path {
			return e, true
		}
	}
	return Entry{}, false
}

// SameBuild reports whether m was built by the same version, data and
// formats as want; if not, every input must be rebuilt.
func (m *Manifest) SameBuild(want *Manifest) bool {
	if m.Version != want.Version || m.DataDigest != want.DataDigest || m.Options != want.Options || m.ArticleSchema != want.ArticleSchema {
		return false
	}
	if len(m.Formats) != len(want.Formats) {
		return false
	}
	for i := range m.Formats {
		if m.Formats[i] != want.Formats[i] {
			return false
		}
	}
	return true
}

// Current reports whether the outputs recorded in e are all present in dir
// with their recorded digests.
func (e Entry) Current(dir string) (bool, error) {
	for _, o := range e.Outputs {
		sum, err := FileSHA256(filepath.Join(dir, filepath.FromSlash(o.Path)))
		if errors.Is(err, os.ErrNotExist) {
			return false, nil
		}
		if err != nil {
			return false, err
		}
		if sum != o.SHA256 {
			return false, nil
		}
	}
	return true, nil
}

// FileSHA256 returns the hex SHA-256 of a file's contents.
func FileSHA256(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// SHA256 returns the hex SHA-256 of data.
func SHA256(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}
