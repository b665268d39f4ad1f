package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"runtime/debug"
	"strings"

	"github.com/zhpipe/zhpipe/dict"
	"github.com/zhpipe/zhpipe/pipeline/annotate"
)

// Exit codes.
const (
	exitOK          = 0
	exitFailed      = 1 // some inputs failed; the others were processed
	exitUsage       = 2
	exitSetup       = 3 // e.g. a user dictionary that does not parse
	exitInterrupted = 130
)

const usage = `zhpipe — structured, verifiable data from Chinese news and policy articles

Usage:
  zhpipe annotate [flags] [FILE|-]...   one JSON summary (zhpipe/article@1) per article
  zhpipe corpus build|check [flags] SRC OUT
                                        annotated corpus with MANIFEST.json; incremental; drift check
  zhpipe render [flags] FILE|-          standalone HTML page of an article or a zhpipe/article@1 summary (-o FILE)
  zhpipe outline [flags] [FILE|-]...    the argument structure as a readable outline
  zhpipe convert -c CONFIG [FILE|-]...  OpenCC 1.4.2 conversion, line by line (stdin → stdout)
  zhpipe configs                        list the conversion configs
  zhpipe version                        print the version

Run 'zhpipe COMMAND -h' for the flags of a command.
`

// loader loads the shared resources; tests substitute one that loads once.
type loader func(dict.Options) (*annotate.Resources, error)

// run is the whole program: arguments and streams in, exit code out.
func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return runWith(ctx, annotate.LoadResources, args, stdin, stdout, stderr)
}

func runWith(ctx context.Context, load loader, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitUsage
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "annotate":
		return runAnnotate(ctx, load, rest, stdin, stdout, stderr)
	case "corpus":
		return runCorpus(ctx, load, rest, stdout, stderr)
	case "render":
		return runRender(ctx, load, rest, stdin, stdout, stderr)
	case "outline":
		return runOutline(ctx, load, rest, stdin, stdout, stderr)
	case "convert":
		return runConvert(ctx, rest, stdin, stdout, stderr)
	case "configs":
		return runConfigs(stdout)
	case "version", "--version":
		fmt.Fprintln(stdout, "zhpipe", version())
		return exitOK
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return exitOK
	}
	fmt.Fprintf(stderr, "zhpipe: unknown command %q\n\n%s", cmd, usage)
	return exitUsage
}

// version is the module version, or the VCS revision of a development build.
func version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "(unknown)"
	}
	if v := info.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	for _, s := range info.Settings {
		if s.Key == "vcs.revision" && len(s.Value) >= 12 {
			return "devel-" + s.Value[:12]
		}
	}
	return "devel"
}

// parseFlags parses flags that may come before, between or after the
// operands (zhpipe annotate a.txt --jsonl), stopping at "--".
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var operands []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return operands, nil
		}
		if args[0] == "--" && len(fs.Args()) < len(args)+1 {
			return append(operands, args[1:]...), nil
		}
		operands = append(operands, args[0])
		args = args[1:]
	}
}

// newFlagSet returns a FlagSet that reports errors instead of exiting.
func newFlagSet(name, synopsis string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "Usage: zhpipe %s\n\nFlags:\n", synopsis)
		fs.PrintDefaults()
	}
	return fs
}

func flagExit(err error) int {
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	return exitUsage
}

// listFlag is a repeatable string flag.
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error { *l = append(*l, v); return nil }
