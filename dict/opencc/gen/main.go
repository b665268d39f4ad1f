// Command gen compiles OpenCC's text dictionaries (dict/opencc/data) into
// the tables zhpipe embeds and reads in place (dict/opencc/data/opencc.bin):
//
//	go run ./dict/opencc/gen -src dict/opencc/data -o dict/opencc/data/opencc.bin
//
// (make dict-opencc-compile). The output depends only on the text data.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/zhpipe/zhpipe/pipeline/convert"
)

func main() {
	src := flag.String("src", "dict/opencc/data", "OpenCC data: config/*.json and dictionary/*.txt")
	out := flag.String("o", "dict/opencc/data/opencc.bin", "the compiled tables to write")
	flag.Parse()
	data, err := convert.Compile(os.DirFS(*src))
	if err == nil {
		err = writeAtomic(*out, data)
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "gen: %v\n", err)
		os.Exit(1)
	}
	fmt.Fprintf(os.Stderr, "gen: wrote %s (%d bytes)\n", *out, len(data))
}

func writeAtomic(path string, data []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".gen-*")
	if err != nil {
		return err
	}
	_, err = tmp.Write(data)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
	}
	return err
}
