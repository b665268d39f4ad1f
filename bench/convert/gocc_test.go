package main

import (
	"bufio"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/liuzl/gocc"
)

// TestGoccDriver converts $BENCH_INPUT to $BENCH_OUTPUT line by line with
// gocc's $BENCH_GOCC_CONFIG, for bench.sh to time. gocc links a GPL-2.0
// trie, so it lives in a test file and never in a built binary.
func TestGoccDriver(t *testing.T) {
	config, in, out := os.Getenv("BENCH_GOCC_CONFIG"), os.Getenv("BENCH_INPUT"), os.Getenv("BENCH_OUTPUT")
	if config == "" || in == "" || out == "" {
		t.Skip("bench.sh sets BENCH_GOCC_CONFIG, BENCH_INPUT and BENCH_OUTPUT")
	}
	cc, err := gocc.New(config)
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(in)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	g, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	r := bufio.NewReaderSize(f, 256*1024)
	w := bufio.NewWriterSize(g, 256*1024)
	for {
		line, rerr := r.ReadString('\n')
		if line != "" {
			body, nl := strings.CutSuffix(line, "\n")
			s, err := cc.Convert(body)
			if err != nil {
				t.Fatal(err)
			}
			w.WriteString(s)
			if nl {
				w.WriteByte('\n')
			}
		}
		if rerr == io.EOF {
			break
		}
		if rerr != nil {
			t.Fatal(rerr)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := g.Close(); err != nil {
		t.Fatal(err)
	}
}
