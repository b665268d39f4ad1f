// Command zhpipe reads Chinese articles (Traditional or Simplified, any of
// the usual encodings) and writes structured, verifiable JSON: the text
// converted to Simplified with an alignment, words, entities, dates,
// quantities, orders, titled documents and the argument structure, every
// annotation pointing back into the original text.
//
// Usage:
//
//	zhpipe annotate [flags] FILE...   JSON summary per article (- for stdin)
//	zhpipe convert -c CONFIG          OpenCC-compatible conversion, line by line
//	zhpipe version
//
// Run `zhpipe help` for every flag.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	paceCollector()
	stopProfiles := startProfiles(os.Stderr)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stopProfiles()
	stop()
	os.Exit(code)
}
