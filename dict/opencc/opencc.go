package opencc

import (
	"embed"
	"io/fs"
)

// The configs, and the dictionaries compiled from data/dictionary/*.txt by
// `make dict-opencc-compile` (pipeline/convert.Compile); the text
// dictionaries stay in the repository as the source and the tests'
// reference, and are not embedded.
//
//go:embed data/config/*.json
var configs embed.FS

//go:embed data/opencc.bin
var compiled string

// Version is the OpenCC release the embedded data comes from.
const Version = "1.4.2"

// FS returns the embedded configs, rooted so that paths are
// "config/tw2sp.json".
func FS() fs.FS {
	sub, err := fs.Sub(configs, "data")
	if err != nil {
		// fs.Sub only fails on an invalid path, and "data" is a constant.
		panic("opencc: " + err.Error())
	}
	return sub
}

// Compiled returns the compiled dictionaries (the format is documented in
// pipeline/convert/compiled.go).
func Compiled() string { return compiled }
