package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/zhpipe/zhpipe/pipeline/convert"
)

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }

func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("convert", flag.ContinueOnError)
	fs.SetOutput(stderr)
	config := fs.String("c", "t2s", "OpenCC config (e.g. tw2sp or tw2sp.json)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	c, err := convert.New(*config)
	if err != nil {
		fmt.Fprintf(stderr, "convert: %v\n", err)
		return 3
	}
	if err := c.ConvertLines(stdin, stdout); err != nil {
		fmt.Fprintf(stderr, "convert: %v\n", err)
		return 1
	}
	return 0
}
