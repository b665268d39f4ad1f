// Command gseload is gse used as its users do, for the cold-start row of
// make bench: it loads gse's Simplified dictionary with gse's own
// LoadDictStr (the file zhpipe takes its dictionary from, read from disk)
// and its HMM model, then cuts one article.
//
//	gseload -dict dict/gse/zh_s.txt article.txt
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/go-ego/gse"
)

func main() {
	dictPath := flag.String("dict", "dict/gse/zh_s.txt", "gse's dictionary file")
	flag.Parse()
	data, err := os.ReadFile(*dictPath)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gseload:", err)
		os.Exit(1)
	}
	var seg gse.Segmenter
	seg.SkipLog = true
	if err := seg.LoadDictStr(string(data)); err != nil {
		fmt.Fprintln(os.Stderr, "gseload:", err)
		os.Exit(1)
	}
	seg.LoadModel()
	for _, f := range flag.Args() {
		text, err := os.ReadFile(f)
		if err != nil {
			fmt.Fprintln(os.Stderr, "gseload:", err)
			os.Exit(1)
		}
		fmt.Println(len(seg.Cut(string(text), true)), "words")
	}
}
