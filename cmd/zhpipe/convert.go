package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/zhpipe/zhpipe/pipeline/convert"
)

func runConfigs(stdout io.Writer) int {
	for _, c := range convert.Configs() {
		fmt.Fprintln(stdout, c)
	}
	return exitOK
}

// runConvert is a drop-in for the OpenCC command-line tool: every line of
// the inputs (stdin by default) converted with one config, streaming.
func runConvert(_ context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := newFlagSet("convert", "convert -c CONFIG [-i FILE] [-o FILE] [FILE|-]...", stderr)
	config := fs.String("c", "s2t", "OpenCC config name (tw2sp or tw2sp.json); see 'zhpipe configs'")
	fs.StringVar(config, "config", "s2t", "same as -c")
	input := fs.String("i", "", "input file (as OpenCC's -i; default stdin)")
	output := fs.String("o", "", "output file, written atomically (default stdout)")
	files, err := parseFlags(fs, args)
	if err != nil {
		return flagExit(err)
	}
	if *input != "" {
		files = append([]string{*input}, files...)
	}
	if len(files) == 0 {
		files = []string{"-"}
	}
	c, err := convert.NewLoader().Converter(strings.TrimSuffix(*config, ".json"))
	if err != nil {
		fmt.Fprintf(stderr, "zhpipe: %v\n", err)
		return exitUsage
	}
	var w io.Writer = stdout
	var commit func() error
	if *output != "" {
		f, err := createAtomic(*output)
		if err != nil {
			fmt.Fprintf(stderr, "zhpipe: %s: %v\n", *output, err)
			return exitSetup
		}
		defer f.Abort()
		w, commit = f, f.Commit
	}
	bw := bufio.NewWriterSize(w, 256*1024)
	code := exitOK
	for _, name := range files {
		var r io.Reader = stdin
		if name != "-" {
			f, err := os.Open(name)
			if err != nil {
				fmt.Fprintf(stderr, "zhpipe: %s: %v\n", name, unwrapPathError(err))
				code = exitFailed
				continue
			}
			r = f
			defer f.Close()
		}
		if err := c.ConvertLines(r, bw); err != nil {
			fmt.Fprintf(stderr, "zhpipe: %s: %v\n", displayName(name), err)
			code = exitFailed
		}
	}
	if err := bw.Flush(); err != nil {
		fmt.Fprintf(stderr, "zhpipe: writing output: %v\n", err)
		return exitFailed
	}
	if commit != nil {
		if err := commit(); err != nil {
			fmt.Fprintf(stderr, "zhpipe: %s: %v\n", *output, err)
			return exitFailed
		}
	}
	return code
}

func displayName(name string) string {
	if name == "-" {
		return "<stdin>"
	}
	return name
}

func unwrapPathError(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}
