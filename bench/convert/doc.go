// Command convert is the benchmark driver for pipeline/convert: it converts
// standard input to standard output line by line with one OpenCC config,
// like `opencc -c CONFIG.json`. It stands in for `zhpipe convert -c CONFIG`
// until the CLI exists; bench.sh times it against Debian's opencc and gocc.
//
// Usage: convert -c tw2sp < in.txt > out.txt
package main
