package opencc

import (
	"embed"
	"io/fs"
)

//go:embed data/dictionary/*.txt data/config/*.json
var data embed.FS

// Version is the OpenCC release the embedded data comes from.
const Version = "1.4.2"

// FS returns the embedded data rooted at its data directory: text
// dictionaries under "dictionary/" and configs under "config/".
func FS() fs.FS {
	sub, err := fs.Sub(data, "data")
	if err != nil {
		// fs.Sub only fails on an invalid path, and "data" is a constant.
		panic("opencc: " + err.Error())
	}
	return sub
}
