// Package segmodel embeds zhpipe's trained segmentation and part-of-speech
// model (model.bin, written by `make train`; the format is dict/segtag's).
// See NOTICE for the data it was trained on.
package segmodel

import _ "embed"

//go:embed model.bin
var model []byte

// Bytes returns the embedded model file. It must not be modified.
func Bytes() []byte { return model }
